// heldout11 notes1: prompts sent to chat assistants that paste parts of a chart (h11-001..010).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-001', 'chat-prompt-prior-auth', String.raw`
can you turn this into a prior auth letter for adalimumab? keep it under a page, insurer wants "failure of conventional therapy" spelled out. chart below, copied from epic:

Patient: {{NAME:Rosalind Achterberg-Mba}}   DOB: {{DATE:03/14/1961}}   MRN: {{MRN:E00482913}}
Member ID {{HEALTH_PLAN:XQW884120017}} (group 77120, Cascade Mutual)
Address on file: {{LOCATION:2218 NE Fremont St}}, {{LOCATION:Portland}}, OR {{LOCATION:97212}}
HPI: 64F with HS Hurley stage II since 2019. Failed doxycycline 100 mg BID x 16 wk ({{DATE:Jan 2025}}-{{DATE:May 2025}}) and clindamycin/rifampin x 10 wk. IHS4 score 14. Drained 3 lesions in clinic {{DATE:9/30/2025}}.
Labs {{DATE:10/02/2025}}: QuantiFERON neg, HBsAg neg, CRP 18.2.
Referring: {{NAME:Imogen Vasquez-Throll}}, DO, {{LOCATION:Alberta Street Family Medicine}}, ph {{PHONE:503-555-0162}}, fax {{FAX:503-555-0163}}
Dermatology: Dr. {{NAME:Kwabena Osei-Tutu}}, NPI 1093884412

sign it from Dr {{NAME:Osei-Tutu}} and put our fax {{FAX:(503) 555-0199}} at the bottom. thanks!!
`),

n('h11-002', 'chat-prompt-plain-language', String.raw`
SYSTEM: You are a helpful assistant for Harbourview Clinic staff. Never give a diagnosis.
USER: Rewrite this discharge instruction at a 6th grade level. The patient is {{NAME:Teodoro Balagtas}} ({{AGE_OVER_89:91}} y/o), he lives with his granddaughter {{NAME:Maricel}} who will read it to him.

--- pasted ---
Mr. {{NAME:Balagtas}} was admitted {{DATE:11/03/2025}} for CAP (RLL), CURB-65 = 3, treated ceftriaxone 1 g IV q24h + azithromycin 500 mg, switched to amox-clav 875/125 BID on {{DATE:11/06/2025}} to complete 7 days total. Discharged {{DATE:11/07/2025}} to home, {{LOCATION:1407 Kapahulu Ave, Apt 3B}}, {{LOCATION:Honolulu}}.
Follow up with Dr {{NAME:Leilani Kahananui}} at {{LOCATION:Kaimuki Medical Group}} within 7 days, call {{PHONE:808-555-0144}}.
SpO2 on discharge 94% RA. Return if temp > 38.3 C, RR > 24, confusion.
HICN/MBI {{HEALTH_PLAN:4TQ2-WX8-RK61}}
--- end ---
USER: also make a tagalog version pls
`),

n('h11-003', 'chat-api-request-json', String.raw`
POST /v1/chat/completions  (captured by the gateway test harness, {{DATE:2025-11-18}}T14:02:55Z, client {{IP:10.41.7.22}})
{"model":"clin-assist-large","temperature":0.2,"messages":[
 {"role":"system","content":"Summarise the referral for the triage nurse in 5 bullet points."},
 {"role":"user","content":"Referral for {{NAME:Haruto Nakagawa-Pierce}}, DOB {{DATE:1979-06-02}}, MRN {{MRN:4471209}}. Ref by Dr. {{NAME:Anneliese Voorhees}} ({{EMAIL:avoorhees@lakeshore-peds.example.org}}). Reason: new AF, CHA2DS2-VASc 1, TSH 0.02. Pt works nights at the {{LOCATION:Menomonee Falls}} distribution centre, wife {{NAME:Sachiko}} cell {{PHONE:414-555-0117}}. Holter {{DATE:11/12/25}} - {{DATE:11/14/25}}, device SN {{DEVICE:HX7-20931-B}}. Prior echo images: {{URL:https://pacs.lakeshore.example.org/viewer?study=1.2.840.55.4471209.7}}"}
],"user":"{{NAME:kbrandvold}}"}
`),

n('h11-004', 'chat-multiturn-coding', String.raw`
User: which ICD-10 for this? "{{AGE_OVER_89:94}} yo female, mechanical fall at {{LOCATION:Brookdale Sun City West}} on {{DATE:10/28}}, L hip pain, xray neg, ct shows nondisplaced L superior pubic ramus fx"
Assistant: S32.592A (other specified fracture of left pubis, initial encounter) with W01.0XXA and Y92.129 for the place of occurrence. Would you like the CPT for the CT?
User: yes and also her name is {{NAME:Vera Lindqvist-Harmon}}, acct {{ACCOUNT:HAR-2207814}}, does the account number go on the claim
Assistant: I'd avoid pasting identifiers here. For the CT pelvis without contrast it is 72192.
User: ok. one more, her daughter {{NAME:Pernilla}} called from {{PHONE:(623) 555-0138}} asking about the bill, she has POA, SSN she gave was {{SSN:000-44-9187}} which doesnt match ours. what do i do
Assistant: Please follow your privacy office's identity verification process before discussing the account.
`),

n('h11-005', 'chat-prompt-extract-json', String.raw`
Extract medications as JSON array {name, dose, route, freq}. Ignore everything else.

