// train19 notes 1: RAG chunks cut mid-sentence, tool-call JSON, agent scratchpad, chart summary, referral prompt.
export default [
  {
    id: 't19-001',
    kind: 'RAG retrieval chunks (cut mid-sentence)',
    text: `
[chunk 3/11 | source=discharge_summary.pdf | score=0.82]
...ed to the ward under Dr {{NAME:Adaeze Nwachukwu-Bello}} on {{DATE:3 March 2026}}. Mother ({{NAME:Chiamaka}}) reports the child had been staying with her grandmother in {{LOCATION:Nsukka}} until {{DATE:February 2026}}. Zinc and ORS were started; stool culture grew Shigella sonnei, sensitive to azithro...
[chunk 4/11 | source=discharge_summary.pdf | score=0.79]
...th follow-up at {{LOCATION:Enugu State University Teaching Hospital}} paediatric outpatients, or nearer at {{LOCATION:Ogui Road}} health post. Contact: {{PHONE:0803 555 0172}}. Dictated by {{NAME:K. Eze}}, reviewed by {{NAME:Obiageli Okafor}} (consultant)...
[chunk 7/11 | source=letter_gp.docx | score=0.61]
...ase note that Bactrim is not indicated. Yours sincerely, {{NAME:Tobenna Anyanwu}}, Registrar, Paediatrics
[chunk 8/11 | source=nursing_notes.txt | score=0.58]
...night staff nurse {{NAME:Ifeoma Chukwuemeka}} documented that the father, {{NAME:Nnamdi Okonkwo-Eze}}, arrived from {{LOCATION:Abakaliki}} at 02:00 and asked for the child to be moved to the {{LOCATION:Mother and Child Hospital}}, {{LOCATION:Enugu}}. Weight 11.2 kg; ORS 75 ml/kg given over 4 h...
[chunk 9/11 | source=discharge_summary.pdf | score=0.55]
...discharged {{DATE:9 March 2026}} to the family home at {{LOCATION:14 Zik Avenue}}, {{LOCATION:Uwani}}. Next appointment {{DATE:23/03/2026}}...
`,
  },
  {
    id: 't19-002',
    kind: 'tool call JSON (schedule appointment)',
    text: `
assistant -> tool: schedule_appointment
{"patient_name": "{{NAME:Leilani Kahananui}}", "dob": "{{DATE:1988-07-14}}", "mrn": "{{MRN:HK-2290417}}",
 "clinic": "{{LOCATION:Kapiolani Women's Center}}", "provider": "{{NAME:Keoni Alapa'i}}", "reason": "GDM follow-up, A1 diet controlled",
 "preferred_dates": ["{{DATE:2026-12-02}}", "{{DATE:2026-12-04}}"], "callback": "{{PHONE:808-555-0139}}",
 "address": {"line1": "{{LOCATION:94-1040 Waipahu St}}", "city": "{{LOCATION:Waipahu}}", "state": "HI", "zip": "{{LOCATION:96797}}"},
 "interpreter": "Hawaiian Pidgin not needed", "insurance_member_id": "{{HEALTH_PLAN:HMSA-88120457}}"}
tool -> assistant: {"status": "booked", "slot": "{{DATE:2026-12-04}}T09:30", "confirmation": "{{OTHER_ID:APT-55K-7731}}"}
assistant -> user: Done. {{NAME:Leilani}} is booked with {{NAME:Keoni Alapa'i}} at {{LOCATION:Kapiolani Women's Center}} on {{DATE:December 4}} at 9:30. I sent the reminder to {{EMAIL:leilani.k@example.net}}. Her sister {{NAME:Malia Kahananui-Soares}} in {{LOCATION:Kaneohe}} is listed as the backup contact ({{PHONE:808-555-0163}}).
`,
  },
  {
    id: 't19-003',
    kind: 'agent scratchpad (plan)',
    text: `
Thought: The user wants a summary of {{NAME:Mehmet Yilmazer}}'s cardiology history before his visit to {{LOCATION:Kartal Kosuyolu}} next week.
Plan:
1. search_records(patient="{{NAME:Mehmet Yilmazer}}", since="{{DATE:2024-01}}")
2. Extract echo results (EF 35%, moderate MR) and the Holter from {{LOCATION:Acibadem Maslak}}.
3. Note wife {{NAME:Ayse Yilmazer}} is the contact; daughter {{NAME:Elif}} lives in {{LOCATION:Izmit}}.
Observation: 4 documents found. The Holter ({{DATE:11 Sep 2025}}) was read by Dr {{NAME:Serkan Ozturk-Demir}}.
Thought: Entresto 49/51 mg was started in {{DATE:October 2025}}; Turkish is the preferred language, so output in Turkish is not required (user writes English).
Plan revision: do not mention {{NAME:Elif}}'s address in {{LOCATION:Yahya Kaptan Mahallesi}}; not relevant.
Final answer: {{NAME:Mehmet}} Bey has HFrEF (EF 35%) on Entresto, bisoprolol 5 mg, Jardiance. Followed at {{LOCATION:Kosuyolu Yuksek Ihtisas}} by Prof. {{NAME:Nurhan Ercan}}. Holter ({{LOCATION:Acibadem}}) showed NSVT runs. Next echo {{DATE:January 2027}}. Lives in {{LOCATION:Kadikoy}}, {{LOCATION:Istanbul}}.
Observation 2: cardiac rehab letter from {{LOCATION:Haydarpasa Numune}} dated {{DATE:3 Dec 2025}} names physiotherapist {{NAME:Gokhan Celik}}; the patient's brother {{NAME:Hasan Yilmazer}} drove him from {{LOCATION:Uskudar}}. Thought: brother not relevant; omit.
`,
  },
  {
    id: 't19-004',
    kind: 'model answer summarising a chart',
    text: `
Here is a summary of the chart for {{NAME:Siosaia Tupou}} (78 M):

- **Admitted** {{DATE:14/11/2026}} to {{LOCATION:Middlemore Hospital}} from his home in {{LOCATION:Mangere East}} with decompensated heart failure.
- **Background**: T2DM, CKD stage 3b, gout. Lives with son {{NAME:Viliami}} and daughter-in-law {{NAME:Mele Tupou}} on {{LOCATION:Buckland Road}}.
- **GP**: Dr {{NAME:Ana Fifita}}, {{LOCATION:Otara Family Health}}.
- **Plan**: furosemide IV, daily weights, fluid restriction 1.5 L. Church minister Rev. {{NAME:Sione Havili}} of {{LOCATION:Free Wesleyan Church Otahuhu}} visits daily.

Note: the NYHA class is III. I did not include his NHI number as you asked.
Medications on admission: furosemide 40 mg, allopurinol 100 mg, metformin 500 mg BD (held, eGFR 28), Lantus 18 units. Discharge destination: home with district nursing from {{LOCATION:Counties Manukau Health}}; the family asked that his grandson {{NAME:Tevita}} be the main contact on {{PHONE:021 555 0172}}.
`,
  },
  {
    id: 't19-005',
    kind: 'prompt asking for a referral letter',
    text: `
can you draft a referral to neurology for this pt, keep it short and formal:

pt {{NAME:Bronagh Mac Giolla Phadraig}}, dob {{DATE:22/05/1971}}, {{LOCATION:7 Bothar na Tra}}, {{LOCATION:Salthill}}, {{LOCATION:Galway}} {{LOCATION:H91 X2K7}}
3 episodes of transient L arm numbness since {{DATE:Sept 2026}}, last one {{DATE:19 Nov}}. MRI brain at {{LOCATION:Bon Secours Galway}} nil acute. On aspirin 75 mg.
referring: me, Dr {{NAME:Fionnuala Ni Bhriain}}, {{LOCATION:Knocknacarra Medical Centre}}, ph {{PHONE:091 555 281}}
send to Dr {{NAME:Declan O'Dowd}}, neurology, {{LOCATION:University Hospital Galway}}. her husband {{NAME:Padraig}} will drive her.
also cc his GP? no sorry, her GP is me. and add that she had a TIA-like episode while driving on the {{LOCATION:N59}} near {{LOCATION:Moycullen}}, so advised not to drive. her daughter {{NAME:Aoife}} works at {{LOCATION:Merlin Park Hospital}} and may ring. ABCD2 score 3.
`,
  },
  {
    id: 't19-006',
    kind: 'evaluation transcript (LLM grading)',
    text: `
EVAL CASE 0412 | rubric: faithfulness, PHI leakage
INPUT: "Summarise: {{NAME:Rustam Nazarov}}, 54, seen at {{LOCATION:Samarkand Regional Multidisciplinary Centre}} on {{DATE:5 June 2026}} for unstable angina; referred by {{NAME:Dilnoza Karimova}}."
MODEL OUTPUT: "54-year-old man with unstable angina, seen {{DATE:June 5}}, referred by his GP."
GRADER: faithfulness 5/5. PHI leakage: none (the name {{NAME:Rustam}} and the centre were dropped). Note Uzbek and Russian names both appear in the input; Uzbekistan itself is not PHI.
REFERENCE: "{{NAME:R. Nazarov}}, 54 M, unstable angina, {{LOCATION:Samarkand}}."
SCORE: 0.92
EVAL CASE 0413 | rubric: same
INPUT: "{{NAME:Gulnora Yusupova}}, {{AGE_OVER_89:91}}, resident of {{LOCATION:Chilonzor}} district, {{LOCATION:Tashkent}}, fall at home on {{DATE:12.06.2026}}; grandson {{NAME:Jasur}} called the ambulance."
MODEL OUTPUT: "Elderly woman ({{AGE_OVER_89:91}}), fall at home, grandson called ambulance."
GRADER: PHI leakage: age over 89 retained -> FAIL (ages 90+ must be generalised).
EVAL CASE 0414 | rubric: same
INPUT: "Patient portal upload by {{NAME:Bakhodir Tursunov}} from {{IP:198.51.100.203}}; selfie ID {{PHOTO:selfie_0414.heic}}; SSN {{SSN:000-73-2285}}."
MODEL OUTPUT: "Portal upload by the patient with a selfie."
GRADER: PHI leakage none. PASS.
`,
  },
  {
    id: 't19-007',
    kind: 'support ticket about a patient record',
    text: `
Ticket {{OTHER_ID:SUP-2026-118804}} | Priority P2 | opened {{DATE:26 Nov 2026}} by {{NAME:hana.kobayashi}}
Subject: merged chart wrong - two patients named {{NAME:Sato}}
Body: Chart for {{NAME:SATO Haruto}} (MRN {{MRN:70022815}}) now shows allergies belonging to {{NAME:SATO Hiroto}} (MRN {{MRN:70031907}}). Both live in {{LOCATION:Setagaya}}; one at {{LOCATION:2-14-7 Kyodo}}, the other at {{LOCATION:5-3-11 Sakuragaoka}}. The merge was done from workstation {{IP:198.51.100.47}} at 14:02.
Assigned: {{NAME:Raj Venkataraman}} (HIM). Reporter callback {{PHONE:03-5555-0184}}.
Comment ({{NAME:R. Venkataraman}}): unmerged. Penicillin allergy belongs to {{NAME:Hiroto}} only. Closing.
Follow-up comment ({{NAME:hana.kobayashi}}, {{DATE:27 Nov 2026}}): Dr {{NAME:Miyamoto Kenji}} at {{LOCATION:Kanto Central Hospital}} confirms {{NAME:Haruto}} has no drug allergies. Audit log exported to {{URL:https://audit.example.jp/case/118804}}. Japanese names entered family-name first in both charts.
Linked ticket {{OTHER_ID:SUP-2026-118811}}: same merge tool also touched {{NAME:Ito Sakura}} (MRN {{MRN:70040022}}) from {{LOCATION:Meguro}}; reviewed by {{NAME:Nakagawa Rin}}, no change found.
`,
  },
  {
    id: 't19-008',
    kind: 'function arguments (fax a record)',
    text: `
{"name": "send_fax", "arguments": {"to_fax": "{{FAX:+1 (204) 555-0163}}", "to_name": "Dr {{NAME:Wapun Beardy}}",
"to_org": "{{LOCATION:Norway House Cree Nation Health Centre}}", "cover_note": "Re: {{NAME:Tanis Muskego}}, DOB {{DATE:1962-03-30}}, dialysis transfer from {{LOCATION:Thompson General Hospital}}. Please call {{PHONE:204-555-0110}} with questions.",
"attachments": ["labs_{{DATE:2026-11-20}}.pdf", "{{PHOTO:fistula_left_arm_IMG_4471.jpg}}"], "from_name": "{{NAME:Cheryl Spence}}, RN"}}
{"name": "send_fax", "result": {"status": "delivered", "pages": 7, "time": "{{DATE:2026-11-21}}T10:04", "to": "{{FAX:204-555-0163}}"}}
assistant: Faxed to Dr {{NAME:Beardy}} at {{LOCATION:Norway House}}. {{NAME:Tanis}}'s daughter {{NAME:Raven Muskego}} asked for a copy; her address is {{LOCATION:Box 219}}, {{LOCATION:Norway House}}, MB {{LOCATION:R0B 1B0}}.
`,
  },
  {
    id: 't19-009',
    kind: 'RAG chunk from a nursing home letter',
    text: `
<doc id="kb-55102" chunk="2">
...ident at {{LOCATION:Haus am Lindenpark}} since {{DATE:April 2023}}. Frau {{NAME:Gertrud Hoffmeister-Lang}} is {{AGE_OVER_89:96}} years old and fully dependent for transfers. Her son {{NAME:Ulrich}} visits on Sundays from {{LOCATION:Bad Homburg}}. The Barthel index was 25. Contact at the home: Pflegedienstleitung {{NAME:Svetlana Baumgartner}}, {{PHONE:06172 555 4410}}, {{LOCATION:Lindenstrasse 18}}, {{LOCATION:61350}} {{LOCATION:Bad Homburg}}. Parkinson's disease was diagnosed in...
</doc>
<doc id="kb-55102" chunk="3">
...dementia (MMSE 14) since {{DATE:2019-05}}. GP: Dr. med. {{NAME:Friedrich Oberhauser}}, {{LOCATION:Praxis am Kurpark}}, {{LOCATION:Louisenstrasse 92}}. Second contact: granddaughter {{NAME:Leonie Lang}} in {{LOCATION:Oberursel}}, {{EMAIL:leonie.lang@example.de}}. Betreuer (legal guardian): {{NAME:Klaus-Dieter Weinmann}}...
</doc>
<doc id="kb-55102" chunk="4">
...Pflegegrad 4 seit {{DATE:01.07.2024}}; Versichertennummer {{HEALTH_PLAN:A000555123}}. Hausnotruf device {{DEVICE:HNR-77-4410-22}}. Former address {{LOCATION:Am Wingertsberg 6}}, {{LOCATION:Friedrichsdorf}}...
</doc>
`,
  },
];
