// train14 notes 6: theatre, anaesthesia and procedure records.
export default [
  {
    id: 't14-047',
    kind: 'anaesthetic record (UK)',
    text: `
Anaesthetic record {{DATE:17/11/2026}}, Theatre 4, {{LOCATION:Royal Devon and Exeter Hospital}} ({{LOCATION:Wonford}})
Pt {{NAME:Morwenna Trethewey}}, 72F, ASA III, 61 kg. Procedure: L TKR. Surgeon Mr {{NAME:Ravindra Pillai}}.
Anaesthetist Dr {{NAME:Ffion Llewellyn}}, ODP {{NAME:Kwame Boakye}}.
WHO checklist done 08:32. Spinal: L3/4, 25G Whitacre, 2.6 ml 0.5% heavy bupivacaine + 300 mcg diamorphine. Propofol TCI sedation.
Mallampati 2. Adductor canal block. TXA 1 g. EBL 150 ml.
Recovery: Aldrete 9. Husband {{NAME:Jory}} to be called on {{PHONE:01392 555 044}}; lives at {{LOCATION:Polgooth}} near {{LOCATION:St Austell}}.
Recovery nurse {{NAME:Demelza Penhaligon}}: PONV x1, ondansetron 4 mg. Transferred to {{LOCATION:Bovey Ward}} at 11:40. Daughter {{NAME:Tamsin Trethewey}} visiting from {{LOCATION:Truro}}. Physio {{NAME:Jago Rowe}} to mobilise POD 0.
Pre-op Hb 124, K 4.2. Cefuroxime 1.5 g at induction. Procedure date {{DATE:17/11/2026}}, knife-to-skin 08:55.
`,
  },
  {
    id: 't14-048',
    kind: 'operative note (US, general surgery)',
    text: `
OPERATIVE NOTE  {{DATE:11/18/2026}}  {{LOCATION:Providence St. Vincent Medical Center}}
Patient: {{NAME:Tuiasosopo, Faleolo}}  MRN {{MRN:44018862}}
Surgeon: {{NAME:Margarethe Lindqvist}}, MD. Assistant: {{NAME:Obinna Nwachukwu}}, MD (PGY-4). Anesthesia: {{NAME:Hyun-woo Seo}}, MD.
Procedure: robotic ventral hernia repair with mesh (Ventralight ST 15x20 cm, lot 9821A).
Findings: 6 cm defect, incarcerated omentum. da Vinci Xi system serial {{DEVICE:SK3421}}.
EBL 25 ml. Counts correct x2 per RN {{NAME:Lupe Faleafa}} and ST {{NAME:Cruz Betancourt}}.
Family (wife {{NAME:Sina}}, sister {{NAME:Talataina}}) updated in the surgical waiting room by phone {{PHONE:503-555-0164}}.
Post-op: to PACU, then 7 West. Dr {{NAME:Lindqvist}} spoke with wife {{NAME:Sina Tuiasosopo}}. Pt is deacon at {{LOCATION:First Samoan Congregational Church}} in {{LOCATION:Beaverton}}; pastor {{NAME:Iosefa Leiataua}} visiting POD 1. Work note for {{LOCATION:Nike World Headquarters}} (warehouse).
Cefazolin 2 g at 0748. Surgery start 0802, end 1014. Discharge planned {{DATE:11/20/2026}}.
`,
  },
  {
    id: 't14-049',
    kind: 'pre-anaesthesia assessment (Australia)',
    text: `
Pre-admission clinic {{DATE:18/11/26}}, {{LOCATION:Sir Charles Gairdner Hospital}}, {{LOCATION:Nedlands}}
{{NAME:Ravi Chandrasekaran Pillai}}, 66M, for TURBT {{DATE:2/12/26}}.
OSA on CPAP (ResMed AirSense 11, serial {{DEVICE:23181234567}}), STOP-BANG 6. Airway: Mallampati 3, thyromental 6 cm. Previous difficult intubation at {{LOCATION:Fiona Stanley Hospital}} in 2022 - alert letter.
Metformin hold day of surgery. Apixaban stop 48h prior.
Wife {{NAME:Lakshmi}} will drive from {{LOCATION:Ellenbrook}}. Interpreter not needed.
Anaesthetist Dr {{NAME:Bridie McNamara}}
Pt lives at {{LOCATION:44 Pinjar Road}}, {{LOCATION:Tapping}} WA {{LOCATION:6065}}; previously in {{LOCATION:Coimbatore}} until 2010. GP Dr {{NAME:Wei Lin Tan}} at {{LOCATION:Wanneroo Medical Centre}}. Son {{NAME:Karthik}} e-mail for reminders {{EMAIL:karthik.pillai@example.com.au}}.
Hb 138, Cr 96, HbA1c 7.1. ECG sinus. Echo {{DATE:4/2026}} normal LV. Fasting from midnight {{DATE:1/12/26}}.
`,
  },
  {
    id: 't14-050',
    kind: 'theatre nursing record (India)',
    text: `
OT Nursing Record {{DATE:19/11/2026}}, OT 3, {{LOCATION:Christian Medical College Vellore}}
Pt {{NAME:Selvi Arumugam}}, 38F, hosp no {{MRN:718224F}}, LSCS elective, previous 2 LSCS.
Surgeon Dr {{NAME:Anitha Thomas Mathew}}, Anaes Dr {{NAME:Joseph Varghese}}, scrub Sr {{NAME:Jessy Kurian}}, circulating Bro. {{NAME:Prabhu Dass}}.
Baby girl delivered 10:42, Apgar 8/9, 2.9 kg. Oxytocin 10 IU. EBL 600 ml.
Husband {{NAME:Arumugam Murugan}} from {{LOCATION:Gudiyatham}} informed. Sterilisation consent signed.
Post-op: to postnatal ward, Sr {{NAME:Ruth Devadoss}} in charge. Mother-in-law {{NAME:Pachaiammal}} accompanies. Birth registered with {{LOCATION:Vellore Municipal Corporation}}. Baby's footprint record {{BIOMETRIC:FP-CMC-26-11190}}.
Blood group B positive. Hb 10.8 pre-op. Antibiotic cefazolin 2 g. LMP {{DATE:13/02/2026}}.
`,
  },
  {
    id: 't14-051',
    kind: 'procedure note (US, cath lab)',
    text: `
Cath lab procedure report {{DATE:11/19/26}}
Pt {{NAME:Anselmo Quispe Mamani}} 61M, MRN {{MRN:6610295}}, from {{LOCATION:Salinas}}. Spanish and Quechua; interpreter {{NAME:Yolanda Huaman}}.
Procedure: PCI to mid LAD, 3.0 x 24 mm Xience Skypoint DES. Radial access R. Heparin 70 U/kg. TIMI 3 flow post.
Operator Dr {{NAME:Benedikt Oyelaran-Stein}}. Cath lab RN {{NAME:Juniper Haskell}}, RCIS {{NAME:Tariq Al-Mansouri}}.
DAPT: ticagrelor + aspirin 12 months. Son {{NAME:Wilber Quispe}} updated in waiting area; he works at {{LOCATION:Natividad Medical Center}} in environmental services.
Post-procedure: R radial TR band. Wife {{NAME:Felicitas Mamani}} and daughter {{NAME:Nayeli}} visiting; family lives at {{LOCATION:1442 Alisal St}}, {{LOCATION:Salinas}} {{LOCATION:93905}}. Hospital account {{ACCOUNT:HA-00918273}}. Cardiac rehab at {{LOCATION:Salinas Valley Health}} referral faxed {{FAX:831-555-0170}}.
Troponin peak 12.4. LDL 3.9. Atorvastatin 80 mg. Discharge {{DATE:11/21/26}} if stable.
`,
  },
  {
    id: 't14-052',
    kind: 'anaesthesia record (Sweden, translated)',
    text: `
Anestesijournal {{DATE:2026-11-20}}, {{LOCATION:Sahlgrenska Universitetssjukhuset}}, {{LOCATION:Molndal}}
Pat. {{NAME:Birgitta Lundqvist Aho}}, 77F, pnr {{SSN:000121-4482}}.
Hip hemiarthroplasty. Spinal + femoral block. Noradrenaline infusion low dose. BIS not used.
Daughter {{NAME:Sanna Aho}} lives in {{LOCATION:Kungsbacka}}, tel {{PHONE:070-555 12 44}}. Patient Finnish-speaking; interpreter {{NAME:Pirjo Makinen}}.
Anestesiolog Dr. {{NAME:Jonas Wikstrom}}; nurse anaesthetist {{NAME:Elif Sahin}}.
Post-op ward 3B. Neighbour {{NAME:Goran Petrovic}} feeds the cat. Geriatrician {{NAME:Annika Bergstrom}} to assess. Rehab at {{LOCATION:Kungsbacka narsjukhus}} requested.
Operation date {{DATE:2026-11-20}}. Hb 104 post-op. Fragmin 5000 IE daily. ASA class 3.
`,
  },
  {
    id: 't14-053',
    kind: 'endoscopy report (US)',
    text: `
ENDOSCOPY REPORT {{DATE:11/20/2026}}  {{LOCATION:Mayo Clinic}} - {{LOCATION:Rochester}} Gonda 9
Pt {{NAME:Thorvald Eriksrud}} 74M. Indication: IDA. Scope GIF-HQ190 serial {{DEVICE:2940177}}.
Findings: 2 cm Cameron lesions in large hiatal hernia; Los Angeles grade B esophagitis. Biopsies for H. pylori.
Images {{PHOTO:EGD_Eriksrud_1120_01.jpg}} - 04 saved.
Sedation: MAC, propofol 240 mg by CRNA {{NAME:Makena Otieno}}.
Wife {{NAME:Solveig}} driving home to {{LOCATION:Zumbrota}}. Endoscopist {{NAME:Priya Balasubramanian}}, MD
Pt is a retired farmer from {{LOCATION:Wanamingo}}; son {{NAME:Halvard Eriksrud}} runs the farm. Pathology reports routed to PCP Dr {{NAME:Karin Tollefson}} at {{LOCATION:Kenyon Clinic}}.
Hb 9.1, ferritin 6. IV iron (Venofer) planned. Colonoscopy {{DATE:12/04/2026}} if ongoing loss.
`,
  },
  {
    id: 't14-054',
    kind: 'theatre list annotation (New Zealand)',
    text: `
Acute theatre list {{DATE:21/11/26}}, {{LOCATION:Christchurch Hospital}}
1. {{NAME:Mere Tipene}} 23F, lap appendix. Anaes Dr {{NAME:Fergus Drummond}}. From {{LOCATION:Kaiapoi}}. Partner {{NAME:Shaun}}.
2. {{NAME:Viliami Tuipulotu}} 41M, washout R hand (dog bite at {{LOCATION:Halswell}} quarry). Anaes Dr {{NAME:Soo-Jin Park}}.
3. {{NAME:Hazel Mcilroy}} {{AGE_OVER_89:92}}F, #NOF hemiarthroplasty, from {{LOCATION:Rannerdale Veterans Care}}. Surgeon Mr {{NAME:Aroha Walker}}.
Coordinator {{NAME:Pania}} ext 80412.
4. {{NAME:Anaru Paewai}} 35M, I&D gluteal abscess, from {{LOCATION:Linwood}}. Anaes Dr {{NAME:Fergus Drummond}}. Charge nurse {{NAME:Ngaio Henare}} to liaise with {{LOCATION:Burwood Hospital}} for post-op beds.
List start 08:00 {{DATE:21/11/26}}. NZEWS reviewed. Cefazolin prophylaxis per protocol.
`,
  },
];
