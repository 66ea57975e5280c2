// train15 notes3: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-020',
    kind: 'carer-diary',
    text: `
Week of {{DATE:16 Nov}} - notes for Dr {{NAME:Nakamura}}
Mum ({{NAME:Yoshiko Tanaka}}) confused again after the UTI. {{NAME:Hiroshi}} (my husband) took her to {{LOCATION:Kamata}} station to see the trains, she thought it was 1970. Visiting nurse {{NAME:Sato}}-san checked her on Wednesday. Day service at {{LOCATION:Sakura no Sato}} on Tues/Thurs. Weight 41.2 kg. Her care insurance number {{HEALTH_PLAN:KAIGO 0012-558-091}}. Her friend Mrs {{NAME:Fumiko Ishikawa}} from {{LOCATION:Ota-ku}} rang.

Mum's medicines: Aricept 5 mg, Amlodipine 5 mg, Magnesium oxide, Yokukansan (Kampo). Her HDS-R score was 14. Kaigo level 2. Care plan reviewed by the day service every three months. She likes enka music and watching sumo.

{{DATE:23 Nov}}: fell in the genkan. {{NAME:Hiroshi}} called ambulance to {{LOCATION:Tokyo Kamata Medical Center}}. Dr {{NAME:Aoki Haruto}} said no fracture. Daughter-in-law {{NAME:Emi}} came from {{LOCATION:Yokohama}}.

{{DATE:25 Nov}}: Dr {{NAME:Nakamura}} rang back. Care manager {{NAME:Kobayashi Yumi}} visiting on the {{DATE:30th}}.
`,
  },
  {
    id: 't15-021',
    kind: 'complaint',
    text: `
Complaint form - {{LOCATION:Riverside Health Centre}}
Your name: {{NAME:Declan O'Suilleabhain}}
Address: {{LOCATION:Apt 5, 17 Ballyfermot Road}}, {{LOCATION:Dublin 10}}, {{LOCATION:D10 X2R4}}
Phone: {{PHONE:+353 1 555 0188}}
What happened: Rang at 8am on the {{DATE:17th of November}} for an appt for my partner {{NAME:Siobhan Ni Bhriain}}, was number 43 in the queue. Got cut off twice. Receptionist ({{NAME:Aoife}}?) said come to the walk in at {{LOCATION:St James's}}. We waited 9 hrs. Her PPS is {{OTHER_ID:1234567TW}}.

Form received {{DATE:18/11/2026}} by {{NAME:Niamh Gallagher}}, practice manager. Reply sent to {{EMAIL:declan.osuilleabhain@example.ie}}.

Outcome letter {{DATE:2 December 2026}} from {{NAME:Niamh Gallagher}}: new phone system from {{DATE:January 2027}}.
`,
  },
  {
    id: 't15-022',
    kind: 'chatbot-question',
    text: `
User: whats a normal heart rate for a {{AGE_OVER_89:90}} year old? my great grandpa {{NAME:Bishop Eldridge}} is {{AGE_OVER_89:90}} and his watch says 48
Bot: A resting rate under 50 can be normal for some people but may need checking, especially with dizziness or on beta blockers.
User: he is on metoprolol. his doc is Dr {{NAME:Amaka Chukwu}} at {{LOCATION:Piedmont Heart}} in {{LOCATION:Macon}}. watch is an Apple Watch serial {{DEVICE:G99XK2QMHF1L}}. we go to {{LOCATION:Mount Moriah Baptist}} and pastor {{NAME:Wendell Hightower}} said he looked pale

Bot (continued): Apple Watch heart rate alerts are not a diagnosis. Metoprolol, Diltiazem and Digoxin can all slow the heart. If he feels faint, short of breath or has chest pain, call 911. An ECG or Holter monitor can check for heart block. Ask his cardiologist about the Mobitz or Wenckebach patterns if mentioned.

User: also his old friend Deacon {{NAME:Willie Mae Sturdivant}} is 89, is that too old for a pacemaker?
Bot: Age alone is not a reason to avoid a pacemaker.
User: ok thx. grandpa lives on {{LOCATION:Pio Nono Ave}} near {{LOCATION:Navicent Health}}

User: pastor {{NAME:Hightower}} says thanks bot
`,
  },
  {
    id: 't15-023',
    kind: 'symptom-checker',
    text: `
Symptoms: burning when i pee, back pain right side, vomited twice
How long: 2 days
Name: {{NAME:Ana Paula Goncalves dos Santos}}
Email: {{EMAIL:anapaula.gsantos@example.com.br}}
Location: {{LOCATION:Vila Madalena}}, {{LOCATION:Sao Paulo}}
CPF: {{OTHER_ID:000.512.887-04}}
Notes: my boyfriend {{NAME:Thiago}} says go to {{LOCATION:Hospital das Clinicas}}. I am allergic to sulfa.

Symptom checker advice: possible pyelonephritis (kidney infection), usually from E. coli. Avoid Bactrim because of sulfa allergy. Cipro or Ceftriaxone may be used. Drink water. Fever above 38.5 or vomiting means go to emergency. Dipstick results from home test: leukocytes 3+, nitrite positive.

Reply {{DATE:24/11}}: {{NAME:Ana Paula}}, please go to {{LOCATION:UBS Pinheiros}} or to {{LOCATION:Hospital das Clinicas}} emergency today. Your case number {{OTHER_ID:TRI-2026-7719034}}.

Follow-up {{DATE:26/11}}: {{NAME:Ana Paula}} treated with ceftriaxone at {{LOCATION:UBS Pinheiros}}. Boyfriend {{NAME:Thiago Moreira}} phone {{PHONE:+55 11 95555-0192}}.
`,
  },
  {
    id: 't15-024',
    kind: 'letter-to-gp',
    text: `
Dear Doctor,
I am writing on behalf of my mother-in-law, Mrs. {{NAME:Esperanza Villanueva y Ortega}}, date of birth {{DATE:March 3, 1936}}, who recently moved in with us at {{LOCATION:507 Calle Luna}}, {{LOCATION:Santa Fe}}, NM {{LOCATION:87501}}. She was under Dr {{NAME:Jaime de la Torre Iturbe}} at {{LOCATION:Centro de Salud Colonia Roma}} in {{LOCATION:Mexico City}} until {{DATE:September 2026}}. I enclose her tablet list (Losartan 50 mg, Metformina 850 mg). She speaks Spanish only; her granddaughter {{NAME:Xochitl}} translates.
{{NAME:Marisol Ortega-Flores}}

Her conditions: hypertension, type 2 diabetes, osteoarthritis, and mild memory problems (MoCA 21/30 in Spanish). She had a Pap smear in 2015. She was vaccinated with BCG as a child. She is allergic to Penicilina. She uses a Walker and Medicare Part B from next year.

P.S. Her Medicare has not started yet; she has a Mexican IMSS number {{HEALTH_PLAN:IMSS 0000-66-1234-5}}. My phone {{PHONE:(505) 555-0186}}, fax at my office {{FAX:(505) 555-0187}}.

Reply from Dr {{NAME:Lucero}}, {{LOCATION:La Familia Medical Center}}, {{DATE:Oct 30}}: new patient visit booked {{DATE:11/9}}.
`,
  },
  {
    id: 't15-025',
    kind: 'portal-message',
    text: `
Re: biometric login problem
Hi, I'm {{NAME:Nikolai Vasilievich Orlov}}, patient ID MRN {{MRN:00731182}}. The app won't accept my fingerprint anymore - it says template {{BIOMETRIC:FP-TPL-9a81c2e0}} is invalid. My wife {{NAME:Irina}} set it up on her phone. I tried from home ({{IP:203.0.113.45}}) and from the library in {{LOCATION:Brighton Beach}}. I need to see my lab results before seeing Dr {{NAME:Gurevich}} at {{LOCATION:Coney Island Hospital}} on {{DATE:12/2}}.

Reply {{DATE:11/25/2026}} from help desk ({{NAME:Dmitri Kuznetsov}}): we reset template {{BIOMETRIC:FP-TPL-b2d7-4410}}. Log in at {{URL:https://patient.example.com/login}} and enrol again. Account {{ACCOUNT:PT-ACC-0099172}}.

From {{NAME:Irina Orlova}} {{DATE:11/26}}: my login also broken, account {{ACCOUNT:PT-ACC-0099173}}, last from {{IP:203.0.113.46}}.
`,
  },
  {
    id: 't15-026',
    kind: 'family-update-forwarded',
    text: `
Fwd: from my sister about Dad

Hey all - Dad ({{NAME:Lars-Erik Lindqvist}}) had his knee done at {{LOCATION:Sahlgrenska}} yesterday. Dr {{NAME:Ingrid Solberg}} said it went fine. He's in room 412 and grumpy about the food. {{NAME:Maja}} and I will drive up from {{LOCATION:Boras}} on Saturday {{DATE:28/11}}. Mum says don't bring the dog (Sixten). Address for cards: {{LOCATION:Kungsgatan 14}}, {{LOCATION:411 19}} {{LOCATION:Goteborg}}. Swish him money for taxis: {{PHONE:070-555 31 92}}.
- {{NAME:Astrid}}

Update from {{NAME:Astrid}} {{DATE:29/11}}: Dad home. District nurse {{NAME:Elin Bergqvist}} from {{LOCATION:Hemsjukvarden Boras}} comes daily. Physio at {{LOCATION:Sodra Alvsborgs Sjukhus}} on {{DATE:7/12}}.

From {{NAME:Maja}}: flowers from Farmor {{NAME:Britt}} arrived.
`,
  },
  {
    id: 't15-027',
    kind: 'complaint-letter',
    text: `
{{DATE:20 November 2026}}
Dear Practice Manager,
Re: my son {{NAME:Jayden Makoa-Fonoti}}, born {{DATE:17/07/2012}}
On Monday {{DATE:16 November}} {{NAME:Jayden}} was refused an appointment because we were 6 minutes late. He has asthma and his Ventolin ran out. We had to take two buses from {{LOCATION:Otara}} to {{LOCATION:Middlemore Hospital}}. The receptionist, {{NAME:Karen}}, was rude to my mother {{NAME:Lupe Fonoti}} who does not speak much English. Our church minister Rev. {{NAME:Iosefa Taulealea}} ({{LOCATION:EFKS Otara}}) has offered to come to a meeting.
{{NAME:Talia Makoa}}
{{LOCATION:9 Bairds Road}}, {{LOCATION:Otara}}, {{LOCATION:Auckland}} {{LOCATION:2023}}

P.S. My email is {{EMAIL:talia.makoa@example.co.nz}} and my mobile {{PHONE:021 555 0148}}. {{NAME:Jayden}}'s NHI is {{MRN:PRX4490}}.

Reply from Dr {{NAME:Tevita Lolohea}}, {{DATE:23 November}}: meeting at {{LOCATION:Otara Family and Christian Health Centre}} on {{DATE:30 November}}.
`,
  },
  {
    id: 't15-028',
    kind: 'memorial-thanks',
    text: `
Dear Dr {{NAME:Bheki Dlamini}} and Sister {{NAME:Nomvula Khumalo}},
Our mother {{NAME:Thandiwe Gertrude Mokoena}} passed away on {{DATE:30 October}} at {{LOCATION:Chris Hani Baragwanath Hospital}}. We thank you for the kindness to her and to us. The funeral was at {{LOCATION:Regina Mundi Church}} in {{LOCATION:Moroka}}, {{LOCATION:Soweto}}. She raised seven children and fourteen grandchildren in {{LOCATION:Orlando West}}. She was {{AGE_OVER_89:94}}.
With love, {{NAME:Sipho}}, {{NAME:Lindiwe}} and {{NAME:Mpho Mokoena}}

Mama suffered from sugar diabetes and high blood pressure for many years. She took Metformin, Enalapril and Hydrochlorothiazide from the clinic. In the end the doctors said it was a stroke in the left MCA territory. We are Zulu and Sotho, and the prayers were in both languages and in English.

We also thank the staff at {{LOCATION:Zola Clinic}} who cared for her for many years, especially Sister {{NAME:Palesa}}. Contact: {{LOCATION:1145 Vilakazi Street}}, {{LOCATION:Orlando West}}, {{LOCATION:1804}}.

Card received by Dr {{NAME:Dlamini}}, {{DATE:12 November 2026}}.
`,
  },
  {
    id: 't15-029',
    kind: 'symptom-checker',
    text: `
Q: What is your main symptom? A: cant sleep, heart racing, shaking hands
Q: Any medicines? A: levothyroxine 100 mcg, started taking 2 by mistake
Q: Your name A: {{NAME:Gulnara Abdrakhmanova}}
Q: City A: {{LOCATION:Almaty}}
Q: Employer (optional) A: Kaspi Bank
Q: Your doctor A: Dr {{NAME:Yerlan Seitkali}}

Nurse note {{DATE:20.11.2026}}: advised to stop extra dose, TSH at Invivo lab on {{LOCATION:Abai Avenue}} tomorrow. Daughter {{NAME:Aigerim}} will come with her. Phone {{PHONE:+7 701 555 0133}}.

From {{NAME:Gulnara}}: feeling better. Dr {{NAME:Seitkali}} at {{LOCATION:Poliklinika No. 4}} checked me.
`,
  },
  {
    id: 't15-030',
    kind: 'portal-message',
    text: `
Subject: Fax for my disability form
Hello, this is {{NAME:Marcus Greenleaf}}. My lawyer's office ({{NAME:Hope Alvarado}}, paralegal) needs my records faxed to {{FAX:(404) 555-0291}}. Claim number {{OTHER_ID:SSDI-2026-0448172}}. I was at {{LOCATION:Grady Memorial}} from {{DATE:6/3}} to {{DATE:6/9}} and then rehab at {{LOCATION:Shepherd Center}}. Dr {{NAME:Okafor}} did my back. My new address: {{LOCATION:1188 Lakewood Ave SE}}, {{LOCATION:Atlanta}}, GA {{LOCATION:30315}}.

My meds: Gabapentin 300 mg three times, Baclofen 10 mg, Oxycodone 5 mg as needed (tapering), Sertraline 100 mg. I had an L4-L5 fusion with Medtronic hardware. I use a TENS unit and a Rollator. Disability rating per the VA is 40% (I also served in the Army).

P.S. My SSN for the records request is {{SSN:000-37-9021}}. The lawyer's email is {{EMAIL:halvarado@example-law.com}}. My wife {{NAME:Tanya Greenleaf}} can sign if I can't.

Reply {{DATE:6/20}} from {{NAME:Renee}}, HIM: records faxed to {{FAX:(404) 555-0291}}, 84 pages. Your MRN {{MRN:GMH-10048821}}.
`,
  },
];
