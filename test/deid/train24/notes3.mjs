// train24 notes 3: on-call rosters and rotas (no header, far header, other language).
export default [
  {
    id: 't24-019',
    kind: 'on-call roster, Icelandic, semicolon rows',
    text: `
{{LOCATION:Landspitali}} - bakvaktir lyflaekninga - desember
{{DATE:1.12}};{{NAME:Gudrun Sigurdardottir}};lyflaeknir;{{PHONE:555 0142}};{{LOCATION:Hafnarfjordur}}
{{DATE:2.12}};{{NAME:Bjarni Thorsteinsson}};hjartalaeknir;{{PHONE:555 0177}};{{LOCATION:Kopavogur}}
{{DATE:3.12}};{{NAME:Sigridur Olafsdottir}};lyflaeknir;{{PHONE:555 0163}};{{LOCATION:Gardabaer}}
{{DATE:4.12}};{{NAME:Hrafn Einarsson}};meltingarlaeknir;{{PHONE:555 0198}};{{LOCATION:Mosfellsbaer}}
{{DATE:5.12}};{{NAME:Katrin Jonsdottir-Novak}};lungnalaeknir;{{PHONE:555 0121}};{{LOCATION:Reykjavik}}
{{DATE:6.12}}-{{DATE:7.12}};{{NAME:Thorir Magnusson}};lyflaeknir;{{PHONE:555 0154}};{{LOCATION:Selfoss}}
athugid: {{DATE:5.12}} skipti vid {{NAME:Ari Palsson}} ({{LOCATION:SAk}}, {{LOCATION:Akureyri}}) - simi {{PHONE:555 0109}}.
Deildir: 12G, A2, B7. Hjartagatt symi 5500 er ekki bakvakt.
Deildir og thjonusta: Hjartagatt, Brjostholsskurdlaekningar, Lyflaekningadeild. Lyf: Magnyl, Seloken, Furix.
`,
  },
  {
    id: 't24-020',
    kind: 'ambulance and retrieval rota, Top End, no header',
    text: `
Sat {{DATE:10/1}}  DAY  {{NAME:Puruntatameri R}} / {{NAME:Paspaley N}}   unit {{VEHICLE:NT-AMB 227}}   base {{LOCATION:Casuarina}}
Sat {{DATE:10/1}}  NGT  {{NAME:Tipungwuti J}} / {{NAME:Chen-Wallace L}}   unit {{VEHICLE:NT-AMB 231}}   base {{LOCATION:Palmerston}}
Sun {{DATE:11/1}}  DAY  {{NAME:Kerinaiua M}} / {{NAME:Papadopoulos E}}   unit {{VEHICLE:NT-AMB 227}}   base {{LOCATION:Casuarina}}
Sun {{DATE:11/1}}  NGT  {{NAME:Summers Will}} / {{NAME:Gumbula Dhurrkay}}   unit {{VEHICLE:NT-AMB 240}}   base {{LOCATION:Nightcliff}}
retrieval (fixed wing): Dr {{NAME:Amelia Koutsoukos}} - on call from {{LOCATION:Royal Darwin Hospital}}, flights to {{LOCATION:Wurrumiyanga}}, {{LOCATION:Katherine}}, {{LOCATION:Maningrida}}
paramedic AHPRA: {{NAME:Puruntatameri}} {{LICENSE:PAR0001734455}}, {{NAME:Kerinaiua}} {{LICENSE:PAR0001802217}}
roster queries {{NAME:Tess Alderman}} {{PHONE:08 5550 1163}} / {{EMAIL:rostering.nt@example.org.au}}
Cross-border jobs into Queensland need approval. Vehicles are unit numbers on the fleet board; drugs carried: ketamine, fentanyl, TXA, adrenaline.
`,
  },
  {
    id: 't24-021',
    kind: 'departmental call list, Igbo names, dotted leaders',
    text: `
{{LOCATION:UNTH Ituku-Ozalla}} Dept of Paediatrics - call list wk of {{DATE:09/03/2026}}
Mon ........ Dr {{NAME:Chukwuemeka Eze}} (SR) ...... {{PHONE:0803 555 0142}}
Tue ........ Dr {{NAME:Obiageli Nwosu}} (SR) ....... {{PHONE:0806 555 0177}}
Wed ........ Dr {{NAME:Ifeanyi Okafor}} (SR) ....... {{PHONE:0813 555 0118}}
Thu ........ Dr {{NAME:Adaeze Nnamdi-Okeke}} (SR) .. {{PHONE:0705 555 0196}}
Fri ........ Dr {{NAME:Kelechi Ugwu}} (R) .......... {{PHONE:0809 555 0131}}
Sat/Sun .... Dr {{NAME:Hope Ugochukwu}} (SR) ....... {{PHONE:0816 555 0150}}
consultant cover: Prof. {{NAME:C. N. Obi}} (Mon-Wed), Dr {{NAME:Uchenna Agu}} (Thu-Sun)
Emergency Paediatric Unit, SCBU and Ward 4 covered. MDCN folio {{LICENSE:MDCN/R/55102}} to be updated for Dr {{NAME:Ugwu}}.
Residents living at {{LOCATION:Nsukka}} should arrange lodging at {{LOCATION:Ituku}} on call nights.
Units: EPU, SCBU, Ward 4, Paediatric Cardiology Clinic. Referrals from Enugu State and Ebonyi State. Drugs: gentamicin, ceftriaxone, phenobarbitone, ORS.
Departmental e-mail: {{EMAIL:paeds.unth@example.com.ng}}.
`,
  },
  {
    id: 't24-022',
    kind: 'psychiatry on-call grid, tab rows, header far away',
    text: `
{{LOCATION:QEII HSC}} / {{LOCATION:Abbie J. Lane}} - Psych call - page 2 of 2
{{DATE:Nov 17}}\t{{NAME:Denny, Mary Ellen}}\tPGY3\t{{NAME:Comeau}}\t{{NAME:LeBlanc, Rejean}}
{{DATE:Nov 18}}\t{{NAME:Boudreau, Chantale}}\tPGY2\t{{NAME:Marshall}}\t{{NAME:Francis, Jolene}}
{{DATE:Nov 19}}\t{{NAME:Paul, Stephen}}\tPGY4\t{{NAME:Comeau}}\t{{NAME:Gould, Annie}}
{{DATE:Nov 20}}\t{{NAME:Oyelowo, Tomi}}\tPGY1 (buddy)\t{{NAME:Marshall}}\t{{NAME:LeBlanc, Rejean}}
{{DATE:Nov 21}}\t{{NAME:Sylliboy, Kateri}}\tPGY3\t{{NAME:Comeau}}\t{{NAME:Francis, Jolene}}
(resident / year / staff / mobile crisis lead - see page 1)
Mobile crisis covers {{LOCATION:Dartmouth}}, {{LOCATION:Bedford}}, {{LOCATION:Sackville}}; rural calls from {{LOCATION:Eskasoni}} and {{LOCATION:Cheticamp}} go to {{LOCATION:Cape Breton Regional}}.
Swaps: {{NAME:Oyelowo}} and {{NAME:Paul}} traded ({{DATE:Nov 19/20}}) - approved by Dr. {{NAME:Gerald Comeau}}.
Province-wide (Nova Scotia) line after midnight. Mobile crisis vehicle {{VEHICLE:NS HFX 4471}}. Meds in crisis kit: lorazepam, olanzapine ODT.
`,
  },
  {
    id: 't24-023',
    kind: 'midwife and obstetric roster, Vietnamese, no diacritics',
    text: `
{{LOCATION:Benh vien Trung uong Hue}} - Khoa Phu san - lich truc thang 11
{{DATE:01/11}} - BS {{NAME:Nguyen Thi Hoa}} - HS {{NAME:Tran Thi Thu Trang}} - {{PHONE:0905 555 141}}
{{DATE:02/11}} - BS {{NAME:Phan Dinh Khoa}} - HS {{NAME:Le Thi My}} - {{PHONE:0914 555 277}}
{{DATE:03/11}} - BS {{NAME:Ton Nu Bich Ngoc}} - HS {{NAME:Hoang Thi Lan}} - {{PHONE:0935 555 063}}
{{DATE:04/11}} - BS {{NAME:Tran Van Minh}} - HS {{NAME:Nguyen Thi Hoa}} (ca 2) - {{PHONE:0905 555 141}}
{{DATE:05/11}} - BS {{NAME:Ho Dac Phuong}} - HS {{NAME:Ngo Thi Kim Anh}} - {{PHONE:0983 555 410}}
Ghi chu: BS {{NAME:Khoa}} o {{LOCATION:phuong Vinh Ninh}}; HS {{NAME:My}} o {{LOCATION:Phu Vang}}, di xa - uu tien truc ngay.
Thuoc: Oxytocin, Misoprostol, MgSO4 du tru tai phong de.
Don vi: Khoa Phu san, Khoa Nhi, Phong de. Benh nhan tu tinh Quang Tri va Quang Nam.
Lich gui qua Zalo nhom; ban sao fax {{FAX:0234 555 0190}}.
`,
  },
  {
    id: 't24-024',
    kind: 'surgical registrar rota, pipe table without header',
    text: `
|Mon {{DATE:2 Feb}}|{{NAME:Mwila Chanda}}|{{NAME:Mutale Bwalya}}|Mr {{NAME:Chileshe Mulenga}}|
|Tue {{DATE:3 Feb}}|{{NAME:Hachinene Muleya}}|{{NAME:Namakau Mubita}}|Mr {{NAME:Chileshe Mulenga}}|
|Wed {{DATE:4 Feb}}|{{NAME:Mutale Bwalya}}|{{NAME:Given Phiri}}|Ms {{NAME:Precious Tembo}}|
|Thu {{DATE:5 Feb}}|{{NAME:Mwila Chanda}}|{{NAME:Namakau Mubita}}|Ms {{NAME:Precious Tembo}}|
|Fri {{DATE:6 Feb}}|{{NAME:Given Phiri}}|{{NAME:Hachinene Muleya}}|Mr {{NAME:Chileshe Mulenga}}|
{{LOCATION:UTH}} General Surgery, {{LOCATION:Lusaka}}. Cols (reg / SHO / consultant) as usual.
{{NAME:Given Phiri}} is outreach to {{LOCATION:Chongwe District Hospital}} on {{DATE:7 Feb}}; {{NAME:Muleya}} lives in {{LOCATION:Kafue}}, allow travel.
Contacts: {{NAME:Chanda}} {{PHONE:0977 555 021}}, {{NAME:Tembo}} {{PHONE:0966 555 348}}. Theatre 3 (Trauma) and Theatre 5 (Urology) unchanged.
Lusaka Province referrals only. Theatre consumables: Vicryl 2-0, PDS loop, Prolene mesh.
`,
  },
  {
    id: 't24-025',
    kind: 'anaesthesia duty list, Uzbek/Russian header',
    text: `
Grafik dejurstv / Navbatchilik jadvali - Anesteziologiya - {{LOCATION:RSCKH}} - yanvar
N  Data    FIO                        Tel               Manzil
1  {{DATE:03.01}}   {{NAME:Karimova Dilnoza Rustamovna}}  {{PHONE:+998 90 555 01 47}}   {{LOCATION:Chilonzor}}
2  {{DATE:04.01}}   {{NAME:Rakhimov Jasur Bakhodirovich}}  {{PHONE:+998 93 555 02 18}}   {{LOCATION:Yunusobod}}
3  {{DATE:05.01}}   {{NAME:Yusupov Sherzod}}              {{PHONE:+998 97 555 03 66}}   {{LOCATION:Chirchiq}}
4  {{DATE:06.01}}   {{NAME:Tursunova Gulnora Akmalovna}}  {{PHONE:+998 91 555 04 09}}   {{LOCATION:Mirzo Ulug'bek}}
5  {{DATE:07.01}}   {{NAME:Kim Vladimir Sergeyevich}}     {{PHONE:+998 90 555 05 73}}   {{LOCATION:Yakkasaroy}}
zav. otdeleniem: {{NAME:Abdullaev B.T.}}. {{DATE:07.01}} - Rozhdestvo, {{NAME:Kim V.S.}} menyaetsya s {{NAME:Yusupov}}.
Preparaty: propofol, sevofluran, rokuronij - zapas v operblok 2.
Bo'limlar: Reanimatsiya, Operatsion blok 2, Kardiojarrohlik. Bemorlar Toshkent viloyatidan ham.
`,
  },
  {
    id: 't24-026',
    kind: 'community pharmacy duty rota, Lithuanian, licence numbers',
    text: `
Budinciu vaistiniu grafikas - {{LOCATION:Kaunas}} - {{DATE:2026 m. kovo men.}}
{{DATE:03-01}} | {{LOCATION:Eurovaistine}}, {{LOCATION:Savanoriu pr. 206}} | vaist. {{NAME:Ruta Kazlauskiene}} | lic. {{LICENSE:VL-0455128}}
{{DATE:03-02}} | {{LOCATION:Camelia}}, {{LOCATION:Partizanu g. 61}} | vaist. {{NAME:Tomas Petrauskas}} | lic. {{LICENSE:VL-0455309}}
{{DATE:03-03}} | {{LOCATION:Gintarine vaistine}}, {{LOCATION:Silainiu pl. 18}} | vaist. {{NAME:Egle Jankauskaite}} | lic. {{LICENSE:VL-0456017}}
{{DATE:03-04}} | {{LOCATION:Benu}}, {{LOCATION:Zaliakalnio g. 4}} | vaist. {{NAME:Mindaugas Vaitkus}} | lic. {{LICENSE:VL-0456240}}
{{DATE:03-05}} | {{LOCATION:Kedainiu vaistine}}, {{LOCATION:Kedainiai}} | vaist. {{NAME:Daiva Stankeviciute-Bell}} | lic. {{LICENSE:VL-0457731}}
Pastaba: {{DATE:03-04}} pakeicia {{NAME:Vaitkus}}, jei serga - skambinti {{NAME:Jurgitai}} {{PHONE:+370 655 50147}}.
Paracetamolis, Ibuprofenas, Nurofen vaikams - atsargos.
Vaistai: Paracetamolis, Ibuprofenas, Nurofen, Aspirin Cardio. Grafikas paskelbtas {{URL:https://vaistines.example.lt/kaunas/budi}}.
`,
  },
  {
    id: 't24-027',
    kind: 'residency jeopardy/backup roster, lower case, e-mails',
    text: `
backup / jeopardy - im residency - {{DATE:dec 2025}}
wk1 {{DATE:12/1}}-{{DATE:12/7}}   {{NAME:bishop, hope}}        {{EMAIL:hbishop@example.org}}     cell {{PHONE:412-555-0138}}
wk2 {{DATE:12/8}}-{{DATE:12/14}}  {{NAME:okoro, justice}}      {{EMAIL:jokoro@example.org}}      cell {{PHONE:412-555-0171}}
wk3 {{DATE:12/15}}-{{DATE:12/21}} {{NAME:o'connell-nakamura, grace}} {{EMAIL:goconnellnak@example.org}} cell {{PHONE:412-555-0102}}
wk4 {{DATE:12/22}}-{{DATE:12/28}} {{NAME:twohig, river}}       {{EMAIL:rtwohig@example.org}}     cell {{PHONE:412-555-0189}}
wk5 {{DATE:12/29}}-{{DATE:1/4}}   {{NAME:al-rashid, yusuf}}    {{EMAIL:yalrashid@example.org}}   cell {{PHONE:412-555-0155}}
chief: {{NAME:marisol ferreira-batista}}. pulls go through amion, not the chiefs' phones.
{{NAME:bishop}} off {{DATE:12/4}} (interview at {{LOCATION:allegheny general}}); cover {{NAME:okoro}}.
specialties mentioned: cardiology, nephrology, geriatrics. amion schedule export: {{URL:https://amion.example.com/im-backup}}.
`,
  },
];
