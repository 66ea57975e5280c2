// train11 notes 3: court and police correspondence, subpoenas, records requests, coroner and victim letters.
export default [
  {
    id: 't11-019',
    kind: 'subpoena duces tecum for medical records',
    text: `
SUPERIOR COURT OF NEW JERSEY, LAW DIVISION, {{LOCATION:MIDDLESEX COUNTY}}
Docket No. {{OTHER_ID:MID-L-004471-25}}
{{NAME:DESHAWN T. PETTIGREW}}, Plaintiff, v. {{NAME:KRYSTYNA OSTROWSKA}} and Garden State Freight LLC, Defendants.
TO: Custodian of Records, {{LOCATION:Robert Wood Johnson University Hospital}}, {{LOCATION:1 Robert Wood Johnson Pl}}, {{LOCATION:New Brunswick}}, NJ {{LOCATION:08901}}
YOU ARE COMMANDED to produce all records of {{NAME:Deshawn Pettigrew}}, DOB {{DATE:05/22/1990}}, SSN xxx-xx-{{SSN:0417}}, for
treatment from {{DATE:March 3, 2025}} to date, including imaging (CT head {{PHOTO:CT_HEAD_20250303_0412.dcm}}) and ED triage notes.
Served by {{NAME:Vikram Chaudhry}}, Esq., {{LOCATION:90 Woodbridge Center Dr}}, {{LOCATION:Woodbridge}}, NJ; {{PHONE:732-555-0186}}; {{EMAIL:vchaudhry@example-law.com}}
Return date: {{DATE:December 11, 2026}}.
`,
  },
  {
    id: 't11-020',
    kind: 'police request for information (UK, data protection)',
    text: `
{{LOCATION:Greater Manchester}} Police - Public Protection Division, {{LOCATION:Stockport}} Division
Form DP2: request for personal data (Schedule 2, Part 1, para 2 DPA 2018)
Crime ref: {{OTHER_ID:06/GG/114720/26}}   Officer: DC {{NAME:Harpreet Sandhu}} {{OTHER_ID:14472}}   Tel {{PHONE:0161 496 0521}}
To: Information Governance, {{LOCATION:Stepping Hill Hospital}}, {{LOCATION:Poplar Grove}}, {{LOCATION:Hazel Grove}}, {{LOCATION:Stockport}} {{LOCATION:SK2 7JE}}
Subject: {{NAME:Callum Jay Rooney}}, DOB {{DATE:08/04/2001}}, of {{LOCATION:27 Brinnington Road}}, {{LOCATION:Brinnington}}
Information sought: attendance times on {{DATE:21/11/2026}} and nature of injuries (alleged assault outside the {{LOCATION:Crown Inn}},
{{LOCATION:Heaton Lane}}). Victim {{NAME:Ellis Mbwana}} has consented; suspect has not. Vehicle seen: silver Vauxhall Corsa {{VEHICLE:MA19 XKD}}.
`,
  },
  {
    id: 't11-021',
    kind: 'hospital reply to police request',
    text: `
{{DATE:25 November 2026}}
Dear DC {{NAME:Sandhu}},
Re: your ref {{OTHER_ID:06/GG/114720/26}} - {{NAME:Ellis Mbwana}}
With the consent signed by Mr {{NAME:Mbwana}} on {{DATE:23/11/2026}} (witnessed by staff nurse {{NAME:Oyelaran}}), I enclose a summary:
arrived by ambulance at 23:48, GCS 15, 3 cm laceration left eyebrow closed with 5/0 Prolene, nasal bone fracture on
X-ray (images {{PHOTO:XR_FACE_MBWANA_1.jpg}}, {{PHOTO:XR_FACE_MBWANA_2.jpg}} not released). Discharged to his partner, {{NAME:Tendai}}.
We cannot disclose records for the second person without a court order.
{{NAME:Margaret (Meg) Osgood-Pinto}}, Information Governance Manager, {{LOCATION:Stepping Hill Hospital}}
Copy retained on file {{OTHER_ID:IG-FOI-26-1147}}. Caldicott Guardian (Dr {{NAME:Abiodun Fasanya}}) approved disclosure on {{DATE:24/11/2026}}.
`,
  },
  {
    id: 't11-022',
    kind: 'coroner request for statement (Australia)',
    text: `
Coroners Court of Victoria, {{LOCATION:65 Kavanagh Street}}, {{LOCATION:Southbank}} VIC {{LOCATION:3006}}
Coronial reference: {{OTHER_ID:COR 2026 005173}}
Deceased: {{NAME:Dimitrios "Jim" Papadakis}}, aged {{AGE_OVER_89:94}}, late of {{LOCATION:11 Station Street}}, {{LOCATION:Oakleigh}}
Date of death: {{DATE:14 October 2026}}, {{LOCATION:Monash Medical Centre Clayton}}
Dear Dr {{NAME:Sione Fifita}},
The Coroner, Her Honour Judge {{NAME:Frances Beaumont-Nguyen}}, requests a statement about Mr {{NAME:Papadakis}}'s fall at
{{LOCATION:Arcare Oakleigh}} on {{DATE:9 October}} and the subsequent care. Please include the Morse falls score and the
bed-sensor alarm log (device {{DEVICE:BS-AU-0044917}}). The family contact is his daughter {{NAME:Eleni Papadakis-Ward}}, {{PHONE:0491 570 188}}.
Coroner's solicitor: {{NAME:Kwame Asante}}, {{EMAIL:k.asante@example.vic.gov.au}}
`,
  },
  {
    id: 't11-023',
    kind: 'victim impact / restitution letter',
    text: `
{{DATE:November 22, 2026}}
Honorable {{NAME:Teresa Villanueva-Ochoa}}
{{LOCATION:Bexar County Courthouse}}, {{LOCATION:100 Dolorosa}}, {{LOCATION:San Antonio}}, TX {{LOCATION:78205}}
Re: State v. {{NAME:Tyler Wayne Huckabee}}, Cause No. {{OTHER_ID:2025CR11873}}
Your Honor, I am {{NAME:Araceli Montemayor}}, mother of {{NAME:Joaquin Montemayor}}, who was struck on {{LOCATION:Culebra Rd}} near
{{LOCATION:Holy Cross High School}} on {{DATE:May 16, 2025}}. {{NAME:Joaquin}} spent 41 days at {{LOCATION:University Hospital}} and months at
{{LOCATION:Warm Springs Rehabilitation Hospital}}. His medical bills total $387,402; the hospital account {{ACCOUNT:UH-0093317720}} is in
collections. He uses a power wheelchair (Permobil M3, serial {{DEVICE:PM3-19D-204417}}). I ask for full restitution.
{{NAME:Araceli Montemayor}}, {{LOCATION:6215 Spring Time St}}, {{LOCATION:San Antonio}}, TX {{LOCATION:78249}}
`,
  },
  {
    id: 't11-024',
    kind: 'records request tracking (release of information log)',
    text: `
ROI LOG - legal requests - week of {{DATE:11/23/2026}}
#{{OTHER_ID:ROI-26-33107}} | pt {{NAME:Lindiwe Dlamini-Fortescue}} | req: Hargreaves Law (atty {{NAME:P. Hargreaves}}) | auth exp {{DATE:02/28/2027}} | sent via portal https://{{URL:records.example-roi.com/r/8KQ2X}}
#{{OTHER_ID:ROI-26-33112}} | pt {{NAME:Sven-Olof Bergqvist}} | req: {{LOCATION:Hennepin County}} Sheriff | court order {{DATE:11/20}} | released CD
#{{OTHER_ID:ROI-26-33118}} | pt {{NAME:Moana Faleolo}} | req: SSA disability (DDS {{LOCATION:Salem}}) | fax {{FAX:503-555-0191}} | pending
#{{OTHER_ID:ROI-26-33120}} | pt {{NAME:Isidore Abramowitz}} ({{AGE_OVER_89:96}}) | req: daughter, no POA on file | denied, letter sent
#{{OTHER_ID:ROI-26-33125}} | pt {{NAME:Ama Serwaa Boateng}} | req: {{LOCATION:Ramsey County}} Public Defender (atty {{NAME:Luis Echevarria}}) | subpoena {{DATE:11/24}} | legal review by {{NAME:K. Nakamura-Price}}
#{{OTHER_ID:ROI-26-33131}} | pt {{NAME:Wren Blackfeather}} | req: self, via portal from {{IP:198.51.100.203}} | identity verified | released {{DATE:11/25}}
Notes: "SSA", "DDS" and "ROI" are programme abbreviations, not names. Sheriff and Public Defender are offices, not people.
`,
  },
  {
    id: 't11-025',
    kind: 'police welfare check referral from GP (New Zealand)',
    text: `
To: {{LOCATION:Papakura}} Police, attn Sergeant {{NAME:Hemi Rangihuna}}
From: Dr {{NAME:Leilani Tupou-Ashby}}, {{LOCATION:Takanini Family Health}}, {{LOCATION:260 Great South Road}}, {{LOCATION:Takanini}}, {{LOCATION:Auckland}} {{LOCATION:2112}}
{{DATE:26/11/2026}} 11:20
Please could you do a welfare check on my patient {{NAME:Ropata Kereama}}, NHI {{HEALTH_PLAN:ZKT4417}}, 58, at {{LOCATION:14B Kauri Heights Drive}},
{{LOCATION:Red Hill}}. He missed insulin collection from {{LOCATION:Unichem Papakura}}, his phone {{PHONE:021 555 0196}} is off, and his sister
{{NAME:Mere}} in {{LOCATION:Hamilton}} has not heard from him since Saturday the {{DATE:21st}}. He drives a white Hilux {{VEHICLE:LKM482}}.
Background for the officer: he lives alone since his wife {{NAME:Huia}} died in {{DATE:July 2025}}. He used to work at the {{LOCATION:Glenbrook}}
steel mill. Last HbA1c 96 mmol/mol. He has a key safe (code given by phone only). Neighbour {{NAME:Sam Tuilagi}} at number 16 has a spare key.
If he is found unwell please call St John on 111 and take him to {{LOCATION:Middlemore Hospital}}; his ED alert is under NHI above.
`,
  },
  {
    id: 't11-026',
    kind: 'court-ordered evaluation cover letter (juvenile)',
    text: `
{{LOCATION:Cook County Juvenile Court}}, Clinical Evaluation and Services Initiative
{{LOCATION:1100 S Hamilton Ave}}, {{LOCATION:Chicago}}, IL {{LOCATION:60612}}
Minor: {{NAME:J.R.}} (initials per court order)   Petition No. {{OTHER_ID:26 JD 01447}}   Judge {{NAME:Ozioma Eze-Whitfield}}
Evaluator: {{NAME:Tamar Ben-Haim}}, PsyD, IL licence {{LICENSE:071.009331}}
Sources: interviews with the minor ({{DATE:11/10}}, {{DATE:11/17}}), mother {{NAME:Keyonna Reeves}}, grandmother {{NAME:Ola Mae Reeves}},
and school social worker {{NAME:Brendan Kilcullen}} at {{LOCATION:Marshall Metropolitan High School}}; records from {{LOCATION:Lurie Children's}}.
Instruments: WISC-V, MAYSI-2, SAVRY. The MAYSI-2 and SAVRY names are instruments, not people.
Summary: the minor lives with the grandmother at {{LOCATION:3417 W Flournoy St}}, {{LOCATION:Chicago}}, since {{DATE:April 2026}}. Prior counselling at
{{LOCATION:Lawndale Christian Health Center}} with {{NAME:Octavia Pruitt}}, LCPC. Report due to the court {{DATE:December 8, 2026}}.
`,
  },
];
