// train4: open development set, part 4 (reports, exports, payers, devices, trauma and transport).
export default [
{ id: 't4-036', kind: 'laboratory report', text: `
{{LOCATION:QUEST-WEST REFERENCE LAB}}   CLIA 05D0642827   {{LOCATION:6900 Katella Ave}}, {{LOCATION:Cypress}}, CA {{LOCATION:90630}}
PATIENT: {{NAME:HOANG, MINH-ANH T}}     SEX F   DOB {{DATE:06/15/1968}}   AGE 56
PATIENT ID {{MRN:QW88120447}}    ACCESSION {{OTHER_ID:CY52218840}}    COLLECTED {{DATE:03/03/2025}} 07:45   REPORTED {{DATE:03/04/2025}} 13:02
ORDERING: {{NAME:PATEL, ANJALI}} MD   NPI {{OTHER_ID:1942287716}}
TEST                    RESULT     FLAG   REF RANGE        UNITS   LOINC
Glucose, fasting        131        H      65-99            mg/dL   1558-6
Hemoglobin A1c          7.4        H      <5.7             %       4548-4
eGFR (CKD-EPI 2021)     58         L      >59              mL/min  98979-8
TSH                     2.31              0.40-4.50        mIU/L   3016-3
Comment: called to {{NAME:Teresa}} at Dr {{NAME:Patel}}'s office {{PHONE:714-555-0139}} on {{DATE:3/4}} at 13:10 by {{NAME:GVO}}.
Bill to: Anthem Blue Cross   Policy {{HEALTH_PLAN:YRK448102271}}   Guarantor acct {{ACCOUNT:40018822710}}
` },
{ id: 't4-037', kind: 'radiology report', text: `
{{LOCATION:Summit Imaging Associates}} - MRI REPORT
Patient: {{NAME:Fitzgerald-Onyango, Tess}}  MRN {{MRN:SIA-00417781}}  DOB {{DATE:23-Sep-1975}}  Exam date {{DATE:03-Apr-25}}
Accession {{OTHER_ID:SIA2504030117}}   Referring: Dr. {{NAME:Grant Iwasaki}}   Images: {{PHOTO:1.2.840.113619.2.55.3.60488.20250403.117.dcm}}
EXAM: MRI lumbar spine without contrast (CPT 72148).
HISTORY: L5 radiculopathy, 6 weeks. Straight-leg raise positive L.
FINDINGS: L4-5 broad-based disc bulge with L paracentral extrusion measuring 9 x 7 mm contacting the traversing L5 root. L5-S1 Modic type 1 changes. Conus at L1. No cauda equina compression.
IMPRESSION: L4-5 L paracentral extrusion (M51.26). Compared with outside study of {{DATE:11/2023}} from {{LOCATION:Aspen Ridge Open MRI}}.
Electronically signed by Dr. {{NAME:Yolanda Brisbois}} {{DATE:04/03/2025}} 16:48.  Transcribed: {{NAME:kmh}}
` },
{ id: 't4-038', kind: 'pathology report', text: `
SURGICAL PATHOLOGY REPORT   Case {{OTHER_ID:SP25-04418}}
Patient: {{NAME:Ebenezer Quaye}}   MRN {{MRN:00-77-1842}}   DOB {{DATE:4/9/1955}}   Received {{DATE:04/11/2025}}
Surgeon: Dr. {{NAME:Ruth Engelhardt}}   Facility: {{LOCATION:Mercy Hospital Fort Smith}}
Specimen: prostate, radical prostatectomy.
Diagnosis: prostatic adenocarcinoma, Gleason 4+3=7 (Grade Group 3), 30% of gland, EPE focal, margins negative, SV negative. pT3a pN0 (0/14). AJCC 8th.
Gross photos: {{PHOTO:SP25-04418_gross_A.tif}}, {{PHOTO:SP25-04418_gross_B.tif}}
Pathologist: {{NAME:Oyelaran Adebisi}}, MD, signed {{DATE:April 15, 2025}}.
` },
{ id: 't4-039', kind: 'HL7 v2 export', text: `
MSH|^~\\&|EPIC|NHMC|LABSYS|NHMC|{{DATE:20250411}}0832||ADT^A04|MSG004471|P|2.5.1
PID|1||{{MRN:00918273}}^^^NHMC^MR~{{SSN:123-45-6781}}^^^SSA^SS||{{NAME:VALENZUELA^ROSARIO^M}}||{{DATE:19320914}}|F|||{{LOCATION:1420 S 7TH AVE APT 3}}^^{{LOCATION:PHOENIX}}^AZ^{{LOCATION:85007}}||{{PHONE:(602)555-0142}}|||||{{ACCOUNT:A0004418827}}
NK1|1|{{NAME:VALENZUELA^ARTURO}}|SON|{{LOCATION:88 W CAMELBACK RD}}^^{{LOCATION:PHOENIX}}^AZ^{{LOCATION:85013}}|{{PHONE:(602)555-0199}}
PV1|1|E|ED^12^01^NHMC||||{{OTHER_ID:1558823091}}^{{NAME:ABERNATHY^GUY^R}}^^^^MD
IN1|1|AHCCCS01|AHC|Mercy Care|||||||||||{{NAME:VALENZUELA^ROSARIO}}|SELF|||||||||||||||||||{{HEALTH_PLAN:A71200451}}
OBX|1|NM|AGE^Age^L||{{AGE_OVER_89:92}}|a
` },
{ id: 't4-040', kind: 'CSV export', text: `
# appointments_noshow_export.csv  generated {{DATE:2025-05-30}} 06:00 by {{NAME:rpt_svc_bjensen}}
mrn,last,first,dob,phone,email,appt_date,clinic,ssn_last4,acct
{{MRN:5521087}},{{NAME:Yazzie}},{{NAME:Kateri}},{{DATE:1987-02-14}},{{PHONE:928-555-0118}},{{EMAIL:kyazzie@nnmail.example}},{{DATE:2025-05-29}},{{LOCATION:Tuba City Regional Health Care}},8841,{{ACCOUNT:AC-7740021}}
{{MRN:5521144}},{{NAME:O'Brien}},{{NAME:Will}},{{DATE:1949-10-01}},{{PHONE:928-555-0162}},{{EMAIL:wobrien49@webpost.example}},{{DATE:2025-05-29}},{{LOCATION:Flagstaff Medical Center}},3307,{{ACCOUNT:AC-7740058}}
{{MRN:5521190}},{{NAME:Nguyen}},{{NAME:Bao}},{{DATE:1930-12-30}},{{PHONE:928-555-0107}},,{{DATE:2025-05-29}},{{LOCATION:Flagstaff Medical Center}},,{{ACCOUNT:AC-7740063}}
{{MRN:5521203}},{{NAME:Begaye-Tsosie}},{{NAME:Faith}},{{DATE:2001-07-07}},{{PHONE:928-555-0191}},{{EMAIL:faithbt@nnmail.example}},{{DATE:2025-05-29}},{{LOCATION:Tuba City Regional Health Care}},6602,{{ACCOUNT:AC-7740071}}
# rows: 4  (ssn_last4 is not a full SSN)
` },
{ id: 't4-041', kind: 'insurance adverse determination letter', text: `
Cascade Mutual Health Plan  |  Utilization Management  |  {{LOCATION:PO Box 34120}}, {{LOCATION:Seattle}} WA {{LOCATION:98124}}
Phone {{PHONE:1-800-555-0144}}  Fax {{FAX:1-866-555-0145}}

{{DATE:March 10, 2025}}
{{NAME:Juniper Halvorsen-Rios}}
{{LOCATION:1719 Hawthorne Blvd Apt B}}
{{LOCATION:Portland}}, OR {{LOCATION:97214}}

Member ID: {{HEALTH_PLAN:CMH-0041882713}}    Claim/Reference #: {{OTHER_ID:UM25-0310-4471}}    Date of birth: {{DATE:08/08/1983}}
Dear Ms. {{NAME:Halvorsen-Rios}},
We have reviewed the request from Dr. {{NAME:Anselm Park}} ({{LOCATION:Oregon Sleep Associates}}) for a hypoglossal nerve stimulator (CPT 64582). Your AHI of 28/h meets criteria, but BMI 36.1 exceeds the plan limit of 32. The request is DENIED. You may appeal within 180 days by fax to {{FAX:1-866-555-0199}} or online at {{URL:https://members.cascademutual.example/appeals?ref=UM25-0310-4471}}.
Reviewer: {{NAME:Lionel Batiste}}, MD, medical director.
` },
{ id: 't4-042', kind: 'billing statement', text: `
PATIENT STATEMENT            Statement date: {{DATE:05/01/2025}}     Due: {{DATE:05/31/2025}}
{{LOCATION:Granite Peaks Health}} - Patient Financial Services, {{LOCATION:PO Box 7720}}, {{LOCATION:Salt Lake City}} UT {{LOCATION:84107}}
Guarantor: {{NAME:DOMINIC A. RUSSO}}        Account #: {{ACCOUNT:GPH-0094418-22}}
{{LOCATION:4417 S Highland Dr}}, {{LOCATION:Holladay}}, UT {{LOCATION:84124}}
Patient: {{NAME:Russo, Gianna}} (daughter)   DOB {{DATE:3/3/2012}}
{{DATE:03/11/25}}  ED visit level 4 (99284)         1,480.00
{{DATE:03/11/25}}  XR forearm 2 views (73090)         212.00
{{DATE:03/11/25}}  Splint application (29125)         145.00
            Insurance paid (SelectHealth)       -1,290.40
            Amount due                             546.60
Pay online: {{URL:https://pay.granitepeaks.example/p/GPH0094418}}   or call {{PHONE:801-555-0100}} (billing office).
Card on file ending 4417. Prior balance account {{ACCOUNT:GPH-0081102-19}} closed.
SSN on file for payment plan: {{SSN:529-44-1187}}
` },
{ id: 't4-043', kind: 'device implant record', text: `
IMPLANT RECORD - CARDIAC DEVICE   {{LOCATION:Baptist Heart Institute}} EP Lab 2
Patient: {{NAME:Cornelius "Neil" Van Der Berg}}   MRN {{MRN:BHI-2294710}}   Implant date: {{DATE:2025-01-28}}
Implanting physician: Dr. {{NAME:Shreya Kapoor-Lindgren}}   Rep: {{NAME:Tyler Mabry}} (Medtronic)
Generator: Medtronic Azure XT DR MRI, model W1DR01, SN {{DEVICE:RNB448102S}}
  UDI {{DEVICE:(01)00643169707171(17)270531(21)RNB448102S}}
RA lead: 5076-52 cm, SN {{DEVICE:PJN7720441}}     RV lead: 5076-58 cm, SN {{DEVICE:PJN7720582}}
Testing: RA sense 3.1 mV, impedance 512 ohm, threshold 0.75 V @ 0.4 ms; RV R wave 11.2 mV, 640 ohm, 0.5 V @ 0.4 ms.
Remote monitor: MyCareLink SN {{DEVICE:CL24-0091187}} paired; home transmitter IP {{IP:98.207.14.66}}.
Device ID card mailed to {{LOCATION:909 Palmetto Ave}}, {{LOCATION:Jacksonville}}, FL {{LOCATION:32204}}.
` },
{ id: 't4-044', kind: 'device implant record', text: `
OR IMPLANT LOG  {{DATE:3.4.2025}}  {{LOCATION:Kingsbridge Orthopaedic Hospital}} theatre 3
Pt {{NAME:Ayodele Fashola}}  hosp no {{MRN:K0448821}}  surgeon Mr {{NAME:P. Whitlock}}
Item                                   Lot / Serial                 Qty
Exeter V40 stem 44 no.2                 lot 4417782 / SN {{DEVICE:EXV-9920318}}      1
Trident II acetabular shell 54 mm       SN {{DEVICE:TR2-54-0078123}}                1
Ceramic head 32 mm +0                    SN {{DEVICE:C32-1184470}}                   1
Bone cement Simplex P 40 g               lot 8844HH (not serialised)    2
National Joint Registry consent given; NJR patient ID {{OTHER_ID:NJR-00441782}}.
Scrub: {{NAME:Joy Mbeki}}   Circulating: {{NAME:Anthony Guy}}
` },
{ id: 't4-045', kind: 'trauma note with vehicle', text: `
TRAUMA ACTIVATION - LEVEL 1   {{DATE:08/16/2025}} 21:47   Trauma bay 2
Pt: UNKNOWN, TRAUMA ZULU -> identified 22:30 as {{NAME:Darius Whitfield}}, DOB {{DATE:04/02/1999}}, via driver license {{LICENSE:D448-1187-2099}} (IN)
Mechanism: restrained driver, 2016 Chevy Silverado, IN plate {{VEHICLE:TK 4471}}, VIN {{VEHICLE:1GCVKREC8GZ118247}}, head-on with semi at ~55 mph on {{LOCATION:I-69}} near the {{LOCATION:Fishers}} exit. Extrication 25 min. Other driver (truck, USDOT 1182270, plate {{VEHICLE:P88-1927}}) not transported.
Primary: A patent, B equal BS, C HR 128 BP 84/50, D GCS 13 (E3V4M6), E seatbelt sign.
FAST positive LUQ. Massive transfusion protocol. To OR 22:05 (splenectomy). Police report {{OTHER_ID:IMPD-25-118274}}, Officer {{NAME:Ruiz}} badge 4471.
Girlfriend {{NAME:Janae Spurlock}} {{PHONE:317-555-0196}} notified by chaplain Fr. {{NAME:Timothy Ward}}.
` },
{ id: 't4-046', kind: 'EMS run report', text: `
EMS PATIENT CARE REPORT   Incident {{OTHER_ID:2025-0419-0087}}   Medic 14   {{DATE:19APR2025}}
Dispatch 06:12 to {{LOCATION:2210 Old Hickory Blvd}}, {{LOCATION:Antioch}}, TN {{LOCATION:37013}} for "elderly male not breathing right".
Pt {{NAME:Alvin Pettigrew}}, {{AGE_OVER_89:97}} YOM, per wife {{NAME:Opal}} (herself {{AGE_OVER_89:93}}).
Found in recliner, SpO2 81%, RR 32, BP 172/100, crackles. CPAP 10 cmH2O, NTG 0.4 mg x3.
Transport to {{LOCATION:TriStar Southern Hills}} via {{LOCATION:Nolensville Pike}}, emergent. Ambulance unit plate TN {{VEHICLE:55-EMS-14}}.
Crew: {{NAME:K. Abernathy}} (P), EMT-P license {{LICENSE:EMS-P-22817}}; {{NAME:D. Soto}} (E).
` },
{ id: 't4-047', kind: 'non-emergency transport log', text: `
NEMT TRIP LOG - ModivCare broker   Vendor: Sunrise Wheelchair Transport   Date {{DATE:06/09/2025}}
Trip   Member                Member ID             Pickup                                        Vehicle
A-114  {{NAME:Pruitt, Hazel}}        {{HEALTH_PLAN:KYM0041188}}     {{LOCATION:55 Maple Row}}, {{LOCATION:Paducah}}             Van 7 plate KY {{VEHICLE:4471-WT}}
A-115  {{NAME:Lamb, Ernest}}         {{HEALTH_PLAN:KYM0041903}}     {{LOCATION:1204 Jackson St}}, {{LOCATION:Paducah}}          Van 7 plate KY {{VEHICLE:4471-WT}}
A-116  {{NAME:Ocampo, Reina}}        {{HEALTH_PLAN:KYM0042271}}     {{LOCATION:Lourdes Dialysis Unit}}           Van 3 VIN {{VEHICLE:1FDWE3FS4HDC71822}}
Driver: {{NAME:Rusty Cathey}} (CDL {{LICENSE:K440118273}})   Odometer start 188,420
Note: Mr. {{NAME:Lamb}} ({{AGE_OVER_89:ninety}}) uses power scooter SN {{DEVICE:PR-GOGO-88120}}; needed lift.
` },
{ id: 't4-048', kind: 'research wearable enrolment', text: `
STUDY ENROLMENT - GAIT-AGE wearable sub-study (IRB 2024-0917, NCT05541120)
Participant {{OTHER_ID:GA-0147}}   Name: {{NAME:Florence Odum}}   DOB {{DATE:01/01/1934}}   Age {{AGE_OVER_89:91}}   Site {{LOCATION:Emory Wesley Woods Center}}
Biometrics captured {{DATE:2025-02-11}}: gait signature {{BIOMETRIC:GAIT-0147-L2}}, ECG-ID template {{BIOMETRIC:ECGID-88412}}, face template {{BIOMETRIC:FT-0147-22A}}
Wearable: Actigraph GT9X SN {{DEVICE:TAS1F48220447}} on L wrist; data upload from home IP {{IP:68.104.201.17}}
Coordinator: {{NAME:Hope Achebe}}, CCRC   {{EMAIL:hachebe@emoryresearch.example.edu}}
Compensation mailed to {{LOCATION:19 Peachtree Battle Ave NW}}, {{LOCATION:Atlanta}} {{LOCATION:30305}}
` },
];
