// heldout13 notes3: devices, images and biometrics (h13-021..030). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-021',
    kind: 'joint implant card and registry submission',
    text: `
PATIENT IMPLANT CARD (copy kept in chart) - total hip arthroplasty, right
Patient: {{NAME:Aurelio Bonifacio-Strand}}   MRN {{MRN:RWJ-00718824}}   implanted {{DATE:2026-09-15}}
Hospital: {{LOCATION:Robert Wood Johnson University Hospital Hamilton}}   Surgeon: {{NAME:Gwendolyn Achterberg}}, MD
Component        REF         LOT          SN
Acetabular shell 7110-5254   LOT 64418820  SN {{DEVICE:AS2650918}}
Poly liner       7119-3246   LOT 64420117  SN {{DEVICE:PL7708214}}
Femoral stem     6276-4-140  LOT 64390055  SN {{DEVICE:FS4418273}}
Femoral head     6260-5-136  LOT 64401188  (no serial; ceramic 36 mm +0)
UDI (01)00885556721187(17){{DATE:290831}}(10)64418820(21){{DEVICE:AS2650918}}
Registry submission: AJRR patient key {{OTHER_ID:AJ-NJ-4471882}}, submitted {{DATE:2026-09-22}} by {{NAME:rkalinowski}} from workstation {{IP:10.44.18.207}}.
Card mailed to {{LOCATION:18 Cypress Lane}}, {{LOCATION:Hamilton Township}}, NJ {{LOCATION:08690}}; patient e-mail {{EMAIL:aurelio.bs@letterbox.example.net}}. Post-op X-ray {{PHOTO:XR_PELVIS_AP_00718824_20260916.dcm}}.
`,
  },
  {
    id: 'h13-022',
    kind: 'in-clinic pacemaker interrogation report',
    text: `
DEVICE CLINIC - IN-PERSON INTERROGATION   {{DATE:11/12/2026}}   {{LOCATION:Sentara Norfolk General Hospital}} device clinic
Pt {{NAME:Wendell Okoro-Haines}}, {{AGE_OVER_89:91}} y, MRN {{MRN:SNG5520417}}. Referring {{NAME:Kateryna Moss}}, MD.
Generator: dual-chamber PPM, model ADDRL1, SN {{DEVICE:PJN441882H}}, implanted {{DATE:03/2019}}; battery 2.78 V, est. longevity 4.5 y.
RA lead 5076-52 SN {{DEVICE:PJN7731048V}}: P wave 3.1 mV, impedance 512 ohm, threshold 0.75 V @ 0.4 ms.
RV lead 5076-58 SN {{DEVICE:PJN7730992V}}: R wave 11.2 mV, impedance 608 ohm, threshold 1.0 V @ 0.4 ms.
Mode DDDR 60/130, AV 180/150 ms. RA pacing 38%, RV pacing 2%. AHR episodes: 3, longest 14 min on {{DATE:10/29/2026}}. AT/AF burden under 0.1%.
Remote monitor: bedside unit SN {{DEVICE:RM24-0418831}} paired; last transmission {{DATE:11/01/2026}}.
Patient reports two presyncopal spells while gardening; no syncope, no ICD (PPM only). Magnet response normal at 85 ppm. Lives alone at {{LOCATION:Harbor's Edge}}; drives only to church.
Daughter {{NAME:Loretta Haines}} present, phone {{PHONE:757-555-0120}}. Next remote {{DATE:02/12/2027}}. Tech {{NAME:B. Amankwah}}, CCDS; reviewed by {{NAME:Soren Valdivia}}, MD.
`,
  },
  {
    id: 'h13-023',
    kind: 'DICOM de-identification QA diff report',
    text: `
DEID PIPELINE QA - study diff before/after (job 7741, profile BASIC+RETAIN-DATES FAILED)
tag          name                     original                                   after
(0008,0020)  StudyDate                {{DATE:20261103}}                                   {{DATE:20261103}}  <-- retained in error
(0008,0080)  InstitutionName          {{LOCATION:Froedtert Hospital}}                        REMOVED
(0008,0090)  ReferringPhysicianName   {{NAME:Lindahl^Petra^J}}                         REMOVED
(0010,0010)  PatientName              {{NAME:AMADI-KOWALCZYK^IFEOMA}}                  ANON-0441
(0010,0020)  PatientID                {{MRN:FH90041827}}                                 ANON-0441
(0010,0030)  PatientBirthDate         {{DATE:19321208}}                                   REMOVED
(0010,1010)  PatientAge               0{{AGE_OVER_89:93}}Y                                       REMOVED
(0010,1040)  PatientAddress           {{LOCATION:3320 W Wells St}}^{{LOCATION:Milwaukee}}^WI^{{LOCATION:53208}}        REMOVED
(0010,2154)  PatientTelephoneNumbers  {{PHONE:414-555-0152}}                               REMOVED
(0020,000D)  StudyInstanceUID         1.2.840.113619.2.55.3.441882                REPLACED
(0032,1032)  RequestingPhysician      {{NAME:OYELOWO^TUNDE}}                           REMOVED
Burned-in text found on {{PHOTO:IM000041.dcm}} and {{PHOTO:IM000042.dcm}} (name in top-left overlay): quarantine.
Reviewer {{NAME:hmatsuda}}, {{DATE:2026-11-04}}.
`,
  },
  {
    id: 'h13-024',
    kind: 'smartwatch ECG and fall alert export',
    text: `
Health app export (PDF to text), attached to portal message
ECG - Sinus Rhythm   Heart rate 74 BPM   Recorded {{DATE:Nov 8, 2026}} at 6:41 AM
Name: {{NAME:Rosalind Achebe-Marsh}}   Date of birth: {{DATE:Aug 30, 1933}}   Age {{AGE_OVER_89:93}}
Device: Watch 9 (serial {{DEVICE:GH7Q41882K}}), software 11.1. 25 mm/s, 10 mm/mV, lead I.
Fall detection log:
{{DATE:2026-11-06}} 02:14  hard fall detected, no response 60 s, emergency call placed to 911; location shared: {{LOCATION:44.9778 N, 93.2650 W}}
{{DATE:2026-11-06}} 02:15  emergency contact notified: {{NAME:Malcolm Marsh}} ({{PHONE:+1 612-555-0138}})
{{DATE:2026-11-07}} 19:30  fall detected, patient responded "I'm OK"
Paired phone IMEI {{DEVICE:35 441882 207718 4}}. Shared via link {{URL:https://health.share.example.com/r/8Kd2Qp7Xw}} by {{EMAIL:rosalind.am@webmail.example.org}}.
RN note: ECG reviewed by Dr {{NAME:Ilse Nakagawa}}; age {{AGE_OVER_89:93}} confirmed with daughter-in-law {{NAME:Priya Marsh}}.
`,
  },
  {
    id: 'h13-025',
    kind: 'agency nurse face-recognition timesheet',
    text: `
AGENCY TIMESHEET EXPORT  vendor: SwiftShift  facility: {{LOCATION:Maine Medical Center}} 4 West   week of {{DATE:11/15/2026}}
worker               | shift date | in    | out   | verify | face template        | score
{{NAME:Adaeze Nwankwo-Beal}}, RN | {{DATE:11/15/2026}} | 06:52 | 19:14 | face   | {{BIOMETRIC:FT-77A1-0418C}} | 0.97
{{NAME:Adaeze Nwankwo-Beal}}, RN | {{DATE:11/16/2026}} | 06:49 | 19:31 | face   | {{BIOMETRIC:FT-77A1-0418C}} | 0.95
{{NAME:Jarrod Pelletier}}, LPN   | {{DATE:11/16/2026}} | 18:55 | 07:20 | PIN (face failed 3x) | {{BIOMETRIC:FT-9C20-1177E}} | 0.41
{{NAME:Svetlana Orlova}}, CNA    | {{DATE:11/18/2026}} | 07:02 | 15:30 | face   | {{BIOMETRIC:FT-4410-88B2D}} | 0.93
{{NAME:Kwame Osei-Tutu}}, RN    | {{DATE:11/19/2026}} | 06:58 | 19:05 | face (mobile app, geofence OK) | {{BIOMETRIC:FT-1B3E-5520A}} | 0.91  from {{IP:100.66.41.9}}
Exception: {{NAME:Pelletier}} punch by PIN, supervisor override {{NAME:mbouchard}}; selfie at punch {{PHOTO:punch_1116_1855_jp.jpg}} does not match badge photo {{PHOTO:badge_jpelletier.png}}. Phone on file {{PHONE:207-555-0164}}. Clock kiosk IP {{IP:172.20.4.118}}.
Escalated to vendor {{EMAIL:compliance@swiftshift.example.com}} {{DATE:11/19/2026}}.
`,
  },
  {
    id: 'h13-026',
    kind: 'clinical photography consent and photo log',
    text: `
MEDICAL PHOTOGRAPHY - CONSENT AND LOG  ({{LOCATION:Royal Children's Hospital}} Clinical Media)
Patient {{NAME:Ayla Karadeniz}}, UR {{MRN:2204418}}, DOB {{DATE:14/02/2019}}. Parent consenting: {{NAME:Emre Karadeniz}} (father), {{PHONE:0491 570 156}}.
Uses consented: [x] clinical record [x] teaching within hospital [ ] publication [ ] social media. Face to be cropped for teaching.
Photographer {{NAME:Bronwyn Tiernan-Hughes}}, {{DATE:11/11/2026}}, clinic: plastic surgery (cleft follow-up).
file                              view         notes
{{PHOTO:RCH_2204418_20261111_001.CR3}}   frontal      with retractors
{{PHOTO:RCH_2204418_20261111_002.CR3}}   basal view   nasal symmetry
{{PHOTO:RCH_2204418_20261111_003.CR3}}   lateral R
Video {{PHOTO:RCH_2204418_20261111_speech.mp4}} (speech, 40 s), for SLP only.
Uploaded to PACS by {{NAME:btiernanhughes}}; request for copy by e-mail to {{EMAIL:emre.k@familymail.example.com.au}} declined (policy CM-12).
`,
  },
  {
    id: 'h13-027',
    kind: 'DUI blood specimen chain of custody',
    text: `
BLOOD ALCOHOL / DRUG KIT - CHAIN OF CUSTODY   kit {{OTHER_ID:BK-0771842}}   agency case {{OTHER_ID:26-CSP-004418}}
Subject {{NAME:Dalton Reyes-McAllister}}, DOB {{DATE:1999-06-21}}, SSN {{SSN:000-29-6614}}, DL CO {{LICENSE:17-441-8820}}
Express consent given after advisement at 01:30; subject was alert, oriented x3, horizontal gaze nystagmus noted by trooper, BP 138/84, HR 104, abrasion of L knee.
Vehicle: CO plate {{VEHICLE:BXQ-T72}}, VIN {{VEHICLE:3N1AB8CV5LY288104}}, crash at {{LOCATION:I-25 exit 135}}
Draw: {{LOCATION:UCHealth Memorial Hospital Central}} ED, {{DATE:2026-10-31}} 01:48 and 02:48 (2 gray-top tubes), non-alcohol swab; drawn by {{NAME:Keanu Delgado}}, RN; witnessed by Trooper {{NAME:Anneliese Brandt}}.
Subject's right thumbprint on seal: {{BIOMETRIC:THUMB-BK0771842-R}}. Seal photo {{PHOTO:BK0771842_seal.jpg}}.
transfer: {{NAME:Brandt}} -> evidence locker L-14 02:55 -> lab courier {{NAME:P. Greaves}} {{DATE:2026-11-02}} 09:10 -> lab accession {{OTHER_ID:TOX-26-118804}}
Hospital copy scanned to MRN {{MRN:UCM7720418}}; separate hospital ethanol 212 mg/dL (not for evidence).
`,
  },
  {
    id: 'h13-028',
    kind: 'blood bank issue record and ISBT label text',
    text: `
BLOOD BANK ISSUE - platelets, apheresis, leukoreduced, irradiated
Recipient {{NAME:Thandiwe Mokoena-Harris}}  MRN {{MRN:0088417732}}  BB armband {{OTHER_ID:BB-X44182}}  ABO/Rh A POS
Unit label: DIN W0412 26 441882 Q   product E7001V00   ABO A POS   exp {{DATE:2026-11-24}} 23:59
Issued {{DATE:11/20/2026}} 14:10 to {{NAME:Rahel Tesfaye}}, RN, 7 North; verified at bedside with {{NAME:Cory Blanchette}}, RN via handheld {{DEVICE:HH-MC40-0417}} scan of armband and unit.
Pre: T 37.1, HR 96, BP 118/64, plt 8 K/uL. Post 1 h: plt 31 K/uL, CCI 14,200.
Infusion pump channel B, pump SN {{DEVICE:8015-4418273}}. No reaction.
Directed donor: brother {{NAME:Sipho Mokoena}}, donor ID {{OTHER_ID:D-26-55184}} (HLA-matched), next collection {{DATE:11/24/2026}}.
Tech {{NAME:mkaur}}; BB phone {{PHONE:305-555-0146}}, fax {{FAX:305-555-0147}}.
`,
  },
  {
    id: 'h13-029',
    kind: 'deep brain stimulation programming session',
    text: `
DBS PROGRAMMING VISIT - {{DATE:October 22, 2026}} - {{LOCATION:UPMC Presbyterian}} Movement Disorders
Patient {{NAME:Casimir Wojcik-Bell}}, 71, PD, MRN {{MRN:UP-44108827}}. Care partner wife {{NAME:Dorota}}.
IPG rechargeable, SN {{DEVICE:NDB441882S}}, implanted {{DATE:May 2024}}; patient programmer SN {{DEVICE:PP-220418-77}}; clinician tablet CP-07.
Left STN: C+ 2- 3-, 2.8 mA, 60 us, 130 Hz. Right STN: C+ 10-, 3.1 mA, 60 us, 130 Hz. Impedances 900-1,400 ohm.
UPDRS-III off 44 -> on stim 19. Dyskinesia mild.
Video consent signed; clips {{PHOTO:dbs_wojcik_1022_off.mov}} and {{PHOTO:dbs_wojcik_1022_on.mov}}.
Home sessions via remote programming app, account {{EMAIL:cwojcikbell@mail.example.net}}, last session from {{IP:198.51.100.74}}.
Neurologist {{NAME:Farah Iqbal-Sorensen}}, MD; nurse {{NAME:T. Oyelaran}}, RN. Follow-up {{DATE:January 2027}}.
`,
  },
  {
    id: 'h13-030',
    kind: 'capsule endoscopy report',
    text: `
CAPSULE ENDOSCOPY REPORT
Patient: {{NAME:Mele Fifita}}  MRN {{MRN:KMC-8820417}}  DOB {{DATE:04/11/1975}}  study date {{DATE:11/05/2026}}
Site {{LOCATION:Kapiolani Medical Center}} GI lab, {{LOCATION:Honolulu}}. Referring: {{NAME:Kealoha Brightwater}}, MD.
Capsule SB3 lot 44120 SN {{DEVICE:SB3-7718204}}; data recorder SN {{DEVICE:DR3-004418}}; sensor belt.
Ingestion 08:02; first gastric image 08:03; first duodenal 08:51; cecum 14:37. Gastric transit 48 min, SB transit 5 h 46 min.
Findings: 2 small angioectasias proximal jejunum (P2), images {{PHOTO:frame_041182.jpg}} and {{PHOTO:frame_044007.jpg}}; no active bleeding. Lewis score 135.
Video {{PHOTO:CE_KMC8820417_20261105.mp4}}. Read by {{NAME:Jun-seo Park-Kealamakia}}, MD, {{DATE:11/06/2026}}.
Patient can be reached at {{PHONE:808-555-0179}}; results released to portal.
`,
  },
];
