// train15 notes2: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-010',
    kind: 'compliment',
    text: `
Compliment for the Cardiology Clinic. My father {{NAME:Arman Petrosyan}} saw Dr {{NAME:Anahit Hovhannisyan}} on {{DATE:9 Nov}} and she explained the Holter results in Armenian so he understood. Thanks also to receptionist {{NAME:Lusine}}. We drove from {{LOCATION:Glendale}} to {{LOCATION:Verdugo Hills Hospital}}, parking was hard. Our priest Fr. {{NAME:Vartan Kalayjian}} from {{LOCATION:St. Mary Armenian Apostolic Church}} came too.
{{NAME:Sona Petrosyan-Grigoryan}}, {{PHONE:(818) 555-0143}}

P.S. Dad's next appointment is {{DATE:February 4, 2027}}. Please send the letter in Armenian to his home, {{LOCATION:1205 E Wilson Ave}}, {{LOCATION:Apt 4}}, {{LOCATION:Glendale}} {{LOCATION:91206}}. My brother {{NAME:Hovik}} will bring him.

Clinic note: Mr {{NAME:Petrosyan}}'s Holter device {{DEVICE:HLT-7720-51934}} returned {{DATE:11/10/2026}}.
`,
  },
  {
    id: 't15-011',
    kind: 'chatbot-question',
    text: `
User: can i take ibuprofen with sertraline 50 mg? i am {{NAME:Kwame}}, 23, student at {{LOCATION:KNUST}} in {{LOCATION:Kumasi}}
Bot: Combining them can raise bleeding risk. Paracetamol is usually preferred.
User: ok. my friend {{NAME:Abena Owusu-Ansah}} said her doctor at {{LOCATION:Komfo Anokye Teaching Hospital}} told her same thing. my card number for NHIS is {{HEALTH_PLAN:NHIS-0419-7782-3316}} do i need it at pharmacy in {{LOCATION:Ayeduase}}?

User: also my roommate {{NAME:Yaw Boateng}} from {{LOCATION:Unity Hall}} has fever since Friday {{DATE:20th}}
Bot: Please take him to a clinic; fever for several days needs testing for malaria.
User: ok we go to {{LOCATION:KNUST Hospital}} tomorrow, Dr {{NAME:Akosua Frimpong}} is there

User: thanks bot. my mum {{NAME:Efua}} in {{LOCATION:Cape Coast}} says hi lol
`,
  },
  {
    id: 't15-012',
    kind: 'memorial-note',
    text: `
In loving memory of {{NAME:Margit Sigridur Haraldsdottir}}, who died peacefully at {{LOCATION:Grund Nursing Home}} in {{LOCATION:Reykjavik}} on {{DATE:2 November 2026}}, aged {{AGE_OVER_89:97}}. Born on a farm near {{LOCATION:Hvolsvollur}}, she nursed for forty years at {{LOCATION:Landspitali}}. She is mourned by her sons {{NAME:Einar}} and {{NAME:Gunnar Jonsson}}, grand-daughter {{NAME:Sol}}, and her cat Kisa. The family thanks Dr {{NAME:Helga Bjornsdottir}} and the staff of the 3rd floor. Funeral at {{LOCATION:Hallgrimskirkja}} on {{DATE:16 November}} at 13:00.

The family asks that, instead of flowers, donations be given to the Icelandic Heart Association or to the Alzheimer's Society. {{NAME:Margit}} suffered from Alzheimer's disease and macular degeneration in her last years, and was treated with Aricept and Lucentis injections. She loved knitting lopapeysa, singing in Icelandic and the poems of Jonas Hallgrimsson.

The family can be reached at {{LOCATION:Laugavegur 102}}, {{LOCATION:105}} {{LOCATION:Reykjavik}}, or through {{NAME:Einar Jonsson}}, {{PHONE:+354 555 0193}}.

Printed in the Morgunbladid notices, sent in by {{NAME:Sol Einarsdottir}}, {{DATE:10 November 2026}}.
`,
  },
  {
    id: 't15-013',
    kind: 'portal-message',
    text: `
To: Dr. {{NAME:Whitehorse}} (Family Medicine)
From: {{NAME:Summer Begay}}
Hi Dr. {{NAME:Whitehorse}}, my grandmother {{NAME:Lorraine Yazzie}} is {{AGE_OVER_89:90}} and lives out past {{LOCATION:Chinle}} with no running water. She ran out of her insulin pen (Lantus). My uncle {{NAME:Hosteen Tsosie}} can drive her in to {{LOCATION:Chinle Comprehensive Health Care Facility}} Thursday. Her chart number is {{MRN:CH-0028174}}. Can she also get the shingles shot? She speaks mostly Navajo, please get an interpreter. Call my cell {{PHONE:928-555-0177}}.

Grandma's meds: Lantus 22 units at night, Metformin 500 mg twice, Lisinopril 10 mg, aspirin 81. Her last A1c was 8.4. Her pneumonia shot (Prevnar 20) was done. She also uses traditional medicine from the medicine man and wants that respected. Her blood pressure at the chapter house was 156/88.

Reply from {{NAME:Desiree Nez}}, RN, {{DATE:11/23/2026}}: Appointment booked {{DATE:12/3}} at 10:00. Navajo interpreter {{NAME:Delbert Yellowhair}} will be present. Lantus refill sent to the {{LOCATION:Chinle}} pharmacy.

From {{NAME:Summer}} {{DATE:12/4}}: Grandma got her shot. Uncle {{NAME:Hosteen}}'s truck plate is AZ {{VEHICLE:4KP-221}}, security at {{LOCATION:Chinle}} asked.
`,
  },
  {
    id: 't15-014',
    kind: 'complaint-email',
    text: `
From: {{EMAIL:h.kowalczyk77@example.pl}}
Sent: {{DATE:21.11.2026}}
Subject: Skarga / complaint - my father

Dear Patient Relations,
My father {{NAME:Zbigniew Kowalczyk}} (US SSN on file {{SSN:000-44-1287}}) was discharged from {{LOCATION:Lakeview Regional}} on {{DATE:Nov 12}} with no transport. He lives alone at {{LOCATION:2210 S 13th St}}, {{LOCATION:Milwaukee}} {{LOCATION:53215}}. The discharge nurse {{NAME:K. Brzezinski}} said a cab was ordered but nobody came and he waited 3 hours in the lobby. My brother {{NAME:Tomasz}} had to leave work at Briggs plant in {{LOCATION:Wauwatosa}} to get him.
Account number on the bill: {{ACCOUNT:HB-77120459}}.
Regards, {{NAME:Halina Kowalczyk-Nowak}}

He takes Eliquis 5 mg, Metoprolol succinate 50 mg, Furosemide 40 mg and Jardiance 10 mg. The discharge paper said CHF exacerbation, EF 30%, NYHA class III. Nobody explained the Lasix dose change. He speaks Polish and a little English. The discharge summary was only in English.

Reply from Patient Relations {{DATE:23 Nov 2026}}: Dear Ms {{NAME:Kowalczyk-Nowak}}, we are sorry. {{NAME:Kelsey Brandt}}, patient advocate, will call you. Reference {{OTHER_ID:PR-26-11-0931}}.

P.S. from {{NAME:Halina}}: Dad's Medicare is {{HEALTH_PLAN:3WE7-KD1-NP44}}; his doctor at {{LOCATION:Aurora Sinai}} is Dr {{NAME:Piotr Zalewski}}.
`,
  },
  {
    id: 't15-015',
    kind: 'family-whatsapp-forwarded',
    text: `
[forwarded to ward from family group chat]
[{{DATE:25/11}} 07:12] {{NAME:Priya Venkataraman}}: Appa slept ok, saturation 94 on the pulse ox
[{{DATE:25/11}} 07:40] {{NAME:Karthik V}}: Good. I will reach {{LOCATION:Apollo Greams Road}} by 11, Dr {{NAME:Subramaniam}} rounds at 12
[{{DATE:25/11}} 08:02] {{NAME:Lakshmi}} Aunty: Pray at {{LOCATION:Kapaleeshwarar temple}} for him today
[{{DATE:25/11}} 08:15] {{NAME:Priya Venkataraman}}: Insurance TPA number is {{HEALTH_PLAN:STAR-HLT-5520871}}, keep handy
[{{DATE:25/11}} 09:30] {{NAME:Deepa}}: Cousin {{NAME:Hari}} coming from {{LOCATION:Mylapore}}, bringing idli

[{{DATE:25/11}} 10:05] {{NAME:Karthik V}}: Dr {{NAME:Subramaniam}} says angiogram tomorrow. Room 714, {{LOCATION:Apollo Greams Road}}
[{{DATE:26/11}} 18:40] {{NAME:Priya Venkataraman}}: Stent done. Appa asked for Ammamma's photo, I sent {{PHOTO:ammamma_wedding.jpg}}

[{{DATE:27/11}} 08:00] {{NAME:Deepa}}: Discharge today. Take Appa to {{LOCATION:Adyar}} house, {{LOCATION:No. 14, 3rd Cross Street, Besant Nagar}}.
`,
  },
  {
    id: 't15-016',
    kind: 'symptom-checker',
    text: `
Main problem: rash on my babys cheeks and fever 38.9
Child's name: {{NAME:Grace Achieng Otieno}}
Child's date of birth: {{DATE:04/02/2025}}
Your name: {{NAME:Mercy Otieno}}
Town: {{LOCATION:Kisumu}}, {{LOCATION:Milimani}} estate
Nearest clinic: {{LOCATION:Aga Khan Hospital Kisumu}}
Other info: she had the measles jab? I am not sure. Her dad {{NAME:Brian Odhiambo}} works in {{LOCATION:Nairobi}}. her brother {{NAME:Will}} has cough

Nurse callback {{DATE:22/11/2026}}: spoke to {{NAME:Mercy}}. Advised review at {{LOCATION:Jaramogi Oginga Odinga Teaching and Referral Hospital}} today. Mother's phone {{PHONE:+254 700 555 018}}.

Mother's note: {{NAME:Grace}} better. Our church {{LOCATION:ACK St Stephen's Cathedral}} prayed.
`,
  },
  {
    id: 't15-017',
    kind: 'letter-to-consultant',
    text: `
Dear Mr {{NAME:Faisal Rahimi}} FRCS,
I saw you at the {{LOCATION:Spire Manchester}} hand clinic on {{DATE:October 28th}} about my Dupuytren's. I forgot to ask, can I still drive my taxi (plate {{VEHICLE:MX19 KTV}}, licence {{LICENSE:PHD/04417}}) after the operation? My wife {{NAME:Shirin}} and my nephew {{NAME:Reza Tehrani}} share the car. I live at {{LOCATION:88 Wilbraham Road}}, {{LOCATION:Chorlton}}. Thank you, {{NAME:Dariush Karimi-Farahani}}

About the operation: they said a fasciectomy under a Bier block, and Xiapex (collagenase) injections were not suitable. The Tubiana stage is 2. I take Metformin and Gliclazide. I am a Muslim and fasting in Ramadan, so please not in that month. I speak Farsi and English.

P.S. My GP is Dr {{NAME:Ngozi Umeh}} at {{LOCATION:Barlow Medical Centre}}, {{LOCATION:Didsbury}}. My hospital number is {{MRN:SPM-0048821}} and my phone is {{PHONE:0161 555 0172}}.

Reply from Mr {{NAME:Rahimi}}'s secretary {{NAME:Beverley}}, {{DATE:3 November}}: no driving for 2 weeks. Fax to DVLA? No.
`,
  },
  {
    id: 't15-018',
    kind: 'thank-you-email',
    text: `
From: {{EMAIL:jessamy.hope@example.net}}
To the team at {{LOCATION:Helen & Douglas House}},
Thank you for the weekend respite for our son {{NAME:Felix Hope}}. Nurse {{NAME:Ria}} and volunteer Grandad {{NAME:Bill}} were brilliant. {{NAME:Felix}}'s wheelchair (serial {{DEVICE:WHL-QX5-300218}}) has a squeaky wheel now, sorry! We will bring it back to {{LOCATION:Oxford}} on {{DATE:January 9}}. Love, {{NAME:Jessamy}}, {{NAME:Tom}} and {{NAME:Poppy Hope}}

P.S. {{NAME:Poppy}} wants to know if the rabbit therapy volunteer {{NAME:Marjorie}} will be there on {{DATE:9th January}}. Our address is {{LOCATION:3 Meadow Way}}, {{LOCATION:Kidlington}}, {{LOCATION:OX5 1AB}}.

Reply from {{NAME:Ria}} at {{LOCATION:Helen & Douglas House}}: see you on the {{DATE:9th}}! Wheelchair fixed by {{NAME:Darren}}.
`,
  },
  {
    id: 't15-019',
    kind: 'portal-message',
    text: `
Subject: photos of my wound
Dear Nurse Practitioner {{NAME:Kim}}, I uploaded the pictures as {{PHOTO:IMG_20261124_0931.jpg}} and {{PHOTO:IMG_20261124_0932.jpg}}. The stitches from the surgery at {{LOCATION:Seoul St. Mary's Hospital}} look red. I am back in {{LOCATION:Fort Lee}} now at my daughter {{NAME:Park Ji-woo}}'s house ({{LOCATION:1450 Anderson Ave}}, {{LOCATION:Unit 12}}). My name is {{NAME:Lee Soon-ja}}. Please reply in the app.

Reply from {{NAME:Kim}} NP, {{DATE:11/25}}: Please come to {{LOCATION:Englewood Hospital}} wound clinic on {{DATE:11/27}}. Your daughter {{NAME:Ji-woo}} can call {{PHONE:201-555-0139}}. Insurance member {{HEALTH_PLAN:HZN-3381904-01}}.

From {{NAME:Lee Soon-ja}} {{DATE:11/26}}: thank you. Third photo {{PHOTO:IMG_20261126_1102.jpg}}.
`,
  },
];
