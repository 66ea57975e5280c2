// Heldout2, part 3: structured and messy formats - HL7-ish segments, CSV rows, JSON pasted into
// notes, medication reconciliation tables, dictation without punctuation, typos. Written blind.
export default [
{ id: 'h2-036', kind: 'HL7 ADT fragment', text: `
Interface error queue - message copied for review:
MSH|^~&|EPIC|{{LOCATION:STMARYS}}|LAB|{{LOCATION:STMARYS}}|{{DATE:20250214}}1132||ADT^A01|MSG00044719|P|2.5.1
PID|1||{{MRN:7781204}}^^^SMH^MR||{{NAME:HOANG}}^{{NAME:MINH}}^{{NAME:QUOC}}||{{DATE:19640318}}|M|||{{LOCATION:4419 FAIRMOUNT BLVD}}^^{{LOCATION:CLEVELAND HTS}}^OH^{{LOCATION:44118}}||{{PHONE:(216)555-0172}}|||M||{{ACCOUNT:A0055129937}}|{{SSN:298-44-1067}}
NK1|1|{{NAME:HOANG}}^{{NAME:THU}}|SPO|||{{PHONE:(216)555-0173}}
PV1|1|I|5W^512^B|||||{{OTHER_ID:1234567893}}^{{NAME:KAPOOR}}^{{NAME:ANJALI}}^^^^MD|||MED||||1|||||
IN1|1|GOLD|H7711|MEDICAL MUTUAL OF OHIO|||||||||||||||||||||||||||||||||{{HEALTH_PLAN:MMO448810273}}
Error: PV1-3 bed 5W^512^B not found in bed master. Retry at 11:40.
` },
{ id: 'h2-037', kind: 'HL7 ORU lab result', text: `
OBR|1|ORD-88120|{{OTHER_ID:LAB-25-0099183}}|24323-8^Comprehensive metabolic panel^LN|||{{DATE:20250301}}0715|||||||||{{OTHER_ID:1457392018}}^{{NAME:OSEI}}^{{NAME:KWABENA}}
OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.6-1.2|H|||F
OBX|3|NM|2823-3^Potassium^LN||5.1|mmol/L|3.5-5.1|N|||F
OBX|4|NM|33914-3^eGFR^LN||49|mL/min/1.73m2|>60|L|||F
NTE|1||Specimen slightly hemolyzed. Called to {{NAME:R. Abiodun}} RN at 0812 {{DATE:03/01/25}}, read back.
` },
{ id: 'h2-038', kind: 'CSV export pasted into note', text: `
Pasted from registry export (please do not paste PHI into the free-text field!!):
mrn,last_name,first_name,dob,zip,phone,last_visit,a1c,ldl
{{MRN:40018827}},{{NAME:Mwangi}},{{NAME:Wanjiru}},{{DATE:1972-02-11}},{{LOCATION:30318}},{{PHONE:404-555-0119}},{{DATE:2025-01-07}},8.2,131
{{MRN:40021155}},{{NAME:Castellano}},{{NAME:Rocio}},{{DATE:1988-09-30}},{{LOCATION:30310}},{{PHONE:404-555-0198}},{{DATE:2024-12-19}},6.9,98
{{MRN:40035006}},{{NAME:Fitzpatrick}},{{NAME:Owen}},{{DATE:1959-04-04}},{{LOCATION:30344}},{{PHONE:678-555-0104}},{{DATE:2025-02-02}},7.4,77
{{MRN:40040912}},{{NAME:Abara}},{{NAME:Nkechi}},{{DATE:1966-12-25}},{{LOCATION:30032}},{{PHONE:770-555-0161}},{{DATE:2025-01-28}},10.1,162
Total 4 rows. Report run {{DATE:2025-02-10}} by {{NAME:lmcbride}}.
` },
{ id: 'h2-039', kind: 'JSON pasted into note', text: `
Pt portal integration failed, raw payload below for IT ticket INC0048812:
{"patient":{"name":{"given":["{{NAME:Ngozi}}"],"family":"{{NAME:Eze-Williams}}"},"birthDate":"{{DATE:1993-07-21}}","telecom":[{"system":"phone","value":"{{PHONE:+1-347-555-0128}}"},{"system":"email","value":"{{EMAIL:ngozi.ew@example.org}}"}],"address":[{"line":["{{LOCATION:77 Linden Blvd}}"],"city":"{{LOCATION:Brooklyn}}","state":"NY","postalCode":"{{LOCATION:11226}}"}],"identifier":[{"system":"urn:mrn","value":"{{MRN:KCH-2209173}}"}]},
"encounter":{"start":"{{DATE:2025-05-02}}T09:30:00-04:00","location":"{{LOCATION:Kings County Hospital}} Adult ED","reason":"chest pain","triage":{"esi":3,"hr":96,"bp":"138/84","spo2":99}},
"client":{"ip":"{{IP:73.201.44.18}}","ua":"Mozilla/5.0","portal":"{{URL:https://mychart.kingshealth.example.org/MyChart/Messaging/8812}}"}}
Please fix mapping of encounter.location.
` },
{ id: 'h2-040', kind: 'medication reconciliation table', text: `
ADMISSION MEDICATION RECONCILIATION - {{NAME:Adebayo, Folasade}} - MRN {{MRN:600-41-992}} - {{DATE:08/21/2025}}
Source: pt + pharmacy fill history ({{LOCATION:Walgreens #10442}}, {{PHONE:919-468-2230}}) + daughter {{NAME:Tolu}}
| Medication            | Dose     | Route | Freq   | Last taken     | Continue? |
|-----------------------|----------|-------|--------|----------------|-----------|
| Amlodipine            | 10 mg    | PO    | daily  | {{DATE:8/20}} AM        | Yes       |
| Metoprolol succinate  | 50 mg    | PO    | daily  | {{DATE:8/20}} AM        | Yes       |
| Atorvastatin          | 40 mg    | PO    | qHS    | {{DATE:8/19}}           | Yes       |
| Warfarin              | 5 mg / 7.5 mg alt | PO | qPM | {{DATE:8/20}} PM   | HOLD (INR 4.2) |
| Gabapentin            | 300 mg   | PO    | TID    | unknown        | Yes, renal dose |
| Vitamin B12           | 1000 mcg | PO    | daily  | --             | Yes       |
| Ferrous sulfate       | 325 mg   | PO    | QOD    | "last week"    | No        |
Allergies: penicillin (hives, 1998), latex.
Reconciled by {{NAME:Hyun-woo Baek}}, PharmD, BCPS.  Verified by Dr. {{NAME:Alessandra Conti}}.
` },
{ id: 'h2-041', kind: 'dictation without punctuation', text: `
this is doctor {{NAME:marcus feldman}} dictating a clinic note on patient {{NAME:rosalind achebe}} date of birth {{DATE:june third nineteen sixty one}} medical record number {{MRN:four four seven one nine two zero}} date of service {{DATE:february twenty sixth two thousand twenty five}} the patient is a sixty three year old woman who comes in for follow up of her atrial fibrillation she has been on apixaban five milligrams twice daily she denies bleeding her heart rate today is seventy eight blood pressure one thirty two over eighty her daughter {{NAME:chiamaka}} is with her and lives in {{LOCATION:silver spring}} she will follow up with doctor {{NAME:oyelowo}} in cardiology new paragraph assessment and plan continue apixaban check cbc and bmp return in three months end of dictation
` },
{ id: 'h2-042', kind: 'dictation, voice recognition errors', text: `
ORTHO FOLLOW UP (Dragon dictated, not proofread)
Patient {{NAME:Terrence Obi}} seen today {{DATE:7/8/25}} for left knee. He had a left total knee replacement on {{DATE:May 19th}} by doctor {{NAME:Halloran}} at {{LOCATION:Saint Agnes}}. Range of motion 0 to 115. Quad strength 4+ over 5. Incision well healed, no drainage, no erythema. He is walking without a cane. He lives with his partner {{NAME:Renee}} in {{LOCATION:Catonsville}}. Plan: continue P. T. at {{LOCATION:ATI Physical Therapy}} twice weekly, follow up 6 weeks with x-rays. Pain controlled with Tylenol 1 g every 8 hours. Period. New line. {{NAME:Kieran Halloran}} MD
` },
{ id: 'h2-043', kind: 'note with typos', text: `
pt {{NAME:jonh smyth}} (sic - its {{NAME:John Smythe}}) came in agian today {{DATE:1/9}} c/o cough x2wks, prodcutive, yellow sputum, no fevr. hx asthma. lungs w/ scatterd wheeze, no crackels. SpO2 95%. PEF 310.
dx acute bronchitis vs asthma exac. rx prednisone 40mg x5d, albuterol. f/u w/ dr {{NAME:kaplna}} ({{NAME:Kaplan}}) 1-2 wk. wife {{NAME:debra}} called earlier @ {{PHONE:555-231-7780}}.
addres updated: {{LOCATION:1908 e. 32nd stret}}, {{LOCATION:tulsa}} ok {{LOCATION:74105}}
` },
{ id: 'h2-044', kind: 'lab flowsheet with dates', text: `
RENAL TRANSPLANT FLOWSHEET - {{NAME:Ramachandran, Lakshmi}} (Tx {{DATE:06/2019}}, deceased donor, UNOS ID {{OTHER_ID:ABCX771}})
Date        Tac trough  Cr    K    Hgb   BK PCR      Notes
{{DATE:01/06/25}}    7.8         1.21  4.4  12.1  <500        stable
{{DATE:01/20/25}}    9.6         1.30  4.9  11.8  <500        tremor
{{DATE:02/03/25}}    11.2        1.52  5.3  11.6  1,200       tac reduced 4->3 mg BID
{{DATE:02/17/25}}    8.1         1.33  4.7  11.9  <500        
Target trough 6-8 (> 5 yr post). MMF 500 mg BID, prednisone 5 mg. Transplant coordinator {{NAME:Bethany Kowalski}}, RN {{PHONE:(414) 805-9122}}.
` },
{ id: 'h2-045', kind: 'billing / claim fragment', text: `
CLAIM DETAIL (837P extract)
Subscriber: {{NAME:ALVAREZ-QUINTANA, ROBERTO}}  ID {{HEALTH_PLAN:XJH902337164}}  Grp 004412  Rel: self
Patient acct #: {{ACCOUNT:330987712-04}}   Claim #: {{OTHER_ID:25058A00347}}   DOS {{DATE:02/27/2025}}
Billing NPI and Tax ID on file
Line 1: CPT 99214-25, ICD-10 E11.9, I10, units 1, charge $210.00
Line 2: CPT 93000, ICD-10 R00.2, units 1, charge $64.00
Line 3: CPT 36415, units 1, charge $12.00
Service facility: {{LOCATION:Mesa Verde Internal Medicine}}, {{LOCATION:9200 Indian School Rd NE}}, {{LOCATION:Albuquerque}} NM {{LOCATION:87112-3001}}
Remit: CO-45 $38.40, PR-3 $30.00 copay.
` },
{ id: 'h2-046', kind: 'research enrolment log', text: `
STUDY VISIT LOG - Protocol ONC-2291 (NCT05512345), Site 014
Subject ID: {{OTHER_ID:014-0037}}   Initials: {{NAME:R.K.M.}}   Consent v3.1 signed {{DATE:2025-03-04}} (witness: {{NAME:Ama Owusu}}, CRC)
C1D1 {{DATE:2025-03-11}}: pembrolizumab 200 mg IV. AE: grade 1 fatigue (CTCAE v5).
C2D1 {{DATE:2025-04-01}}: TSH 6.8 (grade 1 hypothyroid). Continue.
Biobank aliquots: {{OTHER_ID:BB-014-0037-03}} (plasma), {{OTHER_ID:BB-014-0037-04}} (PBMC).
PI: Dr. {{NAME:Leopold Krasinski}}. Sponsor monitor visit {{DATE:April 22}}.
` },
{ id: 'h2-047', kind: 'patient portal message', text: `
Message from patient ({{DATE:09/02/2025}} 22:18):
hi its {{NAME:Dominique}} ({{NAME:Dominique Beauchamp-Ngata}}), my new number is {{PHONE:(503) 771 0940}} and i moved to {{LOCATION:7715 SE Foster Rd #12}}, {{LOCATION:Portland}} {{LOCATION:97206}}. also my insurance changed to Moda, member # {{HEALTH_PLAN:MOD88102933}}. can dr {{NAME:Ishikawa}} refill my sertraline 100mg?? I have 3 pills left. thx. ps my mom {{NAME:Hine}} says hi lol
Staff reply ({{DATE:9/3}} 08:05): demographics updated, refill routed. -{{NAME:Priscila}} (MA)
` },
{ id: 'h2-048', kind: 'pharmacy verification with license numbers', text: `
CONTROLLED SUBSTANCE RX VERIFICATION
Rx #{{OTHER_ID:6630921}}   Drug: oxycodone/APAP 5/325 mg #20, 1 tab q6h PRN, 0 refills
Prescriber: {{NAME:Farouk El-Sayed}}, DDS   DEA {{LICENSE:FE4471923}}   State lic. {{LICENSE:DN-033815}}
Patient: {{NAME:Camille Rousseau}}  DOB {{DATE:02-14-2001}}  ID checked: WA driver license {{LICENSE:ROUSSCM221QA}}
PDMP checked {{DATE:10/3/25}} 15:10: 1 prior opioid fill {{DATE:07/2024}} (hydrocodone #12, Dr. {{NAME:Yamamoto}}).
Pharmacist: {{NAME:Olamide Adeyinka}}, RPh, lic. {{LICENSE:PH60441198}}
` },
{ id: 'h2-049', kind: 'IT security incident (IP / URL)', text: `
Privacy office ticket PRV-25-00312 - opened {{DATE:11 June 2025}}
Unusual access to the chart of {{NAME:Rutendo Chikwanha}} (MRN {{MRN:3348190}}) from workstation WS-ICU-14 ({{IP:10.12.88.214}}) and from an external address {{IP:203.0.113.77}} via {{URL:https://remote.valleymedical.example.com/citrix/}}.
User: {{NAME:bthornberry}} ({{NAME:Blake Thornberry}}, unit clerk). Accessed notes dated {{DATE:6/2/25}} - {{DATE:6/9/25}}.
Patient notified by letter to {{LOCATION:1200 Bellflower Dr}}, {{LOCATION:Lakewood}}, CO {{LOCATION:80215}} and at {{EMAIL:rchikwanha@protonmail.example}}.
Also IPv6 seen: {{IP:2001:db8:4f2a::19}}.
` },
{ id: 'h2-050', kind: 'fax cover sheet', text: `
FAX
To: Dr. {{NAME:Benedetta Russo}} / {{LOCATION:Coastal Neurology Group}}    Fax: {{FAX:(843) 402-7719}}
From: {{NAME:Janelle Marsh}}, referral coordinator    Phone: {{PHONE:(843) 402-1160}}   Fax: {{FAX:(843) 402-1169}}
Date: {{DATE:07/07/2025}}    Pages: 6 (including cover)
RE: {{NAME:Tomasz Wisniewski}}, DOB {{DATE:9/9/1955}} - referral for EMG/NCS, bilateral hand numbness, r/o CTS vs cervical radiculopathy.
Attached: office note {{DATE:6/30/25}}, C-spine MRI report, med list, insurance card (front/back).
The information contained in this facsimile is confidential...
` },
{ id: 'h2-051', kind: 'biometric / photo enrolment', text: `
PATIENT IDENTITY - registration note {{DATE:2025-10-14}}
{{NAME:Nomvula Dlamini}} enrolled in palm-vein patient ID. Palm vein template ID {{BIOMETRIC:PV-7741-20931}}; left index fingerprint hash {{BIOMETRIC:FPH9a41c27e}}.
Registration photo stored: {{PHOTO:reg_photo_dlamini_20251014.jpg}}. Wound photo series for pressure injury sacrum in media tab: {{PHOTO:WND-0091-001.jpeg}}, {{PHOTO:WND-0091-002.jpeg}}.
Voiceprint for telephone self-service enrolled, voice ID {{BIOMETRIC:VX-55102}}.
Clerk: {{NAME:Elif Yildiz}}.
` },
{ id: 'h2-052', kind: 'transport / vehicle note', text: `
CASE MANAGEMENT - transport
Pt {{NAME:Reginald "Reggie" Baptiste}}, dialysis MWF at {{LOCATION:Fresenius Kidney Care Gentilly}} 06:00 chair.
Medicaid NEMT ride booked via MTM, trip # {{OTHER_ID:88213047}}. Pt's own car (2014 Nissan Altima, LA plate {{VEHICLE:XFR 418}}, VIN {{VEHICLE:1N4AL3AP2EC174493}}) was towed {{DATE:10/21}}.
Sister {{NAME:Claudette Baptiste}} ({{PHONE:504-281-6672}}) will drive on Saturdays.
Disability parking placard {{OTHER_ID:DP-1188420}} expired {{DATE:Sept 2025}}; renewal form given.
` },
{ id: 'h2-053', kind: 'pathology report', text: `
SURGICAL PATHOLOGY REPORT    Case: {{OTHER_ID:S25-18842}}
Patient: {{NAME:Haddad, Rania}}   MRN {{MRN:0912874}}   Collected {{DATE:04/15/2025}}   Received {{DATE:04/15/2025}}   Reported {{DATE:04/18/2025}}
Submitting: {{NAME:Gideon Abramowitz}}, MD ({{LOCATION:Hartwell Breast Center}})
Specimen: A) L breast 2 o'clock, US-guided core bx x4.
Diagnosis: invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclear 2, mitoses 1 = 6/9). ER 95% strong, PR 40% moderate, HER2 IHC 2+, FISH pending (ratio to follow). Ki-67 18%.
Block A2 sent for Oncotype if requested.
{{NAME:Mireille Fontaine}}, MD, Pathologist. Electronically signed {{DATE:4/18/2025}} 16:12.
` },
];
