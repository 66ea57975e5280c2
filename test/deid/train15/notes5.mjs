// train15 notes5: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-043',
    kind: 'portal-message',
    text: `
hi dr. {{NAME:o'brien}}, its {{NAME:shaniqua bell}}. my inhaler isnt working good, i use it like 5 times a day. i work at the dollar general on {{LOCATION:MLK}} and its dusty. my daughter {{NAME:nevaeh}} also wheezy. i can come tuesday, please call {{PHONE:901-555-0148}}. my account {{ACCOUNT:4471-0093-82}} still says i owe $40?

Reply {{DATE:11/23}} from {{NAME:Tamika}}, front desk: Dr. {{NAME:O'Brien}} can see you and {{NAME:Nevaeh}} on Tuesday {{DATE:Dec 1}} at {{LOCATION:Christ Community Health Services}}, {{LOCATION:Broad Ave}}. The $40 is a copay on account {{ACCOUNT:4471-0093-82}}.

From {{NAME:shaniqua}}: ok thank u. my address is {{LOCATION:1422 Rayner St}}, {{LOCATION:Memphis}} {{LOCATION:38106}}
`,
  },
  {
    id: 't15-044',
    kind: 'symptom-checker',
    text: `
Symptoms entered: toothache swollen jaw fever
Name: {{NAME:Tupac Quispe Mamani}}
Town: {{LOCATION:Juliaca}}, Puno
Phone: {{PHONE:+51 955 550 114}}
Website you came from: {{URL:https://saludya.example.pe/triaje?ref=radio}}
Notes: my wife {{NAME:Nayra}} says go to {{LOCATION:Hospital Carlos Monge Medrano}}. I work driving combi, plate {{VEHICLE:V2K-718}}.

Informacion: Amoxicilina 500 mg cada 8 horas, Ibuprofeno 400 mg. Alergias: ninguna. Idioma: quechua y espanol. Region: Puno, Peru. Possible dental abscess, may need incision and drainage.

Llamada de seguimiento {{DATE:25/11/2026}}: {{NAME:Tupac}} atendido en {{LOCATION:Centro de Salud Santa Adriana}}. Dentist Dr {{NAME:Rocio Apaza Condori}}. SIS number {{HEALTH_PLAN:SIS-000-4471928}}.

Nota: {{NAME:Nayra}} tambien tiene fiebre. Medico {{NAME:Rocio Apaza}}.
`,
  },
  {
    id: 't15-045',
    kind: 'letter-to-gp',
    text: `
Dear Dr {{NAME:Ng}},
Re: {{NAME:Wong Siu Ming}} (my father), {{LOCATION:Flat 12B, Block 3, Wah Fu Estate}}, {{LOCATION:Pok Fu Lam}}
Dad came back from a trip to {{LOCATION:Shenzhen}} with a cough and night sweats. Our neighbour Auntie {{NAME:Chan}} had TB last year. His HKID is {{OTHER_ID:A000123(4)}}. He is 88 and still plays mahjong at {{LOCATION:Aberdeen}} community hall every day. I ({{NAME:Wong Ka Yan}}, {{NAME:Karen}}) can be reached at {{EMAIL:karen.wong.ky@example.hk}}.

P.S. Dad's friend Mr {{NAME:Lau Kwok-wai}} from the {{LOCATION:Wah Fu}} elderly centre also coughs. My brother {{NAME:Wong Chi Keung}}, {{NAME:Kenneth}} lives in {{LOCATION:Tsuen Wan}}.

Reply {{DATE:18/11/2026}} from Dr {{NAME:Ng}}, {{LOCATION:Wah Fu Clinic}}: chest X-ray at {{LOCATION:Queen Mary Hospital}} on {{DATE:20/11}}.
`,
  },
  {
    id: 't15-046',
    kind: 'complaint-email',
    text: `
Subject: Parking fine while visiting my dying wife
I received a penalty notice for my car {{VEHICLE:LD67 PXW}} in the {{LOCATION:Queen Elizabeth Hospital Birmingham}} car park on {{DATE:1 November}}. My wife {{NAME:Jasbir Kaur Sandhu}} was on the palliative ward and died the next morning. I am {{NAME:Harjinder Singh Sandhu}}. Our gurdwara ({{LOCATION:Guru Nanak Gurdwara, Smethwick}}) has helped us. PCN number {{OTHER_ID:QE-PCN-2026-119284}}. I think it is shameful.
{{LOCATION:47 Soho Road}}, {{LOCATION:Handsworth}}, {{LOCATION:B21 9SN}}

{{NAME:Jasbir}} had metastatic breast cancer, treated with Herceptin and Letrozole, then morphine through a syringe driver (McKinley T34) at the end. We are Sikh and Punjabi speaking. The Macmillan nurses and the palliative care team were wonderful; it is only the car park I am complaining about.

Reply from {{LOCATION:University Hospitals Birmingham}} car parking, {{DATE:20 November 2026}}: Dear Mr {{NAME:Sandhu}}, the charge has been cancelled. We are very sorry for the loss of {{NAME:Jasbir}}.

From {{NAME:Harjinder}}: thank you. {{NAME:Gurpreet}}, my son, will collect her things.
`,
  },
  {
    id: 't15-047',
    kind: 'carer-diary',
    text: `
Notes kept for the Parkinson's nurse
{{DATE:Nov 2}} - {{NAME:Ewan}} froze at the door 4 times. Sinemet at 7, 11, 3, 7.
{{DATE:Nov 4}} - Fell in the kitchen. Neighbour {{NAME:Pradeep}} helped me lift him. DBS battery checked, IPG serial {{DEVICE:NNN412800H}}.
{{DATE:Nov 8}} - Good day. Walked to {{LOCATION:Pittville Park}}. Chatted with Rev. {{NAME:Sally Mbeki}} from {{LOCATION:St Luke's}}.
{{DATE:Nov 10}} - Speech therapy at {{LOCATION:Cheltenham General}} with {{NAME:Fiona}}. Voice practice recorded - file {{BIOMETRIC:voiceprint_EMcK_1110.wav}}? (she said it's only for her).

Meds: Sinemet 25/100 at 7, 11, 3, 7; Rasagiline 1 mg; Madopar dispersible if frozen. Hoehn and Yahr stage 3. UPDRS done last clinic. DBS settings: left STN 2.8 V, right 3.0 V. Nurse said avoid Metoclopramide and Haloperidol.

{{DATE:Nov 14}} - {{NAME:Ewan}}'s brother {{NAME:Callum McKenzie}} came down from {{LOCATION:Inverness}}. Drove us in his van ({{VEHICLE:SV21 HRT}}) to {{LOCATION:Cheltenham General}}. Parkinson's nurse {{NAME:Bridget}} changed the Sinemet.

{{DATE:Nov 16}} - {{NAME:Callum}}'s driving licence number {{LICENSE:MCKEN611095C99AB}} given to the hospital car park for the permit.
`,
  },
  {
    id: 't15-048',
    kind: 'portal-message',
    text: `
Subject: Covid vaccine record wrong
My name is spelled wrong on the record, it says {{NAME:Oluwatobiloba Fashola}} but should be {{NAME:Oluwatobiloba Fasola}}. DOB {{DATE:1988-04-23}}. Shot given at {{LOCATION:CVS}} #4412, {{LOCATION:Eastern Pkwy}} on {{DATE:10/3/2026}}. My state ID NY ID {{LICENSE:000-221-784}}. Photo of card attached: {{PHOTO:vaxcard_front.heic}}. Thanks

Reply {{DATE:10/12/2026}} from {{NAME:Marisol}} at the NYSIIS desk: record corrected. Proxy access for your wife {{NAME:Adaeze Fasola}} set up, email {{EMAIL:adaeze.fasola@example.com}}.

From {{NAME:Oluwatobiloba}}: thank you. My driver licence is {{LICENSE:000 112 489}} if needed.
`,
  },
  {
    id: 't15-049',
    kind: 'chatbot-question',
    text: `
User: is it safe to fly to {{LOCATION:Lagos}} at 34 weeks? my OB is Dr {{NAME:Grace Amadi-Bishop}} at {{LOCATION:Texas Children's Pavilion for Women}}
Bot: Many airlines accept travel up to 36 weeks with a letter; check with your obstetrician.
User: ok. my husband {{NAME:Chidi}} booked for {{DATE:December 12}}. mum Mrs {{NAME:Obiageli Nwosu}} lives in {{LOCATION:Surulere}}, near {{LOCATION:Lagos Island Maternity Hospital}}. my member id BCBS-TX {{HEALTH_PLAN:ZGP882019344}}

User: also she goes to {{LOCATION:The Redeemed Church, Ojodu}} every sunday, pastor {{NAME:Adewale}} asked if i can visit the baby at {{LOCATION:Lagos University Teaching Hospital}} after. my sister {{NAME:Ngozi}} lives in {{LOCATION:Katy}}

Bot: Please bring your records from Dr {{NAME:Amadi-Bishop}} when you travel.
`,
  },
  {
    id: 't15-050',
    kind: 'thank-you-letter',
    text: `
Dear Dr. {{NAME:Eitan Ben-Ami}} and the team of {{LOCATION:Hadassah Ein Kerem}},
On behalf of the family of {{NAME:Shoshana Rivka Katz}}, thank you. Savta was {{AGE_OVER_89:92}} and you treated her like your own grandmother. Her great-grandchildren {{NAME:Noa}}, {{NAME:Ariel}} and {{NAME:Yehuda Levi}} drew the pictures on the wall. We sat shiva in {{LOCATION:Rehavia}}, at {{LOCATION:Rehov Ramban 18}}. Rabbi {{NAME:Menachem Fried}} from the {{LOCATION:Yeshurun Synagogue}} spoke of your kindness.
{{NAME:Devorah Katz-Mizrahi}}, {{LOCATION:Jerusalem}}

P.S. Savta's friend from {{LOCATION:Moshav Nehalim}}, {{NAME:Bracha Gottlieb}}, who is {{AGE_OVER_89:101}}, asked us to thank nurse {{NAME:Yael}} too. Write to us at {{EMAIL:devorah.km@example.co.il}}.

Reply from Dr {{NAME:Ben-Ami}}, {{DATE:20.11.2026}}: thank you {{NAME:Devorah}}.
`,
  },
  {
    id: 't15-051',
    kind: 'family-update-forwarded',
    text: `
FW: texts from my brother - please add to Mom's chart
> {{DATE:11/20}} 9:14pm {{NAME:Jamal}}: Mom ({{NAME:Bernice Washington-Hayes}}) said her sugar was 412 on the meter (Contour Next, serial {{DEVICE:7041928833}})
> {{DATE:11/20}} 9:20pm {{NAME:Jamal}}: I'm taking her to {{LOCATION:Jackson-Madison County General}}
> {{DATE:11/21}} 6:02am {{NAME:Jamal}}: they kept her. Dr {{NAME:Truong}} said DKA maybe. room 5112
Forwarded by {{NAME:Keisha Hayes}}, {{PHONE:731-555-0162}}, fax at work {{FAX:731-555-0199}}

Mom's meds: Lantus 30 units, Humalog sliding scale, Metformin stopped, Lisinopril 20, Atorvastatin 40. Her A1c was 11.2. The ER gave insulin drip per DKA protocol, anion gap 24, potassium 3.1. She is Baptist and does not want blood products unless needed.

From {{NAME:Keisha}} {{DATE:11/22}}: Mom's sugar now 180. Her Medicare {{HEALTH_PLAN:6TR4-WQ2-PL81}}. She lives at {{LOCATION:88 Hollywood Dr}}, {{LOCATION:Jackson}}, TN {{LOCATION:38301}}. Her friend Ms. {{NAME:Earline}} from {{LOCATION:Greater Bethel AME}} will sit with her.

From {{NAME:Jamal}} {{DATE:11/23}}: Mom home. Pharmacy at {{LOCATION:Walgreens}} on {{LOCATION:Highland Ave}}.
`,
  },
];
