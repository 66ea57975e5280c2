// heldout9 notes 1: diagnostic laboratories and physiological testing (h9-001..010).
export default [
{ id: 'h9-001', kind: 'pulmonary function report', text: `
PULMONARY FUNCTION LABORATORY - {{LOCATION:Gundersen Lutheran Medical Center}}, {{LOCATION:1900 South Ave}}, {{LOCATION:La Crosse}}, WI {{LOCATION:54601}}
Patient: {{NAME:Torvund, Arnfinn K}}     Acct#: {{ACCOUNT:HB-00712294}}     Med Rec: {{MRN:4471082}}
Born {{DATE:02/14/1951}} (74 y)  Ht 178 cm  Wt 91.2 kg  Race-neutral GLI 2022 equations
Test date: {{DATE:Oct 9, 2025}} 08:40   Technologist: {{NAME:R. Quist}}, RRT   Referring: {{NAME:Ingrid Halvorsrud}}, MD
Spirometry (pre / post albuterol 360 mcg):
  FVC      3.41 L (72%)   3.58 L  +5%
  FEV1     1.92 L (55%)   2.10 L  +9%
  FEV1/FVC 0.56 (z -3.1)
Lung volumes by plethysmography: TLC 6.9 L (98%), RV 3.3 L (141%), RV/TLC 48%.
DLCO 14.1 mL/min/mmHg (52%), corrected for Hb 13.2 g/dL.
Effort grade A/A, ATS 2019 acceptability met 3 of 3.
Interpretation: moderately severe obstruction without significant bronchodilator response; air trapping; moderately reduced
diffusion, consistent with emphysema. Compare {{DATE:3/2022}} study (FEV1 2.31 L).
Report faxed to {{FAX:608-555-0174}}; questions to the lab at {{PHONE:608-555-0123}}.
Comment: six-minute walk same day 362 m (58% predicted), nadir SpO2 86% on room air at 4 min, Borg dyspnoea 5, fatigue 4.
Qualifies for ambulatory oxygen per CMS group I (SpO2 <= 88%). Smoking: quit 2018, 48 pack-years. Alpha-1 antitrypsin 142 mg/dL, MM.
Electronically signed {{NAME:Halvorsrud, Ingrid}} MD {{DATE:10/09/2025}} 15:12
` },
{ id: 'h9-002', kind: 'ambulatory EEG report', text: `
Ambulatory Video-EEG Report (72 h)
Name: {{NAME:Oyelowo-Brandt, Temitope}}   MRN {{MRN:E00936271}}   DOB {{DATE:1996-07-30}}   Sex F
Hook-up Mon {{DATE:08/18/2025}} at 09:05 in the patient's home, {{LOCATION:22 Quarry Ridge Ln}}, {{LOCATION:Pittsford}}, NY {{LOCATION:14534}};
disconnect {{DATE:08/21/2025}}. Home video camera recording: {{PHOTO:AVEEG_Oyelowo_20250819_0314.mp4}} (event 2) and
{{PHOTO:AVEEG_Oyelowo_20250820_2251.mp4}} (event 5). Implanted VNS generator SN {{DEVICE:71094E}} - magnet swipes logged x2.
Technician: {{NAME:Dariusz Kowalczyk}}, R. EEG T. (pager 4471)   Reader: {{NAME:Lakshmi Venugopal}}, MD
Background: posterior dominant rhythm 9.5 Hz, reactive. Intermittent left temporal theta, 5-10% of record.
Events: five pushbutton events. Event 2 (03:14) electroclinical seizure arising from T7/F7 with rhythmic 6 Hz theta,
lasting 74 s, followed by postictal slowing. Others without EEG correlate (likely non-epileptic).
Sleep: stage N2 spindles and K complexes present; 10-20 system, 21 electrodes.
Impression: abnormal - left temporal epilepsy, one seizure captured. Mother {{NAME:Adaeze}} pushed the button for event 2.
Cc: Dr. {{NAME:Brandt}} (PCP) fax {{FAX:(585) 555-0188}}.
` },
{ id: 'h9-003', kind: 'nerve conduction study', text: `
EMG / NERVE CONDUCTION STUDY       {{LOCATION:Kessler Institute}} Outpatient, {{LOCATION:West Orange}}
PT {{NAME:MACHADO, LUCIANA R}}  |  MRN {{MRN:0082-44-917}}  |  DOB {{DATE:12/03/1968}}  |  Age 56  |  Date {{DATE:11/04/2025}}
Ref: {{NAME:Paul Szczepanik}}, DO     Performed by: {{NAME:Hyun-woo Baek}}, MD (PM&R)     Temp 32.4 C
Motor NCS        Lat(ms)  Amp(mV)  CV(m/s)
 R median APB      5.9      6.8      49
 R ulnar ADM       3.1      9.2      58
 L median APB      4.6      8.1      52
Sensory          Peak(ms) Amp(uV)
 R median D2       4.4      11
 R ulnar D5        3.0      24
Needle EMG: R APB 1+ fibs, reduced recruitment; R FDI, PT, C6-C7 paraspinals normal.
Impression: moderate-severe right median neuropathy at the wrist (carpal tunnel syndrome), no cervical radiculopathy.
Left side: mild median slowing across the wrist (asymptomatic). Ulnar across the elbow: 56 m/s, no conduction block.
Compared with the outside study of 2019: progression from mild to moderate-severe. Surgical referral to hand clinic; steroid injection deferred.
CPT 95910, 95886. ICD-10 G56.01. Patient works as a dental hygienist at {{LOCATION:Essex Family Dental}}; wrist splint given.
` },
{ id: 'h9-004', kind: 'DXA bone density report', text: `
BONE DENSITOMETRY (DXA)  -  Hologic Horizon A
Patient: {{NAME:Philippa Anstruther-Gough}}   ID: {{MRN:BDX0557713}}   DOB: {{DATE:04-Jan-1934}}   Age: {{AGE_OVER_89:91}}   Sex: F
Exam: {{DATE:06-Nov-2025}}   Prior: {{DATE:22-Oct-2023}}   Site: {{LOCATION:Penrose Women's Imaging}}, {{LOCATION:Colorado Springs}}
Region        BMD (g/cm2)   T-score   Z-score   Change vs prior
L1-L4          0.781         -2.8      -0.4      -3.9% (significant)
L femoral neck 0.562         -2.9      -0.6      -2.1%
Total hip      0.640         -2.6      -0.5      -1.8%
1/3 radius     0.501         -3.4
FRAX (US, with BMD): major osteoporotic 31%, hip 14%. TBS 1.180 (degraded).
VFA: grade 2 wedge deformity T12 (new since prior).
Assessment: osteoporosis with interval vertebral fracture. Recommend anabolic therapy; history of alendronate 70 mg weekly
2016-2021. Daughter {{NAME:Harriet}} (health-care proxy) asked for results by phone: {{PHONE:719-555-0152}}.
Read by {{NAME:Marguerite Oyelaran}}, MD, ISCD CCD.   Dictated {{DATE:11/06/2025}}.
` },
{ id: 'h9-005', kind: 'patch ECG monitor report', text: `
14-DAY ADHESIVE ECG PATCH - FINAL REPORT
Patient {{NAME:Kaimana Akana-Reyes}}  DOB {{DATE:9/23/1979}}  MRN {{MRN:HPH-2290418}}
Patch SN {{DEVICE:ZX7-4418-20931}}   Wear period {{DATE:9/2/2025}} - {{DATE:9/15/2025}} (13 d 6 h analysable)
Ordering: {{NAME:Noelani Pua}}, APRN - {{LOCATION:Straub Clinic}}, {{LOCATION:888 S King St}}, {{LOCATION:Honolulu}}
Mailed back from {{LOCATION:Hilo}} post office; enrolment portal {{URL:https://patch.example.net/enroll/AKR-56210}}
Summary: predominant rhythm sinus, HR 48-171 bpm (avg 77). 4 runs of SVT, longest 14 beats at 188 bpm.
PVC burden 6.2% (monomorphic, bigeminy at times). No AF, no pauses >= 3 s, no high-grade AV block.
Patient-triggered events: 9 (palpitations), 7 corresponded to PVCs.
Diary note: "felt it during paddling practice at {{LOCATION:Hilo Bayfront}}" {{DATE:9/6}}.
Interpreted by {{NAME:Gideon Weinreb}}, MD, FHRS, {{DATE:09/19/2025}}.
` },
{ id: 'h9-006', kind: 'gastric emptying scintigraphy', text: `
NUCLEAR MEDICINE - SOLID GASTRIC EMPTYING (4 h)
{{NAME:Yusupova, Dilnoza}}     MRN {{MRN:M-3318460}}     DOB {{DATE:05/17/1987}}     Exam {{DATE:10/22/2025}}
Accession {{OTHER_ID:NM25-0184472}}   Location: {{LOCATION:Hennepin Healthcare}} Nuclear Medicine, {{LOCATION:Minneapolis}}
Radiopharmaceutical: Tc-99m sulfur colloid 1.1 mCi in egg-white meal (lot 2510-SC-44, not patient-specific).
Retention: 1 h 88% (normal 30-90), 2 h 71% (normal < 60), 4 h 34% (normal < 10).
Intragastric meal distribution: proximal retention at 30 min 62% (normal). No oesophageal retention. Dose 37 MBq; camera dual-head.
Impression: markedly delayed gastric emptying. Patient off metoclopramide 48 h; glucose pre-meal 142 mg/dL.
Technologist {{NAME:Brynn Lacasse}}, CNMT.  Interpreted {{NAME:Tariq Mahmood-Shah}}, MD.
Images: {{PHOTO:GES_4h_anterior_Yusupova.png}}. Copy to referring GI {{NAME:Esperanza Ruelas}}, MD, fax {{FAX:612-555-0160}}.
` },
{ id: 'h9-007', kind: 'patch test reading', text: `
CONTACT DERMATITIS CLINIC - PATCH TEST READING SHEET
Patient: {{NAME:Siobhan McKeever-Lund}}   DOB {{DATE:08/08/1990}}   Chart {{MRN:55-190-772}}
Applied Mon {{DATE:11/3/2025}} (D0); read D2 {{DATE:11/5/2025}}, D4 {{DATE:11/7/2025}}. Occupation: hairdresser at Salon Verde, {{LOCATION:Brookline}}.
Allergen (NACDG 80 series)        D2    D4
 p-Phenylenediamine 1% pet        ++    +++
 Nickel sulfate 2.5% pet          +     ++
 Methylisothiazolinone 0.2% aq    ?+    -
 Fragrance mix I 8% pet           -     -
 Balsam of Peru 25% pet           +     +
Photos D4: {{PHOTO:PT_D4_back_upper.jpg}}, {{PHOTO:PT_D4_back_lower.jpg}}.
Read by {{NAME:Hamish Ogilvie}}, MD with nurse {{NAME:T. Nakashima-Ruiz}}, RN.
Plan: CAMP safe list generated, access code sent to {{EMAIL:siobhan.mlund@example.com}}.
` },
{ id: 'h9-008', kind: 'CPAP compliance download', text: `
PAP ADHERENCE DOWNLOAD (30-day) - printed {{DATE:2025-11-12}}
Patient: {{NAME:Delacroix, Remy J.}}    DOB {{DATE:1962-03-09}}    Payer member ID {{HEALTH_PLAN:XLH904417726}}
Device: AirSense 11 AutoSet  SN {{DEVICE:23241198765}}   Modem IMEI {{DEVICE:356938035643809}}
Humidifier SN {{DEVICE:23231504412}}    DME: Gulf Coast Home Medical, account {{ACCOUNT:GCHM-7741902}}
Range {{DATE:10/13/2025}} - {{DATE:11/11/2025}}
Days used >= 4 h: 26/30 (87%)    Median use 6 h 41 min    AHI 3.2 (events/h; central 0.4, obstructive 2.8)    Leak 95th 18 L/min    P95 11.4 cmH2O
Compliance met for CMS (>= 70% of nights in a 30-day window) - face-to-face visit {{DATE:11/18/2025}} with
{{NAME:Aurelie Fontenot}}, NP, {{LOCATION:Ochsner St. Anne}}, {{LOCATION:Raceland}}. Mask: F30i medium.
Wife {{NAME:Josette}} reports no snoring. Next download by cloud.
` },
{ id: 'h9-009', kind: 'mobile mammography recall letter', text: `
{{LOCATION:Prairie Breast Health Mobile Unit}}
{{DATE:November 14, 2025}}

{{NAME:Wanbli Iron Shell}}
{{LOCATION:PO Box 214}}
{{LOCATION:Mission}}, SD {{LOCATION:57555}}

Dear Ms. {{NAME:Iron Shell}},
Thank you for your screening mammogram on the mobile coach at the {{LOCATION:Todd County Health Center}} parking lot on
{{DATE:November 6}}. The radiologist needs more pictures to complete your exam (BI-RADS 0: incomplete). This is common:
most women called back do not have cancer. Please call {{PHONE:605-555-0139}} to schedule a diagnostic mammogram and
ultrasound at {{LOCATION:Sanford Breast Center}} in {{LOCATION:Sioux Falls}}; gas cards are available.
Your exam number is {{OTHER_ID:MM-2511-06384}}. Your images can be viewed at {{URL:https://images.example.org/s/WIS6384}}.
Sincerely, {{NAME:Corinne Vanderpool}}, MD, Breast Imaging
cc: {{NAME:Jolene Two Hearts}}, PA-C
` },
{ id: 'h9-010', kind: 'first-trimester ultrasound and cfDNA', text: `
OB ULTRASOUND - DATING / NT      {{LOCATION:Maternal Fetal Medicine of Tucson}}
Pt: {{NAME:Araceli Benavides Ochoa}}  G2P1001  DOB {{DATE:03/29/1993}}  MRN {{MRN:MFM118804}}
LMP {{DATE:07/28/2025}} (certain). Scan {{DATE:10/17/2025}}: single live IUP, CRL 61.2 mm = 12w4d, FHR 158 bpm, NT 1.4 mm,
nasal bone present. EDD by LMP {{DATE:05/04/2026}}, by US {{DATE:5/3/2026}} - keep LMP dating.
cfDNA drawn same day, kit {{OTHER_ID:NIP-77120493}}: low risk T21, T18, T13; fetal fraction 9%; sex not disclosed (parents asked).
Partner {{NAME:Joaquin Ochoa Vidal}} present. Sonographer {{NAME:K. Ferreira}}, RDMS. Physician {{NAME:Miriam Stolzfus}}, MD.
Still image for patient: {{PHOTO:NT_1017_benavides.jpg}}. Next: anatomy scan at 20 weeks, {{DATE:Dec 12}} 10:30. Results and images in the family portal: {{URL:https://mfm.example.com/r/ABO-118804}}.
Blood type O positive, antibody screen negative; rubella immune; HbA1c 5.4%. Aspirin 81 mg nightly from 12 weeks (two moderate risk factors).
` },
];
