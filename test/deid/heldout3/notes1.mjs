// heldout3 notes 001-016. Gold marks: {{TYPE:value}}. Written blind (see README.md).
export default [
  {
    id: 'h3-001',
    kind: 'nursing flowsheet',
    text: `
NURSING FLOWSHEET - 4 WEST MED/SURG
Pt: {{NAME:KOWALCZYK, Halina}}   MRN {{MRN:00438815}}   Rm 412-B   Adm {{DATE:02/11/2025}}
Age: {{AGE_OVER_89:93}}   Allergies: PCN (rash)   Code status: DNR/DNI
Time | BP     | HR | RR | SpO2 | Temp | Pain | Init
0800 | 142/78 | 88 | 18 | 94%  | 37.1 | 2/10 | {{NAME:MT}}
1200 | 136/74 | 84 | 16 | 95%  | 36.9 | 0/10 | {{NAME:MT}}
1600 | 128/70 | 92 | 20 | 92%  | 37.8 | 4/10 | {{NAME:JRB}}
Braden 14, Morse 65 (high fall risk), bed alarm on. Foley draining clear yellow urine, 350 mL this shift.
Skin: stage 2 sacral pressure injury 2.1 x 1.4 cm, photo uploaded as {{PHOTO:sacrum_kowalczyk_0211.jpg}}.
Intake 1240 mL / output 910 mL. Turned q2h, wedge in place.
Daughter {{NAME:Basia Nowak}} at bedside until 1430, phone {{PHONE:(414) 555-0176}}.
Signed {{NAME:Marta Tomaszewska}}, RN / cosign {{NAME:J. R. Boateng}}, RN
`,
  },
  {
    id: 'h3-002',
    kind: 'ED triage',
    text: `
ED TRIAGE  {{DATE:2025-03-08}} 02:14
Arrival: private vehicle, silver Toyota Corolla, plate {{VEHICLE:8KVR214}} (CA), left in ambulance bay - security notified.
CC: "my chest feels tight" x 2 h. 58M. ESI 2.
Name: {{NAME:Ruben Oyelaran-Diaz}}   DOB {{DATE:3/14/1966}}   MRN {{MRN:E7731902}}
Companion: wife {{NAME:Consuelo}}, cell {{PHONE:559-555-0133}}
Vitals: BP 168/96  HR 104  RR 22  SpO2 97% RA  T 36.8  GCS 15  Pain 7/10
ECG at 02:19 shows 1 mm ST depression V4-V6; STEMI alert not activated per Dr. {{NAME:Farouk}}.
Aspirin 324 mg chewed at 02:22. Lead II strip to chart.
Registration: driver license {{LICENSE:Y4412093}} scanned; Medi-Cal BIC {{HEALTH_PLAN:90412278A92031}}.
Triage RN: {{NAME:K. Lindqvist}}   Pager 4417
`,
  },
  {
    id: 'h3-003',
    kind: 'portal message',
    text: `
subject: re: my moms meds
hi dr {{NAME:okafor}} its {{NAME:tiff}} again (daughter of {{NAME:grace adeyemi}}). mom is still super dizzy since u upped the amlodipine to 10mg, she almost fell in the bathroom tuesday. her bp this am was 98/60 on the home cuff. can we go back to 5mg?? also the pharmacy on {{LOCATION:fulton st}} says they never got the refill. call me at {{PHONE:718 555 0199}} or email {{EMAIL:tiff.adeyemi88@example.com}}. we r staying at my place in {{LOCATION:bed-stuy}} thru {{DATE:feb 20}} then back to moms.
thx
`,
  },
  {
    id: 'h3-004',
    kind: 'UK GP referral letter',
    text: `
{{LOCATION:Harrowgate Lane Surgery}}
{{LOCATION:14 Harrowgate Lane}}, {{LOCATION:Leeds}} {{LOCATION:LS7 3QP}}
Tel {{PHONE:0113 496 0217}}   Fax {{FAX:0113 496 0218}}

{{DATE:4th February 2025}}

Dr {{NAME:Priyanka Raghunathan}}
Consultant Rheumatologist, {{LOCATION:St Aidan's Hospital}}, {{LOCATION:Bradford}}

Re: Mrs {{NAME:Eileen Margaret Sowerby}}, DOB {{DATE:22/09/1941}}
NHS No {{HEALTH_PLAN:485 777 3456}}   Hosp No {{MRN:RAE0093341}}
{{LOCATION:Flat 6, Beckett Court}}, {{LOCATION:Headingley}}, {{LOCATION:Leeds}} {{LOCATION:LS6 3HF}}

Dear Dr {{NAME:Raghunathan}},
I would be grateful if you could see this 83 year old lady with a three-month history of bilateral shoulder girdle pain and early morning stiffness lasting over an hour. ESR 68, CRP 41, CK normal. I started prednisolone 15 mg od on {{DATE:27/01/2025}} with a dramatic response. No headache or jaw claudication. Her husband {{NAME:Clifford}} (aged {{AGE_OVER_89:91}}) is registered blind and she is his main carer, so an early appointment would help.

Yours sincerely
Dr {{NAME:Tomas Haverkamp}} MRCGP
GMC {{LICENSE:7041829}}
`,
  },
  {
    id: 'h3-005',
    kind: 'HL7 ADT',
    text: `
MSH|^~\\&|ADTSYS|FAC01|LABSYS|FAC01|{{DATE:20250317}}0915||ADT^A04|MSG00417|P|2.5.1
EVN|A04|{{DATE:20250317}}0915
PID|1||{{MRN:M4408127}}^^^FAC01^MR~{{SSN:412-58-7730}}^^^SSA^SS||{{NAME:TRAN^MINH^QUOC}}||{{DATE:19480722}}|M|||{{LOCATION:2217 W Alvarado Ave Apt 3}}^^{{LOCATION:Fresno}}^CA^{{LOCATION:93705}}^USA||{{PHONE:(559)555-0148}}^PRN^PH|||M||{{ACCOUNT:400218873}}
NK1|1|{{NAME:TRAN^LAN^THI}}|SPO||{{PHONE:(559)555-0162}}
PV1|1|O|CARD^204^A|||||{{OTHER_ID:1467588302}}^{{NAME:VASQUEZ^ELENA}}^^^^MD
IN1|1|MCR|00401|MEDICARE PART A AND B|||||||||||1|{{NAME:TRAN^MINH^Q}}|01|{{DATE:19480722}}||||||||||||||||||{{HEALTH_PLAN:5EG7-RN2-WK44}}
`,
  },
  {
    id: 'h3-006',
    kind: 'CSV export',
    text: `
Export: clinic_no_show_report.csv (generated {{DATE:2025-01-31}} 23:59, 5 rows)
patient_name,dob,mrn,phone,appt_date,provider,reason
"{{NAME:Haddad, Rania}}",{{DATE:1979-05-02}},{{MRN:300019845}},{{PHONE:313-555-0121}},{{DATE:2025-01-29}},"{{NAME:Greenberg}}",f/u HTN
"{{NAME:Nguyen-Fraser, Kim}}",{{DATE:1990-11-17}},{{MRN:300022671}},{{PHONE:313-555-0184}},{{DATE:2025-01-29}},"{{NAME:Greenberg}}",depression PHQ-9 recheck
"{{NAME:Willoughby, Grant}}",{{DATE:1952-02-08}},{{MRN:300007712}},{{PHONE:248-555-0107}},{{DATE:2025-01-30}},"{{NAME:Abdi}}",INR check (goal 2-3)
"{{NAME:Lopez Arriaga, Jesus}}",{{DATE:1930-06-30}},{{MRN:300001938}},{{PHONE:313-555-0150}},{{DATE:2025-01-30}},"{{NAME:Abdi}}",age {{AGE_OVER_89:94}} - home visit instead?
"{{NAME:Baptiste, Marie-Ange}}",{{DATE:1968-09-21}},{{MRN:300031176}},,{{DATE:2025-01-31}},"{{NAME:Greenberg}}",DM2 A1c 9.1
`,
  },
  {
    id: 'h3-007',
    kind: 'insurance denial letter',
    text: `
{{DATE:March 3, 2025}}

{{NAME:Delphine Arceneaux}}
{{LOCATION:PO Box 1187}}
{{LOCATION:Thibodaux}}, LA {{LOCATION:70302}}

RE: Notice of Adverse Benefit Determination
Member ID: {{HEALTH_PLAN:XGL882104557}}   Group: 77120-04
Claim #: {{OTHER_ID:2025041188301}}   Dates of service: {{DATE:01/14/2025}} - {{DATE:01/16/2025}}
Facility: {{LOCATION:Lafourche Regional Medical Center}}   Patient account no. {{ACCOUNT:LRMC-0091127734}}

Dear Ms. {{NAME:Arceneaux}}:
We reviewed the request for inpatient level of care (CPT 99223, ICD-10 J18.9, DRG 194). Based on the records submitted, the stay did not meet InterQual acute criteria; observation level of care (G0378) was approved instead. You or your representative may appeal within 180 days of this notice. To appeal, call the number on the back of your member card or write to the address above.

{{NAME:Howard Bellweather}}, MD
Associate Medical Director
`,
  },
  {
    id: 'h3-008',
    kind: 'claim EDI 837',
    text: `
ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*PAYER77        *{{DATE:250212}}*1030*^*00501*000004417*0*P*:~
GS*HC*SUBMIT01*PAYER77*{{DATE:20250212}}*1030*4417*X*005010X222A1~
NM1*IL*1*{{NAME:FEATHERSTONE}}*{{NAME:WINIFRED}}*A***MI*{{HEALTH_PLAN:YHP440918772}}~
N3*{{LOCATION:88 CROOKED CREEK RD}}~
N4*{{LOCATION:BOONE}}*NC*{{LOCATION:286079344}}~
DMG*D8*{{DATE:19330415}}*F~
CLM*{{ACCOUNT:PT7730921}}*1840.00***11:B:1*Y*A*Y*Y~
HI*ABK:I480*ABF:Z7901~
NM1*82*1*{{NAME:OKONKWO}}*{{NAME:CHIDI}}****XX*{{OTHER_ID:1730442918}}~
LX*1~
SV1*HC:93000*95.00*UN*1***1~
DTP*472*D8*{{DATE:20250203}}~
`,
  },
  {
    id: 'h3-009',
    kind: 'telehealth transcript',
    text: `
[Video visit transcript - auto-generated, lightly edited]
Session {{DATE:Feb 27 2025}} 15:02-15:24 MST, link {{URL:https://visit.example.org/room/tsosie-88317}}, client IP {{IP:203.0.113.47}}
Dr. {{NAME:Yusuf}}: Hi, can you hear me okay? This is Dr. {{NAME:Amina Yusuf}} from the diabetes clinic.
Pt: Yeah, I can. Sorry, my grandson {{NAME:Dakota}} set this up for me.
Dr. {{NAME:Yusuf}}: No problem. Can you confirm your name and date of birth?
Pt: {{NAME:Wilbur Tsosie}}, {{DATE:June 9th, 1934}}. I'm {{AGE_OVER_89:ninety}} now, believe it or not.
Dr. {{NAME:Yusuf}}: And where are you right now?
Pt: At home, out past {{LOCATION:Chinle}}, near the chapter house.
Dr. {{NAME:Yusuf}}: Your A1c came back 7.4, a little better than 7.9 in the fall. Still on metformin 500 twice a day?
Pt: Yes ma'am. My sister {{NAME:Rose}} picks it up in {{LOCATION:Window Rock}}.
Dr. {{NAME:Yusuf}}: Good. Any sores on your feet? Let's do the foot check on camera... skin intact, no ulcers.
Plan: continue metformin, repeat A1c in 3 months, {{NAME:Rose}} to call {{PHONE:928-555-0163}} with sugars.
`,
  },
  {
    id: 'h3-010',
    kind: 'pharmacy label',
    text: `
{{LOCATION:CEDAR HOLLOW PHARMACY}}
{{LOCATION:1020 MARKET ST}}, {{LOCATION:HARRISBURG}} PA {{LOCATION:17101}}   {{PHONE:(717) 555-0190}}
Rx# {{OTHER_ID:6120448}}      Date filled: {{DATE:02/19/25}}
{{NAME:DOMINIC PETRAKIS}}
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD
METFORMIN HCL 500MG TAB       QTY: 60      REFILLS: 3
NDC 00093-1048-01   Lot 4K882A
Prescriber: {{NAME:H. NAKASHIMA}}, NP   DEA {{LICENSE:MN4418207}}
Discard after: {{DATE:02/19/26}}
CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.
`,
  },
  {
    id: 'h3-011',
    kind: 'radiology report header',
    text: `
{{LOCATION:PACIFIC NORTHWEST IMAGING}} - {{LOCATION:TACOMA}}
EXAM: CT HEAD WO CONTRAST (CPT 70450)        ACC#: {{OTHER_ID:CT25-0048812}}
PATIENT: {{NAME:LINDGREN, AXEL B}}   MRN: {{MRN:TAC-2201937}}   DOB: {{DATE:11-Aug-1930}}   AGE: {{AGE_OVER_89:94}}Y   SEX: M
ORDERING: {{NAME:Siobhan Carraway}}, DO      READ BY: {{NAME:Rajiv Menon-Ellis}}, MD
DATE OF EXAM: {{DATE:17-Feb-2025}} 06:41
CLINICAL HX: Fall from standing, on apixaban, GCS 14/15.
TECHNIQUE: Axial 5 mm; CTDIvol 48.2 mGy, DLP 912 mGy-cm.
FINDINGS: No acute intracranial hemorrhage. Chronic small vessel ischemic change (Fazekas 2). Old left cerebellar lacune. Mastoids clear.
IMPRESSION: No acute intracranial abnormality.
Key image: {{PHOTO:TAC2201937_CTHEAD_0001.dcm}} (series 2, image 44 of 186)
Dictated {{DATE:02/17/2025}} 07:02, signed 07:15.
`,
  },
  {
    id: 'h3-012',
    kind: 'home health visit',
    text: `
HOME HEALTH SKILLED NURSING VISIT
Agency: {{LOCATION:Bluegrass Home Care}}   Visit date: {{DATE:1/22/2025}}   Time in 0930 / out 1035
Patient: {{NAME:Orville Pettibone}} (goes by "{{NAME:Sonny}}")
Address: {{LOCATION:4410 Old Frankfort Pike}}, {{LOCATION:Versailles}}, KY {{LOCATION:40383}}; gravel drive, blue mailbox, dog on chain.
Homebound: leaves home only for MD visits, requires cane and assist of 1.
Wound: L lateral malleolus venous ulcer 3.0 x 2.2 x 0.3 cm, 40% slough, moderate serous drainage. Photographed ({{PHOTO:IMG_4471.HEIC}}, {{PHOTO:IMG_4472.HEIC}}). Unna boot reapplied.
Caregiver: niece {{NAME:Charlene Whitt}} {{PHONE:859-555-0114}}
Safety: pt still drives his 1998 Ford F-150 (KY {{VEHICLE:461-BXR}}) against MD advice; reported to case manager.
Katz ADL 4/6. PHQ-2 = 1. Fall risk (Morse) 45.
Next visit {{DATE:1/29}}.  {{NAME:Lorna Vance}}, RN
`,
  },
  {
    id: 'h3-013',
    kind: 'social work note',
    text: `
SOCIAL WORK NOTE   {{DATE:12 Mar 2025}}
Met with pt {{NAME:Faith Mbatha-Cole}} (62F) re: discharge planning. She lives alone in a second-floor walk-up at {{LOCATION:318 Orchard St, Apt 2R}}, {{LOCATION:Paterson}}. Son {{NAME:Desmond}} lives in {{LOCATION:Camden}} and works nights; cannot provide daily help. Neighbour Mrs. {{NAME:Gloria Ruiz}} (across the hall) has a key and checks in daily, phone {{PHONE:973-555-0187}}.
Pt's ex-husband {{NAME:Leonard Cole}} has an active final restraining order ({{LOCATION:Passaic County}} docket {{OTHER_ID:FV-16-000412-25}}); pt asks that he not be given any information. Flag placed.
Benefits: Medicaid pending; application submitted with SSN {{SSN:148-62-9037}}. NJ FamilyCare ID to follow.
Pt voices hope to return home with VNA 3x/week and Meals on Wheels. Will follow up {{DATE:3/13}}.
{{NAME:Nkechi Obi}}, LCSW  ext 6621
`,
  },
  {
    id: 'h3-014',
    kind: 'device interrogation',
    text: `
PACEMAKER REMOTE TRANSMISSION
Received {{DATE:2025-02-06}} 03:12 via bedside monitor SN {{DEVICE:RMX4408172}}
Patient: {{NAME:Amato, Salvatore}}   DOB {{DATE:04/30/1932}}   Age {{AGE_OVER_89:92}}
Device: dual-chamber pacemaker, SN {{DEVICE:PZB619442H}}, implanted {{DATE:Sept 2019}}
RA lead SN {{DEVICE:LFE087331V}}   RV lead SN {{DEVICE:LFE087544V}}
Battery 2.79 V, est. 7.5 years to RRT. AP 34%, VP 2%.
Thresholds RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms. Impedance RA 512 ohms, RV 640 ohms. Sensing P 2.8 mV, R 11.2 mV.
Episodes: 3 AHR, longest 00:04:12 on {{DATE:01/28}}, max 168 bpm. No VHR.
Reviewed by {{NAME:Nadia Fernandes-Kim}}, CCDS. Next remote {{DATE:May 8, 2025}}.
{{LOCATION:Heart Rhythm Associates of Bergen}}  Fax {{FAX:201-555-0109}}
`,
  },
  {
    id: 'h3-015',
    kind: 'wearable enrollment',
    text: `
REMOTE PATIENT MONITORING - ENROLLMENT
Participant: {{NAME:Hoang Thi Mai}}   MRN {{MRN:88-30-1172}}
Program: RPM-CHF, enrolled {{DATE:02/03/2025}} by {{NAME:Derek Oyelowo}}, MA
Devices issued:
 - BP cuff, serial {{DEVICE:BPC-7712-04419}}
 - Cellular scale, IMEI {{DEVICE:356938035643809}}
 - Wrist wearable, serial {{DEVICE:WW9K2203517}}
Identity check: fingerprint template {{BIOMETRIC:FPT-00938-QX}} registered on the tablet; voiceprint ID {{BIOMETRIC:VPR-550172}} stored for phone check-ins.
Hub IP {{IP:10.48.12.207}} (cellular hotspot).
Baseline weight 71.4 kg. Alert thresholds +1 kg/24 h or +2 kg/7 d. NYHA III.
Daughter-in-law {{NAME:Pham Lan}} interprets (Vietnamese), {{PHONE:(714) 555-0131}}.
`,
  },
  {
    id: 'h3-016',
    kind: 'research consent',
    text: `
INFORMED CONSENT DOCUMENTATION
Study: NCT05512347 (DELTA-HF), IRB protocol 2023-0418, consent form version 4.2
Subject ID: {{OTHER_ID:DHF-0417}}   Screening no. {{OTHER_ID:S-2291}}
Participant: {{NAME:Bartholomew Nkemelu}}, age 71, English-speaking, has capacity.
Consent obtained {{DATE:Jan 15 2025}} at 10:40 by {{NAME:Ingrid Solberg}}, CRC, in clinic room 6. Questions answered; participant read the form in full.
Optional: biobank YES; genomic sharing YES; clinical photographs for publication NO; retinal imaging sub-study YES (images stored as {{PHOTO:DHF0417_OD_fundus.png}} / {{PHOTO:DHF0417_OS_fundus.png}}).
Witness: {{NAME:Paulo Fonoti}}
Copy given to participant. Randomization after baseline echo (LVEF 30%).
`,
  },
];
