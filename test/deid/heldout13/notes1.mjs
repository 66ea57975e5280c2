// heldout13 notes1: administrative and revenue-cycle text (h13-001..010). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-001',
    kind: 'CMS-1500 claim scrubber field view',
    text: `
CLAIM SCRUBBER - CMS-1500 (02/12) FIELD VIEW   batch 7781-C   edits failed: 2
1a  INSURED'S I.D. NUMBER ..... {{HEALTH_PLAN:XKM884120537}}
2   PATIENT'S NAME ............ {{NAME:OYELARAN-BRISCOE}}, {{NAME:TEMITOPE A}}
3   BIRTH DATE ................ {{DATE:07 14 1968}}  SEX F
4   INSURED'S NAME ............ {{NAME:BRISCOE}}, {{NAME:DESMOND K}}
5   ADDRESS ................... {{LOCATION:4410 N Clarendon Ave Apt 3B}} / {{LOCATION:Chicago}} IL {{LOCATION:60640}} / {{PHONE:(773) 555-0182}}
9   OTHER INSURED ............. {{NAME:OYELARAN}}, {{NAME:FOLASADE}}   9a POLICY {{HEALTH_PLAN:W77104418-02}}
10b AUTO ACCIDENT? YES  PLACE IN
11  GROUP/FECA NUMBER ......... 0048812     11c PLAN: Lakeshore Teamsters Health Fund
14  DATE OF CURRENT ILLNESS ... {{DATE:09 02 2026}}  QUAL 431
17  REFERRING ................. DN {{NAME:Halvard Ekstrom-Baptiste}} MD   17b NPI {{OTHER_ID:1558304471}}
21  ICD IND 0   A. S13.4XXA   B. V43.52XA   C. M54.2
24  {{DATE:09 03 26}}  11  99204      AB  310.00  1  NPI {{OTHER_ID:1902215587}}
    {{DATE:09 10 26}}  11  97110  GP  AC   88.00  2  NPI {{OTHER_ID:1902215587}}
25  FED TAX ID 36-4410928 (EIN)     26 PATIENT'S ACCOUNT NO. {{ACCOUNT:PA-20260903-0417}}
31  SIGNED {{NAME:R. Vasquez-Toivonen}} DC  {{DATE:09 12 2026}}
32  {{LOCATION:Uptown Spine and Rehab}}, {{LOCATION:1180 W Lawrence Ave Ste 210}}, {{LOCATION:Chicago}} IL {{LOCATION:60640}}   32a NPI 1770558210
33  BILLING PH {{PHONE:(773) 555-0115}}  FAX {{FAX:(773) 555-0116}}
EDIT 1: 10b=YES needs PIP EOB attached before release.
EDIT 2: rendering NPI {{OTHER_ID:1902215587}} not enrolled with payer; route to credentialing (ticket 55231).
`,
  },
  {
    id: 'h13-002',
    kind: 'UB-04 form locator dump',
    text: `
UB-04 KEYED EXTRACT (mailroom OCR - verify before release)
FL1  {{LOCATION:MERCY MEDICAL CENTER}} / {{LOCATION:2210 MERCY CT SE}} / {{LOCATION:CEDAR RAPIDS}} IA {{LOCATION:52403}} / {{PHONE:319 555 0100}}
FL3a PAT CNTL # {{ACCOUNT:40081127736}}      FL3b MED REC # {{MRN:MR00883104}}
FL4  TOB 0111   FL5 FED TAX NO 42-0680452   FL6 FROM {{DATE:101426}} THROUGH {{DATE:102026}}
FL8b {{NAME:KRAUSHAAR}}, {{NAME:WILHELMINA J}}
FL9  {{LOCATION:RR 1 BOX 47}} | {{LOCATION:WALKER}} | IA | {{LOCATION:52352}}
FL10 {{DATE:03021935}}  FL11 F  FL12 {{DATE:101426}}  FL13 22  FL14 1  FL15 7  FL17 03
FL31 OCC 11 {{DATE:101226}}   FL35 OCC SPAN 70 {{DATE:092026}}-{{DATE:092426}}
FL39 VALUE 80 6    FL42 0120 0250 0300 0450 0730   FL44 99285 93005   FL47 41,882.17
FL50 A MEDICARE PART A   B HAWKEYE SENIOR SUPPLEMENT
FL60 A {{HEALTH_PLAN:5EG4TN7RK81}}   B {{HEALTH_PLAN:HSS0091447820}}    FL62 B 88104
FL67 I50.23   FL69 R06.03   FL72 W19.XXXA
FL76 ATTENDING NPI {{OTHER_ID:1386620094}} {{NAME:NAKASHIMA-ROURKE}} {{NAME:ELLIOT}}
FL78 OTHER NPI {{OTHER_ID:1245088317}} {{NAME:ABERNATHY}} {{NAME:SHONDA}}
FL80 REMARKS: PT AGE {{AGE_OVER_89:91}}. ADMIT FROM {{LOCATION:WALKER VILLA CARE CENTER}} AFTER FALL. DAU {{NAME:GRETCHEN KRAUSHAAR-MILLS}} POA {{PHONE:319-555-0167}}. ROI REQUESTS FAX {{FAX:319-555-0122}}.
`,
  },
  {
    id: 'h13-003',
    kind: 'motor-vehicle no-fault (PIP) application',
    text: `
APPLICATION FOR MOTOR VEHICLE NO-FAULT BENEFITS (NF-2), typed for the hospital PIP file
Policy {{ACCOUNT:PAP 418 8820 17}}   Claim {{OTHER_ID:NF-26-0931774}}   Accident {{DATE:10/03/2026}} 7:40 AM
1. Applicant {{NAME:Dario Quinones-Abreu}}, {{PHONE:(718) 555-0139}}
2. {{LOCATION:88-14 Britton Ave, Apt 5F}}, {{LOCATION:Elmhurst}}, NY {{LOCATION:11373}}
3. DOB {{DATE:02/27/1991}}   SSN {{SSN:000-61-4472}}
4. Place: {{LOCATION:Queens Blvd at 63rd Dr}}, {{LOCATION:Rego Park}}
5. Passenger in insured 2019 Nissan Rogue, NY plate {{VEHICLE:KXP-4471}}, VIN {{VEHICLE:5N1AT2MV4KC718204}}, driven by wife {{NAME:Marisol Quinones-Abreu}} (NY lic {{LICENSE:Q41 882 519}}); struck by a box truck, NJ plate {{VEHICLE:XG884R}}, VIN {{VEHICLE:1FVACWDT8GHH44120}}, driver {{NAME:Kwabena Asante-Oduro}}, NJ lic {{LICENSE:A4418 77102 51883}}, carrier Garden Mutual policy {{ACCOUNT:GMC-TR-7710448}}.
6. NYPD report {{OTHER_ID:2026-112-004418}}, PO {{NAME:Yelena Strbac}}.
Applicant states the truck ran the red light; his daughter {{NAME:Yaritza}} (age 6) was in a booster seat behind the driver and was checked at {{LOCATION:Elmhurst Hospital}} too (no injury).
7. Neck and R shoulder pain; 4 cm R forearm laceration, 6 sutures 4-0 nylon. GCS 15, BP 148/92.
8. {{LOCATION:Elmhurst Hospital}} ED {{DATE:10/03/2026}}, MRN {{MRN:E2231847}}.
9. Treating: {{NAME:Anjali Raghunathan}}, DO, {{LOCATION:Forest Hills Orthopedic Group}}, fax {{FAX:(718) 555-0170}}
10. Line cook, off work from {{DATE:10/04/2026}}; AWW $880.  11. Fidelis member {{HEALTH_PLAN:FC40718822}} (secondary).
Signed {{NAME:Dario Quinones-Abreu}} {{DATE:10/11/2026}}. Adjuster {{NAME:Bettina Holloway-Nkemelu}}, {{EMAIL:bholloway@empirekeystone.example.com}}, fax {{FAX:(516) 555-0191}}
`,
  },
  {
    id: 'h13-004',
    kind: 'health plan third-party-liability questionnaire',
    text: `
Riverbend Health Plan - Accident / Injury Questionnaire (third-party liability)
TPL case {{OTHER_ID:TPL-2026-088413}}. Member {{NAME:Guadalupe Ibarra-Whitlock}}, ID {{HEALTH_PLAN:RBH882041197-01}}, DOB {{DATE:11/30/1984}}.
Claims held: DOS {{DATE:08/17/2026}} to {{DATE:09/22/2026}} (S83.511A, S39.012A; CPT 29881).
Q1 How did it happen? "slipped on spilled juice at {{LOCATION:Meijer}} on {{LOCATION:Alpine Ave NW}}, {{LOCATION:Comstock Park}}, then in Sept my car (MI plate {{VEHICLE:EKR 4107}}) got rear-ended at a light by a pickup, plate {{VEHICLE:DPL 8821}}, driver {{NAME:Trevor Maaske}}"
Q2 Attorney? Yes: {{NAME:Linnea Sato-Pryor}}, Pryor & Vance PLC, {{PHONE:(616) 555-0114}}, fax {{FAX:(616) 555-0199}}, file {{OTHER_ID:PV-26-1187}}
Q3 Auto carrier: Great Lakes Casualty, policy {{ACCOUNT:GLC 0044 7182 3}}, claim {{OTHER_ID:31-884120-AP}}, adjuster {{NAME:Oksana Drabenko}}
Q4 Workers' comp? No.   Q5 Other health coverage? No.
Signed {{NAME:G. Ibarra-Whitlock}} {{DATE:10/02/2026}}. Return by fax {{FAX:(616) 555-0158}} or online at {{URL:https://tpl.riverbendhealth.example.org/q/TPL-2026-088413}}
`,
  },
  {
    id: 'h13-005',
    kind: "employer's first report of injury",
    text: `
EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS        carrier claim # {{OTHER_ID:WC-7740-26-01882}}
Employer: South Plains Distribution LLC   FEIN 74-2218804   NAICS 493110
1 Employee {{NAME:Tomasz Wierzbicki}}   SSN {{SSN:000-48-2290}}   DOB {{DATE:05/19/1979}}   age 47
2 {{LOCATION:1207 Avenue K}}, {{LOCATION:Lubbock}}, TX {{LOCATION:79401}}   {{PHONE:806-555-0126}}
3 Occupation: driver   CDL TX {{LICENSE:34418829}}
4 Injury {{DATE:11/06/2026}} 14:20; employer notified same day; last worked {{DATE:11/06/2026}}
5 Place: dock 6, {{LOCATION:5301 E Slaton Hwy}}, {{LOCATION:Lubbock}}
6 How: chaining a load; tractor TX {{VEHICLE:R88-4410}} (fleet unit 212) rolled back, crushed L foot against dock plate.
7 L foot (S92.352A); {{LOCATION:Covenant Medical Center}} ED, MRN {{MRN:CMC-3318472}}
8 Physician {{NAME:Ishaan Mehrotra}}, MD  NPI {{OTHER_ID:1467720958}}  {{PHONE:806-555-0147}}  fax {{FAX:806-555-0148}}
9 Witness {{NAME:Ruben Cantu}}, cell {{PHONE:806-555-0163}}
10 Clock-in 05:58 by finger scan, template {{BIOMETRIC:TK-FP-7A41C2}}; badge photo {{PHOTO:emp_0412_wierzbicki.jpg}}
Prepared by {{NAME:Alisha Brandvold}}, {{EMAIL:abrandvold@southplainsdist.example.com}}, {{DATE:11/07/2026}}
`,
  },
  {
    id: 'h13-006',
    kind: 'Medicare secondary payer questionnaire',
    text: `
MEDICARE SECONDARY PAYER QUESTIONNAIRE - outpatient registration, {{LOCATION:Saint Alphonsus Regional Medical Center}}
Pt {{NAME:Evangeline Thibodeaux}}  MBI {{HEALTH_PLAN:8HQ2-WD4-MN61}}  DOB {{DATE:06/09/1934}}  age {{AGE_OVER_89:92}}  acct {{ACCOUNT:V0034418812}}
Part I  Black lung? N.  Research grant? N.  VA authorised? N.  Accident/injury? YES - fall on {{DATE:11/15/2026}} at {{LOCATION:Boise Towne Square}}; liability: mall's insurer, claim {{OTHER_ID:LIA-55-208417}}
Part II  ESRD? N.
Part IV  Age: retired {{DATE:06/1999}}. Spouse {{NAME:Lucien Thibodeaux}} retired. Group health plan through former employer? No.
Part V  Disability: n/a (over 65).
Other coverage: Part D Idaho Blue Rx member {{HEALTH_PLAN:IBX70418822}}; supplement AARP plan F {{HEALTH_PLAN:3318-4471-22}}
Contact: grandson {{NAME:Remy Thibodeaux-Garza}}, {{PHONE:208-555-0175}}, {{EMAIL:remy.tg@mailbox.example.net}}
Completed by {{NAME:kpfaff}} (registrar), {{DATE:11/18/2026}} 09:12; patient ID scanned {{PHOTO:IDSCAN_V0034418812_front.png}}; palm-vein ID enrolled {{BIOMETRIC:PV-0034418812-R}} (right hand; left hand deferred, arthritis)
`,
  },
  {
    id: 'h13-007',
    kind: 'delegated credentialing file audit',
    text: `
DELEGATED CREDENTIALING AUDIT - Prairie Physicians IPA - sample of 4 files - auditor {{NAME:Marguerite Oduya}}, {{DATE:2026-10-21}}
name|npi|caqh|dea|state lic|cds|board cert|malpractice|finding
{{NAME:Sundqvist, Leif}} MD|{{OTHER_ID:1093847756}}|{{OTHER_ID:15523088}}|{{LICENSE:BS4418820}}|KS {{LICENSE:04-33187}}|KS {{LICENSE:C-20814}}|ABIM {{LICENSE:288041}}|{{ACCOUNT:MPL-KS-118820}}|none
{{NAME:Adeyemi-Hart, Folake}} DO|{{OTHER_ID:1558822107}}|{{OTHER_ID:15540117}}|{{LICENSE:FA7720139}}|MO {{LICENSE:2019004471}}|n/a|AOBFP {{LICENSE:99-1420}}|{{ACCOUNT:MPL-MO-44107}}|DEA expires {{DATE:12/31/2026}}
{{NAME:Castellano, Ignacio}} PA-C|{{OTHER_ID:1720046639}}|{{OTHER_ID:16027744}}|{{LICENSE:MC8840215}}|KS {{LICENSE:15-01188}}|KS {{LICENSE:C-31170}}|NCCPA {{LICENSE:1188204}}|{{ACCOUNT:MPL-KS-120447}}|supervision agreement missing
{{NAME:Whitecloud, Danae}} CNM|{{OTHER_ID:1831175520}}|{{OTHER_ID:16110482}}|--|KS {{LICENSE:14-22017}}|--|AMCB {{LICENSE:C7741}}|{{ACCOUNT:MPL-KS-120998}}|NPDB query dated {{DATE:03/02/2026}} outside 180 days
Home address on file for {{NAME:Whitecloud}}: {{LOCATION:2208 SW Mission Ave}}, {{LOCATION:Topeka}} KS {{LOCATION:66614}}; practice fax {{FAX:785-555-0140}}; {{EMAIL:dwhitecloud@prairieipa.example.org}}
`,
  },
  {
    id: 'h13-008',
    kind: 'Medicaid paper remittance advice',
    text: `
STATE MEDICAL ASSISTANCE - REMITTANCE ADVICE   RA# 0099414   PAYEE 004471 ({{LOCATION:HIGH DESERT PEDIATRICS}})   WARRANT DATE {{DATE:11/20/26}}
ICN            RECIP ID      NAME                     FROM     TO       BILLED  PAID   EOB  PAT ACCT
{{OTHER_ID:2026318004417}}  {{HEALTH_PLAN:880417220}}     {{NAME:BEGAY}}, {{NAME:NIZHONI}}           {{DATE:101426}}   {{DATE:101426}}   185.00  92.14  000  {{ACCOUNT:HDP77120}}
{{OTHER_ID:2026318004418}}  {{HEALTH_PLAN:880519034}}     {{NAME:SALCIDO}}, {{NAME:MATEO R}}         {{DATE:101526}}   {{DATE:101526}}   240.00   0.00  126  {{ACCOUNT:HDP77141}}
   EOB 126: RECIPIENT NOT ELIGIBLE ON DOS - CHECK TPL (ANTHEM ID {{HEALTH_PLAN:YRP441872209}})
{{OTHER_ID:2026318004421}}  {{HEALTH_PLAN:880733581}}     {{NAME:TSOSIE-LARGO}}, {{NAME:KAYDEN}}      {{DATE:102126}}   {{DATE:102126}}    96.00  61.88  000  {{ACCOUNT:HDP77188}}
ADJUSTMENTS: ICN {{OTHER_ID:2026301118804}} recoup -44.10 (dup of {{DATE:09/30/26}}).  CPT 99213, 90460, 90686 billed; NDC 49281-0424-50.
QUESTIONS: provider services {{PHONE:1-800-555-0160}}, fax {{FAX:505-555-0123}}
`,
  },
  {
    id: 'h13-009',
    kind: 'collection agency placement and debt validation',
    text: `
PLACEMENT FILE  client: {{LOCATION:Bayfront Health Clinic}}   agency: Meridian Recovery Services   placed {{DATE:08/01/2026}}
debtor={{NAME:Rashid Al-Khouri}}; ssn_last4={{SSN:7719}}; dob={{DATE:1972-02-14}}; addr={{LOCATION:17 Wharf Street, Unit 2}}, {{LOCATION:New Bedford}} MA {{LOCATION:02740}}; phone={{PHONE:508-555-0119}}; client_acct={{ACCOUNT:BFH-6604218}}; agency_acct={{ACCOUNT:MRS-2026-448190}}; balance=1,284.50; dos={{DATE:2025-12-03}}
VALIDATION NOTICE sent {{DATE:08/04/2026}}. Dispute received {{DATE:08/29/2026}} by e-mail from {{EMAIL:rashid.alkhouri@inbox.example.com}} (X-Originating-IP {{IP:203.0.113.240}}):
"This bill was paid by my wife {{NAME:Samira}} with the Visa ending {{ACCOUNT:4471}} on {{DATE:1/15/26}}. Your letter also has my brother's date of birth. Stop calling my work."
Action: account placed on hold; proof requested from client; client confirms payment posted to wrong guarantor {{ACCOUNT:BFH-6604281}} ({{NAME:Rami Al-Khouri}}). Closed as paid, credit bureaus notified. Collector: {{NAME:dmcfarlane}}.
`,
  },
  {
    id: 'h13-010',
    kind: 'attorney letter of protection',
    text: `
LETTER OF PROTECTION  -  via fax {{FAX:(602) 555-0133}}
{{DATE:September 30, 2026}}
To: Billing Office, {{LOCATION:Desert Ridge Imaging}}, {{LOCATION:21844 N Tatum Blvd Ste 118}}, {{LOCATION:Phoenix}}, AZ {{LOCATION:85050}}
Re: our client {{NAME:Brianna Okonkwo-Sterling}}; DOB {{DATE:4/2/1996}}; SSN {{SSN:000-58-3301}}; DOI {{DATE:7/19/2026}}; your acct {{ACCOUNT:DRI-0884172}}
We represent the above client for injuries in a collision on {{LOCATION:Loop 101}} near {{LOCATION:Scottsdale Rd}}. Our client's vehicle (AZ {{VEHICLE:CTR9912}}, VIN {{VEHICLE:JTDKARFU9J3558120}}) was struck by a vehicle insured by Sonoran Direct, claim {{OTHER_ID:SD-4471-8820-26}}. We request that you defer collection for the MRI (CPT 72141, 73221) and look to any settlement for payment. Her health insurance ({{HEALTH_PLAN:AZB900418827}}) should not be billed.
Sincerely, {{NAME:Marcus T. Villanueva}}, Esq., Bar No. {{LICENSE:031884}}   {{PHONE:(602) 555-0132}}   {{EMAIL:mvillanueva@villanuevainjury.example.com}}
`,
  },
];
