// heldout5 notes 1: prehospital, transport, events and front-door logistics.
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-001',
    kind: 'ed-tracking-board',
    text: `
ED TRACKING BOARD - MAIN SIDE - printed {{DATE:04/14/2025}} 06:50 by {{NAME:tquiroga}}
RM | PT               | AGE/SEX | CC                  | ESI | RN  | MD/APP | LOS  | NOTE
01 | {{NAME:DUNCAN-WHITE}}, {{NAME:H}}  | {{AGE_OVER_89:93}}F | fall, L hip pain   | 2   | {{NAME:KO}}  | {{NAME:Ferreira}} | 3:12 | xray back, awaiting ortho
02 | {{NAME:Tran}}, {{NAME:Bao Ngoc}}   | 34F     | RLQ pain            | 3   | {{NAME:KO}}  | {{NAME:Ferreira}} | 1:40 | bHCG neg, US pending
03 | {{NAME:OKAFOR}}, {{NAME:CHIDI}}     | 58M     | CP x2h              | 2   | {{NAME:MB}}  | {{NAME:Lindqvist}}| 0:35 | trop 0.02, rpt @ 0800
04 | {{NAME:Summer}}, {{NAME:Grant}}    | 19M     | lac R hand          | 4   | {{NAME:MB}}  | {{NAME:Abara}} PA | 0:50 | 4-0 nylon x5, tdap
05 | {{NAME:Yazzie}}, {{NAME:Forrest}}  | 71M     | SOB, COPD           | 2   | {{NAME:JP}}  | {{NAME:Lindqvist}}| 2:05 | BiPAP 12/5, VBG 7.31/58
06 | {{NAME:Faleolo}}, {{NAME:Ioane}}   | 45M     | gout flare L 1st MTP| 4   | {{NAME:JP}}  | {{NAME:Abara}} PA | 0:22 | colchicine 1.2 mg
07 | {{NAME:Kowalczyk}}, {{NAME:Hope}}  | {{AGE_OVER_89:90}}F | AMS, UTI?         | 2   | {{NAME:KO}}  | {{NAME:Ferreira}} | 4:48 | daughter {{NAME:Rose}} at bedside {{PHONE:(417) 555-0162}}
HALL B | {{NAME:Warsame}}, {{NAME:Ayaan}} | 27F | HA, 28wks G2P1  | 2   | {{NAME:MB}}  | {{NAME:Lindqvist}}| 0:10 | BP 168/104, OB paged
WR | {{NAME:Nguyen}}, {{NAME:Will}}     | 6M      | fever 39.4          | 3   | --  | --     | 1:15 | peds fast track when open
Boarding: rm 01 admit ortho, bed 5W-22 assigned. Rm 07 family asking for SW ({{NAME:Faith Delacroix}} ext 4471).
Charge RN {{NAME:Kelechi Obi}}; overnight attending {{NAME:Ines Ferreira}}, MD. Census 31, LWBS 2. Pt in rm 05 is 88, not DNR.
`,
  },
  {
    id: 'h5-002',
    kind: 'ski-patrol-incident',
    text: `
SKI PATROL FIRST AID REPORT - {{LOCATION:Boulder Basin Resort}}, {{LOCATION:Haskett}}, CO
Incident no. 24-25-0317   Date Sat {{DATE:02/08/2025}}   Time of call 13:42   Run: Lower Whiskey Jack (blue), lift 6 tower 11
Patient: {{NAME:Dmytro Savchuk}}   DOB {{DATE:09/22/1988}}   Season pass {{OTHER_ID:BBR-PASS-771405}}
Home: {{LOCATION:2208 Orchard Lane}}, {{LOCATION:Lawrence}}, KS {{LOCATION:66046}}   Cell {{PHONE:785-555-0193}}
Mechanism: caught edge, fell forward, skis did not release. Helmet yes. No LOC. Pain R knee 7/10, unable to bear weight.
Exam: swelling medial knee, Lachman 2+ with soft end point, distal pulses intact, CMS intact. GCS 15.
Treatment: quick splint, toboggan to base, vitals BP 132/84 HR 96 SpO2 98%.
Party: wife {{NAME:Oksana Savchuk}} {{PHONE:785-555-0107}}; car in lot C, plate KS {{VEHICLE:NBQ 448}}.
Scene photos {{PHOTO:SP_0317_01.jpg}}, {{PHOTO:SP_0317_02.jpg}} (bindings, DIN 8.5 L / 8.5 R).
Disposition: to {{LOCATION:Haskett Valley Medical Center}} by private vehicle, wife driving.
Patrollers: {{NAME:Amos Tsinajinnie}} (OEC cert no. {{LICENSE:OEC-448190}}, refresher due in Oct), {{NAME:Bridget Mahoney-Cole}}.
`,
  },
  {
    id: 'h5-003',
    kind: 'cruise-infirmary',
    text: `
SHIP'S MEDICAL CENTRE - CONSULTATION RECORD
Guest: {{NAME:Rosalind Ebersole}}   Cabin 9140   Booking ref {{OTHER_ID:QX7H2P}}   Passport {{OTHER_ID:564120987}}
DOB {{DATE:11-Jun-1946}}   Nationality: USA   Home port of embarkation: {{LOCATION:Port Canaveral}}
Seen {{DATE:18-Mar-2025}} 02:15 ship's time, day 5 of 7, at sea between {{LOCATION:Cozumel}} and {{LOCATION:Roatan}}.
HPI: 78 yo woman, 3 days watery diarrhoea and vomiting, 2 cabin mates ill (husband {{NAME:Lyle Ebersole}}, friend {{NAME:June Pettibone}}).
Norovirus outbreak protocol: isolation to cabin 48 h, public health log entry made.
Exam: dry mucosa, HR 108, BP 96/58, temp 37.9. Gave ondansetron 4 mg ODT, 1 L NS IV.
Labs (i-STAT): Na 133, K 3.2, Cr 1.4, glucose 6.1 mmol/L.
Plan: reassess 08:00. If not improving, medical disembarkation at {{LOCATION:Roatan}} to {{LOCATION:Clinica Bahia Azul}}.
Emergency contact ashore: son {{NAME:Derek Ebersole}}, {{LOCATION:Pella}}, Iowa, {{PHONE:+1 641 555 0148}}, {{EMAIL:d.ebersole@example.net}}.
Physician: Dr. {{NAME:Marguerite Okonjo}}, ship's physician. Nurse: {{NAME:Rhea Bautista}}, RN.
`,
  },
  {
    id: 'h5-004',
    kind: 'in-flight-medical-event',
    text: `
IN-FLIGHT MEDICAL EVENT REPORT (crew form MED-7)
Flight 2281, seat 31C, route {{LOCATION:Anchorage}} -> {{LOCATION:Seattle}}, date {{DATE:2025-01-27}}. Departure 14:05, event 15:20, diversion: none.
Passenger: {{NAME:Pauline Aguon}}, female, 52. Frequent flyer no. {{OTHER_ID:MP 88213077}}.
Home address on reservation: {{LOCATION:PO Box 2219}}, {{LOCATION:Bethel}}, AK {{LOCATION:99559}}. Contact {{PHONE:907-555-0131}}.
Event: felt faint in aisle, pale and sweaty. Brief syncope < 10 s, no seizure activity.
Volunteer: Dr. {{NAME:Teodoro Villanueva}}, internal medicine, licence WA {{LICENSE:MD60492871}}, seat 12A; verified by crew.
Vitals from EMK: BP 88/50 -> 112/70 after legs raised, HR 54 -> 78, SpO2 96% on room air, glucose 5.8.
Given: O2 4 L, 250 mL water. No AED use. Chest pain denied.
Ground medical link consulted at 15:31 (ref {{OTHER_ID:GML-2501-99342}}). Recommendation: continue.
Met on arrival by port EMS, declined transport, signed refusal. Companion: sister {{NAME:Lourdes Aguon-Perez}}, seat 31B.
Crew: purser {{NAME:Kenji Hollister}}; FA {{NAME:Will Stroud}}.
`,
  },
  {
    id: 'h5-005',
    kind: 'marathon-medical-tent',
    text: `
FINISH-LINE MEDICAL TENT B - {{LOCATION:Riverfront Park}} marathon, Sunday, {{DATE:5 October 2025}}
bib,name,age,in,out,complaint,temp_C,Na,dispo,emerg_contact
{{OTHER_ID:4471}},{{NAME:Marisol Quintanilla}},41,10:52,11:40,cramps both calves,37.8,139,home,{{PHONE:503-555-0118}}
{{OTHER_ID:12083}},{{NAME:Tevita Fifita}},29,11:05,11:20,blisters,37.1,,home,
{{OTHER_ID:8816}},{{NAME:Grace Oyelaran-Smith}},36,11:31,13:02,confusion; collapsed at 26 mi,41.2,128,transported {{LOCATION:St. Brendan Hospital}},{{PHONE:503-555-0176}}
{{OTHER_ID:230}},{{NAME:Hyun-woo Baek}},63,11:47,12:15,chest tightness; ECG NSR,36.9,141,home w/ wife,{{PHONE:(971) 555-0124}}
{{OTHER_ID:15512}},{{NAME:Brooke Hallorann}},24,12:10,12:55,vomiting,37.4,136,home,
Notes: bib {{OTHER_ID:8816}} cold-water immersion 14 min, rectal temp 41.2 -> 38.9, 3% saline 100 mL for Na 128, EMS unit M14.
Tent lead Dr. {{NAME:Solveig Arnesen}}; scribe {{NAME:Quentin Ambrose}}. Runners with temp > 40 in 2024: 3.
`,
  },
  {
    id: 'h5-006',
    kind: 'community-paramedic-visit',
    text: `
COMMUNITY PARAMEDIC HOME VISIT - {{LOCATION:Tamarack Fire District}} mobile integrated health
Client: {{NAME:Alphonse Thibodeaux}}, {{AGE_OVER_89:92}} y/o M   DOB {{DATE:7/4/1932}}   MRN {{MRN:CH00481126}}
Address: {{LOCATION:418 Bayou Lafourche Rd}}, {{LOCATION:Raceland}}, LA {{LOCATION:70394}}. Lockbox code given by dispatch (not recorded).
Visit {{DATE:03/11/2025}} 10:10-11:05, post-discharge day 4 after CHF admission at {{LOCATION:Lafourche St. Anne Hospital}}.
Weight 78.4 kg on home scale (serial {{DEVICE:WS-7C-0029184}}); discharge weight 77.9. Edema 1+ bilat. Lungs faint crackles bases.
Meds reviewed: furosemide 40 mg BID (taking daily only), metoprolol succinate 25, lisinopril 5. Pill box set up for 2 weeks.
Lives with daughter-in-law {{NAME:Claudette Thibodeaux}} ({{PHONE:985-555-0140}}); neighbour Mr. {{NAME:Boudreaux}} checks evenings.
Plan: call Dr. {{NAME:Anjali Raghunathan}} office re: diuretic, fax note to {{FAX:985-555-0199}}. Revisit {{DATE:3/14}}.
Paramedic: {{NAME:Cody Ledet}}, CP-C.
`,
  },
  {
    id: 'h5-007',
    kind: 'critical-care-air-transport',
    text: `
CRITICAL CARE TRANSPORT RECORD - rotor wing
Mission {{OTHER_ID:LF-25-01187}}   Aircraft LF-2 (base {{LOCATION:Kettle Falls}})   Date {{DATE:22JAN2025}}
Sending: {{LOCATION:Colville Community Hospital}} ED, Dr. {{NAME:Hollis Varga}}   Receiving: {{LOCATION:Providence Heart Institute}} CVICU, Dr. {{NAME:Serena Adeyemi-Holt}}
Patient {{NAME:WHITEHORSE, DARLENE M}}   DOB {{DATE:02/17/1961}}   Wt 64 kg   MRN (sending) {{MRN:0092214}}
Dx: cardiogenic shock, HeartMate 3 LVAD (controller SN {{DEVICE:MLP-442197}}), driveline intact, flow 4.1 L/min, PI 3.2, speed 5400 rpm.
Times: dispatch 0412, at bedside 0501, lift 0538, land 0621 at pad, at receiving bed 0634.
Drips: norepinephrine 0.08 mcg/kg/min, milrinone 0.25. MAP by doppler 68-74.
Husband {{NAME:Calvin Whitehorse}} driving by car, {{PHONE:509-555-0171}}. Insurance {{HEALTH_PLAN:WAH-0038817452}}; billing acct {{ACCOUNT:LF-AR-778150}}.
Crew: RN {{NAME:Tomasz Wierzbicki}}, FP-C {{NAME:Ariel Nakamura}}, pilot {{NAME:Gus Halvorsen}}.
`,
  },
  {
    id: 'h5-008',
    kind: 'street-medicine',
    text: `
STREET MEDICINE OUTREACH - encounter {{DATE:11/19/24}}, cold-weather route
Client "{{NAME:Tank}}" = {{NAME:Marcus Leroy Pettaway}}, DOB {{DATE:1/30/1979}}, HMIS ID {{OTHER_ID:HM-55190347}}
Found at: camp under the {{LOCATION:Harlan St}} overpass by {{LOCATION:Foss Creek}}; before that slept in his van, IL plate {{VEHICLE:DL 88412}}, towed in Oct.
Shelter bed system uses finger scan; template {{BIOMETRIC:FPX-0193-2281}} re-enrolled today.
CC: R foot wound x2 wk. Wound 3 x 2 cm plantar, purulent, probe neg. Photo {{PHOTO:SM_20241119_foot.jpg}} uploaded. Glucose 312.
Meds: metformin lost with tent. Restarted 500 mg BID, doxycycline 100 BID x7d. Tdap given (lot U7734AA).
Social: state ID lost; last no. IL {{LICENSE:P221-5871-4402}} per old chart. Sister {{NAME:Darnella Pettaway}} {{PHONE:312-555-0155}} will hold papers.
Referred to {{LOCATION:Northside Respite House}}, {{LOCATION:1140 W. Carmody Ave}}. Case manager {{NAME:Joy Albrecht}}, MSW.
Fundraiser his cousin set up: {{URL:https://give.example.org/c/tank-pettaway-van}}.
Clinicians: {{NAME:Priya Venkataraman}}, NP; {{NAME:Luis Ocampo}}, outreach worker.
`,
  },
  {
    id: 'h5-009',
    kind: 'transfer-centre-log',
    text: `
PATIENT TRANSFER CENTER - CALL LOG   case {{OTHER_ID:TC-250312-044}}
{{DATE:03/12/2025}} 21:14  Call from {{LOCATION:Mercy Hospital Ardmore}} ED, RN {{NAME:Keisha Lomax}}, callback {{PHONE:580-555-0127}}.
  Pt {{NAME:Elmer Tohee}}, 67M, DOB {{DATE:04-02-1957}}, MRN there {{MRN:AR-331905}}. STEMI? ECG faxed from {{FAX:580-555-0128}}.
21:19  Paged cardiology fellow Dr. {{NAME:Fatima Zahra Benali}} (pager 2231).
21:26  Physician-to-physician: Dr. {{NAME:Ruben Castellanos}} (sending) with Dr. {{NAME:Benali}}. Accepted to cath lab, then CCU.
21:31  Bed CCU-08 assigned. Transport: ground ALS, county EMS unit 7, ETA 90 min.
21:40  Facesheet and records to fax {{FAX:405-555-0190}}; ins. Medicaid SoonerCare {{HEALTH_PLAN:100448219}}.
21:52  Family: wife {{NAME:Wanda Tohee}}, {{PHONE:580-555-0102}}, will drive, told to go to North tower.
Coordinator: {{NAME:Brandon Sixkiller}}, RN. Note: pt with 2/6 SEM, heparin 4000 units given at 21:05.
`,
  },
  {
    id: 'h5-010',
    kind: 'patient-belongings-inventory',
    text: `
PATIENT BELONGINGS / VALUABLES INVENTORY - Security envelope 18827
Patient: {{NAME:Reyes Villalobos, Gilberto}}   MRN {{MRN:5503129}}   Admit {{DATE:6/21/2025}}   Unit 4N rm 412
Items:
- wallet, brown leather, with TX driver licence {{LICENSE:41099872}}, Social Security card {{SSN:623-55-0418}},
  insurance card (member {{HEALTH_PLAN:BCT882014457}}), debit card ending {{ACCOUNT:7731}}, cash $46.00
- cell phone, black, cracked screen, IMEI {{DEVICE:35 881203 449120 7}}
- keys x4 incl. car fob (pickup, TX plate {{VEHICLE:KPV-6612}}, left in visitor garage level 3)
- gold chain with medal "San Judas", 1 ring (yellow metal)
Photo of valuables {{PHOTO:VAL-18827-a.jpg}} taken with unit iPad.
Sent to security safe {{DATE:06/21/2025}} 23:40. Witnesses: {{NAME:Dana Kreutzer}}, RN and {{NAME:Mohamed Abdi}}, security officer #214.
Released to: son {{NAME:Gilberto Reyes}} Jr. (ID checked) on {{DATE:06/24/2025}}.
`,
  },
];
