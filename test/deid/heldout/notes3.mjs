// Held-out notes, part 3. Markup: {{TYPE:text}} marks a gold span.
export default [
// 41 patient portal, all lower case, informal
`Message from patient:
hello this is {{NAME:nguyen thi mai}} mom of {{NAME:bao}} (dob {{DATE:2/2/2019}}) he has fever 39.2 since last nite and ear pain. gave tylenol 5ml at 3am. can we come in today? my # is {{PHONE:714 555 0133}}. we moved to {{LOCATION:2231 w 1st st apt 207}}, {{LOCATION:santa ana}} {{LOCATION:92703}} pls update. thank u`,

// 42 occupational health with license
`OCC HEALTH — DOT EXAM
Driver: {{NAME:Kwame Asante}}   CDL #: {{LICENSE:K540-2217-8834}} (IL)   Employer: freight carrier, {{LOCATION:Joliet}} yard
BP 138/86 (repeat 132/84), vision 20/25 OU uncorrected, whisper test pass. Urinalysis: SG 1.020, protein neg, glucose neg. OSA screen: STOP-BANG 4 -> refer sleep study. Certified 1 year. Examiner: {{NAME:Linnea Haugen}}, DO, NRCME {{LICENSE:3318640297}}.`,

// 43 obstetric triage with dates in several formats
`L&D TRIAGE
{{NAME:Svetlana Morozova}} 29 G1P0 @ 38+2 by LMP {{DATE:6/14/24}}, EDD {{DATE:Mar 21, 2025}}. C/o ctx q5 min since 0100. SVE 3/70/-1. FHT 140s, mod var, + accels, Cat I. GBS neg {{DATE:2/10}}. BP 124/78. Admit for labor. Doula {{NAME:Adaeze}} present. Partner {{NAME:Pavel}}.`,

// 44 TB clinic, international contact
`TB CLINIC
{{NAME:Hoang Minh Tuan}}, 34M, from {{LOCATION:Da Nang}}, Vietnam; arrived US {{DATE:Nov 2024}}. IGRA +, CXR: RUL cavity. Sputum AFB smear 2+ x3, GeneXpert MTB detected, RIF resistance not detected. Start RIPE (wt 58 kg): INH 300, RIF 600, PZA 1500, EMB 1200. DOT via video. Contacts: roommate {{NAME:Le Quang Vinh}}, cousin in {{LOCATION:Ho Chi Minh City}} ({{PHONE:+84 28 3822 5541}}). Health dept case # {{OTHER_ID:TB-25-0193}}.`,

// 45 death certificate style note
`PRONOUNCEMENT NOTE
Called to bedside at 04:51 for Mr. {{NAME:Ignatius O'Rourke}}, {{AGE_OVER_89:90}}M. No spontaneous respirations, no heart sounds x 1 min, pupils fixed and dilated. Pronounced 04:55 on {{DATE:03/09/2025}}. Family ({{NAME:Siobhan O'Rourke}}, daughter) notified by phone. Attending Dr. {{NAME:Nkemelu}} aware. Medical examiner not required. Body to {{LOCATION:Hargrove & Sons Funeral Home}}.`,

// 46 allergy clinic, look-alikes and eponyms
`ALLERGY
34F w/ hx of Hashimoto's, Raynaud's, and Sjögren's. Skin prick: D. pteronyssinus 8 mm, cat 6 mm, birch 4 mm, histamine 5 mm, saline 0. Total IgE 412 kU/L. FEV1 2.81 L (88% pred), post-BD +14%. ACT 16. Start budesonide/formoterol 160/4.5 2 puffs BID (MART). Epinephrine auto-injector 0.3 mg x2. RTC 3 months, sooner PRN. Note by {{NAME:Aoife Brennan}}, MD.`,

// 47 ambulance handover (MIST)
`EMS HANDOVER
Unit M-44 from the {{LOCATION:Dollar General on Route 9}}, {{LOCATION:Kinderhook}}. 
M: MVC, restrained driver, ~50 mph, airbag deployed. Pt {{NAME:Brittany Schaefer-Olson}}, 26F. 
I: L chest wall tenderness, seatbelt sign, L femur deformity.
S: HR 128, BP 92/60, RR 28, SpO2 93%, GCS 15, BGL 6.1.
T: 2 x 16G, 1 L NS, fentanyl 100 mcg, traction splint. 
Vehicle: blue Honda Civic NY {{VEHICLE:KLM-4521}}. Mom {{NAME:Dana}} en route, {{PHONE:518-555-0109}}.`,

// 48 genetic counseling
`GENETIC COUNSELING
Proband {{NAME:Rachel Abramowitz}}, 38F, Ashkenazi Jewish ancestry. Mother {{NAME:Miriam}} dx breast ca at 44, maternal aunt {{NAME:Judith Katz}} ovarian ca at 58. Panel (47 genes) sent to lab, kit barcode {{OTHER_ID:GX-88412290}}. Result: BRCA1 c.68_69delAG (p.Glu23fs), pathogenic. Discussed RRSO by 35-40, MRI + mammogram alternating q6mo. Cascade testing letters for sister {{NAME:Naomi}} and brother {{NAME:Eli}}.`,

// 49 hematology with fingerprint / biometric
`HEME/ONC INFUSION
Pt {{NAME:Cornelius Van der Merwe}} identity confirmed via palm-vein scan (template {{BIOMETRIC:PV-2231-88A}}) and wristband. C3D1 R-CHOP. Wt 82 kg, BSA 2.01 m2. Rituximab 375 mg/m2 = 754 mg. ANC 1.9, plt 164, Hgb 11.1. Pre-meds: APAP 650, diphenhydramine 50, methylpred 100. Infusion reaction grade 1 at 100 mg/h -> paused, resolved. Next cycle {{DATE:4/23}}.`,

// 50 nursing home transfer form
`INTERFACILITY TRANSFER
From: {{LOCATION:Maplecrest Skilled Nursing}}, {{LOCATION:310 Birch Hollow Dr}}, {{LOCATION:Frederick}}, MD {{LOCATION:21702}}
To: {{LOCATION:Frederick Memorial}} ED
Resident: {{NAME:Dorothea Kunkel}}  DOB {{DATE:Aug 3 1932}}  Age {{AGE_OVER_89:92}}
Reason: ?UTI, new confusion, T 38.3. Code status: DNR/DNI (MOLST on file). Allergies: codeine. POA: {{NAME:Gregory Kunkel}} (son) cell {{PHONE:301-555-0182}}. Sent by {{NAME:Tameka Boyd}}, LPN at 16:10.`,

// 51 ophthalmology
`OPHTHALMOLOGY
{{NAME:Sanjay Raghunathan}} 66M. VA cc OD 20/40, OS 20/25. IOP 24/19 (Goldmann). Gonio open. C/D 0.7/0.5. OCT RNFL thinning inf OD. HVF 24-2: sup arcuate defect OD. Dx POAG OD (H40.1131). Start latanoprost 0.005% qHS OD. SLT discussed. RTC 6 wk. Pt drives; wife {{NAME:Lakshmi}} to drive after dilation.`,

// 52 chat/text from a relative, lower case, informal date
`sms log (pt relative):
"hi its {{NAME:kasia}}, {{NAME:jan kowalski}}'s daughter. dad fell again last night around 11, he's ok but bruised. his appt was moved to the {{DATE:23rd}}? we live at {{LOCATION:18 ul. Lipowa}} when we visit {{LOCATION:Gdańsk}} so we miss letters. pls call {{PHONE:+48 601 555 214}} or {{EMAIL:k.kowalska@example.pl}}"`,

// 53 billing statement
`STATEMENT
{{LOCATION:Harborview Physicians Group}}
Guarantor: {{NAME:Terrence Ebo-Whitaker}}   Account: {{ACCOUNT:0048-229173-5}}
Statement date: {{DATE:03/31/2025}}   Due: {{DATE:04/30/2025}}
DOS {{DATE:02/11/2025}} 99214 Office visit est.  $210.00
DOS {{DATE:02/11/2025}} 80053 CMP                $38.00
Insurance paid: -$186.40   Adjustment: -$22.10   Balance: $39.50
Pay online at {{URL:https://pay.harborview-physicians.example.com/?acct=0048229173}}`,

// 54 radiology MRI with age and look-alike numbers
`MRI BRAIN W/WO
History: {{AGE_OVER_89:91}} y/o F, new L hemiparesis.
Technique: 3T, 0.1 mmol/kg gadobutrol.
Findings: Acute infarct R MCA territory (DWI+, ADC-), 3.4 x 2.1 cm. No hemorrhage. Chronic microvascular changes (Fazekas 2). Mild atrophy. Ventricles normal. Vascular flow voids preserved.
Impression: Acute R MCA infarct. Discussed with Dr. {{NAME:Petrakis}} at 15:42 on {{DATE:3/29}}.`,

// 55 physiotherapy note
`PHYSIO
Pt {{NAME:Gwendolyn Ashby}} seen on ward 7B. POD 3 L THR (posterior approach). Mobilised 40 m with Zimmer frame, CGA x1. Hip precautions reviewed. ROM hip flex 70°. Quads 4/5, ankle DF 5/5. Stairs: 4 steps with rail. D/c plan: home with husband {{NAME:Roy}}, OT kitchen assessment Tue {{DATE:11/3}}.`,

// 56 dermatology with photo IDs
`DERMATOLOGY
{{NAME:Yusuf Demir}}, 47M. 9 mm irregular pigmented lesion R scapula, dermoscopy: atypical network, regression. Clinical photos: {{PHOTO:DSC_0442.JPG}}, {{PHOTO:DSC_0443.JPG}} uploaded to media tab; full-face photograph not taken. Excision with 2 mm margins, histo pending. Skin type III. Previous BCC nose 2018.`,

// 57 endocrinology letter American style, dates spelled
`{{DATE:March 26th, 2025}}

RE: {{NAME:Esperanza Quintanilla}}, DOB {{DATE:Feb. 9, 1959}}

Dear Dr. {{NAME:Whitcombe}},
I saw your patient in the Endocrine Clinic at {{LOCATION:Alder Valley Hospital}} today. She has longstanding Graves' disease, previously treated with RAI in 1998; now on levothyroxine 112 mcg. Free T4 1.1, TSH 2.4. DXA T-score -2.6 at the spine. Plan alendronate 70 mg weekly. I'll see her again in {{DATE:September 2025}}.
Sincerely,
{{NAME:Howard Lim}}, MD
cc: {{NAME:Esperanza Quintanilla}}, {{LOCATION:PO Box 77}}, {{LOCATION:Taos}}, NM {{LOCATION:87571}}`,

// 58 tele-ICU note with IPs and monitor
`eICU note 01:20
Camera review bed 4W-12 ({{NAME:Abdullahi Bello}}, 63M). Alarm: SpO2 84%. RT at bedside, suctioned, FiO2 0.4 -> 0.6. ABG 7.29/58/61. Bedside monitor IP {{IP:172.20.14.88}}. Discussed with bedside RN {{NAME:Carmen}}. Plan BiPAP trial 12/6, reassess 02:00.`,

// 59 oncology discharge letter, Arabic names, international
`Dear Dr {{NAME:Ayesha Siddiqui}},
Your patient {{NAME:Khalid bin Saeed Al-Qahtani}} (hospital number {{MRN:RX441092}}) was admitted under our care from {{DATE:21/02/2025}} to {{DATE:01/03/2025}} with neutropenic sepsis following cycle 2 of FOLFOX. He recovered with pip-tazo. His brother {{NAME:Faisal}} will accompany him home to {{LOCATION:Riyadh}} on {{DATE:8 March}}; contact {{PHONE:+966 50 555 8812}}. Please arrange CT in 6/52.
Yours sincerely,
{{NAME:Claire Donnelly}}
Consultant Medical Oncologist`,

// 60 urgent care with SSN and employer
`URGENT CARE
Pt {{NAME:Marisol Ybarra}}, 39F. ID checked. New pt reg: SSN {{SSN:531 88 2049}}. Insurance: Medicaid ID {{HEALTH_PLAN:11884720F}}.
Laceration L palm 2.5 cm, from kitchen knife at work. Irrigated 250 mL NS, 4 x 4-0 nylon simple interrupted. Tetanus up to date ({{DATE:2021-08-30}}). Suture removal 10-14 d. Return precautions given.`,
];
