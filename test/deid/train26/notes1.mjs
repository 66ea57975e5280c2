// train26 notes 1: MICU flowsheet comments, MAR with initials, RT ventilator checks, central-line audit,
// lab run, wound care with photos, PT evaluation, CRRT run sheet, Swan-Ganz hemodynamics.
export default [
  {
    id: 't26-001',
    kind: 'MICU nursing flowsheet comments (12h day shift)',
    text: `
MICU Bed 14  {{NAME:ABIODUN-HART, Folasade}}  MRN {{MRN:7731904}}  Shift 0700-1900 {{DATE:02/11/26}}
RN: {{NAME:Siobhan}}   Attending: Dr {{NAME:Vasquez-Ferrer}}   Resp: RT on unit
0700 Neuro: RASS -2 on Precedex 0.6 mcg/kg/hr, Fentanyl 50 mcg/hr. PERRLA 3mm brisk. CAM-ICU neg. Moves all 4 to command, Babinski downgoing.
0800 Cards: NSR 80s-90s, MAP 62-68 on Levo 0.08 mcg/kg/min, Vaso 0.03 U/min fixed. Cap refill <3s. Pulses 2+ DP/PT bilat, Homans neg.
0800 Resp: AC 450/16/+8/40%. Sx'd via ETT x2 mod tan secretions. Lungs coarse bilat, dim RLL. Cx sent (sputum) per MD.
0900 GI: OGT @ 58cm, Vital AF 1.2 @ 40 ml/hr (goal 55). Residual 30ml returned. Abd soft, BS hypoactive. Flexi-Seal in place, Bristol 6, 250 ml.
0900 GU: Foley 16Fr, UO 35-50 ml/hr, amber clear. Lasix 40 IV given 0930 per order, +300 ml next hr.
1000 Skin: Braden 11. Sacrum Mepilex intact, no new breakdown. Turned q2h L/R, HOB 30. Bair Hugger off at 1000, T 37.4.
1100 Lines: R IJ TLC day 4 (dsg c/d/i, dated {{DATE:02/09}}), L radial A-line zeroed/leveled at phlebostatic axis. PIV 20g L FA saline locked.
1300 Zosyn 4.5 g hung, Vanc trough 14.2 (goal 15-20) - pharm adjusting. MRSA nares neg, Pseudomonas aeruginosa in BAL from {{DATE:2/8}}.
1500 Family: husband {{NAME:Kwabena Hart}} and daughter {{NAME:Efua}} at bedside, updated by Dr {{NAME:Vasquez-Ferrer}}. Husband cell {{PHONE:(414) 555-0187}}.
1700 Trendelenburg x 5 min for line re-dressing, tolerated. Chlorhexidine bath done. CHG wipes, oral care q4 w Biotene.
1845 Report to night RN. Safety: bed alarm on, restraints off, SCDs on.
Printed {{DATE:02/11/26}} 1903 from MICU flowsheet | {{LOCATION:Froedtert Hospital}}, {{LOCATION:Milwaukee}} WI | HAR {{ACCOUNT:40021877}}
`,
  },
  {
    id: 't26-002',
    kind: 'medication administration record (MAR) excerpt with nurse initials',
    text: `
MAR  4 West Med-Surg   Pt: {{NAME:Lindqvist, Torbjorn}}   DOB {{DATE:05/30/1941}}   MRN {{MRN:00-558-214}}   Allergies: PCN (hives), Sulfa
Date {{DATE:03/04/2026}}
Scheduled
 Metoprolol tartrate 25 mg PO BID      0900 given   2100 given  (HR 72 / 68)
 Apixaban (Eliquis) 5 mg PO BID        0900 given   2100 HELD - INR 1.3, plt 48K, Dr {{NAME:Oduya}} notified
 Pantoprazole (Protonix) 40 mg PO daily 0600 given
 Furosemide (Lasix) 20 mg IV BID       0900 given   1700 given
 Insulin glargine (Lantus) 18 u SC qHS 2100 given (BG 188)
 Senna 8.6 mg 2 tabs PO qHS            2100 refused - pt states "Colace is enough"
 Ceftriaxone (Rocephin) 2 g IV q24h    1200 given  (bag 2 of 7)
PRN
 Acetaminophen (Tylenol) 650 mg PO q6h  1412 given for pain 5/10 -> 2/10 @ 1510
 Ondansetron (Zofran) 4 mg IV q8h       0315 given for nausea, effective
 Oxycodone 5 mg PO q4h                  not given this date
 Lorazepam (Ativan) 0.5 mg IV q6h CIWA  not given, CIWA 3
Signatures on paper MAR: {{NAME:Kehinde Olawale}} RN (days), {{NAME:Mirela Jovanovic}} RN (eves), {{NAME:Tadhg Breathnach}} RN (nights), {{NAME:Rasa Petrauskaite}} LPN
Pyxis override x1 (Zofran) documented. Omnicell count correct at 0700.
MAR printed {{DATE:03/05/2026}} 0001 | {{LOCATION:Mercy Hospital Fort Smith}} 4 West | Page 1 of 1
`,
  },
  {
    id: 't26-003',
    kind: 'respiratory therapy ventilator check log',
    text: `
RESPIRATORY CARE - VENT FLOWSHEET   SICU-7   {{NAME:Te Rangi, Mereana}}  MRN {{MRN:5590271}}  {{DATE:14 Jan 2026}}
Vent: Hamilton C6 (asset #HC-22, not patient-specific). ETT 7.5 @ 23 lip, cuff 26 cmH2O by manometer.
Time  Mode    Vt   RR set/tot  PEEP  FiO2  Ppeak  Pplat  Cstat  SpO2  Init
0400  PRVC    420  18/22       10    50%   29     24     30     93%
0800  PRVC    420  18/20       10    45%   27     23     32     95%
1200  PRVC    420  16/18       8     40%   25     20     35     96%
1600  PS 12/8 ---  --/24       8     40%   20     --     --     94%
SBT 0930: CPAP 5/PS 5 x 30 min, RSBI 88, failed at 22 min (RR 34, SpO2 88%). Back to PRVC. Dr {{NAME:Hollingsworth}} aware.
ABG 0545: 7.33/48/72/25, lactate 1.9. Albuterol/Atrovent neb q4h inline. Mucomyst x1 for thick plugs.
Closed suction (Ballard) changed. HME changed. In-line Aerogen. VAP bundle: HOB 35, CHG oral care, SAT with Propofol off 0900.
Next: re-try SBT in am. Trach discussion w/ whanau (son {{NAME:Wiremu}}, sister {{NAME:Huia Ngata}}) planned {{DATE:1/16}}.
RT: {{NAME:Aroha Tipene}} RRT
Vent sheet page 2/2 | {{LOCATION:Middlemore Hospital}}, {{LOCATION:Otahuhu}}, {{LOCATION:Auckland}} {{LOCATION:1640}} | Intubated {{DATE:10/01/2026}} | NHI {{HEALTH_PLAN:ZKP5532}}
`,
  },
  {
    id: 't26-004',
    kind: 'central line and device audit round (CLABSI / CAUTI bundle)',
    text: `
LINE & DEVICE ROUNDS - CVICU   {{DATE:9/22/26}}   Auditor: {{NAME:Noor Al-Haddad}} RN, VAT    w/ {{NAME:Bishop}} (IP nurse)
Bed 2  {{NAME:Gallagher, Peadar}}: L subclavian Cordis + Swan-Ganz (day 2). Biopatch present, dsg dated. Necessity: yes (Milrinone). Foley: yes, strict I/O, Lasix gtt.
Bed 3  {{NAME:Ruiz de Velasco, Ximena}}: R basilic PICC 5Fr DL (ins. {{DATE:9/15}} by VAT {{NAME:Kofi}}), ext length 1 cm, tip CAJ per CXR. Sharps-free caps. Foley removed 0600, voided 250 at 1100. Bladder scan 90.
Bed 4  {{NAME:Mbeki-Oyelowo, Thandiwe}}: R fem Quinton HD cath for CRRT, dsg damp - changed. L radial art line, Allen test was + prior to insertion. Mediport L chest accessed 20g Huber (needle changed {{DATE:9/20}}).
Bed 6  {{NAME:Haugen, Sigrun}}: Impella CP via R fem, purge pressure 480, position confirmed by echo. Pleur-evac x2 (mediastinal + L pleural) -20 suction, no air leak, 40 ml serosang/4h. Epicardial wires A+V capped.
Bed 7  {{NAME:O'Shaughnessy, Grace}}: no central access. Midline L cephalic, day 5. Purewick on. Rectal tube - Flexi-Seal removed.
Bed 9  {{NAME:Tanaka-Blackfeather, Ren}}: Groshong (home TPN) - blood cx x2 drawn from line + periph, ? CLABSI, Candida parapsilosis last admission. ID (Dr {{NAME:Chaudhry}}) consulted.
Summary: 9 CVCs audited, 8/9 compliant. 2 Foleys d/c'd today. Entered into Vocera huddle board.
Audit filed to IP shared drive {{DATE:9/22/26}} | {{LOCATION:Sentara Norfolk General}} CVICU, {{LOCATION:Norfolk}} VA | Next audit {{DATE:9/29/26}}
`,
  },
  {
    id: 't26-005',
    kind: 'chemistry and heme lab run (cumulative results)',
    text: `
LAB CUMULATIVE  Pt {{NAME:NGUYEN THI, Hoa}}  Loc: 6N-612  MRN {{MRN:1043 8872}}  Ordering: {{NAME:PATEL-ESTRADA}}, MD
Coll {{DATE:04/17/26}} 0412  Acc# {{OTHER_ID:C26-107-44821}}     Coll {{DATE:04/18/26}} 0405  Acc# {{OTHER_ID:C26-108-45903}}
                 {{DATE:04/17}}     {{DATE:04/18}}     Ref
Na               131 L     134 L     135-145
K                5.6 H     4.9       3.5-5.1   (hemolyzed {{DATE:04/17}}, redrawn)
Cl               99        101       98-107
CO2              18 L      21 L      22-29
BUN              48 H      41 H      7-20
Creat            2.31 H    1.96 H    0.6-1.1
Gluc             212 H     164 H     70-99
Mg               1.6 L     2.1       1.7-2.2
Phos             5.9 H     4.8 H     2.5-4.5
Lactate          3.1 H     1.4
Trop-hs          88 H      102 H     <14
BNP              1,840 H
WBC              17.8 H    14.2 H
Hgb              8.1 L     7.6 L     -> 1 u PRBC transfused 0610 (unit verified x2 at bedside)
Plt              98 L      91 L
INR              1.6 H
Blood cx x2 ({{DATE:4/17}}): GPC in clusters 1/2 bottles @ 14h -> Staph epidermidis, likely contaminant per micro ({{NAME:Okafor}}). UA: nitrite +, LE 3+, >100K Klebsiella pneumoniae ESBL.
Critical K 5.6 called to {{NAME:Juniper}} RN at 0451, read back. Repeat K 4.9 called to Dr {{NAME:Patel-Estrada}}.
Reported {{DATE:04/18/26}} 0633 | Performing lab: {{LOCATION:Orlando Health Core Lab}}, {{LOCATION:Orlando}} FL
`,
  },
  {
    id: 't26-006',
    kind: 'wound care nurse note with photo log',
    text: `
WOUND/OSTOMY NURSE F/U   {{DATE:Jun 3, 2026}}   Unit: 8 Ortho   Pt: {{NAME:Sefo Tuilagi}}  MRN {{MRN:88124560}}
Referred by {{NAME:Hemi}} RN for stage 3 sacral PI + L heel DTI.
Sacrum: 4.2 x 3.1 x 0.6 cm, 80% red gran / 20% yellow slough, mod serous, periwound macerated. No tunneling, undermining 0.5 cm 3-6 o'clock.
Cleansed Vashe, Santyl to slough, Aquacel Ag rope, bordered Mepilex. Zinc barrier (Critic-Aid) to periwound.
L heel: 3 x 2.5 cm purple intact, DTI. Prevalon boot, float heels, Z-Flo. Doppler DP/PT biphasic.
Surface: Hill-Rom Envella low-air-loss ordered. Nutrition: Juven BID + Ensure Clear, albumin 2.4, prealb 9.
Photos (consented, EHR media): {{PHOTO:IMG_20260603_1012_sacrum.jpg}}, {{PHOTO:IMG_20260603_1014_Lheel.jpg}}. Ruler + barcode label in frame.
Wife {{NAME:Losa}} taught heel offloading. Home: lives {{LOCATION:Mangere East}}, {{LOCATION:Auckland}} area pre-transfer; going to {{LOCATION:Hibiscus Coast Rest Home}} on d/c.
Plan: WOC f/u q Mon/Thu, next {{DATE:6/8}}. Change Mepilex q3d + prn. -- {{NAME:B. Nakamura-Reyes}}, CWOCN
Facility: {{LOCATION:North Shore Hospital}}, {{LOCATION:Takapuna}} | Rest home ph {{PHONE:09 555 0147}}
`,
  },
  {
    id: 't26-007',
    kind: 'physiotherapy inpatient evaluation',
    text: `
PT INITIAL EVAL   {{DATE:11/02/2026}}   Pt: {{NAME:Aleksandrs Kalnins}}   78M   Rm 5S-22   Dx: L TKA POD1 (Dr {{NAME:Fairbairn-Mokoena}})
Precautions: WBAT LLE, falls risk (Morse 55), no driving. O2 RA. Hgb 9.9.
Subj: "Sore but ready." Pain 6/10 knee, premedicated Norco 1 tab 30 min prior by {{NAME:Priyanka}} RN. Wife present.
Home: 2-storey house in {{LOCATION:Brandon}}, MB (came from {{LOCATION:Jurmala}}, Latvia, in 1998); 12 steps w/ L rail, tub shower. Son {{NAME:Janis}} nearby.
Obj: AROM L knee 10-65 deg, R WFL. Quad lag 15 deg, SLR with assist. MMT hip flex 3+/5, DF/PF 4/5. Sensation intact LT. Homans neg, calf soft. Hoffmann and Romberg not tested.
Bed mobility: mod I w/ rail. Sit-stand: CGA with FWW. Gait: 40 ft x 2 FWW, step-to, CGA, cues heel strike. Stairs: deferred. Berg 34/56. TUG 28 s.
Ice/Cryo-Cuff post. CPM not ordered per Dr {{NAME:Fairbairn-Mokoena}} protocol. Ted hose, SCDs, Lovenox 40 daily.
Assess: below baseline, good potential. Goals (3 days): gait 150 ft SBA FWW, stairs 12 w/ rail CGA, HEP indep.
Plan: BID PT, d/c to home with HHPT vs IRF at {{LOCATION:Prairie Mountain Rehab Centre}}. -- {{NAME:Will Okonjo}}, PT, DPT
Site: {{LOCATION:Brandon Regional Health Centre}}, {{LOCATION:Brandon}} MB {{LOCATION:R7A 2B3}} | PHIN {{HEALTH_PLAN:000 555 318}}
`,
  },
  {
    id: 't26-008',
    kind: 'CRRT run sheet (continuous venovenous hemodiafiltration)',
    text: `
CRRT FLOWSHEET - CVVHDF   Pt {{NAME:Haddad, Rami Elias}}   MRN {{MRN:3305128}}   Bed MICU-09   {{DATE:Aug 19 2026}}
Machine: Prismaflex, set M150 (lot 26041, exp 2027). Access: R IJ Trialysis (placed {{DATE:8/17}} IR, Dr {{NAME:Ferreira Lobo}}).
Rx: BFR 200, replacement (PrismaSol BGK 4/2.5) 1000 ml/hr pre-filter, dialysate 1000 ml/hr, net UF 100 ml/hr. Citrate anticoag: 4% TSC 180 ml/hr, CaCl 40 ml/hr.
Hour   AP    VP    TMP   dP    Eff   UF net  iCa sys  iCa post  Init
0800  -88   102   48    110   2250  +100    1.12     0.34
1000  -92   110   61    118   2260  +100    1.09     0.31
1200  -101  124   88    142   2190  +60     1.05     0.29  TMP rising -> nephro aware
1400  --    --    --    --    --    --      --       --        filter clotted 1350, blood not returned (~180 ml). New set primed, restart 1430.
Labs 1200: K 4.2, Phos 2.1 (K-Phos added), Mg 2.0, total/ionized Ca ratio 2.3.
Heparin not used. Levophed 0.12. I/O: +1.4 L yesterday; today goal even.
Nephrology: Dr {{NAME:Amadi}}. Sister {{NAME:Layla Haddad}} called for update, {{PHONE:313-555-0164}}.
RN {{NAME:Liesl Mahlangu}}
Sheet 1 of 3 | {{LOCATION:Henry Ford Hospital}}, {{LOCATION:Detroit}} MI | CRRT started {{DATE:Aug 17 2026}}
`,
  },
  {
    id: 't26-009',
    kind: 'CCU Swan-Ganz hemodynamic profile',
    text: `
HEMODYNAMICS - PA CATHETER   CCU Rm 3   {{NAME:Blessing Chukwuemeka-Adams}}   {{DATE:2026-07-08}}
Swan-Ganz 7.5Fr via R IJ, 52 cm at introducer. Waveform PA confirmed, no wedge on pullback at 0600. Balloon deflated/locked.
Time   CVP  PAS/PAD  PAOP  CO(TD)  CI   SVR   SvO2  HR   MAP
0400   14   48/26    22    3.4     1.8  1459  52%   104  76
0800   12   44/24    20    3.9     2.1  1292  58%   98   75
1200   10   40/21    17    4.3     2.3  1190  61%   92   74
On Dobutamine 5 -> 5, Milrinone 0.25 started 0915, Lasix gtt 10 mg/hr. Amiodarone bolus for AF RVR 0220 (Cardizem avoided, EF 20%).
IABP 1:1 via L fem, augmented DP 118. Heparin gtt per anti-Xa. Distal pulses dopplerable L DP. Leg straight, HOB <30.
Bed alarm, sedation Precedex. Pt oriented x3, states sister flying in from {{LOCATION:Enugu}}.
Cardiology: Dr {{NAME:Kowalczyk}} rounded; HF team (Dr {{NAME:Ishikawa}}) considering Impella 5.5 / LVAD eval at {{LOCATION:Froedtert Hospital}}.
RN {{NAME:Catalina}} / float RN
Printed {{DATE:07/08/26}} | {{LOCATION:St. Luke's Medical Center}}, {{LOCATION:Milwaukee}} | MRN {{MRN:5582041}}
`,
  },
];
