// train7 notes 3: geriatrics clinic, wound care with photos, home health referral, dialysis, rapid response,
// ED psych triage, colonoscopy note, device clinic, resident group-chat sign-out, insulin pump clinic, SNF transfer, pre-op.
export default [
  {
    id: 't7-025',
    kind: 'geriatrics clinic note',
    text: `
GERI CLINIC f/u  {{DATE:14 Nov 2025}}
{{NAME:VILLANUEVA DE LA TORRE, ESPERANZA}}  MRN {{MRN:3307114}}
{{NAME:Esperanza Villanueva de la Torre}} is a {{AGE_OVER_89:ninety-four}} year old woman here w granddaughter {{NAME:Yesenia}} for memory and falls.
Falls: 2 since last visit ({{DATE:9/5}} in bathroom, {{DATE:10/19}} on porch steps). No injuries. Uses walker indoors only.
Cognition: MoCA 16/30 (was 19/30 {{DATE:5/2025}}). Mini-Cog 2/5.
Meds: donepezil 10, amlodipine 5, vit D. Stopped diphenhydramine (Beers).
Social: lives w son {{NAME:Rodrigo}} and his wife in {{LOCATION:Pilsen}}; attends day program at {{LOCATION:Casa Central Adult Day}} M/W/F. Her sister {{NAME:Consuelo}}, {{AGE_OVER_89:101}}, lives in {{LOCATION:Zacatecas}}, pt wants to visit in {{DATE:December 2025}} (travel counselling given).
Exam: BP 138/72 sitting, 118/66 standing (orthostatic). Gait: TUG 21 s.
Plan: PT home safety eval, reduce amlodipine to 2.5, DEXA. Advance directive: pt names {{NAME:Rodrigo Villanueva}} as HCP, form signed today, witnesses {{NAME:N. Akhtar}} and {{NAME:B. Oyler}}.
`,
  },
  {
    id: 't7-026',
    kind: 'wound care nursing note with photos',
    text: `
WOC NURSE NOTE  {{DATE:11/13/2025}}
Pt {{NAME:Harlan T. Wickersham}} Jr.  MRN {{MRN:2239184}}  rm 5N-22
Sacral stage 3 PI, present on adm ({{DATE:11/6}}). 4.2 x 3.1 x 0.8 cm, 60% red gran, 40% yellow slough, mod serous drainage, no odor. Periwound macerated.
Photos taken w Haiku, stored to media: {{PHOTO:WOC_sacrum_20251113_01.jpg}}, {{PHOTO:WOC_sacrum_20251113_02.jpg}}. Prior photo {{PHOTO:WOC_sacrum_20251106_01.jpg}} for comparison.
L heel DTI 2 x 2 cm, intact, purple. Photo {{PHOTO:IMG_20251113_094455.jpg}}.
Tx: cleanse NS, silver alginate, foam border, change q48h + prn. Heels offloaded w boots. Low air loss mattress ordered (rental, serial {{DEVICE:LAL-5530-0912}}).
Nutrition consult placed (albumin 2.6).
Wife {{NAME:Bonnie Wickersham}} educated. Will f/u {{DATE:11/15}}.
{{NAME:Guadalupe "Lupe" Arriaga}}, BSN, CWOCN
`,
  },
  {
    id: 't7-027',
    kind: 'home health referral',
    text: `
HOME HEALTH REFERRAL / F2F
Agency: {{LOCATION:Bayou Home Health}} fax {{FAX:(337) 555-0182}}  ph {{PHONE:(337) 555-0181}}
Pt: {{NAME:Thibodeaux, Clarence "Boo"}}  DOB {{DATE:2/7/1943}}  SSN {{SSN:912-38-4417}}
Address: {{LOCATION:1418 Rue Beaullieu}}, {{LOCATION:Lafayette}}, LA {{LOCATION:70506}} (blue house, past the Dollar General on {{LOCATION:Ambassador Caffery}})
Medicare {{HEALTH_PLAN:2TR8-HN3-QK44}}
F2F encounter {{DATE:11/12/25}} w Dr. {{NAME:LeBlanc}}; homebound due to SOB w exertion >20 ft, O2 2L.
Services: SN (CHF teaching, med mgmt, weights), PT, HHA 2x/wk.
Orders: furosemide 40 BID, daily wt, call MD for wt gain 3 lb/2d.
Caregiver: wife {{NAME:Mae Thibodeaux}} {{PHONE:337-555-0147}}; daughter {{NAME:Renee Guidry}} {{EMAIL:renee.guidry@example.com}}
Home O2 vendor {{LOCATION:Acadiana Medical Supply}}, concentrator SN {{DEVICE:OC8-2231947}}.
Signed {{NAME:Andre LeBlanc}}, MD  NPI {{OTHER_ID:1730284419}}  {{DATE:11/12/2025}}
`,
  },
  {
    id: 't7-028',
    kind: 'dialysis unit note',
    text: `
HD tx note - {{LOCATION:Northgate Dialysis}} chair 7   Tue {{DATE:11/11/25}}
{{NAME:Pham Thi Lan}} (goes by {{NAME:Lan}})  MWF 2nd shift  EDW 58.0 kg
Pre wt 61.4 (+3.4), BP 168/92, HR 80. Access L AVF, +thrill +bruit, cannulated 15g x2 w/o difficulty.
UF goal 3.2 L, 4h, BFR 400, DFR 600, 2K/2.5Ca bath. Machine #12 (serial {{DEVICE:5008S-2219-8431}}).
Intradialytic: cramping hr 3, UF paused 10 min, NS 200 mL. Post wt 58.6, BP 132/76.
Labs monthly drawn: Hgb 10.4, K 5.6, phos 6.8, alb 3.7. Kt/V 1.42.
Pt upset her son {{NAME:Quang}} can't drive her Fridays anymore; transport via {{LOCATION:King County}} Access paratransit, rider ID {{OTHER_ID:ACC-338410}}.
Transplant eval at {{LOCATION:UW Medical Center}} pending ({{DATE:Jan 2026}}). 
{{NAME:R. Castellano}}, RN / {{NAME:Soo-ah Lim}}, PCT
`,
  },
  {
    id: 't7-029',
    kind: 'rapid response note',
    text: `
RAPID RESPONSE  {{DATE:11-15-2025}} 1642  called by RN {{NAME:Kayleigh}} for HR 38
Pt {{NAME:OYELARAN, BABATUNDE}} 76M, POD2 lap colectomy (Dr. {{NAME:Vukovic}}).
On arrival: HR 36-40 junctional, BP 84/50, mentating, diaphoretic. Glucose 142.
Meds: metoprolol 50 BID given at 0900 + diltiazem 30 at 1400 (?double nodal blockade, new from pharm verif error).
Interventions: atropine 0.5 mg x2 -> HR 58, NS 500 bolus, BP 102/60. Pads placed, pacing not needed. EKG: junctional brady, no ischemic changes. K 4.1, Mg 1.9, trop pending.
Dispo: transfer to SDU 6B, cards consult (Dr. {{NAME:Patel-Greenberg}} aware). Event report {{OTHER_ID:SR-2025-40817}} filed.
Wife {{NAME:Folake}} called by primary team at 1715.
Team: {{NAME:A. Szabo}} (RRT RN), {{NAME:J. Mwangi}} (RT), {{NAME:E. Castillo}} MD
`,
  },
  {
    id: 't7-030',
    kind: 'ED psych triage',
    text: `
ED TRIAGE  {{DATE:11/16/25}} 2311  ESI 2
pt: john doe -> identified as {{NAME:Cody Ray Falkenberg}} via ID in wallet (DL {{LICENSE:F4415-28839-10}}), 31M
BIBA from {{LOCATION:Lincoln Park}} (found under the {{LOCATION:Fullerton Ave bridge}}) by CPD, 12-hr hold petition signed by officer {{NAME:Grabowski}} star #{{OTHER_ID:17744}}.
c/o "people are following me through my phone." SI denies, HI denies. +AH. UDS pending. 
VS: 142/96, 112, 18, 98% RA, 37.1. FSBS 101. 
Belongings: cell phone, wallet, backpack -> security bag #0921 (not PHI). Phone IMEI {{DEVICE:356938035643809}} logged by security.
Hx per chart: schizoaffective, last admit {{DATE:7/2025}} at {{LOCATION:Hartgrove}}. Case mgr {{NAME:Tiffany Ocampo}} at {{LOCATION:Thresholds}} {{PHONE:773-555-0179}}.
Sister {{NAME:Jo Falkenberg}} ({{PHONE:312-555-0158}}) per chart emergency contact.
Sitter 1:1. triage RN {{NAME:dmv}}
`,
  },
  {
    id: 't7-031',
    kind: 'colonoscopy procedure note',
    text: `
PROCEDURE: Colonoscopy w cold snare polypectomy   {{DATE:2025/11/10}}
Patient {{NAME:Abernathy-Kwan, Theodore}}   MRN {{MRN:A5507731}}   Endoscopist {{NAME:Ravindran}}, MD   CRNA {{NAME:Hollis}}
Indication: surveillance, hx TA {{DATE:Mar 2020}}; FHx CRC (father dx at 58).
Scope: CF-HQ190L SN {{DEVICE:2910337}} (not a lot number). Prep: Boston Bowel Prep Scale 3/3/3 = 9. Cecal intubation: appendiceal orifice + ileocecal valve photodocumented ({{PHOTO:endo_0047.tif}}, {{PHOTO:endo_0048.tif}}). Withdrawal 11 min.
Findings: 6 mm sessile polyp transverse, cold snare, retrieved, jar 1 (path acc {{OTHER_ID:S25-33102}}). Sm internal hemorrhoids.
Rec: await path. Repeat in 5-7 yr depending on path. Pt's wife {{NAME:June}} given instructions. Results letter to {{LOCATION:27 Hawthorn Ct}}, {{LOCATION:Ann Arbor}} MI {{LOCATION:48104}}.
CPT 45385. ICD Z86.010, Z80.0.
`,
  },
  {
    id: 't7-032',
    kind: 'device clinic interrogation',
    text: `
DEVICE CLINIC - remote transmission review   rec'd {{DATE:11/12/2025}}
Pt: {{NAME:Sigrun Halvorsen}}  {{AGE_OVER_89:90}}F  DOB {{DATE:09/03/1935}}
Device: dual chamber ICD, implanted {{DATE:06/22/2019}} at {{LOCATION:Abbott Northwestern}}, model DR-2288 (not PHI), SN {{DEVICE:AXQ190882T}}. Transmitter SN {{DEVICE:MTR-40671552}}.
Batt 6.1 yr. RA/RV/HV impedances stable. 
Events: 1 VT episode {{DATE:11/9}} 03:14, 188 bpm, ATP x1 successful. No shocks. AF burden <1%.
Transmission from home gateway IP {{IP:192.168.1.47}} (home wifi), routed via {{IP:198.51.100.210}}.
Plan: notify EP Dr. {{NAME:Tesfaye}}; pt called at {{PHONE:612-555-0134}}, daughter {{NAME:Astrid}} answered, pt doing well, no syncope. Next remote {{DATE:Feb 10, 2026}}.
Reviewed by {{NAME:Kjersti Moen}}, RN, CCDS
`,
  },
  {
    id: 't7-033',
    kind: 'resident group-chat sign-out',
    text: `
[secure chat - gold team]  {{DATE:11/16}}
{{NAME:priya r}} 17:52: signing out 3 to @{{NAME:tomasz}}. tl;dr
- 1108 {{NAME:bautista}} - ok, just f/u 2200 lactate. if >2 bolus 1L
- 1112 mrs. {{NAME:o'hare}} - her daughter {{NAME:siobhan}} will call ~8pm from {{LOCATION:galway}} (ireland), ok to update, she is on the release
- 1115 {{NAME:Nguyen}} (the younger one) - 
{{NAME:tomasz}} 17:55: which {{NAME:nguyen}} lol
{{NAME:priya r}} 17:55: {{NAME:nguyen duc anh}}, 1115. the other one ({{NAME:nguyen thi hoa}}, 1120) is day team's
{{NAME:tomasz}} 17:56: got it. anything on 1120 at all?
{{NAME:priya r}} 17:57: nope. oh and 1108's wife {{NAME:marisol}} left her number for the chaplain: {{PHONE:555-0126}}, they're at the {{LOCATION:ronald mcdonald house}} on {{LOCATION:ogden}}
{{NAME:tomasz}} 17:58: thx
`,
  },
  {
    id: 't7-034',
    kind: 'insulin pump clinic',
    text: `
ENDO - PUMP/CGM VISIT  {{DATE:11/10/25}}
{{NAME:Brooks, Summer}}  19F  T1DM since age 6  MRN {{MRN:1045523}}
College student at {{LOCATION:UC Davis}}, here over reading week; home is {{LOCATION:Redding}}.
Pump: t:slim X2 SN {{DEVICE:901-446-120}}, Control-IQ on. CGM Dexcom G7 sensor, receiver SN {{DEVICE:PG7D31A00}}.
Data upload ({{DATE:10/27}}-{{DATE:11/9}}): TIR 64%, TBR 3%, GMI 7.4%. Overnight lows 0200-0300 x4.
A1c 7.6 (was 8.1 in July). 
Changes: basal 0000-0400 0.65 -> 0.55 u/h. CR breakfast 1:8 -> 1:7.
Clarity sharing w clinic: {{EMAIL:summer.brooks.t1d@example.edu}}. Share code {{OTHER_ID:DXC-77Q4-P2}}.
Mom {{NAME:Autumn Brooks}} (her other daughter is {{NAME:Winter}}) on the phone for part of visit.
RTC 3 mo. {{NAME:Rahel Gebremedhin}}, MD
`,
  },
  {
    id: 't7-035',
    kind: 'transfer summary to SNF',
    text: `
INTERFACILITY TRANSFER SUMMARY
From: {{LOCATION:St. Agnes Hospital}}, 4 South   To: {{LOCATION:Greenspring Village}} skilled unit   Date {{DATE:11.17.25}}
Pt: {{NAME:O'Rourke-Bell, Maureen}}  DOB {{DATE:12/25/1929}}  Age {{AGE_OVER_89:95}}
Dx: L hip fx s/p IM nail {{DATE:11/11/25}} (Dr. {{NAME:Aguilar-Stein}}); delirium resolved; AKI resolved.
WB: WBAT LLE. Precautions: none. Staples out {{DATE:11/25}}.
Meds: enoxaparin 30 mg sq daily x 4 wk (through {{DATE:12/9}}), acetaminophen 1 g TID, oxycodone 2.5 mg q6h prn (last dose 0800), senna, miralax.
Code: DNR/DNI, MOLST on file (copy in packet).
Contacts: son {{NAME:Declan O'Rourke}} (POA) {{PHONE:410-555-0162}}, daughter {{NAME:Bernadette Bell}} {{PHONE:(443) 555-0137}}.
Report called to {{NAME:Charmaine}} RN at 1310. Transport BLS via {{LOCATION:Butler Medical Transport}} 1400.
Records faxed to {{FAX:410-555-0199}}.
{{NAME:K. Ostrowski}}, MD
`,
  },
  {
    id: 't7-036',
    kind: 'pre-anesthesia evaluation',
    text: `
PRE-ANESTHESIA EVAL   surgery date {{DATE:11/20/2025}}
Pt: {{NAME:Zhang Wei}} ({{NAME:W. Zhang}}), 63M, for R TKA w Dr. {{NAME:Sheehan}}
Hx: OSA on CPAP (machine SN {{DEVICE:23171448902}}, 11 cmH2O), HTN, prior GA {{DATE:2019-03-12}} uneventful. No FHx MH.
Airway: Mallampati III, TMD 3 FB, MO 3 FB, neck ROM full, beard. ASA 3.
Labs: Hgb 14.1, Cr 0.9, K 4.2, A1c 5.9. EKG NSR, LAFB.
Plan: spinal + adductor canal block, MAC; GA backup w VL. Bring CPAP. NPO after midnight, clear liquids til 2h before.
Pt asks that his wife {{NAME:Li Na}} be called after surgery: {{PHONE:(626) 555-0114}}. Interpreter: no (English fluent).
{{NAME:Ezinne Obi}}, CRNA / {{NAME:Mattias Lund}}, MD
`,
  },
];
