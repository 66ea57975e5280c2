// train25 notes 7: Latin America (Mexico, Guatemala, Colombia, Peru, Brazil) in English: IMSS transfer form,
// mission-clinic letter, NGO nutrition report, EPS authorisation, SIS referral, SUS family-health visit, river
// boat clinic log, migrant shelter record, and a letter to an insurer abroad.
export default [
  {
    id: 't25-056',
    kind: 'transfer form (Mexico, rural IMSS-Bienestar)',
    text: `
TRANSFER FORM - {{LOCATION:Hospital Rural IMSS-Bienestar San Felipe Ecatepec}}, {{LOCATION:San Cristobal de las Casas}}, Chiapas
To: {{LOCATION:Hospital de la Mujer}}, {{LOCATION:Tuxtla Gutierrez}}       Date: {{DATE:13/05/2025}}
Patient: {{NAME:Maria de la Luz Hernandez Gomez de Perez}}, 19 y, Tsotsil speaker   CURP {{OTHER_ID:HEGL055513MCSRMZA1}}
Address: {{LOCATION:Calle Ignacio Allende 44}}, {{LOCATION:Barrio de Mexicanos}}, C.P. {{LOCATION:29240}}; community of origin {{LOCATION:Chamula}} ({{LOCATION:paraje Yaltem}})
Dx: placenta previa, bleeding 400 ml. Husband {{NAME:Pascual Perez Lopez}}; interpreter {{NAME:Xunka' Gomez}}.
Referring physician: Dra. {{NAME:Ximena Aguilar del Valle}} (cedula profesional {{LICENSE:5552187}})
Ambulance {{VEHICLE:CHS-55-18}}, paramedic {{NAME:Rigoberto "Rigo" Santiz}}. Phone {{PHONE:+52 967 555 0143}}.
Counter-referral: received by Dra. {{NAME:Karla Monserrat Orantes}}; caesarean {{DATE:14/05/2025}}; baby boy {{NAME:Mateo}} 2,450 g. Mother-in-law {{NAME:Manuela Lopez Diaz}} came from {{LOCATION:Chamula}}.
`,
  },
  {
    id: 't25-057',
    kind: 'mission clinic letter (Guatemala, highlands)',
    text: `
{{LOCATION:Clinica Maxena}}, {{LOCATION:Santo Tomas La Union}}, Suchitepequez
{{DATE:June 20, 2025}}
To whom it may concern at {{LOCATION:Hospital Nacional de Mazatenango}}:
We are sending {{NAME:Ixchel Tzoc Ajanel}}, a 6-year-old girl from {{LOCATION:aldea Chocruz}}, {{LOCATION:canton Xejuyu}}, who has a heart murmur (4/6 holosystolic,
Levine grade) and failure to thrive; echo by visiting cardiologist Dr. {{NAME:Bjorn Sandvik}} showed a large VSD. Mother {{NAME:Juana Ajanel Xicara}}
speaks K'iche' only; the promotora Dona {{NAME:Tomasa Ixcoy}} will travel with them and can be reached on {{PHONE:+502 5555 0167}}.
Thank you, Dr. {{NAME:Rebecca Hoffstetter-Cuc}}, medical director
Postscript from the clinic director: {{NAME:Ixchel}}'s older brother {{NAME:Kawoq}} also has a murmur; we will bring him on {{DATE:July 15}}. Nurse {{NAME:Hermelinda Sac}} prepared the papers.
`,
  },
  {
    id: 't25-058',
    kind: 'NGO nutrition programme report (Guatemala, Dry Corridor)',
    text: `
CMAM PROGRAMME - MONTHLY NARRATIVE, {{LOCATION:Jocotan}}, Chiquimula   {{DATE:August 2025}}
Written by nutritionist {{NAME:Ana Lucia Cardona de Leon}} for the donor (Caritas-type NGO)
New SAM admissions 23. Deaths 1: {{NAME:Eliseo Ramirez Vasquez}}, 14 months, from {{LOCATION:caserio El Guayabo}}, {{LOCATION:aldea Tontoles}}, died on {{DATE:11/08/2025}} at {{LOCATION:Centro de Recuperacion Nutricional Jocotan}}.
Community volunteers: {{NAME:Marvin Yanes}} (Ch'orti' interpreter), {{NAME:Eulalia Perez}}.
Stock: RUTF 412 cartons (Plumpy'Nut), F-75 / F-100 adequate. MUAC tapes short.
Visiting: Dr. {{NAME:Kalani Akana}} (Hawaii) and medical student {{NAME:Siobhan Kearney}} from {{LOCATION:Galway}}, until {{DATE:Sept 5}}.
Contact: {{EMAIL:jocotan.cmam@example.org.gt}}, {{PHONE:+502 5555 0182}}.
The death was reviewed with the health-post doctor {{NAME:Oscar Guerra Portillo}} and the child's mother {{NAME:Lidia Vasquez Ramos}}. Grandmother {{NAME:Petrona}} and godfather don {{NAME:Chepe}} attended.
`,
  },
  {
    id: 't25-059',
    kind: 'EPS authorisation (Colombia)',
    text: `
AUTHORISATION OF SERVICES - EPS Sura   No. {{OTHER_ID:AUT-2025-5518832}}
Affiliate: {{NAME:Juan Sebastian Restrepo de los Rios}}   CC {{OTHER_ID:1.055.218.773}}   Affiliation {{HEALTH_PLAN:SUR-CONT-55-9921873}}
Address: {{LOCATION:Carrera 43A # 12 Sur-55}}, apto {{LOCATION:1203}}, {{LOCATION:El Poblado}}, {{LOCATION:Medellin}}
Service: MRI lumbar spine with contrast at {{LOCATION:Clinica Las Vegas}}; date {{DATE:2025-10-07}}
Ordering physician: Dr. {{NAME:Paula Andrea Zuluaga Ochoa}}, neurosurgery (RETHUS {{LICENSE:RM-55210}})
Copay account {{ACCOUNT:CP-4417-2291}}.  Patient's mother {{NAME:Gloria Ines de los Rios Vda. de Restrepo}} is the caregiver, cel {{PHONE:300 555 0911}}.
History: L4-L5 disc herniation, failed 12 weeks of physiotherapy with {{NAME:Camilo Arbelaez}}. Wife {{NAME:Valentina Gaviria Uribe}} is the beneficiary (cotizante is the patient).
Previous MRI at {{LOCATION:Hospital Pablo Tobon Uribe}} ({{DATE:marzo de 2023}}).
Results portal: {{URL:https://portal.example.com.co/sura/aut/5518832}} (session from {{IP:198.51.100.187}}).
`,
  },
  {
    id: 't25-060',
    kind: 'SIS referral (Peru, Amazon)',
    text: `
HOJA DE REFERENCIA (English copy)   Referral no. {{OTHER_ID:REF-IQT-25-00871}}
From: {{LOCATION:Puesto de Salud Santa Clotilde}}, {{LOCATION:rio Napo}}   To: {{LOCATION:Hospital Regional de Loreto}}, {{LOCATION:Iquitos}}
Date {{DATE:03-09-2025}}
Name: {{NAME:Wilder Yumbato Ahuanari}}   Age 41   DNI {{OTHER_ID:40555218}}   SIS {{HEALTH_PLAN:SIS-7-40555218}}
Native community: {{LOCATION:Copal Urco}} (Kichwa)   Occupation: fisherman
Dx: snakebite (Bothrops, jergon), 30 h, coagulopathy; 4 vials antivenom given. Boat: {{VEHICLE:PL-2281-IQ}} (peque-peque of Don {{NAME:Eusebio Tapullima}}).
Wife {{NAME:Rosa Amelia Coquinche}}. Nurse technician: {{NAME:Leydi Pizango}}.
Counter-referral {{DATE:10-09-2025}}: discharged by Dr. {{NAME:Karen Panduro Vela}} from {{LOCATION:Iquitos}}; return by the lancha "Eduardo IV". Community health agent {{NAME:Segundo Shapiama}} to check the bite wound.
`,
  },
  {
    id: 't25-061',
    kind: 'family health strategy home visit (Brazil, Northeast)',
    text: `
ESF HOME VISIT - {{LOCATION:UBS Jose Bezerra}}, {{LOCATION:Caruaru}}   Micro-area {{LOCATION:04}}   ACS: {{NAME:Josefa "Zefinha" dos Santos}}
Date: {{DATE:18/03/2025}}
Family file {{OTHER_ID:FAM-0412-07}}: {{LOCATION:Rua Sao Sebastiao, 118}}, {{LOCATION:Bairro Salgado}}, CEP {{LOCATION:55018-555}}, (behind the {{LOCATION:Assembleia de Deus}} church)
 - Dona {{NAME:Maria das Gracas Ferreira da Silva}}, {{AGE_OVER_89:96}}, bedbound, pressure injury grade 3 - photos {{PHOTO:ferreira_lpp_0318.jpg}}; CNS {{HEALTH_PLAN:700 5552 1873 0012}}
 - {{NAME:Severino Ferreira}}, 71, son, DM2 on metformin; CPF {{OTHER_ID:055.521.873-00}}
 - great-grandson {{NAME:Enzo Gabriel}}, 2, vaccination up to date
Nurse {{NAME:Rayane Cavalcanti}} to visit again on {{DATE:25/03}}. Phone of the family {{PHONE:(81) 95555-0184}}.
Agent's notes: Dona {{NAME:Maria das Gracas}} is cared for by her granddaughter {{NAME:Thaynara Ferreira Lins}}; the air mattress was lent by the church, via Pastor {{NAME:Edvaldo Bezerra}}.
Dr. {{NAME:Luana Albuquerque}} to review the ulcer; silver sulfadiazine and Dersani oil.
`,
  },
  {
    id: 't25-062',
    kind: 'river boat clinic log (Brazil, Amazonas)',
    text: `
HOSPITAL BOAT LOG - Barco Abare II (reg. {{VEHICLE:AM-55-2187}}), Tapajos route, trip 7
{{DATE:05/10}}: moored at {{LOCATION:comunidade Sao Pedro}}, {{LOCATION:Resex Tapajos-Arapiuns}}. 88 seen. {{NAME:Raimundo Nonato Kumaruara}} - leishmaniasis ulcer; photo {{PHOTO:abare_t7_0510_03.jpg}}.
{{DATE:06/10}}: {{LOCATION:Vila Franca}}. Dona {{NAME:Iracema Borari}}, {{AGE_OVER_89:103}} (per parish book), cataract; family wants surgery in {{LOCATION:Santarem}}.
{{DATE:07/10}}: {{LOCATION:Ana}} - teacher {{NAME:Kleber Tupinamba}} brought 12 schoolchildren from {{LOCATION:Escola Municipal Ana}}. Malaria smear + x2.
Crew: Dr. {{NAME:Tiago Vasconcelos}}, nurse {{NAME:Ingrid Solheim}} (volunteer, Norway), dentist {{NAME:Oren Friedman}}.
Satellite link: {{IP:192.0.2.207}}.
Patients referred: {{NAME:Raimundo Nonato}} to {{LOCATION:Hospital Municipal de Santarem}}; Dona {{NAME:Iracema}}'s grandson {{NAME:Jeferson Borari}} ({{PHONE:(93) 95555-0213}}) will bring her.
Skipper: Seu {{NAME:Dico}} (nickname of {{NAME:Francisco Alves Kumaruara}}).
`,
  },
  {
    id: 't25-063',
    kind: 'migrant shelter health record (Mexico, northern border)',
    text: `
CASA DEL MIGRANTE - HEALTH POST   {{LOCATION:Casa del Migrante Nazareth}}, {{LOCATION:Nuevo Laredo}}
Record no. {{MRN:CMN-25-3318}}   Date of intake {{DATE:27-01-2025}}
Name given: {{NAME:Yerlin Massiel Cruz Banegas}} (also uses "{{NAME:Yeli}}"), 24, Honduran, from {{LOCATION:Colonia Rivera Hernandez}}, {{LOCATION:San Pedro Sula}}
Travelling with daughter {{NAME:Genesis}} (4) and partner {{NAME:Kevin Josue Mejia}}. CBP One appointment {{DATE:Feb 10}}, confirmation {{OTHER_ID:CBP1-55A8-21873}}.
Complaints: blistered feet, daughter with diarrhoea (ORS). Fingerprint ID at shelter entry {{BIOMETRIC:FPX-NLD-0045521}}.
Relative in the US: aunt {{NAME:Dilcia Banegas}}, {{LOCATION:Houston}}, {{PHONE:(713) 555-0147}}. Volunteer doctor {{NAME:Itzel Ramirez Yazzie}} (Dine/Mexican-American).
Follow-up {{DATE:03-02-2025}}: {{NAME:Genesis}} improved. Shelter coordinator Hna. {{NAME:Gloria Villegas}} asked that photos not be taken. Legal aid from abogada {{NAME:Ruth Castillo}}.
Aunt's US SSN given for the sponsor form: {{SSN:000-29-6651}}. Shelter intake tablet {{IP:192.0.2.45}} uploaded the record to {{URL:https://casa.example.org/intake/3318}}.
`,
  },
  {
    id: 't25-064',
    kind: 'letter to an insurer abroad (Peru, Cusco clinic)',
    text: `
{{LOCATION:Clinica Pardo}}, {{LOCATION:Av. de la Cultura 710}}, {{LOCATION:Cusco}}
{{DATE:14 July 2025}}   By fax to {{FAX:+1 (416) 555-0199}} and e-mail {{EMAIL:assist@travel.example.com}}
Re: your policyholder {{NAME:Brenna Whitehorse-McAllister}}, DOB {{DATE:22/11/1991}}, policy {{HEALTH_PLAN:WTI-55-0098712}}, passport {{OTHER_ID:C5552187K}} (Canada)
Ms {{NAME:Whitehorse-McAllister}} was admitted on {{DATE:11/07/2025}} with high-altitude cerebral oedema after arriving from {{LOCATION:Lima}}; she trekked to {{LOCATION:Ollantaytambo}}
with her partner Mr {{NAME:Tane Ngata}}. Treated with dexamethasone and O2. Fit to fly on {{DATE:16 July}}.
Our invoice {{ACCOUNT:CP-INV-25-4418}} (USD 3,870) is attached. Dr {{NAME:Milagros Quispe Huaman}}, internist
Copy to: the patient's mother {{NAME:Lorraine Whitehorse}} in {{LOCATION:Saskatoon}} ({{PHONE:+1 306 555 0142}}). Attending nurse {{NAME:Yanet Ccori Mamani}}.
`,
  },
];
