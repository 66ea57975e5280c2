// train12 notes 3: Egypt, Jordan, Lebanon, Iran, Turkey: discharge summaries, referral and clinic letters, an
// operation note, a transfer note; triple Arabic names, Persian and Turkish names, building/floor/street addresses.
export default [
  {
    id: 't12-019',
    kind: 'discharge summary (Egypt, university hospital)',
    text: `
{{LOCATION:Kasr Al Ainy Hospital}}, {{LOCATION:Cairo University}} - Internal Medicine Dept., Ward 9
DISCHARGE REPORT
Patient: {{NAME:Mahmoud Abdel-Rahman Sayed El-Shazly}}     File No.: {{MRN:KA-1446-220931}}
National ID: {{OTHER_ID:26805551201437}}     Age: 57
Address: {{LOCATION:12 Shaarawy Street}}, off {{LOCATION:Gameat El Dowal El Arabeya}}, {{LOCATION:Mohandessin}}, {{LOCATION:Giza}}, 3rd floor, flat 8
Admission {{DATE:2/9/2025}}, discharge {{DATE:11/9/2025}}.
Diagnosis: Decompensated HCV-related cirrhosis (Child-Pugh C), SBP, hepatic encephalopathy grade II.
He had been treated with sofosbuvir/daclatasvir in 2017 under the national programme; SVR documented.
Ascitic fluid PMN 620; cultures grew E. coli. Treated with Cefotaxime, albumin, lactulose, rifaximin.
Follow up at {{LOCATION:National Hepatology and Tropical Medicine Research Institute}} with Dr. {{NAME:Hoda Mostafa Kamel}}.
Son: {{NAME:Karim Mahmoud}}, mobile {{PHONE:+20 100 555 3094}}.
Resident: Dr. {{NAME:Omar Ashraf Fawzy}}; Lecturer: Dr. {{NAME:Rania El-Sherbiny}}
Also seen by Dr. {{NAME:Abeer Youssef}} (ICU) and pharmacist {{NAME:Mina Guirguis}}. His wife {{NAME:Samia}} and daughter {{NAME:Nourhan}} were counselled.
`,
  },
  {
    id: 't12-020',
    kind: 'referral letter (Jordan, refugee camp clinic)',
    text: `
{{LOCATION:Zaatari Camp}}, {{LOCATION:District 6}} - {{LOCATION:IMC Clinic}}
{{DATE:17/01/2025}}

To: Paediatric Cardiology, {{LOCATION:King Hussein Medical Center}}, {{LOCATION:Amman}}

Dear Colleague,
We refer {{NAME:Lana}}, daughter of {{NAME:Khaled Al-Hariri}}, 4 years, UNHCR case number {{OTHER_ID:555-25C01932}},
living in District {{LOCATION:6}}, Street {{LOCATION:11}}, caravan {{LOCATION:C-214}}, with a harsh 4/6 pansystolic murmur at the
left sternal edge and failure to thrive (weight 11.2 kg, below 3rd centile). Echo here is not available.
Suspected VSD. She is on Lasix 1 mg/kg BD. The family originates from {{LOCATION:Daraa}} and speaks Arabic only.
Mother: {{NAME:Rasha Al-Masri}}, phone {{PHONE:+962 79 555 0421}}.
Regards, Dr. {{NAME:Yazan Haddad}}, IMC
Camp health volunteer {{NAME:Abu Khalil}} will escort; sisters {{NAME:Sidra}} and {{NAME:Joud}} stay with their aunt {{NAME:Hala Al-Hariri}}.
`,
  },
  {
    id: 't12-021',
    kind: 'operation note (Lebanon, Beirut)',
    text: `
{{LOCATION:Hotel-Dieu de France}}, {{LOCATION:Achrafieh}}, {{LOCATION:Beirut}} - Department of Urology
OPERATIVE REPORT     Date: {{DATE:08/05/2025}}
Patient: {{NAME:Georges Elias Khoury}}, 66 y, MRN {{MRN:HDF-3048812}}
Surgeon: Dr. {{NAME:Antoine Nassar}}  Assistant: Dr. {{NAME:Maya Abi Nader}}  Anaesthesia: Dr. {{NAME:Ziad Saade}}
Procedure: Robot-assisted radical prostatectomy with bilateral pelvic lymph node dissection (da Vinci Xi, system {{DEVICE:SK0417}}).
Indication: Gleason 4+3 adenocarcinoma, PSA 11.4, PI-RADS 5 lesion on MRI from {{LOCATION:Clemenceau Medical Center}}.
Findings: moderately enlarged prostate, no gross extracapsular extension. Nerve sparing on the left side only.
Vesicourethral anastomosis with V-Loc 3-0, Foley 18 Fr, JP drain. EBL 200 mL. No complications.
Home address for discharge letter: {{LOCATION:Rue Sursock}}, {{LOCATION:Immeuble Khoury}}, 2nd floor, {{LOCATION:Achrafieh}}.
Wife {{NAME:Nada}}: {{PHONE:+961 3 555 182}}.
Scrub nurse {{NAME:Rita Gemayel}}; circulating {{NAME:Elie Frangieh}}. Son {{NAME:Charbel Khoury}} informed by Dr. {{NAME:Nassar}} after surgery.
`,
  },
  {
    id: 't12-022',
    kind: 'outpatient letter (Iran, Tehran)',
    text: `
{{LOCATION:Shariati Hospital}}, {{LOCATION:Tehran University of Medical Sciences}} - Rheumatology Clinic
Date: {{DATE:20 July 2025}} ({{DATE:29 Tir 1404}})

Dear Dr. {{NAME:Hosseini}},
Re: Ms. {{NAME:Fatemeh Zahra Ahmadi-Moghaddam}}, 31, father's name {{NAME:Gholamreza}}, national code {{OTHER_ID:0555129384}}
Address: {{LOCATION:Tehran}}, {{LOCATION:Sattarkhan St.}}, {{LOCATION:Habibollahi Alley}}, No. {{LOCATION:14}}, Unit {{LOCATION:3}}, postal code {{LOCATION:14579-55581}}
She has SLE with class IV lupus nephritis (biopsy at {{LOCATION:Labbafinejad Hospital}}), on mycophenolate 1 g BD and
hydroxychloroquine 200 mg daily. Anti-dsDNA falling, C3 normalised. Proteinuria 0.6 g/day.
Her insurance is Tamin Ejtemaei, booklet no. {{HEALTH_PLAN:TE-5550913284}}. She moved to {{LOCATION:Karaj}} last month.
Kind regards, Dr. {{NAME:Mehrdad Rahimi-Nejad}}, MD
cc: Dr. {{NAME:Ali Akbar Shirazi}} (nephrology). Her mother {{NAME:Maryam Ahmadi}} and husband {{NAME:Amir Hossein Tehrani}} attended; brother {{NAME:Mohsen}} lives in Germany.
`,
  },
  {
    id: 't12-023',
    kind: 'epikriz / discharge summary (Turkey, state hospital, in English)',
    text: `
T.C. Saglik Bakanligi {{LOCATION:Ankara Bilkent Sehir Hastanesi}} - Chest Diseases Clinic
EPICRISIS
Patient: {{NAME:YILMAZ, Ayse Nur}}     Protocol No: {{MRN:2025-0918834}}     TC Kimlik No: {{OTHER_ID:10555293846}}
Address: {{LOCATION:Ataturk Mah.}}, {{LOCATION:Gazi Osman Pasa Cad.}} No: {{LOCATION:41/7}}, {{LOCATION:Cankaya}}/{{LOCATION:Ankara}}
Hospitalisation: {{DATE:04.03.2025}} - {{DATE:13.03.2025}}
Diagnosis: COPD exacerbation with type 2 respiratory failure, cor pulmonale.
NIV (BiPAP) for 3 days, device {{DEVICE:ResMed Stellar 150 SN 22181555412}}. Methylprednisolone 40 mg, Tazocin.
Home oxygen concentrator prescribed; SGK approval {{HEALTH_PLAN:SGK-555-7712093}}.
Daughter {{NAME:Elif Yilmaz Demir}}, tel {{PHONE:0532 555 41 07}}, lives in {{LOCATION:Etimesgut}}.
Control in chest polyclinic with Uzm. Dr. {{NAME:Mehmet Ali Ozturk}} on {{DATE:27.03.2025}}.
Team: Uzm. Dr. {{NAME:Hatice Kaya}}, Ars. Gor. Dr. {{NAME:Emre Aydin}}, nurse {{NAME:Fadime}}. Husband {{NAME:Mustafa Yilmaz}} (retired) and son {{NAME:Hasan}} were trained on oxygen use.
`,
  },
  {
    id: 't12-024',
    kind: 'transfer note (Egypt, governorate hospital to specialised centre)',
    text: `
{{LOCATION:Tanta University Hospital}} - Emergency Department
Transfer letter   {{DATE:Thursday 23 October 2025}}, 22:05
Patient: {{NAME:Hanan Saad Abdel-Aziz}}, 44 F, from {{LOCATION:Kafr El-Zayat}}, {{LOCATION:Ezbet El-Gamal}}, beside {{LOCATION:Al-Rahma Mosque}}
Tazkarat (ticket) no. {{OTHER_ID:ED-25-41183}}
To: {{LOCATION:Mansoura Urology and Nephrology Center}} (accepted by Dr. {{NAME:Tarek Salah El-Din}})
Reason: obstructive uropathy with urosepsis; bilateral hydronephrosis on US; creatinine 6.8, K 6.1.
Schistosoma haematobium history in childhood (treated with praziquantel). Given Meropenem 1 g, calcium gluconate,
insulin-dextrose. Urine output 20 mL/h. Ambulance {{VEHICLE:EMS 4471 Gharbia}} with Nurse {{NAME:Samah}}.
Husband: {{NAME:Ibrahim Fathy}}, {{PHONE:012 555 09931}}.
Registrar: Dr. {{NAME:Mohamed Adel Hegazy}}. Nurses: {{NAME:Amal}}, {{NAME:Nagwa Ibrahim}}. Her brother {{NAME:Sayed Abdel-Aziz}} signed the transfer consent.
`,
  },
  {
    id: 't12-025',
    kind: 'clinic letter (Jordan, private, e-mail copy)',
    text: `
{{LOCATION:Jordan Hospital}}, {{LOCATION:Queen Noor Street}}, {{LOCATION:Shmeisani}}, {{LOCATION:Amman}} - Endocrine Clinic
{{DATE:3 June 2025}}
Patient: Mr. {{NAME:Suleiman Odeh Al-Tarawneh}} (known as {{NAME:Abu Omar}}), {{AGE_OVER_89:91}} years
Visited from {{LOCATION:Karak}} with his son {{NAME:Omar}}. Type 2 diabetes for 40 years, now on Lantus 14 units and Januvia 50 mg.
Two hypoglycaemic episodes last month. HbA1c 6.4%: over-treated for his age. Stopped Amaryl. eGFR 38.
CGM (FreeStyle Libre sensor {{DEVICE:0M00055PK7RT}}) readings shared with the son at {{EMAIL:omar.tarawneh@example.jo}}.
Please phone the clinic on {{PHONE:06 555 3120}} ext 214. Fax {{FAX:06 555 3129}}.
Dr. {{NAME:Dima Qasem}}, Consultant Endocrinologist
Son {{NAME:Omar}} logs in to the Libre app from {{IP:192.0.2.207}}; his wife {{NAME:Ruba Al-Majali}} fills the pill box. Nurse educator: {{NAME:Sawsan Haddadin}}.
`,
  },
  {
    id: 't12-026',
    kind: 'referral note (Iran, provincial health centre)',
    text: `
{{LOCATION:Shahid Beheshti Health Centre}}, {{LOCATION:Kashan}}
Referral slip (Sath 2)   {{DATE:1404/05/12}} = {{DATE:3 August 2025}}
Name: {{NAME:Reza Karimi-Tabar}}, s/o {{NAME:Hassan}}, 67 years, electronic health record no. {{MRN:SIB-5551-8834-21}}
Village: {{LOCATION:Niasar}}, {{LOCATION:Kuche Shahid Rajaee}}, house {{LOCATION:22}}
Referred to: Ophthalmology, {{LOCATION:Matini Hospital}}, {{LOCATION:Kashan}}
Complaint: painless progressive loss of vision right eye, VA CF 1 m; dense mature cataract; IOP 18.
Also known diabetic; fundus view not possible. Family doctor: Dr. {{NAME:Leila Sadeghi}}. Health worker (behvarz): {{NAME:Zohreh Naderi}}.
Salamat insurance no. {{HEALTH_PLAN:5551839270}}. Contact {{PHONE:0913 555 2284}}.
Copy to family physician; reviewed by Dr. {{NAME:Seyed Javad Mousavi}}. Daughter {{NAME:Somayeh Karimi}} will accompany him by bus.
`,
  },
  {
    id: 't12-027',
    kind: 'operation note (Turkey, private hospital, in English for a foreign patient)',
    text: `
{{LOCATION:Acibadem Maslak Hospital}}, {{LOCATION:Sariyer}}, {{LOCATION:Istanbul}} - Orthopaedics
OPERATION NOTE  {{DATE:12 Sep 2025}}
Patient: {{NAME:Oksana Kovalchuk}} (passport {{OTHER_ID:FX5550183}}), 62 F, medical tourist from {{LOCATION:Odesa}}
Surgeon: Op. Dr. {{NAME:Kerem Celik}}; Assistant: Dr. {{NAME:Burak Sahin}}; Anaesthesia: Doc. Dr. {{NAME:Zeynep Arslan}}
Procedure: Left total knee arthroplasty, cemented, medial parapatellar approach, tourniquet 70 min.
Implants: femoral component size 5 lot 2555-88134, tibial tray size 4 SN {{DEVICE:TT4-55501927}}, poly insert 10 mm.
Patella not resurfaced. Tranexamic acid 1 g. Drain none. Stable in flexion and extension.
Interpreter: {{NAME:Olena}}. Hotel for rehab: {{LOCATION:Hilton Maslak}}, room 1204. Coordinator e-mail {{EMAIL:intl.desk@example.com.tr}}.
Physiotherapy: {{NAME:Deniz Korkmaz}}. Patient's husband {{NAME:Viktor Kovalchuk}} and daughter {{NAME:Iryna}} attended the consent discussion.
`,
  },
];
