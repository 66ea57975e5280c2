// train26 notes 4: lower-case night narrative with misspellings, UK NEWS2 chart, ortho neurovascular checks,
// chemotherapy double check, ostomy teaching, hospice comfort flowsheet, micro culture report, trauma resus record,
// urology CBI note.
export default [
  {
    id: 't26-028',
    kind: 'med-surg night shift narrative (lower case, shorthand, misspellings)',
    text: `
noc note {{DATE:12/1}} 1900-0730. pt {{NAME:ewurabena mensah}} rm 612. a&ox3 but sundowning ~0100, reoriented, no prn needed.
resp: 2l nc sats 92-94, lungs dim bases, IS 750 w coaching. cards: afib rate 90s on tele, cardizim 30 po given 2200. bp 134/70.
gi: tol reg diet, bm x1 (type 5). zofarn x1 0300 for nausea. abd soft. protonics am.
gu: voiding in hat, 400 ml. bladder scan 120 pvr.
skin: coccyx blanchable redness, mepilex on, turns q2 w help from pct.
iv: 20g r hand, lr @ 75. vanc 1.25 g 0100, trough due before 0900 dose. lasicks held per parameters (sbp <100 at 0500 - 98/56, rechecked 104/60).
pain: 4/10 back, tylenol 1g 0200. pt refused oxy ("makes me loopy").
labs am: k 3.3 -> kcl 40 po per protocol. mg 1.8.
safety: bed low, alarm on, yellow socks, call light. son {{NAME:kofi}} called 2230, updated re plan. he is in {{LOCATION:worcester}} and will come sat.
plan: f/u echo (ordered by dr {{NAME:haugland}}), ?tee. report to {{NAME:bernadette}} rn 0715. -{{NAME:mh}}
{{LOCATION:UMass Memorial Medical Center}}, {{LOCATION:Worcester}}
`,
  },
  {
    id: 't26-029',
    kind: 'UK ward NEWS2 observation chart with escalation',
    text: `
OBSERVATION CHART (NEWS2)   Ward 23, Acute Medical Unit   {{LOCATION:Royal Liverpool University Hospital}}
Patient: {{NAME:Gethin ap Rhys}}   NHS No {{HEALTH_PLAN:000 555 2197}}   Hosp No {{MRN:RL6640231}}   DOB {{DATE:11/04/1949}}
Date {{DATE:07/03/26}}
Time   RR  SpO2(S1)  Air/O2     SBP  HR   ACVPU  Temp  NEWS  Init
0200   22  94        Air        108  104  A      38.4  5
0300   24  93        2L NC      102  110  A      38.6  7  -> escalated to FY1 Dr {{NAME:Oduya}}, Sepsis Six started
0400   20  96        2L NC      112  96   A      37.9  3
0600   18  96        2L NC      118  88   A      37.4  2
Sepsis Six: O2, blood cultures x2, IV abx (Tazocin 4.5 g 0325), lactate 2.8, IV Hartmann's 500 ml bolus, fluid balance (catheter not needed, urine bottle).
qSOFA 1. CURB-65 2. CXR: L base consolidation. Sputum MC+S sent.
Next of kin: daughter {{NAME:Nia Pritchard}}, {{LOCATION:Llangefni}}, tel {{PHONE:01248 555 019}}. Pt Welsh-speaking, prefers Cymraeg at night when confused.
{{NAME:CB}} = {{NAME:Ceri Bowen}} (staff nurse). Outreach (CCOT) reviewed 0410.
Ward 23 AMU, {{LOCATION:Prescot Street}}, {{LOCATION:Liverpool}} {{LOCATION:L7 8XP}}
`,
  },
  {
    id: 't26-030',
    kind: 'orthopaedic neurovascular observations and traction check',
    text: `
NEUROVASCULAR OBS q1h x24 then q4h   Trauma Ortho, Bay 4 Bed 2   {{DATE:18 Sept 2026}}
Pt {{NAME:Rajesh Venkataraman Iyer}}  NOF # R (intracapsular), awaiting hemiarthroplasty list {{DATE:19/09}}. Skin traction (Buck's) 3 kg R leg.
Time  Colour  Warmth  CRT  Sensation  Movement  Pulses(DP/PT)  Pain  Init
1800  pink    warm    <2   intact     toes ok   +/+            6
1900  pink    warm    <2   intact     toes ok   +/+            4
2000  pink    warm    <2   tingling   toes ok   +/+            5  -> bandage loosened, resolved 2030
Weights hanging free, rope on pulley, heel off bed. Thomas splint not used. Fascia iliaca block 1630 by anaesthetics (Dr {{NAME:Quaye}}).
Delirium screen 4AT 0. Abbreviated Mental Test 9/10. Clinical Frailty Scale 4.
Anticoag: Dalteparin held 12h pre-op. Fasting from midnight, sips till 0600 per ERAS. Hb 112.
Wife {{NAME:Lakshmi}} phoned; grandson brings her from {{LOCATION:Leicester}} tomorrow. Pt lives on {{LOCATION:Belgrave Road}}.
{{LOCATION:Leicester Royal Infirmary}}, {{LOCATION:Infirmary Square}}, {{LOCATION:Leicester}} {{LOCATION:LE1 5WW}}
`,
  },
  {
    id: 't26-031',
    kind: 'chemotherapy independent double check',
    text: `
CHEMO ADMINISTRATION - INDEPENDENT DOUBLE CHECK   Infusion Ctr chair 12   {{DATE:02/16/2026}}
Pt {{NAME:Dmitrieva, Anastasia}}   MRN {{MRN:3387710}}   Regimen: FOLFOX C4D1 (Dr {{NAME:Oyebanji}})   Ht 162 cm  Wt 61.2 kg  BSA 1.65
Checks (RN 1 {{NAME:Sunniva Berg}}, RN 2 {{NAME:Marcus Teo}}): 2 identifiers, order, BSA, dose, rate, route, expiry, pump program - all match.
  Oxaliplatin 85 mg/m2 = 140 mg in D5W 500 ml over 2h  (NOT NS)
  Leucovorin 400 mg/m2 = 660 mg over 2h (Y-site with oxali)
  5-FU 400 mg/m2 bolus = 660 mg IVP
  5-FU 2400 mg/m2 = 3960 mg CADD pump over 46h, disconnect {{DATE:2/18}}
Premeds: Ondansetron 16 PO, Dexamethasone 12 PO. Port: R chest Bard PowerPort, accessed 20g 3/4" Huber, blood return brisk.
Labs: ANC 2.1, plt 142, Cr 0.8. Neuropathy grade 1 (cold-triggered). No Lhermitte sign.
Pt to avoid cold drinks 5 days. Husband {{NAME:Oleg}} drives; address on file changed to {{LOCATION:44 Pine Hollow Rd}}, {{LOCATION:Bozeman}}, MT {{LOCATION:59715}}.
{{LOCATION:Bozeman Health Cancer Center}} | C4D1 {{DATE:02/16/2026}} | next cycle {{DATE:03/02/2026}}
`,
  },
  {
    id: 't26-032',
    kind: 'ostomy teaching note',
    text: `
WOC - OSTOMY TEACHING #2  {{DATE:Jan 9, 2026}}   Pt {{NAME:Precious Mahlaba}}   POD 5 end ileostomy (Dr {{NAME:Whitcombe-Otieno}})
Stoma: RLQ, 32 mm round, budded 2 cm, pink/moist. Mucocutaneous junction intact. Output 1,100 ml/24h liquid green - high.
Pouch: Hollister New Image 2-piece, 1 3/4" flange, convex (Adapt ring). Stomahesive powder + Cavilon crusting for mild denudation 6-8 o'clock.
Pt emptied pouch x2 independently, cut barrier with template, applied w/ 1 cue. Sister watched, will help at home.
High-output: Imodium 2 mg QID, Metamucil, oral rehydration (WHO ORS), avoid hypotonic fluids. Cr 1.3 (up from 0.9) - team aware, Dr {{NAME:Whitcombe-Otieno}}.
Supplies via Edgepark (mail order). Pt grew up in {{LOCATION:Soweto}}, now lives in {{LOCATION:Ridgewood}}, NJ. Script sent to {{LOCATION:CVS Ridgewood}}.
Next: teach night drainage bag, d/c {{DATE:1/11}}. -- {{NAME:Kirra Jackson}} RN, CWOCN
{{LOCATION:Valley Hospital}}, {{LOCATION:Paramus}} NJ | Pt cell {{PHONE:201-555-0183}}
`,
  },
  {
    id: 't26-033',
    kind: 'hospice inpatient comfort care flowsheet',
    text: `
HOSPICE IPU - COMFORT FLOWSHEET   {{LOCATION:Our Lady of Peace Hospice}}   Rm 6   {{DATE:04/04/26}}
Pt {{NAME:Eilidh MacLeod}}  {{AGE_OVER_89:93}}F  metastatic breast ca. DNR/comfort only.
Time  PAINAD  RR   Apnea  Secretions  Agitation  Meds                         Init
0600  2       22   no     mild        no         Morphine 2.5 mg SC
1000  1       18   no     mod         no         Glycopyrrolate 0.2 mg SC
1400  0       14   10s    mod         no         Scopolamine patch on
1800  0       10   20s    mild        yes        Midazolam 2.5 mg SC
Mottling feet/knees, Cheyne-Stokes pattern since 1400. Mouth care with swabs + Biotene, lips Vaseline. Repositioned q2-4h, comfort turns only.
Family: niece {{NAME:Morag}} at bedside; Rev. {{NAME:Iain Macaulay}} from {{LOCATION:Stornoway Free Church}} visited 1530.
Niece asks to be phoned overnight if change: {{PHONE:07700 900 418}}.
{{NAME:TJ}} = {{NAME:Tiriana Jones}} RN. Syringe driver not needed yet (McKinley T34 available).
{{LOCATION:Our Lady of Peace Hospice}}, {{LOCATION:Stornoway}} {{LOCATION:HS1 2AF}} | CHI {{HEALTH_PLAN:1402335551}}
`,
  },
  {
    id: 't26-034',
    kind: 'microbiology culture and sensitivity report',
    text: `
MICROBIOLOGY - FINAL   Specimen {{OTHER_ID:MB26-0413-0077}}   Pt {{NAME:OKONJO-BRANDT, Felix}}   MRN {{MRN:8802341}}   Ward ICU-3
Source: BAL R lower lobe. Collected {{DATE:13-Apr-2026}} 1120 by Dr {{NAME:Rahimi}}. Received 1150.
Gram stain: many PMNs, moderate GNR, few GPC in pairs.
Culture: >100,000 CFU/ml Pseudomonas aeruginosa (mucoid); 10-50K Stenotrophomonas maltophilia; normal oral flora.
Susceptibility (MIC, CLSI)         P. aeruginosa     S. maltophilia
  Piperacillin-tazobactam          16 S
  Cefepime                          8 SDD
  Ceftazidime-avibactam             2 S
  Meropenem                        >8 R
  Ciprofloxacin                     1 I
  Tobramycin                        1 S
  Trimethoprim-sulfamethoxazole                       <=0.5 S
  Levofloxacin                                        1 S
Fungal: Candida albicans (colonisation). AFB smear neg. Legionella urine Ag neg. Aspergillus galactomannan 0.3 (neg).
Called to Dr {{NAME:Rahimi}} ({{DATE:4/15}} 0930), read back. Infection prevention: MDRO flag (carbapenem-R Pseudomonas) - contact plus.
Reviewed by {{NAME:S. Abernathy}}, MLS(ASCP)
{{LOCATION:Cedars-Sinai Medical Center}} Microbiology, {{LOCATION:Los Angeles}} CA
`,
  },
  {
    id: 't26-035',
    kind: 'trauma resuscitation nursing record',
    text: `
TRAUMA FLOWSHEET - LEVEL 1 ACTIVATION   {{DATE:07/04/2026}}   arrival 2214 by EMS (Medic 12)
Pt: TRAUMA, ZEBRA (alias) -> identified 2305 as {{NAME:Dakota Running Crane}}, 24M.  Trauma MRN {{MRN:TR-0098815}}
MOI: MVC, unrestrained driver, pickup (WY plate {{VEHICLE:5-44721}} per EMS) rollover near {{LOCATION:Rock Springs}}. Airbag deployed. Extrication 25 min.
Primary: A patent, C-collar (Aspen). B: decr BS L, SpO2 88 -> L chest tube 32Fr by Dr {{NAME:Obi-Kessler}}, 600 ml blood. C: HR 128, BP 84/50. MTP activated 2221.
Products: 4 PRBC/4 FFP/1 plt via Belmont rapid infuser @ 38 C. TXA 1 g. Cordis R fem.
D: GCS 13 (E3 V4 M6), pupils 3 =. E: abrasions, L femur deformity -> traction splint (Sager) by EMS. Bair Hugger, T 35.4.
FAST: + LUQ. To OR 2258 (Dr {{NAME:Obi-Kessler}}, ex-lap/splenectomy). Blood alcohol 0.14.
Scribe: {{NAME:Hollister Begay}} RN. Family: mother {{NAME:Winona Running Crane}} en route from {{LOCATION:Fort Washakie}}.
{{LOCATION:Wyoming Medical Center}}, {{LOCATION:Casper}} | WY DL {{LICENSE:105-442-381}} | Car towed to a yard in {{LOCATION:Green River}}
`,
  },
  {
    id: 't26-036',
    kind: 'urology continuous bladder irrigation note',
    text: `
CBI FLOWSHEET  Uro 5N  {{NAME:Yeboah, Kwadwo Asante}}   POD 0 TURP (Dr {{NAME:Lindahl}})   {{DATE:3/03/26}}
Catheter: 22Fr 3-way Coude, 30 ml balloon, on traction taped to R thigh until 0600.
Time  In (NS)  Out total  True UO  Colour                Clots  Bladder spasm  Init
1600  3000     3350       350      cherry/pink           few    yes
2000  3000     3280       280      rose                  none   mild
0000  3000     3250       250      light pink            none   no
0400  2000     2200       200      pale pink             none   no
B&O suppository x1 2010 for spasms. Oxybutynin 5 prn. Irrigation slowed per protocol (Kool-Aid -> pink lemonade colour).
Manual hand irrigation 60 ml piston syringe x1 at 1700, small clots out. Na 137 (TURP syndrome watch), Hgb 12.1.
Wife {{NAME:Abena}} asks when he can go home to {{LOCATION:Co-op City}} in the {{LOCATION:Bronx}}: POD 1-2 if urine clears. Both from {{LOCATION:Kumasi}}, Twi-speaking.
{{NAME:AK}} = {{NAME:Anneliese Kraus}} RN
{{LOCATION:Montefiore Medical Center}}, {{LOCATION:Bronx}} NY
`,
  },
];
