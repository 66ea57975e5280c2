// heldout13 notes5: social, legal and community text from North America and Australia (h13-041..050). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-041',
    kind: 'Alberta child protection referral',
    text: `
CHILD INTERVENTION REFERRAL - {{LOCATION:Alberta Children's Hospital}} Child Abuse Service to Children's Services intake
Date {{DATE:2026-11-08}}. Child: {{NAME:Jaxon Littlechild-Moreau}}, DOB {{DATE:2026-04-02}} (7 months), AHCIP {{HEALTH_PLAN:44188-2071}}, MRN {{MRN:ACH1104418}}.
Mother {{NAME:Destiny Littlechild}}, 19, and her partner {{NAME:Brayden Moreau}}, 24, of {{LOCATION:1120 17 Ave SW, Suite 308}}, {{LOCATION:Calgary}} AB {{LOCATION:T2T 0B4}}; cell {{PHONE:403-555-0141}}.
Exam: well-nourished, weight 7.9 kg (50th centile), 3 bruises behind L ear (1-2 cm) and a frenulum tear; fontanelle flat; retinal exam by ophthalmology {{DATE:2026-11-09}}: no haemorrhages. Bloods: Hb 112, plt 388, INR 1.0, ALT 31, lipase normal; skeletal survey repeat due {{DATE:2026-11-22}}.
Concern: 2 posterior rib fractures (healing) and a new L femur metaphyseal corner fracture; history of "rolled off the couch" not consistent with development.
Skeletal survey images {{PHOTO:SS_ACH1104418_001.dcm}} to {{PHOTO:SS_ACH1104418_028.dcm}}; bruise photos {{PHOTO:bruise_ear_L.jpg}}.
Partner left in a grey pickup, AB plate {{VEHICLE:CKT-4418}}, before police arrived. {{LOCATION:Calgary}} Police file {{OTHER_ID:CPS26-441882}}, attending Cst. {{NAME:Rajveer Gill}}.
Reporter {{NAME:Hollis Nakamura-Crane}}, MD, pager 0418; social worker {{NAME:Beatriz Almonte}}, MSW, fax {{FAX:403-555-0149}}.
`,
  },
  {
    id: 'h13-042',
    kind: 'Western Australian elder abuse referral',
    text: `
ELDER ABUSE REFERRAL - Aged Care Assessment Team to the elder-rights advocacy service, {{LOCATION:Perth}}
Client: Mrs {{NAME:Doreen Pettifer}}, aged {{AGE_OVER_89:91}}, of {{LOCATION:14 Kalamunda Rd}}, {{LOCATION:South Guildford}} WA {{LOCATION:6055}}; Medicare {{HEALTH_PLAN:2441 88207 1}}; Centrelink CRN {{OTHER_ID:204 418 827A}}
Phone {{PHONE:(08) 5550 4418}}. GP Dr {{NAME:Anand Viswanathan}}, {{LOCATION:Midland Medical Centre}}.
Concern: son {{NAME:Craig Pettifer}} (lives with her) holds her bank card; pension account BSB 066-118, acct {{ACCOUNT:1044 8820}}, drawn down $14,200 since {{DATE:June 2026}}; he phoned the bank posing as her; her enrolled voiceprint {{BIOMETRIC:VP-0441-DP}} did not match, and staff then accepted her DOB.
His car, WA rego {{VEHICLE:1HKT 418}}, bought {{DATE:12 August 2026}}. Mrs {{NAME:Pettifer}} is {{AGE_OVER_89:91}} and wants to stay home but is frightened.
Assessor {{NAME:Kirra Jacobs}}, {{EMAIL:kirra.jacobs@acat.example.org.au}}, {{PHONE:0491 570 157}}. Referral {{DATE:20/11/2026}}.
`,
  },
  {
    id: 'h13-043',
    kind: 'court-ordered custody evaluation excerpt',
    text: `
COURT-ORDERED CHILD CUSTODY EVALUATION (excerpt)   In re the Marriage of {{NAME:Halvorsen}} and {{NAME:Halvorsen-Diaz}}, {{LOCATION:Maricopa County}} Superior Court No. {{OTHER_ID:FC2026-004418}}
Order of appointment {{DATE:June 5, 2026}}. Evaluator {{NAME:Miriam Okwuosa}}, PhD, AZ psychologist lic {{LICENSE:PSY-4418}}.
Parties: Petitioner {{NAME:Erik Halvorsen}} (DOB {{DATE:03/12/1986}}, SSN {{SSN:000-23-8841}}); Respondent {{NAME:Lucia Halvorsen-Diaz}} (DOB {{DATE:11/01/1988}}, SSN {{SSN:000-23-9190}}).
Children: {{NAME:Soren}} (8) and {{NAME:Ana}} (5), both at {{LOCATION:Kyrene de las Lomas Elementary}}.
Sources: interviews {{DATE:July 9}}, {{DATE:July 23}} and {{DATE:August 6, 2026}}; home visits at {{LOCATION:2207 E Loma Vista Dr}}, {{LOCATION:Tempe}} and {{LOCATION:418 W Calle Monte Vista}}, {{LOCATION:Chandler}}; MMPI-3 and PAI (valid profiles); collateral from paternal grandmother {{NAME:Ingrid Halvorsen}}.
Exchange incident {{DATE:August 30, 2026}}: father's truck (AZ {{VEHICLE:PLX4418}}) blocked mother's car in the school lot; police report {{OTHER_ID:TPD 26-118804}}.
Documents uploaded by counsel to {{URL:https://evals.okwuosa-psych.example.com/matter/FC2026-004418}} (access log shows {{IP:192.0.2.144}}).
`,
  },
  {
    id: 'h13-044',
    kind: 'Danish forensic injury documentation',
    text: `
FORENSIC CLINICAL EXAMINATION - requested by {{LOCATION:Copenhagen}} Police, journal no. {{OTHER_ID:0100-84120-00418-26}}
Examined person: {{NAME:Signe Kjaergaard Holm}}, CPR {{OTHER_ID:140292-4418}}, address {{LOCATION:Norrebrogade 44, 3. tv.}}, {{LOCATION:2200}} {{LOCATION:Kobenhavn N}}
Examination {{DATE:9 November 2026}} 14:30 at {{LOCATION:Rigshospitalet}}, by {{NAME:Anders Lykke Bruun}}, forensic physician, authorisation ID {{LICENSE:0R4Q2}}.
History (via the person): strangled manually on {{DATE:8 November}} around 23:00 in the flat by her ex-partner {{NAME:Mikkel Stausholm}} (CPR {{OTHER_ID:031089-2207}}), who left in a black car, registration {{VEHICLE:AB 41 882}}.
Findings: petechiae of both conjunctivae; 3 oval bruises 1.0-1.5 cm on L neck; fingernail abrasion R neck 2 cm; hoarse voice. No loss of urine.
Photographs {{PHOTO:RH_FK_26_0418_01.jpg}} to {{PHOTO:RH_FK_26_0418_19.jpg}} with scale. Swabs of neck for DNA sealed (seal 44188).
Assessment: findings are consistent with the history of manual strangulation with pressure of some intensity; the petechiae indicate venous congestion. Danger to life cannot be excluded.
The person was seen again {{DATE:12 November 2026}}: bruises yellow-green, voice normal; new photographs {{PHOTO:RH_FK_26_0418_20.jpg}}.
Contact: {{PHONE:+45 55 55 04 18}}, {{EMAIL:signe.kh@postkasse.example.dk}}.
`,
  },
  {
    id: 'h13-045',
    kind: 'fit-for-confinement medical clearance',
    text: `
MEDICAL CLEARANCE FOR INCARCERATION (Fit for Confinement)   {{LOCATION:Hennepin County Medical Center}} ED
Arrestee {{NAME:Tyrell Okonjo-Baptiste}}, DOB {{DATE:02/02/1994}}, MRN {{MRN:HC10044187}}, SSN {{SSN:000-91-4470}}
Arresting agency {{LOCATION:Minneapolis}} PD, officer {{NAME:Kristin Haugland}}, squad 412; booking # {{OTHER_ID:2026-044188}}; Livescan fingerprint TCN {{BIOMETRIC:MN2600441882}}
Reason for ED: tased x1, fell on {{LOCATION:Lake St}}; probe removed L scapula; CT head negative; ethanol 142.
His car (MN {{VEHICLE:NRK 418}}) towed to the impound lot.
Cleared for jail: YES, {{DATE:11/16/2026}} 04:20. Meds: none. Follow-up: wound check at jail clinic; booking photo {{PHOTO:bk_2026044188.jpg}} not taken in ED.
Jail nurse line {{PHONE:612-555-0171}}, jail medical fax {{FAX:612-555-0172}}. Physician {{NAME:Nkechi Brandvold}}, MD.
`,
  },
  {
    id: 'h13-046',
    kind: 'Saskatchewan disability income medical report',
    text: `
SASKATCHEWAN ASSURED INCOME FOR DISABILITY - MEDICAL INFORMATION (physician section)
Applicant: {{NAME:Lorraine Bighead}}   HSN {{HEALTH_PLAN:441 882 071}}   SIN {{OTHER_ID:000 418 827}}   DOB {{DATE:1968-09-14}}
Address: {{LOCATION:Box 118}}, {{LOCATION:Sandy Bay}} SK {{LOCATION:S0P 0G0}}; phone {{PHONE:306-555-0112}}
Diagnoses: T2DM with bilateral BKA (2021, 2024); CKD G4 (eGFR 22); major depression.
Functional: wheelchair for all mobility; transfers with 1 assist; cannot use community transit.
Cared for by sister {{NAME:Verna Bighead-Ross}} in {{LOCATION:Pelican Narrows}}. Home care through {{LOCATION:Creighton Health Centre}}.
Physician: {{NAME:Oluwaseun Adebayo}}, MD, CPSS licence {{LICENSE:12044}}, {{LOCATION:La Ronge Medical Clinic}}, fax {{FAX:306-555-0119}}, {{EMAIL:oadebayo@lrmc.example.ca}}. Signed {{DATE:2026-11-03}}.
`,
  },
  {
    id: 'h13-047',
    kind: 'housing authority reasonable accommodation verification',
    text: `
{{LOCATION:Providence}} Housing Authority - Verification of Disability-Related Need (reasonable accommodation)
Tenant {{NAME:Marguerite Adjei-Lowell}}, tenant ID {{OTHER_ID:PHA-0441882}}, unit {{LOCATION:40 Chad Brown St, Apt 3C}}, {{LOCATION:Providence}} RI {{LOCATION:02908}}; SSN last four {{SSN:6620}}
Request: transfer to a ground-floor unit and a live-in aide ({{NAME:Josefa Tavares}}).
Provider section (completed by {{NAME:Dmitri Varga}}, NP, {{LOCATION:Providence Community Health Centers}}, {{DATE:10/29/2026}}):
I verify that the tenant has a disability as defined by the Fair Housing Act. The requested accommodation is needed because stair climbing (3 flights) causes desaturation to 84% on 2 L O2. I do not disclose diagnosis. She has been my patient since {{DATE:March 2021}} and uses a rollator; the current unit's elevator has been out of service since {{DATE:August 2026}}, per the building manager {{NAME:Stan Kowalczyk}}.
Provider phone {{PHONE:401-555-0130}}; fax {{FAX:401-555-0131}}.
Return via {{URL:https://portal.providencehousing.example.org/ra/PHA-0441882}} (submitted from {{IP:192.168.1.14}}).
`,
  },
  {
    id: 'h13-048',
    kind: 'victim advocate hospital visit note',
    text: `
DV ADVOCATE BEDSIDE NOTE   {{LOCATION:Grady Memorial Hospital}} 6B   {{DATE:11/21/2026}}
Met with pt ({{NAME:A.M.}} on the board; legal name {{NAME:Ameerah Mahdi-Coleman}}, MRN {{MRN:GM20441882}}) with her consent. Safe number {{PHONE:404-555-0125}} (do NOT call the home number).
Temporary protective order, {{LOCATION:Fulton County}}, case {{OTHER_ID:26-FV-004418}}, hearing {{DATE:12/04/2026}}. Respondent {{NAME:Darnell Coleman}}, DOB {{DATE:05/17/1987}}; drives a white Charger, GA plate {{VEHICLE:RTB4418}}, VIN {{VEHICLE:2C3CDXCT4JH188204}}.
Injury photos taken by SANE {{NAME:Joanna Pruitt}}, RN: {{PHOTO:GM_FNE_1121_01.jpg}}-{{PHOTO:GM_FNE_1121_12.jpg}}; evidence link for the DA: {{URL:https://evidence.fultonda.example.gov/up/26-FV-004418}}.
Shelter bed at an undisclosed location confirmed. Her SSN {{SSN:000-77-2041}} given to the shelter for benefits. Advocate {{NAME:Toni Birchfield}}, {{EMAIL:tbirchfield@dvcoalition.example.org}}.
`,
  },
  {
    id: 'h13-049',
    kind: 'conservatorship court visitor report',
    text: `
COURT VISITOR REPORT - Conservatorship of the Estate of {{NAME:Winifred Alma Castleberry}}, {{LOCATION:Santa Barbara County}} case {{OTHER_ID:26PR00418}}
Proposed conservatee: {{NAME:Winifred Alma Castleberry}}, age {{AGE_OVER_89:95}}, DOB {{DATE:01/29/1931}}, SSN {{SSN:000-52-1187}}, residing at {{LOCATION:Valle Verde}}, {{LOCATION:900 Calle de los Amigos}}, {{LOCATION:Santa Barbara}}.
Visit {{DATE:11/17/2026}}. She knew the year and her late husband's name ({{NAME:Harold}}) but not the month; MoCA 14/30. She said "I'm {{AGE_OVER_89:95}}, not a child."
Proposed conservator: niece {{NAME:Deborah Castleberry-Lin}}, SSN {{SSN:000-52-4470}}.
Assets: checking at Montecito Bank {{ACCOUNT:004418827}}; brokerage {{ACCOUNT:X41-882071}} (the bank holds her thumbprint {{BIOMETRIC:TP-MB-004418827}} on the signature card, added after a forged cheque in {{DATE:May 2026}}); 2014 Lexus sold {{DATE:09/2026}}, VIN {{VEHICLE:JTHBK1GG4E2118804}}, to a neighbour {{NAME:Carl Voorhees}} for $3,000 (below value).
Visitor {{NAME:Rosa Echeverria}}, {{PHONE:805-555-0161}}.
`,
  },
  {
    id: 'h13-050',
    kind: 'aid and attendance examination (VA 21-2680)',
    text: `
EXAMINATION FOR HOUSEBOUND STATUS OR PERMANENT NEED FOR REGULAR AID AND ATTENDANCE
1. Veteran {{NAME:Augustus P. Fairweather}}   2. VA file no. {{OTHER_ID:C 44 188 207}}   3. SSN {{SSN:000-40-7712}}
4. Claimant: surviving spouse? No; veteran is claimant. Spouse {{NAME:Bernice Fairweather}}, SSN {{SSN:000-40-9935}}, age 88.
6. Address {{LOCATION:2207 Magnolia Ave}}, {{LOCATION:Mobile}}, AL {{LOCATION:36606}}; phone {{PHONE:251-555-0153}}
8. Age {{AGE_OVER_89:92}}; height 68 in; weight 142 lb; BP 134/70.
14. Diagnoses: Alzheimer dementia (MMSE 16/30), Parkinson disease, macular degeneration 20/200 OU.
15. Needs help bathing, dressing, toileting; cannot manage medications; leaves home only to {{LOCATION:Mobile VA Clinic}}.
Examiner {{NAME:Gabrielle Thibodaux-Ames}}, MD, AL lic {{LICENSE:MD.41882}}, {{DATE:10/24/2026}}. Uploaded by son {{NAME:Reginald Fairweather}} at {{URL:https://va.upload.example.gov/21-2680/C44188207}} from {{IP:100.99.4.17}}.
`,
  },
];
