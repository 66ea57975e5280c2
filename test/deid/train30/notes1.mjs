// train30 notes 1 (Japan): a clinic referral letter (shokaijo), a rural home-visit nursing record, a factory
// occupational-health record for foreign trainees, a travel-insurance letter for a skier, a school health record, a
// nursing-home admission certificate, an evacuation-shelter list, a pacemaker clinic e-mail, a traffic-injury certificate.
export default [
  {
    id: 't30-001',
    kind: 'referral letter (Japan, shokaijo)',
    text: `
SHOKAIJO / REFERRAL LETTER
To: Department of Hepatology, {{LOCATION:Toranomon Hospital}}
Attn: Dr. {{NAME:SAKAGUCHI Ryota}}, Associate Professor
From: {{LOCATION:Kitazawa Naika Clinic}}, {{LOCATION:2-14-7 Kitazawa}}, {{LOCATION:Setagaya-ku}}, {{LOCATION:Tokyo}} {{LOCATION:155-0031}}
Tel {{PHONE:03-5555-0182}}   Fax {{FAX:03-5555-0183}}
Date: {{DATE:Reiwa 6-nen 11-gatsu 8-ka}} ({{DATE:2024.11.08}})

Patient: {{NAME:MORIKAWA Teruko}} (Ms.), born {{DATE:Showa 30-nen 4-gatsu 2-ka}}, 69 years
Address: {{LOCATION:Villa Kitazawa 305}}, {{LOCATION:2-9-11 Kitazawa}}, {{LOCATION:Setagaya-ku}}
Insurance card (symbol-number): {{HEALTH_PLAN:Setagaya-44 5557012}}

Thank you for seeing this lady. She had chronic hepatitis C (genotype 1b), treated with Harvoni in 2017 with SVR.
Ultrasound at our clinic on {{DATE:11/5}} showed a new 14 mm hypoechoic lesion in S6; AFP 28 ng/mL, PIVKA-II 61.
Child-Pugh A5. Please consider contrast CT/EOB-MRI and further management.
Medication: Urso 300 mg tid, Amlodin 5 mg, Takepron OD 15 mg.
Social: lives alone since her husband {{NAME:MORIKAWA Isao}} died in 2021. Her daughter {{NAME:Kanako Bishop}} lives in
{{LOCATION:Bristol}} and calls weekly; her niece {{NAME:TSUCHIYA Mai}} ({{PHONE:090-5555-0147}}) will accompany her.
Hearing is poor on the left; please speak slowly. Japanese only.

Yours sincerely,
{{NAME:KOIZUMI Haruki}}, MD (Director)   Medical licence no. {{LICENSE:455123}}
PS ({{DATE:11/9}}): Ms {{NAME:Morikawa}} asked that results also go to her GP in {{LOCATION:Kamakura}}, Dr. {{NAME:Ishiguro Naoko}}, and
that nothing be discussed with her brother-in-law {{NAME:Morikawa Tetsuo}}. Her friend {{NAME:Hanako Adeyemi}} may phone on her behalf.
She checks in at hospitals with a palm-vein card; her enrolment no. here was {{BIOMETRIC:PV-KNC-0055512}}.
`,
  },
  {
    id: 't30-002',
    kind: 'home-visit nursing record (rural Japan)',
    text: `
HOUMON KANGO KIROKU (home-visit nursing record)
Station: {{LOCATION:Azumino Houmon Kango Station}}, {{LOCATION:Hotaka}}, {{LOCATION:Azumino-shi}}, Nagano Prefecture
Client: {{NAME:KUBOTA Tome}}, {{AGE_OVER_89:94}} yrs, Care Level 4 (yokaigo 4)
Address: {{LOCATION:Oaza Ariake 1123-2}}, {{LOCATION:Aza Miyaki}} (farmhouse behind {{LOCATION:Ariake Shrine}})
LTCI insured no. {{HEALTH_PLAN:H0205557731}}   Care manager: {{NAME:Nishida}} ({{LOCATION:Kokoro Care Plan Center}}) {{PHONE:0263-55-5014}}
Visit: {{DATE:2024.12.03}} 10:10-11:00, nurse {{NAME:HARA Yumiko}}

BP 142/78, P 76 irregular, SpO2 95% RA, T 36.4. Sacral pressure injury DESIGN-R d2-e1s6i0g0n0p0 (7), improving; photo
{{PHOTO:IMG_20241203_kubota_sacrum.jpg}} uploaded. Air mattress working. Ate half of rice porridge. Barthel 15.
Son {{NAME:Kubota Shigeru}} (72) and his wife {{NAME:Sachiko}} do night care; granddaughter {{NAME:Hope Kubota}} (lives in
{{LOCATION:Matsumoto}}) comes Sundays. Dr. {{NAME:IWASAKI}} of {{LOCATION:Hotaka Clinic}} to visit {{DATE:12/10}}.
Next nursing visit {{DATE:2024.12.06}}. Snow expected: son will clear the path from the road.
`,
  },
  {
    id: 't30-003',
    kind: 'occupational health record (factory, foreign trainees)',
    text: `
OCCUPATIONAL HEALTH CHECK - SUMMARY FOR INDUSTRIAL PHYSICIAN
Site: {{LOCATION:Tokai Precision Parts, Kosai Plant}}, {{LOCATION:3810 Washizu}}, {{LOCATION:Kosai-shi}}, Shizuoka Prefecture {{LOCATION:431-0431}}
Checked: {{DATE:2025.02.14}}   Industrial physician: Dr. {{NAME:OGAWA Shin}}   Nurse: {{NAME:Maricel Dumaguete-Ramos}}

1. {{NAME:NGUYEN Thi Thu Ha}} (technical intern, Vietnam), residence card {{OTHER_ID:UH55501234AB}}, dorm {{LOCATION:Washizu Ryo 2F-7}}.
   Hb 10.1, ferritin 6. Refer to {{LOCATION:Kosai Municipal Hospital}} internal medicine. Interpreter {{NAME:Pham Van Long}}.
2. {{NAME:Jerome Dela Paz}} (Philippines), residence card {{OTHER_ID:PH55507788CD}}. Audiogram: 4 kHz dip both ears (press line).
   Hearing protection refit. Wife {{NAME:Jocelyn}} lives in {{LOCATION:Tacloban}}.
3. {{NAME:Bishnu Prasad Adhikari}} (Nepal), card {{OTHER_ID:NP55502219EF}}. BP 158/96 twice. Home BP diary; recheck {{DATE:3/14}}.
4. {{NAME:SUZUKI Takumi}} (line leader), employee no. {{OTHER_ID:TP-05521}}. Night-shift fatigue; Epworth 13.
Organic solvent exam (toluene) within limits for all. Next group check {{DATE:August 2025}}.
Report filed with the labour standards office by {{NAME:Ogawa}}.
Addendum {{DATE:2025.02.20}}: Ms. {{NAME:Nguyen Thi Thu Ha}} started ferrous citrate (Ferromia 50 mg bid).
Supervising organisation staff {{NAME:Ichikawa Jun}} and {{NAME:Tran Quoc Bao}} informed; her roommate {{NAME:Do Thi Hoa}} was also anaemic (Hb 10.8).
`,
  },
  {
    id: 't30-004',
    kind: 'travel-insurance medical letter (ski injury)',
    text: `
{{LOCATION:Kutchan Kosei General Hospital}}
{{LOCATION:Kita 4-jo Higashi 2-chome}}, {{LOCATION:Kutchan-cho}}, {{LOCATION:Abuta-gun}}, Hokkaido {{LOCATION:044-0004}}
Tel {{PHONE:+81 136-55-5020}}   Fax {{FAX:+81 136-55-5021}}

To: Medical Assistance Team, Nordic Travel Assist (fax {{FAX:+358 9 5550 4410}})
Re: {{NAME:Eeva-Liisa Kettunen}}, DOB {{DATE:19.06.1988}}, passport {{OTHER_ID:FP5551203}}, policy {{HEALTH_PLAN:NTA-77-555-0981}}
Date: {{DATE:22 January 2025}}

Ms {{NAME:Kettunen}} fell on a groomed run at {{LOCATION:Niseko Grand Hirafu}} on {{DATE:20 January}} and was brought by
ski patrol. Right tibial plateau fracture (Schatzker II). Images {{PHOTO:XR_KETTUNEN_R_KNEE_01.dcm}} and
{{PHOTO:CT_KETTUNEN_0120.dcm}} enclosed. ORIF planned {{DATE:23 January}} by Dr. {{NAME:YAMAUCHI Kei}}.
She stays with her partner {{NAME:Sigurd Aasland}} at {{LOCATION:Hirafu Lodge Aurora}}, {{LOCATION:Yamada 190-4}}.
Fit to fly after ~10 days with business class leg rest. Enoxaparin 40 mg daily meanwhile. Finnish and English spoken.
Invoice {{ACCOUNT:KKH-25-00417}} will follow. Contact: international office, {{NAME:Aiko Sato-Mensah}},
{{EMAIL:intl.office@kutchan-hp.example.jp}}.
`,
  },
  {
    id: 't30-005',
    kind: 'school health record (elementary school)',
    text: `
SCHOOL HEALTH EXAMINATION RECORD (gakko kenshin)
School: {{LOCATION:Osaka Municipal Sumiyoshi-Higashi Elementary School}}, {{LOCATION:Nagai-higashi 3-chome}}, {{LOCATION:Sumiyoshi-ku}}, {{LOCATION:Osaka}}
Grade 4, class 2. School nurse: {{NAME:FUJIMOTO Nao}}   School doctor: {{NAME:TERADA Kenji}}, MD

Pupil: {{NAME:KANEMOTO Yuna}} (born {{DATE:2015.07.29}})   Guardian: {{NAME:KANEMOTO Min-ji}} (mother), {{PHONE:080-5555-0163}}
Exam {{DATE:2025.05.12}}: height 131.4 cm, weight 27.0 kg, Rohrer 120. Visual acuity R 0.6 / L 0.5 (B/C) - eye clinic advised.
Heart: innocent murmur, no referral. Urine: negative. Scoliosis screen: negative.
Note from mother: {{NAME:Yuna}} has egg allergy (Epipen 0.15 mg kept in nurse room). Uses Korean at home with grandmother
{{NAME:Lee Bok-soon}}. Father {{NAME:KANEMOTO Daisuke}} works in {{LOCATION:Nagoya}} on weekdays.
Referral slip handed to {{LOCATION:Abiko Ganka}} (eye clinic near {{LOCATION:Abiko Station}}).
`,
  },
  {
    id: 't30-006',
    kind: 'nursing-home admission medical certificate',
    text: `
MEDICAL CERTIFICATE FOR ADMISSION - Special Nursing Home {{LOCATION:Seiryo-en}}
{{LOCATION:Izumi-ku}}, {{LOCATION:Sendai}}, Miyagi Prefecture

Applicant: {{NAME:SHIBATA Kane}}, female, {{AGE_OVER_89:91}} years (born {{DATE:Showa 8-nen 9-gatsu 1-nichi}})
Current residence: {{LOCATION:Nankodai 6-21-3}}, {{LOCATION:Izumi-ku}} (with son's family)
Diagnoses: Alzheimer type dementia (HDS-R 9/30), atrial fibrillation (CHADS2 3), osteoporosis s/p right femoral neck
fracture {{DATE:2023.10}}. Infection screen: HBs-Ag neg, HCV-Ab neg, TPHA neg, chest X-ray no active TB, MRSA neg.
Medication: Eliquis 2.5 mg bid, Memary 20 mg, Magmitt 330 mg, Edirol 0.75 ug.
Needs help with bathing, toileting. Walks with frame indoors.
Family: son {{NAME:SHIBATA Noboru}}, {{PHONE:022-555-0119}}; daughter {{NAME:Grace Shibata Ortiz}} in {{LOCATION:Lima}}.
Key person for emergencies: {{NAME:Noboru}}.
Date: {{DATE:2025.03.27}}
{{LOCATION:Izumi Chuo Clinic}}, Dr. {{NAME:ABE Tsutomu}} (seal)
`,
  },
  {
    id: 't30-007',
    kind: 'evacuation-shelter medical list (earthquake)',
    text: `
DMAT / JMAT SHELTER ROUND - {{LOCATION:Wajima City Gymnasium}} (evacuation shelter), {{LOCATION:Wajima}}
{{DATE:2024-nen 1-gatsu 5-ka}}   Team leader: {{NAME:MATSUDA Ren}} (JMAT {{LOCATION:Kanazawa}})   Logistics: {{NAME:Tevita Fifita}}

- {{NAME:DOI Hatsue}} {{AGE_OVER_89:96}}F, from {{LOCATION:Kawai-machi}}. Lost dentures in collapse. BP 176/88. No amlodipine since {{DATE:1/1}}.
  Prescribed 5 mg x7 days. Daughter-in-law {{NAME:Doi Akemi}} with her.
- {{NAME:NAKAYAMA Shoji}} 81M, from {{LOCATION:Monzen-machi}} (house destroyed). Warfarin user, INR unknown. Transfer to
  {{LOCATION:Ishikawa Prefectural Central Hospital}} arranged via ambulance {{VEHICLE:Kanazawa 800 su 55-01}}.
- {{NAME:Ayesha Rahman}} 34F (Bangladeshi, works at {{LOCATION:Wajima fish market}}), 22 weeks pregnant. Obstetric check at
  {{LOCATION:Anamizu General Hospital}} requested. Husband {{NAME:Md. Sohel Rana}}.
- {{NAME:Will Okuma}} 10M, asthma, using Meptin inhaler; mother {{NAME:Okuma Rie}}.
DVT screening: calf ultrasound for 14 people sleeping in cars in the car park. Norovirus: 2 cases isolated to the
dojo room. Report to {{LOCATION:Wajima Health and Welfare Center}}.
`,
  },
  {
    id: 't30-008',
    kind: 'pacemaker clinic e-mail',
    text: `
From: {{EMAIL:pm-clinic@nerima-heart.example.jp}}
To: {{EMAIL:k.otsuka1952@mail.example.ne.jp}}
Date: {{DATE:2025/06/18}} 09:42
Subject: Remote monitoring transmission - {{NAME:OTSUKA Kiyoshi}}-sama

Dear Mr. {{NAME:Otsuka}},
Your home monitor sent a transmission on {{DATE:6/17}} at 02:10 from IP {{IP:203.0.113.54}}. Your pacemaker
(Medtronic Azure XT DR, serial {{DEVICE:RNB555031S}}) is working normally. Battery 9.5 years. Atrial fibrillation
burden 3% (unchanged). No action needed.
Your next clinic visit is {{DATE:2025.09.09}} at 10:30 at {{LOCATION:Nerima Heart Clinic}}, {{LOCATION:Toyotamakita 5-20-4}},
{{LOCATION:Nerima-ku}}. You can check results at {{URL:https://portal.nerima-heart.example.jp/u/otsuka-k}}.
If you feel dizzy or faint, call {{PHONE:03-5555-0170}} (24 h).
Clinical engineer {{NAME:Hoshino Daichi}} / Dr. {{NAME:Chikako Vasquez-Ito}}
`,
  },
  {
    id: 't30-009',
    kind: 'traffic-injury medical certificate (shindansho)',
    text: `
SHINDANSHO (MEDICAL CERTIFICATE) - for police and automobile insurance
Name: {{NAME:IKEDA Souta}}   Born {{DATE:H12.3.8}} (Heisei 12)   Address: {{LOCATION:Hakata Eki-mae 2-1-15-1204}}, {{LOCATION:Hakata-ku}}, {{LOCATION:Fukuoka}}
Diagnosis: cervical sprain, left wrist contusion.
Injury: {{DATE:R7.4.19}}, evening, rear-ended at the {{LOCATION:Gion}} intersection of {{LOCATION:Taihaku-dori}} while stopped in his car
({{VEHICLE:Fukuoka 330 ta 55-21}}). Other vehicle {{VEHICLE:Kitakyushu 500 a 55-77}}, driver {{NAME:Kwame Asante-Owusu}}.
Driver's licence (patient) {{LICENSE:555012345670}}. Police: {{LOCATION:Hakata Police Station}}, accident report {{OTHER_ID:HK-2025-05518}}.
X-ray: no fracture. Spurling negative. Treatment period about 3 weeks expected.
Compulsory insurance claim no. {{ACCOUNT:JCI-555-20417}}.
{{DATE:2025.04.21}}   {{LOCATION:Tenjin Seikei Geka}}, orthopaedics, Dr. {{NAME:MORI Takeshi}}
`,
  },
];
