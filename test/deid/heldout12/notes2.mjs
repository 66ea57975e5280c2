// heldout12 notes2: prose notes from rehabilitation, psychiatry and addiction, transplant, infusion, pharmacy,
// genetics, remote nursing and home health (h12-011..020). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h12-011',
    kind: 'sci-inpatient-rehab',
    text: `
INPATIENT REHABILITATION - WEEKLY TEAM CONFERENCE
{{LOCATION:Shepherd Center}}, {{LOCATION:Atlanta}}   Conference {{DATE:11/12/2025}}
Patient: {{NAME:Desmond Achterberg-Mills}}, 34 M, MRN {{MRN:SC-0047719}}, admit {{DATE:10/22/2025}}.
C6 AIS C incomplete tetraplegia after diving injury at {{LOCATION:Lake Lanier}} ({{DATE:Sept 28}}). ASIA motor 31/100, LT 62/112, PP 58/112.
FIM: eating 4, grooming 3, bladder 1 (IC q4h by sister), transfers 2. SCIM III 34/100.
Power wheelchair (tilt/recline) delivered, serial {{DEVICE:PM-Q6E-4471290}}; pressure-mapping images {{PHOTO:DAM_pressuremap_1110.png}}.
Sister {{NAME:Loretta Mills}} is primary caregiver; their home at {{LOCATION:86 Juniper Creek Ct}}, {{LOCATION:Dahlonega}}, GA {{LOCATION:30533}} needs a ramp (contractor {{NAME:Ray Beaudoin}}, {{PHONE:706-555-0141}}).
Adapted van for transport, GA plate {{VEHICLE:RBX 4417}}, VIN {{VEHICLE:2C4RC1BG7JR221804}}; hand controls quote pending.
Vocational rehab counsellor {{NAME:Imani Faulkner-Osei}}, case {{OTHER_ID:VR-GA-2025-30817}}.
Projected discharge {{DATE:12/05/2025}}. Physiatrist Dr. {{NAME:Hyun-woo Chae}}.
`,
  },
  {
    id: 'h12-012',
    kind: 'eating-disorder-admission',
    text: `
Eating disorders unit - admission note ({{LOCATION:Denver Health}} ACUTE Center for Eating Disorders)
{{NAME:Sadie McAllister-Tran}}, 19 F, college sophomore at {{LOCATION:Colorado State University}}, MRN {{MRN:DH5502817}}, DOB {{DATE:2006-01-17}}.
Anorexia nervosa, restricting type. Wt 38.2 kg, Ht 165 cm, BMI 14.0 (71% mIBW). HR 38 supine, orthostatic +34. Phos 2.4, K 3.1, glucose 58.
Refeeding protocol: 1,400 kcal day 1, advance 200 kcal/day; phos and K bid.
Mother {{NAME:Lien Tran}} ({{EMAIL:lien.tran.mom@example.com}}, {{PHONE:970-555-0177}}) drove from {{LOCATION:Fort Collins}}; father {{NAME:Craig McAllister}} in {{LOCATION:Billings}}.
Roommate {{NAME:Keziah}} found her fainted in the dorm ({{LOCATION:Braiden Hall}}) on {{DATE:11/09}}.
EDE-Q global 4.6; PHQ-9 18; C-SSRS negative.
Insurance: member {{HEALTH_PLAN:RMH884102773}}; case manager {{NAME:Bettina Gruenewald}}, fax {{FAX:303-555-0116}}.
Attending Dr. {{NAME:Ogechi Umeh}}.
`,
  },
  {
    id: 'h12-013',
    kind: 'detox-discharge',
    text: `
Withdrawal management unit - discharge summary
Patient: {{NAME:Wade Tolliver}}  DOB {{DATE:4/2/1979}}  MRN {{MRN:VHS-118204}}  Adm {{DATE:11/10/2025}}  D/C {{DATE:11/15/2025}}
Alcohol and fentanyl use disorder. CIWA-Ar peak 19 (day 2), lorazepam taper; COWS peak 14, buprenorphine micro-induction to 16 mg/day.
Discharged to recovery residence {{LOCATION:Serenity Ridge House}}, {{LOCATION:512 W Walnut St}}, {{LOCATION:Johnson City}}, TN {{LOCATION:37604}}; house manager {{NAME:Clint Oyler}} {{PHONE:423-555-0152}}.
Drug court: Judge {{NAME:Marguerite Haskins}}, docket {{OTHER_ID:2025-DC-0883}}; probation officer {{NAME:Travis Keel}}, fax {{FAX:423-555-0190}}.
Ignition interlock on his truck (TN plate {{VEHICLE:C84-91K}}), interlock device {{DEVICE:IID-LS3-7720418}}; breath photo log reviewed with him.
Bup prescriber: {{NAME:Neha Raghunathan}}, NP, DEA {{LICENSE:MR4471902}}; first visit {{DATE:11/18}}.
Unit doors open by finger scan; his template {{BIOMETRIC:FS-WMU-44719}} was deleted at discharge. Naloxone kit given. Brother {{NAME:Earl Tolliver}} to pick up.
`,
  },
  {
    id: 'h12-014',
    kind: 'renal-transplant-followup',
    text: `
Kidney transplant clinic - 6 month follow-up
{{NAME:Adebola Ogunleye-Hart}}, 52 F, LRD transplant {{DATE:May 14, 2025}} from brother {{NAME:Kunle Ogunleye}} (donor ID {{OTHER_ID:LD-8841}}). Transplant no. {{OTHER_ID:TX-25-0192}}; MRN {{MRN:MGH-4471-2209}}.
Tacrolimus trough 7.8 ng/mL (target 6-8), MMF 500 mg bid, prednisone 5 mg. Cr 1.18 (nadir 1.05), eGFR 55, UPCR 0.18. BK PCR plasma <500 copies/mL. DSA negative.
She wants to travel to {{LOCATION:Ibadan}} for her father's birthday; he will be {{AGE_OVER_89:93}}. Travel clinic at {{LOCATION:Massachusetts General Hospital}} to give typhoid (inactivated) and discuss malaria prophylaxis (atovaquone-proguanil, check tacrolimus level).
Med list sent to her pharmacy, {{LOCATION:CVS Pharmacy}} in {{LOCATION:Quincy}}, fax {{FAX:617-555-0124}}.
Husband {{NAME:Gregory Hart}}; home {{LOCATION:41 Sea St, Apt 3}}, {{LOCATION:Quincy}}, MA {{LOCATION:02169}}.
Coordinator {{NAME:Mairead Cullinane}}, RN; nephrologist Dr. {{NAME:Tobias Engelhardt}}.
`,
  },
  {
    id: 'h12-015',
    kind: 'car-t-infusion',
    text: `
Cellular therapy infusion note - Day 0
{{NAME:Harold Fenwick-Osborne}}, 67 M, DLBCL 3rd relapse. MRN {{MRN:1187730}}; COI/chain-of-identity number {{OTHER_ID:COI-EU-4471-29918}}.
Product thawed at bedside 10:12, infused 10:24-10:31 via peripheral line; premeds acetaminophen 650 mg and diphenhydramine 25 mg. No reaction.
Baseline: T 36.8, HR 78, BP 128/74, RR 16, SpO2 97% RA; ICE score 10/10; ferritin 412, CRP 1.2.
CRS/ICANS monitoring per ASTCT; tocilizumab x2 available in pharmacy.
Must stay within 2 h of the center for 28 days: lodging at {{LOCATION:Hope Lodge Nashville}}, room 214; caregiver 24/7 is wife {{NAME:Penelope Osborne}} ({{PHONE:615-555-0183}}), backup caregiver son {{NAME:Miles Osborne}} ({{PHONE:615-555-0147}}).
Temperature log via home thermometer app; readings upload from {{IP:100.72.14.203}}.
Car stays in the lodge garage (TN {{VEHICLE:9G4-8KT}}); no driving for 8 weeks.
Infusing RN {{NAME:Dalia Hamdan}}; attending Dr. {{NAME:Roderick Ashby}}.
`,
  },
  {
    id: 'h12-016',
    kind: 'opat-pharmacy-consult',
    text: `
Pharmacy consult - OPAT (outpatient parenteral antimicrobial therapy)
Requested by Dr. {{NAME:Ngozi Ibekwe}} (ID) for {{NAME:Rupert Szymanski}}, 71 M, MRN {{MRN:0503318821}}, MSSA vertebral osteomyelitis L3-L4.
Plan: cefazolin 2 g IV q8h via elastomeric pump x 6 weeks (end date {{DATE:12/29/2025}}); renal fn CrCl 58 mL/min; no adjustment.
Weekly labs CBC/diff, BMP, ESR/CRP drawn by home health; results faxed to ID clinic fax {{FAX:(608) 555-0112}}.
PICC 5 Fr double-lumen R basilic, tip cavoatrial junction on CXR {{DATE:11/16/2025}}.
Home infusion pharmacy: {{LOCATION:Option Care Health - Madison}}, pharmacist {{NAME:Kjersti Hovland}}, PharmD, phone {{PHONE:608-555-0198}}.
Patient's Medicare MBI {{HEALTH_PLAN:2XK7-TN4-MR81}}; supplement (AARP plan F) policy {{HEALTH_PLAN:441902773}}.
Lives alone at {{LOCATION:N4417 County Road KP}}, {{LOCATION:Cross Plains}}; neighbour {{NAME:Bev Lundquist}} checks daily.
Pump lot 2511A (not patient-specific). - {{NAME:A. Marchetti}}, PharmD, BCIDP
`,
  },
  {
    id: 'h12-017',
    kind: 'prenatal-genetic-counselling',
    text: `
Genetic counselling - prenatal (NIPT high risk)
Patient {{NAME:Leah Rosenblatt-Cohen}}, 36, G2P1 at 13w0d, MRN {{MRN:MS-44719021}}, seen {{DATE:November 17, 2025}} with husband {{NAME:Avraham Cohen}}.
NIPT (cfDNA) reported {{DATE:11/12/2025}}: high risk for trisomy 21 (fetal fraction 9%), lab accession {{OTHER_ID:NPT-25-4471902}}. PPV discussed (~80% at her age).
Pedigree: Ashkenazi Jewish on both sides; carrier screen negative for Tay-Sachs, CF, SMA, Gaucher. Paternal great-grandfather {{NAME:Mordechai Cohen}} alive at {{AGE_OVER_89:97}} in {{LOCATION:Bnei Brak}}. Maternal uncle with intellectual disability (no diagnosis).
Options: CVS at 13-14 weeks or amniocentesis at 15+ weeks; she chose CVS, booked {{DATE:11/20/2025}} with Dr. {{NAME:Svetlana Orlova}}.
Counsellor: {{NAME:Jessamyn Pryce}}, MS, CGC, licence {{LICENSE:GC-NY-000518}}; phone {{PHONE:212-555-0107}}.
Letter to referring OB Dr. {{NAME:Benedetta Rizzo}}, fax {{FAX:212-555-0165}}.
`,
  },
  {
    id: 'h12-018',
    kind: 'remote-area-nurse',
    text: `
REMOTE AREA NURSE - CLINIC PRESENTATION
{{LOCATION:Lajamanu Health Centre}}, NT. Wed {{DATE:12/11/2025}}
Client: {{NAME:Jeffrey Japaljarri Walker}}, 58, HRN {{MRN:NT0448172}}, Medicare {{HEALTH_PLAN:4471 90218 3}}.
Presents with chest pain x 2 h, crushing, radiating to L arm. BP 168/96, HR 102, SpO2 94%. ECG: ST elevation II, III, aVF.
Telehealth with District Medical Officer Dr {{NAME:Aoife Kinsella}} via {{URL:https://telehealth.example.org/nt/rm/cons-4471902}}; aspirin 300 mg, GTN, tenecteplase given per protocol.
RFDS retrieval to {{LOCATION:Royal Darwin Hospital}}; ETA 4 h. Wife {{NAME:Maisie Nangala}} to escort; son {{NAME:Kieran}} will drive the Troopy (NT rego {{VEHICLE:CB 44 7R}}) to {{LOCATION:Katherine}}.
Clinic phone {{PHONE:08 5550 4471}}; fax {{FAX:08 5550 4479}}. Handover by RAN {{NAME:Bronwyn Sheedy}}.
`,
  },
  {
    id: 'h12-019',
    kind: 'home-health-skilled-nursing',
    text: `
HOME HEALTH SKILLED NURSING VISIT
Agency episode {{OTHER_ID:HH-2025-7741-02}}   Visit {{DATE:11/21/2025}} 09:40-10:35
Patient: {{NAME:Ida Mae Throckmorton}}, {{AGE_OVER_89:96}} y/o F, {{LOCATION:1180 Persimmon Hill Rd}}, {{LOCATION:Lebanon}}, KY {{LOCATION:40033}}. Lockbox code 4471 (not shared outside agency).
Dx: stage 4 sacral pressure injury, CHF. NPWT (wound vac) serial {{DEVICE:KCI-VAC-US04471}} at 125 mmHg continuous; dressing changed; wound 4.1 x 3.2 x 1.8 cm, photo {{PHOTO:IMT_sacrum_1121.jpg}} uploaded.
Weight 52.3 kg (down 1.2). Lungs clear. Edema 1+.
Daughter-in-law {{NAME:Roberta Throckmorton}} (cg, {{PHONE:270-555-0181}}); neighbour {{NAME:Ollie Gaither}} brings groceries.
Pharmacy: {{LOCATION:Fields Drug Store}} in {{LOCATION:Lebanon}}. PCP Dr. {{NAME:Whitley Dunaway}}, fax {{FAX:270-555-0135}}.
MBI {{HEALTH_PLAN:7TP4-XW2-QH18}}. Next visit {{DATE:11/24}}. - {{NAME:Sherrie Caudill}}, RN
`,
  },
  {
    id: 'h12-020',
    kind: 'perinatal-psychiatry',
    text: `
Perinatal psychiatry outpatient consult
{{NAME:Marisela Contreras Villanueva}}, 29, 6 weeks postpartum (delivered {{DATE:10/08/2025}} at {{LOCATION:Kaiser Permanente Roseville Medical Center}}), MRN {{MRN:110448917}}.
EPDS 21, item 10 = 1 (thoughts of harm "sometimes"); intrusive images of dropping the baby, no intent. GAD-7 15. No psychotic features; sleep 3 h/night.
History: PPD after first child in 2021, sertraline helped.
Plan: sertraline 25 mg -> 50 mg; compatible with breastfeeding. Referral to mother-baby day programme at {{LOCATION:UC Davis Health}}; Postpartum Support International warmline.
Safety plan with husband {{NAME:Rigoberto Villanueva}} ({{PHONE:916-555-0140}}); her mother {{NAME:Esperanza Contreras}} arriving from {{LOCATION:Morelia}} {{DATE:Dec 1}}.
Baby {{NAME:Camila}} followed by Dr. {{NAME:Hsu}}. Psychiatrist: Dr. {{NAME:Yael Bernstein-Okafor}}; next visit in 2 weeks.
`,
  },
];
