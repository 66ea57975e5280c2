// heldout6 notes, part 2: occupational, certificates and forms. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-011',
    kind: 'drug-test custody and control form',
    text: `
FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM            Specimen ID No. {{OTHER_ID:0418827}}
STEP 1 (employer): Ridgeline Hauling LLC DER {{NAME:Patrice Umeadi}}  Tel {{PHONE:(601) 555-0193}}  Fax {{FAX:(601) 555-0194}}
  MRO: Dr. {{NAME:Shelby Achterberg}}, {{LOCATION:2200 Lakeland Dr, Ste 310}}, {{LOCATION:Flowood}} MS {{LOCATION:39232}}  Fax {{FAX:601-555-0177}}
  Donor SSN or employee ID: {{SSN:912-44-0867}}   Reason: pre-employment   Tests: THC COC PCP OPI AMP
STEP 2 (collector): temp in range 32-38 C: yes. Split specimen. Observed: no.
STEP 4 custody: released by {{NAME:Vernell Tapscott}} {{DATE:02/03/2025}} to FedEx, seal intact, received at lab {{DATE:02/04/2025}} ACCESSIONER {{NAME:lpriddy}}
STEP 5 donor: {{NAME:Jaxon T. Whitfield-Ng}}  daytime {{PHONE:601-555-0141}}  evening {{PHONE:601-555-0108}}  DOB {{DATE:11/19/1997}}
  Signed {{DATE:02/03/2025}}. Collection site: {{LOCATION:Pearl River Occupational Health}}, {{LOCATION:Brandon}} MS.
Collector: {{NAME:Vernell Tapscott}}, certified collector (training cert {{LICENSE:DOTC-55183}})
Result (MRO, {{DATE:02/06/2025}}): NEGATIVE. Creatinine 96 mg/dL, SG 1.018, pH 6.0.
`,
  },
  {
    id: 'h6-012',
    kind: 'FMLA certification of health-care provider',
    text: `
CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
SECTION I (employer): Employee {{NAME:Araceli Quintanilla}}, employee #{{OTHER_ID:E-0072519}}, job title: line cook, Grainhouse Bistro
  Contact: HR {{NAME:Mo Faraday}}, {{EMAIL:hr@grainhouse.example.com}}. Return by {{DATE:May 2, 2025}}.
SECTION III (provider): {{NAME:Hollis Eberhardt-Ocampo}}, DO, family medicine, {{LOCATION:Sunnyslope Family Health}},
  {{LOCATION:9031 N 7th Ave}}, {{LOCATION:Phoenix}} AZ {{LOCATION:85021}}. Tel {{PHONE:602-555-0150}}  Fax {{FAX:602-555-0151}}
Part A: condition began {{DATE:03/28/2025}}; probable duration 8 weeks. Inpatient {{DATE:3/28}}-{{DATE:3/31/2025}} at {{LOCATION:Banner-North Mesa Hospital}}.
  Medical facts: lumbar disc herniation L4-5 with radiculopathy, EMG positive; PT 2x/week; microdiscectomy not planned.
Part B: unable to lift > 10 lb or stand > 20 min; full incapacity {{DATE:3/28/2025}} through {{DATE:4/25/2025}};
  episodic flare-ups 1 per month lasting 1-3 days; follow-up visits every 2 weeks (about 1 h each).
Signature: {{NAME:H. Eberhardt-Ocampo}}, DO   Date {{DATE:04/04/2025}}   Lic. AZ DO {{LICENSE:7718}}
`,
  },
  {
    id: 'h6-013',
    kind: 'NIOSH B-reader chest radiograph classification',
    text: `
ROENTGENOGRAPHIC INTERPRETATION (ILO classification) - Coal Workers' Health Surveillance
Miner: {{NAME:BLANKENSHIP, Orvel Dean}}   SSN (last 4) {{SSN:6612}}   DOB {{DATE:08/08/1966}}
Facility: {{LOCATION:Buchanan Mobile Unit 2}} at {{LOCATION:Vansant}}, VA   Film date {{DATE:09/17/2024}}   Image {{PHOTO:CWHSP_240917_blankenship_PA.dcm}}
1A Film quality: 2 (underexposed)     Reader ID: B-reader {{LICENSE:B-04471}}, Dr. {{NAME:Ingrid Halvorsen-Teague}}
2A Parenchymal abnormalities: yes. 2B small opacities: primary q, secondary t; zones R U M, L U M; profusion 1/1.
2C large opacities: 0. 3A Pleural: no. 4A Other symbols: ax, em.
Comments: compared with prior of {{DATE:March 2019}} (0/1). Progression; refer to pulmonary.
Reading date {{DATE:2024-09-30}}. Sent to miner at {{LOCATION:Rt 2 Box 118}}, {{LOCATION:Grundy}}, VA {{LOCATION:24614}}.
Company: (not shown to reader). Work history: 31 yrs underground, roof bolter.
`,
  },
  {
    id: 'h6-014',
    kind: 'radiation worker dosimetry record',
    text: `
OCCUPATIONAL DOSE RECORD (NRC Form 5 equivalent) - monitoring year 2025, Q1-Q2
Worker: {{NAME:Chiamaka Ellsworth}}   ID {{OTHER_ID:RS-2291}}   DOB {{DATE:1984.02.11}}   SSN {{SSN:900-71-3348}}
Dept: Interventional Radiology, {{LOCATION:Mercy Ridge Medical Center}}
Dosimeters: collar badge {{DEVICE:LX2Q-0918344}}, waist (under apron) {{DEVICE:LX2Q-0918345}}, ring R {{DEVICE:RG-118820}}
Period              Deep (mrem)  Eye (mrem)  Shallow (mrem)  Extremity (mrem)
{{DATE:01/01/25}}-{{DATE:03/31/25}}      42           310          318             1,240
{{DATE:04/01/25}}-{{DATE:06/30/25}}      38           355          361             1,410
Declared pregnancy: {{DATE:02/14/2025}}; fetal badge {{DEVICE:LX2Q-0920113}} issued; limit 500 mrem for the gestation.
Eye dose trending above ALARA level I (375 mrem/qtr projected) -> leaded glasses fit-check with RSO {{NAME:Paulo Leiataua}}, {{DATE:7/8}}.
Investigation level letter mailed {{DATE:July 10, 2025}}. RSO ext 4-4120.
`,
  },
  {
    id: 'h6-015',
    kind: 'UK seafarer medical (ENG1)',
    text: `
SEAFARER MEDICAL EXAMINATION RECORD (ENG1)            Examined {{DATE:14/05/2025}} at {{LOCATION:Pier Head Medical}}, {{LOCATION:Aberdeen}}
Surname {{NAME:MACRAE}}  Forenames {{NAME:Iain Ruaridh}}  DoB {{DATE:03/10/1979}}  Nationality British
Discharge Book No. {{OTHER_ID:R884217}}   Passport {{OTHER_ID:557104892}}   CHI {{HEALTH_PLAN:0310791187}}
Home: {{LOCATION:12 Seaforth Road}}, {{LOCATION:Stornoway}}, {{LOCATION:Isle of Lewis}} {{LOCATION:HS1 2SD}}   Mob {{PHONE:07700 900418}}
Rank: 2nd engineer (offshore supply). Department: engine. GP: Dr {{NAME:Morag Lindqvist}}, {{LOCATION:Langabhat Medical Practice}}.
Vision: 6/6 each eye uncorrected; Ishihara 17/17. Hearing whisper test pass. BP 138/86. Urine NAD. BMI 29.
Fit for sea service: FIT, no restrictions. Valid until {{DATE:13/05/2027}}.
Certificate serial {{OTHER_ID:ENG1-H2234517}}.  Approved Doctor: Dr {{NAME:Anders Brekke}}, GMC {{LICENSE:7012448}}
`,
  },
  {
    id: 'h6-016',
    kind: 'recreational diving medical',
    text: `
DIVER MEDICAL - PARTICIPANT QUESTIONNAIRE + PHYSICIAN EVALUATION
Participant: {{NAME:Summer Okwuosa-Hale}}   Birth date {{DATE:9 Jan 2001}}   Certification agency no. {{LICENSE:2207-184-BX}}
Dive centre: {{LOCATION:Blue Hole Divers}}, {{LOCATION:Santa Rosa}}, NM   Instructor {{NAME:Grant Ybarra}} {{PHONE:575-555-0167}}
Questionnaire: YES to 'asthma or wheezing' and 'take prescription medication' -> physician evaluation required.
Evaluation {{DATE:Apr 22 2025}}: childhood asthma, no symptoms since age 14, no inhaler for 6 years.
Spirometry FEV1 3.41 L (104%), FVC 3.88 L, FEV1/FVC 0.88; no post-exercise drop. ENT: TMs mobile, Valsalva equalises.
Decision: approved for diving. Re-evaluate if wheeze recurs.
Physician: {{NAME:Wilhelmina de la Torre}}, MD  {{LOCATION:Guadalupe County Clinic}}  {{PHONE:575-555-0111}}  {{EMAIL:wdelatorre@gcclinic.example.net}}
Participant's emergency contact: {{NAME:Joy Hale}} (mother) {{PHONE:505-555-0196}}.
`,
  },
  {
    id: 'h6-017',
    kind: 'needlestick exposure source-patient workup',
    text: `
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE (source patient section)
Exposed employee: {{NAME:Rosalind Achebe}}, RN, badge {{OTHER_ID:440918}}, 4 North. Exposure {{DATE:1/27/2025}} 03:15, 25G hollow-bore, superficial.
Source patient: {{NAME:Fairweather, Lemuel}}  MRN {{MRN:E7720183}}  acct {{ACCOUNT:900447281663}}  Rm 418
Source consent for testing obtained by Dr. {{NAME:Paz}} at 03:50 (patient alert, agreed).
Source labs {{DATE:01/27/2025}} 04:30: HIV Ag/Ab nonreactive; HBsAg nonreactive; HCV Ab REACTIVE, HCV RNA pending (sent to
{{LOCATION:Quest Lab - Chantilly}} accession {{OTHER_ID:QA9381027}}).
Employee: HBsAb 84 mIU/mL (immune). Baseline HCV Ab negative. PEP for HIV not indicated.
Plan: employee HCV RNA at 3 and 6 weeks, HCV Ab at 6 months ({{DATE:07/27/2025}}). Employee health nurse {{NAME:Oluwaseun Brightwater}},
{{PHONE:703-555-0137}}. Incident report {{OTHER_ID:RL-0091733}}.
`,
  },
  {
    id: 'h6-018',
    kind: 'daycare exclusion and return-to-work notes',
    text: `
{{LOCATION:LITTLE ACORNS PEDIATRICS}}  *  {{LOCATION:310 W Main St}}  *  {{LOCATION:Mount Horeb}} WI {{LOCATION:53572}}  *  {{PHONE:608-555-0129}}

{{DATE:February 18, 2025}}
To the director, {{LOCATION:Sprouts Early Learning Center}}:
{{NAME:Ezekiel Mbeki-Larsen}} (DOB {{DATE:06/2022}}) was seen today for hand, foot and mouth disease. He may return when
fever-free 24 h without medicine and sores are dry, expected Fri {{DATE:2/21}}. Sibling {{NAME:Ingrid}} (age 4) is well.
{{NAME:Willa Duchesne}}, CPNP

---
{{DATE:2/18/2025}}
To whom it may concern: {{NAME:Anneliese Larsen}} (the child's mother) may return to work at {{LOCATION:Stoughton Hospital}}
on {{DATE:2/19/2025}} with no restrictions; she missed {{DATE:2/17}} and {{DATE:2/18}} to care for her son.
{{NAME:Willa Duchesne}}, CPNP    Practice NPI (group) 1447790025
`,
  },
  {
    id: 'h6-019',
    kind: 'service and emotional-support animal letters',
    text: `
{{DATE:10 June 2025}}
RE: {{NAME:Bartholomew Kwiatkowski}}, DOB {{DATE:12/12/1958}}
To the housing manager, {{LOCATION:Cedar Bend Apartments}}, {{LOCATION:4410 Prairie Ln, Apt 207}}, {{LOCATION:Bismarck}} ND {{LOCATION:58503}}:
Mr. {{NAME:Kwiatkowski}} is my patient. He has a disability (I will not disclose the diagnosis) that substantially limits
one or more major life activities. His dog, a 4-year-old poodle mix named Biscuit, provides support that alleviates symptoms.
I recommend a reasonable accommodation under the Fair Housing Act. I have treated him since {{DATE:March 2021}}.
{{NAME:Delphine Oduya-Marsh}}, LCSW, ND licence {{LICENSE:LCSW-00917}}, {{LOCATION:Prairie Rose Counseling}}
{{PHONE:701-555-0140}}  fax {{FAX:701-555-0149}}  {{EMAIL:doduyamarsh@prairierose.example.org}}
Note: this is not a service-dog letter. Biscuit is not task-trained; airline rules do not apply.
`,
  },
  {
    id: 'h6-020',
    kind: 'medical cannabis certification',
    text: `
MEDICAL CANNABIS PATIENT CERTIFICATION (state programme)      Certification # {{OTHER_ID:MCP-2025-0448127}}
Patient {{NAME:Casimir Delacroix-Obi}}   DOB {{DATE:Nov. 2, 1971}}   Clinic MRN {{MRN:20-558-1934}}   Visit acct {{ACCOUNT:7730018842}}
Address on state ID: {{LOCATION:1717 Bonforte Blvd, Apt 12}}, {{LOCATION:Pueblo}} CO {{LOCATION:81001}}   Phone {{PHONE:(719) 555-0159}}
Qualifying condition: severe pain (lumbar spondylosis, failed PT, NSAIDs, duloxetine); PTSD (combat, 2004-2005).
Recommended: THC:CBD 1:1 tincture, up to 20 mg THC/day; no smoking advised (asthma). Plant count: default.
PDMP checked {{DATE:04/16/2025}}: tramadol 50 mg #30 last filled {{DATE:02/2025}}. Not pregnant (n/a). Drives for work: counselled.
Caregiver designated: {{NAME:Dusty Rhoads}}, caregiver registry ID {{OTHER_ID:CG-118204}}, {{PHONE:(719) 555-0121}}.
Preferred dispensary (patient choice, not a referral): {{LOCATION:Mesa Verde Wellness}}, {{LOCATION:Pueblo West}}.
Certifying physician: {{NAME:Petra Lindahl}}, MD, CO licence {{LICENSE:DR.0061182}}, registry {{OTHER_ID:MMR-PHY-4471}}. Valid one year from {{DATE:4/16/25}}.
`,
  },
];
