// train21 notes 6: US and Caribbean / Latin American forms (US apartments, PO boxes, shelters, camps; Jamaica, Argentina, Chile, Colombia, Peru).
export default [
  {
    id: 't21-048',
    kind: 'shelter discharge (US, shelter bed, PO box)',
    text: `
DISCHARGE ADDRESS: {{LOCATION:Pine Street Inn}}, {{LOCATION:444 Harrison Ave}}, {{LOCATION:Boston}}, MA {{LOCATION:02118}}, bed 2-114
Mail: {{LOCATION:PO Box 55127}}, {{LOCATION:Boston}} MA {{LOCATION:02205}}
Pt {{NAME:Reginald "Reggie" Bishop}} DOB {{DATE:05/14/1961}} MRN {{MRN:BMC-5502913}} SSN {{SSN:000-55-1842}}
F/u {{LOCATION:BHCHP}} clinic at {{LOCATION:780 Albany St}} on {{DATE:12/3}}. Case mgr {{NAME:Grace Oduya}} {{PHONE:617-555-0182}}, fax {{FAX:617-555-0183}}
`,
  },
  {
    id: 't21-049',
    kind: 'home health referral (US, apartment, county)',
    text: `
HOME HEALTH REFERRAL  {{DATE:11/24/2026}}
{{NAME:Summer Nguyen-Castillo}}, 58F. {{LOCATION:3150 W Thunderbird Rd Apt 2207}}, {{LOCATION:Phoenix}}, AZ {{LOCATION:85053}} ({{LOCATION:Maricopa County}})
Ordering: {{NAME:Will Hargreaves}}, MD, NPI {{LICENSE:1555018842}}, {{LOCATION:Banner Thunderbird Medical Center}}
Services: SN, PT. Wound vac (KCI V.A.C. Ulta) SN {{DEVICE:VULT55804417}}. Acct {{ACCOUNT:HH-2026-55813}}
Gate code 4471#. Dog in yard. Photos of wound uploaded as {{PHOTO:IMG_5512_sacrum.jpg}}.
`,
  },
  {
    id: 't21-050',
    kind: 'farmworker camp visit (US, labor camp)',
    text: `
Mobile clinic visit {{DATE:11/21/2026}} - {{LOCATION:Sunnyside Labor Camp}}, {{LOCATION:Mattawa}}, WA, {{LOCATION:cabin 14}}
{{NAME:Eusebio Ramirez Quispe}}, 44, H2A worker at {{LOCATION:Valleyview Orchards}} packing shed
Heat rash, pesticide exposure? Crew boss {{NAME:Chuy Morales}}. Wife in {{LOCATION:Tlaxiaco}}, Oaxaca.
Clinic: {{LOCATION:Columbia Basin Health Association}}, {{LOCATION:Othello}}. Interpreter {{NAME:Florinda Soto}} (Mixteco).
`,
  },
  {
    id: 't21-051',
    kind: 'referral (Jamaica, district and parish)',
    text: `
Referral {{DATE:25/11/2026}}
{{NAME:Icilda Campbell-McKenzie}}, 71, {{LOCATION:Lot 12, Cedar Valley District}}, {{LOCATION:Clarendon}}
From {{LOCATION:May Pen Hospital}} to {{LOCATION:University Hospital of the West Indies}}, {{LOCATION:Mona}}
Landmark: {{LOCATION:opposite Cedar Valley Baptist Church}}. Grandson {{NAME:Devon}} {{PHONE:876-555-0129}}
Dr {{NAME:Ainsley Brown}}
`,
  },
  {
    id: 't21-052',
    kind: 'epicrisis (Argentina, piso/depto, barrio, CP)',
    text: `
Epicrisis {{DATE:22/11/2026}} - {{LOCATION:Hospital Italiano de Buenos Aires}}
{{NAME:Ramon Alfredo Gutierrez de la Fuente}}, DNI {{OTHER_ID:5.550.188}}
Domicilio: {{LOCATION:Av. Rivadavia 4820, 7o B}}, {{LOCATION:Caballito}}, CABA, CP {{LOCATION:C1424CEN}}
Alta a {{LOCATION:Residencia Geriatrica Los Aromos}}, {{LOCATION:Ramos Mejia}}. OSDE {{HEALTH_PLAN:61 555 830 2 01}}
Hija {{NAME:Valeria}} {{EMAIL:valeria.gdlf@example.com.ar}}
`,
  },
  {
    id: 't21-053',
    kind: 'interconsulta (Chile, pasaje, poblacion, comuna)',
    text: `
Interconsulta {{DATE:19-11-2026}}
{{NAME:Yolanda Huenchumilla Painemal}}, RUT {{OTHER_ID:5.550.223-K}}
{{LOCATION:Pasaje Los Copihues 1482}}, {{LOCATION:Poblacion Santa Julia}}, {{LOCATION:Macul}}
De {{LOCATION:CESFAM Santa Julia}} a {{LOCATION:Hospital Dr. Luis Tisne Brousse}}, {{LOCATION:Penalolen}}. Fonasa B.
Nuera {{NAME:Karen Soto}} {{PHONE:+56 9 5550 3318}}
`,
  },
  {
    id: 't21-054',
    kind: 'remision (Colombia, carrera/calle, vereda)',
    text: `
Remision {{DATE:23/11/2026}}
{{NAME:Luz Marina Ospina de Restrepo}}, CC {{OTHER_ID:21.555.802}}
Vereda {{LOCATION:La Honda}}, {{LOCATION:Guarne}}; en {{LOCATION:Medellin}}: {{LOCATION:Cra. 45 # 58-21, int. 301}}, barrio {{LOCATION:Prado Centro}}
De {{LOCATION:ESE Hospital Nuestra Senora de la Candelaria}} a {{LOCATION:Hospital Pablo Tobon Uribe}}. EPS Sura {{HEALTH_PLAN:SURA-555-1823}}
Hijo {{NAME:Jhon Fredy Restrepo}}
`,
  },
  {
    id: 't21-055',
    kind: 'referencia (Peru, jiron, manzana y lote, AA.HH.)',
    text: `
Hoja de referencia {{DATE:24/11/2026}}
{{NAME:Teodora Mamani Condori}}, 63, {{LOCATION:AA.HH. Villa Maria, Mz. F Lt. 14}}, {{LOCATION:San Juan de Lurigancho}}
Otro domicilio: {{LOCATION:Jr. Huallaga 550}}, {{LOCATION:Puno}}
De {{LOCATION:Centro de Salud Jaime Zubieta}} a {{LOCATION:Hospital San Juan de Lurigancho}}. SIS {{HEALTH_PLAN:7055512}}
Hijo {{NAME:Wilber}} {{PHONE:955 555 027}}
`,
  },
  {
    id: 't21-056',
    kind: 'patient portal address change (US, web)',
    text: `
Address change request submitted {{DATE:11/26/2026}} 21:14 from IP {{IP:203.0.113.88}} via {{URL:https://portal.example.org/profile}}
Old: {{LOCATION:88 Old Post Rd}}, {{LOCATION:Rhinebeck}}, NY {{LOCATION:12572}}
New: {{LOCATION:2 Maple Ct, Unit 4}}, {{LOCATION:Kingston}}, NY {{LOCATION:12401}} ({{LOCATION:Ulster County}})
Patient {{NAME:Hope Kaleikini}}; verified by fingerprint login {{BIOMETRIC:FP-HASH-55e0a91c}}
Pharmacy changed to {{LOCATION:Hannaford Pharmacy Kingston}}.
`,
  },
];
