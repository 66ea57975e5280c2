// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-001",
  "kind": "icu-nursing-shift",
  "text": "MICU Nursing Note 0700-1900 {{DATE:27/11/2026}}\nPt: {{NAME:Oluwaseun Adeyemi-Bankole}}, 58M, MRN {{MRN:44-918-203}}, transferred from {{LOCATION:St. Luke's Hospital Ikeja}} via {{LOCATION:Lagos}} flight team on {{DATE:24 Nov}}.\nNeuro: sedated on Propofol 30 mcg/kg/min and Fentanyl 50 mcg/hr, RASS -2, PERRL 3mm brisk. Precedex weaned off at 0900 per Dr {{NAME:Hakimi}}.\nRespir: AC 18/450/+8/40%. Rhonchi bilat, Crackles R base. Sx for moderate thick tan Aspirates x3.\nCVS: Levophed 0.08 mcg/kg/min via R IJ triple lumen. Swan removed 1100, tip to micro.\nGI: OGT on low intermittent suction, Zosyn 4.5 g q6h running. Foley draining 40-60 ml/hr, Lasix 40 mg IV given 1400.\nSkin: Braden 12, sacrum intact, repositioned q2h, Trendelenburg tolerated for line change.\nFamily: wife {{NAME:Folake}} and son {{NAME:Tunde Adeyemi-Bankole}} visited 1500, updated by Dr {{NAME:Hakimi}}; wife's number {{PHONE:(555) 310-4472}}. Brother {{NAME:Kayode}} calling from {{LOCATION:Abeokuta}}.\nRN {{NAME:M. Carvalho-Lindqvist}}\n"
 },
 {
  "id": "t20-002",
  "kind": "ed-handover",
  "text": "ED to ward handover (SBAR) {{DATE:Nov 26}} 2215\nS: {{NAME:Grace Whitehorse}}, 71F, fall at home {{LOCATION:1184 Cedar Bluff Rd}}, {{LOCATION:Kamloops}}, found by neighbour {{NAME:Will Tsosie}} on floor ~6 hrs.\nB: AF on Eliquis, CKD 3b. Lives alone, daughter {{NAME:Summer Whitehorse-Begay}} in {{LOCATION:Merritt}} ({{PHONE:250-555-0187}}).\nA: GCS 15, Hb 98, CK 4100. 18G L AC, Heparin lock flushed. Bair Hugger on, temp 35.4 -> 36.6.\nR: Bed 14 on {{LOCATION:Hillside Ward}}, tele. Fluids NS 125/hr, repeat CK 0600. Pt asks for Elder {{NAME:Ruby Paul}} from the band office and the chaplain, Rev. {{NAME:Bishop Okonjo}}.\nGiven by {{NAME:Kwame Asante}} RN to {{NAME:Hope Lindgren}} RN.\n"
 },
 {
  "id": "t20-003",
  "kind": "ward-night-note",
  "text": "Ward 7B night note. Pt {{NAME:Ieva Kazlauskiene}} ({{NAME:IK}}), 84F, adm {{DATE:22/11/26}} from {{LOCATION:Saulegraza Nursing Home}}, {{LOCATION:Birstonas}}, via {{LOCATION:Kaunas Clinics}}.\n2200 Restless, pulling at PICC (R basilic, 42 cm, placed {{DATE:23 Nov}}). Haloperidol 0.5 mg PO given per Dr {{NAME:Rimantas Zukauskas}}.\n0100 Sat 88% RA -> 2L NC 94%. Crackles bibasal. On-call Dr. {{NAME:Naveen Ramaswamy}} reviewed, CXR ordered via PACS.\n0400 Incontinent, Foley not indicated per CAUTI bundle. Skin: Waterlow 18, heels red, Repose boots applied.\n0600 Settled. Son {{NAME:Darius Kazlauskas}} rang at 0530 ({{PHONE:+370 555 21 908}}), visiting after work.\nHanded over to {{NAME:Aoife Ni Bhriain}} RN.\n"
 },
 {
  "id": "t20-004",
  "kind": "icu-line-note",
  "text": "Lines/Access review {{DATE:11/25/2026}} - pt {{NAME:Rafael de la Cruz y Mendoza}}, MRN {{MRN:7731904}}, Bed 6 CVICU.\n1. L femoral Quinton HD catheter (placed {{DATE:11/21}} at {{LOCATION:Hospital San Rafael}} in {{LOCATION:Tijuana}} prior to transfer) - site clean, Heparin locks 1000 u/ml each lumen. CRRT via Prismaflex, citrate anticoag.\n2. R radial art line, zeroed at phlebostatic axis, Fowler's 30 deg.\n3. R arm Hickman? - No: this is a tunnelled PICC, Groshong valve, lot noted on the line sheet.\n4. Foley 16Fr, inserted {{DATE:11/24}}.\nWife {{NAME:Maria Jose Ibarra de la Cruz}} wants the Quinton discussed with Dr {{NAME:Sandoval}} before removal. Interpreter {{NAME:Paz Quispe}} (Spanish) ID {{OTHER_ID:INT-40772}}.\n"
 },
 {
  "id": "t20-005",
  "kind": "step-down-note",
  "text": "Step-down progress, Thursday {{DATE:26 November}}\n{{NAME:Tevita Fifita}} (goes by \"{{NAME:Vita}}\"), 46M, post CABG x3 day 4, from {{LOCATION:Vaiola Hospital}}, {{LOCATION:Nuku'alofa}}, flown to {{LOCATION:Auckland City Hospital}} then to us.\nNeuro: A&O x4. Pain 3/10, Oxycodone 5 mg x1.\nRespir: IS 1250. Diminished bases, Crackles cleared with cough.\nCVS: SR 80s, pacing wires capped. Amiodarone gtt off 0800.\nGI: tolerating soft diet. Skin: sternal Prevena intact.\nSocial: staying after d/c with cousin {{NAME:Sione Havili}} at {{LOCATION:22 Mangere Rd}}, {{LOCATION:Otahuhu}} {{LOCATION:1062}}. Wife {{NAME:Losana}} phone {{PHONE:021 555 0143}}.\nPastor {{NAME:Viliami Tonga}} of {{LOCATION:Free Wesleyan Church Otahuhu}} visited.\nSigned {{NAME:Bronwyn Kereama}}, RN.\n"
 },
 {
  "id": "t20-006",
  "kind": "ed-triage",
  "text": "ED Triage {{DATE:27 Nov 2026}} 0314. Arrived by ambulance from {{LOCATION:Maple Grove Care Home}}, {{LOCATION:41 Birchfield Ave}}, {{LOCATION:Hamilton}}.\n{{NAME:Zeynep Yildirim-Aksoy}}, {{AGE_OVER_89:92}}F, DNR/DNI per form from home. SpO2 86% on arrival, RR 32. Rhonchi throughout.\nMeds per MAR: Lasix 40 daily, Metoprolol, Warfarin (INR 2.6). Allergy: Penicillin (rash).\nCare home nurse {{NAME:Priscilla Mbatha}} ({{PHONE:905-555-0129}}) says granddaughter {{NAME:Elif Aksoy}} is POA.\nCTAS 2 -> Resus 3. Triage RN {{NAME:J. Nakamura-Haines}}.\n"
 },
 {
  "id": "t20-007",
  "kind": "icu-family-log",
  "text": "ICU family contact log, bed 11 - {{NAME:Ngozi Eze}}\n{{DATE:25/11}} 1030 Husband {{NAME:Chukwuemeka Eze}} at bedside, updated re Levophed wean. Asks for Fr. {{NAME:Anselm Okafor}} from {{LOCATION:St. Patrick's Parish}}, {{LOCATION:Enugu}} to be told.\n{{DATE:25/11}} 1700 Sister {{NAME:Adaeze Nwosu}} called from {{LOCATION:Peckham}} ({{PHONE:07700 900412}}).\n{{DATE:26/11}} 0900 Family meeting in the {{LOCATION:Florence Nightingale Room}}: Dr {{NAME:Ortiz-Whitfield}} (consultant), {{NAME:Amaka}} (daughter), SW {{NAME:Lars Nygaard}}.\n{{DATE:26/11}} 2000 Husband went home to {{LOCATION:Flat 3, 17 Rye Lane}}, {{LOCATION:London}} {{LOCATION:SE15 4ST}}.\nKeep Fentanyl PCA. No visitors except those above, per patient.\n"
 },
 {
  "id": "t20-008",
  "kind": "handover-sheet",
  "text": "Nursing handover sheet 1900 - Surgical HDU {{LOCATION:Wolfson Wing}}\nBed 1 {{NAME:HAUGEN, Sigrid}} 77F. Lap Hartmann's {{DATE:24.11}}. Epidural (Bupi/Fentanyl) 8 ml/hr, block T6. Stoma pink.\nBed 2 {{NAME:Mirzaei, Kourosh}} 63M. Whipple D2. JP drains x2, Octreotide. Son {{NAME:Arash}} only visitor.\nBed 3 {{NAME:Bjarnadottir, Hrefna}} 55F. Oesophagectomy. Jejunostomy feeds Osmolite. Husband from {{LOCATION:Akureyri}}.\nBed 4 {{NAME:Goldberg, Shmuel}} {{AGE_OVER_89:91}}M. # NOF, Fascia iliaca block. Rabbi {{NAME:Dovid Lieberman}} visits Fri.\nCharge: {{NAME:Priya Venkataraman}} ext 4471. Outreach: {{NAME:Tomasz Wieczorek}}.\n"
 },
 {
  "id": "t20-009",
  "kind": "icu-admission",
  "text": "ICU Admission Nursing Assessment {{DATE:November 27, 2026}}\n{{NAME:Aroha Ngata-Whaanga}}, 33F, MRN {{MRN:NH-2208415}}, G2P1 post-partum haemorrhage, transferred from {{LOCATION:Gisborne Hospital}}, {{LOCATION:Tairawhiti}} by {{LOCATION:Ruatoria}}-based rescue helicopter.\nNeuro: GCS 15, anxious. Respir: 2L NC. CVS: Massive transfusion: 6 PRBC, 4 FFP, 1 cryo. Oxytocin infusion, Carboprost x2.\nLines: 2 x 14G, R radial art line, L IJ CVC. Foley, Bakri balloon out {{DATE:26/11}}.\nBaby {{NAME:Mahina}} in NICU at {{LOCATION:Starship}}. Partner {{NAME:Hemi Whaanga}} ({{PHONE:027 555 8810}}).\nKaumatua {{NAME:Wiremu Pohatu}} requested karakia at bedside - OK'd.\n"
 }
];
