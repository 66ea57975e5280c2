// train11 notes 6: employer, occupational-health, workers' compensation and school correspondence.
export default [
  {
    id: 't11-044',
    kind: 'fitness-for-work note to employer (UK fit note covering letter)',
    text: `
{{LOCATION:Hathersage Road Surgery}}, {{LOCATION:Longsight}}, {{LOCATION:Manchester}} {{LOCATION:M13 0FH}}
{{DATE:24/11/2026}}
To: HR Department, Arriva depot, {{LOCATION:Queens Road}}, {{LOCATION:Cheetham Hill}}
Re: {{NAME:Tariq Mahmood Qureshi}}, employee no. {{OTHER_ID:E0044718}}, bus driver
Mr {{NAME:Qureshi}} has had two episodes of syncope (on {{DATE:2 November}} and {{DATE:16 November}}) and has been told not to drive, as
the DVLA rules require; his licence ({{LICENSE:QURES707159TM9LK}}) is surrendered until cardiology at {{LOCATION:Manchester Royal Infirmary}}
completes the implantable loop recorder review (Reveal LINQ, serial {{DEVICE:RLA447120S}}). He may do depot duties that do not involve
driving. Please contact his union rep, {{NAME:Bernadette Kinsella}}, if a meeting is arranged. Dr {{NAME:Halima Yusuf-Brennan}}
`,
  },
  {
    id: 't11-045',
    kind: 'workers compensation adjuster letter (US)',
    text: `
Keystone Mutual Casualty - Workers' Compensation Claims
{{LOCATION:1500 Market St}}, {{LOCATION:Philadelphia}}, PA {{LOCATION:19102}}   Fax {{FAX:215-555-0199}}
{{DATE:November 23, 2026}}
{{NAME:Augustin Ntakirutimana}}
{{LOCATION:5512 Baltimore Ave}}, {{LOCATION:Philadelphia}}, PA {{LOCATION:19143}}
Claim {{OTHER_ID:WC-PA-2026-0447189}}   Date of injury {{DATE:08/19/2026}}   Employer: a food distributor at {{LOCATION:Navy Yard}}
SSN on file: ***-**-{{SSN:8821}}
Dear Mr. {{NAME:Ntakirutimana}},
We have received the report of the independent medical examination by {{NAME:Harold J. Wexley}}, MD, at {{LOCATION:Bryn Mawr}} on
{{DATE:November 6}}, finding maximum medical improvement for the right shoulder. Your treating surgeon, Dr. {{NAME:Chiamaka Onuoha}}
({{LOCATION:Rothman Orthopaedics}}), disagrees. Your attorney, {{NAME:Fiona Gallagher-Ruiz}}, Esq., has been copied. Kinyarwanda and
French interpretation can be arranged; call your adjuster, {{NAME:Brett Kowalski}}, at {{PHONE:215-555-0198}} or {{EMAIL:bkowalski@example-kmc.com}}.
`,
  },
  {
    id: 't11-046',
    kind: 'occupational health pre-placement report (Norway, in English)',
    text: `
Bedriftshelsetjeneste - {{LOCATION:Stavanger}} office, {{LOCATION:Forusbeen 35}}, {{LOCATION:4033 Stavanger}}
Report to employer, {{DATE:19.11.2026}}
Employee: {{NAME:Sigrid Aasland-Okonjo}}, born {{DATE:04.05.1988}}, fodselsnummer {{OTHER_ID:04058800417}}
Position: process technician offshore, platform in the North Sea (helicopter from {{LOCATION:Sola}})
Conclusion: fit, with hearing protection required; audiogram shows a 30 dB notch at 4 kHz left. Survival course (HUET) not
contraindicated. Follow-up with occupational physician Dr. {{NAME:Eirik Haugen-Solberg}} in {{DATE:May 2027}}.
The employee's GP is Dr. {{NAME:Linnea Vik}}, {{LOCATION:Madla Legesenter}}, {{LOCATION:Hafrsfjord}}.
Note to the employer: the diagnosis is not disclosed; only the functional conclusion is given. The employee has consented
to this report on {{DATE:18.11.2026}}. Vaccinations: hepatitis A/B complete. Emergency contact: her husband {{NAME:Chukwuemeka Okonjo}},
{{PHONE:+47 555 01 447}}, living in {{LOCATION:Sandnes}}. Report written by nurse {{NAME:Ingvild Rasmussen}}.
`,
  },
  {
    id: 't11-047',
    kind: 'school health care plan letter from paediatric diabetes nurse',
    text: `
{{LOCATION:Birmingham Children's Hospital}} - Diabetes Team, {{LOCATION:Steelhouse Lane}}, {{LOCATION:Birmingham}} {{LOCATION:B4 6NH}}
{{DATE:20 November 2026}}
To: Mr {{NAME:Oliver Tait}}, Headteacher, {{LOCATION:Nansen Primary School}}, {{LOCATION:Naseby Road}}, {{LOCATION:Alum Rock}}
Re: {{NAME:Zainab Hussain}}, Year 5, DOB {{DATE:14/01/2016}}, hospital no. {{MRN:RQ3-4471902}}
{{NAME:Zainab}} started an Omnipod 5 insulin pump (pod PDM serial {{DEVICE:PDM5-0044172-GB}}) with a Dexcom G6 sensor on {{DATE:6 November}}.
Her class teacher, Miss {{NAME:Grace Adjei}}, and teaching assistant {{NAME:Hope Okwuosa}} have been trained. Please let her carry glucose
tablets and use her phone to read the sensor. Parents: {{NAME:Imran Hussain}} ({{PHONE:07700 900512}}) and {{NAME:Rukhsar Bibi}}.
She will attend the swimming lessons at {{LOCATION:Saltley}} leisure centre with a nurse-approved plan.
{{NAME:Jennifer Obasi-Lowe}}, Paediatric Diabetes Specialist Nurse
`,
  },
  {
    id: 't11-048',
    kind: 'IEP meeting notice with medical input (US school district)',
    text: `
{{LOCATION:Albuquerque}} Public Schools - Special Education
{{LOCATION:Painted Sky Elementary}}, {{LOCATION:3901 Tierra Antigua Dr NW}}, {{LOCATION:Albuquerque}}, NM {{LOCATION:87120}}
PRIOR WRITTEN NOTICE   Student: {{NAME:Santiago Chavez-Begay}}   Student ID {{OTHER_ID:970044128}}   Grade 2
Meeting held {{DATE:11/18/2026}}. Participants: parent {{NAME:Carmen Chavez}}, grandparent {{NAME:Harrison Begay}}, teacher Ms. {{NAME:Autumn Lightfoot}},
SLP {{NAME:Dolores Archuleta}}, school nurse {{NAME:Phoebe Nakai}}, RN; outside evaluator Dr. {{NAME:Rafael Baca}} ({{LOCATION:UNM Children's Hospital}}).
Action: add seizure action plan (VNS magnet, device {{DEVICE:VNS-106-44172}}); transport by district bus with aide.
Health history summarised by the nurse: focal seizures since age 4, on levetiracetam 250 mg bid and a VNS implanted at {{LOCATION:UNM Hospital}}
on {{DATE:04/22/2025}}. Emergency plan: swipe magnet, time the seizure, call 911 and the parent at {{PHONE:505-555-0162}} if over 5 minutes.
Bus aide {{NAME:Lorenzo Ortiz}} trained {{DATE:11/20}}. Parent's consent to share with {{LOCATION:Kirtland AFB}} youth programme signed.
`,
  },
  {
    id: 't11-049',
    kind: 'employer accommodation request and HR reply (e-mail chain)',
    text: `
From: {{NAME:Priscilla Mwangi-Odhiambo}} <{{EMAIL:p.mwangi@example-logistics.co.ke}}>
To: HR {{LOCATION:Nairobi}} <hr.nbi@example-logistics.co.ke>
Sent: Wednesday, {{DATE:18 November 2026}} 09:12
Subject: Request for adjusted duties - {{NAME:Wanjiru Kamau}}

Dear {{NAME:Otieno}},
Following her surgery at {{LOCATION:Aga Khan University Hospital}} on {{DATE:2 October}}, our warehouse supervisor {{NAME:Wanjiru Kamau}}
(staff no. {{OTHER_ID:KE-1144702}}) brings a letter from Dr {{NAME:Abdullahi Hassan Noor}} advising no lifting over 5 kg until
{{DATE:15 January 2027}}. She lives in {{LOCATION:Kitengela}} and asks to work from the {{LOCATION:Mombasa Road}} office rather than the
{{LOCATION:Athi River}} site. NHIF/SHA member no. {{HEALTH_PLAN:SHA-44170298}} for the sick-leave claim.
Regards, {{NAME:Priscilla}}

> Reply from {{NAME:Kevin Otieno Ouma}}, {{DATE:18/11/2026}} 14:40: approved for 8 weeks. Payroll ({{NAME:Faith Chebet}}) will keep
> her M-Pesa salary number {{ACCOUNT:0722 555 104}} unchanged. Please file the doctor's letter, not a photo on WhatsApp.
`,
  },
  {
    id: 't11-050',
    kind: 'school absence letter and attendance officer reply (Philippines/Canada)',
    text: `
{{DATE:November 16, 2026}}
Principal {{NAME:Rosalinda Macaraeg}}
{{LOCATION:St. Francis Xavier Catholic Secondary School}}, {{LOCATION:Mississauga}}
Dear Mrs. {{NAME:Macaraeg}},
Please excuse my daughter {{NAME:Jasmine Faith Dimagiba}} (Grade 10, homeroom 10C) who was absent {{DATE:Nov 2}} to {{DATE:Nov 13}}.
We flew to {{LOCATION:Iloilo City}} because her lola, {{NAME:Consolacion Dimagiba}}, {{AGE_OVER_89:99}}, was confined at
{{LOCATION:Western Visayas Medical Center}} and passed away. The wake was held in {{LOCATION:Jaro}}. I attach the death certificate and the
boarding passes. You can call me at {{PHONE:647-555-0155}}. Thank you po.
{{NAME:Ma. Teresa "Tess" Dimagiba}}

Reply ({{DATE:Nov 17}}): Excused. Condolences. - {{NAME:R. Macaraeg}}; copied guidance counsellor {{NAME:Ahmed El-Sayed}}.
`,
  },
  {
    id: 't11-051',
    kind: 'return-to-work clearance after occupational exposure (hospital staff)',
    text: `
EMPLOYEE HEALTH - RETURN TO WORK
Employee: {{NAME:Nkechi Obiora-Lindgren}}, RN   Badge {{OTHER_ID:77104}}   Unit: 5 West, {{LOCATION:Sinai Hospital of Baltimore}}
Exposure: needlestick {{DATE:10/28/2026}}, source patient MRN {{MRN:SH01447712}} (HIV Ag/Ab neg, HCV RNA neg).
PEP stopped {{DATE:10/30}}. Cleared to return {{DATE:11/02/2026}} without restriction. Badge access re-enabled; palm-vein template
{{BIOMETRIC:PV-SH-0044718}} re-enrolled at the staff entrance on {{LOCATION:Belvedere Ave}} because the old one failed.
Seen by {{NAME:Tobias Friedlander}}, CRNP. Manager {{NAME:Deborah Lyle-Harcourt}} notified by e-mail.
Prior exposures: none. Hepatitis B surface antibody 212 mIU/mL (immune). Tdap up to date. The source patient's attending,
Dr. {{NAME:Kofi Amponsah}}, consented the source testing on {{DATE:10/28}}. Follow-up HIV test offered at 6 weeks ({{DATE:12/09/2026}}) and
12 weeks; employee declined counselling at the EAP in {{LOCATION:Towson}}. Her husband, {{NAME:Anders Lindgren}}, was informed at her request.
`,
  },
  {
    id: 't11-052',
    kind: 'university disability services accommodation letter',
    text: `
Student Accessibility Services, {{LOCATION:University of Auckland}}, {{LOCATION:Kate Edger Information Commons}}, {{LOCATION:Auckland}}
{{DATE:21 November 2026}}
To the examiners, Faculty of Engineering
Student: {{NAME:Losaline Fonua}}   ID {{OTHER_ID:774412096}}
Ms {{NAME:Fonua}} has a documented condition (letter from Dr {{NAME:Sefa Leavasa}}, {{LOCATION:Otara Family and Christian Health Centre}},
dated {{DATE:3/11/2026}}) and is entitled to 25% extra time, a separate room, and rest breaks in the exams of {{DATE:December 2026}}.
She lives with her grandmother in {{LOCATION:Mangere East}} and travels by bus from {{LOCATION:Otahuhu}}; early morning papers are hard.
Adviser: {{NAME:Hinemoa Paewai}}, {{PHONE:09 555 0172}}, {{EMAIL:sas-adviser@example.ac.nz}}
The student's identity was verified at enrolment with a photo ({{PHOTO:UOA_ID_774412096.jpg}}). Exam venue: {{LOCATION:Recreation Centre}} room B,
{{LOCATION:Symonds Street}}. Any change to be e-mailed to her and to her support person, Mrs {{NAME:Mele Fonua}}.
`,
  },
  {
    id: 't11-053',
    kind: 'letter to employer disputing a pre-employment medical refusal (Ireland)',
    text: `
{{DATE:25 November 2026}}
Ms {{NAME:Orla Fitzgerald}}, People and Culture Manager, a pharmaceutical plant at {{LOCATION:Ringaskiddy}}, Co. {{LOCATION:Cork}}
Re: conditional job offer to {{NAME:Darragh O'Mahony-Nwosu}}, candidate ref {{OTHER_ID:RC-26-11047}}
Dear Ms {{NAME:Fitzgerald}},
I am the GP of Mr {{NAME:O'Mahony-Nwosu}} at {{LOCATION:Ballincollig Medical Centre}}. Your occupational physician, Dr {{NAME:Ruairi Coakley}},
declined clearance because of his epilepsy. He has been seizure-free since {{DATE:March 2023}} on lamotrigine 150 mg bd, holds a
full driving licence ({{LICENSE:224417707}}), and was reviewed by the neurologist Dr {{NAME:Siobhan Ni Cheallaigh}} at {{LOCATION:Cork University Hospital}}
on {{DATE:12 September 2026}}. I ask that the decision be reviewed under the Employment Equality Acts. His mother, Mrs {{NAME:Ngozi O'Mahony}},
may call on his behalf ({{PHONE:021 555 0193}}).
Dr {{NAME:Ailbhe Twomey}}, MICGP, IMC {{LICENSE:408812}}
`,
  },
  {
    id: 't11-054',
    kind: 'apprenticeship sponsor medical form with fingerprint enrolment (UAE)',
    text: `
Residence visa medical fitness - employer copy
Applicant: {{NAME:Mohammed Shafiq Rahmatullah}}   Passport {{OTHER_ID:P44170298}}   Nationality: Pakistani
Sponsor: a contracting company, camp at {{LOCATION:Al Quoz Industrial Area 4}}, {{LOCATION:Dubai}}
Screening centre: {{LOCATION:Al Karama Medical Fitness Centre}}, {{DATE:17/11/2026}}
Results: chest X-ray ({{PHOTO:CXR_MSR_17112026.png}}) clear; HIV, HBsAg, syphilis negative. FIT.
Biometrics captured for Emirates ID: fingerprint set {{BIOMETRIC:FP-ICP-4417720}}, face image {{PHOTO:EID_FACE_4417720.jpg}}.
Camp boss {{NAME:Gurpreet "Happy" Singh}} to collect the result; driver {{NAME:Anwar Hossain}} brings the workers by bus (Dubai plate {{VEHICLE:K 44172}}).
Contact {{PHONE:+971 4 555 0148}}. Verified by Dr. {{NAME:Reem Al Marzouqi}}.
`,
  },
];
