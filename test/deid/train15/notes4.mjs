// train15 notes4: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-031',
    kind: 'chatbot-question',
    text: `
User: my neighbour old Mr {{NAME:Krishnan}} fell in his garden on {{LOCATION:Kensington Street}} and cant get up, should i move him?
Bot: Do not move him if he may have hurt his neck or hip. Call emergency services.
User: called 000. ambo coming from {{LOCATION:Westmead}}. his daughter is {{NAME:Meenakshi}}, she lives in {{LOCATION:Parramatta}}. im {{NAME:Bronte}} next door at number 17

User: ambo took him to {{LOCATION:Westmead Hospital}}. his son {{NAME:Raj Krishnan}} coming from {{LOCATION:Blacktown}}. his dog is with me lol

User: {{NAME:Raj}} says thanks. his wife {{NAME:Lalitha}} died {{DATE:March 2025}}
`,
  },
  {
    id: 't15-032',
    kind: 'letter-to-gp',
    text: `
{{LOCATION:Flat 2}}, {{LOCATION:6 Causewayside}}
{{LOCATION:Edinburgh}} {{LOCATION:EH9 1QF}}
{{DATE:22.xi.2026}}
Dear Dr {{NAME:McAllister}},
I am the carer for my partner {{NAME:Alasdair Mac an t-Saoir}}. Since the fall at {{LOCATION:Waverley}} station in the summer he has had headaches and is forgetting words. The memory clinic at {{LOCATION:Royal Edinburgh Hospital}} has a long wait. His CHI number is {{MRN:0303651234}}. Our friend {{NAME:Morag}} and her husband {{NAME:Hamish Grant}} help on Fridays.
Kind regards, {{NAME:Euan Robertson}}

P.S. {{NAME:Alasdair}}'s sister {{NAME:Catriona MacIntyre}} lives in {{LOCATION:Portree}} and is his power of attorney. Her number is {{PHONE:01478 555 120}}. We are away {{DATE:14}}-{{DATE:21 December}}.

Reply from Dr {{NAME:McAllister}}, {{DATE:25.xi.2026}}: referral made to {{LOCATION:Astley Ainslie}}.
`,
  },
  {
    id: 't15-033',
    kind: 'complaint-email',
    text: `
To: {{EMAIL:feedback@example.health}}
Re: mum's care at {{LOCATION:Oakwood Lodge}} care home
My mother {{NAME:Dorothy Pennyfeather}} ({{AGE_OVER_89:96}}) has had 3 falls since August. Staff member {{NAME:Gemma}} told me nobody checked her sensor mat (device no. {{DEVICE:SM-48812-B}}). The manager Mr {{NAME:Oluwaseun Adebayo}} has not replied. I visit every Sunday after church at {{LOCATION:All Saints, Wokingham}}. CCTV photo reference {{PHOTO:CCTV_OAK_20261101_2214.png}} shows her on the floor for 40 minutes.
{{NAME:Rosemary Pennyfeather-Lowe}}, {{PHONE:0118 555 0634}}

Her medicines: Donepezil 10 mg, Bisoprolol 2.5 mg, Apixaban 2.5 mg twice, Calcichew D3. The home's Falls Risk Assessment Tool (FRAT) score was high. Her Abbey Pain Scale was 8. CQC rating of the home is Requires Improvement. She is Church of England.

Reply {{DATE:24 November 2026}}: Dear Mrs {{NAME:Pennyfeather-Lowe}}, I am sorry. Our registered manager {{NAME:Oluwaseun Adebayo}} and I will meet you on {{DATE:1 December}}. {{NAME:Sarah Quinton}}, Regional Director, {{LOCATION:Oakwood Lodge}}, {{LOCATION:Finchampstead Road}}, {{LOCATION:Wokingham}} {{LOCATION:RG40 2NN}}.

P.S. from {{NAME:Rosemary}}: my brother {{NAME:Nigel Pennyfeather}} in {{LOCATION:Crowthorne}} agrees.
`,
  },
  {
    id: 't15-034',
    kind: 'carer-diary',
    text: `
Diary for Baba - {{NAME:Mehmet Yilmaz}}
{{DATE:12 Kasim}}: kidney machine at {{LOCATION:Neukolln Dialyse}} 3 times a week. Fistula good. {{NAME:Ayse}} drove him.
{{DATE:14 Kasim}}: taxi driver Herr {{NAME:Schulze}} helpful.
{{DATE:15 Kasim}}: cousin {{NAME:Emre}} came from {{LOCATION:Kayseri}}. Baba happy. Prayer at {{LOCATION:Sehitlik Mosque}}.
{{DATE:17 Kasim}}: Dr {{NAME:Weber-Aksoy}} wants to change the EPO. Potassium 5.8. No bananas!
Krankenkasse number {{HEALTH_PLAN:AOK-X123456780}}.

Baba's meds: Renvela 800 mg with meals, Mimpara 30 mg, Aranesp weekly, Amlodipin 10 mg. Kt/V last month 1.3. Dry weight 67 kg. Phosphate 1.9. He speaks Turkish and German, a bit of Kurdish. Fistula left arm, thrill present.

{{DATE:20 Kasim}}: Abla {{NAME:Fatma}} came with baklava. Dialysis nurse Schwester {{NAME:Ilse}} weighed him 68.4 kg.
Address for the transport firm: {{LOCATION:Sonnenallee 212}}, {{LOCATION:12059}} {{LOCATION:Berlin}}.

{{DATE:22 Kasim}}: Dr {{NAME:Weber-Aksoy}} happy. Next run {{DATE:24 Kasim}}. {{NAME:Ayse}} phone {{PHONE:0176 55501923}}.
`,
  },
  {
    id: 't15-035',
    kind: 'portal-message',
    text: `
Hello Dr {{NAME:Rangi}},
My son {{NAME:Wiremu}} (13) has been getting nosebleeds after rugby at {{LOCATION:Rotorua Boys' High}}. Coach {{NAME:Dean Pomare}} sent him home twice. Is it the dry air or should he see ENT? His NHI is {{MRN:ZAB1234}}. Thanks, {{NAME:Kiri Ngata}}

Reply from Dr {{NAME:Hana Rangi}}, {{DATE:19/11}}: Kia ora {{NAME:Kiri}}, please book with {{NAME:Anahera}} at reception for Monday {{DATE:23rd}}.

From {{NAME:Kiri}}: {{NAME:Wiremu}} okay now. Coach {{NAME:Pomare}} says thanks.
`,
  },
  {
    id: 't15-036',
    kind: 'thank-you-card',
    text: `
Dear Doctor {{NAME:Ayodele}} and everyone at {{LOCATION:Ridgeway Surgery}},
Thank you for spotting my skin cancer early. I was sure it was just a mole. My grandson {{NAME:Elijah}} drove me to {{LOCATION:Harrogate District Hospital}} every week for the radiotherapy. I am well now and back to bowls at {{LOCATION:Knaresborough Bowling Club}}.
All the best, {{NAME:Winifred}} ({{NAME:Winnie}}) {{NAME:Atkinson}}

P.S. Dr {{NAME:Ayodele}}, my husband {{NAME:Harold}} says hello. We moved to {{LOCATION:12 Nidd Walk}}, {{LOCATION:Knaresborough}}, {{LOCATION:HG5 8BQ}} in {{DATE:June 2026}}.

Reply from Dr {{NAME:Ayodele}}: lovely to hear, {{NAME:Winnie}}!
`,
  },
  {
    id: 't15-037',
    kind: 'symptom-checker',
    text: `
Describe symptoms: My daughter swallowed a button battery maybe? She is 2. Coughing.
Your location: {{LOCATION:Quezon City}}, {{LOCATION:Barangay Bagong Pag-asa}}
Name: {{NAME:Maria Theresa}} "{{NAME:Tess}}" {{NAME:Dimaculangan}}
Child name: {{NAME:Princess Joy Dimaculangan}}
Contact: {{PHONE:+63 917 555 0123}}
Nearest hospital: {{LOCATION:Philippine Children's Medical Center}}
Result: Go to emergency now. Do not induce vomiting.

Follow-up {{DATE:Nov 22}}: x-ray at {{LOCATION:Philippine Children's Medical Center}} showed a coin, not a battery. Dr {{NAME:Rommel Bautista}} removed it. Tita {{NAME:Baby}} (aunt) paid. PhilHealth {{HEALTH_PLAN:PH-01-000251889-4}}.

From {{NAME:Tess}}: my husband {{NAME:Jun-Jun Dimaculangan}} in {{LOCATION:Riyadh}} sends thanks.
`,
  },
  {
    id: 't15-038',
    kind: 'family-letter',
    text: `
Dear Team at {{LOCATION:Hospiz am Weinberg}},
We are writing from {{LOCATION:Tbilisi}} to thank you for caring for our uncle {{NAME:Giorgi Beridze}}. His sister {{NAME:Nino Kapanadze}} could not travel. His friend from work at Bosch in {{LOCATION:Stuttgart}}, Herr {{NAME:Klaus Obermeier}}, visited him every day. Please send his photographs and the rosary to {{LOCATION:Chavchavadze Ave 37}}, {{LOCATION:0179}} {{LOCATION:Tbilisi}}.
With gratitude, {{NAME:Tamar}} and {{NAME:Levan Beridze}}

P.S. {{NAME:Giorgi}}'s last wish was to be buried in {{LOCATION:Mtskheta}}. The funeral agency in {{LOCATION:Kutaisi}} needs the death certificate number {{OTHER_ID:DE-2026-HW-00417}}.

Reply from {{LOCATION:Hospiz am Weinberg}} (Schwester {{NAME:Monika}}), {{DATE:4.11.2026}}: photographs posted.
`,
  },
  {
    id: 't15-039',
    kind: 'portal-message',
    text: `
Subject: need new CPAP mask
Hi, {{NAME:Will Summers}} here. My ResMed AirSense 11 (serial {{DEVICE:23181447392}}) is fine but the mask leaks. Supplier was {{LOCATION:Lincare}} in {{LOCATION:Bakersfield}}. My plan is Kern Family Health, member {{HEALTH_PLAN:KFH4408127}}. My wife {{NAME:Autumn}} says I snore through it. Can Dr. {{NAME:Patel}} send a new order? Last sleep study {{DATE:Feb 2024}}.

Sleep study result: AHI 38, severe obstructive sleep apnea, Epworth 15/24. Mask is a ResMed AirFit F20 medium. Pressure auto 7-14 cm H2O. I also take Flonase and Zyrtec. My BMI 34. Insurance requires 70% compliance over 30 days.

Reply {{DATE:11/21}}: Hi {{NAME:Will}}, order sent to {{LOCATION:Lincare}}, {{LOCATION:4300 Ming Ave}}. Fax confirmation {{FAX:(661) 555-0129}}.

From {{NAME:Will}} {{DATE:11/28}}: got it, thanks. {{NAME:Autumn}} is happier.
`,
  },
  {
    id: 't15-040',
    kind: 'complaint',
    text: `
Written complaint - received {{DATE:11/19/2026}}
I am {{NAME:Ahmad Jawad Karimi}}, refugee from {{LOCATION:Herat}}, I live at {{LOCATION:Riverside Apartments}}, {{LOCATION:233 N Main St Apt 14}}, {{LOCATION:Sacramento}}. On {{DATE:11/10}} my wife {{NAME:Zarghuna}} had baby at {{LOCATION:Sutter Medical Center}}. Nobody called Pashto interpreter, they used my son {{NAME:Farid}} who is 10. Case worker Ms. {{NAME:Laila Noori}} from {{LOCATION:International Rescue Committee}} office helped me write this. My A-number {{OTHER_ID:A-000-214-558}}.

My wife had Cesarean section. She took Ibuprofen 600 and Oxycodone, then Tylenol. Baby has jaundice, bilirubin 14, phototherapy one day. We speak Pashto and Dari. We came from Afghanistan through Pakistan and Qatar. My wife needs the Tdap and Rhogam info in Pashto.

Response {{DATE:11/24/2026}}: Dear Mr. {{NAME:Karimi}}, we apologise. Language services manager {{NAME:Parwana Sadat}} will meet you at {{LOCATION:Sutter Medical Center}}. Baby {{NAME:Maryam}} MRN {{MRN:SMC-77014211}}.

From {{NAME:Ahmad Jawad}}: thank you. {{NAME:Zarghuna}} and {{NAME:Maryam}} are well. Our landlord Mr. {{NAME:Haskins}} lives at {{LOCATION:Riverside Apartments}} too.
`,
  },
  {
    id: 't15-041',
    kind: 'chatbot-question',
    text: `
User: hi can u help. my aunty {{NAME:Kemi}} has sickle cell and is in pain crisis. she is at {{LOCATION:Lewisham}} A&E, been waiting 6 hours with no pain relief. the nurse name is {{NAME:Joy}}. what can i do
Bot: You can ask to speak to the nurse in charge and mention her sickle cell care plan.
User: ok her consultant is Dr {{NAME:Baba Inusa}}. i am {{NAME:Temi}} her niece, we live in {{LOCATION:Catford}}

User: update - they moved her to {{LOCATION:University Hospital Lewisham}} ward, Dr {{NAME:Inusa}} came from {{LOCATION:Evelina}}. thanks

User: {{NAME:Kemi}} says thanks. her husband {{NAME:Segun}} is coming from {{LOCATION:Croydon}}
`,
  },
  {
    id: 't15-042',
    kind: 'memorial-note',
    text: `
Notice placed by the family
{{NAME:Oskar Tadeusz Wisniewski}}, of {{LOCATION:Hamtramck}}, died {{DATE:November 14, 2026}} at {{LOCATION:Henry Ford Hospital}}, aged {{AGE_OVER_89:99}}. A baker on {{LOCATION:Joseph Campau Ave}} for 50 years. Survived by daughters {{NAME:Krystyna}} and {{NAME:Danuta}}, son-in-law {{NAME:Ray Kowalski}}. Mass at {{LOCATION:St. Florian Church}}. In lieu of flowers give to the Polish Art Center. Thanks to the nurses of {{LOCATION:Angela Hospice}}, {{LOCATION:Livonia}}.

Arrangements by {{LOCATION:Pawlowski Funeral Home}}, {{LOCATION:11540 Joseph Campau Ave}}, {{LOCATION:Hamtramck}}, {{PHONE:313-555-0184}}. Condolences online at {{URL:https://pawlowski.example.com/wisniewski}}.

Also survived by his sister {{NAME:Halina Nowicka}}, {{AGE_OVER_89:102}}, of {{LOCATION:Warren}}.
`,
  },
];
