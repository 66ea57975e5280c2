// heldout9 notes 4: discharge summaries and letters from countries the other sets did not use, in English (h9-031..040).
export default [
{ id: 'h9-031', kind: 'Taiwan discharge summary', text: `
{{LOCATION:Taipei Veterans General Hospital}} - Discharge Summary (English copy for family abroad)
Patient: {{NAME:LIN Mei-hua}} ({{NAME:Lin Meihua}})   Chart No. {{MRN:48821907}}   ID No. {{OTHER_ID:A224418907}}   NHI card {{HEALTH_PLAN:000044718823}}
Sex F   DOB {{DATE:1933/04/21}} (Minguo 22)   Age {{AGE_OVER_89:92}}
Address: {{LOCATION:No. 12, Ln. 35, Sec. 2, Zhongshan N. Rd.}}, {{LOCATION:Zhongshan Dist.}}, {{LOCATION:Taipei City}} {{LOCATION:104}}
Admitted {{DATE:2025/10/02}}, discharged {{DATE:2025/10/16}}. Ward 11B.
Diagnosis: right femoral neck fracture (S72.001A) after fall at home; hemiarthroplasty {{DATE:2025/10/04}}.
Implant: bipolar head 45 mm, stem SN {{DEVICE:TWB-2210-88174}}.
Course: delirium POD 2-4 (CAM positive), resolved with haloperidol 0.5 mg and family presence. Hb nadir 8.6 g/dL, 1 unit PRBC.
Foreign caregiver {{NAME:Siti Rohmah}} (Indonesian, ARC {{OTHER_ID:F800417722}}) trained in transfers.
Son {{NAME:LIN Chih-wei}} ({{NAME:David}}) in {{LOCATION:San Jose}}, CA: {{PHONE:+1 408-555-0196}}; daughter {{NAME:Lin Ya-ting}} {{PHONE:0912-555-047}}.
Attending: {{NAME:CHEN Kuo-liang}}, MD (Orthopaedics), licence {{LICENSE:Yi-Zi-031447}}. Ward tel {{PHONE:02-2555-0147}}.
Follow-up OPD {{DATE:2025/10/30}} (Thursday) 09:00, room 214.
` },
{ id: 'h9-032', kind: 'Swiss referral letter', text: `
{{LOCATION:Kantonsspital Winterthur}}, Medizinische Klinik, {{LOCATION:Brauerstrasse 15}}, {{LOCATION:8400}} {{LOCATION:Winterthur}}
Tel {{PHONE:052 555 01 47}}   Fax {{FAX:052 555 01 48}}

{{LOCATION:Winterthur}}, {{DATE:3 November 2025}}
To: Dr. med. {{NAME:Annina Bachofen}}, {{LOCATION:Hausarztpraxis Seuzach}}, {{LOCATION:Stationsstrasse 4}}, {{LOCATION:8472}} {{LOCATION:Seuzach}}

Re: Mr {{NAME:Reto Gschwend-Mahler}}, born {{DATE:17.02.1949}}, {{LOCATION:Rosenbergstrasse 22}}, {{LOCATION:8400}} {{LOCATION:Winterthur}}
AHV no. {{OTHER_ID:756.4418.2290.17}}; health insurer card no. {{HEALTH_PLAN:80756000440018822104}}; case no. {{MRN:F2511-44182}}

Dear colleague, we saw Mr {{NAME:Gschwend}} as an inpatient from {{DATE:24.10.2025}} to {{DATE:31.10.2025}} for decompensated heart failure
(NYHA III, LVEF 30%). NT-proBNP 8,412 ng/L on admission, 2,110 on discharge. Diuresis -6.4 kg. Sacubitril/valsartan started
24/26 mg bid. Please check potassium and creatinine on {{DATE:7 November}}. His wife {{NAME:Verena}} manages medicines. Potassium 4.9 mmol/L, creatinine 128 umol/L (eGFR 48) at discharge; bisoprolol 2.5 mg,
empagliflozin 10 mg and spironolactone 12.5 mg continued. Target weight 78 kg; daily weights with call threshold +2 kg in 3 days.
Kind regards, {{NAME:Matthias Fluckiger}}, Oberarzt (GLN {{LICENSE:7601000441872}}); {{NAME:L. Brunner}}, assistant physician
` },
{ id: 'h9-033', kind: 'Colombia epicrisis', text: `
EPICRISIS (English translation)  -  {{LOCATION:Hospital Pablo Tobon Uribe}}, {{LOCATION:Medellin}}
Patient: {{NAME:Yesenia Marcela Arboleda Zapata}}   CC {{OTHER_ID:1.036.442.871}}   EPS: Sura, affiliation {{HEALTH_PLAN:SUR-5512099047}}
Hist. clin. {{MRN:HC-1036442871}}   DOB {{DATE:14/09/1991}}   Address: {{LOCATION:Calle 45 # 12-34, Apto 502}}, barrio {{LOCATION:Boston}}, {{LOCATION:Medellin}}
Tel {{PHONE:+57 310 555 0147}}. Companion: mother {{NAME:Gladys Zapata de Arboleda}}.
Admission {{DATE:02/11/2025}}: dengue with warning signs (abdominal pain, platelets 38,000, Hct rising 39 -> 46%).
Day 3 platelets nadir 19,000; no bleeding; fluids per WHO group B. NS1 positive, IgM negative.
Discharge {{DATE:07/11/2025}}: afebrile 48 h, platelets 112,000. Incapacity certificate no. {{OTHER_ID:INC-2025-884172}} for 5 days
from her employer (bank teller).
Identity validated at admission by fingerprint against the Registraduria, transaction {{BIOMETRIC:RNEC-HUE-25110244718}}.
Physician: {{NAME:Juan Sebastian Restrepo Mejia}}, RM {{LICENSE:05-2290417}}. Motorcycle taxi home (plate {{VEHICLE:MXR 44D}}) noted in social work log.
` },
{ id: 'h9-034', kind: 'Sri Lanka diagnosis card', text: `
DIAGNOSIS CARD - {{LOCATION:Teaching Hospital Karapitiya}}, {{LOCATION:Galle}}
BHT No: {{MRN:25/44718}}   Ward 17   Name: {{NAME:W. A. Dilrukshi Nirmala Wickramasinghe}}   Age 54 y   Sex F
NIC: {{OTHER_ID:197155204417}}   Address: {{LOCATION:No. 27/3, Kumaratunga Mawatha}}, {{LOCATION:Matara}}
Date of admission {{DATE:28.10.2025}}    Date of discharge {{DATE:04.11.2025}}
Diagnosis: Leptospirosis with acute kidney injury (creatinine peak 4.1 mg/dL), no dialysis. Paddy-field exposure.
Treatment: IV penicillin 7 days; fluid balance charting.
Husband {{NAME:Sunil Jayasekara}} (tel {{PHONE:077 555 0147}}) informed. Grandmother in household aged {{AGE_OVER_89:96}} - advised about rodent control.
Clinic: renal clinic {{DATE:18.11.2025}}. MOH area: {{LOCATION:Akuressa}}. PHI notified, notification no. {{OTHER_ID:H544-2025-1187}}.
Signed Dr (Mrs) {{NAME:K. P. Gunawardena}}, Consultant Physician, SLMC {{LICENSE:18872}}.
` },
{ id: 'h9-035', kind: 'Finland discharge letter', text: `
{{LOCATION:Tampere University Hospital}} (TAYS), Department of Neurology
Patient {{NAME:Aatu Juhani Heikkila}}, personal identity code {{OTHER_ID:030351-947R}}
Address {{LOCATION:Hameenkatu 14 B 22}}, {{LOCATION:33100}} {{LOCATION:Tampere}}; tel {{PHONE:040 555 0147}}
Kela card {{HEALTH_PLAN:KELA-0303519472}}   Period of care {{DATE:20.10.2025}}-{{DATE:25.10.2025}}
Diagnosis: I63.5 ischaemic stroke, left MCA territory; thrombectomy {{DATE:20.10.2025}} (TICI 2b). NIHSS 14 -> 3.
Secondary prevention: atorvastatin 80 mg, clopidogrel 75 mg for 21 days with ASA, then clopidogrel alone. Driving ban 6 months
(notice to Traficom of driving licence {{LICENSE:FI-3349170}}).
Wife {{NAME:Kaarina}}; neighbour {{NAME:Pekka Lahtinen}} feeds the dog. Home rehab by {{LOCATION:Hervanta}} health station.
Physician {{NAME:Elina Koskinen-Aho}}, MD, PhD, Valvira reg. {{LICENSE:102447183}}. Letter {{DATE:25.10.2025}}.
` },
{ id: 'h9-036', kind: 'Portugal discharge note', text: `
NOTA DE ALTA (English) - {{LOCATION:Hospital de Santa Maria}}, {{LOCATION:Lisboa}}
Doente: {{NAME:Maria da Conceicao Fernandes Rebelo}}   Processo {{MRN:HSM-2291847}}   SNS user no. {{HEALTH_PLAN:288 441 907}}   NIF {{OTHER_ID:214 887 091}}
Nascimento {{DATE:09/05/1930}} (idade {{AGE_OVER_89:95}}). Morada: {{LOCATION:Rua dos Lagares 18, 3.o Esq.}}, {{LOCATION:1100-334}} {{LOCATION:Lisboa}}
Internamento {{DATE:21/10/2025}} a {{DATE:29/10/2025}}: pneumonia (CURB-65 3), treated amoxicillin-clavulanate + azithromycin.
Oxygen weaned day 5. Frail (CFS 6). Discharged to daughter's home at {{LOCATION:Rua Dr. Alfredo da Costa 7}}, {{LOCATION:Sintra}}.
Daughter {{NAME:Ana Paula Rebelo Sousa}} tel {{PHONE:21 555 0147}}, e-mail {{EMAIL:anapaula.rsousa@example.pt}}.
Medica: {{NAME:Ines Carvalho Pinto}}, OM {{LICENSE:51227}}. Centro de saude: {{LOCATION:USF Sintra Norte}}.
` },
{ id: 'h9-037', kind: 'Thailand referral letter', text: `
REFERRAL FORM - {{LOCATION:Chiang Rai Prachanukroh Hospital}}, {{LOCATION:Chiang Rai}}
To: {{LOCATION:Maharaj Nakorn Chiang Mai Hospital}}, Cardiology
Patient: Mr {{NAME:Somchai Kaewmanee}}   HN {{MRN:64-018827}}   Thai ID {{OTHER_ID:3 5701 00441 87 2}}   UC scheme {{HEALTH_PLAN:UC-57-0044187}}
Age 61   Address: {{LOCATION:44 Moo 7}}, {{LOCATION:Tambon Rop Wiang}}, {{LOCATION:Amphoe Mueang}}, {{LOCATION:57000}}
Referred {{DATE:12 Nov 2025}} for coronary angiography: NSTEMI {{DATE:9 Nov 2025}}, troponin T 1,410 ng/L, GRACE 142.
Echo LVEF 42%, inferior hypokinesia. ECG: ST depression 1 mm in II, III, aVF. Creatinine 1.1 mg/dL, LDL 162 mg/dL, HbA1c 6.9%.
Smoker 30 pack-years, quit this admission. Killip I. Heparin stopped 6 h before transfer as requested by the receiving team. On aspirin, ticagrelor 90 mg bid, enoxaparin.
Transport: son drives him in his pickup, plate {{VEHICLE:1 Kor-Ror 4471}}. Wife {{NAME:Malee Kaewmanee}} tel {{PHONE:081 555 0147}}.
Physician {{NAME:Nattaporn Srisuwan}}, MD, licence {{LICENSE:W.44172}}. Fax {{FAX:053 555 014}}.
` },
{ id: 'h9-038', kind: 'Uganda discharge form', text: `
{{LOCATION:Mulago National Referral Hospital}} - {{LOCATION:Kampala}}
DISCHARGE FORM   IP No. {{MRN:MNRH/25/088172}}
Name: {{NAME:Nakato Sarah Ssempijja}}   Age 29   NIN {{OTHER_ID:CF94021044187K}}
Residence: {{LOCATION:Plot 14, Kisenyi Lane}}, {{LOCATION:Kawempe Division}}; LC1 chairman Mr {{NAME:Kizito}}
Admitted {{DATE:1/11/2025}}; discharged {{DATE:6/11/2025}}. Ward 5C (Maternity).
Dx: postpartum haemorrhage after SVD (EBL 1,400 mL), uterine atony; oxytocin, TXA, 2 units blood. Baby girl {{NAME:Namukasa}}, 3.1 kg, well.
Husband {{NAME:Ssempijja Joseph}} tel {{PHONE:+256 772 555 014}}. Hospital bill account {{ACCOUNT:MNRH-BL-884172}}.
Review: {{LOCATION:Kawempe National Referral Hospital}} postnatal clinic {{DATE:13/11/2025}}.
Medical officer Dr. {{NAME:Okello Patrick}}, UMDPC {{LICENSE:UMDPC-22187}}.
` },
{ id: 'h9-039', kind: 'Argentina clinical summary', text: `
RESUMEN DE HISTORIA CLINICA (English) - {{LOCATION:Hospital Italiano de Buenos Aires}}
Paciente: {{NAME:Ernesto Facundo Lopez Beltran}}   DNI {{OTHER_ID:22.418.907}}   HC {{MRN:HIBA-1047718}}
Obra social: OSDE, afiliado {{HEALTH_PLAN:61 441872 3 01}}   Fecha nac. {{DATE:19/03/1972}}
Domicilio: {{LOCATION:Av. Corrientes 1234, piso 3, depto B}}, {{LOCATION:C1043AAZ}} {{LOCATION:CABA}}
Tel. {{PHONE:011 4555-0147}}, cel. {{PHONE:+54 9 11 5555-0182}}
Evaluated {{DATE:5 de noviembre de 2025}}: type 2 diabetes (HbA1c 8.9%), retinopathy, microalbuminuria 112 mg/g.
Travelling to {{LOCATION:Miami}} for work {{DATE:December 2025}}; letter for insulin pens and needles on the flight.
Passport {{OTHER_ID:AAB447190}}. Pen needles lot 5K2210 (not patient-specific).
Dra. {{NAME:Valeria Giordano}}, MN {{LICENSE:144872}}, e-mail {{EMAIL:vgiordano@example.com.ar}}.
` },
{ id: 'h9-040', kind: 'Wales discharge letter', text: `
{{LOCATION:Ysbyty Glangwili}} / {{LOCATION:Glangwili General Hospital}}, {{LOCATION:Carmarthen}} {{LOCATION:SA31 2AF}}
{{LOCATION:Hywel Dda University Health Board}} - Immediate Discharge Letter
Patient: {{NAME:Gwenllian Haf Prydderch}}  NHS no. {{HEALTH_PLAN:444 718 2290}}  Hosp no. {{MRN:G448172}}  DOB {{DATE:30/01/1935}} (age {{AGE_OVER_89:90}})
Address: {{LOCATION:Bryn Awel}}, {{LOCATION:Heol y Felin}}, {{LOCATION:Llandeilo}} {{LOCATION:SA19 6BT}}
GP: Dr {{NAME:Emyr Pugh}}, {{LOCATION:Meddygfa Teilo}}, tel {{PHONE:01558 555 014}}
Admitted {{DATE:09/11/2025}} via WAST after fall; discharged {{DATE:14/11/2025}}. Welsh speaker; grandchildren call her Nain.
Dx: UTI with delirium; AKI stage 1. Co-amoxiclav completed. MMSE not done (Welsh version requested).
Son {{NAME:Dafydd Prydderch}} {{PHONE:07700 900417}}. Care package: {{LOCATION:Carmarthenshire}} reablement.
Dr {{NAME:Siwan Llewelyn}}, FY2, GMC {{LICENSE:7044182}}.
` },
];
