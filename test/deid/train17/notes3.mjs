// train17 notes 3: home-visit schedules with addresses and pharmacy collection logs.
export default [
  {
    id: 't17-019',
    kind: 'district nurse home-visit schedule (pipe)',
    text: `
District Nursing - {{LOCATION:Cwmbran}} team - run sheet Fri {{DATE:27 Nov}}
| Time | Patient | Address | Postcode | Task | Key safe |
| 08:30 | {{NAME:Gwilym ap Rhys}} | {{LOCATION:4 Heol y Coed}}, {{LOCATION:Pontnewydd}} | {{LOCATION:NP44 1AB}} | insulin (Humalog Mix25) | 1066 |
| 09:00 | {{NAME:Bronwen Pritchard}} ({{AGE_OVER_89:97}}) | {{LOCATION:Flat 2, Llewellyn Court}}, {{LOCATION:Croesyceiliog}} | {{LOCATION:NP44 2DF}} | leg ulcer, 4-layer | none |
| 09:45 | {{NAME:Dafydd Hughes-Evans}} | {{LOCATION:17 Commercial Street}}, {{LOCATION:Pontypool}} | {{LOCATION:NP4 6JQ}} | PICC flush | 2207 |
| 10:30 | {{NAME:Nia Watkins}} | {{LOCATION:Ty Gwyn Nursing Home}}, room 12 | {{LOCATION:NP44 3HX}} | syringe driver check | n/a |
| 11:15 | {{NAME:Krystyna Nowak}} | {{LOCATION:33 Oakfield Road}} | {{LOCATION:NP44 3DD}} | catheter change (Foley 14Fr) | 4490 |
| 12:00 | {{NAME:Idris Bevan}} | {{LOCATION:9 Maendy Way}}, {{LOCATION:Oakfield}} | {{LOCATION:NP44 3RE}} | bloods (INR) | 3310 |
Team phone {{PHONE:01633 555 410}}.
Team lead {{NAME:Carys Morgan}}; bank nurse {{NAME:Hope Adebayo}}. Aneurin Bevan UHB community services.
Dressings (Aquacel, Kerramax) from {{LOCATION:Cwmbran Stock Room}}; pool car {{VEHICLE:CU21 KXP}}.
`,
  },
  {
    id: 't17-020',
    kind: 'CHW home visit plan (numbered, Spanish)',
    text: `
Visitas domiciliarias - promotora {{NAME:Rosa Elvira Quispe Mamani}} - {{LOCATION:Centro de Salud Villa El Salvador}} - {{DATE:26/11/2026}}
1. {{NAME:Juan de Dios Huaman Ccori}}, {{LOCATION:Mz. K Lt. 14, Sector 3 Grupo 7}}, control TB DOTS, cel {{PHONE:955 555 102}}
2. {{NAME:Flor de Maria Condori Apaza}} y bebe {{NAME:Thiago}}, {{LOCATION:Asentamiento Humano Lomo de Corvina}}, puerperio dia 7
3. Don {{NAME:Teodoro Ccahuana}} ({{AGE_OVER_89:91}}), {{LOCATION:Av. Revolucion 1452}}, postrado, escaras
4. {{NAME:Yesenia Paucar de la Torre}}, {{LOCATION:Pachacamac}} limite, anemia, sulfato ferroso
5. Familia {{NAME:Chumpitaz}}, {{LOCATION:Mz. B Lt. 3, Urb. Pachacamac}}, Sarampion - no, solo vacunas al dia
6. {{NAME:Nayeli Huaroto}}, {{LOCATION:Mz. F Lt. 9, Sector 2}}, nino con EDA, zinc y SRO
DNI de Don {{NAME:Teodoro}}: {{OTHER_ID:08123456}}. SIS {{HEALTH_PLAN:SIS-7023451129}}. Distrito de {{LOCATION:Villa El Salvador}}, {{LOCATION:Lima}}.
Reporte enviado a {{EMAIL:cs.villaelsalvador@minsa.example.pe}}.
`,
  },
  {
    id: 't17-021',
    kind: 'pharmacy collection log (TSV no header)',
    text: `
{{DATE:25/11/2026}}	10:12	{{NAME:Mokoena, Thabo}}	{{OTHER_ID:CCMDD-77120}}	TLD x3 months	collected by self	ID seen
{{DATE:25/11/2026}}	10:40	{{NAME:Dlamini, Nomvula}}	{{OTHER_ID:CCMDD-77188}}	amlodipine/HCTZ	collected by daughter {{NAME:Zanele Dlamini}}	ID seen
{{DATE:25/11/2026}}	11:05	{{NAME:Van Wyk, Hendrik}}	{{OTHER_ID:CCMDD-77211}}	metformin, simvastatin	not collected	SMS to {{PHONE:082 555 7781}}
{{DATE:25/11/2026}}	11:30	{{NAME:Naidoo, Prishani}}	{{OTHER_ID:CCMDD-77230}}	levothyroxine	collected	-
{{DATE:25/11/2026}}	12:02	{{NAME:Sithole, Blessing}}	{{OTHER_ID:CCMDD-77304}}	TLD	collected by partner {{NAME:Lwazi Ntuli}}	-
{{DATE:25/11/2026}}	12:30	{{NAME:Mahlangu, Hope}}	{{OTHER_ID:CCMDD-77320}}	TLD	collected	-
pick-up point: {{LOCATION:Clicks Pharmacy Soweto Maponya Mall}}, {{LOCATION:Klipspruit}}. Gauteng DoH CCMDD programme. Pharmacist {{NAME:Ayanda Khumalo}}, SAPC {{LICENSE:P 0099871}}.
Courier vehicle for the next drop: {{VEHICLE:JHB 44 KL GP}}.
`,
  },
  {
    id: 't17-022',
    kind: 'methadone dispensing log (fixed width)',
    text: `
OST DISPENSING - {{LOCATION:Apteka Centralna}}, {{LOCATION:ul. Piotrkowska 104}}, {{LOCATION:90-006 Lodz}}     {{DATE:26.11.2026}}
PATIENT                        PROG NO     DOSE    TAKEN   TAKEAWAY   SIGN
{{NAME:Kowalski, Marek}}               {{OTHER_ID:LDZ-0412}}    80 mg   yes     0          MK
{{NAME:Zielinska-Nowak, Agnieszka}}    {{OTHER_ID:LDZ-0419}}    60 mg   yes     2          AZN
{{NAME:Wozniak, Pawel "Pablo"}}        {{OTHER_ID:LDZ-0427}}    110 mg  no      0          -
{{NAME:Iwanow, Dmytro}}                {{OTHER_ID:LDZ-0433}}    45 mg   yes     1          DI
{{NAME:Kaczmarek, Bozena}}             {{OTHER_ID:LDZ-0440}}    30 mg   yes     0          BK
{{NAME:Pawel}} missed 3rd day - inform dr {{NAME:Ewa Malinowska}} ({{LOCATION:Poradnia Terapii Uzaleznien}}). Methadone and Suboxone (brand) stock checked by mgr {{NAME:Grzegorz Lis}}.
Kontrola: {{NAME:Marek}} breathalyser 0.00; next supervised day {{DATE:27.11.2026}}.
`,
  },
  {
    id: 't17-023',
    kind: 'palliative home-visit rota (CSV with header)',
    text: `
date,visitor,patient,address,suburb,postcode,purpose
{{DATE:2026-11-27}},Sr {{NAME:Bernadette Fahey}},{{NAME:Walter Pemulwuy}},{{LOCATION:8 Yarrabin Street}},{{LOCATION:Blacktown}},{{LOCATION:2148}},pain review - Oxynorm
{{DATE:2026-11-27}},{{NAME:Will Tran}},{{NAME:Evangelia Papadopoulos}},{{LOCATION:Unit 4/21 Station Road}},{{LOCATION:Seven Hills}},{{LOCATION:2147}},family meeting
{{DATE:2026-11-28}},Sr {{NAME:Bernadette Fahey}},{{NAME:Ngaire Toomey}},{{LOCATION:112 Richmond Road}},{{LOCATION:Marayong}},{{LOCATION:2148}},syringe driver
{{DATE:2026-11-28}},Dr {{NAME:Faisal Qureshi}},{{NAME:Arthur Bligh}} ({{AGE_OVER_89:96}}),{{LOCATION:Mount Druitt Hospital}} ward 3,{{LOCATION:Mount Druitt}},{{LOCATION:2770}},transfer home?
{{DATE:2026-11-29}},{{NAME:Will Tran}},{{NAME:Tevita Fifita}},{{LOCATION:5 Jirrang Close}},{{LOCATION:Bidwill}},{{LOCATION:2770}},bereavement call to wife {{NAME:Salote}}
NSW Health palliative pathway. Syringe driver: NIKI T34 serial {{DEVICE:T34-0045512}}. Aboriginal liaison Aunty {{NAME:June Kelly}}.
Team fax for scripts: {{FAX:(02) 9555 0188}}.
{{DATE:2026-11-30}},{{NAME:Summer Hadid}},{{NAME:Joyce Wirrpanda}},{{LOCATION:17 Kurrajong Road}},{{LOCATION:Lethbridge Park}},{{LOCATION:2770}},welcome visit, Endone review
`,
  },
  {
    id: 't17-024',
    kind: 'home oxygen delivery schedule',
    text: `
home O2 deliveries - {{LOCATION:Winnipeg}} north route - driver {{NAME:Kyle Bearhead}}, van plate {{VEHICLE:MBN 455}}
stop  client                      address                                  equipment                       serial
1     {{NAME:Beatrice Flett}}             {{LOCATION:211 Selkirk Avenue}}, {{LOCATION:Winnipeg}}           concentrator 5L (Everflo)        {{DEVICE:EF-190433}}
2     {{NAME:Gordon Spence-Harper}}       {{LOCATION:34 Aberdeen Ave}}, {{LOCATION:Winnipeg}}             E-cylinders x6                  -
3     {{NAME:Marie-Josee Lavallee}}       {{LOCATION:Ste. Anne}}, {{LOCATION:Rue Centrale 19}}           portable POC (Inogen G5)        {{DEVICE:G5-55X01234}}
4     Elder {{NAME:Isaac Ducharme}}       {{LOCATION:Peguis First Nation}}, box 88                         concentrator swap               {{DEVICE:EF-188871}}
5     {{NAME:Raymond Chartrand}}          {{LOCATION:88 Inkster Blvd}}, {{LOCATION:Winnipeg}}             CPAP (ResMed AirSense 11)       {{DEVICE:23211540882}}
Manitoba Health home oxygen program. Call dispatch {{PHONE:204-555-0148}} if no answer.
Inogen serial for stop 3 reconfirmed; driver licence {{LICENSE:MB 0044712-ZZ}}.
`,
  },
  {
    id: 't17-025',
    kind: 'prescription pickup register (lower case, pipe)',
    text: `
rx pickup | {{LOCATION:farmacia san judas}} | {{LOCATION:calle 45 # 12-30}}, {{LOCATION:barrio chapinero}}, {{LOCATION:bogota}}
fecha | paciente | cc | medicamento | recoge | firma
{{DATE:24/11}} | {{NAME:luz marina rojas pinzon}} | {{OTHER_ID:52.123.456}} | losartan 50 | {{NAME:camilo rojas}} (hijo) | ok
{{DATE:24/11}} | {{NAME:jhon jairo caicedo}} | {{OTHER_ID:79.555.019}} | insulina glargina | el mismo | ok
{{DATE:25/11}} | {{NAME:maria de los angeles vargas de pena}} | {{OTHER_ID:41.004.118}} | warfarina 5 | {{NAME:esperanza}} (vecina) | sin firma
{{DATE:25/11}} | {{NAME:yuliana montoya}} | {{OTHER_ID:1.020.555.777}} | levonorgestrel | la misma | ok
{{DATE:25/11}} | {{NAME:wilson andres mosquera}} | {{OTHER_ID:1.144.555.203}} | salbutamol inhalador | el mismo | ok
eps: {{HEALTH_PLAN:SANITAS 8801-2334}} (rojas pinzon). regente {{NAME:hernan ospina}}.
reporte al invima por evento con losartan: caso {{OTHER_ID:INV-26-00771}}.
`,
  },
  {
    id: 't17-026',
    kind: 'midwife postnatal visit list (numbered, Dutch)',
    text: `
kraamzorg / verloskundige bezoeklijst - {{DATE:27 november}}
1. {{NAME:Fenna de Boer}} + baby {{NAME:Sem}}, {{LOCATION:Vondelstraat 12-III}}, {{LOCATION:1054 GD}} {{LOCATION:Amsterdam}}, dag 3, hielprik gedaan
2. {{NAME:Samira El Idrissi}}, {{LOCATION:Javaplein 7}}, {{LOCATION:1094 HW}} {{LOCATION:Amsterdam}}, dag 5, borstvoeding probleem
3. {{NAME:Jan-Willem van der Laan}} (partner) belde: {{NAME:Marloes Bakker}}, {{LOCATION:Zaandam}}, {{LOCATION:Westzijde 180}}, dag 8 - koorts
4. {{NAME:Grace Boateng}}, {{LOCATION:Bijlmerplein 55}}, {{LOCATION:1102 DB}} {{LOCATION:Amsterdam-Zuidoost}}, dag 2, ontslag {{LOCATION:OLVG Oost}}
5. {{NAME:Yara Mendes}}, {{LOCATION:Bos en Lommerweg 201}}, {{LOCATION:1055 DP}} {{LOCATION:Amsterdam}}, dag 6, geelzucht baby - bili gepland
verloskundige {{NAME:Lotte Verhoeven}} - praktijk {{LOCATION:Verloskundigenpraktijk De Pijp}}, tel {{PHONE:020 555 1234}}.
Hielprikkaart verstuurd naar {{LOCATION:RIVM}} op {{DATE:27-11-2026}}.
`,
  },
  {
    id: 't17-027',
    kind: 'dialysis transport pickup list',
    text: `
HD transport - {{LOCATION:Fresenius Kidney Care Gallup}} - MWF early shift
pickup  name                           address                                   chapter           w/c
0430    {{NAME:Begay, Harrison}}               {{LOCATION:HC 61 Box 412}}, {{LOCATION:Thoreau}} {{LOCATION:87323}}             {{LOCATION:Thoreau Chapter}}     Y
0445    {{NAME:Yazzie-Tsosie, Loretta}}        {{LOCATION:mile marker 14}}, {{LOCATION:Route 371}}               {{LOCATION:Crownpoint Chapter}}  N
0500    {{NAME:Nez, Wilson}} Jr.               {{LOCATION:Red Rock Housing #17}}                           {{LOCATION:Red Rock Chapter}}    Y
0515    {{NAME:Charley, Mae}} ({{AGE_OVER_89:90}})        {{LOCATION:Church Rock}}, blue trailer behind {{LOCATION:St. Paul's Mission}}   {{LOCATION:Church Rock Chapter}}  Y
0530    {{NAME:Tsinnijinnie, Rose}}            {{LOCATION:Pinedale}}, {{LOCATION:Mariano Lake Road}}                 {{LOCATION:Mariano Lake Chapter}}  N
van 2 plate NM {{VEHICLE:4X-77120}}; driver {{NAME:Darrell Benally}}. Navajo Nation curfew does not apply to medical transport.
Dispatch {{PHONE:505-555-0117}}; wheelchair van {{VEHICLE:NM-GX 2209}} in shop.
`,
  },
];
