// train24 notes 7: fixed-width and mixed exports: telehealth, biometric enrolment, implant log, parking, billing;
// t24-064 has no PHI.
export default [
  {
    id: 't24-055',
    kind: 'fixed-width mainframe export, caps, Blackfeet names, no header',
    text: `
{{MRN:0004471}}{{NAME:THUNDERBIRD    JOSEPH R}}    {{DATE:19470312}}{{SSN:000551447}}{{LOCATION:BROWNING}}      MT{{LOCATION:59417}}{{PHONE:4065550147}}
{{MRN:0004502}}{{NAME:WOLF PLUME     DARLENE}}     {{DATE:19520828}}{{SSN:000552290}}{{LOCATION:HEART BUTTE}}   MT{{LOCATION:59448}}{{PHONE:4065550122}}
{{MRN:0004519}}{{NAME:KIPP           ANGEL M}}     {{DATE:19880105}}{{SSN:000553106}}{{LOCATION:GREAT FALLS}}   MT{{LOCATION:59405}}{{PHONE:4065550168}}
{{MRN:0004533}}{{NAME:MANY HIDES     WILLIAM}}     {{DATE:19330619}}{{SSN:000554018}}{{LOCATION:CUT BANK}}      MT{{LOCATION:59427}}          
{{MRN:0004560}}{{NAME:SWEETGRASS     HOPE}}        {{DATE:20010214}}{{SSN:000555227}}{{LOCATION:BOX ELDER}}     MT{{LOCATION:59521}}{{PHONE:4065550190}}
{{MRN:0004588}}{{NAME:RUNNING CRANE  GRACE L}}     {{DATE:19290930}}{{SSN:000556381}}{{LOCATION:HAVRE}}         MT{{LOCATION:59501}}{{PHONE:4065550171}}
REC LEN 96. LAYOUT: CHART(7) NAME(28) DOB(8) SSN(9) CITY(14) ST(2) ZIP(5) PHONE(10)  -- layout card filed with {{LOCATION:IHS Blackfeet Community Hospital}} IT, ext 3310.
NOTE (typed by hand): {{NAME:RUNNING CRANE}} is {{AGE_OVER_89:96}}; {{NAME:MANY HIDES}} deceased {{DATE:10/2025}} per daughter {{NAME:Loretta Many Hides}}.
`,
  },
  {
    id: 't24-056',
    kind: 'pipe table, Japanese clinic, family name first, chome addresses',
    text: `
|{{NAME:Sato Yuki}}|{{DATE:1958/04/11}}|{{LOCATION:Naniwa-ku}}, {{LOCATION:Nipponbashi 2-3-15}}|{{PHONE:06-5550-1471}}|DM, HbA1c 8.1|
|{{NAME:Takahashi Haruto}}|{{DATE:1996/10/02}}|{{LOCATION:Kita-ku}}, {{LOCATION:Umeda 1-12-8-904}}|{{PHONE:090-5550-2290}}|asthma|
|{{NAME:Kimura Chiyo}}|{{DATE:1930/01/20}}|{{LOCATION:Sumiyoshi-ku}}, {{LOCATION:Abiko 5-7-3}}|{{PHONE:06-5550-3106}}|{{AGE_OVER_89:95}}, dementia, home visit|
|{{NAME:Yamada Kenji}}|{{DATE:1971/07/07}}|{{LOCATION:Sakai-shi}}, {{LOCATION:Nishi-ku}}|{{PHONE:072-555-0140}}|HT, gout|
|{{NAME:Kinjo Ayano}}|{{DATE:1989/12/24}}|{{LOCATION:Ikuno-ku}}, {{LOCATION:Momodani 3-9-1}}|{{PHONE:080-5550-5227}}|pregnancy 14w|
|{{NAME:Park Min-seo}}|{{DATE:1965/03/01}}|{{LOCATION:Ikuno-ku}}, {{LOCATION:Tsuruhashi 2-4-20}}|{{PHONE:06-5550-6381}}|CKD 3b, Korean interp|
(Japanese header row was lost in the paste: shimei / seinengappi / jusho / denwa / biko)
{{LOCATION:Nakano Naika Clinic}}, {{LOCATION:Osaka}} - Dr {{NAME:Nakano Takeshi}}. Kaigo hoken for {{NAME:Kimura}}: {{HEALTH_PLAN:H5550147}}.
Drugs on file: Januvia, Forxiga, Symbicort, Feburic, Amlodin. Referral letters faxed to {{LOCATION:Osaka Red Cross Hospital}} {{FAX:06-5550-9988}}.
Languages: Japanese, Korean. Clinic LINE booking page {{URL:https://nakano-naika.example.jp/yoyaku}}.
`,
  },
  {
    id: 't24-057',
    kind: 'telehealth visit list with IPs, URLs and e-mails',
    text: `
virtual clinic - endocrine - Mon {{DATE:9 Mar 2026}} - session log (no header, fields = time, patient, email, join IP, room)
09:00  {{NAME:Berzina, Inese}}       {{EMAIL:inese.berzina@example.lv}}    {{IP:203.0.113.41}}    {{URL:https://vc.example.org/r/endo-4471}}
09:20  {{NAME:Ozols, Janis}}         {{EMAIL:j.ozols@example.lv}}          {{IP:198.51.100.77}}   {{URL:https://vc.example.org/r/endo-4472}}
09:40  {{NAME:Kalnins, Andris}}      {{EMAIL:andris.k@example.com}}        {{IP:2001:db8:4a::17}} {{URL:https://vc.example.org/r/endo-4473}}
10:00  {{NAME:Abols-Wright, Marta}}  {{EMAIL:marta.aw@example.net}}        {{IP:192.0.2.213}}     {{URL:https://vc.example.org/r/endo-4474}}
10:20  {{NAME:Liepina, Summer}}      (phone only) {{PHONE:+371 2555 0147}}  -                   -
10:40  {{NAME:Vitols, Edgars}}       {{EMAIL:edgars.vitols@example.lv}}    {{IP:203.0.113.190}}   {{URL:https://vc.example.org/r/endo-4476}}
locations stated at start of call: {{LOCATION:Purvciems}}, {{LOCATION:Jurmala}}, {{LOCATION:Jelgava}}, {{LOCATION:Ogre}}, {{LOCATION:Riga}} ({{LOCATION:Imanta}}).
clinician Dr {{NAME:Sandra Gailite}}, {{LOCATION:Pauls Stradins Clinical University Hospital}}. Insulin: Tresiba, NovoRapid; Libre 3 uploads.
`,
  },
  {
    id: 't24-058',
    kind: 'welfare check list after a storm, Puerto Rico, Spanish/English',
    text: `
Lista de cotejo post-huracan - {{LOCATION:CDT de Loiza}} - {{DATE:19 sept}}
#1  {{NAME:Jose Luis Osorio Pizarro}} ({{AGE_OVER_89:90}}) - {{LOCATION:Bo. Pinones}}, {{LOCATION:Carr. 187 km 4.2}} - O2 dependiente, generador ok
#2  {{NAME:Carmen Iris Rivera de Jesus}} - {{LOCATION:Loiza}}, {{LOCATION:Parcelas Suarez}}, {{LOCATION:calle 5 #23}} - dialisis {{LOCATION:Fresenius Carolina}} lun/mie/vie
#3  {{NAME:Ana "Nena" Fuentes Carrasquillo}} - {{LOCATION:Canovanas}}, {{LOCATION:Urb. Villas de Loiza}} - insulina refrigerada? no luz
#4  {{NAME:Wilfredo Ayala}} - {{LOCATION:Medianias Alta}} - amputado, silla de ruedas
#5  {{NAME:Luz Maria Pizarro Vda. de Osorio}} - same house as #1 - esposa
#6  {{NAME:Angel Manuel Cepeda}} - {{LOCATION:Carolina}}, {{LOCATION:Villa Carolina}}, {{LOCATION:Bloque 77 #12}} - ventilador casero {{DEVICE:TRILOGY-EVO-TV5550188}}
enlace municipal: {{NAME:Brenda Calderon}} {{PHONE:787-555-0147}}; FEMA DR-4671. Refrigeracion para insulina en {{LOCATION:Iglesia San Patricio}}.
Medicaid/Vital #2: {{HEALTH_PLAN:VT5550147720}}.
Medicamentos: insulina glargina, furosemida, albuterol. FEMA y Medicaid son programas.
`,
  },
  {
    id: 't24-059',
    kind: 'biometric enrolment list, Kigali, photos and templates',
    text: `
{{LOCATION:CHUK}} {{LOCATION:Kigali}} - ART clinic biometric enrolment - batch {{DATE:2025-06-17}}
{{NAME:Uwimana Claudine}};{{OTHER_ID:1198570055514}};{{BIOMETRIC:FP-L2-9930141}};{{PHOTO:enrol_0617_001.jpg}};{{LOCATION:Nyamirambo}}
{{NAME:Habimana Jean de Dieu}};{{OTHER_ID:1197480055522}};{{BIOMETRIC:FP-L2-9930142}};{{PHOTO:enrol_0617_002.jpg}};{{LOCATION:Kimisagara}}
{{NAME:Mukamana Esperance}};{{OTHER_ID:1196270055530}};{{BIOMETRIC:FP-R1-9930143}};{{PHOTO:enrol_0617_003.jpg}};{{LOCATION:Gikondo}}
{{NAME:Niyonzima Patrick}};{{OTHER_ID:1199080055549}};{{BIOMETRIC:FP-L2-9930144}};{{PHOTO:enrol_0617_004.jpg}};{{LOCATION:Remera}}
{{NAME:Ingabire Grace}};{{OTHER_ID:1200170055557}};{{BIOMETRIC:FP-L2-9930145}};{{PHOTO:enrol_0617_005.jpg}};{{LOCATION:Musanze}}
{{NAME:Mugisha Innocent}};{{OTHER_ID:1195380055565}};refused fingerprint;{{PHOTO:enrol_0617_006.jpg}};{{LOCATION:Huye}}
iris templates (pilot): {{NAME:Uwimana}} {{BIOMETRIC:IRIS-0617-7781}}, {{NAME:Mugisha}} {{BIOMETRIC:IRIS-0617-7782}}
operator {{NAME:Tuyisenge A.}}; scanner SecuGen HU20 SN {{DEVICE:H55501447}}; upload host {{IP:198.51.100.23}}.
Regimens: TLD, AZT/3TC/DTG. Viral load via {{LOCATION:NRL}}.
`,
  },
  {
    id: 't24-060',
    kind: 'implant register, orthopaedic theatre, device serials',
    text: `
implant log - {{LOCATION:Mater Misericordiae}} theatre 6 - {{DATE:Nov 2025}}
{{DATE:03/11}} | {{NAME:Quinlan, Padraig}} | {{MRN:MMU-771402}} | THR L | cup {{DEVICE:PIN-58-5550147}} | stem {{DEVICE:COR-12-5550229}} | Mr {{NAME:Hennessy}}
{{DATE:03/11}} | {{NAME:Ogunleye, Bisi}} | {{MRN:MMU-771455}} | TKR R | fem {{DEVICE:ATT-5F-5550331}} | tib {{DEVICE:ATT-T4-5550418}} | Mr {{NAME:Hennessy}}
{{DATE:05/11}} | {{NAME:Mac Giolla Bhride, Aoife}} | {{MRN:MMU-771518}} | ORIF ankle | plate {{DEVICE:SYN-LCP-5550503}} | - | Ms {{NAME:Ni Riain}}
{{DATE:06/11}} | {{NAME:Shevlin, Tom}} | {{MRN:MMU-771602}} | revision THR | {{DEVICE:RSTEM-5550612}} | - | Mr {{NAME:Hennessy}}
{{DATE:07/11}} | {{NAME:Banerjee, Summer}} | {{MRN:MMU-771699}} | hemi | {{DEVICE:EXETER-5550718}} | - | Ms {{NAME:Ni Riain}}
Registry: NJR-style upload done {{DATE:10/11}} by {{NAME:c.dolan}}. Cement: Palacos R+G. Tourniquet 250 mmHg.
Home addresses for recall kept in PAS: {{NAME:Quinlan}} - {{LOCATION:Swords}}, {{LOCATION:K67 X2F8}}; {{NAME:Shevlin}} - {{LOCATION:Drogheda}}.
`,
  },
  {
    id: 't24-061',
    kind: 'dialysis parking and transport list, plates',
    text: `
parking permits - {{LOCATION:Sunnybrook}} renal - renew by {{DATE:Jan 31}}
{{NAME:Mahabir, Deodat}}     plate {{VEHICLE:CKRT 447}}     {{LOCATION:Brampton}}        HD MWF am
{{NAME:Oyeyemi, Funmilayo}}  plate {{VEHICLE:BVXP 229}}     {{LOCATION:North York}}      HD TTS pm
{{NAME:Greenberg, Shlomo}}   plate {{VEHICLE:DLNM 331}}     {{LOCATION:Thornhill}}       PD clinic monthly
{{NAME:Tran, Bao Ngoc}}      wheelchair van {{VEHICLE:ACCESS 418}}  {{LOCATION:Markham}}  HD MWF pm
{{NAME:Lalonde, Guy}}        plate {{VEHICLE:CHVW 503}}     {{LOCATION:Richmond Hill}}   HD TTS am
{{NAME:Atwal, Harjit Kaur}}  plate {{VEHICLE:BRMP 612}}     {{LOCATION:Mississauga}}     HD MWF am
drivers with handicap permits: {{NAME:Greenberg}} ({{OTHER_ID:APS-5550147}}), {{NAME:Atwal}} ({{OTHER_ID:APS-5550229}})
Contact parking office {{PHONE:416-555-0143}}, fax {{FAX:416-555-0198}}. Lot B, level P2. HD = haemodialysis, PD = peritoneal.
Renal services: Home Dialysis Unit, Transplant Clinic, Vascular Access Clinic. Ontario plates only; Quebec plates need manual entry.
`,
  },
  {
    id: 't24-062',
    kind: 'billing call-back list, accounts and health plans',
    text: `
callback queue - PFS - {{DATE:4/14/26}} - no header (acct, guarantor, plan, member, phone, note)
{{ACCOUNT:HAR-55014477}}  {{NAME:Begay-Whitman, Norma}}  Medicare  {{HEALTH_PLAN:1EG4-TE5-MK72}}  {{PHONE:505-555-0101}}  deductible
{{ACCOUNT:HAR-55022903}}  {{NAME:Shapiro, Dov}}  Aetna  {{HEALTH_PLAN:W555014729}}  {{PHONE:201-555-0145}}  coord of benefits
{{ACCOUNT:HAR-55031168}}  {{NAME:Achterberg, Faith}}  Medicaid  {{HEALTH_PLAN:NJ555102214}}  {{PHONE:973-555-0188}}  retro elig
{{ACCOUNT:HAR-55040056}}  {{NAME:Nwosu, Chiamaka}}  Oxford  {{HEALTH_PLAN:OX555077310}}  {{PHONE:862-555-0117}}  itemised bill
{{ACCOUNT:HAR-55059921}}  {{NAME:Bishop, Lawrence}} Jr. (guarantor: mother {{NAME:Ruth Bishop}})  self-pay  -  {{PHONE:973-555-0162}}  charity app
{{ACCOUNT:HAR-55068814}}  {{NAME:Kahananui, Leilani}}  Tricare  {{HEALTH_PLAN:TR5550339812}}  -  deployed spouse, POA {{NAME:Keoni Kahananui}}
faxed statements: {{FAX:973-555-0199}}. Portal pay link {{URL:https://pay.example.com/stmt/55059921}}.
Rep: {{NAME:Yolanda P.}} ext 2240. Hospital: {{LOCATION:Saint Barnabas}}, {{LOCATION:Livingston}}.
`,
  },
  {
    id: 't24-063',
    kind: 'lab specimen pick-up list, mixed rows of tests and people',
    text: `
courier run 3 - Tue {{DATE:24 Feb}} - driver {{NAME:Sefo Alofaituli}} - van {{VEHICLE:HVZ 552}}
{{LOCATION:Porirua Medical Centre}} | {{NAME:Tautahi, Rangi}} | FBC, HbA1c | NHI {{OTHER_ID:ZZZ0024}}
{{LOCATION:Porirua Medical Centre}} | {{NAME:Falaniko, Ioane}} | INR | NHI {{OTHER_ID:ZZZ0032}}
{{LOCATION:Cannons Creek}} pharmacy | {{NAME:Fiso-Hirini, Ana}} | urine MC&S | NHI {{OTHER_ID:ZZZ0040}}
{{LOCATION:Titahi Bay}} rest home | {{NAME:Wellington, Grace}} ({{AGE_OVER_89:99}}) | BNP, U&E | NHI {{OTHER_ID:ZZZ0059}}
{{LOCATION:Whitby}} | {{NAME:Hope, Matiu}} | swab MRSA | NHI {{OTHER_ID:ZZZ0067}}
Tests only (no patient): QC Level 2 (Bio-Rad), EQA sample RCPA 25-11, blood culture bottles BacT/ALERT x12.
Deliver to {{LOCATION:Wellington SCL}}, {{LOCATION:Kenepuru}}. Problems: dispatch {{NAME:Hemi}} {{PHONE:04 555 0147}} or {{EMAIL:courier@example.co.nz}}.
Tests on run: FBC, HbA1c, INR, urine MC&S, BNP, U&E, MRSA swab. Pharmacy deliveries are a separate run.
`,
  },
  {
    id: 't24-064',
    kind: 'ward stock and services list, no PHI',
    text: `
WARD 9 - STOCK PICK LIST AND SERVICES (no patient data)
| Tazocin 4.5g | x20 | fridge no |
| Meropenem 1g | x10 | |
| Clexane 40mg | x30 | |
| Ventolin nebules 2.5mg | x40 | |
| Parkinson's Disease Nurse Specialist | bleep 4471 | Mon-Fri |
| Cardiology Clinic | ext 5229 | referrals via EPR |
| Tissue Viability | ext 3106 | |
| Dexcom G7 sensors | x5 | |
| Foley 14Fr | x10 | |
| Glasgow Coma Scale charts | x50 | |
| Waterlow / Braden score sheets | x50 | |
Languages available by phone: Polish, Arabic, Tigrinya, Romanian, Cantonese.
Organisms on alert board: MRSA, CPE, C. difficile, VRE. Visiting 14:00-20:00. Fire assembly point C.
`,
  },
];