MEDICATION RECONCILIATION - {{LOCATION:St. Brendan's Community Hospital}}
Patient {{NAME:O'Dowd, Siobhan Marie}} | MRN {{MRN:SB-0093318}} | Adm {{DATE:12-Nov-2025}} | Attending {{NAME:R. Castellanos}}
Home pharmacy: {{LOCATION:Walgreens #04417}}, {{LOCATION:88 Main St}}, {{LOCATION:Woburn}} MA, {{PHONE:781-555-0129}}
1. apixaban 5 mg PO BID (last dose {{DATE:11/11}} 2100)
2. metoprolol succinate 50 mg PO daily
3. levothyroxine 88 mcg PO qAM
4. insulin glargine 22 units SC qHS - pt uses pen, pump (Tandem t:slim X2 SN {{DEVICE:1187734}}) discontinued 2023
5. acetaminophen 650 mg PO q6h PRN
Verified with husband {{NAME:Declan}} by phone; reconciled by {{NAME:tmurphy2}} PharmD.
`),

n('h11-006', 'chat-prompt-portal-reply', String.raw`
Help me write a kind reply to this patient message. Don't promise a refill, Dr {{NAME:Farouk}} is out until {{DATE:Dec 1}}.

> From: {{NAME:Delphine Okwuosa-Reyes}} <{{EMAIL:delphine.or1987@example.com}}>
> Sent via MyChart {{DATE:11/21/2025}} 11:48 PM
> hi its {{NAME:delphine}}, DOB {{DATE:8/9/87}}. my sertraline ran out on sunday and the pharmacy ({{LOCATION:CVS on Lyndale}}) says they need a new rx. i also moved, new address is {{LOCATION:3340 Bryant Ave S unit 2}}, {{LOCATION:Minneapolis}} {{LOCATION:55408}}, and my new cell is {{PHONE:612 555 0175}}. my insurance changed to medica too, id {{HEALTH_PLAN:MDC0044718203}}. sorry for all the info lol. PHQ-9 on the app said 11 if that matters

Her chart says last visit {{DATE:Aug 14}} with {{NAME:Hamid Farouk}} MD, next available is Dr. {{NAME:Bjorklund}} on {{DATE:12/3}}.
`),

n('h11-007', 'chat-prompt-table-trend', String.raw`
Look at these A1c values and tell me if the trend is meaningful. Patient is {{NAME:Guadalupe Ixchel Tun}}, MRN {{MRN:77102458}}.

| Date       | A1c  | eGFR | UACR | Site |
|------------|------|------|------|------|
| {{DATE:2024-02-11}} | 9.8  | 71   | 44   | {{LOCATION:Clinica Esperanza}} |
| {{DATE:2024-06-19}} | 8.9  | 69   | 38   | {{LOCATION:Clinica Esperanza}} |
| {{DATE:2024-11-02}} | 8.1  | 70   | 35   | {{LOCATION:La Clinica del Valle}} |
| {{DATE:2025-05-27}} | 7.4  | 66   | 29   | {{LOCATION:La Clinica del Valle}} |

Started semaglutide 0.25 mg weekly {{DATE:March 2024}}, now 1 mg. Lives in {{LOCATION:Pharr}} with her son {{NAME:Efrain}}. Glucometer Contour Next One SN {{DEVICE:7HPA-004219}} synced to app account {{ACCOUNT:cn1-guadalupe.tun}}.
`),

n('h11-008', 'chat-prompt-translate', String.raw`
translate to spanish, keep the formatting:

Dear Ms. {{NAME:Quispe}},
Your colonoscopy with Dr. {{NAME:Nnamdi Ezeh}} is booked for Thursday {{DATE:January 8, 2026}} at 7:30 AM at the {{LOCATION:Endoscopy Center of Paterson}}, {{LOCATION:680 Broadway}}, {{LOCATION:Paterson}}, NJ {{LOCATION:07514}}. Your driver must stay in the building. Start the clear liquid diet the day before. If you need to cancel, call {{PHONE:973-555-0186}}.
Your case number is {{OTHER_ID:END-25-118804}}. Please bring your insurance card (member {{HEALTH_PLAN:HZN 3318 0472 19}}) and a photo ID.

(patient is {{NAME:Ruth Quispe Mamani}}, DOB {{DATE:04/22/1958}}, cell {{PHONE:973.555.0142}} in case you need it)
`),

n('h11-009', 'chat-prompt-differential', String.raw`
Im an NP at a rural clinic, not looking for a diagnosis just a differential to think about.
Pt {{NAME:Wendell Two Feathers}} 58M, farm in {{LOCATION:Rosebud}}, hx T2DM (A1c 8.2), HTN. 3 days fever 39.4, myalgia, thrombocytopenia 88K, AST 140 ALT 122. Tick exposure clearing brush on his cousin {{NAME:Delbert}}'s land near {{LOCATION:Mission}} on {{DATE:June 21}}. Rash on wrists and ankles - photos uploaded as {{PHOTO:IMG_20250626_0912.HEIC}} and {{PHOTO:IMG_20250626_0913.HEIC}}. IHS chart {{MRN:RST-118-0442}}. He drove himself in, truck is a white Ford F-250 plate {{VEHICLE:4B 1182}} in case we need to send someone. Doxy already started. Also the weight is 112 kg, BMI 34.
CBC: WBC 3.1, Hgb 13.8, plt 88. Na 131. Ehrlichia PCR sent to {{LOCATION:Sanford Laboratories}}, accession {{OTHER_ID:SL25-441872}}. Should I call the state epidemiologist ({{PHONE:605-555-0115}})?
`),

n('h11-010', 'chat-prompt-code-debug', String.raw`
why does this python throw KeyError 'dob'? the row came from our registry export:

row = {"pt_name": "{{NAME:Nguyen Thi Bich Ngoc}}", "birth_date": "{{DATE:1990-12-30}}", "mrn": "{{MRN:00993011}}",
       "street": "{{LOCATION:14525 Brookhurst St}}", "city": "{{LOCATION:Westminster}}", "zip": "{{LOCATION:92683}}",
       "phone": "{{PHONE:714-555-0190}}", "email": "{{EMAIL:ngocnguyen90@example.net}}", "last_login_ip": "{{IP:198.51.100.87}}",
       "pcp": "{{NAME:Huy Tran}}", "a1c": 6.1, "bmi": 23.4, "icd10": ["E11.9", "Z79.4"]}
age = compute_age(row["dob"])   # <- KeyError
print(f"{row['pt_name']} is {age}")

also is it ok that i logged the whole row to /var/log/registry_export.log
`),
];
