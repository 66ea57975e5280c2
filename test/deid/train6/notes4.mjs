// train6 notes, part 4: radiology, pathology, genetics, clinical trial, device clinics, research extracts, rosters, FHIR.
export default [
{ id: 't6-033', kind: 'radiology report with comparisons', text: `
CT CHEST W/O CONTRAST    Exam date: {{DATE:11/14/2025}} 16:22    Accession: {{OTHER_ID:CT2511140378}}
Patient: {{NAME:QUINTERO-VALE, ADELAIDA}}   MRN {{MRN:0077142918}}   Age: {{AGE_OVER_89:94}}Y F
Ordering: {{NAME:Barnaby Chu}}, NP    Reading: {{NAME:Oyelaran, Titilayo}} MD
COMPARISON: CT {{DATE:05/02/2025}}; CXR {{DATE:11/1/25}}; PET-CT {{DATE:Feb 3, 2024}} from {{LOCATION:Sutter Roseville Medical Center}}.
FINDINGS: RUL spiculated nodule 2.3 x 1.9 cm (series 3, image 47), was 1.6 cm. Lung-RADS 4B. No effusion. Coronary calcification. L2 compression deformity unchanged. Key images: {{PHOTO:AQV_CT_20251114_se3_im47.png}}.
IMPRESSION: Enlarging RUL nodule, suspicious. Discussed with {{NAME:B. Chu}} by phone at 16:50 on {{DATE:11/14}}.
`},
{ id: 't6-034', kind: 'surgical pathology report', text: `
SURGICAL PATHOLOGY REPORT    Case: {{OTHER_ID:S25-048812}}    Outside consult: {{OTHER_ID:MGH-SP-25-11873}}
Pt: {{NAME:Lindqvist-Amadi, Freya}}  DOB {{DATE:08-Jan-1967}}  MRN {{MRN:3300917}}  Collected {{DATE:09-Oct-2025}}  Received {{DATE:10-Oct-2025}}
Submitting: Dr. {{NAME:Casimir Wojtowicz}}, {{LOCATION:Lakeview Surgical Associates}}
SPECIMEN: A. Left breast, lumpectomy; B. Sentinel LN #1.
DIAGNOSIS: A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9), 1.4 cm; margins negative (closest 3 mm). ER 95%, PR 60%, HER2 1+ (IHC, block A3). B. One LN negative (0/1).
Blocks A1-A7, B1. Slide images {{PHOTO:S25-048812_A3_HE_40x.svs}}.
Signed out {{DATE:10/15/2025}} by {{NAME:Dagny Ekwueme}}, MD.
`},
{ id: 't6-035', kind: 'genetic test report', text: `
HEREDITARY CANCER PANEL (84 genes) - REPORT
Patient: {{NAME:Ezekiel Brandywine}}   DOB {{DATE:1979-03-25}}   Sex assigned at birth M
Kit ID {{OTHER_ID:KT-4410-9927}}   Lab accession {{OTHER_ID:GN-25-0773014}}   Collected {{DATE:2025-07-01}}  Reported {{DATE:2025-07-22}}
RESULT: POSITIVE. MLH1 c.1852_1854delAAG (p.Lys618del), heterozygous, pathogenic (Lynch syndrome). NM_000249.4. VUS: ATM c.4388T>G.
Family: mother {{NAME:Opal Brandywine}} (colon cancer at 48), maternal uncle {{NAME:Cletus Hargrove}} (colon cancer at 52), sister {{NAME:Dinah}} not tested.
Ordering provider: {{NAME:Niamh Carrick}}, MS, CGC, {{LOCATION:Intermountain Cancer Genetics}}; portal: {{URL:https://results.genelab.example/r/GN-25-0773014}}
`},
{ id: 't6-036', kind: 'clinical trial visit note', text: `
RESEARCH VISIT - Cycle 4 Day 1    Protocol NCT05512345 (registry number, not PHI), IRB #2023-0441
Subject ID: {{OTHER_ID:071-0042}}   Initials: {{NAME:H-LK}}   Screening no. {{OTHER_ID:SCR-0198}}
Visit date {{DATE:20OCT2025}}; C3D1 was {{DATE:29SEP2025}}. Consent v4.0 re-signed {{DATE:20OCT2025}}.
AE: grade 2 diarrhea onset {{DATE:05OCT2025}}, resolved {{DATE:09OCT2025}}. ECOG 1. Weight 71.2 kg.
IP: study drug kit {{OTHER_ID:K-884102}} dispensed, lot 22A17 (not PHI). PK samples 0h, 2h.
Coordinator {{NAME:Evander Pryce}}, CCRC; PI Dr. {{NAME:Marisela Ocampo}}. Subject's stipend card {{ACCOUNT:CLN-5521-7730}}.
`},
{ id: 't6-037', kind: 'pacemaker device clinic', text: `
DEVICE CLINIC - IN-PERSON INTERROGATION {{DATE:Aug 19, 2025}}
{{NAME:Montgomery Fairweather-Stokes}}, {{AGE_OVER_89:97}} y/o, MRN {{MRN:M-5520137}}
Device: Medtronic Azure XT DR MRI (model W1DR01, not PHI), serial {{DEVICE:RNB604118S}}; RA lead 5076 SN {{DEVICE:PJN7730912}}; RV lead 5076 SN {{DEVICE:PJN7731044}}. Implanted {{DATE:03/22/2019}}.
Battery 7.5 yr. RA 0.5 V @ 0.4 ms, RV 0.75 V @ 0.4 ms. AP 42%, VP 3%. AHRE 2 episodes, longest 38 s. No VHR.
Remote monitor (MyCareLink) serial {{DEVICE:MCL-2204-518863}}. Next remote {{DATE:11/18/2025}}.
Daughter {{NAME:Prudence}} drives him; lives with him at {{LOCATION:Willow Bend Retirement Village}}.
`},
{ id: 't6-038', kind: 'insulin pump / CGM and cochlear implant clinic', text: `
DIABETES TECH VISIT {{DATE:2025-09-09}}: {{NAME:Aurelie Nakamura-Boateng}}, 16. Tandem t:slim X2 SN {{DEVICE:1188204}}; Dexcom G6 transmitter {{DEVICE:8KQ2PD}}. Control-IQ on. TIR 72%, GMI 6.9%. Basal 0.65 u/h; ICR 1:9. School nurse {{NAME:Gwendolyn Paz}} at {{LOCATION:Lincoln High School}} to receive updated plan.

AUDIOLOGY - COCHLEAR IMPLANT MAPPING {{DATE:2025-09-11}}: {{NAME:Ambrose "Bo" Kettleborough}}, 71. Cochlear Nucleus 7 processor SN {{DEVICE:N7-3302198846}}, implant CI632 serial {{DEVICE:CI632-5518274}}. Impedances normal, C-levels raised 5 CL on electrodes 3-8. AzBio 64%. {{NAME:Zainab Ferreira-Holt}}, AuD.
`},
{ id: 't6-039', kind: 'research data dictionary extract', text: `
DATA DICTIONARY (excerpt) - Registry "HEARTSTRONG" v2.1; export {{DATE:2025-11-02}}
field            type     example                      PHI?
subject_id       text     {{OTHER_ID:HS-00812}}                     yes (study ID)
full_name        text     {{NAME:Jolene Birdsong}}              yes
dob              date     {{DATE:1948-05-17}}                   yes
age_at_consent   int      {{AGE_OVER_89:90}}                           yes if >89
zip5             text     {{LOCATION:87105}}                        yes
ef_pct           int      55                           no
nyha             int      2                            no
visit_date       date     {{DATE:2025-10-30}}                   yes
device_sn        text     {{DEVICE:CRT-D-7Q44180}}                yes
email            text     {{EMAIL:jbirdsong@pueblonet.example}}  yes
Note: example values are from a real-looking test record; replace before sharing.
`},
{ id: 't6-040', kind: 'spreadsheet-like clinic roster', text: `
WOUND CLINIC ROSTER - week of {{DATE:12/1/2025}}
Name               | DOB        | MRN      | Age | Facility                        | Phone
{{NAME:Abernathy, Lula}}    | {{DATE:04/09/1931}} | {{MRN:6610244}}  | {{AGE_OVER_89:94}}  | {{LOCATION:Magnolia Gardens SNF}}             | {{PHONE:601-555-0186}}
{{NAME:Baptiste, Jean-Claude}} | {{DATE:11/30/1950}} | {{MRN:6610301}}  | 75  | home                            | {{PHONE:601-555-0112}}
{{NAME:Crow, Sunny}}        | {{DATE:07/04/1935}} | {{MRN:6609887}}  | {{AGE_OVER_89:90}}  | {{LOCATION:Pinebelt Hospice House}}           | {{PHONE:601-555-0157}}
{{NAME:Delgado Ruiz, Amparo}} | {{DATE:02/14/1962}} | {{MRN:6611002}}  | 63  | {{LOCATION:Forrest General Hospital}}         | {{PHONE:601-555-0139}}
{{NAME:Eng, Walter}}        | {{DATE:09/21/1936}} | {{MRN:6605519}}  | 89  | {{LOCATION:Hattiesburg}} home            | {{PHONE:601-555-0170}}
Totals: 5 pts, 3 with stage 3+ pressure injuries; Braden avg 13.
`},
{ id: 't6-041', kind: 'FHIR JSON fragment', text: `
{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Patient","id":"pt-883","identifier":[{"system":"http://hospital.example.org/mrn","value":"{{MRN:E998120}}"},{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{{SSN:521-44-8807}}"}],
  "name":[{"use":"official","family":"{{NAME:Oyelowo}}","given":["{{NAME:Babatunde}}","{{NAME:Femi}}"]},{"use":"nickname","given":["{{NAME:Tunde}}"]}],
  "telecom":[{"system":"phone","value":"{{PHONE:+1-312-555-0166}}"},{"system":"email","value":"{{EMAIL:tunde.o@lakemail.example}}"}],
  "birthDate":"{{DATE:1953-10-02}}",
  "address":[{"line":["{{LOCATION:5210 N Sheridan Rd Apt 1704}}"],"city":"{{LOCATION:Chicago}}","state":"IL","postalCode":"{{LOCATION:60640}}"}]}},
 {"resource":{"resourceType":"Coverage","subscriberId":"{{HEALTH_PLAN:XOF884120331}}","payor":[{"display":"Blue Cross Blue Shield of Illinois"}]}},
 {"resource":{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":72,"unit":"/min"},"effectiveDateTime":"{{DATE:2025-11-20}}T08:15:00Z"}}
]}
`},
{ id: 't6-042', kind: 'HL7 v2 ADT with NK1 and GT1', text: `
MSH|^~\\&|EPIC|NWH|RHAP|NWH|{{DATE:20251121}}0932||ADT^A04|MSG00417|P|2.5.1
PID|1||{{MRN:771204}}^^^NWH^MR~{{SSN:432-91-0076}}^^^SSA^SS||{{NAME:NAKASHIMA-BELL^ODESSA^R}}||{{DATE:19340218}}|F|||{{LOCATION:77 Orchard Way}}^^{{LOCATION:Wenatchee}}^WA^{{LOCATION:98801}}||{{PHONE:(509)555-0148}}|||||{{ACCOUNT:9012447781}}
NK1|1|{{NAME:BELL^THADDEUS}}|SON|{{LOCATION:1820 Crestview Dr}}^^{{LOCATION:Leavenworth}}^WA^{{LOCATION:98826}}|{{PHONE:(509)555-0191}}
GT1|1||{{NAME:BELL^THADDEUS}}||||||||||{{SSN:530-18-7742}}
IN1|1|MCR|CMS|Medicare Part A and B||||||||||||||||||||||||||||||||||{{HEALTH_PLAN:5TQ2-HN8-KR47}}
`},
];
