// heldout3 notes 033-048. Gold marks: {{TYPE:value}}. Written blind (see README.md).
export default [
  {
    id: 'h3-033',
    kind: 'ICU nursing narrative',
    text: `
MICU NURSING NOTE 1900-0700   {{DATE:3/1/25}}-{{DATE:3/2/25}}
Pt {{NAME:Oluwaseun Bakare}}, 47M, day 3 septic shock from cholangitis s/p ERCP. Bed 12.
Neuro: RASS -1 on propofol 20 mcg/kg/min; CAM-ICU negative. PERRL 3 mm. Moves all 4, strength 4/5 throughout.
CV: norepinephrine weaned 0.12 -> 0.04 mcg/kg/min, MAP 66-74. Art line R radial, waveform sharp.
Resp: PRVC 450/16/PEEP 8/FiO2 40%, P/F 235. Suctioned x2 small thin secretions.
Renal: CRRT via R IJ Quinton; machine SN {{DEVICE:PRX-80417-C}} alarmed x1 (TMP high), filter changed 0230. Net -110 mL/h.
GI/GU: OGT to LIWS, Foley 35-60 mL/h.
Family: wife {{NAME:Funmilayo}} and brother {{NAME:Tunde Bakare}} updated at bedside 2100 by Dr. {{NAME:Greenhalgh}}; wife asks to be called overnight with changes at {{PHONE:(612) 555-0197}}.
{{NAME:Ashlyn Petrosyan}}, RN
`,
  },
  {
    id: 'h3-034',
    kind: 'OB triage',
    text: `
L&D TRIAGE NOTE   {{DATE:03/09/2025}} 22:47
{{NAME:Kiara Ramdass}} is a 27 y.o. G2P1001 at 37w2d by 8 wk US (EDD {{DATE:03/28/2025}}) presenting with contractions q5min since 19:00. SROM denied. +FM.
Prenatal care at {{LOCATION:Eastside Women's Health}} with Dr. {{NAME:Holloway}}. GBS negative {{DATE:2/14}}. Rh+, rubella immune.
VS: BP 128/82, HR 96, T 37.0. FHT baseline 135, moderate variability, + accels, no decels (Cat I). Toco q4-5 min.
SVE: 4/70/-1, vertex. Admit to L&D for labor.
Support person: partner {{NAME:Andre Lucien}}, {{PHONE:786-555-0125}}. Mother-in-law {{NAME:Yvette Lucien}} may visit.
Birth plan: epidural yes, delayed cord clamping, cord blood banking (kit {{OTHER_ID:CBK-4410927}}).
{{NAME:Talia Brightwater}}, CNM
`,
  },
  {
    id: 'h3-035',
    kind: 'paediatric well visit',
    text: `
WELL CHILD 4 YEAR
{{NAME:Mateo Esposito-Haines}}   DOB {{DATE:02/10/2021}}   MRN {{MRN:P-0049921}}
Accompanied by dad ({{NAME:Nico}}) and grandma ({{NAME:Pat Haines}}).
Growth: Wt 17.1 kg (55th %ile), Ht 104 cm (60th %ile), BMI 15.8. BP 96/58. Vision 20/30 OU. Hearing pass.
Development: hops on one foot, draws a person with 4 parts, tells stories. ASQ all above cutoff.
Attends {{LOCATION:Little Acorns Daycare}} on {{LOCATION:Kenmore Ave}}; starts pre-K at {{LOCATION:Lincoln Elementary}} in September.
Vaccines: DTaP #5, IPV #4, MMR #2, varicella #2 given; lot numbers in MAR. VIS given.
Dental home established. Safe-sleep N/A. Booster seat discussed.
Parent portal invite sent to {{EMAIL:nico.esposito@example.org}}; growth charts at {{URL:https://mychart.example.org/child/EH0049921}}.
{{NAME:Rowan Iwu}}, MD
`,
  },
  {
    id: 'h3-036',
    kind: 'psychiatry progress note',
    text: `
PSYCHIATRY PROGRESS NOTE - INPATIENT   Thursday, {{DATE:March 6, 2025}}
Pt: {{NAME:Caleb Rourke}}, 29M, involuntary hold day 4 for first-episode psychosis.
Collateral: neighbour {{NAME:Dolores Whitfield}} (lives upstairs at {{LOCATION:62 Vine St}}) called; reports pt was shouting at the walls for a week and parked his car across her driveway. She also sent links to his videos at {{URL:https://video.example.com/@caleb.rourke.truth}}. Police report {{OTHER_ID:RPD-2025-003318}}; his Jeep (plate {{VEHICLE:JKR-5521}}) was towed to the city lot. Mother {{NAME:Bernadette Rourke}} ({{PHONE:315-555-0102}}) confirms uncle with schizophrenia.
MSE: calmer, fair hygiene, speech normal rate, thought process more linear, still endorses that "the radio speaks for {{NAME:Jackson}}" (his roommate). Denies SI/HI. Insight poor.
Meds: risperidone increased to 3 mg qHS; AIMS 0. BMI 26.
Plan: continue hold; family meeting Monday. Court hearing {{DATE:3/11/25}}.
{{NAME:Gabriela Strand}}, DO, PGY-3 / attending Dr. {{NAME:Amari Lockhart}}
`,
  },
  {
    id: 'h3-037',
    kind: 'dental chart',
    text: `
{{LOCATION:Brightsmile Dental Group}} - {{LOCATION:Tempe}}
Patient: {{NAME:Bao Nguyen-Lindqvist}}   Chart {{MRN:BSD-10447}}   DOB {{DATE:9/18/1973}}
Visit {{DATE:02/26/2025}}: limited exam, tooth #19 pain x 5 days, lingering to cold.
Radiographs: PA #19 ({{PHOTO:BNL_PA19_20250226.tif}}), BWs ({{PHOTO:BNL_BW_L_20250226.tif}}).
Findings: #19 MOD recurrent caries approaching pulp, percussion +, cold lingering 20 s. Dx irreversible pulpitis. Perio: generalized 2-3 mm, BOP 12%.
Tx: RCT #19 today (D3330), 2 carpules 2% lidocaine 1:100k epi, IANB. Rubber dam. Ibuprofen 600 mg q6h prn.
Insurance: Delta plan, subscriber {{NAME:Erik Lindqvist}} (spouse), ID {{HEALTH_PLAN:DLX772019334}}.
Next: crown #19 in 2-3 wks. Provider {{NAME:Ifeoma Chukwu}}, DDS. Assistant {{NAME:Brenda}}.
`,
  },
  {
    id: 'h3-038',
    kind: 'wound clinic photo log',
    text: `
WOUND CARE CENTER - PHOTO LOG
Patient: {{NAME:Delacroix, Lionel}}   MRN {{MRN:W-558201}}
Date        Site                     Size (cm)        File
{{DATE:01/07/2025}}  R heel, unstageable    4.2 x 3.8 x UTD   {{PHOTO:delacroix_rheel_0107.jpg}}
{{DATE:01/21/2025}}  R heel, post-debride   4.0 x 3.5 x 0.6   {{PHOTO:delacroix_rheel_0121.jpg}}
{{DATE:02/04/2025}}  R heel                 3.1 x 2.9 x 0.5   {{PHOTO:delacroix_rheel_0204.jpg}}
{{DATE:02/18/2025}}  R heel + L 5th MTH     2.4 x 2.0 x 0.3   {{PHOTO:delacroix_rheel_0218.jpg}}, {{PHOTO:IMG_20250218_141102.jpg}}
ABI R 0.72, L 0.88. TcPO2 38 mmHg. Offloading boot. Silver alginate, change 3x/week by {{LOCATION:Gulf Coast Home Health}}.
Photographer: {{NAME:Keisha Monroe}}, CWOCN. Consent for clinical photography on file (scanned {{DATE:01/07/2025}}).
`,
  },
  {
    id: 'h3-039',
    kind: 'ophthalmology note',
    text: `
{{LOCATION:Vista Eye Institute}}   {{DATE:11 Feb 2025}}
{{NAME:Rajendra Persaud}}, 66M, f/u NPDR and glaucoma suspect.
VA cc: OD 20/25, OS 20/40-2. IOP (Goldmann) 19/22 mmHg. CCT 538/541.
SLE: 2+ NS OU. DFE: moderate NPDR OU with CSME OS. C/D 0.5/0.6.
OCT: CST OD 282, OS 398 um. Fundus photos {{PHOTO:PERSAUD_R_FUNDUS_OD.jpg}}, {{PHOTO:PERSAUD_R_FUNDUS_OS.jpg}}.
Check-in used iris scan; iris template {{BIOMETRIC:IRS-3391-0087}} linked to chart.
Plan: intravitreal anti-VEGF OS today (lot recorded), return 4 weeks. HbA1c 8.2 - letter to PCP Dr. {{NAME:Chandrasekaran}} ({{FAX:(305) 555-0170}}).
{{NAME:Noor Haddadin}}, MD
`,
  },
  {
    id: 'h3-040',
    kind: 'dialysis run sheet',
    text: `
HEMODIALYSIS RUN SHEET - {{LOCATION:Clearwater Kidney Center}}   Chair 7   Mon {{DATE:02/24/2025}}
Pt: {{NAME:Gerald Fairchild}}   DOB {{DATE:05/05/1949}}   Medicare {{HEALTH_PLAN:2QH8-WT6-UJ19}}
Machine SN {{DEVICE:FMC-5008S-224917}}   Dialyzer F180, Bath 2K/2.5Ca, Qb 400, Qd 600
Access: L brachiocephalic AVF, thrill +, bruit +, cannulated 15g x2 by {{NAME:R. Salgado}}, PCT.
Pre: wt 82.6 kg (EDW 80.0), BP 164/88, HR 78. Post: 80.3 kg, BP 138/76.
UF goal 2.5 L, achieved 2.3 L. Heparin 2000 u bolus. Kt/V (last) 1.38, URR 72%.
Pt asked about transplant referral; wait-list ID {{OTHER_ID:UNOS-MIF8812}} pending at {{LOCATION:Tampa General}}.
RN {{NAME:Consolata Mwangi}}
`,
  },
  {
    id: 'h3-041',
    kind: 'sleep study report',
    text: `
POLYSOMNOGRAPHY - SPLIT NIGHT
Patient: {{NAME:Thaddeus Oyelowo}}   DOB {{DATE:10/12/1961}}   Study date {{DATE:02/20/2025}}
Referring: Dr. {{NAME:Beatriz Acosta}}   Interpreting: {{NAME:Lars Engebretsen}}, MD, D.ABSM
Diagnostic portion: TST 142 min, AHI 46.3/h, RDI 51, nadir SpO2 78%, T90 18%. Supine AHI 62. Epworth 15/24.
Titration: CPAP 5-13 cm H2O, optimal 11 cm H2O, residual AHI 3.1. Medium full-face mask.
DME: CPAP SN {{DEVICE:23194720931}}, modem IMEI {{DEVICE:868019045372261}}; compliance data upload from {{IP:172.20.14.88}} to {{URL:https://airview.example.com/pt/6672019}}.
Dx: Severe OSA (G47.33). Recommend CPAP 11, f/u 31-90 days for compliance (CMS).
`,
  },
  {
    id: 'h3-042',
    kind: 'audiology fitting',
    text: `
AUDIOLOGY - HEARING AID FITTING   {{DATE:2025-01-16}}
{{NAME:Cornelia Vandermeer}}, {{AGE_OVER_89:92}} yo, moderate-severe SNHL bilaterally (PTA R 62 dB, L 58 dB; WRS 64% / 72%).
Fit: RIC aids, R SN {{DEVICE:2411A0937}}, L SN {{DEVICE:2411A0941}}; warranty through {{DATE:01/16/2028}}.
Real-ear verified to NAL-NL2. Telecoil program for church loop. App paired to daughter's phone; account {{EMAIL:j.vandermeer.home@example.net}}.
Daughter {{NAME:Joanna}} present; she will bring mom back {{DATE:Feb 6}}. Mrs. {{NAME:Vandermeer}} lives at {{LOCATION:Holland Heights Retirement Community}}, room 118.
{{NAME:Priscilla Ogunbanjo}}, AuD   License {{LICENSE:AUD-004721}}
`,
  },
  {
    id: 'h3-043',
    kind: 'portal message',
    text: `
From: {{NAME:marcus t}}
Sent: {{DATE:3/4/2025}} 11:52 PM
hey so the stitches on my hand r looking kinda red and theres yellow stuff?? its been 6 days since urgent care. no fever i think 99.1. pic attached ({{PHOTO:20250304_234811.jpg}}). also my job needs a work note for {{DATE:3/3}} thru {{DATE:3/7}}, can u fax it to {{FAX:(502) 555-0137}} attn {{NAME:Debbie}} in HR. my new email is {{EMAIL:mtaylor.louisville@example.com}}
ps my cousin {{NAME:Dre}} started a fundraiser for the ER bill {{URL:https://fund.example.org/help-marcus-hand}} lol
- {{NAME:Marcus Taylor}}
`,
  },
  {
    id: 'h3-044',
    kind: 'portal message re bill',
    text: `
Subject: wrong charge?
Hello, my name is {{NAME:Yolanda Pierre-Louis}}, I was seen {{DATE:January 22nd}} for my knee. My statement says I owe $412.60 on account {{ACCOUNT:7700-418-2291}} but my insurance is {{HEALTH_PLAN:MCD55190442}} (Medicaid) and I should not owe anything. I updated my address to {{LOCATION:2019 N. Rampart St, Unit B}}, {{LOCATION:New Orleans}} {{LOCATION:70116}} in {{DATE:December 2024}} but letters still go to the old one. I tried to pay at {{URL:https://billpay.example.org/acct/77004182291}} but it says error. Please call me at {{PHONE:504-555-0192}} after 3pm. Thank you. {{NAME:Yolanda}}
`,
  },
  {
    id: 'h3-045',
    kind: 'billing statement',
    text: `
{{LOCATION:SUMMIT VALLEY HEALTH}} PATIENT STATEMENT        Statement date: {{DATE:02/28/2025}}
Guarantor: {{NAME:HOLLIS J CRANDALL}}            Guarantor account: {{ACCOUNT:G00781442}}
{{LOCATION:77 SPRUCE HOLLOW DR}}
{{LOCATION:LITTLETON}} CO {{LOCATION:80127-4410}}
Patient          Visit acct      Date of svc   Description                     Charges   Ins paid   You owe
{{NAME:CRANDALL, TESSA}}   {{ACCOUNT:H33019288}}      {{DATE:01/06/25}}      ED visit level 4 (99284)       1,240.00    980.00     260.00
{{NAME:CRANDALL, HOLLIS}}  {{ACCOUNT:H33024105}}      {{DATE:01/19/25}}      Xray knee 3 views (73562)        212.00    160.00      52.00
Amount due by {{DATE:03/30/25}}: $312.00. Pay online at {{URL:https://pay.summitvalley.example.org/?acct=G00781442}} or call {{PHONE:303-555-0166}}.
`,
  },
  {
    id: 'h3-046',
    kind: 'prior authorization fax',
    text: `
FAX COVER SHEET   Pages: 6 (including cover)
To: Utilization Management, Keystone Blue   Fax: {{FAX:1-800-555-0128}}
From: {{NAME:Renata Kowalski}}, prior auth coordinator, {{LOCATION:Allegheny Valley Oncology}}
Phone {{PHONE:412-555-0140}}   Fax {{FAX:412-555-0141}}   Date {{DATE:02/13/2025}}
RE: Expedited PA request - pembrolizumab 200 mg IV q3w (J9271)
Member: {{NAME:Dwayne Hollingsworth}}   DOB {{DATE:08/21/1957}}   ID {{HEALTH_PLAN:KBX903317742}}
Dx: C34.12 NSCLC, PD-L1 TPS 80%, EGFR/ALK negative. ECOG 1.
Ordering: Dr. {{NAME:Sunita Raman-Oakes}}, NPI {{OTHER_ID:1992774056}}
Reference (prior case) {{OTHER_ID:PA-25-0093318}}   Patient acct {{ACCOUNT:AVO-3310472}}
CONFIDENTIALITY NOTICE: this fax contains protected health information. If received in error, notify the sender and destroy.
`,
  },
  {
    id: 'h3-047',
    kind: 'FHIR resource pasted',
    text: `
Interface error ticket 55120 - FHIR Patient rejected (missing gender). Payload:
{ "resourceType": "Patient",
  "identifier": [
    { "system": "http://hospital.example.org/mrn", "value": "{{MRN:Q8821047}}" },
    { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{SSN:528-41-7736}}" },
    { "system": "urn:oid:2.16.840.1.113883.4.3.36", "value": "{{LICENSE:832 551 094}}" },
    { "system": "http://payer.example.com/member", "value": "{{HEALTH_PLAN:EMP-7731-0042}}" } ],
  "name": [ { "family": "{{NAME:Achterberg}}", "given": [ "{{NAME:Wilhelmina}}", "{{NAME:Mina}}" ] } ],
  "birthDate": "{{DATE:1930-04-11}}",
  "address": [ { "line": [ "{{LOCATION:45 Schuyler Ave}}" ], "city": "{{LOCATION:Kingston}}", "state": "NY", "postalCode": "{{LOCATION:12401}}" } ] }
Fixed by {{NAME:dmercado}} {{DATE:03/07/2025}}; resent OK.
`,
  },
  {
    id: 'h3-048',
    kind: 'occupational health DOT exam',
    text: `
DOT MEDICAL EXAMINATION - {{LOCATION:Tri-County Occupational Health}}
Driver: {{NAME:Rusty Dellinger}}   DOB {{DATE:06/02/1968}}   SSN {{SSN:231-90-4418}}
CDL class A, state VA, no. {{LICENSE:T61-44-8019}}
Employer: Piedmont Freight Lines; assigned tractor plate VA {{VEHICLE:88417PT}}, VIN {{VEHICLE:3AKJHHDR7NSNK1120}}.
Vision: 20/20 OD, 20/25 OS, fields 85/80 degrees. Hearing: whisper test pass at 5 ft.
BP 148/92 (recheck 142/88); UA: SG 1.020, protein neg, glucose neg.
OSA screen: neck 17.5 in, BMI 34 - refer for sleep study.
Determination: meets standards, 1-year certificate due to HTN, expires {{DATE:03/03/2026}}. Certificate no. {{LICENSE:MEC-22047183}}.
Examiner: {{NAME:Lydia Okonjo}}, NP, NRCME {{LICENSE:5517830446}}
`,
  },
];
