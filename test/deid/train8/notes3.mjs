// train8 notes 3: Ethiopian health extension worker note, Ugandan VHT referral, Soweto discharge summary, Zimbabwean
// child-protection family history, Navajo Nation home visit, Hmong family social history (Minnesota), Oaxaca
// discharge summary, Medellin employer letter, Cusco bereavement note.
export default [
  {
    id: 't8-019',
    kind: 'health extension worker note (Ethiopia)',
    text: `
Health Extension Program - {{LOCATION:Wonji Health Post}}, {{LOCATION:Kebele 04}}, {{LOCATION:Adama Woreda}}
Date: {{DATE:Tikimt 25, 2019 E.C.}} ({{DATE:4 November 2026}})
HEW: {{NAME:Tigist Alemu}}, with {{NAME:Almaz Bekele}} (supervisor from {{LOCATION:Wonji Shoa Health Center}}).
Household no. {{OTHER_ID:HH-04-0317}}. Mother {{NAME:Meseret Tadesse Gebre}}, 24, delivered at home on {{DATE:30 October 2026}} with the help
of her aunt {{NAME:Etenesh}}; baby boy not yet named, family calls him {{NAME:Abebe}} for now. Father {{NAME:Dawit Haile}} works at
{{LOCATION:Wonji sugar estate}} (camp 7). Referred mother and baby to the health center for PNC and BCG; bajaj driver
{{NAME:Kebede}} ({{PHONE:0911 55 5023}}) will take them. Grandfather Ato {{NAME:Tadesse Gebre}} says he is "over 90";
card says {{AGE_OVER_89:92}}. CBHI member no. {{HEALTH_PLAN:CBHI-ADA-22-8841}}.
`,
  },
  {
    id: 't8-020',
    kind: 'village health team referral (Uganda)',
    text: `
VHT REFERRAL FORM   {{LOCATION:Kasangati Health Centre IV}}, {{LOCATION:Wakiso}}
Date {{DATE:07/11/2026}}   Referred by: {{NAME:Nakato Sarah}} (VHT, {{LOCATION:Kiteezi}} village, {{LOCATION:Nangabo}} sub-county)
Patient: {{NAME:Ssebunya Joseph Kizito}}, 3 yrs. Mother {{NAME:Namubiru Florence}}; father {{NAME:Kizito Ronald}} is a boda-boda rider
(motorcycle {{VEHICLE:UFJ 441K}}) at {{LOCATION:Kasangati stage}}. Child has fever 4 days, mRDT positive, vomited ACT twice, very weak.
Pre-referral rectal artesunate 100 mg given at 10:40; MUAC 13.1 cm (yellow), no chest indrawing, Hb by HemoCue 7.2.
The family was told of the {{LOCATION:Mulago}} ward for Plasmodium falciparum malaria cases; transport money from the VHT fund, UGX 20,000. Family lives near {{LOCATION:St. Matia Mulumba Church, Kiteezi}}, behind {{NAME:Mukasa}}'s shop.
Grandmother {{NAME:Nakimuli Teopista}} to accompany. Phone {{PHONE:0772 555 614}}. If no bed, onward to {{LOCATION:Mulago}}.
`,
  },
  {
    id: 't8-021',
    kind: 'discharge summary (South Africa)',
    text: `
{{LOCATION:Chris Hani Baragwanath Academic Hospital}}, {{LOCATION:Diepkloof}}
Department of Internal Medicine - Discharge summary
Name: {{NAME:Sipho Mandla Dlamini}}   Hosp no {{MRN:BAR 4471822}}   ID {{OTHER_ID:7803155512083}}
Address: {{LOCATION:1442 Vilakazi Street}}, {{LOCATION:Orlando West}}, {{LOCATION:Soweto}}, {{LOCATION:1804}}
Admitted {{DATE:2026/10/18}}  Discharged {{DATE:2026/10/26}}
Dx: disseminated TB with IRIS; HIV on TLD. Discharged to his sister {{NAME:Nomvula Khumalo}} in {{LOCATION:Tembisa}},
{{LOCATION:Ivory Park Ext 2}}, tel {{PHONE:072 555 3108}}. Medical aid: none; referred to {{LOCATION:Diepkloof CHC}} ARV clinic.
His partner {{NAME:Thandeka}} and their daughter {{NAME:Lerato}} (7) stay with his mother, Gogo {{NAME:MaDlamini}}, in {{LOCATION:Nongoma}}.
Meds: rifampicin/isoniazid/pyrazinamide/ethambutol (Rifafour e-275) 4 tabs, prednisone taper, cotrimoxazole. Mycobacterium
tuberculosis GeneXpert Ultra positive, rif resistance not detected. Next bloods {{DATE:2026/11/09}} at the clinic.
Employer letter for UIF given to Mr {{NAME:Pieter van der Merwe}} of {{LOCATION:Booysens}} workshop.
Dr {{NAME:Ayanda Mthembu}} (HPCSA {{LICENSE:MP0771452}})
`,
  },
  {
    id: 't8-022',
    kind: 'child-protection family history (Zimbabwe)',
    text: `
SOCIAL WELFARE REPORT - {{LOCATION:Harare Central Hospital}} paediatric ward
{{DATE:3 November 2026}}. Prepared by {{NAME:Tendai Mapfumo}}, Social Welfare Officer, {{LOCATION:Mbare}} district office.
Child: {{NAME:Tinashe Chikwanha}}, 9. Found by neighbours in {{LOCATION:Mbare National}} flats, {{LOCATION:Block 14}}, with burns.
Mother {{NAME:Rumbidzai Chikwanha}} went to work in {{LOCATION:Musina}} in {{DATE:May 2026}}; the children were left with her cousin
{{NAME:Farai Nyamayaro}}. Maternal grandmother Mbuya {{NAME:Chipo}}, of {{LOCATION:Murehwa}}, ward 12, village head Sabhuku {{NAME:Makoni}},
is willing to take {{NAME:Tinashe}} and his sister {{NAME:Nyasha}}. Their father, {{NAME:Blessing Moyo}}, is unknown to the family since 2020.
Birth certificate {{OTHER_ID:63-118204 B 47}}. Headmaster Mr {{NAME:Gift Sithole}} of {{LOCATION:Chirodzo Primary School}} confirms attendance.
`,
  },
  {
    id: 't8-023',
    kind: 'home-visit note (Navajo Nation, USA)',
    text: `
PUBLIC HEALTH NURSING HOME VISIT - {{LOCATION:Chinle Comprehensive Health Care Facility}}
Date {{DATE:11/05/2026}}. PHN {{NAME:Loretta Begay}}, RN; CHR {{NAME:Delbert Yazzie}} drove (GSA plate {{VEHICLE:G63-55108}}).
Client {{NAME:Nellie Tsosie}}, {{AGE_OVER_89:94}}, HRN {{MRN:CH-004418}}, SSN {{SSN:000-44-8127}}, lives in a hogan 6 miles past
{{LOCATION:Many Farms}} chapter house, {{LOCATION:HC 58 Box 1123}}, {{LOCATION:Many Farms}}, AZ {{LOCATION:86538}}; no running water.
Daughter {{NAME:Rena Tsosie-Benally}} hauls water; grandson {{NAME:Tyrell}} herds the sheep. Clan: Tachii'nii born for Kinyaa'aanii.
Diabetic foot wound L heel better; photo {{PHOTO:tsosie_n_heel_1105.jpg}}. Glucometer serial {{DEVICE:GM4-0917723}} downloaded.
Medicine man Hosteen {{NAME:Nez}} has done a ceremony; client wants both. Next visit in 2 weeks; daughter phone {{PHONE:928-555-0147}}.
`,
  },
  {
    id: 't8-024',
    kind: 'social history (Hmong family, Minnesota)',
    text: `
SOCIAL WORK - {{LOCATION:Regions Hospital}}, {{LOCATION:St. Paul}}       {{DATE:Nov 9 2026}}
Pt {{NAME:Yia Vang}}, 71, MRN {{MRN:RH55120934}}, last-4 SSN {{SSN:4471}}. Interpreter {{NAME:Mai Nou Xiong}} (ID {{OTHER_ID:INT-2271}}).
Born in {{LOCATION:Long Cheng}}, Laos; came through {{LOCATION:Ban Vinai}} camp in Thailand to {{LOCATION:Fresno}}, then {{LOCATION:Frogtown}},
{{LOCATION:St. Paul}}, in 1994. Lives with eldest son {{NAME:Tou Vang}} and daughter-in-law {{NAME:Pa Houa Lor}} at {{LOCATION:612 Thomas Ave}},
{{LOCATION:St. Paul}}, MN {{LOCATION:55104}}. Clan leader {{NAME:Xeng Yang}} and a txiv neeb (shaman) want to perform a hu plig at the
bedside; spiritual-care coordinator Chaplain {{NAME:Grace Thao}} will arrange it. Family decisions go through the sons; youngest
son {{NAME:Kou}} (cell {{PHONE:651-555-0163}}) prefers English. Medical Assistance MA {{HEALTH_PLAN:00441287}}.
`,
  },
  {
    id: 't8-025',
    kind: 'discharge summary (Oaxaca, Mexico)',
    text: `
{{LOCATION:Hospital General Dr. Aurelio Valdivieso}}, {{LOCATION:Oaxaca de Juarez}}
RESUMEN DE EGRESO / discharge summary      Expediente {{MRN:HGAV-26-07713}}
Paciente: {{NAME:Maria de los Angeles Lopez y Cruz}}, 38, CURP {{OTHER_ID:LOCA880312MOCPRN07}}
Domicilio: {{LOCATION:Calle Independencia 14}}, {{LOCATION:San Bartolo Coyotepec}}, C.P. {{LOCATION:71256}}
Ingreso {{DATE:15/10/2026}}, egreso {{DATE:19/10/2026}}. Cesarean delivery for obstructed labour; baby {{NAME:Jose Angel}}, 3.1 kg.
She speaks Zapotec; interpreter dona {{NAME:Teodora Martinez}} from {{LOCATION:San Antonino Castillo Velasco}}.
Husband {{NAME:Eusebio Ramirez Santiago}} works in {{LOCATION:Watsonville}}; his cousin {{NAME:Ines}} gave a phone there: {{PHONE:831-555-0128}}.
Apgar 8/9; Hb postop 9.4; Pfannenstiel wound clean. Oxytocin, cefazolin, ferrous sulfate at discharge. Newborn screen (tamiz) done.
IMSS-Bienestar affiliation {{HEALTH_PLAN:IB-20-4471862}}. Medico: Dra. {{NAME:Citlali Hernandez Ruiz}}, cedula {{LICENSE:8841207}}.
`,
  },
  {
    id: 't8-026',
    kind: 'employer letter (Colombia)',
    text: `
{{LOCATION:Medellin}}, {{DATE:6 de noviembre de 2026}}

Senores {{LOCATION:Clinica Las Americas}}, medicina laboral

Certificamos que el senor {{NAME:Juan Camilo Restrepo Arango}}, cedula {{OTHER_ID:1.037.552.418}}, trabaja en Flores del Oriente
S.A.S., finca {{LOCATION:La Esmeralda}}, vereda {{LOCATION:El Tablazo}}, {{LOCATION:Rionegro}}, como operario de poscosecha desde el
{{DATE:2 de febrero de 2021}}. Tras su accidente de moto (placa {{VEHICLE:FRK-55D}}) del {{DATE:12 de octubre}} fue atendido en
{{LOCATION:Hospital San Juan de Dios de Rionegro}}. Su EPS es Sura, afiliacion {{HEALTH_PLAN:SURA-1037552418}}. Contacto en casa: su madre,
dona {{NAME:Luz Marina Arango de Restrepo}}, {{LOCATION:Carrera 52 No. 49-27}}, {{LOCATION:Barrio El Porvenir}}.

{{NAME:Paola Andrea Gomez}}, Gestion Humana   tel {{PHONE:604 555 2281}}   {{EMAIL:gestionhumana@floresoriente.example.co}}
`,
  },
  {
    id: 't8-027',
    kind: 'bereavement note (Cusco, Peru)',
    text: `
Nota de duelo / bereavement follow-up - {{LOCATION:Hospital Regional del Cusco}}, cuidados paliativos
{{DATE:9 November 2026}}, home visit to {{LOCATION:Comunidad Campesina de Huilloc}}, {{LOCATION:Ollantaytambo}}.
We remember don {{NAME:Florencio Quispe Mamani}}, weaver and former president of the comunidad, who died at home on
{{DATE:24 October 2026}}, aged {{AGE_OVER_89:90}}, surrounded by his wife dona {{NAME:Asuncion Huaman Ccori}}, his sons
{{NAME:Wilber}} and {{NAME:Saturnino}}, and his granddaughter {{NAME:Yesenia Quispe}} who nursed him. His velorio was held in the
house and he was buried at the {{LOCATION:Huilloc}} cemetery. Dona {{NAME:Asuncion}} speaks Quechua only; promotora
{{NAME:Vilma Ttito}} interpreted. {{NAME:Yesenia}} will call {{PHONE:984 555 217}} if needed. SIS {{HEALTH_PLAN:SIS-43380175}}.
`,
  },
];
