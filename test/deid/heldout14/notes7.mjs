// heldout14 notes7.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-055',
    kind: 'Lesotho health-centre referral',
    text: `
{{LOCATION:Ha Abia Health Centre}}, {{LOCATION:Maseru}} - REFERRAL to {{LOCATION:Queen 'Mamohato Memorial Hospital}}     {{DATE:20/11/2026}}
Name: {{NAME:'Mathabo Mokoena}} (F, 67)   Bukana no. {{MRN:HA-0044718}}   ID {{OTHER_ID:01 5508 1204 47}}
Village: {{LOCATION:Ha Tsolo}}, under Chief {{NAME:Lerotholi}}. Came by 4+1 taxi ({{VEHICLE:L 4471 AB}}) with her neighbour {{NAME:Palesa}}.
Problem: asthma exacerbation not settling, SpO2 88% on air, PEF 120 L/min; nebuliser (own, serial {{DEVICE:NB-55120}}) used x3.
On TLD for HIV since 2014, VL suppressed {{DATE:June 2026}}. Consent: thumbprint recorded ({{BIOMETRIC:TP-HA-26-0918}}).
Pay transport refund to M-Pesa {{ACCOUNT:+266 5855 5147}}. Nurse {{NAME:Lineo Sekhesa}}, clinic fax {{FAX:+266 2555 0190}}.
`,
  },
  {
    id: 'h14-056',
    kind: 'Eswatini clinic note and funeral-society letter',
    text: `
{{LOCATION:Mbabane Government Hospital}} - NCD clinic, {{DATE:18 November 2026}}
Patient: Gogo {{NAME:Thembisile Dlamini}}, PIN {{OTHER_ID:3311044718221}}
Chiefdom {{LOCATION:Ludzeludze}}, Manzini region; homestead near {{LOCATION:Mafutseni}} store
Diabetes + hypertension; glucometer (loan) serial {{DEVICE:GL-SZ-88120}}; HbA1c 9.8%. Fingerprint check-in {{BIOMETRIC:FP-MGH-44718}}.
Daughter {{NAME:Nomcebo}} asked for a letter to the burial society: policy {{ACCOUNT:BS-SZ-0044718}} - member ill, contributions
to be paid from her account {{ACCOUNT:SB-71100448812}}. Results viewed by daughter at {{URL:https://mycare.example.sz/p/3311044718221}}
(login {{IP:100.70.8.33}}). Nurse {{NAME:S. Mamba}}.
`,
  },
  {
    id: 'h14-057',
    kind: 'Malawi district hospital transfer note',
    text: `
{{LOCATION:Zomba Central Hospital}} - transfer note to {{LOCATION:Queen Elizabeth Central Hospital}}, {{LOCATION:Blantyre}}
{{DATE:21/11/2026}}. Patient {{NAME:Chimwemwe Banda}}, 29 F, health passport seen, national ID {{OTHER_ID:MW4H7T2K}}
(verified by fingerprint {{BIOMETRIC:NRB-VF-558120}}). Village {{LOCATION:Chikowa}}, TA {{LOCATION:Mwambo}}, {{LOCATION:Zomba}} district.
G3P2 at 34 weeks, severe pre-eclampsia (BP 172/114, proteinuria 3+), MgSO4 loading given 14:10. Uncle brought her
on his motorbike ({{VEHICLE:ZA 4471}}). BP machine loaned to the guardian, serial {{DEVICE:BPM-ZA-0412}}.
Husband {{NAME:Yamikani Phiri}} {{PHONE:+265 999 555 147}}; transport fee via Airtel Money {{ACCOUNT:0999555147}}.
Referring clinician {{NAME:Grace Kalua}}, MCM reg. {{LICENSE:CO-4471}}; ward fax {{FAX:+265 1 555 019}}; e-referral sent from {{IP:192.168.1.44}}.
`,
  },
  {
    id: 'h14-058',
    kind: 'Dominica hospital discharge summary',
    text: `
{{LOCATION:Dominica China Friendship Hospital}}, {{LOCATION:Roseau}} - Medical Unit - Discharge Summary
Patient {{NAME:Euphemia Auguiste}}, {{AGE_OVER_89:96}} yrs, hosp. no. {{MRN:DCFH-118804}}, home {{LOCATION:Salybia}}, {{LOCATION:Kalinago Territory}}
Admitted {{DATE:12 Nov 2026}} with complete heart block (HR 32); dual-chamber pacemaker implanted {{DATE:14 Nov 2026}},
generator serial {{DEVICE:PJN 558120 S}}. Wound clean. Consent by right thumbprint ({{BIOMETRIC:TP-DCFH-7712}}) - patient does not sign.
Grandson {{NAME:Garth Auguiste}} ({{LOCATION:Bronx}}, NY) is paying: SSN {{SSN:000-47-1188}}, bill {{ACCOUNT:DCFH-B-26-0918}}.
Device clinic link for him: {{URL:https://pacecheck.example.org/pt/DCFH-118804}} (opened from {{IP:198.51.100.9}}).
Dr. {{NAME:Hyacinth Laville}}, fax {{FAX:+1 (767) 555-0190}}.
`,
  },
  {
    id: 'h14-059',
    kind: 'ALL-CAPS Saint Vincent casualty note',
    text: `
{{LOCATION:MILTON CATO MEMORIAL HOSPITAL}} - A&E - {{LOCATION:KINGSTOWN}} - {{DATE:22/11/2026}} 01:15
PT: {{NAME:LENNOX}} "{{NAME:SPICY}}" {{NAME:BAPTISTE}}, 44 M, FOLDER {{MRN:MCMH-0558812}}, NIS {{OTHER_ID:4471-1120}}
FROM: {{LOCATION:PAGET FARM}}, {{LOCATION:BEQUIA}} - CAME OVER ON WATER TAXI; THEN BROTHER'S CAR {{VEHICLE:P 4471}}
C/O: DIABETIC FOOT, L HALLUX GANGRENE, GLUCOSE "HI" ON HOME METER ({{DEVICE:GM-VC-22871}}). TEMP 38.9, WBC 19.
PLAN: ADMIT SURGICAL, IV CO-AMOXICLAV, X-RAY FOOT ({{PHOTO:XR_BAPTISTE_LFOOT.JPG}}). WIFE {{NAME:CHERYL BAPTISTE}} {{PHONE:784-555-0148}}.
US-BORN DAUGHTER IN {{LOCATION:BOSTON}} SENT INSURANCE DETAILS: SSN {{SSN:000-38-5521}} (HERS), LINK {{URL:HTTPS://CLAIMS.EXAMPLE.COM/SVG/0558812}}
FINGERPRINT ID FOR PHARMACY COLLECTION ENROLLED {{BIOMETRIC:VC-FP-0044718}}. DR {{NAME:O. CUPID}}.
`,
  },
  {
    id: 'h14-060',
    kind: 'lower-case Marshall Islands hospital note for a family in Arkansas',
    text: `
{{LOCATION:majuro hospital}} - medical ward - {{DATE:nov 19 2026}}
pt {{NAME:neiar langidrik}}, {{AGE_OVER_89:90}}, from {{LOCATION:laura}} village (end of the road), hosp no {{MRN:mh-22871}}. daughter {{NAME:kiora}} with her.
dx: tb pleural effusion, tap 900 ml straw coloured, adenosine deaminase 62. started rhze.
oxygen concentrator on loan, serial {{DEVICE:oc-mh-4471}}.
son {{NAME:jinna langidrik}} lives in {{LOCATION:springdale}}, ar, works at the poultry plant; he called about medicaid for when
she visits - his ssn {{SSN:000-62-4418}}, hers from her compact-era card {{SSN:000-19-5530}}. his wife {{NAME:bwijtak}} ssn {{SSN:000-71-0926}}.
family video call set up: {{URL:https://visit.example.org/room/mh22871}} from ward tablet {{IP:10.0.14.22}}.
- {{NAME:r. jibas}}, rn
`,
  },
  {
    id: 'h14-061',
    kind: 'document-imaging (scanning and indexing) batch log',
    text: `
BATCH {{OTHER_ID:DOC-2026-1123-0041}}   station SCAN-HIM-03 ({{IP:10.8.3.103}})   operator {{NAME:rbellamy}}   {{DATE:11/23/2026}}
SRC  PAGES  DOCTYPE              INDEXED TO (MRN / NAME / DOB)                                    TITLE
FAX  4      OUTSIDE RECORDS      {{MRN:4471820}} / {{NAME:PRZYBYLSKI, JANINA}} / {{DATE:05/12/1931}}              rec'd from {{FAX:(414) 555-0171}}
FAX  2      ORDER                {{MRN:4471877}} / {{NAME:WASHBURN, DELBERT}} / {{DATE:10/30/1948}}              rec'd from {{FAX:(414) 555-0132}}
PAPER 6     SS CARD + ID COPY    {{MRN:4472011}} / {{NAME:VUE, PA NOU}} / {{DATE:02/14/1990}}                 "ssn {{SSN:000-58-9914}}" -> {{PHOTO:id_copy_4472011.jpg}}
PAPER 3     ADV DIRECTIVE        {{MRN:4471820}} / {{NAME:PRZYBYLSKI, JANINA}}                        witness {{NAME:Teofil Przybylski}} (son)
PAPER 1     FIN ASSIST APP       {{MRN:4472190}} / {{NAME:OCHOA, RAMIRO}} / {{DATE:07/04/1977}}               SSN {{SSN:000-66-3271}}, acct {{ACCOUNT:G90044718}}
EMAIL 2     PATIENT LETTER       {{MRN:4472203}} / {{NAME:STRAND, INGEBORG}} / {{DATE:01/09/1935}}              from {{EMAIL:ingeborg.strand@example.net}}, age {{AGE_OVER_89:91}}
QA FAIL: page 3 of {{NAME:WASHBURN}} order indexed to wrong MRN {{MRN:4471878}} (pt {{NAME:WASHBURN, DELORES}}, SSN on page {{SSN:000-41-2206}}) - moved by {{NAME:kyang}}
Export to EDM: {{URL:https://edm.example.org/batch/DOC-2026-1123-0041}} from {{IP:10.8.3.40}}.
`,
  },
  {
    id: 'h14-062',
    kind: 'fitness-club staff incident report (member collapse)',
    text: `
IRONWORKS FITNESS - INCIDENT REPORT (staff)          club: {{LOCATION:Ironworks Fitness Lakewood}}, {{LOCATION:7450 W Alameda Ave}}
Date/time: {{DATE:11/21/2026}}, approx. 6:40 am   Written by: {{NAME:Brianna Koenig}} (front desk)   Manager: {{NAME:Luis Tapia}}
Member: {{NAME:Gerald Fenstermacher}}, member account {{ACCOUNT:IWF-0044718}} (card on file ending {{ACCOUNT:4417}}), checked in 6:12 am by palm scan
({{BIOMETRIC:PV-IW-88120}}). About 25 min into the rowing machine he slumped over. Another member, Dr. {{NAME:Keisha Morrow}} (off-duty ER
doctor), started CPR. I brought the AED (unit serial {{DEVICE:AED-PL-5512047}}); it advised 1 shock, given 6:44. He was breathing
when West Metro Fire arrived 6:49 and took him to {{LOCATION:St. Anthony Hospital}}.
Wife {{NAME:Carol}} notified at {{PHONE:303-555-0181}}. His car (CO {{VEHICLE:CKJ-447}}) left in lot, wife will collect.
CCTV clip saved for insurance: {{PHOTO:IWF_LKW_cam4_0638-0652.mp4}}. AED data uploaded via app {{URL:https://aedlink.example.com/event/5512047-1121}}.
`,
  },
  {
    id: 'h14-063',
    kind: 'pharmacy dispensing statistics (no PHI)',
    text: `
Weekly dispensing summary - outpatient pharmacy, week 47
Top items by volume: atorvastatin 40 mg (NDC 0071-0157-23) 1,214 tabs; metformin 500 mg ER 1,102; amlodipine 5 mg 988;
levothyroxine 50 mcg 912; lisinopril 10 mg 840; apixaban 5 mg 612; sertraline 50 mg 590.
Controlled substances: oxycodone 5 mg 322 tabs (CII count reconciled Sunday 09:00 - no discrepancy); lorazepam 1 mg 144.
Returns to stock: 41 scripts (RTS after 10 days). Partial fills: 17. Prior authorisations pending: 23.
Short-dated stock: insulin glargine lot KT4471, amoxicillin suspension lot 22B190 - move to front.
Fridge temps 2.8-6.1 C all week. ICD-10 most common on scripts: E11.9, I10, E78.5. CPT 99605 MTM sessions: 9.
Staffing: 3 RPh, 5 technicians; dispenser robot uptime 99.2%.
`,
  },
  {
    id: 'h14-064',
    kind: 'airline cabin-crew in-flight medical incident report',
    text: `
CABIN INCIDENT REPORT - MEDICAL   flight XY 482 {{LOCATION:Nadi}} -> {{LOCATION:Los Angeles}}   {{DATE:20NOV26}}   aircraft reg. DQ-FJX
Passenger: Mrs. {{NAME:Losana Vakaloloma}}, seat 31C, age {{AGE_OVER_89:90}}, PNR {{OTHER_ID:K7Q2LM}}, frequent flyer {{ACCOUNT:TB 558120447}}
Passport {{OTHER_ID:FJ0441872}}. Travelling with granddaughter Adi {{NAME:Mere Vakaloloma}}, 31D, mobile {{PHONE:+679 555 0148}}.
At 03:20 UTC passenger became confused and hypoxic; her portable oxygen concentrator ({{DEVICE:POC-IN-3310447}}) battery had
run out. Ship's oxygen 4 L/min given, SpO2 84% -> 95%. Doctor on board: Dr. {{NAME:Sefo Leaupepe}} (NZ, MCNZ {{LICENSE:44718}}).
Ground medical advice case {{OTHER_ID:MEDL-26-118804}}; decision: continue. Met by paramedics at {{LOCATION:LAX}}.
Boarding had used the face-biometric gate: token {{BIOMETRIC:FB-NAN-0044718}}; US CBP entry matched face {{BIOMETRIC:CBP-FM-26-558120}}.
Report uploaded from crew tablet {{IP:100.100.7.12}}: {{URL:https://safety.example.com/cir/XY482-20NOV26-01}}. Purser {{NAME:Vilimaina Ravu}}.
`,
  },
];
