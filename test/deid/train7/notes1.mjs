// train7 notes 1: hospitalist progress note, I-PASS sign-out, phone triage, nursing flowsheet comments,
// ID consult, op note, H&P, discharge instructions, med rec, referral, ED MVC note, OB triage.
export default [
  {
    id: 't7-001',
    kind: 'progress note (hospitalist, lower case)',
    text: `
hospitalist progress note  {{DATE:11/14/25}} 0710
pt: {{NAME:okonkwo, chidi}}  mrn {{MRN:4402178}}  rm 612B
hd#3. s/p adm {{DATE:11/11}} for cap rll. overnight no events per rn ({{NAME:tasha}}). afebrile x24h, tmax 37.8 @ 2200.
bp 128/76 hr 88 rr 18 spo2 94% 2L nc. lungs: crackles rll, improved. cv rrr, 2/6 sem lusb (known). ext no edema, 5/5 x4.
labs: wbc 11.2 (14.9), cr 1.1, na 134. bcx {{DATE:11/11}} ngtd. sputum cx w nl flora.
a/p 67M w cap
1. cap - cont ceftriaxone 1g q24 + azithro day 4/5. wean o2. ambulate w pt.
2. dm2 - a1c 8.4, ssi + glargine 18u.
3. dispo - wife {{NAME:Ngozi}} at bedside, wants d/c to home in {{LOCATION:Dorchester}}; son {{NAME:Emeka}} will pick up. pcp dr {{NAME:fairweather}} at {{LOCATION:codman square health ctr}}, f/u 1 wk.
cc: {{NAME:j. whitcombe}} np
-- {{NAME:r. adeyemi-brooks}} md, pgr 4471
`,
  },
  {
    id: 't7-002',
    kind: 'I-PASS sign-out list',
    text: `
GEN MED B - NIGHT SIGNOUT  Sat {{DATE:11/15}}  (from {{NAME:Liang}} -> {{NAME:Petrakis}})

1) {{NAME:HUANG, Mei-Ling}}  {{AGE_OVER_89:91}}F  rm 4-12  MRN {{MRN:01938455}}
 I: watcher. P: nstemi, hep gtt per nomogram. ptt due 2300. DNR/DNI confirmed w daughter {{NAME:Grace Huang-Ruiz}} {{PHONE:(617) 555-0148}}.
 A: if ptt >100 hold 1h and call pharm. S: daughter asks to be called for any change. x5512 is cardiology fellow pager (not her phone).

2) {{NAME:DELA CRUZ, Rosario "Charo"}}  58F  rm 4-15  MRN {{MRN:01977302}}
 I: stable. P: dka resolved, on sq insulin. A: am bmp. S: none.

3) {{NAME:Van der Linde, Pieter}}  89M  rm 4-16  MRN {{MRN:02001846}}
 I: stable. P: ams, improving, UA neg. sitter at bedside. A: if agitated, avoid benzos; haldol 0.5 mg ok. S: wife {{NAME:Marijke}} stays at {{LOCATION:Hotel Ardmore}} on {{LOCATION:Beacon St}}.

4) {{NAME:Will Bright}}  44M  rm 4-20  MRN {{MRN:02011573}}
 I: watcher. P: etoh w/d, ciwa 14 at 1800. A: ciwa q2h, lorazepam per protocol. S: brother {{NAME:Hope}} (yes, {{NAME:Hope}}) is emergency contact {{PHONE:781-555-0196}}. will re-eval in am.
`,
  },
  {
    id: 't7-003',
    kind: 'phone triage note (pediatric fever)',
    text: `
TELEPHONE TRIAGE  rec'd {{DATE:11-16-2025}} 2148   RN: {{NAME:Dawn Oyelaran}}
Caller: mom {{NAME:Keisha Tolliver}} cb {{PHONE:(508) 555-0172}} (cell), alt {{PHONE:508.555.0139}} (grandma {{NAME:Bernice}})
Pt: {{NAME:Jaylen Tolliver}} DOB {{DATE:03/02/2023}} (2y8m) MRN {{MRN:P7730152}}
CC fever since yesterday ({{DATE:11/15}}), tmax 103.2 rectal, motrin 100 mg at 2000. drinking ok, 4 wet diapers today. no rash, no trouble breathing. mild cough. imms utd per mom.
Protocol: Fever - Child Under 3 (Schmitt-Thompson). Dispo: see in office within 24h. appt made Mon {{DATE:11/17}} 0930 w Dr {{NAME:Sunny Park}}.
Care advice given: dosing chart for ibuprofen 10 mg/kg, call back or go to {{LOCATION:Brockton Children's ED}} if lethargic, resp distress, <3 wet diapers in 24h. mom verbalized understanding.
`,
  },
  {
    id: 't7-004',
    kind: 'nursing flowsheet comments',
    text: `
Flowsheet comments - 7 WEST - {{NAME:KOWALCZYK, STANISLAW}} - acct {{ACCOUNT:HAR 6610048273}}
{{DATE:11/12/25}} 0800 pt A&Ox3, pain 3/10 L hip, repositioned q2h. Braden 15. -{{NAME:MB}}
{{DATE:11/12/25}} 1130 daughter {{NAME:Halina}} called from {{LOCATION:Scranton}}, updated per pt permission. -{{NAME:MB}}
{{DATE:11/12/25}} 1520 PT worked w pt, ambulated 40 ft w RW, CGA. -{{NAME:MB}}
{{DATE:11/12/25}} 2010 pt states "my wife {{NAME:Zofia}} died {{DATE:March 3rd}}, it's hard in the hospital" -- chaplain referral placed. -{{NAME:T. Nnamdi}}
{{DATE:11/13/25}} 0215 bed alarm, found sitting at edge of bed, no fall. Morse 55. -{{NAME:T. Nnamdi}}
{{DATE:11/13/25}} 0600 foley d/c'd per order, DTV by 1200. 1 unit PRBC done, lot W0417-25 (not PHI), vitals stable 122/70 HR 78. -{{NAME:T. Nnamdi}}
Home address verified at d/c planning: {{LOCATION:48 Pulaski St Apt 2R}}, {{LOCATION:Wilkes-Barre}} PA {{LOCATION:18702}}
`,
  },
  {
    id: 't7-005',
    kind: 'ID consult note',
    text: `
INFECTIOUS DISEASE CONSULT
Requesting: Dr. {{NAME:Amani Wanjiru}} (hospitalist)   Date of service: {{DATE:2025-11-13}}
Pt {{NAME:Rafael Ibarra-Quintero}}, 52M, MRN {{MRN:3318027}}, HIV dx 2009, last CD4 212 ({{DATE:Aug 2025}}), VL 1,420.
Reason: MSSA bacteremia, BCx {{DATE:11/10}} 2/2 bottles; repeat {{DATE:11/11}} 1/2; {{DATE:11/12}} ngtd.
Hx: works as a line cook at a restaurant in {{LOCATION:Jackson Heights}}; lives w partner {{NAME:Tomas}}; travel to Mexico (Jalisco) {{DATE:Sept 2025}}. IVDU denied. tattoo {{DATE:10/2025}} at a shop on {{LOCATION:Roosevelt Ave}}.
Exam: T 38.4, HR 104. L antecubital PIV site erythema, no fluctuance. 3/6 holosystolic murmur apex (new per pt). No Janeway lesions, no Osler nodes, no Roth spots.
Rec: TEE; cefazolin 2 g q8h; repeat BCx q24h until neg; ID clinic f/u w Dr. {{NAME:Ebrahim Karimi}} at {{LOCATION:Elmhurst ID Clinic}}, tel {{PHONE:(718) 555-0163}}, fax {{FAX:(718) 555-0164}}.
Accession for TEE-guided cx: {{OTHER_ID:M25-0448312}}. ICD-10 R78.81, B20.
Discussed w pt and Dr. {{NAME:Wanjiru}}.  -- {{NAME:K. Abernathy-Osei}}, MD, ID fellow
`,
  },
  {
    id: 't7-006',
    kind: 'operative note (generator change)',
    text: `
OPERATIVE NOTE
Pt: {{NAME:TRAN, VAN MINH}}   MRN {{MRN:00733519}}   DOS {{DATE:11.07.2025}}
Surgeon: {{NAME:Okafor, Nneka}} MD  Asst: {{NAME:Lindqvist}} PA-C  Anesth: MAC, Dr. {{NAME:Yusupova}}
Preop dx: ERI of dual chamber PPM (Z45.010). Postop dx: same.
Procedure: PPM generator change (CPT 33228).
Findings: old gen SN {{DEVICE:PJN448102S}} explanted, sent to mfr. Leads: RA SN {{DEVICE:BBL219384V}}, RV SN {{DEVICE:BBL220117V}}, both intact, RA thresh 0.7V@0.4ms, RV 0.9V@0.4ms, R wave 9.2 mV. New gen model ADDRL1 (model number, not PHI), SN {{DEVICE:RNB603771H}}.
EBL <10 mL. No complications. Pocket irrigated w abx soln, closed 2-0 and 4-0 vicryl, dermabond.
Wound check {{DATE:11/14}} at {{LOCATION:Device Clinic, Lakeshore Heart Institute}}. Remote monitor re-paired; home monitor serial {{DEVICE:MX2-77104893}}.
Dictated by {{NAME:N. Okafor}} {{DATE:11/7/25}} 1612, transcribed {{DATE:11/8/25}} ({{NAME:lw}})
`,
  },
  {
    id: 't7-007',
    kind: 'admission H&P',
    text: `
ADMISSION H&P   {{DATE:November 9, 2025}}
Name: {{NAME:MacAulay, Iain Ruairidh}}  DOB: {{DATE:1/30/1932}}  Age: {{AGE_OVER_89:93}} y (DOB verified w pt)
CC: "I can't get up off the floor"
HPI: Mr. {{NAME:MacAulay}} is a {{AGE_OVER_89:93}} y/o M w hx afib (on apixaban), CKD3b, BPH, found down at home by neighbor (Mrs. {{NAME:Delphine Arceneaux}}) this am after unknown down time; last seen normal {{DATE:11/8}} evening at church ({{LOCATION:St. Columba's}}). Lives alone in a 2nd floor walk-up, {{LOCATION:227 Lowell Rd}}, {{LOCATION:Chelmsford}}. Ambulates w cane. No LOC per pt.
PMH: afib (CHA2DS2-VASc 4), CKD3b (Cr 1.8 baseline), BPH, L TKA 2011, cataracts.
SH: widower since {{DATE:Feb 2019}}. former machinist. 1 glass scotch nightly. quit tobacco 1975.
FH: brother {{NAME:Angus}} d. at {{AGE_OVER_89:94}} of "old age".
Exam: T 36.4 BP 104/58 HR 96 irreg. Dry MM. Ecchymosis L flank. Strength 4/5 LLE, 5/5 else. CK 3,840.
A/P: rhabdo, fall, dehydration. IVF LR 125/h, trend CK, CT head neg. PT/OT. Nephew {{NAME:Callum MacAulay}} (HCP) {{PHONE:978-555-0181}} updated.
{{NAME:Priya Ramanathan}}, MD (PGY2) / attending {{NAME:D. Feldstein}}, MD
`,
  },
  {
    id: 't7-008',
    kind: 'discharge instructions (patient-facing)',
    text: `
DISCHARGE INSTRUCTIONS - {{LOCATION:Mercy Valley Hospital}}, {{LOCATION:1200 Fremont Ave}}, {{LOCATION:Ogden}}, UT {{LOCATION:84401}}
Patient: {{NAME:Shirley Ann Begay}}    Discharge date: {{DATE:11/16/2025}}
You were in the hospital for: heart failure flare (too much fluid).
Your medicines: furosemide 40 mg by mouth twice a day (NEW), metoprolol 25 mg twice a day, stop the naproxen.
Weigh yourself every morning. Call if you gain more than 3 lb in a day or 5 lb in a week.
Appointments:
 - Dr. {{NAME:Hoskie}}, heart clinic, Tues {{DATE:Nov 25}} at 10:40 AM, {{LOCATION:Tuba City Regional}} Cardiology, {{PHONE:(928) 555-0110}}
 - Lab draw (BMP) {{DATE:11/20}} any time 7-4 at {{LOCATION:Kayenta Health Center}}
 - Home health nurse from {{LOCATION:Four Corners Home Care}} will call you within 2 days ({{PHONE:928-555-0125}})
Questions about your medicines? Call the pharmacy line {{PHONE:801-555-0190}}. For emergencies call 911.
Your nurse today was {{NAME:Jolene}}. Your doctor was Dr. {{NAME:Marcus Whitehorse}}.
`,
  },
  {
    id: 't7-009',
    kind: 'medication reconciliation (pharmacy tech)',
    text: `
MED REC - admission  pt {{NAME:Abernathy, Loretta J}}  MRN {{MRN:7715402}}  {{DATE:11/17/2025}}
Sources: pt, daughter {{NAME:Tammy}} (by phone {{PHONE:(419) 555-0157}}), fill hx, {{LOCATION:Hartwell Pharmacy}} ({{LOCATION:Findlay}}) {{PHONE:419-555-0166}} fax {{FAX:419-555-0167}}
1. lisinopril 20 mg daily - taking. last fill {{DATE:10/28}} #90
2. metformin 1000 mg BID - taking "most days"
3. atorvastatin 40 mg qhs - taking
4. warfarin 5 mg M/W/F, 2.5 mg other days - taking; INR clinic at {{LOCATION:Blanchard Valley Anticoag Clinic}}; last INR 2.6 on {{DATE:11/10}}
5. oxycodone 5 mg q6h prn - NOT taking since Oct, pt says she flushed them. PDMP reviewed {{DATE:11/17/25}}: last fill {{DATE:8/02/25}}, prescriber {{NAME:S. Feeney}} DEA {{LICENSE:BF3318472}}.
6. vitamin D3 2000 units daily - OTC
Allergies: PCN (hives), sulfa (rash).
Rx # for warfarin {{OTHER_ID:RX 6620419}}; insurance Buckeye Health Plan member {{HEALTH_PLAN:BHP300478116}}.
Completed by {{NAME:Jordan Reyes-Whitlock}}, CPhT; verified {{NAME:A. Mbeki}}, PharmD
`,
  },
  {
    id: 't7-010',
    kind: 'referral (ortho, messy)',
    text: `
REFERRAL - Ortho Spine
To: {{LOCATION:Summit Orthopaedic Associates}}, attn Dr {{NAME:Ferreira dos Santos}}  fax {{FAX:(503) 555-0121}}
From: {{NAME:Hannah Lockhart}}, FNP, {{LOCATION:Gresham Family Medicine}}  ph {{PHONE:503-555-0102}}  f {{FAX:503-555-0103}}
Re: {{NAME:Buddy (Robert) Klinefelter}}  DOB {{DATE:06-14-1961}}  ins: Moda member id {{HEALTH_PLAN:MOD8842019-01}}
reason: L4-5 radic, failed 8 wk PT + gabapentin. MRI {{DATE:10/22/25}} @ {{LOCATION:Eastside Imaging}}: L4-5 disc ext w L L5 nerve root impingement. 4/5 EHL L, SLR + L at 40 deg. No saddle anesth, no b/b sx.
urgency: routine-soon (within 2-3 wk pls)
pt prefers appts after 3pm (works days at a lumber yard in {{LOCATION:Troutdale}}). cell {{PHONE:503.555.0188}}
imaging on PACS, CD mailed {{DATE:11/3}}.
`,
  },
  {
    id: 't7-011',
    kind: 'ED provider note (MVC)',
    text: `
ED PROVIDER NOTE  {{DATE:11/15/25}}  arrival 0148 via {{LOCATION:Kent County}} EMS (unit 14)
{{NAME:DeShawn Marcus-Pryor}}, 24M, restrained driver of a 2015 Nissan Altima, T-boned on passenger side at {{LOCATION:Division Ave}} & {{LOCATION:28th St}}, ~35 mph, +airbag, self-extricated. GCS 15. c/o L chest wall pain 6/10, neck pain.
Police on scene (officer {{NAME:Kuiper}}), report # {{OTHER_ID:GRPD-25-118834}}. Pt's vehicle: plate {{VEHICLE:DXK 4471}} (MI), VIN {{VEHICLE:1N4AL3AP0FC291845}}. Other driver transported to {{LOCATION:Butterworth}}.
Exam: seatbelt sign L chest, no abd seatbelt sign. Lungs CTAB. C-spine midline ttp at C6 -> CT.
CT c-spine neg. CXR: nondisplaced L rib 5-6 fx. FAST neg. EtOH 0.
Dispo: home w pain control, IS. Girlfriend {{NAME:Aaliyah}} driving home. PCP: none; referred to {{LOCATION:Cherry Health Heart of the City}}.
Work note given. -- {{NAME:M. Vanderploeg}}, DO
`,
  },
  {
    id: 't7-012',
    kind: 'OB triage note',
    text: `
OB TRIAGE  {{DATE:11/16/2025}} 0342
{{NAME:Lucero, Ximena}}  27yo G3P1011 @ 38w2d by 8wk US (EDD {{DATE:11/28/25}}), MRN {{MRN:5560291}}
CC: ctx q5min since 0100, LOF? at 0230 clear. +FM.
PNC at {{LOCATION:Westside Women's Health}} w Dr. {{NAME:Oduya}} / CNM {{NAME:Rainbow Castellanos}}. GBS neg ({{DATE:10/31}}). Rh+. 1hr GTT 118. Hx: SVD {{DATE:2021-06-04}}, SAB 2023.
SVE 4/70/-1 (from 2/50/-2 at office {{DATE:11/14}}). Nitrazine +, fern +. SROM confirmed.
EFM cat I, baseline 135, mod var, +accels. Toco q3-4 min.
Plan: admit L&D, expectant mgmt, epidural on request. Partner {{NAME:Joaquin}} at bedside; mother {{NAME:Guadalupe Lucero}} to be called {{PHONE:(915) 555-0117}}.
Interpreter not needed (pt prefers English). -- {{NAME:S. Harjo}}, CNM
`,
  },
];
