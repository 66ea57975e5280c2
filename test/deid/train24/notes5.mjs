// train24 notes 5: home-visit schedules and pharmacy pick lists.
export default [
  {
    id: 't24-037',
    kind: 'district nurse home visits, Highlands, addresses and postcodes',
    text: `
DN run - {{LOCATION:Inverness}} West team - Fri {{DATE:21/11}} - car {{VEHICLE:SF21 KXW}}
0830  {{NAME:Mairi MacKinnon}}      {{LOCATION:14 Balnafettack Crescent}}, {{LOCATION:IV3 8TQ}}     leg ulcer, Urgoclean + K2 wrap
0915  {{NAME:Hamish Urquhart}}      {{LOCATION:Flat 2, 7 Telford Street}}, {{LOCATION:IV3 5LD}}     insulin, BM 4x/day
1000  {{NAME:Peigi Nic a' Phi}}     {{LOCATION:Clachnaharry}}, key safe (code with team)  palliative, syringe driver check
1100  {{NAME:Ewan "Cubby" Fraser}}  {{LOCATION:Drumnadrochit}}, {{LOCATION:Kilmore Road}}          catheter change 14Fr
1200  {{NAME:Alasdair Bishop}}      {{LOCATION:Beauly}}, {{LOCATION:2 Croyard Road}}              B12, INR
1330  {{NAME:Catriona Munro-Osei}}  {{LOCATION:Dingwall}} ({{LOCATION:Ross-shire}}), {{LOCATION:6 Tulloch Street}}  wound, post-op
1430  {{NAME:Morag Sutherland}}     {{LOCATION:Culloden Moor}}, {{LOCATION:Woodside Cottage}}      {{AGE_OVER_89:97}}, pressure area check
KEY: time / patient / address / task. GP for 1000 is Dr {{NAME:Iain Gillies}}, {{LOCATION:Culloden Medical Practice}}.
1430 son {{NAME:Duncan}} on {{PHONE:01463 555019}}. 0915 lives with partner {{NAME:Ruaridh}}.
Stock: Aquacel Ag, Mepilex Border, Flamazine, 2 x K2 Lite.
`,
  },
  {
    id: 't24-038',
    kind: 'pharmacy pick list, caps, Rx numbers',
    text: `
WILL CALL BIN B  -  STORE 4417  -  {{DATE:10/28/2025}}
RX {{OTHER_ID:6024471}}  {{NAME:GARCIA-LOPEZ, MARIA DE LOS ANGELES}}  METFORMIN ER 500MG #60   {{LOCATION:MARYVALE}}      DOB {{DATE:03/14/1966}}
RX {{OTHER_ID:6024475}}  {{NAME:GARCIA-LOPEZ, MARIA DE LOS ANGELES}}  LISINOPRIL 10MG #30
RX {{OTHER_ID:6024518}}  {{NAME:YAZZIE-TSO, DARLENE}}                 ELIQUIS 5MG #60        {{LOCATION:GUADALUPE}}     DOB {{DATE:11/02/1951}}
RX {{OTHER_ID:6024602}}  {{NAME:NGUYEN, PHUC "PETER"}}                JANUVIA 100MG #30      {{LOCATION:TOLLESON}}      DOB {{DATE:07/30/1979}}
RX {{OTHER_ID:6024655}}  {{NAME:OYELARAN, BISHOP}}                    SYMBICORT 160/4.5      {{LOCATION:GLENDALE}}      DOB {{DATE:01/09/1988}}
RX {{OTHER_ID:6024701}}  {{NAME:MARTINEZ DEL RIO, JOSE ANGEL}}        OZEMPIC 1MG PEN        {{LOCATION:AVONDALE}}      DOB {{DATE:05/22/1972}}
RX {{OTHER_ID:6024733}}  {{NAME:WHITEHORSE, KIMBERLY}}               BIKTARVY #30           {{LOCATION:LAVEEN}}        DOB {{DATE:12/01/1990}}
INS: AHCCCS ID {{HEALTH_PLAN:A55501447}} ({{NAME:GARCIA-LOPEZ}}); BCBS AZ {{HEALTH_PLAN:XMZ555017762}} ({{NAME:MARTINEZ DEL RIO}}). Copay card {{ACCOUNT:CC-5558-1027}} on BIKTARVY.
Delivery to {{LOCATION:4815 W Indian School Rd Apt 112}} for {{NAME:YAZZIE-TSO}} - RPh {{NAME:T. Nakagawa}}, lic {{LICENSE:S055147}}.
Refill queue: METFORMIN ER, LISINOPRIL, ELIQUIS, JANUVIA, SYMBICORT, OZEMPIC, BIKTARVY. DEA no. for the store: {{LICENSE:FW5550147}}.
`,
  },
  {
    id: 't24-039',
    kind: 'community health home visits, Medellin, cedula numbers',
    text: `
Visitas domiciliarias - comuna 13 - promotora {{NAME:Yesenia Mejia de Ossa}} - martes {{DATE:2 de diciembre}}
1) {{NAME:Luz Dary Restrepo Alzate}} - {{LOCATION:barrio Belencito}}, {{LOCATION:Cra 107 # 34-21}} - CC {{OTHER_ID:43555014}} - HTA, toma de TA
2) {{NAME:John Jairo Cardona Gil}} - {{LOCATION:El Salado}}, {{LOCATION:Cl 39 # 110-08 int 201}} - CC {{OTHER_ID:71555229}} - EPOC, O2 domiciliario, concentrador {{DEVICE:Everflo 1021345778}}
3) {{NAME:Maria Fernanda "Mafe" Usuga}} - {{LOCATION:Las Independencias}} - CC {{OTHER_ID:1036555481}} - control prenatal
4) {{NAME:Ana Tulia Zapata viuda de Ochoa}} - {{LOCATION:Bello}}, {{LOCATION:barrio Niquia}} - CC {{OTHER_ID:21555730}} - {{AGE_OVER_89:92}} anos, ulcera sacra
5) {{NAME:Brayan Stiven Rua}} - {{LOCATION:Itagui}}, {{LOCATION:Santa Maria No. 2}} - TI {{OTHER_ID:1000555612}} - asma
6) {{NAME:Gloria Ines Betancur de la Pava}} - {{LOCATION:Envigado}}, {{LOCATION:La Magnolia}} - CC {{OTHER_ID:32555903}} - DM2, Glucometro
Reportar a {{LOCATION:Unidad Hospitalaria San Javier}} (Dra. {{NAME:Paula Arango}}). EPS Savia Salud / Sura (aseguradoras).
Celular de la promotora {{PHONE:300 555 0147}}.
`,
  },
  {
    id: 't24-040',
    kind: 'community pharmacy delivery pick list, Toronto, no header',
    text: `
[del. run 2 - Thu {{DATE:Jan 15}}]
{{NAME:Thirumalai, Kanagasabai}} * {{LOCATION:1200 Markham Rd Apt 1407}} * {{LOCATION:Scarborough}} * blister pack wk 3 * OHIP {{HEALTH_PLAN:5550-147-228-KS}}
{{NAME:Warsame, Abdirahman}} * {{LOCATION:25 Kingsview Blvd Unit 811}} * {{LOCATION:Rexdale}} * methadone carry x2 (witness) * OHIP {{HEALTH_PLAN:5550-318-664-AW}}
{{NAME:Farah, Hodan}} * {{LOCATION:2677 Kipling Ave #1903}} * {{LOCATION:Etobicoke}} * Synthroid, Vit D * OHIP {{HEALTH_PLAN:5550-402-119-HF}}
{{NAME:Sivapalan, Tharshini}} * {{LOCATION:Malvern}}, {{LOCATION:40 Empringham Dr}} * insulin pens + needles * OHIP {{HEALTH_PLAN:5550-566-031-TS}}
{{NAME:Leblanc-Osei, Marcus}} * {{LOCATION:Regent Park}}, {{LOCATION:245 Dundas St E}} * PrEP (Truvada) * ODB
{{NAME:Hope, Destiny}} * {{LOCATION:Covenant House}}, {{LOCATION:20 Gerrard St E}} * Suboxone, pick-up only * no card
driver {{NAME:Gurpreet S.}} - van plate {{VEHICLE:CTKM 441}} - call store {{PHONE:416-555-0199}} if no answer.
Pharmacist on duty {{NAME:Mei-Lin Cho}}, OCP {{LICENSE:615447}}.
`,
  },
  {
    id: 't24-041',
    kind: 'palliative home visits, Polish header',
    text: `
Godz. | Pacjent | Adres | Tel | Uwagi
--- Hospicjum domowe {{LOCATION:Pomorskie Hospicjum}}, poniedzialek {{DATE:12.01.2026}} ---
8:00 | {{NAME:Halina Wisniewska}} | {{LOCATION:ul. Grunwaldzka 84/12}}, {{LOCATION:80-244 Gdansk}} | {{PHONE:601 555 014}} | {{AGE_OVER_89:92}} l., pompa morfinowa
9:15 | {{NAME:Zbigniew Kowalski}} | {{LOCATION:al. Niepodleglosci 701/5}}, {{LOCATION:81-838 Sopot}} | {{PHONE:602 555 227}} | ca pluca, O2
10:30 | {{NAME:Jadwiga Zielinska-Nowak}} | {{LOCATION:Oliwa}}, {{LOCATION:ul. Opacka 3}} | {{PHONE:603 555 390}} | cewnik, odlezyna IV st.
12:00 | {{NAME:Tadeusz Brzeczyszczykiewicz}} | {{LOCATION:Pruszcz Gdanski}}, {{LOCATION:ul. Dworcowa 17}} | {{PHONE:604 555 412}} | ALS, NIV - Trilogy {{DEVICE:TV555014720}}
13:30 | {{NAME:Olena Bondar}} | {{LOCATION:Wrzeszcz}}, {{LOCATION:ul. Lendziona 9/2}} | {{PHONE:605 555 561}} | tlumacz ukr.
PESEL: {{NAME:Wisniewska}} {{OTHER_ID:33011555147}}; {{NAME:Kowalski}} {{OTHER_ID:48072555229}}.
Lekarz: dr {{NAME:Agnieszka Lew-Starowicz}}; pielegniarka {{NAME:Bozena}}. Leki: morfina, midazolam, haloperydol.
Rejon: wojewodztwo pomorskie. Sprzet: koncentrator tlenu, ssak, materac przeciwodlezynowy.
`,
  },
  {
    id: 't24-042',
    kind: 'home oxygen delivery route, Cornwall, devices',
    text: `
ROUTE 7 WEST {{LOCATION:CORNWALL}}  WED {{DATE:04/03}}  van {{VEHICLE:WK19 OXY}}  eng. {{NAME:Jago Pascoe}}
1. {{NAME:Trevithick, Loveday}} - {{LOCATION:Camborne}}, {{LOCATION:12 Trelowarren Street}} - conc. {{DEVICE:PHIL-EF-7741028}} service
2. {{NAME:Penhaligon, Arthur}} - {{LOCATION:Redruth}}, {{LOCATION:Plain-an-Gwarry}} - cylinders x4 (CD), backup
3. {{NAME:Tregenza, Wenna}} - {{LOCATION:Mousehole}}, {{LOCATION:3 Duck Street}}, {{LOCATION:TR19 6QG}} - conc. {{DEVICE:PHIL-EF-7740311}} swap
4. {{NAME:Rowe, Bishop}} - {{LOCATION:St Ives}}, {{LOCATION:Porthmeor}} - LOX base unit {{DEVICE:CAIRE-HL-00418862}}
5. {{NAME:Nankervis, Kerensa}} - {{LOCATION:Helston}}, {{LOCATION:Coronation Park}} - portable POC {{DEVICE:INOGEN-G5-1155803}}
6. {{NAME:Oduya, Grace}} - {{LOCATION:Penzance}}, {{LOCATION:Flat 4, Morrab Court}} - new install, HOOF from {{LOCATION:West Cornwall Hospital}}
risk: pt 4 smoker - fire service HSC referral to {{LOCATION:Camborne Fire Station}}. pt 1 daughter {{NAME:Tamsin}} {{PHONE:01209 555 018}}.
`,
  },
  {
    id: 't24-043',
    kind: 'discharge pharmacy pick list, Hong Kong, HKID',
    text: `
{{LOCATION:QEH}} Pharmacy - DISCHARGE PICK - ward M7 - {{DATE:2025-12-03}}
{{NAME:CHAN Tai Man}}         HKID {{OTHER_ID:A555014(7)}}   {{LOCATION:Sham Shui Po}}     amlodipine 5mg, aspirin 80mg
{{NAME:WONG Siu Ling}}        HKID {{OTHER_ID:K555229(3)}}   {{LOCATION:Kwun Tong}}        metformin 500mg, gliclazide
{{NAME:CHEUNG Ka Wai}}        HKID {{OTHER_ID:C555390(A)}}   {{LOCATION:Tsuen Wan}}        warfarin 3mg (INR clinic)
{{NAME:LAU Mei Kuen Grace}}   HKID {{OTHER_ID:D555412(1)}}   {{LOCATION:Mong Kok}}         prednisolone taper
{{NAME:HO Chun Hei, Jason}}   HKID {{OTHER_ID:Y555561(9)}}   {{LOCATION:Tin Shui Wai}}     tenofovir
{{NAME:LEUNG Yuk Ying}}       HKID {{OTHER_ID:E555603(4)}}   {{LOCATION:Lok Fu}}, {{LOCATION:Wang Kwong House}} {{AGE_OVER_89:98}}yo  lactulose, senna
Note: {{NAME:LEUNG}} collects via {{LOCATION:Lok Fu Elderly Centre}}; {{NAME:CHAN}}'s son {{NAME:Chan Wing Kit}} {{PHONE:9555 0147}}.
Dispenser {{NAME:Fung K.Y.}}, checked {{NAME:Yip S.}}
Drugs: amlodipine, aspirin, metformin, gliclazide, warfarin, prednisolone, tenofovir, lactulose, senna. Queries: Out-patient Pharmacy, Drug Information Service.
`,
  },
  {
    id: 't24-044',
    kind: 'home-visit schedule, Cherokee Nation, numbered',
    text: `
PHN home visits - wk of {{DATE:Feb 9}} - {{LOCATION:Tahlequah}} field office
 1. {{NAME:Sixkiller, Mae}} - {{LOCATION:Rt 2 Box 415}}, {{LOCATION:Stilwell}} - prenatal 32 wks - {{PHONE:918-555-0144}}
 2. {{NAME:Hummingbird, Jesse}} - {{LOCATION:Park Hill}} - newborn check, baby {{NAME:Wren}} born {{DATE:1/30}}
 3. {{NAME:Soap, Loretta}} - {{LOCATION:Kenwood}}, behind {{LOCATION:Kenwood Indian Baptist Church}} - DM, foot check
 4. {{NAME:Walkingstick, Raymond "Ray"}} - {{LOCATION:Muskogee}}, {{LOCATION:2210 W Okmulgee Ave}} - wound vac {{DEVICE:KCI-VAC-HZ2205517}}
 5. {{NAME:Christie, Summer}} - {{LOCATION:Briggs}} - WIC, lead screen
 6. {{NAME:Drowningbear, Cecil}} - {{LOCATION:Jay}} ({{LOCATION:Delaware County}}) - {{AGE_OVER_89:90}}, fall follow-up
Chart numbers (clinic): 1 {{MRN:WWH-204471}}, 4 {{MRN:WWH-188102}}, 6 {{MRN:WWH-090316}}.
RN {{NAME:Tonya Blackfox}}; supervisor {{NAME:Glenda Crittenden}}, {{LOCATION:W.W. Hastings Hospital}}. Language: Cherokee (pts 3, 6).
Meds: metformin, glipizide, prenatal vitamins.
`,
  },
  {
    id: 't24-045',
    kind: 'dispensary pick list, Tonga, village names',
    text: `
{{LOCATION:Vaiola Hospital}} Dispensary - chronic clinic refills - Thursday {{DATE:6 Nov}}
{{NAME:Sione Tupou}} / {{LOCATION:Kolofo'ou}} / metformin 1g bd, atorvastatin / ph {{PHONE:7755 014}}
{{NAME:Mele Fifita}} / {{LOCATION:Haveluloto}} / insulin mixtard, strips / ph {{PHONE:7755 229}}
{{NAME:Siosaia Havili}} / {{LOCATION:Nukunuku}} / enalapril, frusemide / ph {{PHONE:8455 390}}
{{NAME:Losaline Vea}} / {{LOCATION:Houma}} / salbutamol MDI, beclomethasone
{{NAME:'Ana Taufa Kaufusi}} / {{LOCATION:Ha'ateiho}} / warfarin (INR 2.4) / ph {{PHONE:7755 561}}
{{NAME:Viliami Lolohea}} / {{LOCATION:'Eua}}, {{LOCATION:Ohonua}} / carbamazepine / send by boat via cousin {{NAME:Tevita}}
Pharmacist {{NAME:Lupe Mahe}}; outer-island scripts to {{LOCATION:Niu'ui Hospital}} ({{LOCATION:Ha'apai}}) by fax {{FAX:+676 555 0147}}.
Drugs: metformin, mixtard, enalapril, frusemide, salbutamol, carbamazepine. Languages: Tongan, English.
`,
  },
];
