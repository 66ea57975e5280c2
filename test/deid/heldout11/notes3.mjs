// heldout11 notes3: retrieval (RAG) chunks cut mid-sentence, as a gateway sees them inside prompts (h11-021..030).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-021', 'rag-chunks-json', String.raw`
Context (top 3 of 12, cosine):
[{"score":0.8412,"doc":"dc_summary_{{MRN:00418827}}.pdf","page":2,"text":"...ospital course was complicated by AKI (Cr peak 2.9 on {{DATE:10/14}}) which resolved with fluids. Mrs. {{NAME:Ferreira-Lindgren}} was seen by nephrology (Dr. {{NAME:Ikechukwu Anozie}}) who recommended holding lisinopril until f/u. She was discharged to {{LOCATION:Hebrew SeniorLife}} on {{DATE:10/19/2025}} with her daughter {{NAME:Ingrid}} as health care pro"},
 {"score":0.8107,"doc":"dc_summary_{{MRN:00418827}}.pdf","page":3,"text":"xy (phone {{PHONE:617-555-0124}}). Follow-up: PCP Dr. {{NAME:Nadia Samaan}} in 1 wk; nephrology in 4 wk at {{LOCATION:Beth Israel Deaconess Needham}}. Pending: SPEP. Age at discharge {{AGE_OVER_89:93}}. Code status DNR/DNI confirmed with pat"},
 {"score":0.7733,"doc":"pt_msg_{{DATE:2025-10-22}}.txt","page":1,"text":"hi this is {{NAME:Ingrid}} {{NAME:Lindgren}}, moms still confused after the hospital, shes at {{LOCATION:1200 Centre St}} room 214, can someone call me back at the number above or {{EMAIL:ingrid.lindgren@example.com}}"}]
Question: what did nephrology recommend?
`),

n('h11-022', 'rag-chunks-overlap', String.raw`
### Retrieved passages (chunk_size=400, overlap=80)

<chunk id="op_note_7741#4">
 patient was positioned supine. A 4.5 mm cannulated screw was placed under fluoroscopy. Implant: Synthes screw, serial {{DEVICE:7H22-0918-A}}, placed in the left femoral neck. Estimated blood loss 50 mL. Surgeon: {{NAME:Bartholomew Achebe-Lowell}}, MD. Assistant: {{NAME:Priya Venkataraman}}, PA-C. Patient: {{NAME:Wojcik, Stanislawa}}, MRN {{MRN:K7741-0032}}, DOB {{DATE:1930-07-07}}
</chunk>
<chunk id="op_note_7741#5">
-C. Patient: {{NAME:Wojcik, Stanislawa}}, MRN {{MRN:K7741-0032}}, DOB {{DATE:1930-07-07}} (age {{AGE_OVER_89:95}}). Disposition: PACU then 6 West. Daughter-in-law {{NAME:Grazyna}} notified at {{PHONE:(860) 555-0158}} by Dr. {{NAME:Achebe-Low}}
</chunk>
<chunk id="op_note_7741#6">
{{NAME:ell}} at 14:20. Post-op plan: weight bearing as tolerated, enoxaparin 40 mg SC daily x 28 days, PT/OT, follow-up {{DATE:12/09/2025}} at {{LOCATION:Hartford HealthCare Bone & Joint Institute}}.
</chunk>
`),

n('h11-023', 'rag-langchain-documents', String.raw`
[Document(page_content='nued on home O2 2 L NC. Her granddaughter {{NAME:Yolanda Pitts}} (cell {{PHONE:901-555-0183}}) manages meds. PCP: {{NAME:Everett Bosworth}}, NP, {{LOCATION:Christ Community Health - Frayser}}. Lives at {{LOCATION:3121 Overton Crossing St}}, {{LOCATION:Memphis}} {{LOCATION:38127}}. BiPAP settings 14/6, device serial {{DEVICE:RSD-22B4-77810}}. Ne', metadata={'source': 's3://clinical-notes-prod/{{MRN:MH0092231}}/{{DATE:2025-11-02}}_pulm.txt', 'patient': '{{NAME:Pitts, Lorraine D}}', 'author': '{{NAME:ebosworth}}', 'created': '{{DATE:2025-11-02}}'}),
 Document(page_content='xt visit {{DATE:1/6/26}}. Spirometry today FEV1 0.91 L (38% pred), FVC 1.88 L, ratio 0.48. mMRC 3, CAT 24. 6MWT 210 m, nadir SpO2 86%. Discussed pulmonary rehab at {{LOCATION:Regional One}} again; she declines transport - grandson {{NAME:Tavon}} works days', metadata={'source': 's3://clinical-notes-prod/{{MRN:MH0092231}}/{{DATE:2025-11-02}}_pulm.txt', 'page': 2})]
