// train15 notes1: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-001',
    kind: 'portal-message',
    text: `
Subject: question about mums tablets

Hi Dr {{NAME:Okonkwo-Bishop}}, its {{NAME:Chiamaka}} again, {{NAME:Ngozi Eze}}'s daughter. Mum has been on the Eliquis since the stroke and she keeps saying its making her bruise. Her neighbour Mrs {{NAME:Adaeze Obi}} (the one from {{LOCATION:St Barnabas Church}} on {{LOCATION:Coldharbour Lane}}) says she should stop it but I told her no not without asking you. Also her legs are swollen again, worse on the left. Should we come to the {{LOCATION:Brixton Hill Surgery}} or go straight to {{LOCATION:King's College Hospital}}? She was last seen on {{DATE:14 October}}. Her NHS number is {{MRN:943 476 5919}} if that helps. You can ring me on {{PHONE:07700 900461}}.
Thank you, {{NAME:Chi}}

Her tablets now: Eliquis 5 mg twice a day, Amlodipine 10 mg, Atorvastatin 40 mg, Lansoprazole 15 mg. She stopped the Adcal because it made her constipated. Her INR was never checked because she is not on Warfarin any more. The Stroke Clinic at the hospital said NIHSS was 2 at discharge and her Rankin score was 1. She speaks Igbo and English, and she is a Nigerian and British citizen.

P.S. Sorry I forgot, Mum's other daughter {{NAME:Ifeoma}} lives in {{LOCATION:Peckham}} and can bring her on Thursday {{DATE:3rd December}} if {{LOCATION:Brixton Hill Surgery}} has space. Mum also asked if Dr {{NAME:Okonkwo-Bishop}} remembers her from {{LOCATION:Lambeth Hospital}} in the 90s. My email is {{EMAIL:chiamaka.eze@example.co.uk}}.

Second P.S. from {{NAME:Chi}}, {{DATE:26/11}}: Mum's Warfarin was switched to Eliquis at {{LOCATION:St Thomas'}} by Dr {{NAME:Olusegun Bamgbose}}. Our address is {{LOCATION:Flat 6, 112 Acre Lane}}, {{LOCATION:SW2 5RA}}.
`,
  },
  {
    id: 't15-002',
    kind: 'complaint-letter',
    text: `
{{LOCATION:14 Rowan Close}}
{{LOCATION:Penarth}}
{{LOCATION:CF64 3TX}}
{{DATE:3rd November 2026}}

Patient Advice and Liaison Service
{{LOCATION:University Hospital Llandough}}

Dear Sir or Madam,

I am writing to complain about how my husband {{NAME:Gwilym ap Rhys}} was treated on Ward West 6 between {{DATE:19}} and {{DATE:24 October}}. On the Tuesday night nobody answered the buzzer for nearly an hour. A nurse called {{NAME:Bronwen}} was lovely but the agency nurse (I think her badge said {{NAME:T. Llewellyn-Hart}}) told him to "stop making a fuss". {{NAME:Gwilym}} is {{AGE_OVER_89:91}} and has Parkinson's, he cannot just get up on his own. Also his hearing aid went missing, serial {{DEVICE:PH-7734-0921-KX}}, and nobody could tell us where it went.

I would like a written reply. My daughter {{NAME:Carys Morgan}} ({{EMAIL:carys.morgan@example.co.uk}}) is helping me with this.

Yours faithfully,
{{NAME:Eirlys ap Rhys}}

For the record, his medicines were Sinemet Plus 25/100 four times a day, Madopar CR at night, Rivastigmine patch 9.5 mg, and Movicol. The Parkinson's timing chart was ignored. He was also started on Trimethoprim for E. coli in the urine without anyone telling me. Braden score on the chart said 12 and Waterlow 18. The Falls Team and Occupational Therapy never came.

P.S. The ward sister, Mrs {{NAME:Pritchard}}, said she would call me on {{DATE:27 October}} but never did. Our GP Dr {{NAME:Iolo Vaughan-Jenkins}} at {{LOCATION:Penarth Health Centre}} has been copied in. Hospital number {{MRN:H4417720}}.

Note added by PALS ({{NAME:Rhian Beddoe}}, {{DATE:6 November 2026}}): acknowledged within 2 working days; Datix {{OTHER_ID:W-2026-118834}}. Hearing aid replacement ordered.
`,
  },
  {
    id: 't15-003',
    kind: 'carer-diary',
    text: `
Carers diary - Dad ({{NAME:Ravi}})
Mon {{DATE:2/11}}: bad night. up 4 times to the loo. {{NAME:Sunita}} (my sister) came at 10. BP 148/92 on the home machine. Gave the Donepezil 10mg at 9pm.
Tues {{DATE:3/11}}: district nurse {{NAME:Jo Whitfield}} came, dressing on heel changed. She said grade 2. Dad asked for Mum ({{NAME:Kamla}}) again, she died in 2019. Took him round the block on {{LOCATION:Harrow View}}, he liked seeing the dog (Biscuit) at no. 40.
Wed {{DATE:4/11}}: Dr {{NAME:Mehta}} from {{LOCATION:Kenton Bridge Medical Centre}} phoned, wants bloods. Booked for Friday at {{LOCATION:Northwick Park}}. {{NAME:Anand}} from the temple ({{LOCATION:Shree Ram Mandir, Wealdstone}}) brought food.
Thurs {{DATE:5/11}}: calmer. Ate dal and rice. Mini-Cog done by OT last month 2/5.

Things to ask at next GP visit: can Dad switch from Donepezil to Memantine? Is the Senna making him go too often? The Waterlow chart from the district nurses says 15. His MMSE was 19/30 last year. Does he need the Fortisip drinks twice a day or once? Ask about Attendance Allowance form. Also is the Zimmer frame the right height?

Fri {{DATE:6/11}}: bloods done at {{LOCATION:Northwick Park}}, nurse {{NAME:Comfort}} was quick. {{NAME:Sunita}}'s husband {{NAME:Vikram}} drove. Dad asked about {{NAME:Mohan}} uncle in {{LOCATION:Leicester}}.
Sat {{DATE:7/11}}: {{NAME:Anand}} again. Took photo of heel for the nurse, saved as {{PHOTO:heel_dad_0711.jpg}}.

Sun {{DATE:8/11}}: Dad's Blue Badge renewed ({{OTHER_ID:BB-HRW-771204}}). {{NAME:Sunita}} took the car ({{VEHICLE:YK19 ODF}}). Good day.
`,
  },
  {
    id: 't15-004',
    kind: 'symptom-checker',
    text: `
What symptoms do you have? chest tightness and my left arm is tingly since this morning
Age: 54
Sex: male
Where are you? {{LOCATION:Tampere}}, near {{LOCATION:Hervanta}}
Anything else? my wife {{NAME:Liisa Heikkinen}} says i look grey. i had covid in march. i take Xarelto? no sorry its ramipril. my doctor is {{NAME:Mikko Jarvela}} at {{LOCATION:Hervannan terveysasema}}
Name (optional): {{NAME:Jukka-Pekka Nieminen}}
Phone (optional): {{PHONE:+358 40 555 0192}}
Result: Call emergency services now.

Medicines list entered: Ramipril 5 mg, Atorvastatin 20 mg, Omeprazole 20 mg. Allergies: penicillin (rash). Smoking: quit in 2018. Alcohol: 10 units a week. BMI 29. Family history: father MI at 60. The checker uses the Manchester Triage scale and flagged category 1 (red). Language: Finnish.

Follow-up message sent {{DATE:26.11.2026}} to {{EMAIL:jp.nieminen@example.fi}}: "Did you get help?" Reply: "yes ambulance took me to {{LOCATION:Tays}}, stent put in, Dr {{NAME:Kaisa Ylonen}} says I was lucky. thank you. {{NAME:Liisa}} too."

Note from {{NAME:Liisa}}: his Kanta account shows discharge {{DATE:28.11.2026}} from {{LOCATION:Tampereen yliopistollinen sairaala}}; heart failure nurse {{NAME:Tuula Kivela}}.
`,
  },
  {
    id: 't15-005',
    kind: 'chatbot-question',
    text: `
User: hello my name is {{NAME:Fatima Zahra Benali}} i live in {{LOCATION:Roubaix}}, i am pregnant 32 weeks. my midwife Sage-femme {{NAME:Amelie Duroc}} at {{LOCATION:Maternite Paul Gelle}} said to ask if i have headaches. i have headache since Sunday {{DATE:22 November}} and see little stars. is it normal? my husband {{NAME:Yassine}} is at work in {{LOCATION:Lille}}. my blood pressure at pharmacy was 152/101.
Bot: Headache with flashing lights and blood pressure above 140/90 in pregnancy needs same-day assessment. Please contact your maternity unit now.
User: ok i call them. number is {{PHONE:03 20 55 01 47}}?

Bot (continued): Warning signs in pregnancy include severe headache, visual disturbance, swelling of the face or hands, and pain under the ribs. These can be signs of pre-eclampsia (also called toxemia). Aspirin 150 mg is sometimes given from 12 weeks. Labetalol and Nifedipine are common treatments. This advice is general and does not replace your midwife.

User: they said come to {{LOCATION:Hopital Jeanne de Flandre}} now. my sister {{NAME:Khadija}} from {{LOCATION:Tourcoing}} will take me. my Carte Vitale number {{HEALTH_PLAN:2 91 05 59 350 047 12}}

Nurse note: Mme {{NAME:Benali}} seen at {{DATE:23/11}} 14:10, BP 158/104, proteinuria 2+. Admitted. Partner {{NAME:Yassine Benali}} informed at {{PHONE:06 55 50 12 34}}.
`,
  },
  {
    id: 't15-006',
    kind: 'thank-you-card',
    text: `
To all the staff on Ward 7B at {{LOCATION:Tauranga Hospital}},
Kia ora and thank you from the whanau of {{NAME:Hemi Te Rangi Walker}}. You looked after Koro so well in his last days. Special thanks to {{NAME:Aroha}}, Nurse {{NAME:Mele Fifita}} and Dr {{NAME:Sione Havili}}, who let us sing waiata at his bedside. The tangi was held at {{LOCATION:Huria Marae}} in {{LOCATION:Judea}} on {{DATE:8 September}}. Koro would have been {{AGE_OVER_89:93}} in December.
Nga mihi nui,
{{NAME:Moana}}, {{NAME:Tamati}} and {{NAME:Ngaire Walker}}
{{LOCATION:22 Chapel Street}}, {{LOCATION:Otumoetai}}, {{LOCATION:Tauranga}} {{LOCATION:3110}}

P.S. Please pass our thanks to the chaplain, {{NAME:Matua Rawiri Nikora}}, and to {{NAME:Kelly}} at the front desk. Koro's photo for the wall is attached as {{PHOTO:koro_hemi_1945.jpg}}.

From the ward: thank you {{NAME:Moana}}. The card is on the wall next to the photo of {{NAME:Hemi}} with his mokopuna.
`,
  },
  {
    id: 't15-007',
    kind: 'family-update-forwarded',
    text: `
FW: update on Grandma
From: {{EMAIL:diego.alvarez.f@example.com}}
To: {{EMAIL:clinic-messages@example.org}}
Date: {{DATE:Nov 18, 2026}}

Hi, forwarding what my cousin wrote so Dr {{NAME:Castillo}} sees it.
---
Hola everyone, update on Abuela {{NAME:Rosa Maria Fernandez de la Cruz}}. She fell in the bathroom at the apartment ({{LOCATION:4417 W Cermak Rd}}, {{LOCATION:Apt 3B}}) on Saturday. Tio {{NAME:Armando}} found her. They took her to {{LOCATION:Mount Sinai Hospital}} on {{LOCATION:California Ave}}, she has a broken wrist, no hip fracture thank God. She is going to stay with {{NAME:Lupita}} in {{LOCATION:Cicero}} for now. Her caseworker Ms. {{NAME:Tanisha Greer}} at {{LOCATION:Little Village Senior Center}} needs her Medicaid ID, it is {{HEALTH_PLAN:MCD 884201937}}. Please pray for her at {{LOCATION:St. Agnes of Bohemia}} on Sunday.
- {{NAME:Vero}}

Abuela's medicines for Dr {{NAME:Castillo}}: Metformin 1000 mg, Lisinopril 20 mg, Alendronate 70 mg weekly, Tylenol Arthritis as needed. She had Shingrix in 2023. Her DEXA T-score was -2.7. She prefers Spanish. The ER said the fracture is a Colles fracture, splinted, Ortho to follow.

Reply from clinic {{DATE:11/19/2026}}: Thank you. Dr {{NAME:Castillo}} has reviewed. Please bring {{NAME:Rosa Maria}} to {{LOCATION:Esperanza Health Centers}} on {{DATE:Nov 30}}. Her MRN {{MRN:EHC-5519027}}. Call {{PHONE:(773) 555-0114}}.

Update {{DATE:Nov 21}} from {{NAME:Vero}}: Abuela's cast off {{DATE:Dec 28}}. {{NAME:Lupita}}'s address is {{LOCATION:2135 S 51st Ct}}, {{LOCATION:Cicero}}, IL {{LOCATION:60804}}.
`,
  },
  {
    id: 't15-008',
    kind: 'letter-to-gp',
    text: `
Dear Dr {{NAME:Abubakar}},
I hope you don't mind me writing. I am {{NAME:Olumide Adeyemi-Cole}}'s wife, {{NAME:Funmilayo}}. Since he started the new job at the Amazon warehouse in {{LOCATION:Dunstable}} he has been getting chest pains on the night shift. He won't come himself. His brother {{NAME:Tunde}} had a heart attack at 46 in {{LOCATION:Ibadan}}. {{NAME:Olu}}'s date of birth is {{DATE:12/06/1979}}. We moved from {{LOCATION:Flat 9, Elmhurst Court}}, {{LOCATION:Luton}} to {{LOCATION:31 Marsh Road}}, {{LOCATION:Leagrave}}, {{LOCATION:LU3 2QF}} in August, so please update the address.
God bless, {{NAME:Funmi Adeyemi-Cole}}
{{PHONE:01582 555 018}}

P.S. {{NAME:Olumide}}'s phone is {{PHONE:07700 900 217}}, he finishes at 6am. His employee ID at work is {{OTHER_ID:EMP-DUN-448190}} if you need to write a sick note.

Reply from Dr {{NAME:Abubakar}}, {{DATE:16 November 2026}}: Thank you {{NAME:Funmi}}. I have booked {{NAME:Olumide}} for an ECG at {{LOCATION:Leagrave Surgery}} on {{DATE:19 November}}.
`,
  },
  {
    id: 't15-009',
    kind: 'portal-message',
    text: `
hi, this is {{NAME:tran thi thu hang}}, i need refill for my metformin 500 and my amlodipine 5. the pharmacy at {{LOCATION:Walgreens}} on {{LOCATION:Bellaire Blvd}} said doctor did not send. my son {{NAME:kevin nguyen}} will pick up. my new insurance card number {{HEALTH_PLAN:XHU 90217744 01}}, group 88120 (the old one from work stopped {{DATE:10/31}}). also can doctor {{NAME:le}} fill form for my job at Hong Kong Food Market? thank you
Sent from {{IP:198.51.100.77}}

My medicines: Metformin 500 mg twice, Amlodipine 5 mg, Januvia 100 mg, Vitamin D 1000 IU. A1c last time 7.9. I also take Ginseng tea, is that ok? I speak Vietnamese, need interpreter. Pharmacy BIN 610014, PCN 9999, group 88120.

Reply {{DATE:11/24}} from {{NAME:Linh}} (MA): refill sent to {{LOCATION:Walgreens}} #9921 at {{LOCATION:10355 Bellaire Blvd}}, {{LOCATION:Houston}} {{LOCATION:77072}}. Dr {{NAME:Le}} will fill the form. Please log in at {{URL:https://portal.example.com/forms}}.

Follow-up {{DATE:11/26}} from {{NAME:Hang}}: I pick up already, thank you. Son {{NAME:Kevin}} email {{EMAIL:kevin.nguyen91@example.com}}.
`,
  },
];
