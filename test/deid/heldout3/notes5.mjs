// heldout3 notes 065-080. Gold marks: {{TYPE:value}}. Written blind (see README.md).
export default [
  {
    id: 'h3-065',
    kind: 'surgical pathology report',
    text: `
SURGICAL PATHOLOGY REPORT            Case: {{OTHER_ID:SP25-04417}}
Patient: {{NAME:Ferreira-Lund, Ingeborg}}   MRN {{MRN:5530-2281}}   DOB {{DATE:02/29/1952}}
Collected {{DATE:03/03/2025}}   Received {{DATE:03/03/2025}}   Reported {{DATE:03/06/2025}}
Submitting: Dr. {{NAME:Osvaldo Paredes}}, {{LOCATION:Lakeview Surgical Associates}} (fax {{FAX:262-555-0158}})
SPECIMEN: A. Sentinel lymph node #1, left axilla. B. Left breast, partial mastectomy (oriented: short-superior, long-lateral).
FINAL DIAGNOSIS:
A. One lymph node, negative for carcinoma (0/1), IHC keratin negative.
B. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9), 1.4 cm; margins negative, closest 3 mm (inferior). DCIS intermediate grade, 10%. LVI not identified. pT1c pN0(sn).
Blocks A1, B1-B14. ER 95% strong, PR 60%, HER2 1+ (negative). Ki-67 15%.
Electronically signed {{NAME:Henrike Vos}}, MD, {{DATE:03/06/2025}} 16:41
`,
  },
  {
    id: 'h3-066',
    kind: 'voice dictation without punctuation',
    text: `
this is doctor {{NAME:malone}} dictating a clinic note on patient {{NAME:terrence o'hagan}} date of birth {{DATE:march third nineteen fifty two}} medical record number {{MRN:four four one seven seven zero nine}} he is here today for follow up of his copd gold stage three he reports he walked to the mailbox on {{LOCATION:ashbury lane}} without stopping which is an improvement fev1 was forty two percent predicted on {{DATE:january ninth}} he is on trelegy one puff daily and albuterol as needed he quit smoking in two thousand eighteen his wife {{NAME:bridget}} says he is sleeping better on two liters at night plan continue current regimen pulmonary rehab at {{LOCATION:saint malachy's}} twice weekly return in three months end of dictation
`,
  },
  {
    id: 'h3-067',
    kind: 'telephone encounter',
    text: `
TELEPHONE ENCOUNTER   {{DATE:3/10/2025}} 13:05   Caller: {{NAME:Beverly Stuckey}} (wife)   Callback {{PHONE:(405) 555-0124}}
Reason: husband {{NAME:Roy Stuckey}} (DOB {{DATE:12/01/1944}}) has had black stools since yesterday, on clopidogrel and aspirin after stent {{DATE:Dec 2024}}. Lightheaded when standing. No hematemesis.
Advice: go to ED now; do not drive himself. Caller says neighbour {{NAME:Jim Pruitt}} will drive them to {{LOCATION:Integris Canadian Valley}}.
ED charge nurse notified. Cardiology (Dr. {{NAME:Olamide Adebayo}}) messaged re: antiplatelet plan.
Pt also asks to switch pharmacy to {{LOCATION:Yukon Family Drug}}, {{LOCATION:410 W Main St}}, {{LOCATION:Yukon}}. Updated. Portal link to visit summary sent: {{URL:https://portal.example.com/v/rs-7713042}} (opened from {{IP:192.0.2.61}}).
{{NAME:Carmen Villalobos}}, RN
`,
  },
  {
    id: 'h3-068',
    kind: 'OCR scanned referral',
    text: `
[OCR text of scanned fax, page 1/3, received {{DATE:02 /10/ 2025}} 08:31 from {{FAX:(608) 555-0191}}]
REFERRAL   FOR   PHYSICAL   THERAPY
Patient  Name :  {{NAME:GUNDERSON ,  TOVE  L}}         D O B :  {{DATE:0 4 / 1 8 / 1 9 5 8}}
Address:  {{LOCATION:N4417  County  Rd  K}} ,  {{LOCATION:Poynette}}  WI  {{LOCATION:53955}}
Phone :  {{PHONE:608 - 555 - 0127}}         Emai l:  {{EMAIL:tove.gunderson@example.net}}
Dx :  M17.11  primary OA right knee ;  s/p  TKA  {{DATE:01/ 27 /2025}}
Orders :  Eval  and  treat ,  2-3x/wk  x  6  wks .  ROM  goal  0-120 .  WBAT .
Ref  MD :  {{NAME:Sven  Aaberg}} ,  MD      NPI  {{OTHER_ID:1285 5319 04}}
Please  fax  notes  to  {{FAX:608-555-0192}}
`,
  },
  {
    id: 'h3-069',
    kind: 'Canadian BC and Quebec notes',
    text: `
WALK-IN CLINIC NOTE - {{LOCATION:Commercial Drive Medical}}, {{LOCATION:Vancouver}} BC {{LOCATION:V5L 3X4}}   {{DATE:2025-03-01}}
{{NAME:Anh Thu Vo}}, 33F, PHN {{HEALTH_PLAN:9876 543 217}}. Dysuria x 2 days, no fever, no flank pain. Urine dip LE+, nitrite+. Nitrofurantoin 100 mg BID x 5 d. Email results to {{EMAIL:anhthu.vo@example.ca}}.
Transferred care note for a visiting relative from Quebec:
{{NAME:Jean-Francois Vo-Tremblay}}, RAMQ {{HEALTH_PLAN:VOTJ 8803 1214}}, home address {{LOCATION:4410 rue Saint-Denis, app. 3}}, {{LOCATION:Montreal}} QC {{LOCATION:H2J 2L1}}. Requested refill of ramipril 5 mg; 30-day supply given. Family doctor Dr. {{NAME:Genevieve Lacasse-Roy}} (fax {{FAX:514-555-0135}}) to be informed.
{{NAME:Rupinder Gill}}, MD
`,
  },
  {
    id: 'h3-070',
    kind: 'UK A&E discharge',
    text: `
EMERGENCY DEPARTMENT DISCHARGE - {{LOCATION:Queen Eleanor Infirmary}}, {{LOCATION:Northampton}}
Attendance Sat {{DATE:1 Mar 2025}} 19:40
Name {{NAME:Doris Pickering}}   NHS {{HEALTH_PLAN:721 039 4486}}   Age {{AGE_OVER_89:97}}   Lives: {{LOCATION:Abington Grange Care Home}}
Presenting complaint: found on floor of room at 18:00, unwitnessed. Background AF on edoxaban, CKD 3b, Parkinson's disease.
CT head: no bleed. Hip XR: no fracture. Lying/standing BP 142/80 -> 118/70. 4AT 2.
Discharged back to care home with falls team referral. Care home manager {{NAME:Kwabena Asante}} informed, {{EMAIL:manager.abington@carehome.example.co.uk}}. Discharge letter copied to GP at {{LOCATION:Weston Favell Health Centre}}.
Clinician: Dr {{NAME:Harriet Quayle-Mbeki}}, ST4 EM, GMC {{LICENSE:7310442}}
`,
  },
  {
    id: 'h3-071',
    kind: 'Australian aged care assessment',
    text: `
ACAT / AGED CARE ASSESSMENT SUMMARY   {{DATE:19/02/2025}}
Client: {{NAME:Alfie Bartholomew Tregaskis}}   DOB {{DATE:03/11/1932}}   Age {{AGE_OVER_89:92}}
Address: {{LOCATION:18 Banksia Cres}}, {{LOCATION:Toowoomba}} QLD {{LOCATION:4350}}
Medicare {{HEALTH_PLAN:4951 22817 3}}   IHI {{HEALTH_PLAN:8003 6081 6683 2270}}   Pension (CRN) {{OTHER_ID:207 553 914K}}
Lives alone since wife {{NAME:Joan}} died last year. Son {{NAME:Geoff}} ({{PHONE:0412 555 019}}) lives in {{LOCATION:Brisbane}}.
Barthel 75/100. Cognition: RUDAS 23/30. Needs help with showering, shopping, meds (Webster pack from {{LOCATION:Range Chemist}}).
Recommendation: Home Care Package level 3; respite at {{LOCATION:Jacaranda Lodge}} if carer stress. Still drives a Holden ute (QLD {{VEHICLE:714 JKE}}) - GP to review fitness to drive.
Assessor: {{NAME:Leilani Fonua}}, RN
`,
  },
  {
    id: 'h3-072',
    kind: 'Singapore polyclinic note',
    text: `
{{LOCATION:Toa Payoh Polyclinic}} - Chronic Disease Review   {{DATE:10-Mar-2025}}
Patient: {{NAME:Tan Boon Huat}} (NRIC {{OTHER_ID:S3041728J}}), 71M, {{LOCATION:Blk 112, Lorong 1 Toa Payoh, #08-221}}, Singapore {{LOCATION:310112}}
HbA1c 7.1%, LDL 2.4 mmol/L, BP 136/78. eGFR 64. Foot screen low risk. DRP: mild NPDR OU.
Continue metformin 850 mg BD, linagliptin 5 mg OM. Diet counselling with wife Mdm {{NAME:Lim Siew Hoon}}.
Teleconsult follow-up booked; link sent by SMS to {{PHONE:+65 9155 0147}}: {{URL:https://tc.example.sg/j/TBH-0310}}. Daughter {{NAME:Tan Hui Min}} ({{EMAIL:huimin.tan@example.com}}) to help set up.
Dr {{NAME:Muthukumar Ravindran}}, MCR {{LICENSE:M14417C}}
`,
  },
  {
    id: 'h3-073',
    kind: 'UK prescription',
    text: `
NHS PRESCRIPTION (FP10SS) - printed {{DATE:05/03/2025}}
Patient: Mr {{NAME:Callum Fraser-Doyle}}   NHS {{HEALTH_PLAN:943 476 5919}}   Age 58   DOB {{DATE:11/06/1966}}
{{LOCATION:27 Abbotsford Place}}, {{LOCATION:Dunfermline}} {{LOCATION:KY11 4RW}}
Rx: Co-codamol 30/500 tablets, two to be taken up to four times a day when required, supply 100 (one hundred)
Rx: Naproxen 500 mg gastro-resistant tablets, one twice a day with food, supply 28
Prescriber: Dr {{NAME:Ailsa McCorquodale}}, {{LOCATION:Pitreavie Medical Practice}}, prescriber code 44817 (practice)
Dispensed at {{LOCATION:Halbeath Road Pharmacy}} (fax {{FAX:01383 555 017}})
`,
  },
  {
    id: 'h3-074',
    kind: 'chaplain note',
    text: `
SPIRITUAL CARE NOTE   {{DATE:2/26/2025}}
Visited Mr. {{NAME:Ezekiel Abernathy-Mensah}} at request of RN {{NAME:Dale}}. Pt is a deacon at {{LOCATION:Greater Mount Olive Baptist Church}} in {{LOCATION:Hattiesburg}}; his pastor, Rev. {{NAME:Lucius Tolliver}}, visited yesterday. Pt expressed fear about the amputation scheduled {{DATE:Feb 28}} and asked that his granddaughter {{NAME:Trinity}} sing at bedside. Prayed with pt and wife {{NAME:Marguerite}}. Provided large-print Psalms. Pt voiced peace, hope and trust in his care team ("Dr. {{NAME:Feng}} explained it all").
Will revisit post-op. Chaplain {{NAME:Oyebola Ajayi}}, MDiv, BCC
`,
  },
  {
    id: 'h3-075',
    kind: 'release of information request',
    text: `
AUTHORIZATION TO RELEASE HEALTH INFORMATION - HIM log {{DATE:03/07/2025}}
Patient: {{NAME:Lucinda Marrow}}   DOB {{DATE:06/14/1983}}   SSN {{SSN:431-70-2259}}   MRN {{MRN:77104452}}
Identity: Arkansas DL {{LICENSE:930418752}} (copy retained), photo match verified.
Release to: {{NAME:Garrett Pinckney}}, Esq., attorney, {{LOCATION:500 President Clinton Ave, Suite 310}}, {{LOCATION:Little Rock}}, AR {{LOCATION:72201}}; fax {{FAX:501-555-0147}}; email {{EMAIL:gpinckney@pinckneyholt.example.com}}
Records: ED and inpatient {{DATE:11/02/2024}} - {{DATE:11/09/2024}}, imaging. Excludes psychotherapy notes.
Purpose: litigation (MVC). Expires {{DATE:03/07/2026}}. Fee invoice to patient account {{ACCOUNT:ROI-884120}}.
Delivered via secure link {{URL:https://share.example.org/roi/7f3a91c2}}. Processed by {{NAME:jhalvorsen}}.
`,
  },
  {
    id: 'h3-076',
    kind: 'teledermatology submission',
    text: `
TELEDERMATOLOGY E-CONSULT   submitted {{DATE:2025-02-24}} 10:17 from {{IP:198.51.100.140}}
Patient: {{NAME:Ngozi Eze-Holmberg}}, 52F, MRN {{MRN:D-3304718}}
Lesion: 8 x 6 mm irregularly pigmented macule L upper back, changed over 3 months (per husband {{NAME:Lars}}). ABCDE: A+, B+, C+, D+, E+.
Images: {{PHOTO:EZEH_back_overview_01.jpg}}, {{PHOTO:EZEH_back_dermoscopy_02.jpg}}, {{PHOTO:EZEH_back_ruler_03.jpg}}
Viewer link {{URL:https://derm.example.org/case/ED-220417}}
Derm response ({{NAME:Anneliese Kruger}}, MD, {{DATE:2/25/2025}}): concerning for melanoma; recommend excisional biopsy with 1-2 mm margins within 2 weeks. Do not shave.
PCP Dr. {{NAME:Bolaji}} to schedule.
`,
  },
  {
    id: 'h3-077',
    kind: 'research wearable dataset',
    text: `
GAIT-AGE STUDY - data manifest (linked copy, restricted), exported {{DATE:2025-03-09}}
subject_id,name,age,sensor_serial,gait_signature_id,ecg_biometric_id,face_template_id,upload_ip
{{OTHER_ID:GA-0101}},{{NAME:Winifred Osei-Bonsu}},{{AGE_OVER_89:91}},{{DEVICE:IMU-44A-00917}},{{BIOMETRIC:GS-7731-0101}},{{BIOMETRIC:ECGB-55902}},{{BIOMETRIC:FT-0101-A9C}},{{IP:192.0.2.14}}
{{OTHER_ID:GA-0102}},{{NAME:Bernard Leclair}},87,{{DEVICE:IMU-44A-00922}},{{BIOMETRIC:GS-7731-0102}},{{BIOMETRIC:ECGB-55917}},{{BIOMETRIC:FT-0102-B11}},{{IP:192.0.2.15}}
{{OTHER_ID:GA-0103}},{{NAME:Hyun-woo Paik}},{{AGE_OVER_89:95}},{{DEVICE:IMU-44A-00930}},{{BIOMETRIC:GS-7731-0103}},{{BIOMETRIC:ECGB-55934}},{{BIOMETRIC:FT-0103-C07}},{{IP:198.51.100.77}}
Columns age, gait speed (m/s) and step count are de-identified in the public release; this linked copy stays on the research server.
PI: Dr. {{NAME:Sunniva Haugland}}.
`,
  },
  {
    id: 'h3-078',
    kind: 'disability placard application',
    text: `
DISABLED PARKING PLACARD - PHYSICIAN CERTIFICATION
Applicant: {{NAME:Reginald Ouellette}}   DOB {{DATE:09/09/1947}}   Maine DL {{LICENSE:4410277}}
Address: {{LOCATION:RR 1 Box 88}}, {{LOCATION:Presque Isle}}, ME {{LOCATION:04769}}
Vehicles: 2016 Subaru Outback plate {{VEHICLE:4418 TK}}; 2009 Chevrolet Silverado plate {{VEHICLE:7721 RS}}, VIN {{VEHICLE:1GCEK19J09Z201447}}
Condition: cannot walk 200 ft without stopping (severe PAD, ABI 0.52/0.61; NYHA class III). Permanent.
Existing placard {{OTHER_ID:P-3318054}} expires {{DATE:04/30/2025}}.
Certifying clinician: {{NAME:Annika Thorsen}}, MD, ME license {{LICENSE:MD24418}}, {{LOCATION:Aroostook Vascular Clinic}}, {{PHONE:207-555-0145}}
`,
  },
  {
    id: 'h3-079',
    kind: 'financial counselling note',
    text: `
FINANCIAL COUNSELING NOTE   {{DATE:03/04/2025}}
Met with {{NAME:Xiomara Benavides}} and husband {{NAME:Efrain Benavides}} re: charity care application for son {{NAME:Mateo}} (NICU {{DATE:12/2024}}-{{DATE:02/2025}}).
Household: 4. Income verified from pay stubs and 2024 tax return.
SSNs collected: {{NAME:Xiomara}} {{SSN:584-20-1173}}; {{NAME:Efrain}} {{SSN:584-20-1190}}; {{NAME:Mateo}} {{SSN:681-09-4427}}.
Accounts under review: {{ACCOUNT:1000448813}} (NICU, $412,880.14), {{ACCOUNT:1000451172}} (ED), {{ACCOUNT:1000452906}} (clinic). Medicaid retro application {{OTHER_ID:APP-2025-0774311}} submitted online from the counselor workstation ({{IP:10.70.2.33}}).
Documents uploaded to {{URL:https://fa.example.org/upload/XB-0304}}; copies emailed to {{EMAIL:xbenavides@example.com}}.
Counselor {{NAME:Rhiannon Pryce}}, CHAA
`,
  },
  {
    id: 'h3-080',
    kind: 'opioid treatment program biometric dosing',
    text: `
OPIOID TREATMENT PROGRAM - DOSING RECORD   {{LOCATION:New Dawn Recovery Center}}, {{LOCATION:Huntington}}
Patient: {{NAME:Cody Spurlock}}   OTP ID {{OTHER_ID:NDR-2218}}   DOB {{DATE:10/30/1990}}
Identity at window: fingerprint {{BIOMETRIC:FP-ND-66120}} matched; backup face template {{BIOMETRIC:FACE-ND-66120-2}}; photo on file {{PHOTO:spurlock_c_idphoto.jpg}}.
{{DATE:03/10/2025}} methadone 85 mg PO observed, take-homes x1 (Sunday). COWS 2. UDS {{DATE:03/06/2025}}: methadone +, fentanyl -, benzodiazepine -.
Counselor {{NAME:Tamsin Greer}}, CADC. Prescriber {{NAME:Malik Haddad}}, MD, DEA {{LICENSE:FH3309124}}, X-waiver no longer required.
Emergency contact girlfriend {{NAME:Kaylee}} {{PHONE:304-555-0161}}. Car in lot (WV {{VEHICLE:6NK 418}}) noted for security.
`,
  },
];
