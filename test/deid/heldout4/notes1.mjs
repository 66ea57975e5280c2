// heldout4 notes, part 1: procedures, cardiology, endoscopy, oncology, conferences, implant registry.
export default [
  {
    id: 'h4-001',
    kind: 'operative note (total knee arthroplasty, implant serials)',
    text: `
OPERATIVE REPORT
Patient: {{NAME:HALVORSEN, INGRID M}}    MRN: {{MRN:00-4471-982}}    FIN: {{ACCOUNT:7710043325}}
DOB: {{DATE:09/17/1951}} (73 y)    Date of surgery: {{DATE:03/11/2025}}
Facility: {{LOCATION:Lakeshore Orthopaedic Surgery Center}}, OR 4
Surgeon: {{NAME:Tobias Reinholt}}, MD   Assistant: {{NAME:Dawn Petrakis}}, PA-C
Anesthesia: {{NAME:Will Abernathy}}, MD (general + adductor canal block)
Preoperative diagnosis: Primary osteoarthritis, right knee (M17.11), Kellgren-Lawrence grade 4.
Procedure: Right total knee arthroplasty, cemented, posterior-stabilised (CPT 27447).
Findings: Tricompartmental eburnation, large medial osteophytes. Tourniquet 250 mmHg x 78 min.
Implants (scanned to registry):
  Femoral component size 6 R, Lot 64522918, SN {{DEVICE:FMR-2291-88405}}
  Tibial baseplate size 5, Lot 64530017, SN {{DEVICE:TBP5-0173-22190}}
  Poly insert 11 mm PS, Lot 71120045 (no serial)
  Patella 35 mm, Lot 6449-120
Intraoperative photographs {{PHOTO:TKA_HALVORSEN_0311_01.jpg}} and {{PHOTO:TKA_HALVORSEN_0311_02.jpg}} stored to media.
EBL 150 mL. No drain. Foley removed in PACU. Counts correct x2.
Disposition: PACU then Ward 6B bed 12. WBAT. Aspirin 81 mg BID x 35 days (Caprini 5).
Electronically signed {{NAME:T. Reinholt}} {{DATE:11-Mar-2025}} 16:42
`,
  },
  {
    id: 'h4-002',
    kind: 'anaesthesia record (UK theatre)',
    text: `
ANAESTHESIA RECORD  |  {{LOCATION:St. Brendan's Hospital}} Main Theatres
Pt: {{NAME:Oyelaran, Babatunde}}   Hosp no. {{MRN:SB0918273}}   Acct {{ACCOUNT:ACC-55120981}}
DOB {{DATE:1967-02-23}}   Wt 104 kg  Ht 178 cm  BMI 32.8  ASA III
Case date {{DATE:2025-04-03}}   Procedure: laparoscopic Roux-en-Y revision
Airway: Mallampati 3, thyromental 6 cm, mouth opening 3 FB. Cormack-Lehane 2a with VL. ETT 7.5 cuffed @ 23 cm at lip.
Induction 08:12: propofol 200 mg, fentanyl 150 mcg, rocuronium 60 mg. Maintenance sevoflurane 0.9 MAC.
Lines: 20G L radial arterial line (Allen test normal), 16G R forearm.
Syringe pump (remifentanil) asset tag 4410, serial {{DEVICE:AL8-5521-07713}}.
Obs: BP 128/76 -> nadir 88/50 at 09:05 (phenylephrine 100 mcg x2), HR 64-92, SpO2 97-100%, EtCO2 34-38.
TOF 4/4 at end; sugammadex 200 mg. Extubated awake 11:47. PONV: dexamethasone 8 mg + ondansetron 4 mg.
Fluids: Hartmann's 1800 mL. UO 350 mL. EBL 50 mL.
Anaesthetist: Dr {{NAME:Faith Mwangi-Otieno}} (GMC {{LICENSE:7264419}})   ODP: {{NAME:Guy Fairbanks}}
Handover to recovery nurse {{NAME:joy tan}} 11:58. Aldrete 9/10 at 12:20.
`,
  },
  {
    id: 'h4-003',
    kind: 'cardiac catheterisation report',
    text: `
CARDIAC CATHETERIZATION REPORT
{{LOCATION:Mercy Ridge Heart Institute}} - Cath Lab 2
Name: {{NAME:Castellanos-Ruiz, Teodoro}}   MRN {{MRN:MR7730145}}   Acct {{ACCOUNT:55-0912-7734}}   DOB {{DATE:May 2, 1944}}
Procedure date: {{DATE:April 14, 2025}}   Referring: {{NAME:Page Whitcomb}}, MD (fax {{FAX:(608) 555-0147}})
Indication: NSTEMI, troponin I peak 4.82 ng/mL, TIMI risk 4/7.
Access: R radial 6F (Barbeau B), Seldinger technique. Heparin 5000 U, verapamil 2.5 mg IA.
Hemodynamics: Ao 132/70 (mean 94), LV 134/18, LVEDP 18 mmHg.
Coronaries: LM normal. LAD 90% mid, TIMI 2 flow. LCx 30% ostial. RCA dominant, 50% mid.
Intervention: mid LAD, DES 3.0 x 28 mm (Lot 0009384521). Post TIMI 3, 0% residual.
Existing device: dual-chamber pacemaker, serial {{DEVICE:PJN447120S}}, interrogated pre-procedure - no events.
Contrast 110 mL iohexol. Fluoro 9.2 min. Air kerma 612 mGy. TR band 12 mL at 13:10.
Plan: DAPT (ASA 81 + ticagrelor 90 BID) x 12 months, high-intensity statin, cardiac rehab.
Operator: {{NAME:Rich Okafor}}, MD, FSCAI.   Cc: Dr. {{NAME:P. Whitcomb}}
`,
  },
  {
    id: 'h4-004',
    kind: 'transthoracic echo report',
    text: `
TRANSTHORACIC ECHOCARDIOGRAM
Patient: {{NAME:Mae-Louise Trudeau}}   Age: {{AGE_OVER_89:91}} y   Sex: F   MRN: {{MRN:4082176}}   Study date: {{DATE:04/22/2025}}
Location: Echo lab, {{LOCATION:Ferncliff Valley Hospital}}   Sonographer: {{NAME:JUNE ABERNETHY}}, RDCS   Accession {{OTHER_ID:ECH25-0418832}}
Indication: pre-TAVR evaluation, severe AS. Ht 157 cm, Wt 52 kg, BSA 1.50 m2. BP 142/64, HR 71, sinus.
Findings:
- LV normal size, concentric LVH (IVSd 1.4 cm). LVEF 55% (Simpson's biplane). GLS -14%.
- AV severely calcified, trileaflet. Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.6 cm2, DVI 0.21.
- MV: MAC, mild MR. E/e' 18. LAVI 48 mL/m2.
- RV normal function, TAPSE 19 mm. RVSP 41 mmHg.
Impression: Severe calcific aortic stenosis, preserved EF. Prior study {{DATE:10/2023}}: mean gradient 38.
Reading physician: {{NAME:Hope Castellano}}, MD   Signed {{DATE:4/22/25}} 15:03
`,
  },
  {
    id: 'h4-005',
    kind: 'endoscopy report (EGD + colonoscopy)',
    text: `
ENDOSCOPY REPORT - EGD + COLONOSCOPY
{{LOCATION:Northgate Digestive Health Center}}, {{LOCATION:1180 Keller Pkwy, Suite 210}}, {{LOCATION:Brookhaven}}, GA {{LOCATION:30319}}
Pt: {{NAME:Mark Bellweather}}   DOB {{DATE:12/30/1972}}   MRN {{MRN:NDH-0093317}}   Visit acct {{ACCOUNT:V0044718829}}   Date: {{DATE:02/27/2025}}
Endoscopist: {{NAME:Anjali Raghunathan}}, MD   Nurse: {{NAME:Bill Varga}}, RN
Scopes: gastroscope GIF-HQ190 SN {{DEVICE:2810457}}; colonoscope CF-HQ190L SN {{DEVICE:2904116}}
Sedation: MAC, propofol 340 mg total. ASA II.
EGD: LA grade B esophagitis. Salmon mucosa 3 cm above GEJ (Prague C1M3), biopsies per Seattle protocol. 2 cm hiatal hernia.
Colonoscopy: Boston bowel prep 8 (3/3/2). Cecum reached; appendiceal orifice photographed ({{PHOTO:BELLWEATHER_20250227_cecum.jpg}}). Withdrawal 9 min.
 - 7 mm sessile polyp ascending colon, Paris 0-Is, cold snare.
 - 14 mm sigmoid polyp, hot snare, clips x2.
Pathology case {{OTHER_ID:S25-11408}}.
Recall 3 years pending pathology. Mark your calendar: nurse call in 2 weeks.
`,
  },
  {
    id: 'h4-006',
    kind: 'oncology treatment summary / survivorship plan',
    text: `
ONCOLOGY TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN
Patient: {{NAME:Soraya Haddad-Kline}}   DOB: {{DATE:7 Aug 1969}}   MRN: {{MRN:ONC-558201}}
Diagnosis: Invasive ductal carcinoma, left breast, cT2N1M0, stage IIB (C50.412). ER 95%, PR 60%, HER2 1+. Ki-67 30%. Nottingham grade 2.
Diagnosed {{DATE:September 2023}}. Lumpectomy + SLNB {{DATE:01/09/2024}} at {{LOCATION:Cedar Point Regional Medical Center}} (Dr. {{NAME:Augustin Ferreira}}).
Chemotherapy: ddAC x4 then weekly paclitaxel x12, {{DATE:Feb 2024}} to {{DATE:Jul 2024}}. Grade 2 neuropathy (CTCAE v5).
Radiation: 40.05 Gy/15 fx whole breast + boost, completed {{DATE:2024-09-18}}.
Endocrine: letrozole 2.5 mg daily from {{DATE:10/01/2024}}, planned 5-7 years; goserelin 3.6 mg q28d.
Germline testing negative, 84-gene panel (kit {{OTHER_ID:GX-2231-0974}}).
Follow-up: exam q3-6 months; annual mammogram; DEXA baseline T-score -1.8.
Primary care: {{NAME:Joy Nakashima}}, DO, {{LOCATION:Harborview Family Practice}}, tel {{PHONE:503-555-0193}}, fax {{FAX:503-555-0194}}.
Oncologist: {{NAME:Leopold Anand}}, MD | {{EMAIL:l.anand@cedarpointonc.org}}
`,
  },
  {
    id: 'h4-007',
    kind: 'chemotherapy infusion administration record',
    text: `
INFUSION CENTER - CHEMOTHERAPY ADMINISTRATION RECORD
{{LOCATION:Sunnyvale Cancer Pavilion}} infusion bay, chair 14
{{NAME:NGUYEN THI HOA}} | MRN {{MRN:20398817}} | DOB {{DATE:03.12.1958}} | HAR {{ACCOUNT:900271455}} | Medicare {{HEALTH_PLAN:5TR4-KW2-MN81}}
Identity confirmed by palm-vein scan {{BIOMETRIC:PV-00931-7714}} and two identifiers.
Regimen: mFOLFOX6 + bevacizumab, cycle 7 day 1. Date: Thu {{DATE:17 Apr 2025}}
Ht 152 cm Wt 48.6 kg BSA 1.43 m2. Pre: T 36.8, BP 118/72, HR 80, ANC 1.9, PLT 142, Cr 0.8, UPCR 0.3. ECOG 1.
Port: 8 Fr single lumen, serial {{DEVICE:PWR8-4471993}}, good blood return, 20G 3/4 inch Huber.
09:10 ondansetron 16 mg IV, dexamethasone 12 mg IV
09:40 bevacizumab 5 mg/kg = 243 mg over 30 min (lot VBZ22190)
10:15 oxaliplatin 85 mg/m2 = 122 mg over 2 h; leucovorin 400 mg/m2 = 572 mg
12:20 5-FU bolus 400 mg/m2; 46-h pump 2400 mg/m2 = 3432 mg, CADD pump serial {{DEVICE:CADD-S-117205}}
Double-checked: {{NAME:A. Kowalczyk}}, RN / {{NAME:April Sandoval}}, RN. Disconnect {{DATE:4/19}} at home by {{LOCATION:Bayside Home Infusion}}.
Daughter ({{NAME:Linh}}) phone {{PHONE:408 555 7720}}. Next cycle due {{DATE:May 1}}.
`,
  },
  {
    id: 'h4-008',
    kind: 'radiation therapy planning note (SBRT)',
    text: `
RADIATION ONCOLOGY - TREATMENT PLANNING NOTE
Pt: {{NAME:Obuya, Grace Achieng}}   RO#: {{MRN:RO-25-00417}}   DOB {{DATE:11/05/1960}}
CT simulation {{DATE:3/31/2025}}: supine, Vac-Lok, 2 mm slices, 4DCT. Tattoos x3. Setup photos {{PHOTO:OBUYA_setup_AP.png}}, {{PHOTO:OBUYA_setup_LAT.png}}.
Diagnosis: NSCLC RUL adenocarcinoma, T1cN0, medically inoperable (FEV1 0.9 L, DLCO 38%).
Prescription: SBRT 54 Gy in 3 fractions to the 80% IDL. PTV = ITV + 5 mm.
Constraints met: cord Dmax 18.2 Gy, chest wall V30 22 cc, esophagus Dmax 19 Gy, lung V20 4.1%.
Machine: linac 2, respiratory gating, daily CBCT.
Plan approved by Dr. {{NAME:Cyrus Van Buren}} and physicist {{NAME:Ellen O'Shaughnessy}}, DABR, {{DATE:04-02-2025}}.
Fractions scheduled {{DATE:April 7}}, {{DATE:April 9}} and {{DATE:April 11}}, 10:30 slot.
`,
  },
  {
    id: 'h4-009',
    kind: 'tumour board minutes',
    text: `
MULTIDISCIPLINARY THORACIC TUMOUR BOARD - MINUTES
Date: Wednesday, {{DATE:9 April 2025}}   Venue: room 3B / video   Chair: Dr {{NAME:Imelda Sorensen}}
Present: {{NAME:R. Okafor}} (cardiology), {{NAME:Cyrus Van Buren}} (rad onc), {{NAME:Priyamvada Iyer}} (pathology), {{NAME:Stanislaw Wrobel}} (thoracic surgery), {{NAME:Tess Whiteley}} (CNS).
Case 1. {{NAME:G. A. Obuya}}, 64F, MRN {{MRN:RO-25-00417}}. cT1cN0 RUL adenocarcinoma, PD-L1 TPS 60%, EGFR/ALK negative. Not a surgical candidate. Consensus: SBRT as planned; CT at 3 months.
Case 2. {{NAME:Ambrose Lindqvist}}, {{AGE_OVER_89:90}}M, MRN {{MRN:7710552}}. 4.1 cm LLL mass, SUVmax 11.2, biopsy {{OTHER_ID:S25-09921}} squamous. ECOG 2, Charlson 7. Son {{NAME:Hal}} reports he does not want chemotherapy. Recommendation: palliative RT 30 Gy/10; palliative care referral.
Case 3. {{NAME:Dawn Fairweather-Iqbal}}, 58F. Typical carcinoid, Ki-67 2%, wedge resection. No further treatment.
Next meeting {{DATE:16/04/2025}}. Minutes: {{NAME:T. Whiteley}}
`,
  },
  {
    id: 'h4-010',
    kind: 'M&M conference summary',
    text: `
SURGERY MORBIDITY & MORTALITY CONFERENCE - SUMMARY (peer review privileged)
Presented {{DATE:24-Apr-25}} by Dr. {{NAME:Kwabena Asante-Mensah}} (PGY-4)
Case: {{NAME:Ruth Ellingboe}}, {{AGE_OVER_89:ninety-three}}-year-old woman, MRN {{MRN:E00381142}}, admitted {{DATE:03/28/25}} via the ED of {{LOCATION:Ferncliff Valley Hospital}} with incarcerated femoral hernia.
Course: emergent repair {{DATE:3/28}}, small bowel viable. POD 2 aspiration, rapid response 02:40, ICU bed 7. Died {{DATE:April 2, 2025}}.
Classification: Clavien-Dindo V. Contributing: delayed NG decompression, frailty (CFS 7), no dysphagia screen.
Discussion: Dr. {{NAME:S. Wrobel}} noted the NSQIP calculator predicted 18% mortality; geriatrics not consulted.
Actions: 1) swallow screen before diet for age 85 and over; 2) NG protocol; 3) {{NAME:Wrobel}} to report back in {{DATE:June 2025}}.
`,
  },
  {
    id: 'h4-011',
    kind: 'implant registry batch export (UDI strings)',
    text: `
IMPLANT REGISTRY SUBMISSION - batch export created {{DATE:2025-04-15}}T02:00:00Z by svc_registry
facility_id=FAC-0921  site={{LOCATION:Lakeshore Orthopaedic Surgery Center}}
rec|patient|dob|zip|proc_date|component|udi|side
1|{{NAME:HALVORSEN^INGRID^M}}|{{DATE:19510917}}|{{LOCATION:53703}}|{{DATE:20250311}}|femoral|{{DEVICE:(01)00889024411785(17)290630(10)64522918(21)FMR-2291-88405}}|R
2|{{NAME:HALVORSEN^INGRID^M}}|{{DATE:19510917}}|{{LOCATION:53703}}|{{DATE:20250311}}|tibial|{{DEVICE:(01)00889024411792(17)290630(10)64530017(21)TBP5-0173-22190}}|R
3|{{NAME:HALVORSEN^INGRID^M}}|{{DATE:19510917}}|{{LOCATION:53703}}|{{DATE:20250311}}|insert|(01)00889024412003(17)300131(10)71120045|R
4|{{NAME:PEMBERTON^GUY^A}}|{{DATE:19480102}}|{{LOCATION:53711}}|{{DATE:20250312}}|acetabular shell|{{DEVICE:(01)00889024300218(17)280115(10)71002231(21)ACS-55810427}}|L
5|{{NAME:PEMBERTON^GUY^A}}|{{DATE:19480102}}|{{LOCATION:53711}}|{{DATE:20250312}}|liner|(01)00889024300553(17)280115(10)71002299|L
6|{{NAME:PEMBERTON^GUY^A}}|{{DATE:19480102}}|{{LOCATION:53711}}|{{DATE:20250312}}|femoral stem|{{DEVICE:(01)00889024300781(17)290228(10)71003310(21)FST12-0093118}}|L
records=6 rejected=0
`,
  },
];