`),

n('h11-024', 'rag-markdown-kb', String.raw`
> **Source 1** - *Care team wiki / Complex patients / {{NAME:Hadley-Okonkwo, Theodora}}* (last edited {{DATE:Nov 12, 2025}} by {{NAME:jpfeiffer}})
> ...ecause of the allergy to chlorhexidine (anaphylaxis {{DATE:2022-03}}) use povidone-iodine only. Port placed {{DATE:04/18/2023}}, PowerPort SN {{DEVICE:18FV22041}}. Mom ({{NAME:Abigail}}) prefers texts at {{PHONE:(317) 555-0121}}; dad ({{NAME:Chinedu Okonkwo}}) is the legal guardian on weekends per the custody order, case {{OTHER_ID:49D12-2104-DC-001377}}. School is {{LOCATION:IPS School 58}}; school nurse fax {{FAX:317-555-0106}}. Do NOT discuss with the maternal grandfather {{NAME:Lyle Hadley}}, who has a no-contact ord
>
> **Source 2** - *Allergy protocol v3* (generic)
> ...chlorhexidine-free prep kit (SKU 4471-CF). Premedicate per protocol only when ordered. See ICD-10 Z88.8 and T49.0X5A for coding.
`),

n('h11-025', 'rag-chunk-cut-names', String.raw`
You are answering from these excerpts only. If the answer is not there, say so.

Excerpt A (pages 11-12 of scanned chart, OCR):
 the patient's brother, Mr. {{NAME:Emeka Nwosu}}, who lives at {{LOCATION:48 Adeniran Ogunsanya St}}, {{LOCATION:Surulere}}, {{LOCATION:Lagos}}, and can be reached on {{PHONE:+234 803 555 0147}}. Patient is {{NAME:Chiamaka Nwosu-Baptiste}}, hospital no. {{MRN:LUTH/25/118402}}, NIN {{OTHER_ID:55018832274}}. She travelled to {{LOCATION:Houston}} on {{DATE:2 October 2025}} and presented to {{LOCATION:Ben Taub}} on {{DATE:5 October}} with f

Excerpt B (page 13):
ever 39.6 and a positive malaria smear (P. falciparum 2.1%). Treated with IV artesunate 2.4 mg/kg at 0, 12, 24 h. Her husband {{NAME:Jean-Robert Baptiste}}, passport {{OTHER_ID:HT0418872}}, asked for a letter for his employer. Discharged {{DATE:10/9/2025}}; contact Dr. {{NAME:Funmilayo Adesanya}} (ID) at {{EMAIL:f.adesanya@example-tmc.org}}.
`),

n('h11-026', 'rag-vector-hit-table', String.raw`
retrieved (pgvector, k=4):
 id    | similarity | chunk
-------+------------+---------------------------------------------------------------------
 88213 |      0.912 | ...ferral from {{LOCATION:Sanford Clinic Bemidji}}: {{NAME:Lightfoot, Ardis}} {{DATE:9/2/1946}}, MRN {{MRN:S-3312874}}, tribal ID {{OTHER_ID:RLB-004417}}, Medicaid {{HEALTH_PLAN:MN44718820}}. CKD 4, eGFR
 88214 |      0.897 | 19 on {{DATE:10/28/25}}. AVF placed {{DATE:11/10}} by Dr {{NAME:Gustafsson}}. Transport by {{LOCATION:Red Lake}} van. Son {{NAME:Curtis Lightfoot}} {{PHONE:218-555-0127}}. Home {{LOCATION:Hwy 1 E, box 112}}, {{LOCATION:Redby}}
 91002 |      0.741 | Dialysis chair assignment policy: chairs 1-12 MWF, 13-24 TTS. Kt/V target >= 1.2, URR >= 65%. Contact charge RN ext 4417.
 91877 |      0.702 | ...d {{NAME:Ardis}} asked whether her niece {{NAME:Marlene}} could drive her; niece's car (maroon Impala, MN plate {{VEHICLE:JRD 884}}) is not wheelchair-acces
