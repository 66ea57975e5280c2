// train22 notes 2: consult notes and letters with relatives, neighbours, teachers and employers named by first name,
// surname or nickname; identifiers of the rarer types in passing.
export default [
  {
    id: 't22-011',
    kind: 'diabetes clinic letter',
    text: `
Diabetes Centre, {{LOCATION:Hospital Universitario La Paz}} - {{DATE:10 de noviembre de 2026}} (English copy)
Patient: {{NAME:Maria de los Angeles Fernandez de la Torre}}, historia {{MRN:HC-5530921}}
{{NAME:Maria}} came with her husband {{NAME:Joaquin}} and their neighbour {{NAME:Chelo}}, who checks her FreeStyle Libre at night.
HbA1c 9.1%. Ozempic restarted; NovoRapid by carb counting per the DAFNE course. Charcot foot excluded by X-ray.
Their son {{NAME:Iker}} lives in {{LOCATION:Getafe}} and can drive her to the Podiatry Unit. Pump serial for the
record: Medtronic 780G {{DEVICE:NG4120877H}}. Address {{LOCATION:Calle de Bravo Murillo 214, 3o B}}, {{LOCATION:28020}} {{LOCATION:Madrid}}.
{{NAME:Begona Urrutia Etxeberria}}, endocrinologa
Addendum {{DATE:24/11/2026}}: {{NAME:Chelo}} ({{NAME:Consuelo Ibarra}}) rang; {{NAME:Maria}} had a hypo at the {{LOCATION:Mercado de Maravillas}}. Glucagon given by a stallholder, {{NAME:Paco}}.
Her sister {{NAME:Remedios}} in {{LOCATION:Toledo}} has offered to stay. DNI on file {{OTHER_ID:00012345-Z}}. Tarjeta sanitaria {{HEALTH_PLAN:MADR 4412 0087 55}}.
{{NAME:Joaquin}}'s mobile {{PHONE:+34 655 550 142}}. Libre data shared via LibreView to {{EMAIL:iker.fdt@example.es}}.
`,
  },
  {
    id: 't22-012',
    kind: 'school-health consult note',
    text: `
School nurse liaison, {{DATE:Nov 13, 2026}}
{{NAME:Kwame Asante-Mensah}}, 11, with asthma and a peanut allergy. Spoke to his form tutor {{NAME:Hope Lindgren}} and the
head of year, {{NAME:Summer}}, at {{LOCATION:Fairfield Middle School}}. Mum {{NAME:Abena}} works nights at {{LOCATION:Mercy Hospital}} so
Uncle {{NAME:Kofi}} collects him. EpiPen and Ventolin kept in the office; Seretide at home. Asthma UK action plan updated.
{{NAME:Kwame}} goes to Scouts with his friend {{NAME:Will}} and is keen to join the Duke of Edinburgh award.
Mum's email {{EMAIL:abena.asante@example.org}}; best number {{PHONE:(513) 555-0166}}.
{{NAME:R. Castellano}}, School Health Team
Addendum {{DATE:Nov 20, 2026}}: {{NAME:Abena}} called from {{LOCATION:Mercy Hospital Anderson}}; {{NAME:Kwame}} had a reaction at a friend's party at
{{LOCATION:12 Glenview Court}}, {{LOCATION:Fairfield}} - hives only, Zyrtec given by the host, Mrs {{NAME:Danjuma}}. Uncle {{NAME:Kofi}}'s number {{PHONE:(513) 555-0105}}.
School bus driver {{NAME:Earl}} has been trained. The allergist, Dr {{NAME:Whitlow}} at {{LOCATION:Cincinnati Children's}}, will do an oral food challenge.
`,
  },
  {
    id: 't22-013',
    kind: 'palliative care home visit note',
    text: `
Community Palliative Care, home visit {{DATE:18.11.2026}}
{{NAME:Tomasina Vaipulu}}, 67, metastatic pancreatic cancer. Present: husband {{NAME:Semisi}}, daughters {{NAME:Ana}} and {{NAME:Losa}},
and Reverend {{NAME:Alapati}} from the {{LOCATION:Free Wesleyan Church}} in {{LOCATION:Mangere}}. Syringe driver running (McKinley T34,
serial {{DEVICE:T34-0098312}}), morphine 20 mg + midazolam 5 mg over 24 h. Hospice at Home and District Nursing to visit daily.
{{NAME:Semisi}} wants her to be buried in {{LOCATION:Nuku'alofa}}; {{NAME:Ana}} has contacted the funeral directors {{LOCATION:Tipene Funerals}}.
Address {{LOCATION:22 Bader Drive}}, {{LOCATION:Mangere}}, {{LOCATION:Auckland}} {{LOCATION:2022}}. Phone {{PHONE:09 555 0137}}.
{{NAME:Niamh Gallagher}} CNS
`,
  },
  {
    id: 't22-014',
    kind: 'occupational health consult',
    text: `
Occupational Health report, {{DATE:November 17, 2026}}
Employee: {{NAME:Chinedu Okafor}}, staff no {{OTHER_ID:E-330417}}, forklift driver at the Amazon fulfilment centre in {{LOCATION:Daventry}}.
Employer contact: {{NAME:Gareth Pugh}} (HR). Referred after a syncopal episode. Holter (Zio patch {{DEVICE:ZP-8821-4470}}) showed
runs of SVT; Wolff-Parkinson-White pattern on ECG. Cardiology at {{LOCATION:Northampton General}} to consider ablation.
Not fit for forklift duties; DVLA informed him he must stop driving. Licence no {{LICENSE:OKAFO807129C99TX}}.
His wife {{NAME:Ngozi}} and their neighbour {{NAME:Jerzy}} will share the school run.
Dr {{NAME:Precious Mthembu}}, OH Physician
Addendum {{DATE:November 24, 2026}}: ablation done at {{LOCATION:Glenfield Hospital}} in {{LOCATION:Leicester}}; accessory pathway ablated. {{NAME:Chinedu}} may
return to forklift duties after 4 weeks if symptom-free. {{NAME:Gareth}} confirmed a phased return at the {{LOCATION:Daventry}} site. His van
({{VEHICLE:NK19 OAF}}) is parked at home on {{LOCATION:Ashby Road}}. {{NAME:Ngozi}} e-mailed from {{EMAIL:ngozi.okafor@example.co.uk}}. Review {{DATE:22/12/2026}}.
`,
  },
  {
    id: 't22-015',
    kind: 'obstetric consult note',
    text: `
Antenatal Day Unit - {{DATE:21/11/2026}}
{{NAME:Anjali Venkataraman}}, G2P1, 33+4 weeks, with headaches and BP 152/98. PIGF low; pre-eclampsia. Group B Streptococcus
status unknown. Her husband {{NAME:Karthik}} is away in {{LOCATION:Chennai}}; her sister-in-law {{NAME:Lakshmi}} and friend {{NAME:Bea}}
came with her. Steroids (Celestone) given. Transfer discussed with {{LOCATION:Simpson Centre for Reproductive Health}}.
Her community midwife {{NAME:Morag}} at {{LOCATION:Craigmillar Medical Group}} informed. Badger Notes updated.
CHI {{MRN:2104938876}}. Contact {{PHONE:0131 555 0172}}.
Reviewed by {{NAME:Olumide}} (ST5) and {{NAME:Catriona MacAskill}}, consultant.
`,
  },
  {
    id: 't22-016',
    kind: 'geriatric medicine letter',
    text: `
Dear {{NAME:Hamish}},
I reviewed {{NAME:Agnes Muldoon}} ({{AGE_OVER_89:97}}) at {{LOCATION:Rowanbank Care Home}} on {{DATE:24 November}} with her nephew {{NAME:Fergus}} and
the nurse in charge, {{NAME:Lovely Dela Cruz}}. Falls x3 this month. Orthostatic drop 30 mmHg; Parkinson disease on
Madopar. Her roommate {{NAME:Betty}} raised the alarm last time. Stopped amlodipine. Physio from the Falls Prevention
Service; Hip protectors. {{NAME:Fergus}} is keen for her best friend {{NAME:Isa McRae}}, {{AGE_OVER_89:95}}, to visit more often.
Home address on file: {{LOCATION:4 Kirk Wynd}}, {{LOCATION:Kirriemuir}} {{LOCATION:DD8 4BH}}.
Kind regards, {{NAME:Farida Haq}}
Addendum {{DATE:28 November}}: {{NAME:Agnes}} fell again; no fracture on X-ray at {{LOCATION:Ninewells}}. {{NAME:Fergus}} and his wife {{NAME:Shona}} met the manager,
{{NAME:Lorna Baird}}. {{NAME:Isa}}'s daughter {{NAME:Jean}} will bring {{NAME:Isa}} on Sundays. Sensor mat (Alertacall, unit {{DEVICE:AC-5521093}}). Phone {{PHONE:01575 555 019}}.
`,
  },
  {
    id: 't22-017',
    kind: 'dermatology consult with photographs',
    text: `
Dermatology consult {{DATE:11/19/2026}}
{{NAME:Ayelet Ben-Haim}}, 45. Changing naevus left calf, ABCDE positive. Dermoscopy images {{PHOTO:IMG_20261119_0934.jpg}} and
{{PHOTO:IMG_20261119_0936.jpg}} uploaded to the DermEngine record. Excision by the Mohs service. No Koebner phenomenon.
Lichen planus on the wrists. Her husband {{NAME:Yossi}} and daughter {{NAME:Noa}} asked about screening; her father {{NAME:Shlomo}} had
melanoma in {{LOCATION:Haifa}}. She teaches at {{LOCATION:Solomon Schechter Day School}} in {{LOCATION:Newton}}.
Portal message sent to {{EMAIL:ayelet.bh@example.net}}. {{NAME:Mariam Khoury}}, PA-C, for {{NAME:Ji-woo Kang}} MD
`,
  },
  {
    id: 't22-018',
    kind: 'renal clinic letter',
    text: `
Renal Unit, {{LOCATION:Royal Adelaide Hospital}}. {{DATE:16 November 2026}}
Dear Dr {{NAME:Nguyen}},
{{NAME:Jedda Wilson}}, 52, Kaurna and Narungga woman from {{LOCATION:Point Pearce}}, on haemodialysis at {{LOCATION:Port Augusta Renal Unit}}.
She came with her auntie Aunty {{NAME:Dulcie}} and Aboriginal Liaison Officer {{NAME:Tjilpi}} (we call him {{NAME:Tj}}).
Alport syndrome in the family; her brother {{NAME:Clinton}} had a transplant. Medicare {{HEALTH_PLAN:2953 55010 1}}. Work-up for the
transplant list via the Central Northern Adelaide Renal and Transplantation Service. Sevelamer (Renvela) increased.
Phone {{PHONE:0491 570 156}}. Regards, {{NAME:Anika Sorensen}}
`,
  },
  {
    id: 't22-019',
    kind: 'psychiatry consult note',
    text: `
Psychiatry C-L, {{DATE:Nov 22}}. Seen on 9 North at {{LOCATION:Bellevue}}.
{{NAME:Oksana Hrytsenko}}, 38, fled {{LOCATION:Kharkiv}} in 2022. Low mood, nightmares, PCL-5 54. Lives with her son {{NAME:Danylo}}
and her friend {{NAME:Svitlana}} in {{LOCATION:Brighton Beach}}. Works as a cleaner for a family, the {{NAME:Goldbergs}};
{{NAME:Ruth Goldberg}} called to say she is welcome back when ready. Sertraline 50 mg; Prazosin for nightmares.
Referred to the Trauma Recovery Program and HIAS. {{NAME:Danylo}}'s teacher, Ms {{NAME:Adeyemi}}, noticed he was withdrawn.
{{NAME:Rafael Quispe Mamani}}, MD
Addendum {{DATE:Nov 25}}: {{NAME:Oksana}}'s sister {{NAME:Halyna}} in {{LOCATION:Lviv}} is safe. {{NAME:Danylo}} now goes to an after-school club at {{LOCATION:Shorefront YM-YWHA}}
run by {{NAME:Misha Abramov}}. {{NAME:Ruth Goldberg}} offered her guest room on {{LOCATION:Ocean Parkway}}. Follow up at the {{LOCATION:Bellevue}} Program for Survivors
of Torture with Dr {{NAME:Ilana Shapiro}}. Medicaid {{HEALTH_PLAN:TR44187K}}. Phone {{PHONE:(347) 555-0192}}.
`,
  },
];
