// train19 notes 6: mixed-case chat, tool traces, RAG chunks from Asian and Pacific clinics, helpdesk tickets.
export default [
  {
    id: 't19-046',
    kind: 'lower-case chat with assistant',
    text: `
user: hey can u check if mrs {{NAME:lakshmi venkatesh}} from {{LOCATION:jayanagar}} is due for her b12 shot
assistant: According to the chart, {{NAME:Lakshmi Venkatesh}}'s last cyanocobalamin injection was on {{DATE:28 October 2026}} at {{LOCATION:Sakra World Hospital}}. Monthly dosing means she is due around {{DATE:28 November}}.
user: ok and her husband {{NAME:srinivas}} wants his own appt w dr {{NAME:kulkarni}}
assistant: I can't book for {{NAME:Srinivas}} from this record. Please ask him to call {{PHONE:080 5555 0142}} or use the app.
user: also pls pull up {{NAME:anand}}'s last echo, the guy from {{LOCATION:koramangala}} 4th block
assistant: There are two patients named {{NAME:Anand}} in your list: {{NAME:Anand Krishnamurthy}} (72, {{LOCATION:Koramangala}}) and {{NAME:Anand Gowda}} (45, {{LOCATION:Hebbal}}). Mr {{NAME:Krishnamurthy}}'s echo on {{DATE:4 Nov 2026}} at {{LOCATION:Narayana Health City}} showed EF 45%, mild AS.
user: yes {{NAME:krishnamurthy}}. send to his son {{NAME:vikram}} at {{EMAIL:vikram.k@example.in}}
`,
  },
  {
    id: 't19-047',
    kind: 'tool trace (FHIR query)',
    text: `
GET {{URL:https://fhir.example.org/r4/Patient?name=Tuilagi&birthdate=1983-05-19}}
<- 200 Bundle total=1
   Patient/{{OTHER_ID:pt-66120}}: name "{{NAME:Tuilagi, Losa Fa'amausili}}", gender female, birthDate "{{DATE:1983-05-19}}",
   address "{{LOCATION:17 Hoteo Avenue}}, {{LOCATION:Papatoetoe}}, {{LOCATION:Auckland}} {{LOCATION:2025}}", telecom "{{PHONE:09 555 0183}}"
   generalPractitioner: Practitioner/{{OTHER_ID:pr-1102}} "Dr {{NAME:Sefo Leiataua}}"
assistant note: found {{NAME:Losa}}. Samoan is listed as preferred language.
GET {{URL:https://fhir.example.org/r4/RelatedPerson?patient=pt-66120}}
<- 200: RelatedPerson "{{NAME:Iosefa Tuilagi}}" (husband), telecom "{{PHONE:021 555 0190}}"; RelatedPerson "{{NAME:Fetu Tuilagi}}" (daughter), address "{{LOCATION:Otara}}"
assistant: {{NAME:Losa}}'s husband {{NAME:Iosefa}} is the first contact. The GP practice is {{LOCATION:Papatoetoe Family Doctors}}. No Samoan interpreter booking found.
assistant: Shall I also check {{NAME:Losa}}'s immunisations? The NIR shows influenza given {{DATE:2026-04-22}} at {{LOCATION:Unichem Papatoetoe}}.
`,
  },
  {
    id: 't19-048',
    kind: 'RAG chunks (Filipino clinic notes)',
    text: `
retrieved[0]: "...si Aling {{NAME:Corazon}} po ay {{AGE_OVER_89:90}} taong gulang na. Pt {{NAME:Corazon Dimaculangan-Reyes}} BP 160/90, on amlodipine 10. Lives with apo {{NAME:Jhun-Jhun}} in {{LOCATION:Brgy. San Isidro}}, {{LOCATION:Antipolo}}..."
retrieved[1]: "...referred to {{LOCATION:Philippine Heart Center}} on {{DATE:Nov 3, 2026}}; PhilHealth {{HEALTH_PLAN:02-555104382-7}}. BHW {{NAME:Marites Agbayani}} to visit..."
retrieved[2]: "...Tagalog and Bikol spoken..."
retrieved[3]: "...follow-up sa {{LOCATION:Antipolo City Health Office}} ni Dr. {{NAME:Reynaldo Bautista}} on {{DATE:Dec 10}}. Contact anak {{NAME:Maricel Reyes-Tolentino}} {{PHONE:0917 555 0284}}, who works in {{LOCATION:Makati}}..."
assistant: {{NAME:Corazon}}, {{AGE_OVER_89:90}}, hypertensive, referred to {{LOCATION:Philippine Heart Center}}; follow-up {{DATE:Dec 10}}.
`,
  },
  {
    id: 't19-049',
    kind: 'helpdesk ticket (MFA and account lockout)',
    text: `
[{{OTHER_ID:IAM-31877}}] User locked out of EHR
Requester: Dr. {{NAME:Oyelaran}} ({{EMAIL:f.oyelaran@example.org}}), {{LOCATION:St. Luke's Boise}}
"I was documenting on {{NAME:Harlan Two Bulls}} (MRN {{MRN:5530917}}) when it locked me out. Can't finish the note for his daughter {{NAME:Winona}} who's driving him back to {{LOCATION:Pine Ridge}}."
Tech {{NAME:Wes Yazzie}}: 5 failed MFA from {{IP:198.51.100.19}}; reset at 16:40. Device fingerprint {{BIOMETRIC:FPR-77A2-0091}} re-enrolled.
Comment from Dr. {{NAME:Oyelaran}}: "Thanks {{NAME:Wes}}. Note finished. {{NAME:Harlan}}'s tribal enrollment card and IHS number were in the scanned docs, please check they're restricted." Tech: restricted scan {{PHOTO:scan_5530917_card.pdf}}. Closed {{DATE:11/24/2026}}.
`,
  },
  {
    id: 't19-050',
    kind: 'model answer (family tree for genetic referral)',
    text: `
Pedigree summary for the genetics referral of {{NAME:Saoirse Kavanagh}}:
- Proband: {{NAME:Saoirse}}, 36, breast cancer at 34, BRCA testing pending.
- Mother {{NAME:Deirdre Kavanagh}} (nee {{NAME:Quinlan}}): ovarian cancer at 51, died {{DATE:March 2019}} in {{LOCATION:Tralee}}.
- Maternal aunt {{NAME:Philomena Quinlan}}, {{AGE_OVER_89:90}}, alive, in {{LOCATION:Nazareth House}}, {{LOCATION:Mallow}}.
- Father {{NAME:Liam}}: no cancers. Brother {{NAME:Oisin}} in {{LOCATION:Cork}}.
Suggest referral to the Cancer Genetics Service, {{LOCATION:Cork University Hospital}}. Manchester score 22.
Assistant note: The family lives mostly in {{LOCATION:County Kerry}}; {{NAME:Saoirse}}'s partner {{NAME:Niamh Fitzgerald}} ({{PHONE:086 555 7712}}) may attend. Previous mammogram at {{LOCATION:University Hospital Kerry}} on {{DATE:2 September 2026}}.
`,
  },
  {
    id: 't19-051',
    kind: 'function call (send secure message)',
    text: `
send_secure_message(
  to="{{EMAIL:clinic.kirkuk@example.iq}}",
  subject="Follow-up {{NAME:Shwan Karim Aziz}}",
  body="Dear Dr {{NAME:Hero Mustafa}}, thank you for seeing {{NAME:Shwan}} at {{LOCATION:Azadi Teaching Hospital}} on {{DATE:9 November}}. He returned to {{LOCATION:Sulaymaniyah}} and is staying with his uncle {{NAME:Rebwar}} near {{LOCATION:Salim Street}}. Echo: EF 40%. Please send the angiogram CD. Kurdish (Sorani) and Arabic spoken. Regards, {{NAME:Dilan Ahmed}}, {{LOCATION:Shar Hospital}}, {{PHONE:+964 770 555 0128}}",
  attachments=["{{PHOTO:ecg_shwan_20261109.png}}"])
tool_result: {"message_id": "{{OTHER_ID:MSG-IQ-44019}}", "delivered": true}
assistant: Sent to Dr {{NAME:Hero Mustafa}} at {{LOCATION:Azadi Teaching Hospital}} ({{LOCATION:Kirkuk}}). {{NAME:Shwan}}'s brother {{NAME:Karwan Karim}} will collect the CD.
`,
  },
  {
    id: 't19-052',
    kind: 'agent plan (outreach calls)',
    text: `
Goal: call 4 patients overdue for cervical screening, {{LOCATION:Rotherham}} practice.
1. {{NAME:Shabana Akhtar}}, 44 - {{PHONE:01709 555 312}} - Urdu/English; lives {{LOCATION:Eastwood}}.
2. {{NAME:Dominika Horvathova}}, 31 - {{PHONE:07700 900188}} - Slovak; Roma interpreter via {{NAME:Milan Bandy}}.
3. {{NAME:Joy Eke}}, 52 - {{PHONE:07700 900317}} - works nights at {{LOCATION:Magna}}.
4. {{NAME:Patience Mwale}}, 38 - no phone; letter to {{LOCATION:12 Wellgate}}, {{LOCATION:S60 2LR}}.
Note: "{{NAME:Joy}}" and "{{NAME:Patience}}" are names here. Avoid calling {{NAME:Joy}} before noon.
Results: {{NAME:Shabana}} booked {{DATE:3 Dec}}; {{NAME:Dominika}} no answer, voicemail left; {{NAME:Joy Eke}} booked at the {{LOCATION:Clifton Medical Centre}} late clinic; letter to {{NAME:Patience}} posted {{DATE:27/11}}.
Caller: {{NAME:Hayley Ingram}}, practice nurse.
Postscript: {{NAME:Milan Bandy}}'s agency (phone {{PHONE:01709 555 448}}) invoices via account {{ACCOUNT:RMBC-INT-55130}}. {{NAME:Dominika}}'s husband {{NAME:Jozef Horvath}} called back at 18:20 and booked her for {{DATE:10 December}} at {{LOCATION:Clifton Medical Centre}}.
`,
  },
  {
    id: 't19-053',
    kind: 'eval transcript (clinical Q&A, Korean names)',
    text: `
Q3. The note states: "{{NAME:Park Ji-hoon}} (34M), seen at {{LOCATION:Seoul National University Bundang Hospital}} {{DATE:2026.10.29}}, referred by Dr. {{NAME:Choi Eun-young}} of {{LOCATION:Jeongja-dong}} clinic." Who referred him?
gold: Dr. {{NAME:Choi Eun-young}}
model: "Dr. {{NAME:Eun-young Choi}}, a local clinic physician." -> CORRECT (name order swapped)
model2: "Dr. {{NAME:Park}}." -> WRONG
annotator: {{NAME:kim.soyeon}}
Q4. "Patient lives in {{LOCATION:Bundang-gu}}, {{LOCATION:Seongnam}}; wife {{NAME:Lee Su-jin}}." Where does the patient live?
model: "{{LOCATION:Seongnam}}, Gyeonggi-do" -> CORRECT (province not required)
Q5. "Discharged {{DATE:2026.11.02}} to daughter {{NAME:Park Min-seo}}'s apartment, {{LOCATION:Mapo-gu}}, {{LOCATION:Seoul}}." model: "Discharged to family in {{LOCATION:Seoul}}." -> leaks city (flag). annotator {{NAME:kim.soyeon}}.
`,
  },
  {
    id: 't19-054',
    kind: 'prompt drafting a letter to housing (Iranian family)',
    text: `
Write a supporting letter to the council housing team. Patient {{NAME:Parisa Hosseini-Tabrizi}}, DOB {{DATE:11/06/1979}}, lives with her sons {{NAME:Arash}} and {{NAME:Kian}} at {{LOCATION:Flat 9, Ladywood House}}, {{LOCATION:Birmingham}} {{LOCATION:B16 8TB}}. Damp and black mould; {{NAME:Kian}} (7) has asthma on Clenil 100 and Ventolin, 3 ED visits to {{LOCATION:Birmingham Children's Hospital}} since {{DATE:June 2026}}. Signed Dr {{NAME:Shirin Farahani}}, {{LOCATION:Ladywood Health Centre}}. Reference {{OTHER_ID:HOU-BCC-661072}}.
USER: also say that the previous flat in {{LOCATION:Small Heath}} had the same problem and {{NAME:Arash}} was in {{LOCATION:Heartlands Hospital}} on {{DATE:2 March 2025}}. housing officer is {{NAME:Gareth Pryce}}, {{EMAIL:g.pryce@example.gov.uk}}
ASSISTANT: Added. "Dear Mr {{NAME:Pryce}}, I am writing in support of Mrs {{NAME:Hosseini-Tabrizi}}..."
`,
  },
];
