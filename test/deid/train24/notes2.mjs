// train24 notes 2: clinic and theatre lists (headers far away, in another language, or none).
export default [
  {
    id: 't24-010',
    kind: 'theatre list, "Lastname, Firstname" rows, Irish',
    text: `
THEATRE 2 - {{LOCATION:MERLIN PARK}} ORTHO - MON {{DATE:17 NOV}} - list 1 of 2
08:00  {{NAME:O Flaithearta, Padraig}}  MRN {{MRN:UHG2214407}}  {{LOCATION:An Spideal}}  R TKR  (Zimmer Persona)  Mr {{NAME:Cusack}}
09:45  {{NAME:Ni Chonghaile, Maire}}  MRN {{MRN:UHG2209981}}  {{LOCATION:Carna}}  L THR  (Corail/Pinnacle)  Mr {{NAME:Cusack}}
11:30  {{NAME:Mac Donncha, Seamus Og}}  MRN {{MRN:UHG2231578}}  {{LOCATION:Inis Mor}}  R carpal tunnel  Ms {{NAME:Adeyemi-Fahy}}
12:15  {{NAME:Walsh, Bridget "Bridie"}}  MRN {{MRN:UHG2197006}}  {{LOCATION:Tuam}}  removal of metalwork L ankle  Ms {{NAME:Adeyemi-Fahy}}
13:30  {{NAME:Kowalczyk, Marek}}  MRN {{MRN:UHG2240332}}  {{LOCATION:Ballinasloe}}  ACL reconstruction  Mr {{NAME:Cusack}}
15:00  {{NAME:Bishop, Grainne}}  MRN {{MRN:UHG2238814}}  {{LOCATION:Oughterard}}, {{LOCATION:H91 R2C8}}  L TKR  Mr {{NAME:Cusack}}
anaesthetist Dr {{NAME:Thandiwe Mokoena}}; ODP {{NAME:Ciaran Furey}}.
pt 2 ferry from {{LOCATION:Cill Ronain}} - book taxi {{VEHICLE:241-G-5518}} for {{DATE:18/11}}. pt 6 lives alone, daughter {{NAME:Siobhan}} {{PHONE:087 555 0164}}.
Kit: Persona trays x2, Stryker saw, Hana table for 2. Latex allergy: none on list. VTE: Clexane 40 all.
Western Connacht referrals prioritised. Theatre staff log in at terminal {{IP:192.0.2.77}}; list printed by {{NAME:mfahy}}.
`,
  },
  {
    id: 't24-011',
    kind: 'outpatient clinic list, Turkish header',
    text: `
{{LOCATION:Ege Universitesi Hastanesi}} - Nefroloji Poliklinigi - {{DATE:03.03.2026}}
Sira | Hasta adi | Dogum tarihi | Ilce | Tel | Not
1 | {{NAME:Ayse Yilmaz}} | {{DATE:12.04.1961}} | {{LOCATION:Karsiyaka}} | {{PHONE:0532 555 01 23}} | KBH evre 4
2 | {{NAME:Mehmet Kaya}} | {{DATE:30.09.1948}} | {{LOCATION:Bornova}} | {{PHONE:0541 555 02 87}} | diyaliz hazirlik, AV fistul
3 | {{NAME:Emine Demir}} | {{DATE:01.01.1935}} | {{LOCATION:Buca}} | {{PHONE:0505 555 03 41}} | hiperkalemi
4 | {{NAME:Huseyin Celik}} | {{DATE:17.06.1972}} | {{LOCATION:Menemen}} | {{PHONE:0533 555 04 09}} | IgA nefropatisi
5 | {{NAME:Fatma Arslan-Kurt}} | {{DATE:22.11.1980}} | {{LOCATION:Torbali}} | {{PHONE:0542 555 05 66}} | gebelik + lupus
6 | {{NAME:Umut Ozdemir}} | {{DATE:05.02.1999}} | {{LOCATION:Bayrakli}} | {{PHONE:0530 555 06 12}} | transplant kontrol, Prograf
7 | {{NAME:Zeynep Nur Aksoy}} | {{DATE:14.08.1957}} | {{LOCATION:Cigli}} | {{PHONE:0544 555 07 78}} | -
Hekim: Uzm. Dr. {{NAME:Selin Karaca}}; hemsire {{NAME:Gulsen}}. 2 no.lu hasta {{LOCATION:Bornova Devlet Hastanesi}}'ne sevk.
Ilaclar: Prograf, CellCept, Renagel, Eprex. Hastalar Izmir ili genelinden. Randevu sistemi: {{URL:https://randevu.example.gov.tr}}.
`,
  },
  {
    id: 't24-012',
    kind: 'endoscopy list, tab separated, English-word names',
    text: `
GI lab - {{LOCATION:Sacred Heart}} - {{DATE:12/9/25}}
0730\t{{NAME:Bishop, Grace}}\t{{MRN:E4471902}}\t{{LOCATION:Cheney}}\tEGD, Barrett surveillance\tscope {{DEVICE:GIF-H190 2801447}}
0815\t{{NAME:Nakamura, Summer}}\t{{MRN:E4480116}}\t{{LOCATION:Spokane Valley}}\tcolonoscopy, FIT+\tscope {{DEVICE:CF-HQ190L 2917730}}
0900\t{{NAME:Tuiasosopo, Hope}}\t{{MRN:E4491328}}\t{{LOCATION:Deer Park}}\tERCP, CBD stone\tscope {{DEVICE:TJF-Q190V 2630051}}
1015\t{{NAME:Little Bear, Marvin}}\t{{MRN:E4502209}}\t{{LOCATION:Wellpinit}}\tcolonoscopy, Lynch\tscope {{DEVICE:CF-HQ190L 2917730}}
1100\t{{NAME:Merriweather, Will}} Jr\t{{MRN:E4516674}}\t{{LOCATION:Coeur d'Alene}} ID\tflex sig\t-
1200\t{{NAME:Okonjo-Parrish, Faith}}\t{{MRN:E4520091}}\t{{LOCATION:Medical Lake}}\tEGD + PEG\tscope {{DEVICE:GIF-H190 2801447}}
anesthesia: {{NAME:R. Lindqvist}} CRNA; endoscopist Dr {{NAME:Farid Haddad}}. Cases 3 and 6 need Propofol, others moderate sedation.
1100 - ride with {{NAME:Jeremiah Merriweather}} (son), {{PHONE:509-555-0147}}.
Bowel prep: Golytely x3, Suprep x2. Path to {{LOCATION:Incyte Diagnostics}}.
Patients from eastern Washington and north Idaho. Scope reprocessing log: Medivators AER 2, Olympus OER-Pro. Path requisitions faxed {{FAX:509-555-0124}}.
`,
  },
  {
    id: 't24-013',
    kind: 'dermatology list, Finnish header, photo files',
    text: `
Aika  Nimi                 Hetu          Kotikunta   Kuvat
------------------------------------------------------------------
 8.00 {{NAME:Kettunen Aino}}         {{OTHER_ID:120354-900T}}   {{LOCATION:Kempele}}     {{PHOTO:IMG_4471.HEIC}}
 8.20 {{NAME:Hamalainen Eero}}       {{OTHER_ID:030769-912R}}   {{LOCATION:Haukipudas}}  {{PHOTO:IMG_4472.HEIC}}, {{PHOTO:IMG_4473.HEIC}}
 8.40 {{NAME:Luukkonen Paivi}}       {{OTHER_ID:251188-904K}}   {{LOCATION:Raahe}}       -
 9.00 {{NAME:Mustonen Juho}}         {{OTHER_ID:080201A9137}}   {{LOCATION:Kuusamo}}     {{PHOTO:derm_mustonen_selka.jpg}}
 9.20 {{NAME:Aikio Elle-Maaret}}     {{OTHER_ID:170546-9245}}   {{LOCATION:Utsjoki}}     {{PHOTO:IMG_4480.HEIC}}
 9.40 {{NAME:Toivonen-Sirvio Kaisa}} {{OTHER_ID:300992-918X}}   {{LOCATION:Oulunsalo}}   -
{{LOCATION:OYS}} iho- ja allergiasairauksien pkl, {{DATE:13.1.2026}}, el. {{NAME:Ville Rantala}}
Dermoscopy: FotoFinder. 9.00 basalioma selassa, 8.00 melanooma-epaily. Tacrolimus, Dovobet listalla.
Laakkeet: Tacrolimus, Dovobet, Efudix, Aldara, Dupixent. Potilaat Pohjois-Pohjanmaalta. Kuvat ladattu palvelimelle {{IP:198.51.100.144}}.
`,
  },
  {
    id: 't24-014',
    kind: 'dialysis chair list, key at the far end',
    text: `
{{LOCATION:ADDINGTON}} RENAL UNIT  session 2  Wed {{DATE:5 Nov 2025}}
C1 / {{NAME:DLAMINI Sipho}} / {{LOCATION:Umlazi}} {{LOCATION:V Section}} / HD 4h / Fx80 / van {{VEHICLE:ND 441-782}}
C2 / {{NAME:MKHIZE Nomvula}} / {{LOCATION:KwaMashu}} / HD 4h / Fx80 / own transport
C3 / {{NAME:NAIDOO Pravesh}} / {{LOCATION:Chatsworth}}, {{LOCATION:Unit 9}} / HD 3.5h / Fx60 / van {{VEHICLE:ND 441-782}}
C4 / {{NAME:GOVENDER Kamini}} / {{LOCATION:Phoenix}} / HD 4h / Fx80 / van {{VEHICLE:ND 558-019}}
C5 / {{NAME:NGCOBO Thandeka}} / {{LOCATION:Pinetown}} / HD 4h / Fx100 / taxi
C6 / {{NAME:VAN ROOYEN Hennie}} / {{LOCATION:Westville}} / HD 4h / Fx80 / wife drives
C7 / {{NAME:PILLAY Devika "Dee"}} / {{LOCATION:Merebank}} / HD 3h / Fx60 / van {{VEHICLE:ND 558-019}}
Nurse i/c: Sr {{NAME:Zanele Khumalo}}. C5 listed at {{LOCATION:Inkosi Albert Luthuli}} for transplant work-up {{DATE:12 Nov}}.
Heparin 5000u loading except C3. EPO (Recormon) C1, C4, C6.
(columns as per unit SOP: chair / patient / area / prescription / dialyser / transport)
Referrals from across KwaZulu-Natal. Access: AVF, AVG, permcath. Labs: Hb, K+, ferritin, PTH. Transport company account {{ACCOUNT:TRN-ND-552014}}.
`,
  },
  {
    id: 't24-015',
    kind: 'cataract list, initials before names, villages',
    text: `
{{LOCATION:Aravind Eye Hospital}}, {{LOCATION:Madurai}} - OT 4 - {{DATE:22-Jan-2026}}
 1) {{NAME:K. Murugesan}}   M/71  {{LOCATION:Melur}}          RE MSICS  IOL 21.5D  MRD {{MRN:MDU-2025-448190}}
 2) {{NAME:S. Lakshmi}}     F/66  {{LOCATION:Thirumangalam}}  LE phaco  IOL 22.0D  MRD {{MRN:MDU-2025-451207}}
 3) {{NAME:R. Selvaraj}}    M/{{AGE_OVER_89:90}}  {{LOCATION:Usilampatti}}    RE MSICS  IOL 20.5D  MRD {{MRN:MDU-2026-000874}}
 4) {{NAME:P. Meenakshi}}   F/58  {{LOCATION:Vadipatti}}      LE phaco  IOL 23.0D  MRD {{MRN:MDU-2026-001032}}
 5) {{NAME:A. Mohamed Yusuf}} M/63 {{LOCATION:Kottampatti}}   RE phaco  IOL 21.0D  MRD {{MRN:MDU-2026-001195}}
 6) {{NAME:T. Pandiammal}}  F/{{AGE_OVER_89:93}}  {{LOCATION:Peraiyur}}        LE MSICS  IOL 19.5D  MRD {{MRN:MDU-2026-001240}}
camp patients 1, 3, 6 from {{LOCATION:Sholavandan}} screening camp, bus {{VEHICLE:TN 59 N 5521}}.
Surgeon Dr {{NAME:Kavitha Ramalingam}}; counsellor {{NAME:Jebakani}}. Lens AcrySof IQ / Aurovue. Vision 6/60 pre-op.
IOL models: AcrySof IQ, Aurovue, Tecnis. Drops: moxifloxacin, prednisolone acetate, tropicamide. Camp funded under the Tamil Nadu blindness programme.
Camp report faxed to district blindness society {{FAX:0452 555 0166}}.
`,
  },
  {
    id: 't24-016',
    kind: 'theatre list, Spanish header, Quechua double surnames',
    text: `
N | Paciente | Edad | Procedencia | Cirugia | Cirujano | DNI
{{LOCATION:Hospital Regional del Cusco}} - SOP 1 - programacion {{DATE:04/02/2026}}
1 | {{NAME:Quispe Mamani, Justina}} | 45 | {{LOCATION:Urubamba}} | colecistectomia lap | Dr. {{NAME:Huaman}} | {{OTHER_ID:40017752}}
2 | {{NAME:Huaman Condori, Teofilo}} | 62 | {{LOCATION:Sicuani}} | hernioplastia inguinal | Dr. {{NAME:Huaman}} | {{OTHER_ID:24118830}}
3 | {{NAME:Ccallo Puma, Yesica}} | 17 | {{LOCATION:Pisac}} | apendicectomia | Dra. {{NAME:Villasante}} | {{OTHER_ID:71520093}}
4 | {{NAME:de la Cruz Apaza, Felipe}} | 80 | {{LOCATION:Anta}} | RTU prostata | Dr. {{NAME:Loayza Chacon}} | {{OTHER_ID:23845501}}
5 | {{NAME:Sullca Ttito de Choque, Nilda}} | 38 | {{LOCATION:Calca}}, {{LOCATION:comunidad Huaran}} | histerectomia | Dra. {{NAME:Villasante}} | {{OTHER_ID:45290917}}
6 | {{NAME:Gamarra Del Castillo, Luis Alberto}} | 55 | {{LOCATION:Wanchaq}} | tiroidectomia | Dr. {{NAME:Loayza Chacon}} | {{OTHER_ID:23990418}}
Anestesiologo: Dr. {{NAME:Efrain Challco}}. Caso 4: sangre 2U. Caso 5 habla quechua, familiar {{NAME:Ruben Choque}} {{PHONE:984 555 017}}.
SIS: casos 1-5. Caso 6 EsSalud.
Pacientes de todo el departamento del Cusco. Medicamentos: cefazolina, tramadol, metamizol, ketorolaco. Idiomas: quechua, castellano.
`,
  },
  {
    id: 't24-017',
    kind: 'IVF procedure list with fingerprint witness IDs',
    text: `
{{LOCATION:Royan Institute}} - OPU/ET list - {{DATE:1404/09/12}} ({{DATE:3 Dec 2025}})
07:30 OPU  {{NAME:Moradi, Shirin}} / {{NAME:Karimi-Nejad, Reza}}  file {{MRN:RY-88417}}  {{LOCATION:Tajrish}}    fp {{BIOMETRIC:FPW-20931}}
08:10 OPU  {{NAME:Sadeghi, Maryam}} / {{NAME:Tavakoli, Arash}}    file {{MRN:RY-88502}}  {{LOCATION:Karaj}}      fp {{BIOMETRIC:FPW-20944}}
08:50 ET   {{NAME:Ghorbani, Nasrin}} / {{NAME:Rahmani, Hossein}}  file {{MRN:RY-87116}}  {{LOCATION:Shahr-e Rey}} fp {{BIOMETRIC:FPW-20377}}
09:20 FET  {{NAME:Azizi, Parisa}} / {{NAME:Jafari, Kamran}}       file {{MRN:RY-86890}}  {{LOCATION:Narmak}}     fp {{BIOMETRIC:FPW-20112}}
10:00 IUI  {{NAME:Bagheri, Leila}} / {{NAME:Bagheri, Omid}}       file {{MRN:RY-88621}}  {{LOCATION:Pardis}}     fp {{BIOMETRIC:FPW-20988}}
Embryologist {{NAME:Farnaz Hosseini}}; witness {{NAME:N. Shahbazi}}. Gonal-F, Cetrotide, Ovitrelle trigger 36h prior.
Drugs: Gonal-F, Cetrotide, Ovitrelle, progesterone. Lab: AMH, E2, beta-hCG. Patients from Tehran Province and Alborz. Consent scans uploaded to {{URL:https://ivf.example.ir/consent/88417}}.
`,
  },
  {
    id: 't24-018',
    kind: 'antenatal clinic list, initials and surnames only',
    text: `
ANC clinic Rm 4 {{LOCATION:Princess Royal Maternity}} Thurs {{DATE:9th Oct}}
0900 {{NAME:JM Kowalczyk}} 28/40 {{LOCATION:Govanhill}} interp Polish CHI {{OTHER_ID:1204925551}}
0910 {{NAME:AB Ali}} 34/40 {{LOCATION:Pollokshields}} GDM CHI {{OTHER_ID:0511935552}}
0920 {{NAME:K MacLeod}} 12/40 booking {{LOCATION:Partick}} CHI {{OTHER_ID:2306985553}}
0930 {{NAME:SO Adebayo}} 36/40 {{LOCATION:Easterhouse}} breech CHI {{OTHER_ID:1909015554}}
0940 {{NAME:T Nguyen}} 20/40 {{LOCATION:Shawlands}} anomaly scan CHI {{OTHER_ID:0702995555}}
0950 {{NAME:R Dunbar-Singh}} 40+3 {{LOCATION:Dennistoun}} IOL booking CHI {{OTHER_ID:3010885556}}
1000 {{NAME:Grace Kerr}} 30/40 {{LOCATION:Paisley}} DNA x2
mw {{NAME:EMcG}}, SHO Dr {{NAME:Oduya}}. 0940 husband {{NAME:Minh}} {{PHONE:07700 900412}}. 1000 - health visitor {{NAME:Lorna Baird}} at {{LOCATION:Renfrew Health Centre}} to phone.
Drugs: Pregnacare, Ferrous fumarate, Aspirin 150, metformin (GDM). Scans: anomaly, growth, dopplers. Languages: Polish, Urdu, Vietnamese, Arabic.
`,
  },
];
