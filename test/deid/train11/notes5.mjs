// train11 notes 5: housing, benefits, disability and immigration-support letters.
export default [
  {
    id: 't11-035',
    kind: 'GP letter supporting housing transfer (UK)',
    text: `
{{LOCATION:Bromley-by-Bow Health Centre}}, {{LOCATION:St Leonard's Street}}, {{LOCATION:London}} {{LOCATION:E3 3BT}}
Tel {{PHONE:020 7946 0715}}
{{DATE:23 November 2026}}

Housing Options, {{LOCATION:Tower Hamlets}} Council, {{LOCATION:160 Whitechapel Road}}, {{LOCATION:London}} {{LOCATION:E1 1BJ}}
Housing register ref: {{OTHER_ID:HR/2019/883104}}

To whom it may concern,
Re: Ms {{NAME:Shirin Begum Chowdhury}}, DOB {{DATE:11/07/1979}}, of {{LOCATION:Flat 41, Brokesley House}}, {{LOCATION:Devons Road}}, {{LOCATION:Bow}}
Ms {{NAME:Chowdhury}} lives on the fourth floor with no lift with her son {{NAME:Rayhan}} (14), who has Duchenne muscular dystrophy
and now uses a power chair full-time (Quickie Q500, serial {{DEVICE:QK5-224471-UK}}). The lift in the block has been out of order
since the summer; he has missed school at {{LOCATION:Langdon Park School}} for weeks. He is under Dr
{{NAME:Olumide Fashola}} at {{LOCATION:Great Ormond Street Hospital}}. I support an urgent medical priority for a ground-floor,
wheelchair-accessible home within reach of {{LOCATION:Poplar}} or {{LOCATION:Limehouse}}, where her mother, Mrs {{NAME:Anwara Khatun}}, lives.
Yours sincerely,
Dr {{NAME:Eleanor Whitcombe-Asare}}, GP partner, GMC {{LICENSE:7014412}}
`,
  },
  {
    id: 't11-036',
    kind: 'SSDI disability claim, treating-source statement (US)',
    text: `
TREATING SOURCE STATEMENT - PHYSICAL   (for Social Security Administration)
Claimant: {{NAME:Jerome Tecumseh Harjo}}   SSN {{SSN:000-41-7729}}   DOB {{DATE:09/30/1969}}
Address: {{LOCATION:Route 2 Box 118}}, {{LOCATION:Okmulgee}}, OK {{LOCATION:74447}}
Source: {{NAME:Naomi Fixico}}, APRN-CNP, {{LOCATION:Muscogee (Creek) Nation Medical Center}}, {{LOCATION:Okmulgee}}; phone {{PHONE:918-555-0112}}
Dates of treatment: {{DATE:March 2021}} to present; last seen {{DATE:November 13, 2026}}.
Diagnoses: lumbar spinal stenosis with L4-5 laminectomy ({{DATE:02/2023}}), type 2 diabetes with neuropathy, COPD (FEV1 48%).
Can lift 10 lb occasionally; stand/walk under 2 hours in an 8-hour day; needs a cane (prescribed {{DATE:6/1/2024}}). Will be
off task more than 25% of the day. Mr. {{NAME:Harjo}} worked as a roughneck near {{LOCATION:Henryetta}} until {{DATE:April 2022}}.
His wife, {{NAME:Wanda Harjo}}, drives him to visits. DDS claim no. {{OTHER_ID:DDS-OK-26-0417733}}.
Signed {{NAME:N. Fixico}}, APRN-CNP    {{DATE:11/20/2026}}
`,
  },
  {
    id: 't11-037',
    kind: 'PIP mandatory reconsideration letter (UK)',
    text: `
{{NAME:Kelechi Nwachukwu-Parr}}
{{LOCATION:27 Ashgrove Crescent}}, {{LOCATION:Kingsthorpe}}, {{LOCATION:Northampton}} {{LOCATION:NN2 6QX}}
National Insurance number: {{OTHER_ID:QQ 12 34 56 C}}
{{DATE:21 November 2026}}

DWP PIP 2, Mail Handling Site A, {{LOCATION:Wolverhampton}} {{LOCATION:WV98 2AH}}

Dear Sir or Madam,
I am asking for a mandatory reconsideration of the decision dated {{DATE:29 October 2026}} that awarded me 4 points for daily living
and 0 for mobility. The assessor, Mr {{NAME:P. Stanislawski}}, saw me for 35 minutes at the {{LOCATION:Northampton}} assessment centre on
{{DATE:7 October}} and wrote that I "walked without difficulty". I used two crutches and my partner, {{NAME:Joy Amadi}}, had to help me
up the step. My consultant, Mr {{NAME:Rohan Bhattacharjee}} at {{LOCATION:Northampton General Hospital}}, and my physiotherapist,
{{NAME:Sinead Dorsey}}, have written letters (enclosed). I also enclose my pain diary from {{DATE:September}} to {{DATE:November 2026}}.
Please phone me on {{PHONE:07700 900417}} if you need anything; I am deaf in one ear, so text first.
Yours faithfully, {{NAME:Kelechi Nwachukwu-Parr}}
`,
  },
  {
    id: 't11-038',
    kind: 'eviction defence letter from tenant advocate (US)',
    text: `
Legal Aid of the Mid-South, {{LOCATION:200 Jefferson Ave}}, {{LOCATION:Suite 1100}}, {{LOCATION:Memphis}}, TN {{LOCATION:38103}}
{{DATE:November 24, 2026}}
VIA EMAIL: {{EMAIL:leasing@example-properties.com}}
{{LOCATION:Riverbend Terrace Apartments}}, attn. property manager {{NAME:Courtney Blalock}}
Re: Tenant {{NAME:Latrice Odom-Washington}}, {{LOCATION:4410 Riverbend Terrace Dr}}, {{LOCATION:Unit 208}}, {{LOCATION:Memphis}}, TN {{LOCATION:38116}}
Detainer warrant {{OTHER_ID:1967024}} ({{LOCATION:Shelby County General Sessions Court}})

Ms. {{NAME:Odom-Washington}} is a person with a disability. Her son, {{NAME:Marquis}}, uses a home ventilator (Trilogy Evo, serial
{{DEVICE:TV026114587}}) and an oxygen concentrator; loss of power or housing would endanger his life, as his pulmonologist, Dr.
{{NAME:Amara Eze-Collins}} of {{LOCATION:Le Bonheur Children's Hospital}}, confirms in the enclosed letter. We request a reasonable
accommodation: a repayment plan for the arrears ($2,140) and a stay of the hearing set for {{DATE:December 2}}. Emergency rental
assistance application {{OTHER_ID:ERA-SC-26-88120}} is pending with {{LOCATION:Shelby County}}.
{{NAME:Dmitri Volkonsky}}, Staff Attorney, TN BPR {{LICENSE:031447}}, {{PHONE:901-555-0166}}
`,
  },
  {
    id: 't11-039',
    kind: 'Centrelink medical certificate (Australia)',
    text: `
Medical Certificate SU415 - supporting details
Customer: {{NAME:Tuan Anh Tran}}   CRN {{OTHER_ID:204 417 778K}}   Medicare {{HEALTH_PLAN:2953 41770 1}}
Address: {{LOCATION:5/22 Canley Vale Road}}, {{LOCATION:Canley Heights}} NSW {{LOCATION:2166}}
Doctor: Dr {{NAME:Mai Lan Vo}}, {{LOCATION:Fairfield Medical Centre}}, provider no. {{OTHER_ID:2447816J}}, phone {{PHONE:02 5550 1184}}
Condition: major depressive episode after workplace injury at a warehouse in {{LOCATION:Wetherill Park}} on {{DATE:3 June 2026}};
lumbar disc protrusion L5/S1. Unfit for work from {{DATE:20/11/2026}} to {{DATE:19/02/2027}}. Treating psychologist: {{NAME:Yael Rosenzweig}},
{{LOCATION:Liverpool}}. Interpreter (Vietnamese) used: {{NAME:Hoang Minh Chau}}, TIS booking {{OTHER_ID:TIS-26-7741902}}.
Centrelink service officer note ({{DATE:25/11/2026}}): certificate received via app from {{IP:203.0.113.91}}; identity confirmed by
voice biometrics (voiceprint ID {{BIOMETRIC:VP-CL-0044177}}). Partner {{NAME:Thi Hong Nhung Le}} is his nominee; letters to {{LOCATION:Cabramatta}} office.
`,
  },
  {
    id: 't11-040',
    kind: 'asylum support letter (UK, section 95)',
    text: `
{{DATE:18 November 2026}}
To: Migrant Help / Home Office Asylum Support, {{LOCATION:Croydon}}
Re: Mr {{NAME:Yonas Tesfamariam Gebremedhin}}, HO ref {{OTHER_ID:T1144702}}, port ref {{OTHER_ID:DVR/11417/26}}
Current address: {{LOCATION:Room 3, Stuart House}}, {{LOCATION:Victoria Road}}, {{LOCATION:Middlesbrough}} {{LOCATION:TS1 3QS}}
I am Mr {{NAME:Gebremedhin}}'s GP at {{LOCATION:Linthorpe Surgery}}. He has type 1 diabetes and PTSD; he needs a fridge for insulin and
cannot share a room. He was moved from the {{LOCATION:Crowne Plaza}} hotel in {{LOCATION:Stockton-on-Tees}} on {{DATE:1 October}} without
his medicines. His cousin, {{NAME:Senait Haile}}, in {{LOCATION:Leeds}}, has offered a room at {{LOCATION:19 Harehills Lane}}. Tigrinya interpreter
{{NAME:Dawit Alemu}} attended our last consultation. Please consider a dispersal to {{LOCATION:Leeds}} on medical grounds.
Dr {{NAME:Chiara Bellandi}}, GMC {{LICENSE:7201448}}, {{PHONE:01642 496 0218}}
`,
  },
  {
    id: 't11-041',
    kind: 'utility shut-off protection certificate',
    text: `
MEDICAL CERTIFICATION TO PREVENT TERMINATION OF UTILITY SERVICE
Utility: Commonwealth Edison   Account number {{ACCOUNT:0417-7729-1180}}
Account holder: {{NAME:Ofelia Ramirez de Guzman}}   Service address {{LOCATION:3219 W 26th St}}, {{LOCATION:Chicago}}, IL {{LOCATION:60623}} ({{LOCATION:Little Village}})
Resident with medical condition: {{NAME:Ignacio Guzman Ramirez}}, age 71, home oxygen and nebulizer, CPAP (ResMed AirSense 11, serial {{DEVICE:23181144702}})
Certifying physician: {{NAME:Sunita Kaur Dhillon}}, MD, IL licence {{LICENSE:036.144702}}, {{LOCATION:Esperanza Health Centers}}, {{PHONE:773-555-0129}}
Certification period: {{DATE:11/25/2026}} - {{DATE:12/25/2026}} (renewable). Spanish-language copy mailed.
Utility call log: {{DATE:11/25/2026}} 15:02 agent {{NAME:Keisha Brandt}} received the form by fax from {{FAX:773-555-0130}}; disconnection order
{{OTHER_ID:DO-26-0441772}} cancelled. Customer asked for the Spanish-speaking line. Payment plan offered; LIHEAP application via
{{LOCATION:Pilsen}} office of the community action agency. Online copy: https://{{URL:myaccount.example-utility.com/med-cert/0417772911}}.
`,
  },
  {
    id: 't11-042',
    kind: 'social housing adaptation OT report (Scotland)',
    text: `
{{LOCATION:Glasgow}} Health and Social Care Partnership - Occupational Therapy
Home assessment {{DATE:17/11/2026}} at {{LOCATION:2/1, 88 Dumbarton Road}}, {{LOCATION:Partick}}, {{LOCATION:Glasgow}} {{LOCATION:G11 6NX}}
Client: {{NAME:Morag McIlwraith}}, CHI {{OTHER_ID:0704485512}}   Landlord: {{LOCATION:Partick}} Housing Association, officer {{NAME:Ewan Gillespie}}
Recommendation: level-access shower, stair-lift not possible (tenement common close). Rehousing to ground floor advised.
Mrs {{NAME:McIlwraith}} (71) cares for her husband {{NAME:Alasdair}} ({{AGE_OVER_89:90}}), who attends {{LOCATION:Gartnavel General Hospital}} day unit.
Grand-daughter {{NAME:Kirsty-Ann Docherty}} in {{LOCATION:Clydebank}} helps weekly. OT: {{NAME:Farah Siddiqui}}, HCPC {{LICENSE:OT71447}}.
Follow-up: referral to {{LOCATION:Glasgow}} City Council housing ({{OTHER_ID:HSG-G-26-44170}}), priority "medical A". Temporary measures: bath board,
perching stool, key safe. Mr {{NAME:McIlwraith}}'s wheelchair (Invacare Action 3, serial {{DEVICE:IA3-0441772-G}}) does not fit through the
bathroom door. Next visit {{DATE:8 December 2026}}.
`,
  },
  {
    id: 't11-043',
    kind: 'benefits portal message (Canada, ODSP)',
    text: `
Secure message - MyBenefits   {{DATE:2026-11-22}} 19:04   from IP {{IP:198.51.100.47}}
ODSP member ID {{OTHER_ID:811 447 029}}
Hi Ms. {{NAME:Abernathy-Osei}},
I am writing for my brother {{NAME:Arjun Raghunathan}} because he can't use the computer since his stroke. He was discharged
from {{LOCATION:Hamilton General Hospital}} to {{LOCATION:Regina Gardens}} long-term care in {{LOCATION:Stoney Creek}} on {{DATE:October 30}}.
The worker who came on {{DATE:Nov 12}}, {{NAME:Bronwyn}}, said his shelter allowance stops because he moved. Can you send the
forms to me at {{LOCATION:61 Locke St S}}, {{LOCATION:Hamilton}} ON {{LOCATION:L8P 4A5}}, or e-mail {{EMAIL:r.raghunathan@example.ca}}?
His doctor is Dr. {{NAME:Adaeze Obi}}. My number is {{PHONE:905-555-0134}}. Thank you, {{NAME:Meenakshi Raghunathan-Clarke}}
`,
  },
];
