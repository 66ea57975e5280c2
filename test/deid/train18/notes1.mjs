// train18 notes 1: Latin America (Mexico, Guatemala, Peru, Colombia, Chile, Argentina, Brazil) in English:
// referral letters, clinic notes, WhatsApp-style messages, forms with double surnames and colonia addresses.
export default [
  {
    id: 't18-001',
    kind: 'referral letter (Mexico, colonia address)',
    text: `
{{LOCATION:Hospital General de Zona No. 32}}, {{LOCATION:Villa Coapa}}, {{LOCATION:Mexico City}}
Referral to: Dr. {{NAME:Maria Guadalupe Ochoa de la Garza}}, Rheumatology Clinic
Date: {{DATE:14 November 2026}}

Dear Dr. {{NAME:Ochoa}},
I am referring Ms. {{NAME:Ximena Itzel Tlapanco Reyes}} (expediente {{MRN:HGZ32-0048817}}), 34, of {{LOCATION:Calle Cedros 118, int. 4}}, {{LOCATION:Colonia Santa Ursula Coapa}}, {{LOCATION:Coyoacan}}, C.P. {{LOCATION:04650}}, CDMX. She has symmetric polyarthritis of the MCPs since {{DATE:June 2026}}, ESR 48, RF positive, anti-CCP pending. Methotrexate was not started. Her mother, Mrs. {{NAME:Socorro Reyes Vda. de Tlapanco}}, had lupus. Contact: {{PHONE:+52 55 5550 1847}}.
Yours,
{{NAME:Jorge Armando Beltran Quezada}}, MD (cedula profesional {{LICENSE:7790214}})
`,
  },
  {
    id: 't18-002',
    kind: 'community health worker note (Guatemala highlands)',
    text: `
Visit note, promotora {{NAME:Juana Xoc Cuc}}, {{DATE:3 Nov 2026}}
Household of {{NAME:Pedro Tzoc Batz}} and {{NAME:Magdalena Ixcoy}}, {{LOCATION:Aldea Chuicutama}}, {{LOCATION:Nahuala}}, Solola.
Child {{NAME:Ana Lucia Tzoc Ixcoy}}, 14 months, weight 7.9 kg, MUAC 12.1 cm (yellow). Speaks K'iche' at home; mother understands some Spanish. Given RUTF for 2 weeks and referred to {{LOCATION:Centro de Salud Santa Catarina Ixtahuacan}}. Grandmother Dona {{NAME:Tomasa}} says the baby had diarrhoea after the rains. Next visit {{DATE:17 Nov}}.
Registro {{OTHER_ID:SIGSA-3-2026-11482}}
`,
  },
  {
    id: 't18-003',
    kind: 'WhatsApp messages to a clinic (Peru, lower case)',
    text: `
[{{DATE:09/11/2026}} 07:42] {{NAME:rosa huaman}}: buenos dias doctora, its {{NAME:rosa}}, mother of {{NAME:kevin}}. he vomited twice at night
[{{DATE:09/11/2026}} 07:44] Dra. {{NAME:Quispe}}: good morning {{NAME:rosa}}. any fever? is he drinking?
[{{DATE:09/11/2026}} 07:51] {{NAME:rosa huaman}}: 38.6 this morning, i gave paracetamol 5 ml. we are in {{LOCATION:jr. los tulipanes 455}}, {{LOCATION:san juan de lurigancho}}
[{{DATE:09/11/2026}} 07:53] Dra. {{NAME:Quispe}}: bring him to {{LOCATION:posta Jicamarca}} at 10. ask for lic. {{NAME:Yupanqui}}. bring his SIS card
[{{DATE:09/11/2026}} 07:55] {{NAME:rosa huaman}}: ok. SIS nro {{HEALTH_PLAN:SIS-46120977}}. my cel {{PHONE:+51 955 550 318}}
`,
  },
  {
    id: 't18-004',
    kind: 'discharge summary (Colombia)',
    text: `
DISCHARGE SUMMARY - {{LOCATION:Hospital Pablo Tobon Uribe}}, {{LOCATION:Medellin}}
Patient: {{NAME:ARANGO DE VILLEGAS, Luz Marina}}   CC {{OTHER_ID:43.118.902}}   HC {{MRN:2026-771504}}
Admitted {{DATE:2026-10-28}}, discharged {{DATE:2026-11-04}}
Address: {{LOCATION:Carrera 43A # 18 Sur-135}}, {{LOCATION:barrio El Poblado}}, {{LOCATION:Medellin}}
EPS: Sura, afiliacion {{HEALTH_PLAN:EPS-SUR-0091827734}}
Diagnosis: community-acquired pneumonia, CURB-65 2, Streptococcus pneumoniae in blood cultures. Ampicillin-sulbactam then amoxicillin.
Her son {{NAME:Juan Esteban Villegas Arango}} ({{PHONE:+57 604 555 2291}}) will bring her to control with Dr. {{NAME:Santiago Restrepo-Gaviria}} at {{LOCATION:IPS Sura Los Molinos}} on {{DATE:18 November}}.
Signed: {{NAME:Catalina Mejia Henao}}, internist, RM {{LICENSE:05-44871}}
`,
  },
  {
    id: 't18-005',
    kind: 'antenatal card (Chile, form)',
    text: `
CONTROL PRENATAL - {{LOCATION:CESFAM Dr. Amador Neghme}}, {{LOCATION:La Pintana}}
Name: {{NAME:Francisca Javiera Huenchullan Painemal}}   RUT {{OTHER_ID:18.552.031-K}}
FUR {{DATE:02/04/2026}}  FPP {{DATE:07/01/2027}}  G2 P1  Mapuche origin, speaks Spanish
Address: {{LOCATION:Pasaje Los Copihues 0921}}, {{LOCATION:Villa El Castillo}}
Partner: {{NAME:Cristian Antilef}}   Phone {{PHONE:+56 9 5550 4417}}
Midwife (matrona): {{NAME:Daniela Soto Aravena}}
Next control {{DATE:04-12-2026}} at 09:00. BP 108/66, AU 27 cm, FCF 142. Fonasa tramo B {{HEALTH_PLAN:FON-B-18552031}}.
`,
  },
  {
    id: 't18-006',
    kind: 'ED note (Buenos Aires, particles)',
    text: `
Guardia, {{LOCATION:Hospital Fernandez}}, {{DATE:21/10/2026}} 23:10
Patient {{NAME:Ignacio de Urquiza y Alvear}}, 47, brought by SAME ambulance from {{LOCATION:Av. Coronel Diaz 2240, 7o B}}, {{LOCATION:Palermo}}, after a fall from a bicycle on {{LOCATION:Av. Figueroa Alcorta}}. GCS 15, no LOC. Colles fracture left, closed. Wife {{NAME:Maria Pilar Anchorena}} present. DNI {{OTHER_ID:24.809.115}}. OSDE plan 310, socio {{HEALTH_PLAN:61-024480-3-01}}.
Plaster by Dr. {{NAME:Federico Iannuzzi}}; follow-up at traumatology, {{LOCATION:Sanatorio Guemes}}. Bike frame number {{VEHICLE:WTU118K0554C}} noted for the police report.
`,
  },
  {
    id: 't18-007',
    kind: 'nursing handover (Brazil, Sao Paulo)',
    text: `
Passagem de plantao / handover - UTI 2, {{LOCATION:Hospital das Clinicas}}, {{DATE:12/11/2026}}
Bed 7: {{NAME:Joao Vitor dos Santos Nascimento}}, 62, RG {{OTHER_ID:28.441.907-3}}, prontuario {{MRN:HC-0913382}}. Septic shock, noradrenaline 0.18 mcg/kg/min, lactate 3.1. Family: daughter {{NAME:Tainara}} ({{PHONE:(11) 95550-2387}}), lives in {{LOCATION:Rua Guaianases 731}}, {{LOCATION:Campos Eliseos}}, CEP {{LOCATION:01204-001}}.
Bed 8: {{NAME:Maria das Dores Ferreira}}, {{AGE_OVER_89:93}}, CNS {{HEALTH_PLAN:700 5009 1234 5508}}. Post-op hip. Confused at night; son Seu {{NAME:Antonio}} asked to stay. Nurse: enf. {{NAME:Gislaine Macedo}}.
`,
  },
  {
    id: 't18-008',
    kind: 'occupational health letter (Honduras maquila)',
    text: `
To whom it may concern,
{{NAME:Keila Yamileth Ordonez Banegas}}, employee no. {{OTHER_ID:EMP-55021}} at the {{LOCATION:Gildan San Miguel plant}}, {{LOCATION:Choloma}}, Cortes, was seen at {{LOCATION:Clinica Medica Santa Rosa}}, {{LOCATION:Barrio Lempira}}, on {{DATE:October 30, 2026}} for carpal tunnel syndrome, right (Phalen positive, Tinel positive). She should avoid sewing-line work for 3 weeks. IHSS afiliacion {{HEALTH_PLAN:0501-1994-08812}}.
Dr. {{NAME:Osman Rigoberto Paz}}, CMH {{LICENSE:11873}}   Tel. {{PHONE:+504 2555 0192}}
`,
  },
  {
    id: 't18-009',
    kind: 'clinic note (Bolivia, altitude, no surname order confusion)',
    text: `
{{LOCATION:Centro de Salud Villa Adela}}, {{LOCATION:El Alto}} - {{DATE:Nov 6, 2026}}
{{NAME:Mamani Condori, Fortunato}}, 71, farmer from {{LOCATION:Achacachi}}, Omasuyos. Dyspnoea on exertion, Hb 19.8, SpO2 82% (altitude 4,050 m). Chronic mountain sickness (Qinghai score 11). Aymara-speaking; nephew {{NAME:Wilmer Mamani}} interpreted. Phlebotomy not available here; referred to {{LOCATION:Hospital del Norte}}. SUS card {{HEALTH_PLAN:SUS-LP-4471092}}.
Seen by Lic. {{NAME:Roxana Choque}} and Dr. {{NAME:Eynar Apaza}}.
`,
  },
];
