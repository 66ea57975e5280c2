// train26 notes 3: dialysis run sheet, chest-tube checks, stroke unit NIHSS flowsheet, ECMO circuit check,
// LVAD driveline note, PICU flowsheet, NICU feeding log, pharmacy IV compatibility note, post-fall huddle.
export default [
  {
    id: 't26-019',
    kind: 'inpatient hemodialysis run sheet',
    text: `
HD TREATMENT RECORD  Acute Dialysis, 2nd floor   {{DATE:06/23/2026}}   Pt {{NAME:Dlamini, Sipho Themba}}  MRN {{MRN:9904127}}
Access: L brachiocephalic AVF, thrill/bruit +. Cannulated 15g x2, buttonhole. Aseptic technique, 1st attempt.
Machine Fresenius 2008T #14 (unit asset), dialyzer Optiflux F180NR, bath 2K/2.5Ca, Na 138, UF profile 1.
Pre: wt 81.4 kg (EDW 78.5), BP 168/92, HR 78, T 36.7, lungs crackles bases, edema 2+.
Hr   BP       HR  Qb   Qd   VP   AP    UF vol
0.5  152/88   80  400  600  160  -180  0.5
1    138/80   82  400  600  170  -190  1.1
2    118/70   88  400  600  175  -190  2.0   cramping L calf -> NS 200 bolus, UF goal lowered
3    124/72   84  400  600  170  -185  2.6
Post: wt 78.9, BP 130/76. Total UF 2.6 L. Heparin 2000u bolus, 1000/hr, off 1h before end. Hemostasis 8 min.
Meds on HD: Epogen 6000u, Venofer 100 mg, Hectorol 2 mcg. K 5.4 pre.
Outpt unit: {{LOCATION:Fresenius Kidney Care Hyde Park}} MWF chair 9 (moved from {{LOCATION:DaVita Soweto Square}}). Transport {{NAME:Lerato}} (daughter).
Nephro: Dr {{NAME:Okonkwo-Reilly}}. -- {{NAME:Wanjiru Kamau}} RN
{{LOCATION:Chris Hani Baragwanath Academic Hospital}}, {{LOCATION:Soweto}} | Daughter cell {{PHONE:082 555 0196}} | File {{MRN:BH-772214}}
`,
  },
  {
    id: 't26-020',
    kind: 'thoracic surgery chest tube check log',
    text: `
CHEST TUBE CHECKS  Thoracic 9E   Pt {{NAME:Aurelio Gutierrez Montenegro}}   POD 2 R VATS wedge   {{DATE:4/2/26}}
Tube: R 24Fr, Pleur-evac Sahara, -20 cmH2O wall suction. Dsg occlusive (Vaseline gauze + Tegaderm), site clean.
Time  Output ml (serous/serosang)  Air leak (0-7)  Tidaling  Crepitus  Init
0000  60 serosang                  3               +         none
0400  40 serosang                  2               +         none
0800  30 serous                    1 (cough only)  +         none
1200  20 serous                    0               +         none
CXR 0600: small apical PTX stable, tube in good position. To water seal 1000 per Dr {{NAME:Vandenberghe}}. Repeat CXR 1400.
IS 1250 ml x10/hr. Ambulated hallway x3 w/ tube, Pleur-evac below chest. Lidoderm patch, Tylenol, Oxy 5 prn.
Heimlich valve considered for d/c. Son {{NAME:Ignacio Gutierrez}} asks for call at {{PHONE:505-555-0108}}.
RN {{NAME:Tupac Quispe Mamani}}
{{LOCATION:University of New Mexico Hospital}}, {{LOCATION:Albuquerque}} | Home: {{LOCATION:Espanola}}, NM
`,
  },
  {
    id: 't26-021',
    kind: 'acute stroke unit NIHSS and swallow screen flowsheet',
    text: `
STROKE UNIT - NIHSS q4h / tPA monitoring   Pt {{NAME:Chen Xiaoming}}  (goes by {{NAME:Sam}})  Bed SU-6  {{DATE:20/08/2026}}
TNK given 1410 ({{DATE:19/08}}) in ED by Dr {{NAME:Abramovich}}, door-to-needle 38 min. No thrombectomy (no LVO on CTA).
Time   LOC  Gaze  Visual  Facial  Arm R/L  Leg R/L  Ataxia  Sens  Lang  Dysarth  Ext  Total  BP
2200   0    0     0       1       0/2      0/1      0       1     0     1        0    6      162/84
0200   0    0     0       1       0/1      0/1      0       1     0     1        0    5      150/80
0600   0    0     0       1       0/1      0/0      0       0     0     1        0    3      144/78
Labetalol 10 IV x1 at 2230 for 184/96 (goal <180/105). Nicardipine not needed.
Bedside swallow screen (TOR-BSST) failed - NPO, SLP to see. Meds via NG? no - hold PO.
Glasgow 15 throughout. No angioedema, no bleeding. Repeat CT 24h ({{DATE:20/08}} 1410): no ICH.
Wife {{NAME:Lin Mei}} and son {{NAME:Chen Jiahao}} visiting; they live in {{LOCATION:Box Hill}}, {{LOCATION:Melbourne}}. Son's mobile {{PHONE:0491 570 118}}.
RN {{NAME:Pham Thu Trang}}
{{LOCATION:Box Hill Hospital}}, {{LOCATION:Box Hill}} VIC {{LOCATION:3128}} | Medicare {{HEALTH_PLAN:2428 55517 3}}
`,
  },
  {
    id: 't26-022',
    kind: 'VA-ECMO circuit check (perfusion)',
    text: `
ECMO CIRCUIT CHECK  CVICU-1   {{DATE:11/11/2026}}   Pt {{NAME:Ioane Sapolu}}   Config: VA, R fem venous 25Fr / L fem arterial 17Fr + DPC 8Fr
Console: Cardiohelp (unit asset). Oxygenator HLS 7.0 day 3.
Time  RPM   Flow L/min  Sweep  FiO2  Pven  Pint  Part  dP   Init
0000  3400  4.1         3.0    60%   -48   212   188   24
0400  3400  4.0         3.0    60%   -52   214   190   24
0800  3350  3.9         2.5    50%   -50   210   188   22
Post-oxy ABG 0800: 7.42/36/412. Pt ABG (R radial): 7.38/41/88 - no Harlequin (north-south) syndrome.
Heparin gtt anti-Xa 0.31 (goal 0.3-0.5). pfHb 22. Fibrinogen 310. Plt 84K.
Circuit: no clots on flashlight inspection, small fibrin at connector - marked. Cannula sutures intact. Distal perfusion L leg NIRS 62%.
Pulsatility present, AV opening on TTE. Weaning trial planned with Dr {{NAME:Macpherson-Lau}} and perfusionist {{NAME:Rhiannon Kaye}}.
Partner {{NAME:Tavita}} at bedside; spiritual care visited.
Perfusion log, {{LOCATION:Queen's Medical Center}}, {{LOCATION:Honolulu}} | Cannulated {{DATE:11/08/2026}}
`,
  },
  {
    id: 't26-023',
    kind: 'LVAD driveline dressing and controller check',
    text: `
LVAD COORDINATOR NOTE  {{DATE:Oct 30, 2026}}   Pt {{NAME:Marchetti, Giancarlo}}  MRN {{MRN:7120045}}
Device: HeartMate 3, implanted {{DATE:03/2024}}, pump S/N {{DEVICE:HM3-1147752}}, system controller S/N {{DEVICE:SC-55310918}}.
Params: speed 5400 rpm, flow 4.6 Lpm, PI 3.4, power 4.3 W. No alarms on log since {{DATE:10/16}}. Backup controller checked, batteries (x4) 14/14 LED.
Driveline exit site (weekly dsg): healed, no drainage, no erythema. Chlorhexidine, Sorbaview, anchor (Hollister) repositioned. Culture not sent.
MAP by doppler 82. INR 2.4 on Coumadin 5 mg; ASA 81. LDH 212.
Caregiver: wife {{NAME:Rosaria}}, competency re-checked. They drive from {{LOCATION:Schenectady}}; local hotel {{LOCATION:Hope Lodge}} if needed.
Pt asks about swimming - no. Showering with Shower Bag ok.
Next clinic {{DATE:11/13}}. -- {{NAME:Hollis Ferreira}}, RN, VAD coordinator, pager 3318
VAD Clinic, {{LOCATION:Albany Medical Center}}, {{LOCATION:Albany}} NY | Pt ph {{PHONE:518-555-0171}} | Van plate {{VEHICLE:HKL 4471}} (handicap permit)
`,
  },
  {
    id: 't26-024',
    kind: 'PICU nursing flowsheet comments',
    text: `
PICU Rm 8   {{NAME:Amara Okeke-Lindstrom}}   age 4y   wt 16.2 kg   {{DATE:1/05/26}}
Dx: RSV bronchiolitis + Strep pneumo superinfection. HFNC (Optiflow junior) 20 L, FiO2 35%.
0800 Resp: RR 38-44, mild subcostal retractions, scattered wheeze, Sx nasal (NeilMed bulb). PEWS 4.
0800 CV: HR 140s, CRT 2s, warm. Ceftriaxone 50 mg/kg q24 due 1000.
1000 FEN: NPO -> NJ feeds PediaSure Peptide 1.0 @ 30 ml/hr. D5NS + 20K @ 40 (2/3 maint). BG 96.
1000 Neuro: irritable but consolable, FLACC 2, Tylenol 240 mg.
1300 ID: Droplet + contact. Resp viral panel: RSV A. Blood cx NGTD.
1500 Family: mom {{NAME:Ngozi}} here, dad at work ({{PHONE:(612) 555-0191}}). Child life brought iPad. Sibling 7y at {{LOCATION:Lake Harriet Elementary}}.
1800 Handover to {{NAME:Noelani}} RN via I-PASS. PEWS 3.
{{LOCATION:Masonic Children's Hospital}}, {{LOCATION:Minneapolis}} | Home {{LOCATION:4120 Upton Ave S}}, {{LOCATION:Minneapolis}} MN
`,
  },
  {
    id: 't26-025',
    kind: 'NICU feeding and cares log',
    text: `
NICU Pod C, isolette 22   Baby Girl {{NAME:Wojcik}} ("{{NAME:Zosia}}")   DOB {{DATE:02/02/2026}}   GA 29+3 -> CGA 32+1   Wt 1,412 g
Cares q3h: 0900, 1200, 1500. Temp 36.8 axillary, isolette air mode 31.5 C.
Feeds: EBM + HMF (Similac) 24 kcal, 28 ml q3h via OGT over 30 min; residuals not checked (unit policy). Cue-based PO trial 1500 - 6 ml with slow-flow Dr. Brown's nipple, stress cues after.
Resp: NIPPV weaned to CPAP +6, FiO2 23%. Caffeine citrate. A/B/D events: 2 self-resolved brady (HR 78, 82) with desat to 84%.
Skin: no breakdown, Neo-Temp probe site rotated. PICC (Argyle 1.9Fr) R saphenous removed {{DATE:2/24}}.
Parents: mom {{NAME:Agnieszka}} did kangaroo care 1h, expressing 400 ml/day (Medela Symphony). Dad called.
Eye exam (ROP) {{DATE:3/3}} - Zone II stage 1, Dr {{NAME:Ogunleye}}. Hearing screen pending.
RN {{NAME:Mahina}}
NICU, {{LOCATION:Advocate Children's Hospital}}, {{LOCATION:Park Ridge}} IL | Mother's MRN {{MRN:6650128}} | Infant footprint ID {{BIOMETRIC:FTP-0202-2291}} | Discharge target {{DATE:03/30/2026}}
`,
  },
  {
    id: 't26-026',
    kind: 'pharmacy IV compatibility and drip titration note',
    text: `
CLINICAL PHARMACY NOTE  {{DATE:08/08/26}}  MICU   Pt {{NAME:Sharifi, Parisa}}   MRN {{MRN:5502918}}
Asked by bedside RN re: Y-site compatibility with only 2 lumens (PICC DL).
Lumen 1 (red): Levophed 16 mg/250 + Vasopressin 20u/100 - compatible.
Lumen 2 (white): Propofol (Diprivan) + Fentanyl - compatible. Meropenem intermittent: compatible w/ Fentanyl, NOT with Propofol per Trissel's -> hold Propofol 30 min or use PIV.
Pantoprazole: incompatible w/ Midazolam (not running). Vanco: give via PIV (pH).
Cisatracurium (Nimbex) started overnight for ARDS (P/F 88), TOF 1/4. BIS 42. Eye lubricant.
Renal: CrCl ~30 (Cockcroft-Gault) -> Meropenem 1 g q12h, Vanco AUC dosing per Dr {{NAME:Bakshi}} protocol. Fluconazole for Candida glabrata? -> switch micafungin (glabrata often R).
Discussed with intensivist Dr {{NAME:Oyarzun}}. -- {{NAME:Dariusz Lewandowski}}, PharmD, BCCCP
{{LOCATION:UCSF Medical Center}}, {{LOCATION:San Francisco}} | Pharmacy fax {{FAX:415-555-0102}}
`,
  },
  {
    id: 't26-027',
    kind: 'post-fall huddle note',
    text: `
POST-FALL HUDDLE   Ortho/Neuro 4S  Rm 411   {{DATE:5/19/2026}} 0325
Pt {{NAME:Cornelius Whitebird}}  81M  found on floor beside bed by {{NAME:Marisol Etsitty}} PCT. Unwitnessed. Bed alarm was OFF (zone 2 not set).
Morse on admit 65 (high). Yellow socks on, yellow wristband on. Call light in reach. Last rounding 0250 ({{NAME:Etsitty}}).
Assessment: GCS 15, no LOC reported, abrasion L elbow 2 cm, no hip pain, ROM intact, no shortening/rotation. On Eliquis -> CT head ordered by Dr {{NAME:Sundaram}} (night hospitalist): neg.
Contributing: Lasix 40 at 2100, urgency, tried to walk to bathroom, Ambien-like Zolpidem at home (not here). Orthostatics 0400: 132/70 -> 108/62 standing.
Actions: bed alarm zone 1, low bed, floor mats, bedside commode, toileting q2h, Purewick offered, PT consult.
Son {{NAME:Raymond Whitebird}} notified 0410 at {{PHONE:(605) 555-0172}}; lives {{LOCATION:Pine Ridge}}. Safety report # {{OTHER_ID:SR-2026-04471}} filed. Charge RN aware.
{{LOCATION:Rapid City Regional Hospital}}, {{LOCATION:Rapid City}} SD | SSN {{SSN:000-58-3310}}
`,
  },
];
