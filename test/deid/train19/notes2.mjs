// train19 notes 2: chat turns with pasted chart details, JSON extraction output, eval logs, tickets.
export default [
  {
    id: 't19-010',
    kind: 'user prompt with pasted clinic letter',
    text: `
USER: rewrite this for the patient in plain language, grade 6 reading level:
"Dear Dr {{NAME:Mwangi}}, I reviewed {{NAME:Wanjiru Kamau-Otieno}} in the {{LOCATION:Aga Khan University Hospital}} diabetes clinic on {{DATE:12 November 2026}}. HbA1c 9.1%. She lives in {{LOCATION:Kileleshwa}} with her husband {{NAME:Njoroge}} and works at {{LOCATION:Sarit Centre}}. Metformin XR 1 g BD, add Jardiance 10 mg. Review in 3 months. Dr {{NAME:Achieng Odhiambo}}"
ASSISTANT: Here is a simpler version for {{NAME:Wanjiru}}: You saw the sugar doctor on {{DATE:12 November}}. Your sugar test (HbA1c) was high...
USER: also she asked if her sister {{NAME:Nyambura}} can come with her next time from {{LOCATION:Nyeri}}. and the pharmacy is {{LOCATION:Goodlife Pharmacy Westlands}}, can you add that
ASSISTANT: Sure. I added: "Your sister {{NAME:Nyambura}} is welcome to come. Collect Jardiance from {{LOCATION:Goodlife Pharmacy Westlands}}." Note that Jardiance can cause thrush and you should drink water. Next review: {{DATE:February 2027}} with Dr {{NAME:Odhiambo}}.
`,
  },
  {
    id: 't19-011',
    kind: 'structured extraction output (JSON)',
    text: `
{"extracted": {
  "patient": {"given": "{{NAME:Thandiwe}}", "family": "{{NAME:Mthembu}}", "age": 47, "sex": "F"},
  "encounter": {"date": "{{DATE:2026-10-08}}", "facility": "{{LOCATION:Chris Hani Baragwanath Academic Hospital}}", "ward": "Medical Ward 21"},
  "next_of_kin": [{"name": "{{NAME:Sipho Mthembu}}", "relation": "brother", "phone": "{{PHONE:+27 11 555 0193}}"}],
  "address": "{{LOCATION:2381 Vilakazi Street}}, {{LOCATION:Orlando West}}, {{LOCATION:Soweto}}, {{LOCATION:1804}}",
  "diagnoses": ["TB meningitis", "HIV, CD4 112"], "medications": ["Rifafour", "dexamethasone", "Biktarvy"],
  "clinician": "Dr {{NAME:L. van Wyk}}"},
 "confidence": 0.88}
{"warnings": ["second address found in text: {{LOCATION:Stand 4410}}, {{LOCATION:Diepkloof Zone 3}}", "name variant '{{NAME:Thandi}}' merged with '{{NAME:Thandiwe}}'"],
 "source_note_excerpt": "...sister-in-law {{NAME:Nomsa Mthembu}} took her to {{LOCATION:Mofolo Clinic}} on {{DATE:5 Oct}}..."}
{"extracted_2": {"patient": {"given": "{{NAME:Lwazi}}", "family": "{{NAME:Dlamini-Ngcobo}}"}, "encounter": {"date": "{{DATE:2026-10-11}}", "facility": "{{LOCATION:Zola Community Health Centre}}"},
  "address": "{{LOCATION:77 Bolani Road}}, {{LOCATION:Jabavu}}", "clinician": "Sister {{NAME:Zanele Radebe}}"}, "confidence": 0.71}
`,
  },
  {
    id: 't19-012',
    kind: 'agent scratchpad with repeated names',
    text: `
[step 1] goal: find the correct phone for {{NAME:Gulalai Rahimi}}'s daughter so the clinic can confirm transport.
[step 2] read_chart -> contacts: {{NAME:Mahbooba Rahimi}} (daughter) {{PHONE:(916) 555-0127}}; {{NAME:Farid Rahimi}} (son) {{PHONE:(916) 555-0188}}.
[step 3] note says {{NAME:Mahbooba}} moved from {{LOCATION:Arden-Arcade}} to {{LOCATION:Elk Grove}} in {{DATE:August 2026}}. Dari interpreter needed.
[step 4] {{NAME:Gulalai}} is {{AGE_OVER_89:91}}; transport via Paratransit from {{LOCATION:8120 Bruceville Rd}} to {{LOCATION:Kaiser South Sacramento}}.
[step 5] answer: call {{NAME:Mahbooba}} first. Do not use the Farsi line; family speaks Dari.
[step 6] user follow-up: "Actually {{NAME:Mahbooba}} is in {{LOCATION:Kabul}} visiting until {{DATE:Dec 15}}."
[step 7] revise -> call {{NAME:Farid}} at {{PHONE:(916) 555-0188}}; his wife {{NAME:Zarghona}} can also help. Pick-up address unchanged. Clinic contact {{NAME:Samantha Greer}}, RN, {{LOCATION:Kaiser South Sacramento}} Cardiology Clinic.
[step 8] final: message to {{NAME:Farid Rahimi}}: "Salaam {{NAME:Farid}}, your mother {{NAME:Gulalai}} has an appointment at {{LOCATION:Kaiser South Sacramento}} on {{DATE:December 2}}. The van comes to {{LOCATION:8120 Bruceville Rd}} at 8:15."
`,
  },
  {
    id: 't19-013',
    kind: 'support ticket (patient portal access)',
    text: `
#{{OTHER_ID:HD-448190}}  Status: Pending customer
From: {{EMAIL:ines.barbosa.lemos@example.pt}}
"I can't see my father's results in the app. He is {{NAME:Joaquim Barbosa de Lemos}}, born {{DATE:03/02/1934}}, utente {{HEALTH_PLAN:SNS 000 482 117}}. We live in {{LOCATION:Rua do Almada 212}}, {{LOCATION:4050-032}} {{LOCATION:Porto}}. I am his proxy since {{DATE:janeiro de 2026}}. - {{NAME:Ines}}"
Agent {{NAME:Tiago Ferraz}}: Proxy form not found. Please upload the signed form at {{URL:https://portal.example.pt/proxy/upload}}. Logged in from {{IP:203.0.113.208}}.
Customer reply ({{DATE:27/11/2026}}): "Uploaded. Also my brother {{NAME:Rui Barbosa de Lemos}} in {{LOCATION:Braga}} needs access too. His email is {{EMAIL:rui.bl@example.pt}}."
Agent {{NAME:Tiago Ferraz}}: Approved for {{NAME:Ines}}; {{NAME:Rui}} must submit his own form. The clinic ({{LOCATION:Centro de Saude de Cedofeita}}) was informed.
`,
  },
  {
    id: 't19-014',
    kind: 'RAG chunks from psychiatric letter',
    text: `
>> retrieved (bm25, k=3)
[1] ...when {{NAME:Aroha}} was admitted to {{LOCATION:Te Whare Marie}} the whanau, including her koro {{NAME:Hemi Ngata}} and aunty {{NAME:Ripeka Tawhiri}}, were present. She grew up in {{LOCATION:Ruatoria}} and moved to {{LOCATION:Porirua}} for work at the...
[2] ...Olanzapine 10 mg nocte; Kessler 10 score 34. Key worker: {{NAME:Manaia Paewai}} ({{PHONE:027 555 0146}})...
[3] ...discharge planned for {{DATE:2 December}} to her flat at {{LOCATION:14 Kenepuru Drive}}, {{LOCATION:Kenepuru}}, under the {{LOCATION:Porirua Community Mental Health}} team...
[4] ...whanau hui held at {{LOCATION:Takapuwahia Marae}} on {{DATE:20 November}}; {{NAME:Aroha Ngata}}'s mother {{NAME:Huia Ngata}} travelled from {{LOCATION:Gisborne}}. Clinical psychologist Dr {{NAME:Tama Rangihuna}} present...
`,
  },
  {
    id: 't19-015',
    kind: 'model answer (med reconciliation)',
    text: `
Based on the two lists you pasted (the {{LOCATION:Walgreens}} on {{LOCATION:Halsted}} fill history and the discharge list from {{LOCATION:Rush University Medical Center}}), Mr. {{NAME:Dabrowski}} has these discrepancies:
1. Eliquis 5 mg BID on discharge, but Walgreens still fills warfarin (last fill {{DATE:11/03/2026}}).
2. Lasix 40 mg vs 20 mg.
His daughter {{NAME:Agnieszka Dabrowska-Reyes}} should be told. Prescriber on the warfarin is Dr. {{NAME:Zbigniew Wolak}} (DEA {{LICENSE:BW5550194}}). Rx number {{OTHER_ID:6120094-03}}.
Polish is his first language; a Polish interpreter is recommended.
Also: the {{LOCATION:Jewel-Osco pharmacy}} on {{LOCATION:Milwaukee Ave}} filled metoprolol on {{DATE:10/28/2026}} under a different DOB ({{DATE:04/17/1944}} vs {{DATE:04/14/1944}}) - possibly another {{NAME:Dabrowski}}. Please confirm his address: {{LOCATION:5238 N Natoma Ave}}, {{LOCATION:Chicago}} {{LOCATION:60656}}.
Patient portal link for the daughter: {{URL:https://mychart.example.org/proxy/invite?u=adabrowskareyes}}. Her message was sent from {{IP:192.0.2.214}}.
`,
  },
  {
    id: 't19-016',
    kind: 'evaluation transcript (redaction test)',
    text: `
test_id=redact_037 expected_redactions=6
raw: "Pt {{NAME:Ngo Thi Thu Huong}} (MRN {{MRN:BV-118-0442}}) from {{LOCATION:Hoc Mon}} district, {{LOCATION:Ho Chi Minh City}}, admitted {{DATE:04/11/2026}} to {{LOCATION:Cho Ray Hospital}}; husband {{NAME:Tran Van Khoa}} tel {{PHONE:028 5555 0196}}."
model: "Pt [NAME] (MRN [ID]) from [LOC] district, [LOC], admitted [DATE] to [LOC]; husband [NAME] tel [PHONE]."
result: PASS (6/6). Dengue and Vietnam not redacted (correct).
test_id=redact_038 expected_redactions=5
raw: "Ba {{NAME:Le Thi Hoa}} ({{AGE_OVER_89:93}} tuoi), {{LOCATION:Phuong 7}}, {{LOCATION:Quan 3}}, con trai {{NAME:Pham Minh Tuan}}, seen {{DATE:12/11/2026}}."
model: "Ba [NAME] ({{AGE_OVER_89:93}} tuoi), [LOC], [LOC], con trai [NAME], seen [DATE]."
result: FAIL (4/5) - age over 89 not redacted.
test_id=redact_039 expected_redactions=4
raw: "Xe may bien so {{VEHICLE:59-X2 555.18}} cua anh {{NAME:Do Quang Vinh}} bi tai nan o {{LOCATION:Nga tu Hang Xanh}} ngay {{DATE:02/11/2026}}."
model: "Xe may bien so [ID] cua anh [NAME] bi tai nan o [LOC] ngay [DATE]." result: PASS.
`,
  },
  {
    id: 't19-017',
    kind: 'tool call (lab lookup) with error',
    text: `
call: get_labs({"mrn": "{{MRN:00918234}}", "from": "{{DATE:2026-11-01}}", "to": "{{DATE:2026-11-26}}"})
error: 403 - user {{NAME:okafor.n}} not on care team for patient {{NAME:ESPINOZA QUISPE, Maribel}}
retry as {{NAME:dr.huaman}} (attending, {{LOCATION:Hospital Regional de Cusco}}) -> 200
result: Hb 9.8, ferritin 6, TSH 2.1. Notes: lives in {{LOCATION:San Jeronimo}}, {{LOCATION:Cusco}}; sister {{NAME:Yolanda Espinoza}} brings her. Quechua speaker.
note: prior visit {{DATE:2026-09-14}} at {{LOCATION:Centro de Salud Belempampa}}; referred by obstetra {{NAME:Rosa Mamani Condori}}. Husband {{NAME:Wilber Huaman Ccahua}} phone {{PHONE:984 555 217}}.
assistant: {{NAME:Maribel}} has iron-deficiency anaemia (Hb 9.8, ferritin 6). Suggest IV iron at {{LOCATION:Hospital Antonio Lorena}} and check for hookworm, given farm work in {{LOCATION:Anta}}. Sister {{NAME:Yolanda}} prefers calls after 18:00.
`,
  },
  {
    id: 't19-018',
    kind: 'prompt for a letter to a care home',
    text: `
Draft a handover letter to {{LOCATION:Sunnyside Lodge}}, {{LOCATION:22 Marine Parade}}, {{LOCATION:Whitley Bay}} {{LOCATION:NE26 1AR}} for our patient {{NAME:Hope Armstrong}} ({{AGE_OVER_89:93}}), returning {{DATE:28/11/2026}} after a fractured NOF. Her key contact is her nephew {{NAME:Will Bishop}} on {{PHONE:07700 900461}}. Mention Adcal-D3, Apixaban 2.5 mg BD, and that the Waterlow is 18. Sign as {{NAME:Grace Oyebanji}}, Ward 12 discharge coordinator, {{LOCATION:North Tyneside General Hospital}}.
Also mention: she was admitted from {{LOCATION:Sunnyside Lodge}} on {{DATE:14/11/2026}} after a fall in the garden; the manager there is {{NAME:Lynne Charlton}}. Physio {{NAME:Mo Farah-Ibrahim}} recommends a Zimmer frame. GP is {{LOCATION:Park Road Medical Practice}}, {{LOCATION:Wallsend}}.
`,
  },
];
