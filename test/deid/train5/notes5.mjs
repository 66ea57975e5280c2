// train5 notes 5: GPS and rural addresses, name shapes (apostrophes, Mac/Mc, al-/bin, East Asian orders, word names), ages over 89, portal proxy, RPM, recalls, IME, refills, MVC, eligibility, a no-PHI handout.
export default [
  {
    id: 't5-049',
    kind: 'search and rescue / wilderness EMS run',
    text: `
{{LOCATION:Teton County}} SAR / EMS Run {{OTHER_ID:25-0817-03}}   {{DATE:Aug 17 2025}}
Dispatch 13:22: hiker down, ankle injury, {{LOCATION:Paintbrush Canyon}} trail ~mile 5. Caller {{NAME:Aubrey Lindgren}} via Garmin inReach ({{PHONE:307-555-0135}}).
PLS coordinates {{LOCATION:43.7904 N, 110.7818 W}}; helo LZ at {{LOCATION:43.78511, -110.76902}}.
Pt {{NAME:Tobias Quist}}, 27M, from {{LOCATION:Fort Collins}}, CO. R ankle deformity, CMS intact distal, pain 8/10 -> 3/10 after fentanyl 100 mcg IN.
SAM splint, vacuum mattress, litter carry 0.4 mi. Vitals stable: HR 96, BP 132/84, SpO2 97% at 7,800 ft.
Pt's car at {{LOCATION:String Lake}} lot: plate {{VEHICLE:DRK-2214}} (Colorado), VIN {{VEHICLE:JTMB1RFV2KD034518}}, left for family.
Transferred to {{LOCATION:St. John's Health}} ED 16:05. Crew: {{NAME:Hollis Granger}} (IC), {{NAME:Marta Solberg}} (EMT-A). Dog "Juniper" went home with girlfriend {{NAME:Kenzie}}.
`,
  },
  {
    id: 't5-050',
    kind: 'mail-order pharmacy shipping CSV',
    text: `
ship_date,rx_no,patient,address1,city,st,zip,phone,acct
{{DATE:2025-10-20}},{{OTHER_ID:7730912}},"{{NAME:Redhawk, Lorna}}",{{LOCATION:PO Box 1411}},{{LOCATION:Pine Ridge}},SD,{{LOCATION:57770}},{{PHONE:605-555-0179}},{{ACCOUNT:MO-441290}}
{{DATE:2025-10-20}},{{OTHER_ID:7730955}},"{{NAME:Kealoha, Makana}}",{{LOCATION:HC 1 Box 5250}},{{LOCATION:Keaau}},HI,{{LOCATION:96749}},{{PHONE:808-555-0148}},{{ACCOUNT:MO-441377}}
{{DATE:2025-10-21}},{{OTHER_ID:7731002}},"{{NAME:Brown, Hill}}",{{LOCATION:RR 3 Box 27B}},{{LOCATION:Lake Providence}},LA,{{LOCATION:71254}},{{PHONE:318-555-0111}},{{ACCOUNT:MO-441402}}
{{DATE:2025-10-21}},{{OTHER_ID:7731036}},"{{NAME:Young, Faith}}",{{LOCATION:General Delivery}},{{LOCATION:Eagle}},AK,{{LOCATION:99738}},,{{ACCOUNT:MO-441455}}
# 4 rows; drug names withheld; carrier USPS Priority; cold packs 0
`,
  },
  {
    id: 't5-051',
    kind: 'family meeting note (apostrophes, Mac/Mc)',
    text: `
FAMILY MEETING - Neuro ICU conference room, {{DATE:5/22/2025}} 15:00
Patient: {{NAME:Seamus McGillicuddy}}, 79, large L MCA stroke {{DATE:5/18}}, NIHSS 24, intubated.
Present: wife {{NAME:Noreen McGillicuddy}}; daughters {{NAME:Ciara D'Arcy}} and {{NAME:Aoife McGillicuddy-Ng}}; son {{NAME:Declan}} by phone; family friend Father {{NAME:Padraig O'Shaughnessy}}.
Team: Dr. {{NAME:Ewan MacPherson}} (neurocritical care), Dr. {{NAME:Renee DuBois}} (palliative), SW {{NAME:Marguerite L'Esperance}}, RN {{NAME:Jamal St. Clair}}.
Discussed prognosis: mRS 5-6 expected; PEG/trach vs comfort care. {{NAME:Seamus}} told {{NAME:Noreen}} years ago "no machines" - POLST on file from {{LOCATION:Providence St. Vincent}}.
Decision: one-way extubation {{DATE:5/24}} after grandson {{NAME:Liam O'Connor-Diaz}} arrives from {{LOCATION:Galway}} (Ireland).
`,
  },
  {
    id: 't5-052',
    kind: 'interpreter-assisted clinic note (Arabic names)',
    text: `
Refugee Health Screening - {{LOCATION:Dearborn Family Health Center}}   {{DATE:02/06/2025}}
Patient: {{NAME:Abdulrahman bin Khalid al-Harbi}}   DOB {{DATE:01/01/1961}} (assigned)   A# {{OTHER_ID:A-219-447-803}}
Family: wife {{NAME:Fatimah bint Saleh}}; son {{NAME:Omar al-Harbi}}; daughter {{NAME:Nour Abu-Zeid}} (married name).
Interpreter {{NAME:Yousef El-Sayed}} (in person, Arabic). Arrived {{DATE:Dec 2024}} from Jordan via {{LOCATION:Amman}}.
TB IGRA neg, Hep B sAg neg, Strongyloides IgG pos -> ivermectin 200 mcg/kg x2. Hb 11.2. Lead 2.
HTN 162/98 - amlodipine 5 mg. Vision 20/70 OD. PHQ-9 14, PTSD screen (RHS-15) positive.
Caseworker {{NAME:Hiba Mansour}}, {{PHONE:313-555-0106}}; resettlement agency housing: {{LOCATION:6115 Chase Rd Apt 9}}, {{LOCATION:Dearborn}} MI {{LOCATION:48126}}.
`,
  },
  {
    id: 't5-053',
    kind: 'clinic roster with CJKV names in both orders',
    text: `
Hep B clinic roster Thu {{DATE:3/13/2025}}  ({{LOCATION:Asian Health Services}}, {{LOCATION:Oakland}})
0830 {{NAME:Nguyen Van Thanh}} (surname first) - HBV DNA 1,200 IU/mL, ALT 34, tenofovir AF 25 mg
0850 {{NAME:Thanh Nguyen}} (different pt! DOB {{DATE:6/6/1990}}) - HBsAg+, eAg-, FibroScan 5.1 kPa
0910 {{NAME:WANG Xiuying}} / {{NAME:Xiuying Wang}} - same pt, registered twice; merge MRN {{MRN:AHS100442}} into {{MRN:AHS100978}}
0930 {{NAME:Kim Min-jun}} - Korean; son {{NAME:Daniel Kim}} interprets. AFP 3.
0950 {{NAME:Lee, Soo-ah}} - postpartum, baby got HBIG + vaccine at 12 h
1010 {{NAME:Chan Tai Man}} ({{NAME:Tommy Chan}}) - cirrhosis, Child-Pugh A6, MELD 9, US q6mo
Provider: Dr. {{NAME:Jiang Wei-Lun}}, MA {{NAME:Bao Tran}}
`,
  },
  {
    id: 't5-054',
    kind: 'nursing assignment sheet (word names)',
    text: `
4 EAST ASSIGNMENT {{DATE:11/09/2025}} DAYS   Charge: {{NAME:Rose Bush}}, RN
RN {{NAME:Guy Winter}}: 401, 402, 403 (403 = pt {{NAME:Iris King}}, fall risk, bed alarm)
RN {{NAME:Faith Dean}}: 404, 405, 406 (406 pt {{NAME:Harvey Page}} - Wood's lamp exam today)
RN {{NAME:Holly Ward}}: 407-410. LPN {{NAME:Young Hill}}: meds for 401-406.
CNA {{NAME:Summer Gay}}: vitals/glucose 401-410 at 0800, 1200.
Float from 5W: {{NAME:Brown}}, {{NAME:Amber}} (CNA). Sitter for 409 (Mr. {{NAME:Wood}}, CIWA 14).
Notes: Winter storm warning - staff may be late; Brown bag lunch for the unit at noon; King-size bed 410 for bariatric pt; pages go to Dr. {{NAME:Dean Faulkner}}. Holly wreath in lobby.
`,
  },
  {
    id: 't5-055',
    kind: 'geriatric consult (ages over 89 in many shapes)',
    text: `
GERIATRICS CONSULT - {{DATE:07/15/2025}}
Pt: {{NAME:Beatrice Almonte}}, {{AGE_OVER_89:95}}yo F, from {{LOCATION:Evergreen Manor}} SNF. Reason: recurrent falls, polypharmacy.
HPI: This {{AGE_OVER_89:ninety-five}}-year-old woman had 3 falls in 2 months. Lives with sister {{NAME:Clara}} (age {{AGE_OVER_89:98}}) - the two are "the {{NAME:Almonte}} girls". Husband died at 88.
Family hx: mother lived to {{AGE_OVER_89:103}}, father d. 70s. Older brother {{NAME:Emilio}}, {{AGE_OVER_89:100}}, in {{LOCATION:Ponce}}.
Meds (14): incl. oxybutynin, diphenhydramine qhs, zolpidem 5 mg - all Beers list. Orthostatic 142/70 -> 112/60.
Gait: TUG 24 s, Tinetti 14/28. MMSE 23/30. Katz 4/6. Vit D 18.
Plan: deprescribe x4, PT, hip protectors. Note: roommate (F/{{AGE_OVER_89:91}}) also had a fall this week - SNF quality review.
Consultant: {{NAME:Ingrid Solvang}}, MD
`,
  },
  {
    id: 't5-056',
    kind: 'portal proxy access request (web form export)',
    text: `
MyChart Proxy Access Request - submitted {{DATE:2025-04-02}}T21:18:44Z from {{IP:98.207.113.46}}
Patient: {{NAME:Harold Winthrop Bell}}   DOB {{DATE:1930-11-02}}   Age {{AGE_OVER_89:94}}   MRN {{MRN:WB00418822}}
Requester: {{NAME:Kimberly Bell-Navarro}} (daughter)   Email {{EMAIL:kbellnavarro@fastmail.example}}   Phone {{PHONE:425.555.0174}}
Requester SSN (identity proofing): {{SSN:533-09-7126}}; DL {{LICENSE:WDL4NAVK712B}} (WA)
Scope: full adult proxy; POA document uploaded; photo ID image {{PHOTO:IMG_20250401_1932.jpg}}
Identity check by selfie-to-ID face match score 0.93 (template {{BIOMETRIC:FM-6610-2278-B}}).
Reviewed by HIM {{NAME:tgreer}} {{DATE:04/03/2025}}: approved. Activation link {{URL:https://mychart.evergreenhealth.example/activate?code=PXY7741K}} (expires 72 h).
Session from internal workstation {{IP:10.12.40.88}}.
`,
  },
  {
    id: 't5-057',
    kind: 'remote patient monitoring onboarding',
    text: `
RPM ONBOARDING - CHF program   Enrolled {{DATE:09/02/2025}}
Patient {{NAME:Consuela Marquez-Whitley}}  MRN {{MRN:RP-0098441}}  Home {{LOCATION:2710 Mesquite Trl}}, {{LOCATION:Odessa}} TX {{LOCATION:79762}}
Kit: cellular scale (BodyTrace) IMEI {{DEVICE:866425031187702}}; BP cuff (Omron BP7350, s/n {{DEVICE:20250711-0448}}); hub MAC {{DEVICE:3C:71:BF:0A:44:19}}
Hub registered from {{IP:172.58.14.203}}; dashboard {{URL:https://rpm.permianheart.example/patients/RP-0098441}}.
Alerts: wt gain > 1 kg/24 h or 2 kg/week, SBP > 170 or < 90. Baseline 88.2 kg, BP 128/72.
Voice enrollment for IVR check-in: voiceprint {{BIOMETRIC:VPR-41180-2}} (pt speaks Spanish; grandson {{NAME:Adrian Whitley}} helped).
CPT 99453 today, 99454 monthly. Nurse {{NAME:Shelby Tran}}, {{PHONE:432-555-0156}}.
`,
  },
  {
    id: 't5-058',
    kind: 'telepsychiatry note, Alaska village clinic',
    text: `
TELEPSYCHIATRY - {{LOCATION:Yukon-Kuskokwim Health Corporation}} / {{LOCATION:Kwethluk}} subregional clinic   {{DATE:01/28/2025}}
Video link {{URL:https://vc.ykhc.example/room/psych-0128-kw}}; clinic VSAT {{IP:166.150.9.44}}. Behavioral health aide {{NAME:Evelyn Andrew}} present.
Pt {{NAME:Jonah Sam}}, 17M. Guardian grandmother {{NAME:Martha Sam}}. Seen for depression f/u after ED visit {{DATE:1/9/25}} in {{LOCATION:Bethel}}.
PHQ-A 16 (from 21), C-SSRS: passive SI last week, no plan, no intent; means restriction done (rifles locked at uncle {{NAME:Paul}}'s).
Fluoxetine 20 mg -> 30 mg. Snow-machine trips for school OK. Next video {{DATE:2/25}}.
Psychiatrist: {{NAME:Priya Raghunathan}}, MD (AK lic {{LICENSE:MEDS-44170}}), from {{LOCATION:Anchorage}}.
`,
  },
  {
    id: 't5-059',
    kind: 'device recall notification letter',
    text: `
{{DATE:June 30, 2025}}
Mr. {{NAME:Reginald Oakes}}
{{LOCATION:1127 Fairhaven Ln}}
{{LOCATION:Lexington}}, KY {{LOCATION:40502}}
URGENT MEDICAL DEVICE CORRECTION - Abbott Assurity MRI pacemaker (FDA Class I)
Our records show your pacemaker, model PM2272, serial {{DEVICE:8814402}}, implanted {{DATE:03/15/2022}} at {{LOCATION:Baptist Health Lexington}}, may be affected (battery depletion). Your remote monitor (Merlin@home s/n {{DEVICE:EX1150-2207731}}) will receive an update.
Please call the device clinic at {{PHONE:859-555-0128}} or fax records to {{FAX:859-555-0129}}. Patient ID card {{OTHER_ID:ABT-4471-2290}}.
{{NAME:Cecilia Vanterpool}}, RN, Device Clinic Coordinator
`,
  },
  {
    id: 't5-060',
    kind: 'workers compensation independent medical exam',
    text: `
INDEPENDENT MEDICAL EXAMINATION   Date of exam {{DATE:10/16/2025}}
Claimant {{NAME:Dwayne K. Fairweather}}   SSN {{SSN:430-71-5506}}   DOI {{DATE:02/03/2025}}   Claim {{OTHER_ID:WC1140-22871}}
Employer: Walmart DC 6094, {{LOCATION:Searcy}}, AR. Carrier: Travelers. Adjuster fax {{FAX:877-555-0133}}.
Mechanism: pallet jack crush, L foot. Dx: Lisfranc sprain, CRPS type I (L). Treating: Dr. {{NAME:Amos King}}, {{LOCATION:OrthoArkansas}}.
Exam: allodynia dorsum L foot, temp diff 1.4 C, sweating asymmetry. Budapest criteria met. AMA Guides 6th ed: 7% LE = 3% WPI.
MMI: not yet. Work status: seated duty 4 h/day. Driving: personal truck plate AR {{VEHICLE:711-KTD}}.
Examiner: {{NAME:Lorraine Whitlock}}, MD, AR license {{LICENSE:E-5588}}.
`,
  },
  {
    id: 't5-061',
    kind: 'pharmacy refill call log',
    text: `
{{LOCATION:Hometown Drug #3}} - refill line log {{DATE:12/23/2025}}
09:05 {{NAME:Mabel Underhill}} ({{AGE_OVER_89:ninety-two}}) wants lisinopril 10 and Lasix 20 early for holiday travel to {{LOCATION:Yuma}}; Rx {{OTHER_ID:412203}} and {{OTHER_ID:412204}}; vacation override from Medicare Part D (SilverScript) ok.
09:20 caller "{{NAME:Bud}}" for {{NAME:Vernon Stiles}}: oxycodone 5 mg too early (due {{DATE:12/28}}), told to call Dr. {{NAME:Kessler}}. PDMP checked.
09:41 {{NAME:Marisol Tejeda}} paid on house charge acct {{ACCOUNT:HC-10442}}, card ending 4471 (not stored).
10:02 fax from Dr. {{NAME:Obi}} office {{FAX:479-555-0185}}: new Rx metformin 500 ER for {{NAME:Eddie Nakai}}.
10:15 insulin pen needles for {{NAME:Rosa Pineda}} - Medicaid ID {{HEALTH_PLAN:ARK50071182}} needs PA for BD Nano 4 mm.
`,
  },
  {
    id: 't5-062',
    kind: 'multi-vehicle collision trauma note',
    text: `
TRAUMA ACTIVATION (Level 2) - {{DATE:03/08/2025}} 17:46 - {{LOCATION:UMC Lubbock}}
Pt #1 Trauma Zulu (alias), identified 19:10 as {{NAME:Corbin Ray Haskell}}, 33M, DOB {{DATE:6/30/1991}}, MRN {{MRN:U-7742019}}.
Driver of 2019 Ram 1500, TX plate {{VEHICLE:NKX-4412}}, VIN {{VEHICLE:1C6SRFFT4KN771204}}, T-boned at {{LOCATION:FM 1585}} and {{LOCATION:US 87}}.
Other vehicle: Honda Civic TX plate {{VEHICLE:PLM-0931}} (driver {{NAME:Ellie Vance}}, to {{LOCATION:Covenant Medical Center}}).
Primary: A patent, B diminished L, C HR 124 BP 96/60, D GCS 14, E seatbelt sign. FAST +LUQ. Chest tube 28 Fr L, 600 mL.
CT: grade III splenic lac, L rib fx 5-8. IR embolization by Dr. {{NAME:Mahmoud Hassan}}. DPS trooper {{NAME:Kyle Bristow}}, crash report {{OTHER_ID:TX-CR3-25-0088412}}.
Wife {{NAME:Jolene Haskell}} {{PHONE:806-555-0197}} en route from {{LOCATION:Slaton}}.
`,
  },
  {
    id: 't5-063',
    kind: 'Medicaid eligibility verification (270/271 text)',
    text: `
ELIGIBILITY RESPONSE {{DATE:2025-08-04}} 10:31 - payer: Louisiana Medicaid (Healthy Louisiana - Aetna Better Health)
Subscriber: {{NAME:THIBODEAUX, JOLIE ANNE}}   DOB {{DATE:2003-05-11}}   Gender F   SSN {{SSN:435-22-8817}}
Medicaid ID {{HEALTH_PLAN:1004417823}}   MCO member ID {{HEALTH_PLAN:ABH-7712304}}   Eff {{DATE:2025-01-01}} - term {{DATE:2025-12-31}}
Address on file: {{LOCATION:118 Rue Beaulieu}}, {{LOCATION:Breaux Bridge}} LA {{LOCATION:70517}}; parish {{LOCATION:St. Martin Parish}}
PCP: {{NAME:Andre Guidry}}, NP, {{LOCATION:Teche Action Clinic}}. Copay $0. Pregnancy: yes (EDD {{DATE:12/19/2025}}).
Trace # 7741209 (clearinghouse control no.) - verified by {{NAME:lmouton}} on workstation {{IP:10.8.3.161}}.
`,
  },
  {
    id: 't5-064',
    kind: 'patient education handout (no PHI)',
    text: `
AFTER YOUR CARDIAC CATHETERIZATION (radial approach)
- Keep the TR Band on for 2 hours; nurses will release air 3 mL every 15 minutes.
- No lifting over 5 lb (2.3 kg) with that arm for 48 hours. No driving for 24 hours.
- Take aspirin 81 mg daily and clopidogrel 75 mg daily unless told otherwise (CPT 93458 code on your bill).
- Call 911 for chest pain, or if bleeding does not stop after 10 minutes of firm pressure.
- Allen test and Barbeau test may be done before the procedure. Pain 2/10 is normal; 7/10 is not.
- Cardiac rehab starts 2-3 weeks after; ask about phase II. Your stent card shows the stent size (e.g. 3.0 x 18 mm).
- Questions: call the Heart and Vascular nurse line (on your discharge papers). Revised 2024.
`,
  },
  {
    id: 't5-065',
    kind: 'newborn identification and infant security record',
    text: `
NEWBORN ID / INFANT SECURITY - Mother Baby Unit, {{LOCATION:Sutter Roseville Medical Center}}
Infant: Baby Boy {{NAME:Okonjo}}, named {{NAME:Chukwuemeka "Emeka" Okonjo}}   Born {{DATE:10/31/2025}} 03:14   MRN {{MRN:SR9920117}}   Apgar 8/9, 3.41 kg
Mother: {{NAME:Adaeze Okonjo}}, G2P2, band # {{OTHER_ID:MB-44710}} (matches infant bands x2)
Footprints: digital footprint template {{BIOMETRIC:FPT-NB-7741902}} captured 04:05; mother's right index fingerprint {{BIOMETRIC:FP-M-7741902}} on same form.
Hugs security tag {{DEVICE:HUG-0A3F-1187}} applied to L ankle 03:40. Photo for security file {{PHOTO:NB_SR9920117_0405.png}}.
Father {{NAME:Ikenna Okonjo}} given matching band. Birth certificate worksheet given; newborn screen card {{OTHER_ID:CA-NBS-25-3318870}}.
Hep B vaccine 10 mcg IM, vitamin K 1 mg IM, erythromycin eye ointment. Bilirubin at 24 h 6.2 (low risk).
Pediatrician: Dr. {{NAME:Annalise Crowe}}. Discharge to {{LOCATION:4420 Eureka Rd Apt 112}}, {{LOCATION:Roseville}} CA {{LOCATION:95661}}.
`,
  },
  {
    id: 't5-066',
    kind: 'research biobank enrolment and payment form',
    text: `
{{LOCATION:Mountain West Biobank}} - Participant Enrolment   Participant ID {{OTHER_ID:MWB-0077142}}   Consent v4.2 signed {{DATE:05/06/2025}}
e-Consent via {{URL:https://consent.mwbiobank.example/p/MWB-0077142}} from {{IP:67.166.201.18}}
Name {{NAME:Thaddeus Ironcloud}}   DOB {{DATE:12/25/1955}}   Tribal affiliation: Northern Cheyenne (tribal consultation per policy)
Samples: 2 x EDTA (DNA), 1 x PAXgene, saliva kit {{OTHER_ID:SK-448190}}. Iris scan for re-identification at return visits: template {{BIOMETRIC:IRS-0077142-L}}.
Payment: $50 gift card; for IRS 1099 SSN {{SSN:516-40-2298}}; mailing {{LOCATION:PO Box 311}}, {{LOCATION:Lame Deer}}, MT {{LOCATION:59043}}.
Return-of-results preference: yes (general info at https://app.mwbiobank.example/results; personal page {{URL:https://app.mwbiobank.example/u/tironcloud}}).
Coordinator: {{NAME:Winona Two Bulls}}, {{EMAIL:wtwobulls@mwbiobank.example}}.
`,
  },
];
