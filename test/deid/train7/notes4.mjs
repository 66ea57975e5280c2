// train7 notes 4: telephone refill encounter, portal FMLA thread, postpartum discharge, peds ED asthma,
// OTP dosing note, HIV clinic, teledermatology, ortho workers' comp, stroke consult, family meeting,
// pharmacy prior auth, case-management transport note.
export default [
  {
    id: 't7-037',
    kind: 'telephone encounter (refill)',
    text: `
TELEPHONE ENCOUNTER   {{DATE:11/13/2025}} 10:22 AM   taken by {{NAME:Crystal}} (MA)
Caller: {{NAME:Frank Delgado-Moss}} (self)   DOB {{DATE:8-19-57}}   cb {{PHONE:915-555-0109}}
Requesting refill: levothyroxine 112 mcg #90, pharmacy on file ({{LOCATION:Sun City Pharmacy}} on {{LOCATION:Mesa St}}). Last TSH 2.1 on {{DATE:6/3/25}}. Last OV {{DATE:May 28th}}.
Also asks if he still needs the shingles shot #2; per IIS he got #1 {{DATE:Sept. 9}}.
Routed to Dr. {{NAME:Grant}} (Dr. {{NAME:Olusegun Grant}}) pool.
 -> {{DATE:11/13}} 1:05 PM Dr {{NAME:Grant}}: ok to refill x1 yr. needs labs before next OV. shingrix #2 due now.
 -> {{DATE:11/13}} 1:40 PM {{NAME:Crystal}}: LVM for pt at above number w instructions, refill sent. Mailed lab slip to {{LOCATION:6120 Alameda Ave Apt 7}}, {{LOCATION:El Paso}} TX {{LOCATION:79905}}.
`,
  },
  {
    id: 't7-038',
    kind: 'portal message thread (FMLA)',
    text: `
Patient message {{DATE:11/10/25}} from {{NAME:Jasmine Okoro-Lindqvist}}
Subject: FMLA papers
hi! my HR lady ({{NAME:Beverly}} at Cardinal Logistics) needs the FMLA form filled for my intermittent leave for migraines. she said to email it to her at {{EMAIL:bbeverly.hr@example.com}} or fax {{FAX:614-555-0194}}. i uploaded the form here: {{URL:https://portal.example.org/docs/u/jokoro-lindqvist/fmla_2025.pdf}}. my employee id is {{OTHER_ID:CL-448817}} if they need it. thank you!!

Reply {{DATE:11/11/25}} {{NAME:Alexis Marchetti}}, CMA:
Hi {{NAME:Jasmine}} (I'll call you {{NAME:Jas}} like you asked!), Dr. {{NAME:Ibsen}} will complete this within 7-10 business days. There is a $25 forms fee (billing acct {{ACCOUNT:G00381724}}). We can't email forms to your employer, but we can fax it to the number above. Please sign the release (ROI) at the front desk or via {{URL:https://forms.example.org/roi?ref=A7731-JOL}}.

Reply {{DATE:11/11/25}} from pt: ok np. can u also send a copy to my personal email {{EMAIL:jazzyokoro@example.net}}. ty
`,
  },
  {
    id: 't7-039',
    kind: 'postpartum discharge summary',
    text: `
POSTPARTUM D/C SUMMARY   adm {{DATE:11/12/25}}  d/c {{DATE:11/14/25}}
{{NAME:Adaeze Chukwuemeka}}  32yo G2P2002  MRN {{MRN:5012287}}
Delivery: pLTCS {{DATE:11/12/25}} 0817 for arrest of dilation, EBL 820 mL, under epidural. Female infant "{{NAME:Chiamaka}}", 3.62 kg, Apgars 8/9, to room-in.
PP course: uncomplicated. Hgb 10.1 (12.4). BP 128-138/80s, PEC labs neg. Breastfeeding w lactation ({{NAME:Gwen}}, IBCLC). EPDS 6.
Rh neg -> RhIG given {{DATE:11/13}} (baby Rh+). Rubella immune. Tdap given in pregnancy ({{DATE:Sept 22, 2025}}).
Contraception: plans LNG-IUD at PP visit.
F/u: incision check {{DATE:11/19}} at {{LOCATION:Midtown OB-GYN}}; PP visit {{DATE:12/22}} w Dr. {{NAME:Akintola}}. BP check at home x 6 wk; BP cuff given (loaner cuff asset tag 00412, not PHI).
Baby f/u w peds ({{LOCATION:Peachtree Peds}}) {{DATE:11/15}}. Husband {{NAME:Obinna}} present at d/c teaching.
{{NAME:T. Vo}}, MD (PGY3)
`,
  },
  {
    id: 't7-040',
    kind: 'pediatric ED note (asthma)',
    text: `
PEDS ED  {{DATE:11/16/2025}}  {{NAME:Martinez, Nico}}  7M  MRN {{MRN:C0412298}}  wt 24 kg
HPI: 7yo w mod persistent asthma, URI sx x2d, wheeze since 2am. albuterol 4 puffs x3 at home. Mom ({{NAME:Yolanda Martinez}}) says he ran out of flovent last month, no controller x3 wk.
PE: RR 34, SpO2 91% RA, HR 128. diffuse exp wheeze, subcostal retractions. PRAM 7.
Tx: duoneb x3, dexamethasone 0.6 mg/kg PO (14.4 mg), Mg 50 mg/kg IV. reassess: PRAM 2, SpO2 96% RA.
Dispo: home. flovent 44 mcg 2 puffs BID restarted, spacer given, dex 2nd dose tomorrow. AAP written. School nurse at {{LOCATION:Hawthorne Elementary}} to get copy (mom signed release).
PCP Dr. {{NAME:Ibrahim}} at {{LOCATION:Southside Pediatrics}}, f/u 2-3 d. Medicaid {{HEALTH_PLAN:HA91827364}}.
{{NAME:R. Lopez}} MD / {{NAME:K. Daly}} NP
`,
  },
  {
    id: 't7-041',
    kind: 'OTP dosing note (methadone)',
    text: `
OTP DOSING / COUNSELING NOTE   {{DATE:Nov 14 2025}}
Client {{NAME:Rhett Calloway}}  client ID {{OTHER_ID:OTP-11093}}   check-in by palm vein ({{BIOMETRIC:PV-4418-2071-AC}}); backup fingerprint template {{BIOMETRIC:FP-0039915}}
Dose: methadone 95 mg liquid, observed, swallowed, pt spoke after. Take-homes: Sat/Sun (phase 2).
UDS {{DATE:11/10}}: +methadone, -fentanyl, -opiates, -benzo. 6th neg in a row.
COWS 2 pre-dose. Denies cravings. Attends NA at {{LOCATION:First Baptist on Magnolia}} Tues.
Counselor {{NAME:Marguerite St. Cyr}}, LCDC: pt working w uncle at auto body shop, DL reinstated (TX DL {{LICENSE:44190382}}), driving again - discussed sedation risk.
Pt updated contact: {{PHONE:(409) 555-0153}}; emergency contact girlfriend {{NAME:Destiny Fontenot}} {{PHONE:409-555-0119}}.
Dose verified by {{NAME:L. Nguyen}}, LVN. Medical: Dr. {{NAME:Okwuosa}} reviewed, no change.
`,
  },
  {
    id: 't7-042',
    kind: 'HIV clinic progress note',
    text: `
ID CLINIC - HIV f/u   {{DATE:2025-11-12}}
{{NAME:Bongani Mthembu}} 46M, HIV since 2012, on Biktarvy. Ryan White eligibility renewed ({{OTHER_ID:RW-22-019284}}), ADAP enrolled.
Labs {{DATE:10/30}}: VL <20 (acc {{OTHER_ID:LB-2510-88412}}), CD4 612 (31%). Cr 1.0, LFTs nl, lipids LDL 142.
Adherence: 100% per pill count, refills via {{LOCATION:Avita Pharmacy}} mail order.
Social: partner {{NAME:Siyabonga}}, together 9 y, lives in {{LOCATION:Hillcrest}}, {{LOCATION:San Diego}} {{LOCATION:92103}}. Works for the county as a bus mechanic.
Screening: RPR NR, GC/CT neg (3 site). HPV vax completed. Anal pap {{DATE:3/2024}} nl.
PrEP for partner: he's seen at {{LOCATION:Family Health Centers - Hillcrest}}.
Plan: start atorvastatin 20, RTC 6 mo ({{DATE:May 2026}}). Case mgr {{NAME:Yadira Coronel}} {{PHONE:619-555-0185}} for housing voucher renewal.
{{NAME:Emil Drozdowski}}, MD
`,
  },
  {
    id: 't7-043',
    kind: 'teledermatology e-consult',
    text: `
TELEDERM E-CONSULT  submitted {{DATE:11/10/2025}}, answered {{DATE:11/12/2025}}
Referring: {{NAME:Anneliese Hartmann}}, PA-C, {{LOCATION:Bluefield Rural Health Clinic}}
Pt: {{NAME:Cletus Ray Blankenship}}, 68M, MRN {{MRN:BRH-004412}}
Q: changing pigmented lesion L upper back x 6 mo.
Images: {{PHOTO:derm_upload_44812_a.jpg}} (overview), {{PHOTO:derm_upload_44812_b.jpg}} (dermoscopy, ruler). Uploaded from {{IP:10.40.18.222}}. Full set at {{URL:https://teleder.example.net/case/44812}}.
A: 9 x 7 mm asymmetric macule w irregular network and blue-white veil on dermoscopy -> r/o melanoma. Also numerous SKs (Leser-Trelat not suspected).
Rec: excisional bx w 1-2 mm margins within 2 wk; if unable, refer to Dr. {{NAME:Pemberton}} ({{LOCATION:WVU Dermatology}}, {{PHONE:304-555-0129}}, fax {{FAX:304-555-0130}}).
{{NAME:Sunita Bhattacharya}}, MD, dermatology
`,
  },
  {
    id: 't7-044',
    kind: 'orthopaedic clinic (workers comp)',
    text: `
ORTHO CLINIC f/u - WORK COMP  DOS {{DATE:11/14/25}}
Pt {{NAME:Salazar, Efrain}}  DOI {{DATE:08/27/2025}}  claim # {{OTHER_ID:WC-2025-0081174}}  SSN {{SSN:666-41-2093}}
Employer: Delta Roofing (not a care site). Adjuster {{NAME:Kristin Vogel}}, {{EMAIL:kvogel@example-insure.com}}, fax {{FAX:(866) 555-0141}}.
R distal radius fx ORIF {{DATE:9/2/25}}. Plate lot # 2234-17 (lot, not PHI).
Now: pain 2/10, ROM flex 55, ext 60, sup 80, pron 85. Grip 22 kg (L 41 kg). XR: healed.
Work status: light duty, no lifting >10 lb R hand until {{DATE:12/12/25}}. Full duty anticipated {{DATE:January 2026}}.
Hand therapy 2x/wk at {{LOCATION:ProHand Therapy}} ({{LOCATION:Tempe}}).
RTC 4 wk. Form DWC-25 completed. {{NAME:Wyatt Hollingsworth}}, MD
`,
  },
  {
    id: 't7-045',
    kind: 'neurology stroke consult',
    text: `
NEURO CONSULT - CODE STROKE   {{DATE:11/15/2025}} 0912
Pt {{NAME:Halloran, Bridget M.}}, {{AGE_OVER_89:92}}F, LKW 0745 ({{DATE:11/15}}) per husband {{NAME:Seamus}} ({{AGE_OVER_89:93}} himself). 
Sx: L face/arm weakness, dysarthria. NIHSS 9 (LOC 0, gaze 1, face 2, L arm 3, dysarthria 1, neglect 2).
CT head: no bleed, ASPECTS 9. CTA: R M2 occlusion. 
pre-morbid mRS 2 (walks w cane, lives w husband at {{LOCATION:Maple Knoll Village}} IL apartment, {{LOCATION:Springdale}}).
TNK discussed w husband and daughter {{NAME:Nora Halloran-Fitch}} (by phone from {{LOCATION:Dayton}}, {{PHONE:937-555-0170}}); given age {{AGE_OVER_89:92}} and mRS 2, shared decision -> TNK 0.25 mg/kg at 0931, EVT referral to {{LOCATION:UC Health}}.
BP goal <180/105. NIHSS 24h. 
Dr. {{NAME:Achterberg}} (vascular neuro) aware.  {{NAME:Y. Ogunleye}}, MD (neuro resident)
`,
  },
  {
    id: 't7-046',
    kind: 'palliative care family meeting',
    text: `
PALLIATIVE CARE - FAMILY MEETING  {{DATE:11/13/2025}} 1500, 6W conf rm
Pt: {{NAME:Zelenko, Abram}}, {{AGE_OVER_89:ninety-seven}}, metastatic prostate ca, now w hypercalcemia and decline.
Present: wife {{NAME:Raisa}} (88), son {{NAME:Mikhail "Misha" Zelenko}}, daughter {{NAME:Galina Brodsky}}, grandson {{NAME:Ilya}}, on speaker from {{LOCATION:Haifa}}: daughter {{NAME:Tamar}}. Rabbi {{NAME:Feldman}} from {{LOCATION:Temple Beth Shalom}}. Team: Dr. {{NAME:Nakashima}} (onc), {{NAME:Lourdes}} (SW), me.
Discussion: pt previously told family (per {{NAME:Misha}}) "when it's time, let me go home." Goals: comfort, home w hospice.
Decisions: DNR/DNI, no ICU, no further calcitonin. Hospice referral to {{LOCATION:VITAS}} ({{LOCATION:Skokie}} office), eval {{DATE:11/14}}. Wife prefers home in {{LOCATION:Lincolnwood}}.
Family questions answered. {{NAME:Galina}} will be primary contact: {{PHONE:847-555-0127}}, {{EMAIL:galina.brodsky@example.com}}.
Time 70 min, >50% counselling. {{NAME:Harriet Osei-Mensah}}, MD, palliative
`,
  },
  {
    id: 't7-047',
    kind: 'pharmacy prior authorisation note',
    text: `
PHARMACY PA NOTE  {{DATE:11/17/2025}}
Pt {{NAME:Whitfield, Dorothea}}  DOB {{DATE:1/4/1966}}  Drug: adalimumab-adaz 40 mg q2wk (RA, failed MTX + HCQ)
Plan: Optum Rx, member ID {{HEALTH_PLAN:OPX-772014593}}, BIN 610011 / PCN IRX / group RXUHC (not PHI).
PA submitted via CoverMyMeds key {{OTHER_ID:BPTK9WLZ}}; PA ref {{OTHER_ID:PA-25-1187730}}.
Faxed chart notes to {{FAX:(877) 555-0172}} at 1130; confirmation rec'd.
Status {{DATE:11/18}}: APPROVED through {{DATE:11/17/2026}}. Copay card enrolled, ID {{ACCOUNT:6004821197}}.
Specialty pharmacy: {{LOCATION:Accredo}}, will call pt at {{PHONE:(405) 555-0146}} to schedule delivery to {{LOCATION:3302 NW 23rd St}}, {{LOCATION:Oklahoma City}}.
Rheum: Dr. {{NAME:Chaudhry}}. TB quant neg {{DATE:10/2025}}, HBV neg.
{{NAME:Mateo Villalobos}}, PharmD
`,
  },
  {
    id: 't7-048',
    kind: 'case management transport note',
    text: `
CM NOTE  {{DATE:11/16/25}} 1345
Pt {{NAME:Garfield "Gus" Okonjo}} ready for d/c to home ({{LOCATION:222 E 147th St}}, {{LOCATION:Bronx}} {{LOCATION:10451}}, 4th fl, elevator works per pt).
Transport: nephew {{NAME:Chidubem}} picking up in his car, grey Toyota Sienna, NY plate {{VEHICLE:KTR-6631}}; parked on level 2 of garage. Security notified for wheelchair to curb.
Access-A-Ride application started (pt ID {{OTHER_ID:AAR-7730192}}).
DME: rolling walker, shower chair delivered by {{LOCATION:Bronx Medical Supply}}, walker serial {{DEVICE:RW-9921-4410}}.
Pharmacy: meds to beds filled, Rx numbers {{OTHER_ID:6611034}}, {{OTHER_ID:6611035}}.
F/u: PCP Dr. {{NAME:Montgomery-Asare}} at {{LOCATION:Morris Heights Health Center}} {{DATE:11/21}} 1030.
HHA via {{LOCATION:Partners in Care}}, start of care {{DATE:11/18}}. Medicaid MCO: Fidelis, CIN {{HEALTH_PLAN:XK44190Q}}.
{{NAME:Precious Adebayo}}, RN CM  ph {{PHONE:718-555-0112}}
`,
  },
];
