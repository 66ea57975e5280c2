// train18 notes 3: Lusophone Africa (Mozambique, Angola, Cabo Verde, Guinea-Bissau) and the Caribbean
// (Jamaica, Trinidad, Barbados, Dominican Republic, Puerto Rico) in English: parish addresses, forms, messages.
export default [
  {
    id: 't18-019',
    kind: 'ART defaulter tracing form (Mozambique)',
    text: `
DEFAULTER TRACING - {{LOCATION:Centro de Saude de Mavalane}}, {{LOCATION:Maputo}}
NID {{OTHER_ID:0111040601/2019/00287}}   Name: {{NAME:Albertina Jose Macuacua}}
Last pick-up {{DATE:02/09/2026}}; missed {{DATE:02/10/2026}}. Home visit {{DATE:06/11/2026}} by activista {{NAME:Celso Mondlane Tembe}}.
Address: {{LOCATION:Bairro Hulene B}}, {{LOCATION:quarteirao 14}}, casa {{LOCATION:no. 37}}, near {{LOCATION:Escola Primaria Completa de Hulene}}.
Found: she travelled to {{LOCATION:Chokwe}} for her father's funeral ({{NAME:Jose Macuacua}}, aged {{AGE_OVER_89:91}}). Returned to care, 3-month supply given. Cell {{PHONE:+258 84 555 0713}}.
`,
  },
  {
    id: 't18-020',
    kind: 'cholera treatment centre log (Angola)',
    text: `
CTC {{LOCATION:Hospital Municipal do Cazenga}}, {{LOCATION:Luanda}} - admissions {{DATE:30 Oct 2026}}
- {{NAME:Domingos Cambuta Kiala}}, 35, from {{LOCATION:Bairro Hoji-ya-Henda}}, plan C, 7 L Ringer
- {{NAME:Esperanca Nzinga}}, 12, plan B, mother {{NAME:Teresa Lukeny}} ({{PHONE:+244 923 555 480}})
- {{NAME:Avelino dos Santos Capitao}}, 58, driver, taxi plate {{VEHICLE:LD-44-71-GH}}, from {{LOCATION:Cacuaco}}
Water source for all three: {{LOCATION:chafariz da Rua 11}}, {{LOCATION:Sector 3}}. Notified to provincial surveillance (ref {{OTHER_ID:SIS-LDA-CH-2026-0932}}).
Clinician on shift: Dr. {{NAME:Helder Chipenda}}
`,
  },
  {
    id: 't18-021',
    kind: 'diaspora clinic message (Cabo Verde to Boston, English)',
    text: `
Hi Dr. {{NAME:Barros}}, this is Nha {{NAME:Djidja}}, {{NAME:Djidja Fortes Semedo}}'s sister. She flies back from {{LOCATION:Praia}} on {{DATE:December 3}}. Her doctor at {{LOCATION:Hospital Dr. Agostinho Neto}} gave her losartan 50 and said the creatinine is 1.9. Can we get an appointment at {{LOCATION:Upham's Corner Health Center}}? Our address is {{LOCATION:41 Hendry St}}, {{LOCATION:Dorchester}}. My number {{PHONE:617-555-0263}}, her MRN {{MRN:UC-7730418}}. Obrigada, {{NAME:Lurdes}}.
`,
  },
  {
    id: 't18-022',
    kind: 'Jamaican clinic note (parish, district)',
    text: `
{{LOCATION:Christiana Health Centre}}, Manchester - {{DATE:10 November 2026}}
Mr {{NAME:Delroy Augustus Campbell-Whyte}}, 66, farmer of {{LOCATION:Top Alston District}}, {{LOCATION:Spaldings P.O.}}, Clarendon. T2DM and hypertension, HbA1c 9.2, BP 158/92. Foot exam: ulcer left hallux 1 cm. Uses bush tea (cerasee). Referred to {{LOCATION:Mandeville Regional Hospital}} diabetic foot clinic. NHF card {{HEALTH_PLAN:NHF-0284471935}}. Daughter {{NAME:Shanique}} in {{LOCATION:Mandeville}}: {{PHONE:876-555-0147}}.
Seen by Nurse Practitioner {{NAME:Yvonne McFarlane-Beckford}}
`,
  },
  {
    id: 't18-023',
    kind: 'ED triage (Trinidad, mixed names)',
    text: `
A&E, {{LOCATION:San Fernando General Hospital}} - {{DATE:22/10/2026}} 01:15
{{NAME:Ramkissoon, Devindra "Dev"}}, 29, {{LOCATION:LP 44 Naparima-Mayaro Road}}, {{LOCATION:Ste. Madeleine}}. RTA on the {{LOCATION:Solomon Hochoy Highway}}, driver, car {{VEHICLE:PDF 7213}}. Abrasions, tender left ribs, FAST negative. Passenger {{NAME:Keisha Mohammed-Alleyne}} seen separately (file {{MRN:SFGH-2026-41188}}). Police: PC {{NAME:Roopnarine}}, report {{OTHER_ID:SFPD-RTA-7702}}.
`,
  },
  {
    id: 't18-024',
    kind: 'polyclinic referral (Barbados)',
    text: `
{{LOCATION:Winston Scott Polyclinic}}, {{LOCATION:Bridgetown}}    {{DATE:4th November 2026}}
Ref: Ms {{NAME:Tamara Alleyne-Griffith}}, NRN {{OTHER_ID:870312-0044}}, of {{LOCATION:#12 Gall Hill}}, Christ Church.
To the Eye Clinic, {{LOCATION:Queen Elizabeth Hospital}}: diabetic retinopathy suspected, VA 6/18 both. Fundus photos {{PHOTO:WSP-FUND-2211-R.png}}, {{PHOTO:WSP-FUND-2211-L.png}}. Fax reply to {{FAX:(246) 555-0188}}.
Dr {{NAME:Ronald St. Hill}}
`,
  },
  {
    id: 't18-025',
    kind: 'dengue notification (Dominican Republic)',
    text: `
Notification of dengue with warning signs, {{DATE:13/11/2026}}
Patient: {{NAME:Yokasta Altagracia Pena Rosario}}, 22, cedula {{OTHER_ID:402-5550183-7}}
Address: {{LOCATION:Calle 17 #9}}, {{LOCATION:Los Mina}}, {{LOCATION:Santo Domingo Este}}
Reported by {{LOCATION:Hospital Dr. Dario Contreras}}
Platelets 38,000, Hct 49%. NS1 positive. Her cousin {{NAME:Wandy Rosario}} works at the {{LOCATION:Zona Franca de Las Americas}} and had fever last week.
`,
  },
  {
    id: 't18-026',
    kind: 'home care note (Puerto Rico)',
    text: `
Home visit {{DATE:Nov 18, 2026}}, nurse {{NAME:Wanda Ivelisse Colon Torres}}, RN
Patient Don {{NAME:Cayetano Rivera Quinones}}, {{AGE_OVER_89:96}}, at {{LOCATION:Carr. 149 km 12.3}}, {{LOCATION:Bo. Pesas}}, {{LOCATION:Ciales}}, PR {{LOCATION:00638}}. Generator ran during the outage; oxygen concentrator serial {{DEVICE:EV-5CX-1182903}}. Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK73}}. Granddaughter {{NAME:Nayeli}} at {{PHONE:(787) 555-0196}}.
`,
  },
  {
    id: 't18-027',
    kind: 'school nurse letter (Guinea-Bissau)',
    text: `
{{LOCATION:Escola Evangelica de Bissau}}, {{DATE:8 Nov 2026}}
Parent/guardian of {{NAME:Aua Balde}} (class 5B): your daughter had a seizure in class at 11:20 today; it lasted 2 minutes. She was taken by Sister {{NAME:Filomena Mendes}} to {{LOCATION:Hospital Nacional Simao Mendes}}. Please contact the director, Mr. {{NAME:Quintino Gomes Na Bitchita}}, at {{PHONE:+245 955 550 112}}.
`,
  },
];