`),

n('h11-027', 'rag-email-archive-chunks', String.raw`
Relevant emails found (3):
---[mailbox: {{EMAIL:care.coord@example-mercyhealth.org}} | msg 5512 | chunk 2/3]---
d he missed dialysis twice this week. His wife {{NAME:Perpetua}} says the car broke down (blue Honda Odyssey, VIN {{VEHICLE:5FNRL5H62BB094417}}). Can social work call her at {{PHONE:563-555-0116}}? - {{NAME:Ruairi}}
---[msg 5519 | chunk 1/1]---
From: {{NAME:Ruairi Mac Giolla Phadraig}} <{{EMAIL:rmacgiolla@example-mercyhealth.org}}>
Subject: RE: {{NAME:Ikeoluwa Adebisi}} - transport
Sent: Wednesday, {{DATE:November 19, 2025}} 4:02 PM
Medicaid NEMT approved, trip IDs {{OTHER_ID:NEMT-771204}} and {{OTHER_ID:NEMT-771205}}. Pickup {{LOCATION:2204 Brady St}}, {{LOCATION:Davenport}} 5:10 AM for {{LOCATION:Genesis Dialysis East}}.
---[msg 5523 | chunk 3/3]---
...nks. Also FYI his member # changed, new one {{HEALTH_PLAN:IA-HHP-0071884102}}, and account {{ACCOUNT:GEN-4418277}} has a credit bal
`),

n('h11-028', 'rag-guideline-mixed', String.raw`
[1] (guideline, no PHI) "...for adults aged 65 and older, screen for AAA once between 65 and 75 in men who have ever smoked (USPSTF B). Ultrasound preferred; CPT 76706..."
[2] (chart {{MRN:11830492}}, note {{DATE:2025-08-07}}) "...71M, 45 pack-years, quit 2019. AAA screen {{DATE:8/7/25}}: infrarenal aorta 4.1 cm. Plan repeat US in 12 months at {{LOCATION:Lehigh Valley Hospital-Muhlenberg}}. Pt {{NAME:Augustin Szabo-Kiraly}} agrees; wife {{NAME:Erzsebet}} (Hungarian only) - use interpreter line. Address {{LOCATION:1417 W Union Blvd}}, {{LOCATION:Bethlehem}} PA {{LOCATION:18018}}. Next appt {{DATE:Aug 2026}}. Referred by Dr. {{NAME:Wendt}}..."
[3] (chart {{MRN:11830492}}, scanned letter) "...photo of abdomen incision {{PHOTO:scan_0007.tif}}, signed {{NAME:L. Wendt}}, MD, lic {{LICENSE:MD-441872}}, {{DATE:8/12/2025}}..."
`),

n('h11-029', 'rag-citations-answer', String.raw`
Draft answer with citations (please verify):
The patient, {{NAME:Paora Te Whatu}} (NHI {{HEALTH_PLAN:ZKT4417}}), had his last HbA1c of 71 mmol/mol on {{DATE:14/10/2025}} [doc 3]. He lives at {{LOCATION:27 Kahikatea Drive}}, {{LOCATION:Flaxmere}}, {{LOCATION:Hastings}} {{LOCATION:4120}} with his partner {{NAME:Mere}} and their whanau [doc 1]. His GP is Dr {{NAME:Tamsin Ruawai}} at {{LOCATION:Te Taiwhenua o Heretaunga}} [doc 1], ph {{PHONE:06 555 0419}}. Retinal photos {{PHOTO:RET_L_20251014.jpg}} and {{PHOTO:RET_R_20251014.jpg}} showed R1 [doc 4]. He was born {{DATE:3/9/1971}} [doc 2].
Sources:
[1] referral_{{DATE:2025-09-30}}.pdf p1 ("...his partner {{NAME:Mere}} and their wh")
[2] demographics export row 44
[3] labs {{URL:https://results.example-tdhb.nz/p/ZKT4417/hba1c}}
[4] retinal screening report
`),

n('h11-030', 'rag-ticket-kb', String.raw`
Top hit (IT knowledge base, ticket INC0091772, resolved):
"...user reported that patient photos uploaded from the ward iPad (asset IPAD-W6-0419, IP {{IP:10.22.61.14}}) were attaching to the wrong chart. Example: wound image {{PHOTO:IMG_4471.JPG}} for {{NAME:Dorota Michalak-Fenn}} (MRN {{MRN:3301772}}) was filed under {{NAME:Dorothy Fenn}} (MRN {{MRN:3301727}}) on {{DATE:Oct 3}}. Root cause: barcode scanner {{DEVICE:ZB-DS8178-22917}} paired to two iPads. Fixed by {{NAME:wokafor}}; HIM notified ({{EMAIL:him.corrections@example-stlukes.org}}). Corrected {{DATE:10/06/2025}}..."
Second hit (generic): "How to re-pair a Zebra DS8178 scanner: hold the pairing button 5 s, scan the cradle barcode..."
`),
];
