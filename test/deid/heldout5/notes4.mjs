// heldout5 notes 4: small specialty services (anticoagulation, lactation, home birth, newborn screen,
// allergy vials, prosthetics, mole mapping, tattoo removal, bariatric psychology, telestroke).
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-031',
    kind: 'anticoagulation-clinic-phone-log',
    text: `
ANTICOAGULATION CLINIC - INR PHONE LOG
Patient: {{NAME:Augustine Delacroix-Fontenot}}   Age {{AGE_OVER_89:91}}   DOB {{DATE:06/02/1933}}   MRN {{MRN:A-2209184}}
Indication: AF + mechanical mitral valve (goal 2.5-3.5). Home meter CoaguChek serial {{DEVICE:UP41087732}}.
{{DATE:2/3}}   INR 2.1  warfarin 5 mg daily except 7.5 Mon/Fri (weekly 40 mg) -> increase to 42.5 mg/wk. Spoke w/ pt.
{{DATE:2/10}}  INR 2.9  no change. Spoke w/ daughter {{NAME:Marie-Claire Fontenot}} ({{PHONE:337-555-0151}}).
{{DATE:2/17}}  INR 4.6  started clarithromycin {{DATE:2/14}} (Dr. {{NAME:Babatunde Ashiru}}); hold x1, then 35 mg/wk. No bleeding.
{{DATE:2/19}}  INR 3.3  resume 42.5 mg/wk after antibiotic ends {{DATE:2/21}}. Left VM at {{PHONE:337-555-0188}}.
{{DATE:2/26}}  INR 2.7  stable. Next check {{DATE:March 12, 2025}}.
Results faxed to cardiology {{FAX:337-555-0129}} and to {{LOCATION:Vermilion Parish Home Health}}.
Clinic pharmacist: {{NAME:Thuy-Linh Do}}, PharmD, CACP. Pt is {{AGE_OVER_89:91}}; daughter fills pill box Sundays.
`,
  },
  {
    id: 'h5-032',
    kind: 'lactation-consult',
    text: `
LACTATION CONSULT - outpatient, Tue {{DATE:7/15/2025}}
Mother: {{NAME:Imani Okafor-Jennings}}, 31, G1P1, MRN {{MRN:M3308712}}   Baby: {{NAME:Zuri}} (Baby Girl {{NAME:Okafor-Jennings}}), MRN {{MRN:B3310455}}, DOB {{DATE:07/04/2025}}
Birth weight 3.41 kg; today 3.22 kg (-5.6%). Day 11. Stools 3 yellow/day, voids 6.
Feeding: latch shallow L side, nipple trauma grade 2 L, pain 6/10 at latch. Weighted feed: +38 mL L, +24 mL R in 25 min.
Photo of latch (consented) {{PHOTO:LC-0715-latch1.jpg}}. Tongue: Hazelbaker function 10/14, appearance 8/10; ankyloglossia suspected.
Plan: laid-back position, nipple shield 20 mm short term, pump after 4 feeds/day with rental pump serial {{DEVICE:SYM-PRO-0447219}}.
Refer to Dr. {{NAME:Faith Aldana}} (peds ENT) for frenotomy evaluation. WIC ID {{OTHER_ID:WIC-88401927}}; WIC office {{LOCATION:Eastside WIC Clinic}} {{PHONE:(313) 555-0166}}.
Partner {{NAME:Desmond Jennings}} present and supportive. IBCLC: {{NAME:Marguerite}} "{{NAME:Mags}}" {{NAME:O'Halloran}}. Follow-up {{DATE:7/22}}.
`,
  },
  {
    id: 'h5-033',
    kind: 'home-birth-midwife-record',
    text: `
HOME BIRTH RECORD - {{LOCATION:Sweetwater Midwifery}}
Client: {{NAME:Rebekah Yoder}}, 27, G4P3 -> P4.   Address: {{LOCATION:RR 2 Box 118}}, {{LOCATION:Kalona}}, IA {{LOCATION:52247}}
Directions: north on {{LOCATION:Hwy 1}}, left at {{LOCATION:Sharon Center}} after the harness shop, 3rd lane on right, white farmhouse (no phone at house;
use neighbour {{NAME:Ada Miller}}'s phone shanty {{PHONE:319-555-0145}}).
Labor: SROM {{DATE:11/02/2024}} 21:40, active 23:10, complete 01:55, birth {{DATE:11/03/2024}} 02:18 hands-and-knees.
Baby boy {{NAME:Eli Yoder}}, 3.89 kg, Apgars 8/9, no resuscitation. Placenta 02:31, EBL 350 mL, 1st degree, no repair.
Father {{NAME:Menno Yoder}} cut cord. Second midwife {{NAME:Hannah Stoltzfus}}, CPM.
Newborn exam: hips stable (Ortolani/Barlow negative), red reflex present. Vit K IM given; erythromycin declined.
Newborn screen drawn {{DATE:11/04/2024}} card {{OTHER_ID:IA-NBS-24-5510372}}. Birth certificate filed with county.
Transfer plan if needed: {{LOCATION:Washington County Hospital}}, 14 mi. Midwife: {{NAME:Lydia Brenneman}}, CPM, licence {{LICENSE:CPM-11842}}.
`,
  },
  {
    id: 'h5-034',
    kind: 'newborn-screen-card',
    text: `
NEWBORN SCREENING SPECIMEN - data entered from card
Kit no. {{OTHER_ID:2025-4470198}}   Repeat of {{OTHER_ID:2025-4461320}} (unsatisfactory: layered)
Infant: Baby Boy {{NAME:Nakamura-Silva}}   DOB {{DATE:01/09/2025}} 06:44   Sex M   BW 2210 g   GA 34w3d   Multiple: twin B
Collected {{DATE:01/16/2025}} 07:00   Age at collection 168 h   TPN: yes   Transfused: no   Antibiotics: ampicillin/gentamicin
Mother: {{NAME:Camila Nakamura-Silva}}   Mother DOB {{DATE:05/21/1993}}   Mother MRN {{MRN:DH55104877}}
Birth facility: {{LOCATION:Desert Hills Medical Center}} NICU   Submitter: Dr. {{NAME:Oren Blakeslee}}, NPI {{OTHER_ID:1730492268}}
Result: TSH 8.2 (normal < 25), 17-OHP 31 (normal for BW), C3 borderline -> repeat in 2 weeks. SCID TREC present.
Lab: state NBS program, report faxed to NICU {{FAX:702-555-0131}} on {{DATE:01/21/2025}}. Twin A kit {{OTHER_ID:2025-4470197}}.
`,
  },
  {
    id: 'h5-035',
    kind: 'allergy-immunotherapy-vials',
    text: `
ALLERGEN IMMUNOTHERAPY - VIAL SET AND INJECTION RECORD
Patient {{NAME:Guadalupe Tzul}}   DOB {{DATE:10/31/2003}}   MRN {{MRN:000881734}}   Member UHC {{HEALTH_PLAN:9380 4472 01}}
Check-in by palm scan {{BIOMETRIC:PV-AL-44018}}. Prescription by Dr. {{NAME:Rosalind Achterberg}}; mixed by {{NAME:Kojo Mensah}}, CMA, {{DATE:08/20/2025}}.
Vial   Contents                         Dilution (v/v)   Mixed        Expires
Red    trees/grasses/ragweed            1:1              {{DATE:08/20/2025}}   {{DATE:02/20/2026}}
Yellow trees/grasses/ragweed            1:10             {{DATE:08/20/2025}}   {{DATE:02/20/2026}}
Blue   trees/grasses/ragweed            1:100            {{DATE:08/20/2025}}   {{DATE:02/20/2026}}
Red    dust mite (D. far 10,000 AU/mL)  1:1              {{DATE:08/20/2025}}   {{DATE:02/20/2026}}
{{DATE:9/3}}  blue 0.05 mL L arm, wheal 8 mm at 30 min, peak flow 410 (baseline 430). OK.
{{DATE:9/10}} blue 0.10 mL R arm, no reaction. Mother {{NAME:Reina Tzul}} waited with pt. EpiPen checked (exp {{DATE:04/2026}}).
Fax orders to school nurse at {{LOCATION:Kinkaid Middle School}}? N/A, pt 21. Phone {{PHONE:832-555-0177}}.
`,
  },
  {
    id: 'h5-036',
    kind: 'prosthetics-fitting',
    text: `
PROSTHETIC FITTING NOTE - {{LOCATION:Bridgeway Orthotics & Prosthetics}}, {{LOCATION:Fargo}}
Patient: {{NAME:Lorenzo Two Bulls}}   DOB {{DATE:12/12/1966}}   Medicare {{HEALTH_PLAN:4TW7-QD2-MK81}}   Account {{ACCOUNT:BOP-55830}}
L transfemoral amputation {{DATE:June 2024}} (PVD). K-level: K3. Socket: ischial containment, seal-in liner size 28.
Components: microprocessor knee serial {{DEVICE:KN-C4-2201943}}; foot serial {{DEVICE:TR-FT-88120-L}}; pylon 30 mm.
Gait video {{PHOTO:TwoBulls_gait_2025-03-04.mp4}} and photos {{PHOTO:TB_socket_ant.jpg}} saved. AMPRO 37/47. 2-min walk 92 m.
Fit check {{DATE:03/04/2025}}: distal end contact good, pistoning < 5 mm, skin intact. Knee programmed for stance flexion.
Referral: Dr. {{NAME:Ingrid Solheim}}, vascular. Transport by daughter {{NAME:Winona Two Bulls}} from {{LOCATION:Cannon Ball}}, ND, {{PHONE:701-555-0138}}.
Prosthetist: {{NAME:Garrett Lindqvist}}, CPO, ABC cert {{LICENSE:P-11093}}. Detailed written order faxed to {{FAX:701-555-0112}}.
`,
  },
  {
    id: 'h5-037',
    kind: 'total-body-photography',
    text: `
TOTAL BODY PHOTOGRAPHY / MOLE MAPPING - session 3
Pt {{NAME:Aurora Lindgren-Oduya}}, 44F, MRN {{MRN:DL0088127}}, Fitzpatrick II, personal hx melanoma in situ {{DATE:May 2021}} (L scapula).
Session {{DATE:2025-09-23}} compared with {{DATE:2024-09-17}} and {{DATE:2023-09-12}}.
Images: {{PHOTO:TBP_3_overview_front.jpg}}, {{PHOTO:TBP_3_overview_back.jpg}}, dermoscopy {{PHOTO:DS_L12_20250923.png}}, {{PHOTO:DS_L31_20250923.png}}.
Lesion L12 (R flank): new asymmetric pigment network, 6 mm (5 mm in 2024), TDS 5.1 -> shave biopsy today, path accession {{OTHER_ID:DP25-17740}}.
Lesion L31 (L calf): stable, seborrheic keratosis.
Patient viewer link: {{URL:https://skin.example.com/p/lindgren-oduya-aurora/tbp}}. Next session {{DATE:Sept 2026}}.
Dr. {{NAME:Cosmo Adeleke}}, dermatology; photographer {{NAME:Pearl Whitcombe}}.
`,
  },
  {
    id: 'h5-038',
    kind: 'tattoo-removal-consent',
    text: `
LASER TATTOO REMOVAL - CONSENT AND SESSION LOG
Client: {{NAME:Jovanny Castaneda Ruiz}}   DOB {{DATE:04/04/1998}}   Phone {{PHONE:915-555-0106}}   Email {{EMAIL:jcastaneda98@example.com}}
Tattoo 1: L forearm, black script reading "{{NAME:Marisol}}" with date "{{DATE:6-12-16}}" (ex-partner's name and anniversary). 9 x 4 cm.
Tattoo 2: R hand web space, three dots (not requested).
Referred by reentry program; probation officer {{NAME:Carla Benavidez}}, {{PHONE:915-555-0197}}. Program fee waiver {{OTHER_ID:RE-2025-0419}}.
Fitzpatrick IV. Q-switched Nd:YAG 1064 nm, 4 mm spot, 3.2 J/cm2, frosting, no blistering.
Before/after photos: {{PHOTO:tat_JCR_s1_pre.jpg}}, {{PHOTO:tat_JCR_s1_post.jpg}}.
Session 1 {{DATE:03/01/2025}}; session 2 booked {{DATE:04/26/2025}} (8 weeks). Provider: Dr. {{NAME:Anh Thu Lam}}.
`,
  },
  {
    id: 'h5-039',
    kind: 'bariatric-psych-eval',
    text: `
PRE-SURGICAL PSYCHOLOGICAL EVALUATION - BARIATRIC
Patient: {{NAME:Shonda Beauchamp}}, 38F, DOB {{DATE:01/22/1987}}, MRN {{MRN:BR-667104}}. Referred by Dr. {{NAME:Anil Chaudhry}} for sleeve gastrectomy.
BMI 46.1. Comorbid T2DM (A1c 8.1%), OSA on CPAP, HTN.
History: weight gain after 2nd pregnancy (son {{NAME:Jaylen}}, b. 2014). Binge episodes 1-2/wk (BES 19), no purging. PHQ-9 8, GAD-7 6.
Support: wife {{NAME:Tamika Beauchamp}}; sister {{NAME:Hope Carter}} had RYGB in 2019 at {{LOCATION:Magnolia Bariatric Center}}.
Works nights as a 911 dispatcher for the county. Lives at {{LOCATION:508 Pecan Grove Dr}}, {{LOCATION:Dothan}}, AL.
Self-pay financing account {{ACCOUNT:CF-2233019884}} opened for the psych eval copay.
Impression: psychologically appropriate, with 6 sessions of CBT for binge eating before surgery date. Will re-evaluate {{DATE:Oct 2025}}.
{{NAME:Lena Marchetti-Kwan}}, PsyD. Evaluation date {{DATE:07/30/2025}}.
`,
  },
  {
    id: 'h5-040',
    kind: 'telestroke-consult',
    text: `
TELESTROKE CONSULT - hub neurologist
Spoke: {{LOCATION:Pine Ridge Memorial Hospital}}, {{LOCATION:Harlan County}} ED. Video session {{OTHER_ID:TS-77120-B}} from cart {{IP:10.210.14.66}} to hub workstation {{IP:10.1.9.140}}.
Patient: {{NAME:Vernice Caudill}}, {{AGE_OVER_89:90}}F, DOB {{DATE:08/08/1934}}, spoke MRN {{MRN:PRM-081452}}.
LKW {{DATE:12/04/2024}} 18:50 per granddaughter {{NAME:Kaylee Caudill}} ({{PHONE:606-555-0189}}); door 20:02, CT 20:14, consult start 20:21.
NIHSS 14: LOC 1, gaze 1, visual 2, facial 2, L arm 3, L leg 2, neglect 2, dysarthria 1. BP 182/96 -> 176/94 after labetalol 10 mg.
CT: no hemorrhage, ASPECTS 9. CTA: R M1 occlusion.
Decision: tenecteplase 0.25 mg/kg (13 mg, wt 52 kg) at 20:38; transfer for thrombectomy to {{LOCATION:Bluegrass Comprehensive Stroke Center}}.
Spoke ED physician Dr. {{NAME:Jubal Sizemore}}; hub neurologist Dr. {{NAME:Parisa Farahani}}. Note faxed to spoke {{FAX:606-555-0130}}.
`,
  },
];
