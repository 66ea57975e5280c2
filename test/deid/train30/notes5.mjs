// train30 notes 5 (Poland, Czechia, Slovakia): an NFZ sanatorium referral, a Podhale home-hospice record, an
// occupational-medicine certificate for a lorry driver, a Czech spa referral, a Roma child's vaccination record, a
// Slovak ambulance report, a Bratislava GP letter, a guarded centre for foreigners' medical intake, a Czech insurer letter.
export default [
  {
    id: 't30-037',
    kind: 'sanatorium referral (Poland, NFZ)',
    text: `
SKIEROWANIE NA LECZENIE UZDROWISKOWE (referral for spa treatment)
Issued {{DATE:12 III 2024}} by {{LOCATION:NZOZ Przychodnia Zasole}}, {{LOCATION:ul. Kosciuszki 12}}, {{LOCATION:32-600}} {{LOCATION:Oswiecim}}
Doctor: lek. {{NAME:Malgorzata Wrobel-Nowak}}, PWZ {{LICENSE:5551234}}

Patient: {{NAME:Stanislawa Kurek}}, PESEL {{OTHER_ID:33050555128}}, {{AGE_OVER_89:90}} years
Address: {{LOCATION:ul. Dabrowskiego 7 m. 4}}, {{LOCATION:32-602}} {{LOCATION:Oswiecim}}
Diagnoses: M17.0 bilateral gonarthrosis, I10, E11. Walks with two crutches; can travel with companion.
Requested: sanatorium treatment 21 days, preferred resort {{LOCATION:Ciechocinek}} (brine graduation towers) or
{{LOCATION:Busko-Zdroj}}. Companion: daughter {{NAME:Bozena Kurek-Szymanska}}, {{PHONE:+48 555 012 347}}.
Medication: Metformax 500 mg bid, Polprazol 20 mg, Bisocard 5 mg, Ketonal gel.
Note: patient was a prisoner at the camp as a child (born {{DATE:5 May 1933}} in {{LOCATION:Brzezinka}}); entitled to priority
as a veteran/victim of repression, certificate {{OTHER_ID:UdSKiOR-555/1998}}.
NFZ Malopolska branch to confirm queue position by post.
`,
  },
  {
    id: 't30-038',
    kind: 'home-hospice record (Podhale, Poland)',
    text: `
{{LOCATION:Hospicjum Jana Pawla II w Zakopanem}} - home care team
Patient: {{NAME:Jedrzej Gasienica-Makowski}}, 78, record no. {{MRN:HD/555/2024}}
Home: {{LOCATION:Koscielisko 1412}} (wooden house under {{LOCATION:Gubalowka}}, road from {{LOCATION:Kiry}})
Visit {{DATE:19.01.2025}}: nurse {{NAME:Zofia Bachleda-Curus}}, doctor {{NAME:Tomasz Karpiel}}

Pancreatic cancer with liver metastases. Pain 3/10 on fentanyl patch 50 ug/h (Durogesic) + morphine 10 mg sc prn,
2 doses/day. Octreotide for vomiting. Jaundice. Eats little; drinks compote. Oriented.
Wife {{NAME:Helena}} (76) tired; daughter-in-law {{NAME:Maryna Petrenko}} is from {{LOCATION:Ivano-Frankivsk}}
and does the nights. Son {{NAME:Wojtek}} is a mountain guide ({{PHONE:+48 555 018 224}}).
Parish priest ks. {{NAME:Andrzej Styrczula}} came with communion; family wants him to die at home.
Syringe driver pump serial {{DEVICE:MS26-5550913}} installed. Next visit {{DATE:21.01}}. Hospice 24 h line {{PHONE:18 555 02 11}}.
Family phone list on the fridge: {{NAME:Helena}} {{PHONE:+48 555 018 225}}; {{NAME:Wojtek}}; {{NAME:Maryna}}; granddaughter {{NAME:Kinga Gasienica}}
(studies in {{LOCATION:Krakow}}); the neighbour {{NAME:Franek Chowaniec}} who plays the fiddle at the bedside on Sundays.
Volunteer Sister {{NAME:Faustyna Walczak}} sits with him on Wednesdays.
`,
  },
  {
    id: 't30-039',
    kind: 'occupational-medicine certificate (lorry driver, Poland)',
    text: `
ORZECZENIE LEKARSKIE (occupational medicine certificate) no. {{OTHER_ID:MP/2025/05513}}
{{LOCATION:Centrum Medycyny Pracy Medica}}, {{LOCATION:ul. Przemyslowa 3}}, {{LOCATION:Strykow}} (next to the {{LOCATION:Strykow logistics park}})
Date: {{DATE:2025-06-02}}

Employee: {{NAME:Giorgi Beridze}}, born {{DATE:1981.10.14}}, passport (Georgia) {{OTHER_ID:15AC55512}}
Employer: TransEuro Logistics sp. z o.o.; position: C+E lorry driver, international routes.
Driving licence {{LICENSE:PL-05551/24/1061}} (categories B, C, C+E). Tractor unit {{VEHICLE:EZG 5N512}}, trailer {{VEHICLE:EZG 55P7}}.
Vision: OD 1.0, OS 0.9 with glasses; colour vision normal (Ishihara). Twilight vision and glare test passed.
BP 138/86. ECG sinus rhythm. Audiometry normal. Psychological tests by mgr {{NAME:Katarzyna Lis}}: fit.
Decision: FIT to work as a driver until {{DATE:02.06.2030}}, corrective glasses required.
Physician: lek. {{NAME:Pawel Andrzejczak}}. Colleague {{NAME:Levan Kapanadze}} tested the same day (separate certificate).
`,
  },
  {
    id: 't30-040',
    kind: 'spa referral (Czechia, Karlovy Vary)',
    text: `
NAVRH NA LAZENSKOU LECEBNE REHABILITACNI PECI (proposal for spa treatment)
Proposing doctor: MUDr. {{NAME:Hana Dvorakova}}, {{LOCATION:Poliklinika Vinohrady}}, {{LOCATION:Vinohradska 1234/56}}, {{LOCATION:120 00}} {{LOCATION:Praha 2}}
Date: {{DATE:3. 4. 2025}}

Insured person: {{NAME:Nguyen Van Duc}}, rodne cislo {{OTHER_ID:560712/5551}}, health insurer VZP (111), insurance no. {{HEALTH_PLAN:5607125551}}
Address: {{LOCATION:Libusska 319/126}}, {{LOCATION:Libus}}, {{LOCATION:142 00}} {{LOCATION:Praha 4}} (near {{LOCATION:SAPA market}})
Diagnosis: K86.1 chronic pancreatitis, E13 pancreatogenic diabetes, after pancreatic resection {{DATE:January 2025}}
at {{LOCATION:IKEM}}. Recommended: {{LOCATION:Karlovy Vary}}, indication VI/4, 28 days, complex care.
Speaks Czech and Vietnamese; son {{NAME:Nguyen Tuan Anh}} ({{PHONE:+420 555 012 389}}) will drive him.
Wife {{NAME:Tran Thi Mai}} has a shop in {{LOCATION:Cheb}}. Revizni lekar VZP: MUDr. {{NAME:Jiri Blaha}}.
`,
  },
  {
    id: 't30-041',
    kind: 'child vaccination and health record (Ostrava)',
    text: `
Paediatric practice MUDr. {{NAME:Radka Zurkova}}, {{LOCATION:Zengrova 18}}, {{LOCATION:Ostrava-Vitkovice}} {{LOCATION:703 00}}
Preventive check 5 years, {{DATE:22. 10. 2024}}

Child: {{NAME:Denis Horvath}}, born {{DATE:14. 9. 2019}}, RC {{OTHER_ID:190914/5552}}, insurer OZP {{HEALTH_PLAN:OZP-190914555}}
Lives with mother {{NAME:Monika Horvathova}} and grandmother {{NAME:Berta Bandyova}} at {{LOCATION:Hlubinska 7}} (social housing, {{LOCATION:block 3}}).
Height 108 cm, weight 17.1 kg. Speech: bilingual Romani/Czech, some delay; refer to speech therapist Mgr. {{NAME:Eva Kolarova}}.
Vaccinations: MMR 2nd dose was missed in 2023 - given today; DTaP-IPV booster given. Next check 7 years.
Starts at {{LOCATION:ZS Halasova}} school in September; teaching assistant {{NAME:Mirka Lakatos}} will liaise.
Social worker Bc. {{NAME:Petr Slovak}} ({{LOCATION:Ostrava-Jih}} office) informed about unpaid rent letter.
`,
  },
  {
    id: 't30-042',
    kind: 'ambulance report (Slovakia, ZZS)',
    text: `
ZZS - RECORD OF EMERGENCY CALL   Event {{OTHER_ID:KE-2025-055612}}
{{DATE:7. 2. 2025}} 21:17, crew RZP {{LOCATION:Kosice}} 3, ambulance {{VEHICLE:KE 555 FR}}
Scene: {{LOCATION:Lunik IX}}, block {{LOCATION:Hrebendova 5}}, 4th floor, {{LOCATION:Kosice}}
Patient: {{NAME:Margita Gaborova}}, {{AGE_OVER_89:92}}, F. Called by grandson {{NAME:Jozef Gabor}} ({{PHONE:+421 905 555 031}}).
Dyspnoea, SpO2 81%, RR 32, bilateral crackles, BP 188/104. Acute pulmonary oedema.
Furosemide 40 mg IV, nitroglycerin spray x2, O2. SpO2 92% on arrival at {{LOCATION:UNLP Kosice}} ({{LOCATION:Tr. SNP 1}}).
Hungarian spoken; daughter {{NAME:Erzsebet Kovacs}} lives in {{LOCATION:Moldava nad Bodvou}}, {{LOCATION:okres Kosice-okolie}}.
Paramedic {{NAME:Lukas Sabo}}, driver {{NAME:Marek Kollar}}. Lift broken - carried on chair.
`,
  },
  {
    id: 't30-043',
    kind: 'GP referral letter (Bratislava)',
    text: `
Ambulancia VLD MUDr. {{NAME:Katarina Hudecova}}, {{LOCATION:Rovniankova 5}}, {{LOCATION:851 02}} {{LOCATION:Bratislava}} - {{LOCATION:Petrzalka}}
e-mail {{EMAIL:ambulancia.hudecova@lekari.example.sk}}, tel. {{PHONE:02/555 012 44}}
Referral {{DATE:2024-11-05}} to Gastroenterology, {{LOCATION:Univerzitna nemocnica Bratislava, Ruzinov}}

Pacient: Ing. {{NAME:Branislav Hornak}}, 49 y, insurer Dovera, no. {{HEALTH_PLAN:2457505551}}
Address: {{LOCATION:Jiraskova 14}}, {{LOCATION:Petrzalka}}
Iron-deficiency anaemia (Hb 98, ferritin 4), positive FIT on {{DATE:28.10.2024}}. No weight loss. Father died of
colorectal cancer aged 61. Request colonoscopy + gastroscopy. On Sorbifer Durules, Helicid 20 mg.
Results also in the eZdravie portal, request ID {{OTHER_ID:EZ-5552-3017}}: {{URL:https://ezdravie.example.sk/ziadanka/55523017}}
Partner: {{NAME:Petra Uhrova}}; brother {{NAME:Marian Hornak}} lives in {{LOCATION:Trnava}}.
`,
  },
  {
    id: 't30-044',
    kind: 'guarded centre for foreigners: medical intake (Poland)',
    text: `
{{LOCATION:Strzezony Osrodek dla Cudzoziemcow w Bialej Podlaskiej}} (guarded centre for foreigners) - MEDICAL INTAKE
{{DATE:2024-08-28}}   Doctor: {{NAME:Ewelina Szczepaniak}}   Interpreter: {{NAME:Hamid Rezaei}} (Dari/Farsi)

1. {{NAME:Abdul Wahid Noorzai}}, 24M, Afghanistan, Eurodac fingerprint set {{BIOMETRIC:PL1-5550-281736}}. Crossed from Belarus near
   {{LOCATION:Bialowieza}}; 5 days in forest. Trench foot both feet, scabies. Permethrin, dressings.
2. {{NAME:Semhar Tesfamariam}}, 19F, Eritrea, fingerprint set {{BIOMETRIC:PL1-5550-281741}}. 14 weeks pregnant. Refer to
   {{LOCATION:Szpital Wojewodzki w Bialej Podlaskiej}} antenatal clinic. Cousin {{NAME:Yonas Haile}} in {{LOCATION:Frankfurt}}.
3. {{NAME:Mohammad Ali al-Khatib}}, 41M, Syria. Insulin-dependent diabetes, glucometer serial {{DEVICE:AC55GX01283}}. Glucose 16.
Psychologist {{NAME:Aleksandra Mazur}} to see all three. Border Guard case nos. {{OTHER_ID:SG-BP-555/24}}, {{OTHER_ID:SG-BP-556/24}}.
`,
  },
  {
    id: 't30-045',
    kind: 'health-insurer letter (Czechia)',
    text: `
Vseobecna zdravotni pojistovna - regional branch {{LOCATION:Brno}}
{{LOCATION:Benesova 10}}, {{LOCATION:602 00}} {{LOCATION:Brno}}   fax {{FAX:+420 555 014 902}}
{{DATE:17. 3. 2025}}   Ref.: {{OTHER_ID:VZP-JM-2025-05518}}

Mrs {{NAME:Zdenka Prochazkova}}
{{LOCATION:Kounicova 35}}, {{LOCATION:602 00}} {{LOCATION:Brno}}
Insurance no. {{HEALTH_PLAN:6458125551}}

Re: reimbursement of a hearing aid
Dear Mrs {{NAME:Prochazkova}}, the contribution of CZK 5,000 for the hearing aid (Phonak Audeo, serial {{DEVICE:2551X0H43}})
prescribed by MUDr. {{NAME:Ondrej Vesely}} ({{LOCATION:Audiologie Brno-Zabovresky}}) on {{DATE:10. 2. 2025}} has been approved.
Payment to your account {{ACCOUNT:CZ55 0100 0000 5550 1234 5678}}, variable symbol {{ACCOUNT:6458125551}}, within 30 days.
If you disagree, write to our office within 15 days. Handled by Ing. {{NAME:Lenka Maresova}}, {{PHONE:+420 555 014 900}}.
`,
  },
];
