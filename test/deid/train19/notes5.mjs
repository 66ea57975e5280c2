// train19 notes 5: retrieval over letters and notes (cut), prompts with pasted details, audit-style tickets.
export default [
  {
    id: 't19-037',
    kind: 'RAG chunks (geriatric letters, cut)',
    text: `
chunk_id=ltr-2291#p2
...und her late husband {{NAME:Isaak}}. Mrs {{NAME:Rivka Goldfarb-Perlman}} ({{AGE_OVER_89:97}}) was a teacher at the {{LOCATION:Bialik School}} in {{LOCATION:Ramat Gan}} and moved to {{LOCATION:Beit Tovei Ha'ir}} residence in {{DATE:May 2025}}. Her daughter {{NAME:Tamar Levi-Sasson}} lives in {{LOCATION:Haifa}} and...
chunk_id=ltr-2291#p3
...Rabbi {{NAME:Menachem Shapiro}} visits weekly. MMSE 21/30; Donepezil 5 mg. Geriatrician: Dr {{NAME:Yosef Amsalem}}, {{LOCATION:Sheba Medical Center}}, {{LOCATION:Tel HaShomer}}. Tel {{PHONE:03-555-0164}}...
chunk_id=ltr-2291#p4
...Ensure twice daily. Hebrew and Yiddish; some Russian.
assistant: From these chunks: Mrs {{NAME:Goldfarb-Perlman}}, {{AGE_OVER_89:97}}, lives at {{LOCATION:Beit Tovei Ha'ir}} ({{LOCATION:Ramat Gan}}) since {{DATE:May 2025}}; moderate dementia (MMSE 21/30) on donepezil; geriatrician Dr {{NAME:Amsalem}} at {{LOCATION:Sheba}}. Daughter {{NAME:Tamar}} in {{LOCATION:Haifa}} is the contact; grandson {{NAME:Noam Sasson}} ({{PHONE:054-555-0181}}) handles appointments.
`,
  },
  {
    id: 't19-038',
    kind: 'prompt drafting a referral (transgender care)',
    text: `
Please write a referral letter to the {{LOCATION:Gender Identity Clinic at Leman Street}} for my patient. Details:
Name: {{NAME:Rowan Ashby}} (previously {{NAME:Rebecca Ashby}}; please use {{NAME:Rowan}}, he/him)
DOB {{DATE:17.08.2003}}, NHS no. {{HEALTH_PLAN:000 555 4821}}
Address: Flat 3, {{LOCATION:41 Kingsland High Street}}, {{LOCATION:London}} {{LOCATION:E8 2JS}}
GP: me, Dr {{NAME:Tomasz Wisniewski}}, {{LOCATION:Lawson Practice}}
Hx: gender dysphoria since age 12, supported by mum {{NAME:Jo}}. PHQ-9 11. No contraindications. Email {{EMAIL:rowan.ashby99@example.co.uk}}.
Also: he has had bloods at {{LOCATION:Homerton}} ({{DATE:03/11/2026}}), and was seen previously at {{LOCATION:Tavistock and Portman}} as a teen (2018). His sister {{NAME:Ellie Ashby}} is his emergency contact, {{PHONE:07700 900774}}. Prefers letters not posted to the home address as his dad ({{NAME:Graham}}) opens post.
`,
  },
  {
    id: 't19-039',
    kind: 'tool result: patient search (JSON list)',
    text: `
search_patients(q="Nguyen") -> 3 results
[{"name": "{{NAME:Nguyen Van Binh}}", "dob": "{{DATE:1948-02-11}}", "mrn": "{{MRN:SJ-004412}}", "city": "{{LOCATION:San Jose}}"},
 {"name": "{{NAME:Nguyen Thi Mai Lan}}", "dob": "{{DATE:1990-06-30}}", "mrn": "{{MRN:SJ-017735}}", "city": "{{LOCATION:Milpitas}}"},
 {"name": "{{NAME:Bao-Chau Nguyen}}", "dob": "{{DATE:2016-10-05}}", "mrn": "{{MRN:SJ-022981}}", "city": "{{LOCATION:Santa Clara}}"}]
assistant: Three patients named {{NAME:Nguyen}} match. Which one did you mean: the man born in 1948, {{NAME:Mai Lan}}, or the child?
user: the child, {{NAME:Bao-Chau}}. mom is {{NAME:Thu Trang}}
assistant: {{NAME:Bao-Chau Nguyen}} (MRN {{MRN:SJ-022981}}), seen {{DATE:2026-11-12}} at {{LOCATION:Valley Health Center Tully}} for otitis media; amoxicillin 90 mg/kg/day. Mother {{NAME:Nguyen Thu Trang}}, {{PHONE:408-555-0133}}, {{LOCATION:1840 Story Rd}}, {{LOCATION:San Jose}} {{LOCATION:95122}}.
user: send the note to the school nurse at {{LOCATION:Lowell Elementary}}? assistant: I need a signed release from {{NAME:Thu Trang}} first. Fax number on file for the school: {{FAX:408-555-0138}}.
`,
  },
  {
    id: 't19-040',
    kind: 'support ticket (wrong photo in chart)',
    text: `
Subject: Wrong patient photo attached
{{NAME:Amara Diallo}} (registration, {{LOCATION:Hopital Principal de Dakar}}) writes:
"The ID photo {{PHOTO:IMG_20261124_0933.jpg}} in the record of {{NAME:Mamadou Lamine Sow}} (dossier {{MRN:HPD-26-08841}}) is of another man, {{NAME:Moussa Ndiaye}}, registered the same morning. Mr {{NAME:Sow}} is from {{LOCATION:Thies}}; Mr {{NAME:Ndiaye}} from {{LOCATION:Rufisque}}."
Action ({{NAME:Fatou Camara}}, IT): photo moved; face-match template {{BIOMETRIC:FT-5530-0192}} regenerated.
Follow-up: Mr {{NAME:Ndiaye}}'s wife {{NAME:Aissatou Ba}} confirmed by phone ({{PHONE:+221 77 555 04 19}}). Both files audited by {{NAME:Ousmane Faye}} on {{DATE:25/11/2026}}. New photo for Mr {{NAME:Sow}}: {{PHOTO:IMG_20261125_1012.jpg}}.
`,
  },
  {
    id: 't19-041',
    kind: 'model answer (social history summary)',
    text: `
Social history (from the notes you shared):
{{NAME:Bishop Okoro}} is a 52-year-old bus driver for Arriva based at the {{LOCATION:Thornton Heath}} garage. He lives with his wife {{NAME:Ngozi}} and three children on {{LOCATION:Brigstock Road}}. Attends {{LOCATION:Christ Apostolic Church}}, {{LOCATION:Croydon}}. Ex-smoker (quit 2019), alcohol 4 units/week. His brother {{NAME:Chukwuemeka}} in {{LOCATION:Owerri}} had a stroke at 50.
(Note: "{{NAME:Bishop}}" is his first name, not a title.)
Medical: hypertension (amlodipine 10 mg), pre-diabetes. Occupational health at Arriva asked for a DVLA D4 form; his PCV licence number is {{LICENSE:OKORO703125BC9JK}}. GP: Dr {{NAME:Helen Vaughan-Lee}}, {{LOCATION:Brigstock Medical Practice}}.
`,
  },
  {
    id: 't19-042',
    kind: 'agent scratchpad (discharge checklist)',
    text: `
checklist for {{NAME:Anahit Petrosyan}} (bed 22, {{LOCATION:Glendale Adventist}}):
[x] meds reconciled - Losartan, Januvia
[x] f/u with Dr. {{NAME:Garegin Hovhannisyan}} {{DATE:12/08}}
[ ] ride: son {{NAME:Aram}} cannot; book Access van from {{LOCATION:1320 N Louise St}}, {{LOCATION:Glendale}} {{LOCATION:91207}}
[ ] Armenian interpreter for teaching, ID {{OTHER_ID:ARM-2207}}
[ ] home health: {{LOCATION:Ararat Home Health}} fax {{FAX:818-555-0122}}
thought: {{NAME:Anahit}}'s granddaughter {{NAME:Lilit}} is listed as HIPAA contact, phone {{PHONE:818-555-0199}}.
[ ] SNF backup: {{LOCATION:Ararat Nursing Facility}}, {{LOCATION:Mission Hills}}, contact {{NAME:Siranush Grigoryan}} {{PHONE:818-555-0140}}
done: summary sent to Dr. {{NAME:Hovhannisyan}}'s office at {{LOCATION:Glendale Memorial}} by fax {{FAX:818-555-0197}} on {{DATE:11/26}}.
`,
  },
  {
    id: 't19-043',
    kind: 'eval transcript (summarisation, Georgian names)',
    text: `
### Sample 14
Source note: "{{NAME:Nino Beridze}}, 61, from {{LOCATION:Kutaisi}}, admitted to {{LOCATION:Todua Clinic}}, {{LOCATION:Tbilisi}}, on {{DATE:7 October 2026}}. Husband {{NAME:Levan Tsiklauri}}; daughter {{NAME:Mariam}}. Cardiologist {{NAME:Giorgi Kapanadze}}."
Candidate summary: "61F from {{LOCATION:Kutaisi}}, admitted {{DATE:7 Oct}}, cardiology follow-up."
Rater {{NAME:t.gelashvili}}: coverage 3/5, no names leaked, place leaked (city). Georgian is fine in output.
### Sample 15
Source note: "{{NAME:Tamar Gogichaishvili}}, {{AGE_OVER_89:90}}, {{LOCATION:Batumi}}, seen {{DATE:3 Nov}}; grandson {{NAME:Luka Japaridze}} ({{PHONE:+995 555 12 34 07}})."
Candidate summary: "Woman in her 90s from Adjara, seen in November." Rater {{NAME:t.gelashvili}}: PASS.
### Sample 16
Source note: "Fr. {{NAME:Davit Mchedlishvili}}, priest at {{LOCATION:Sameba Cathedral}}, brought {{NAME:Ketevan Abashidze}} ({{AGE_OVER_89:99}}) from {{LOCATION:Mtskheta}} on {{DATE:14 Nov 2026}}."
Candidate summary: "A {{AGE_OVER_89:99}}-year-old woman was brought by a priest." Rater: FAIL (age over 89).
`,
  },
  {
    id: 't19-044',
    kind: 'prompt with pasted lab letter (Baltic)',
    text: `
Explain this result letter to me simply, it's about my mother:
"{{LOCATION:Vilniaus universiteto ligonine Santaros klinikos}}, {{DATE:2026-11-18}}. Paciente" -- sorry, copy broke. Patient: {{NAME:Ona Kazlauskiene}}, born {{DATE:1940-04-04}}. TSH 8.9, FT4 low. Endocrinologist: {{NAME:Rasa Petrauskaite}}. Next visit at {{LOCATION:Antakalnio poliklinika}}."
I'm her son {{NAME:Mindaugas}}, we live in {{LOCATION:Zirmunai}}.
ASSISTANT: {{NAME:Mindaugas}}, the letter says your mother's thyroid is underactive (TSH 8.9 is high). Dr {{NAME:Petrauskaite}} will likely start levothyroxine (Euthyrox). Bring her medication list to {{LOCATION:Antakalnio poliklinika}}. If she feels very cold, confused or very slow, call her GP, Dr {{NAME:Jurgita Vaitkute}}, or go to {{LOCATION:Santaros klinikos}}.
USER: thank you. one more: her neighbour {{NAME:Birute Jankauskiene}} from {{LOCATION:Kalvariju gatve 120}} takes her to appointments, can the clinic call her at {{PHONE:+370 655 50 123}}?
ASSISTANT: You can ask the clinic to add {{NAME:Birute}} as a contact; your mother must agree.
`,
  },
  {
    id: 't19-045',
    kind: 'function call (transport booking, vehicle)',
    text: `
book_transport({
  "patient": "{{NAME:Kalani Ioane}}", "pickup": "{{LOCATION:Pago Pago}} dock, {{LOCATION:LBJ Tropical Medical Center}} side",
  "destination": "{{LOCATION:Queen's Medical Center}}, {{LOCATION:Honolulu}}", "date": "{{DATE:2026-12-03}}",
  "escort": "{{NAME:Faleolo Ioane}} (mother)", "wheelchair": true, "vehicle_plate": "{{VEHICLE:AS 4417}}",
  "contact": "{{PHONE:684-555-0107}}"})
result: {"trip_id": "{{OTHER_ID:MEDEVAC-AS-2026-118}}", "flight": "Hawaiian Airlines HA465", "escort_passport": "on file", "status": "pending approval by Dr {{NAME:Tavita Fuimaono}}"}
assistant: {{NAME:Kalani}} is booked on {{DATE:December 3}}; {{NAME:Faleolo}} will escort. Accommodation at {{LOCATION:Hale Kokua house}} near {{LOCATION:Queen's}}.
Ground transport in {{LOCATION:Honolulu}}: {{LOCATION:The Queen's Medical Center}} shuttle, van plate {{VEHICLE:QMC 512}}, driver {{NAME:Kimo Kealoha}}. Medical record from {{LOCATION:LBJ Tropical Medical Center}}: MRN {{MRN:LBJ-0098112}}.
`,
  },
];
