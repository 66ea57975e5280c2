// heldout6 notes, part 5: inpatient operations and small services. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-041',
    kind: 'ED psychiatric boarding observation log',
    text: `
ED BOARDING - CONSTANT OBSERVATION RECORD (q15 min)     Pt: {{NAME:Ostergaard, Linnea}}   MRN {{MRN:5518-2047}}   Day 3 of boarding
Legal: emergency hold signed {{DATE:11/3/25}} 22:10 by Dr. {{NAME:Amadou Keita}}; expires {{DATE:11/6/25}} 22:10. Bed search: 14 facilities called.
Codes: 1 sleeping 2 lying awake 3 sitting 4 pacing 5 talking to staff 6 bathroom (door ajar) 7 eating
{{DATE:11/5}}  00:00 1  00:15 1  00:30 1  00:45 2  01:00 2  01:15 6  01:30 1   obs {{NAME:DQ}}
{{DATE:11/5}}  06:00 3  06:15 7  06:30 5 (asks for her sister)  06:45 4  07:00 4   obs {{NAME:MEH}}
Sister {{NAME:Brit Ostergaard-Yu}} called 06:40 ({{PHONE:612-555-0157}}); patient consents to updates. Visitor log: sister, badge {{OTHER_ID:V-88121}}.
Accepted at {{LOCATION:Prairie Care Behavioral Hospital}}, {{LOCATION:Maple Grove}}, bed ready 14:00; transport by North Star ambulance.
Belongings bag #2291: phone, charger removed (ligature), shoelaces removed.
Observers: {{NAME:Deshawn Quarles}} ({{NAME:DQ}}), {{NAME:Mary Ellen Hokanson}} ({{NAME:MEH}}). Charge RN {{NAME:Tove Lindgren}}.
`,
  },
  {
    id: 'h6-042',
    kind: 'restraint and seclusion monitoring flowsheet',
    text: `
RESTRAINT / SECLUSION - VIOLENT BEHAVIOUR                     {{DATE:2025-07-12}}
Patient {{NAME:Rufus Adeyemi-Crane}}   MRN {{MRN:PB00418817}}   Unit: Adult Acute, {{LOCATION:Hollins Behavioral Center}}
Order: 4-point restraint, start 19:42, max 4 h (age 18+). Ordering LIP: Dr. {{NAME:Cosima Farrow-Iqbal}}. Face-to-face by {{NAME:J. Ruelas}}, PA-C at 20:25.
Trigger: struck peer with chair, then staff member {{NAME:Keon Battle}} (ice pack, incident report {{OTHER_ID:IR-25-07-3318}}).
Time   Circ/skin  ROM  Fluids  Toilet  Behaviour           Init
19:45  ok        --   --      --      shouting, spitting  {{NAME:LW}}
20:00  ok        R arm --     --      shouting            {{NAME:LW}}
20:15  ok        L leg water  --      quieter             {{NAME:SPD}}
20:30  ok        all  --      urinal  calm, contracts for safety {{NAME:SPD}}
Release 20:41 (59 min), debrief with patient 21:10. Guardian {{NAME:Maura Crane}} notified 20:05 at {{PHONE:434-555-0169}}.
Staff: {{NAME:Lindiwe Wardell}} RN ({{NAME:LW}}), {{NAME:Sasha Pineda-Dorsey}} MHT ({{NAME:SPD}}).
`,
  },
  {
    id: 'h6-043',
    kind: 'tele-ICU intervention log',
    text: `
eICU HUB - INTERVENTION LOG   night of Tue {{DATE:09 Sep 2025}}   Intensivist: Dr. {{NAME:Farouk Haddadin}}   Hub RN: {{NAME:Giselle Moreau}}
Remote site {{LOCATION:Big Horn County Memorial}} ICU bed 3, cart camera {{DEVICE:PTZ-7720-A14}} at {{IP:10.42.7.31}}
Pt {{NAME:WHITE HORSE, Delbert}}  MRN {{MRN:BH-0041827}}  DOB {{DATE:01-05-1933}}  (age {{AGE_OVER_89:92}})
23:14  Alert: MAP 58 x 10 min. Camera: pt pale, moaning. Bedside RN {{NAME:Carly Tsosie}} at cart. Order: LR 500 mL bolus.
23:40  MAP 66. Lactate 3.1 -> order repeat 02:00. Sepsis bundle started (pip-tazo after cultures).
01:05  Video link dropped (site gateway {{IP:172.20.14.1}}); phone backup {{PHONE:406-555-0104}}.
02:10  Lactate 1.9. Family: granddaughter {{NAME:Shawnee White Horse}} on speaker, aware; DNR confirmed (POLST on file).
05:30  Handoff to day intensivist Dr. {{NAME:Ilse Marquardt}}. Session log exported from {{IP:192.168.50.12}} to {{URL:https://eicu.example.org/sessions/BH3-20250909}}.
`,
  },
  {
    id: 'h6-044',
    kind: 'nursing-home MDS 3.0 Section A',
    text: `
MDS 3.0 - SECTION A. IDENTIFICATION INFORMATION (admission assessment)
A0100 Facility NPI 1093820041; CCN 515118. A0200 Type: nursing home. A0310 A=01 (admission)
A0500 Legal name: A. First {{NAME:Euphemia}} B. MI {{NAME:R}} C. Last {{NAME:Szczepanski}} D. Suffix
A0600 A. SSN {{SSN:903-27-4418}}  B. Medicare number {{HEALTH_PLAN:7TQ2-JM8-XK31}}
A0700 Medicaid number WV {{HEALTH_PLAN:000448172}}   A0800 Gender 2   A0900 Birth date {{DATE:02-14-1929}}
A1000 Race/ethnicity: white. A1100 Language: English; interpreter no.
A1200 Marital status: 3 (widowed). A1300 Medical record no. {{MRN:WH-1187}}  Room 22B
A1600 Entry date {{DATE:05-19-2025}}  A1700 Type: 1 admission  A1805 Entered from: 03 acute hospital
A1900 Admission date (date of this stay) {{DATE:05-19-2025}}  Hospital: {{LOCATION:Wheeling Hospital}}
A2300 Assessment reference date {{DATE:05-25-2025}}
Note (MDS coordinator {{NAME:Hyacinth Boateng-Carr}}): resident turned {{AGE_OVER_89:96}} in February; daughter-in-law {{NAME:Rose Szczepanski}} is POA.
`,
  },
  {
    id: 'h6-045',
    kind: 'controlled-substance waste and discrepancy log',
    text: `
AUTOMATED DISPENSING CABINET - WASTE / DISCREPANCY REPORT   Cabinet 6NORTH-A   {{DATE:02/22/2025}}
Time   User           Witness        Patient (MRN)                    Item                     Qty  Waste
06:12  {{NAME:ofagerlund}}     {{NAME:kbaptiste}}      {{NAME:Gallardo, Ines}} ({{MRN:4410928}})        HYDROmorphone 2 mg/mL 1 mL  1    1.5 mg (0.5 given)
07:48  {{NAME:ofagerlund}}     {{NAME:tmwangi}}        {{NAME:Pryce, Alaric}} ({{MRN:4417730}})         fentaNYL 100 mcg/2 mL      1    50 mcg
09:03  {{NAME:kbaptiste}}      --             {{NAME:Gallardo, Ines}} ({{MRN:4410928}})        LORazepam 2 mg/mL 1 mL     1    UNWITNESSED 1 mg
Discrepancy: count 9 expected 10 at 09:05 (LORazepam). Login by fingerprint: {{NAME:kbaptiste}} template {{BIOMETRIC:FPT-000918-KB}};
{{NAME:ofagerlund}} template {{BIOMETRIC:FPT-000744-OF}}. Resolved 11:20 by pharmacist {{NAME:Devorah Stiles}}: vial returned to return bin, not wasted.
Users: {{NAME:Oskar Fagerlund}} RN, {{NAME:Katia Baptiste}} RN, {{NAME:Tabitha Mwangi}} RN.
`,
  },
  {
    id: 'h6-046',
    kind: 'therapeutic apheresis procedure record',
    text: `
THERAPEUTIC PLASMA EXCHANGE - procedure 4 of 5
Patient {{NAME:Kristof Vanderhaegen}}   MRN {{MRN:800-41-7730}}   {{DATE:8 Oct 2025}}   Dx: myasthenic crisis (AChR Ab +)
Machine: Spectra Optia SN {{DEVICE:1P04471}}. Access: R IJ Trialysis line placed {{DATE:10/2}} by IR (Dr. {{NAME:Yee}}).
Wt 88 kg, Hct 36, TPV 3.1 L. Exchange 1.0 PV with 5% albumin 3,100 mL; ACD-A 1:13. Ionised Ca 1.06 -> calcium gluconate infusion.
Vitals stable; perioral tingling at 40 min resolved. NIF -32 (was -18 on {{DATE:10/1}}). FVC 2.1 L.
Next TPE {{DATE:10/10}}. Consent on file signed by wife {{NAME:Annelies Vanderhaegen}} (HCP), phone {{PHONE:(616) 555-0188}}.
Apheresis RN: {{NAME:Chioma Ekwueme-Brandt}}. Attending: {{NAME:Lars Oppenheimer}}, MD.
`,
  },
  {
    id: 'h6-047',
    kind: 'negative-pressure wound therapy rental tracking',
    text: `
NPWT RENTAL TRACKING - home health hand-off
Patient {{NAME:Oyelaran, Bolanle}}   DOB {{DATE:6/6/1962}}   HH agency acct {{ACCOUNT:HH-2209-4471}}
Unit: ActiV.A.C. SN {{DEVICE:VAAA38812}} (replaced {{DEVICE:VAAA31790}} for occlusion alarm {{DATE:3/4/25}}). Rental authorised through {{DATE:3/31/2025}}.
Supplier order # {{ACCOUNT:KCI-0094418}}. Canisters 300 mL x 10, granufoam medium x 15. Setting -125 mmHg continuous.
Wound: sacral stage 4, 6.2 x 4.8 x 2.1 cm, undermining 2-4 o'clock 1.5 cm; 20% slough. Photos {{PHOTO:wound_oyelaran_20250304.jpg}},
{{PHOTO:wound_oyelaran_20250311.jpg}}.
Dressing changes M/W/F by {{NAME:Teodora Vasquez-Lind}}, RN (agency), cell {{PHONE:(313) 555-0142}}.
Pickup when discontinued: call {{PHONE:1-800-555-0175}}, ref patient name + SN. Home: {{LOCATION:19330 Greenlawn St}}, {{LOCATION:Detroit}}.
`,
  },
  {
    id: 'h6-048',
    kind: 'speech-language AAC device evaluation',
    text: `
AAC EVALUATION SUMMARY (funding request)          {{DATE:January 14, 2025}}
Client: {{NAME:Amara Okonjo-Fielding}}, 11 y, cerebral palsy with anarthria. Medicaid MO {{HEALTH_PLAN:11842770}}.
Trialled: eye-gaze speech-generating device (loaner SN {{DEVICE:TD-I13-882041}}), 4 weeks at home and at {{LOCATION:Truman Elementary}}.
Results: 60-location grid, 2-3 word utterances, 14 spontaneous requests/session; head-pointer inaccurate.
Recommend: purchase same model with mount. Vocabulary backed up to {{URL:https://aaccloud.example.com/u/amara.of/pagesets}}.
Video samples for reviewer: {{PHOTO:AOF_eyegaze_trial3.mov}}. Teacher Ms. {{NAME:Faith Harlan}} reports using it in class.
Parent: {{NAME:Chidinma Okonjo}} {{PHONE:816-555-0126}}, {{LOCATION:6120 Wornall Rd}}, {{LOCATION:Kansas City}} MO {{LOCATION:64113}}
{{NAME:Rebecca Sun-Oduya}}, MS, CCC-SLP, MO licence {{LICENSE:2011004418}}
`,
  },
  {
    id: 'h6-049',
    kind: 'transient (holiday) dialysis request packet',
    text: `
FAX COVER - TRANSIENT HEMODIALYSIS REQUEST        To: {{LOCATION:Coastal Kidney Center - Myrtle Beach}}  Fax {{FAX:843-555-0191}}
From: {{LOCATION:Piedmont Dialysis Unit}}, {{LOCATION:Greensboro}} NC   Fax {{FAX:336-555-0170}}   Ph {{PHONE:336-555-0171}}
Patient: {{NAME:Ambrose Castellanos-Whyte}}   DOB {{DATE:3-9-1958}}   SSN {{SSN:000-91-4482}}   Medicare {{HEALTH_PLAN:3RX7-GH4-TM22}}
Requested dates: MWF {{DATE:June 16}} - {{DATE:June 27, 2025}}, 2nd shift. Staying at {{LOCATION:Sea Oats Inn}}, room booked by daughter.
Rx: 4 h, F180, Qb 400, Qd 600, 2K/2.5Ca, EDW 92.5 kg, heparin 2000 u bolus. Access: L AVF, 15G.
Enclosed: H&P, HBsAg neg ({{DATE:5/20/25}}), HBsAb 64, last 3 run sheets, CXR {{DATE:4/2025}}, PPD neg, face sheet, insurance card.
Contact: {{NAME:LaTonya Brisbane}}, RN transient coordinator, {{EMAIL:lbrisbane@piedmontdialysis.example.com}}
`,
  },
  {
    id: 'h6-050',
    kind: 'radiology critical-result communication log',
    text: `
CRITICAL RESULT COMMUNICATION LOG - Radiology      {{DATE:12/30/2024}}
Acc {{OTHER_ID:CT24-991822}} CT head w/o: 9 mm L SDH, 4 mm shift. Pt {{NAME:Holmgren, Tuula}} MRN {{MRN:2047719}}, {{AGE_OVER_89:90}} F, ED bed 11.
  Called 14:02 by Dr. {{NAME:Pieter Joubert}} to ED attending Dr. {{NAME:Nadia Al-Sayegh}}, read-back done.
Acc {{OTHER_ID:CR24-991840}} CXR portable: large R PTX without tension, no shift. Pt {{NAME:Baptiste, Jean-Wesner}} MRN {{MRN:2061158}}.
  Called 14:31 to {{NAME:Hope Aguilar}}, RN (4 South) who paged Dr. {{NAME:Will Trask}}; ack 14:36.
Acc {{OTHER_ID:US24-991857}} US LE duplex: occlusive DVT L popliteal. Outpatient {{NAME:Okafor, Ngozi}} MRN {{MRN:2058804}}.
  Clinic closed; called patient at {{PHONE:804-555-0183}} 17:20, told to go to ED; left message also for PCP Dr. {{NAME:Sarah Lindqvist-Moyo}}
  (voicemail, {{PHONE:804-555-0160}}). ED registered her 18:05.
Key images: {{PHOTO:CT24-991822_key1.png}}, {{PHOTO:US24-991857_key1.png}}.
`,
  },
];
