// train15 notes6: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-052',
    kind: 'portal-message',
    text: `
Subject: locked out of the app
I'm {{NAME:Pania Whetu-Ropata}}. App says "face ID mismatch, template {{BIOMETRIC:FACE-77c1-0f93-aa12}}". I tried from work ({{IP:192.0.2.188}}) and from my phone. Reset link {{URL:https://portal.example.org/reset?u=pwropata}} expired. Username {{NAME:pwropata}}. DOB {{DATE:5 May 1991}}. Please help, I need my referral to {{LOCATION:Wellington Regional Hospital}} for the {{DATE:3 December}} appt.

App error log (copied): code E-403 FaceMatch score 0.41 below threshold 0.80. Browser Chrome 131 on Android 15. The app's help page says Touch ID and Windows Hello are also supported.

Reply {{DATE:27/11/2026}} from {{NAME:Hamish}} (IT support): face template re-enrolled. Logins from {{IP:2001:db8:4f2::19}} were blocked as unusual. Your referral to {{LOCATION:Wellington Hospital}} is fine.

From {{NAME:Pania}}: works now, thanks {{NAME:Hamish}}!
`,
  },
  {
    id: 't15-053',
    kind: 'complaint',
    text: `
To the Ombudsman
Re: {{NAME:Kofi Mensah-Bonsu}}, {{LOCATION:Block C, Flat 7, Adabraka Residential}}, {{LOCATION:Accra}}
My brother was admitted to {{LOCATION:Korle Bu Teaching Hospital}} on {{DATE:1st October}} and they asked for payment before any scan. His Ghana Card is {{OTHER_ID:GHA-000412877-3}}. Dr {{NAME:Esi Asantewaa}} was good but the billing officer Mr {{NAME:Nii Armah Quaye}} refused. The pastor of {{LOCATION:Christ the King Church, Accra}} paid in the end.
{{NAME:Yaa Mensah}}

Reply {{DATE:2 November 2026}} from the office of the Ombudsman, {{LOCATION:Ministries}}, {{LOCATION:Accra}}: Case {{OTHER_ID:OMB-GH-26-0881}} opened. Officer {{NAME:Akua Darko}} will call {{PHONE:+233 24 555 0176}}.

Addendum by {{NAME:Yaa Mensah}} {{DATE:9 November 2026}}: {{NAME:Kofi}} also worked in Ohio; his US SSN is {{SSN:000-91-4478}}.
`,
  },
  {
    id: 't15-054',
    kind: 'chatbot-question',
    text: `
User: what does "sinus rhythm with PACs" mean on my ekg from {{LOCATION:Mayo Clinic Health System}} in {{LOCATION:Eau Claire}}
Bot: It means a normal heart rhythm with occasional early beats from the upper chambers, usually harmless.
User: thx. my cardiologist Dr. {{NAME:Pa Houa Vang}} will see me {{DATE:Jan 6}}. im {{NAME:Tou Lee Xiong}}, i drive truck, CDL WI {{LICENSE:X250-4417-8821-03}} - will this affect my DOT card?

PACs are premature atrial contractions. My EKG also said "borderline left axis deviation" and QTc 446. I take Lisinopril 10 and Metformin. DOT physical due in Wisconsin in spring. I speak Hmong and English.

Bot: Your cardiologist can advise. PACs alone usually do not stop commercial driving.
User: thx. also my mom {{NAME:Mai Yia Xiong}} needs hmong interpreter at {{LOCATION:Marshfield Clinic}} on {{DATE:12/15}}

User: my wife {{NAME:Kia Yang}} says thx too. our address {{LOCATION:2314 Birch St}}, {{LOCATION:Eau Claire}}
`,
  },
  {
    id: 't15-055',
    kind: 'letter-to-gp',
    text: `
Dear Dr {{NAME:Kaur}},
I am a friend of {{NAME:Hope Tremaine}} who lives above me at {{LOCATION:11a Fore Street}}, {{LOCATION:St Ives}}, {{LOCATION:TR26 1AB}}. She hasn't answered the door since Tuesday the {{DATE:24th}} and I heard her crying. She told me about the bipolar and that she stopped the lithium. Her son {{NAME:Jago}} is in {{LOCATION:Penzance}} but doesn't answer. I am {{NAME:Morwenna Pascoe}}, {{PHONE:01736 555 092}}.

Reply {{DATE:25 November}}: Thank you {{NAME:Morwenna}}. The crisis team from {{LOCATION:Longreach House}} will visit {{NAME:Hope}} today. Our duty doctor is Dr {{NAME:Tamsin Penrose}}.

From {{NAME:Morwenna}} {{DATE:26 November}}: {{NAME:Hope}} admitted to {{LOCATION:Bodmin Hospital}}.
`,
  },
  {
    id: 't15-056',
    kind: 'symptom-checker',
    text: `
Symptoms: ear pain child 4, pulling ear, 38.2
Parent: {{NAME:Aiyana Running Deer}}
Child: {{NAME:Kai}}
Community: {{LOCATION:Pine Ridge}}, SD
Clinic: {{LOCATION:Pine Ridge IHS Hospital}}
Tribal ID: {{OTHER_ID:OST-0884217}}
Notes: grandmother {{NAME:Winona}} gave tylenol at 2

Callback {{DATE:11/26/2026}} by {{NAME:Shawna Two Bulls}}, RN: child seen at {{LOCATION:Pine Ridge IHS Hospital}}, amoxicillin started. Mother's phone {{PHONE:605-555-0129}}.

Mother's note: {{NAME:Kai}} better. Grandmother {{NAME:Winona Red Cloud}} thanks the nurse.
`,
  },
  {
    id: 't15-057',
    kind: 'portal-message',
    text: `
Hello Dr. {{NAME:Saarinen}},
Sending the readings from my home BP machine (Omron, serial {{DEVICE:20190704772LG}}): 162/98, 158/95, 149/90. I had a fight with my landlord at {{LOCATION:Vallila}} flat ({{LOCATION:Mackelminkatu 3 B 19}}, {{LOCATION:00510}} {{LOCATION:Helsinki}}). My sister {{NAME:Aino}} thinks it's stress. Kela card {{HEALTH_PLAN:010170-999X}}.
{{NAME:Eero Saarinen-Koski}}

Meds: Amlodipine 5 mg, Losartan 50 mg, Panadol as needed. Also Omega-3. BP target under 135/85. Kela reimbursement category 100% for blood pressure? Language Finnish and Swedish.

Reply {{DATE:24.11.2026}}: Please come to {{LOCATION:Kallio health station}} on {{DATE:1.12}}. Your nurse {{NAME:Riikka Lehtonen}} will repeat the BP. {{NAME:Eero}}, please also bring the machine.

From {{NAME:Eero}}: BP today 138/86. Thanks {{NAME:Riikka}}.
`,
  },
  {
    id: 't15-058',
    kind: 'thank-you-card',
    text: `
To Nurse {{NAME:Precious Ndlovu}} and the night staff of the Stroke Unit, {{LOCATION:Royal Derby Hospital}}
You made my husband {{NAME:Trevor}} "{{NAME:Taff}}" {{NAME:Davies}} laugh every night. He is home now in {{LOCATION:Allestree}} and walking with his frame. Our grandson {{NAME:Kieran}} wants to be a nurse because of you!
Love, {{NAME:Glenys Davies}} xx

P.S. {{NAME:Taff}} wants to bring Welsh cakes on {{DATE:1st March}}. We live at {{LOCATION:41 Duffield Road}}, {{LOCATION:DE22 1AA}}.

Reply from {{NAME:Precious}}: thank you {{NAME:Glenys}}!
`,
  },
  {
    id: 't15-059',
    kind: 'complaint-email',
    text: `
From: {{EMAIL:m.al-hashimi@example.ae}}
Subject: My father's passport kept at the hospital
Dear Sir, my father {{NAME:Abdulrahman Saeed Al-Hashimi}} was treated at {{LOCATION:Rashid Hospital}} in {{LOCATION:Dubai}} after a road accident on {{LOCATION:Sheikh Zayed Road}} on {{DATE:8/11/2026}}. His passport number {{OTHER_ID:P000418827}} was kept by admissions. The car (Dubai {{VEHICLE:L 48217}}) is in the police yard in {{LOCATION:Al Qusais}}. My uncle {{NAME:Khalid bin Saeed}} is waiting. Please advise. {{NAME:Mariam Al-Hashimi}}, {{PHONE:+971 50 555 0127}}

P.S. The police report number is {{OTHER_ID:DXB-AL-2026-441092}}. Dad's Emirates ID {{OTHER_ID:784-0000-4412837-1}}. My brother {{NAME:Saeed}} drives a rental, plate {{VEHICLE:Q 77310}}.

Reply from {{LOCATION:Rashid Hospital}} admissions ({{NAME:Fatima Al Marzouqi}}), {{DATE:10/11/2026}}: passport returned.
`,
  },
  {
    id: 't15-060',
    kind: 'carer-diary',
    text: `
Diary - looking after Babcia ({{NAME:Jadwiga Zielinska}}, {{AGE_OVER_89:95}})
{{DATE:Nov 19}}: carer from Comfort Keepers {{LOCATION:Schaumburg}} ({{NAME:Dorota}}) came 8-12. Babcia ate pierogi. Oxygen concentrator serial {{DEVICE:INV5-2207719}} beeping again.
{{DATE:Nov 21}}: visit from Fr. {{NAME:Wojciech}} of {{LOCATION:St. Hyacinth Basilica}}. Communion.
{{DATE:Nov 23}}: Uncle {{NAME:Stan}} came from {{LOCATION:Niles}}. She told him she is {{AGE_OVER_89:95}} and "too old for this". Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}. SSN on the Medicaid form {{SSN:000-58-3310}}.

Babcia's meds: Furosemide 40, Metoprolol 25, Eliquis 2.5 twice, Seroquel 12.5 at night for sundowning. Oxygen 2 L via concentrator. PPS 30%. She is Catholic, prays the rosary in Polish. Hospice benefit started under Medicare Part A.

{{DATE:Nov 25}}: hospice nurse {{NAME:Marisol Dabrowski}} from {{LOCATION:JourneyCare}} came. DNR signed. {{NAME:Dorota}} cried. Babcia's old address in {{LOCATION:Zakopane}}: {{LOCATION:ul. Koscieliska 18}}.

{{DATE:Nov 27}}: Babcia died at 4am. {{NAME:Dorota}} and Uncle {{NAME:Stan}} with her.
`,
  },
];
