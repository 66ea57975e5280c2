// train12 notes 5: Brazil, Argentina, Chile: discharge summaries, referral (contrarreferencia) letters, clinic
// letters, operation notes; double surnames with particles, Rua/Av./Calle addresses, bairro, colonia, CEP, comuna.
export default [
  {
    id: 't12-037',
    kind: 'discharge summary (Brazil, SUS hospital, in English for a foreign insurer)',
    text: `
{{LOCATION:Hospital das Clinicas da Faculdade de Medicina da USP}} - Instituto do Coracao (InCor)
DISCHARGE SUMMARY (Sumario de alta)
Patient: {{NAME:Maria Aparecida dos Santos Oliveira}}    RGHC {{MRN:HC-5550381-2}}    CPF {{OTHER_ID:555.018.273-40}}
Cartao Nacional de Saude (CNS): {{HEALTH_PLAN:7005 5501 8273 9041}}
Address: {{LOCATION:Rua Doutor Arnaldo, 455}}, apto {{LOCATION:71}}, {{LOCATION:Cerqueira Cesar}}, {{LOCATION:Sao Paulo}} - SP, CEP {{LOCATION:01246-903}}
Admission {{DATE:12/05/2025}}; discharge {{DATE:24/05/2025}}.
Diagnosis: Chronic Chagas cardiomyopathy (Trypanosoma cruzi serology positive), EF 25%, sustained VT.
ICD implanted {{DATE:20/05/2025}}: {{DEVICE:Medtronic Cobalt XT DR SN RNX555018H}}. Amiodarone 200 mg, carvedilol 12.5 mg BID, sacubitril-valsartan.
Born in {{LOCATION:Montes Claros}}, Minas Gerais; moved to {{LOCATION:Sao Paulo}} in 1998. Daughter {{NAME:Jessica Oliveira}}, {{PHONE:(11) 95555-0137}}.
Physician: Dra. {{NAME:Luciana de Almeida Prado}}, CRM-SP {{LICENSE:155018}}
Care team: Dr. {{NAME:Roberto Kalil Ferraz}}, nurse {{NAME:Tatiane Rocha}}. Husband {{NAME:Sebastiao Oliveira}} (deceased 2019); son {{NAME:Wellington}} lives in {{LOCATION:Guarulhos}}.
`,
  },
  {
    id: 't12-038',
    kind: 'referral letter (Brazil, UBS to specialised centre, family health team)',
    text: `
{{LOCATION:UBS Vila Nova Cachoeirinha}}, Equipe Saude da Familia 3
Encaminhamento / referral      {{DATE:3 de marco de 2025}}
Para: Ambulatorio de Hanseniase, {{LOCATION:Instituto Lauro de Souza Lima}}, {{LOCATION:Bauru}}
Paciente: {{NAME:Jose Carlos da Silva Junior}} ("{{NAME:Zeca}}"), 43, pedreiro
Endereco: {{LOCATION:Travessa Sao Benedito, 17}}, fundos, {{LOCATION:Jardim Peri}}, {{LOCATION:Sao Paulo}}; ponto de referencia: em frente a {{LOCATION:Padaria Estrela}}
Quadro: hypoaesthetic skin patches on trunk (6 lesions), thickened ulnar nerves, claw hand left. Smear: IB 2+.
Suspected multibacillary leprosy (Mycobacterium leprae). Started MDT-MB per protocol on {{DATE:28/02/2025}}.
Agente comunitario de saude: {{NAME:Rosangela}}. Tel UBS {{PHONE:(11) 5555-2091}}.
Dr. {{NAME:Thiago Henrique Moura}}, medico de familia, CRM {{LICENSE:SP 198844}}
Contactantes: esposa {{NAME:Marlene Aparecida}}, filhos {{NAME:Kevin}} e {{NAME:Kethlyn}}. Enfermeira {{NAME:Joelma Pires}} will run the contact screening.
`,
  },
  {
    id: 't12-039',
    kind: 'operation note (Argentina, Buenos Aires)',
    text: `
{{LOCATION:Hospital Italiano de Buenos Aires}} - Servicio de Cirugia General
PROTOCOLO QUIRURGICO / OPERATION NOTE   {{DATE:14/08/2025}}
Paciente: {{NAME:FERNANDEZ DE LA VEGA, Martina Soledad}}   HC {{MRN:HIBA-2918840}}   DNI {{OTHER_ID:35.555.102}}
Cirujano: Dr. {{NAME:Federico Gonzalez Ruiz}}; Ayudantes: Dra. {{NAME:Camila Etcheverry}}, Dr. {{NAME:Nicolas Di Pietro}}
Anestesia: Dra. {{NAME:Valeria Zunino}}
Procedure: Laparoscopic sleeve gastrectomy. BMI 43.
Findings: small hiatal hernia repaired (posterior cruroplasty). Stapling with Echelon 60 mm reloads, bougie 36 Fr.
Leak test with methylene blue negative. Specimen to pathology, {{OTHER_ID:AP-25-18322}}.
Obra social: OSDE, afiliado {{HEALTH_PLAN:61 555018 2 01}}.
Domicilio: {{LOCATION:Av. Cabildo 2140}}, piso {{LOCATION:5}} depto {{LOCATION:B}}, {{LOCATION:Belgrano}}, CABA ({{LOCATION:C1428AAR}})
Instrumentadora: {{NAME:Florencia Iglesias}}. Familiares: esposo {{NAME:Joaquin Lopez Otero}}, madre {{NAME:Graciela Fernandez de la Vega}}.
`,
  },
  {
    id: 't12-040',
    kind: 'contrarreferencia / clinic letter (Chile, CESFAM)',
    text: `
{{LOCATION:Hospital Dr. Sotero del Rio}}, {{LOCATION:Puente Alto}} - Policlinico de Nefrologia
CONTRARREFERENCIA   Fecha {{DATE:07-10-2025}}
A: equipo de sector, {{LOCATION:CESFAM Bernardo Leighton}}
Paciente: {{NAME:Juan Pablo Quispe Mamani}}, RUT {{OTHER_ID:15.555.821-K}}, 51 anos, ficha {{MRN:SDR-771204}}
Domicilio: {{LOCATION:Pasaje Los Aromos 0231}}, {{LOCATION:Villa Los Andes}}, comuna de {{LOCATION:Puente Alto}}, Region Metropolitana
Diagnosis: CKD G4 (eGFR 22) secondary to diabetic nephropathy; renal anaemia; secondary hyperparathyroidism.
Started on EPO 4000 IU weekly and calcitriol 0.25 mcg. AV fistula planned at {{LOCATION:Hospital Padre Hurtado}}.
FONASA tramo B. GES problem no. 1 (ERC). Contact wife {{NAME:Rosa Huanca}}, {{PHONE:+56 9 5550 3318}}.
Dr. {{NAME:Ignacio Aravena Pizarro}}, nefrologo
Copia: enfermera {{NAME:Daniela Carrasco}}, TENS {{NAME:Nelson Huenchullan}}. Hijo {{NAME:Matias Quispe}} works at the feria in {{LOCATION:Bajos de Mena}}.
`,
  },
  {
    id: 't12-041',
    kind: 'transfer note (Brazil, Amazonas, air transfer)',
    text: `
{{LOCATION:Hospital de Guarnicao de Sao Gabriel da Cachoeira}}, AM
Transfer note   {{DATE:2025-09-18}} 06:40
Patient: {{NAME:Raimundo Baniwa}} (Baniwa people, village {{LOCATION:Comunidade Tunui-Cachoeira}}, {{LOCATION:Rio Icana}}), approx. 60 y, M
DSEI Alto Rio Negro registration {{OTHER_ID:DSEI-ARN-55-01829}}
To: {{LOCATION:Fundacao de Medicina Tropical Doutor Heitor Vieira Dourado}}, {{LOCATION:Manaus}}
Reason: severe falciparum malaria with jaundice and parasitaemia 8%, plus suspected visceral leishmaniasis (splenomegaly 10 cm).
IV Artesunate 2.4 mg/kg given x 2. Flight: FAB aircraft {{VEHICLE:FAB 2355}}, escort nurse {{NAME:Claudia Tukano}}.
Interpreter (Nheengatu): {{NAME:Pedro Fontes Baniwa}}. Son {{NAME:Adilson}} stays in {{LOCATION:Sao Gabriel}}.
Pilot: Cap. {{NAME:Everton Siqueira}}. Received in {{LOCATION:Manaus}} by Dr. {{NAME:Marcus Lacerda Viana}} at 11:20.
`,
  },
  {
    id: 't12-042',
    kind: 'outpatient letter (Argentina, Cordoba, geriatric)',
    text: `
{{LOCATION:Sanatorio Allende}}, {{LOCATION:Cerro de las Rosas}}, {{LOCATION:Cordoba}}
Cordoba, {{DATE:21 de abril de 2025}}

Estimada Dra. {{NAME:Bustos}}:
Le escribo respecto de la Sra. {{NAME:Elba Nelida Rossi de Marchetti}}, de {{AGE_OVER_89:90}} anos, domiciliada en
{{LOCATION:Calle Obispo Trejo 655}}, {{LOCATION:Barrio Nueva Cordoba}}, con su hija {{NAME:Silvia Marchetti}}.
She was seen for memory decline (MoCA 16/30) and two falls. CT: small vessel disease. We stopped Clonazepam and
Trapax and started Donepezil 5 mg. PAMI afiliada {{HEALTH_PLAN:15-555019283-02}}.
Her late husband {{NAME:Aldo Marchetti}} was followed here until 2019.
Next visit {{DATE:23/06/2025}}. Tel consultorio {{PHONE:0351 555-4180}}.
Saludos cordiales, Dr. {{NAME:Martin Ezequiel Ferreyra}}, geriatra, MP {{LICENSE:31842}}
Copia al Dr. {{NAME:Horacio Bustos}}; kinesiologa {{NAME:Agustina Peralta}}. Nieto {{NAME:Facundo}} lleva la medicacion.
`,
  },
  {
    id: 't12-043',
    kind: 'discharge summary (Chile, maternity)',
    text: `
{{LOCATION:Hospital Clinico Universidad de Chile}}, {{LOCATION:Independencia}}, {{LOCATION:Santiago}} - Maternidad
EPICRISIS     Ingreso {{DATE:02/03/2025}}   Egreso {{DATE:05/03/2025}}
Paciente: {{NAME:Catalina Ignacia Munoz Gonzalez}} (Munoz = apellido paterno), 29, RUT {{OTHER_ID:18.555.344-2}}
Direccion: {{LOCATION:Avenida Recoleta 1450}}, depto {{LOCATION:803}}, {{LOCATION:Recoleta}}
Parto: cesarea segmentaria por presentacion podalica, {{DATE:02/03/2025}}, RN femenino 3.210 g, Apgar 9-10.
Recien nacida: {{NAME:Antonia Munoz Mella}}, ficha RN {{MRN:HCUCH-RN-25-0912}}, huella plantar {{BIOMETRIC:HP-RN-0912-DER}}.
Padre: {{NAME:Benjamin Mella Sepulveda}}, {{PHONE:+56 9 5552 7719}}, e-mail {{EMAIL:bmella@example.cl}}.
Isapre Colmena, plan {{HEALTH_PLAN:COL-555-81023}}. Control en {{LOCATION:CESFAM Recoleta}} en 7 dias.
Matrona: {{NAME:Javiera Soto}}. Medico: Dr. {{NAME:Cristobal Undurraga}}.
Abuela materna {{NAME:Gladys Gonzalez Fuentes}} will stay for a week. Neonatologist: Dra. {{NAME:Francisca Lagos}}.
`,
  },
  {
    id: 't12-044',
    kind: 'clinic note (Brazil, Northeast, sertao)',
    text: `
{{LOCATION:Hospital Regional do Sertao Central}}, {{LOCATION:Quixeramobim}}, CE - Ambulatorio de Infectologia
Quinta, {{DATE:11/09/2025}}
Paciente {{NAME:Francisca das Chagas Lima}} (Dona {{NAME:Chica}}), 66a, agricultora, from {{LOCATION:Sitio Boa Vista}}, distrito de {{LOCATION:Manituba}}
Referred by {{LOCATION:UBS Manituba}} for chronic cough. Sputum: Mycobacterium tuberculosis (TRM-TB detected, RIF sensitive).
Also Chagas serology positive, asymptomatic. Started RHZE 4 tabs/day; DOT by ACS {{NAME:Maria do Socorro}}.
Contacts screened: husband {{NAME:Antonio Lima}}, grandson {{NAME:Kaua}}.
SINAN notification {{OTHER_ID:SINAN-2555018}}. Tel (neighbour) {{PHONE:(88) 9 5555-0192}}.
Neta {{NAME:Maria Eduarda}} accompanies her. Tecnica de enfermagem: {{NAME:Cicera Bezerra}}.
`,
  },
  {
    id: 't12-045',
    kind: 'referral letter (Argentina, Jujuy, Puna)',
    text: `
{{LOCATION:Hospital Nuestra Senora del Rosario}}, {{LOCATION:Abra Pampa}}, Jujuy
Derivacion  {{DATE:16/06/2025}}
Al servicio de Cardiologia Infantil, {{LOCATION:Hospital Pablo Soria}}, {{LOCATION:San Salvador de Jujuy}}
Nino: {{NAME:Thiago Benjamin Choque Vilte}}, 7 a, DNI {{OTHER_ID:55.201.883}}
Domicilio: paraje {{LOCATION:Tabladitas}}, a 40 km de {{LOCATION:Abra Pampa}}, casa de adobe detras de la {{LOCATION:Escuela N 276}}
Madre: {{NAME:Norma Vilte}}; padre: {{NAME:Ruben Choque}}, pastor de llamas.
Motivo: cyanosis at altitude (3500 m), SpO2 78%, clubbing, systolic murmur 3/6; suspected tetralogy of Fallot.
Agente sanitario: {{NAME:Eusebia Quispe}}. Contacto via radio del puesto de salud; celular hospital {{PHONE:0388 555 9102}}.
Dra. {{NAME:Lucia Aramayo}}, pediatra
Madrina {{NAME:Juana Cruz}} will host the family in {{LOCATION:San Salvador}}; hermanos {{NAME:Milagros}} y {{NAME:Dylan}}.
`,
  },
];
