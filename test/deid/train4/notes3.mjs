// train4: open development set, part 3 (messages, chat, IT, community and addiction care).
export default [
{ id: 't4-024', kind: 'patient portal message', text: `
From: {{NAME:kayla brooks}} <{{EMAIL:kaylab1992@inboxmail.example.com}}>
Sent: {{DATE:3/18/25}} 11:42 PM
Subject: my moms meds??

hi dr {{NAME:amara}} its {{NAME:kayla}}, {{NAME:jo}}'s daughter. mom ({{NAME:josephine brooks}} dob {{DATE:5-6-33}}) is {{AGE_OVER_89:91}} now and shes been real confused since the new pill u started on the {{DATE:12th}}?? the oxybutinin i think. she fell in the bathroom sun night, no injury. can u call me at {{PHONE:555-310-7788}} after 3. we r at my house now {{LOCATION:22 ridgeview ct}} in {{LOCATION:plainfield}} not her place. also her walgreens changed to the one on {{LOCATION:route 59}}.
thx {{NAME:kayla}}
` },
{ id: 't4-025', kind: 'patient portal message', text: `
Message thread - MyChart
{{DATE:Apr 3}} 07:15  {{NAME:Will Ferreira}}: Morning Dr {{NAME:Hope}}, bp readings this week 142/91, 138/88, 151/95. took the amlodipine 5 every day. also my wifes name is on my account wrong, its {{NAME:Dawn-Marie Ferreira}} not {{NAME:Dawn Marie}}. member id is {{HEALTH_PLAN:ZGP900417712}}
{{DATE:Apr 3}} 12:02  Dr. {{NAME:Hope Castellano}}: Hi {{NAME:Will}}, thanks. Let's go up to amlodipine 10 mg. Please book a nurse BP check. I will ask the front desk to fix the spouse name.
{{DATE:Apr 3}} 12:40  {{NAME:Will Ferreira}}: ok will do. i hope it works lol. fyi new cell {{PHONE:(555) 443-2019}} and email {{EMAIL:will.ferreira77@fastmail.example}}
` },
{ id: 't4-026', kind: 'patient portal message', text: `
to: dermatology nurse line
from: {{NAME:mark oyelaran}}  ({{EMAIL:m.oyelaran@uni.example.edu}})
date: thu {{DATE:2 jan 2025}}

heya, attaching pics of the rash as asked - {{PHOTO:rash_arm_jan2.png}} and {{PHOTO:rash_chest_jan2.png}}. its spreading, itchy 7/10, started after the amoxicillin from urgent care on {{DATE:dec 29}}. no lip swelling. my gf {{NAME:april}} says it looks like hives. im at the dorm ({{LOCATION:Harmon Hall rm 314}}) if u need to send anything. student id {{OTHER_ID:U88120467}} for the billing thing.
- {{NAME:mark}}
` },
{ id: 't4-027', kind: 'clinician secure chat', text: `
#4-west-hospitalists  (secure chat export {{DATE:2025-05-21}})
[07:02] @{{NAME:jsantiago}}: pt {{NAME:Bernadette Kuiper}} rm 4412 overnight temp 38.9, lactate 2.6, cx sent. started pip-tazo.
[07:04] @{{NAME:mfitzgerald}}: thx {{NAME:Jorge}}. her MRN {{MRN:01193874}}?  family is coming at 10
[07:05] @{{NAME:jsantiago}}: yes. daughter {{NAME:Grace}} {{PHONE:608-555-0134}}. HCP paperwork in media tab
[07:11] @{{NAME:pnair2}}: fyi {{NAME:Kuiper}} had ESBL E. coli in {{DATE:Jan 2025}} at {{LOCATION:Meriter Hospital}} - switch to meropenem?
[07:12] @{{NAME:mfitzgerald}}: agree, meropenem 1 g q8h. will page ID (Dr. {{NAME:Faith Ambrose}})
[07:30] @{{NAME:mfitzgerald}}: 4/4 cultures pending. BP 104/60, MAP 75
` },
{ id: 't4-028', kind: 'clinician chat with handles', text: `
Teams chat - ED/Radiology  Fri {{DATE:14 Feb 2025}}
{{NAME:Nikolai Petrov}} (ED) 01:14: can you read CT head on bed 9 pt {{NAME:Ortega, Ramon}}, acc {{OTHER_ID:RAD25-0091182}}? fell off ladder, GCS 14/15, on warfarin, INR 3.2
Dr. {{NAME:Sunita Rao}} (Rad) 01:22: small R SDH 6 mm, no shift. Images: {{PHOTO:CT_HEAD_ORTEGA_R_0214.zip}}
{{NAME:Nikolai Petrov}} 01:23: thanks {{NAME:Sunita}}. giving Kcentra 25 units/kg. neurosurg is Dr. {{NAME:Bill Nakamura}} tonight?
Dr. {{NAME:Sunita Rao}} 01:24: yes, {{NAME:Bill}} is on, ext 4-4419
{{NAME:Nikolai Petrov}} 01:40: wife {{NAME:Mercedes}} says he is {{AGE_OVER_89:ninety-four}}, not 84 as registered - pls fix DOB to {{DATE:02/11/1930}}
` },
{ id: 't4-029', kind: 'IT helpdesk ticket', text: `
INC0048812  Priority 3  Opened {{DATE:2025-06-02}} 09:18 by {{NAME:lbarrington}} ({{NAME:Leah Barrington}}, RN, 6 North)
Short description: Patient cannot log in to portal, telehealth video fails
Details: Pt {{NAME:Samuel Achterberg}} (MRN {{MRN:7718823}}) reports "account locked". Portal user name {{NAME:sam.achterberg}}, registered email {{EMAIL:samach@telco.example.net}}. Tried from home IP {{IP:73.158.22.104}} and from his daughter's IP {{IP:2601:646:8200:5a40::1f}}.
Telehealth link that failed: {{URL:https://telehealth.northsidehealth.example/visit/88231-achterberg}}
Work notes ({{NAME:dkhoury}} 10:02): unlocked account; WAF had blocked {{IP:73.158.22.104}} after 6 failed attempts. Whitelist not needed. Server app-portal-03 ({{IP:10.20.4.17}}) is fine. Closed 10:15.
` },
{ id: 't4-030', kind: 'IT ticket and access audit', text: `
SECURITY REVIEW - EHR ACCESS AUDIT   Case SEC-2025-0417   Reviewer: {{NAME:Martina Okafor}} (Privacy Office)
Trigger: VIP record access alert for patient {{NAME:Delphine Arceneaux}}, MRN {{MRN:5530921}}
{{DATE:04/17/2025}} 22:41:07  user {{NAME:tgriggs}}  ws PC-4N-12  IP {{IP:10.44.12.87}}   action=VIEW chart
{{DATE:04/17/2025}} 22:43:55  user {{NAME:tgriggs}}  ws PC-4N-12  IP {{IP:10.44.12.87}}   action=PRINT face sheet
{{DATE:04/18/2025}} 01:10:13  user {{NAME:cwu3}}     remote VPN  IP {{IP:172.58.199.4}}  action=VIEW notes
Findings: {{NAME:Tamara Griggs}} (unit clerk) had no treatment relationship. {{NAME:Chen Wu}} was the covering RN. Referred to HR. Patient notified by letter to {{LOCATION:3301 Magazine St}}, {{LOCATION:New Orleans}}, LA {{LOCATION:70115}}.
` },
{ id: 't4-031', kind: 'telehealth visit', text: `
TELEHEALTH VISIT (video)  {{DATE:2/26/2025}} 14:00-14:22
Patient: {{NAME:Abdirahman Warsame}}, 44 M, MRN {{MRN:EV-330184}}. Located at home in {{LOCATION:Cedar-Riverside}}, {{LOCATION:Minneapolis}}. Consent verbal.
Interpreter: Somali, ID {{OTHER_ID:INT-5521}} ({{NAME:Hodan}}).
Connection: patient IP {{IP:24.118.77.201}}, session {{URL:https://vv.fairviewcare.example/s/warsame-a-0226}}
S: cough x 3 weeks, night sweats. Brother {{NAME:Yusuf Warsame}} had TB {{DATE:Oct 2024}}.
A/P: r/o TB - IGRA, CXR, sputum AFB x3 at {{LOCATION:Riverside Clinic}}. Public health notified (Ms. {{NAME:Karen Lindahl}} {{PHONE:612-555-0177}}).
` },
{ id: 't4-032', kind: 'opioid treatment programme dosing', text: `
OTP DOSING RECORD - {{LOCATION:New Horizons Recovery Center}}, {{LOCATION:Huntington}}, WV
Client: {{NAME:Jesse Caudill}}   OTP # {{OTHER_ID:NH-22817}}   DOB {{DATE:08/30/1986}}
Identity check at window: palm-vein scan {{BIOMETRIC:PV-7741-0093}} matched; photo on file {{PHOTO:caudill_j_id.jpg}}
{{DATE:5/1}} methadone 90 mg observed - {{NAME:R. Stapleton}}, LPN
{{DATE:5/2}} methadone 90 mg observed - {{NAME:R. Stapleton}}, LPN    UDS: + methadone, - fentanyl, - benzo
{{DATE:5/3}} take-home x1 (Sunday) approved by Dr. {{NAME:Faith Cordell}}; lockbox checked
Counselor {{NAME:Hunter Bledsoe}}, LCADC: 12-step attendance 3/week, employed at {{LOCATION:Marshall Univ}} dining. COWS 2. Probation officer {{NAME:Dale Wickline}} {{PHONE:304-555-0166}}; docket {{OTHER_ID:CC-06-2024-F-117}}.
` },
{ id: 't4-033', kind: 'substance-use treatment note', text: `
SUD INTENSIVE OUTPATIENT - GROUP + INDIVIDUAL NOTE   {{DATE:June 5, 2025}}
Client: {{NAME:Amber Rose Lindqvist}} ("{{NAME:Rosie}}")   DOB {{DATE:1999-03-17}}   Chart {{MRN:IOP-00912}}
ASAM level 2.1. Days abstinent from alcohol: 41 (since {{DATE:April 25}}). PEth < 20 ng/mL. Naltrexone 50 mg daily.
Voice-print check-in for the after-hours line enrolled: voiceprint ID {{BIOMETRIC:VPR-00912-A}}.
Client reports conflict with boyfriend {{NAME:Cody}} and stress at her job (Starbucks). Sponsor {{NAME:Joy}} supportive. Will attend AA at {{LOCATION:First Lutheran Church}}, {{LOCATION:411 Main St}}, {{LOCATION:Fargo}}.
Breathalyzer ignition interlock on her car (plate ND {{VEHICLE:812 KTY}}) reported 0 violations.
Clinician: {{NAME:Marisol Teague}}, LAC
` },
{ id: 't4-034', kind: 'home-care visit', text: `
HOME HEALTH SKILLED NURSING VISIT   Visit {{DATE:2025-03-12}} 10:05-11:00
Patient: {{NAME:Ezekiel Tuttle}}   {{AGE_OVER_89:96}} yo M   Agency MRN {{MRN:HH-884102}}   Medicare {{HEALTH_PLAN:7AH3-TT1-KW22}}
Address: {{LOCATION:RR 2 Box 148}}, {{LOCATION:Hillsboro}}, MO {{LOCATION:63050}} (gravel drive past the Baptist church)
Vitals: BP 118/64, HR 72, SpO2 95% on 2 L O2 (concentrator SN {{DEVICE:INV-PLT5-77120}}), wt 61.2 kg (down 1.1).
Wound: sacral stage 3, 3.0 x 2.1 x 0.4 cm, photo {{PHOTO:tuttle_sacrum_20250312.jpg}} uploaded. Santyl + foam.
Caregiver: granddaughter {{NAME:Page Tuttle}} ({{PHONE:636-555-0102}}). Scale IMEI {{DEVICE:358240051118822}} reporting daily.
Next visit {{DATE:3/14}}. RN: {{NAME:Gwendolyn Ohlsson}}
` },
{ id: 't4-035', kind: 'skilled nursing transfer form', text: `
INTERFACILITY TRANSFER FORM
From: {{LOCATION:Rosewood Manor Skilled Nursing}}, {{LOCATION:900 Elm Ridge Dr}}, {{LOCATION:Bowling Green}}, KY {{LOCATION:42101}}   Ph {{PHONE:270-555-0150}}  Fax {{FAX:270-555-0151}}
To: {{LOCATION:The Medical Center at Bowling Green}} ED      Date/time: {{DATE:01/08/2025}} 04:30
Resident: {{NAME:LaVerne Hatcher}}    DOB {{DATE:12/25/1929}}    Age {{AGE_OVER_89:95}}    SSN {{SSN:402-55-1187}}
Code status: DNR/DNI (POLST signed {{DATE:10/2/2023}}).   Allergies: sulfa.
Reason: hypoxia SpO2 84%, fever 39.2. Baseline: A&O x1, wheelchair, Barthel 20/100.
Meds last given: acetaminophen 650 mg 02:00; levetiracetam 500 mg 21:00.
Responsible party: nephew {{NAME:Curtis Hatcher}} {{PHONE:270-555-8813}}. Physician: Dr. {{NAME:Miles Pendergast}}.
Sent by {{NAME:Ashley Burchett}}, LPN.  Hearing aids (Phonak SN {{DEVICE:2219A0447}} / {{DEVICE:2219A0448}}) sent with resident.
` },
];
