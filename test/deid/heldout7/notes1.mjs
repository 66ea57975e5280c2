// heldout7 notes1: laboratory, tissue and banking services (h7-001..010). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-001',
    kind: 'oncofertility semen cryopreservation record',
    text: `
ANDROLOGY LAB - FERTILITY PRESERVATION (PRE-CHEMOTHERAPY) - CRYOSTORAGE RECORD
Client: {{NAME:OYELARAN-PRICE, Tobias}}   DOB {{DATE:02/27/2004}}   Lab ID {{MRN:AND-0448172}}
Referring: {{NAME:Anneliese Korhonen}}, MD, Pediatric Oncology, {{LOCATION:Children's Mercy Adele Hall Campus}}
Diagnosis: Hodgkin lymphoma, stage IIB; ABVD planned to start Mon {{DATE:3/17}}
Collection 1: {{DATE:03/11/2025}} 07:40, abstinence 2 days, volume 2.9 mL, conc 41 M/mL, motility 52%, 8 vials
Collection 2: {{DATE:03/13/2025}} 08:05, abstinence 2 days, volume 3.4 mL, conc 38 M/mL, motility 49%, 9 vials
Storage: dewar B, canister 6, cane 14-22 (17 vials). Straw lot 24117-C (media lot, not patient-specific).
Infectious screen drawn {{DATE:3/11}}: HIV-1/2 NR, HBsAg NR, HCV NR, RPR NR.
Storage agreement signed by client (age 21) and witnessed by {{NAME:Pilar Echeverria-Cole}}, lab supervisor.
Annual storage fee billed to acct {{ACCOUNT:FP-20931-07}}; reminder letters to {{LOCATION:4418 Wornall Rd Apt 2C}}, {{LOCATION:Kansas City}}, MO {{LOCATION:64111}}.
Disposition on death: discard (initialled {{NAME:TOP}}). Contact if moved: {{PHONE:(816) 555-0178}} / {{EMAIL:tobias.op04@example.com}}.
Embryologist: {{NAME:R. Vasquez-Lindqvist}}   Verified: {{NAME:hk}}`,
  },
  {
    id: 'h7-002',
    kind: 'eye bank corneal donor record',
    text: `
EYE BANK - DONOR RECORD (CORNEA)  Tissue IDs {{OTHER_ID:LEB-25-0391-OD}} / {{OTHER_ID:LEB-25-0391-OS}}
Donor: {{NAME:Harlan J. Weatherby}}, male, age {{AGE_OVER_89:91}}, DOD {{DATE:04/02/2025}} 23:15
Place of death: {{LOCATION:Benedictine Manor}}, {{LOCATION:Bismarck}}, ND (hospice unit)
Referral: hospice RN {{NAME:Colleen Arneson}} called {{DATE:04/02/2025}} 23:40; referral # {{OTHER_ID:DN25-04-1187}}
Authorization: by daughter {{NAME:Marjorie Weatherby-Klug}} (next of kin), recorded telephone consent, {{PHONE:701-555-0146}},
witnessed by {{NAME:Dale Sorensen}}. Donor registry: not registered.
Medical/social history interview with daughter: no ocular surgery except cataract OU (2009), no dementia, no travel.
Recovery: {{DATE:04/03/2025}} 04:10 at {{LOCATION:Parkway Funeral Chapel}}, {{LOCATION:1207 E Main Ave}}, by {{NAME:J. Obuya}} CEBT.
Endothelial cell density OD 2410 cells/mm2, OS 2285; Optisol lot 0412871; slit lamp grade 3/3 (good).
ME notification not required (expected death). Blood samples to {{LOCATION:Gateway Donor Testing}}, sample {{OTHER_ID:GDT-7714205}}.
Donor's family informed of outcome letter sent to {{LOCATION:PO Box 1146}}, {{LOCATION:Mandan}}, ND {{LOCATION:58554}} on {{DATE:April 21, 2025}}.`,
  },
  {
    id: 'h7-003',
    kind: 'transfusion reaction investigation',
    text: `
TRANSFUSION SERVICE - SUSPECTED TRANSFUSION REACTION WORK-UP
Patient: {{NAME:Lakshmi Venkataraman}}  MRN {{MRN:5521-0087}}  DOB {{DATE:1958-10-09}}  Unit 6 West bed 14
Component: RBC, DIN W0365 25 112478 (donor unit identifier, blood supplier), ABO/Rh O POS, issued {{DATE:05/06/2025}} 14:22
Reaction noted 14:51 by {{NAME:Krystyna Wojcik}}, RN: T 38.9 (baseline 37.1), rigors, BP 152/91 -> 104/60, HR 118, SpO2 93%.
Transfusion stopped at ~90 mL. Dr. {{NAME:Aurelio Pangilinan}} notified 14:55 via pager 4471.
Clerical check: wristband and tag match. Post-transfusion sample {{OTHER_ID:BB25-118830}}: DAT neg, plasma not hemolysed,
repeat ABO O POS. Bag culture: no growth at 5 d; patient blood cultures x2 no growth.
Interpretation: febrile non-hemolytic transfusion reaction (FNHTR), severity 2, imputability probable.
Reported to supplier and to hemovigilance on {{DATE:May 7, 2025}}, report {{OTHER_ID:HV-2025-00612}}.
Recommendation: leukoreduced (already) and premedicate with acetaminophen 650 mg PO 30 min prior.
Medical director: {{NAME:Femi Adeyemi-Stroud}}, MD, {{DATE:05/08/25}}.`,
  },
  {
    id: 'h7-004',
    kind: 'cytogenetics report',
    text: `
CYTOGENETICS LABORATORY REPORT            Accession {{OTHER_ID:CG25-004417}}
Patient: {{NAME:Stavros Papadimitriou}}   Sex: M   DOB: {{DATE:17-Aug-1966}}   MRN {{MRN:00928811}}
Specimen: bone marrow aspirate, collected {{DATE:12-May-2025}}, received {{DATE:13-May-2025}}
Ordering physician: {{NAME:Imelda Fairweather}}, MD   Copy to: {{NAME:Ngozi Chukwuemeka}}, NP
Culture: 24 h and 48 h unstimulated. Bands: GTG, 450-500 band level. Cells counted: 20; analysed: 20; karyotyped: 4.
RESULT: 46,XY,t(9;22)(q34.1;q11.2)[18]/46,XY[2]
FISH: nuc ish(ABL1,BCR)x3,(ABL1 con BCR)x2[176/200]  (88.0% positive; normal cutoff 1.6%)
Interpretation: Philadelphia chromosome in 18 of 20 metaphases, consistent with CML; no additional abnormalities
(no +8, i(17q), +Ph). Correlate with BCR::ABL1 quantitative PCR (IS ratio pending).
ISCN 2020 nomenclature. ICD-10 C92.10. CPT 88237, 88264, 88271x2, 88275.
Reviewed and signed: {{NAME:Oluwadamilare Bankole}}, PhD, FACMG, {{DATE:21-May-2025}}`,
  },
  {
    id: 'h7-005',
    kind: 'whole-genome sequencing outbreak cluster report',
    text: `
STATE PUBLIC HEALTH LAB - WGS CLUSTER NOTIFICATION (Legionella pneumophila sg1, ST-36)
Cluster code 2506MNLEG-2 (program code, not a person). Threshold: <= 5 allelic differences (cgMLST).
Isolates in cluster:
 isolate {{OTHER_ID:PHL25-L0417}}  case {{NAME:Bertrand Okonkwo-Hale}}, 71 M, onset {{DATE:6/3/2025}}, stayed {{LOCATION:Lakeshore Inn & Suites}}, {{LOCATION:Duluth}}
 isolate {{OTHER_ID:PHL25-L0422}}  case {{NAME:Gwendolyn Rautio}}, {{AGE_OVER_89:90}} F, onset {{DATE:6/5/2025}}, resident {{LOCATION:Harbor View Senior Living}}, {{LOCATION:Duluth}}
 isolate {{OTHER_ID:PHL25-L0431}}  case {{NAME:Arvo Niemela}}, 58 M, onset {{DATE:6/9/2025}}, daily walks in {{LOCATION:Canal Park}}
 isolate {{OTHER_ID:ENV25-0088}}  environmental, cooling tower CT-2, {{LOCATION:611 W Superior St}} (sampled {{DATE:6/12/2025}})
Pairwise: 0-2 allele differences among clinical isolates; 3 to the cooling tower isolate.
Epidemiologist: {{NAME:Siobhan Kettunen}}, MPH, {{PHONE:651-555-0193}}. Bioinformatics: {{NAME:pmaki}}.
Data uploaded to the shared cluster folder {{URL:https://wgs.health.example.gov/clusters/2506MNLEG-2/cases}} on {{DATE:06/20/2025}}.`,
  },
  {
    id: 'h7-006',
    kind: 'brain bank donation call note',
    text: `
BRAIN DONATION PROGRAM - PRE-MORTEM REGISTRATION CALL
Registrant: {{NAME:Ottilie Marchetti}} ("{{NAME:Tillie}}"), {{AGE_OVER_89:96}} years, diagnosis: Lewy body dementia (clinical), followed in
Memory Disorders Clinic since 2019. Study ID {{OTHER_ID:BBDP-3381}}.
Caller: son {{NAME:Lorenzo Marchetti}}, health care agent, {{PHONE:(520) 555-0112}} (cell), e-mail {{EMAIL:lmarchetti.az@example.net}}.
Lives at {{LOCATION:Casa de las Palmas Assisted Living}}, {{LOCATION:7720 N Oracle Rd}}, {{LOCATION:Tucson}}, AZ {{LOCATION:85704}}; hospice is {{LOCATION:Saguaro Hospice}}.
Funeral home chosen: {{LOCATION:Adair Funeral Home Dodge Chapel}}; they agree to 6-hour post-mortem window.
Family understands: no cost, open-casket viewing still possible, report to family in 6-9 months.
MMSE 9/30 ({{DATE:Feb 2025}}), UPDRS-III 34. Apo E genotype not disclosed to family by protocol.
Consent form mailed {{DATE:10/14/2025}}; returned signed {{DATE:10/22/2025}}. Program line for the autopsy team: {{PHONE:520-555-0100}}.
Coordinator: {{NAME:Wren Abernathy-Soto}}, RN`,
  },
  {
    id: 'h7-007',
    kind: 'pharmacokinetic consult (vancomycin AUC)',
    text: `
Pharmacy Kinetics Consult - Vancomycin (AUC-guided)
Pt: {{NAME:Desmond Achterberg}}   Age 64   Wt 102 kg   Ht 180 cm   MRN {{MRN:H00451290}}   Rm 5112
Indication: MRSA bacteremia, vertebral osteomyelitis T10-T11. ID: Dr. {{NAME:Yusra Haddad}}.
SCr 1.1 (baseline 0.9 on {{DATE:10/30}}), CrCl ~ 92 mL/min (Cockcroft-Gault, adj BW).
Loading 2500 mg x1 on {{DATE:11/2}} at 18:00, then 1500 mg q12h.
Levels {{DATE:11/4}}: peak 1 h post-infusion 38.4 mg/L (05:30), trough 12.1 mg/L (16:55).
Bayesian estimate: ke 0.098 h-1, Vd 0.62 L/kg, AUC24 612 (target 400-600). Plan: reduce to 1250 mg q12h
(predicted AUC 510), repeat levels with 4th dose ({{DATE:11/6}}), BMP daily, avoid concurrent pip-tazo.
MRSA MIC 1 (BMD). Duration 6 weeks from first negative culture {{DATE:11/3/2025}}; OPAT referral placed.
{{NAME:Kwame Asante-Barlow}}, PharmD, BCIDP  x4-7712`,
  },
  {
    id: 'h7-008',
    kind: 'point-of-care glucose meter QC lockout log',
    text: `
POCT COORDINATOR - GLUCOSE METER LOCKOUT REPORT  Week of {{DATE:09/08/2025}}  Site: {{LOCATION:St. Brendan's Community Hospital}}
meter_serial    unit   operator_id  operator                 reason                          cleared_by  cleared
{{DEVICE:SX4-8821-7730}}   4N     {{OTHER_ID:100442}}       {{NAME:Amara Eze}}               QC low level not run 24h        {{NAME:dtorvik}}     {{DATE:09/08/2025}}
{{DEVICE:SX4-8821-7791}}   ED     {{OTHER_ID:100517}}       {{NAME:Jonah Feldstein-Ruiz}}    operator cert expired {{DATE:08/31/2025}}  {{NAME:dtorvik}}     {{DATE:09/09/2025}}
{{DEVICE:SX4-8821-6604}}   L&D    {{OTHER_ID:100309}}       {{NAME:Marisol Quintanilla}}     patient ID override x3          {{NAME:mbeaulieu}}   {{DATE:09/10/2025}}
Note: on {{DATE:9/10}} the L&D meter was used with a temporary ID for an unregistered newborn (Baby Girl {{NAME:QUINTERO}});
the result 38 mg/dL was re-associated to MRN {{MRN:77301944}} after registration. Linear range 10-600 mg/dL; QC lot 5G021.
Competency re-training booked for {{NAME:Jonah Feldstein-Ruiz}} ({{EMAIL:jfeldsteinruiz@stbrendans.example.org}}).
Coordinator {{NAME:Dagny Torvik}}, MT(ASCP)`,
  },
  {
    id: 'h7-009',
    kind: 'wrong-blood-in-tube safety report',
    text: `
PATIENT SAFETY EVENT REPORT  Event # {{OTHER_ID:PSE-2025-14402}}   Category: specimen identification (WBIT)
Date/time of event: {{DATE:Jul 19 2025}} approx 05:10   Location: Med-Surg 3, {{LOCATION:Riverside Methodist - Grove City}}
Description: Type and screen for pt in bed 7 ({{NAME:Horace Belvedere}}, MRN {{MRN:40218876}}) resulted as A NEG; historical type
({{DATE:3/2024}}) was O POS. Recollect confirmed O POS. Investigation: two patients' tubes labelled at the nursing station;
the other patient ({{NAME:Delphine Aucoin}}, MRN {{MRN:40391102}}, bed 9) is A NEG.
Phlebotomist: {{NAME:T. Hollingworth}} (employee {{OTHER_ID:E048813}}). Reported by blood bank tech {{NAME:Rukhsana Qureshi}}.
Harm: none (caught before issue). Contributing: label printer at station, not at bedside; scanner 4 broken since {{DATE:July 14}}.
Actions: bedside labelling re-education; scanner replaced; second-sample policy reinforced.
Manager reviewed {{DATE:07/22/2025}} - {{NAME:Priya Raghunathan}}, BSN.`,
  },
  {
    id: 'h7-010',
    kind: 'unrelated stem-cell donor work-up note',
    text: `
DONOR SERVICES - UNRELATED DONOR WORK-UP (collection centre copy)
Donor GRID {{OTHER_ID:9912 0045 8813 2206}}  Local donor no. {{OTHER_ID:DS-11873}}
Donor: {{NAME:Bronwyn Achebe-McAllister}}, F, DOB {{DATE:11/05/1995}}, 61 kg
HLA (donor): A*02:01, A*24:02; B*07:02, B*44:02; C*05:01, C*07:02; DRB1*15:01, DRB1*04:01; DQB1*06:02 - 10/10 match to recipient
Recipient: anonymous (recipient ID only: {{OTHER_ID:R-4471}}), age band 40-49, AML CR1.
Medical: BMI 22, Hb 13.4, plt 244, CMV IgG positive, EBV pos. Product: PBSC, G-CSF 10 mcg/kg/day x5 days starting {{DATE:08/18/2025}}.
Apheresis {{DATE:08/22/2025}} at {{LOCATION:Mayo Clinic Gonda Building}}, {{LOCATION:Rochester}}; CD34 target 5 x 10^6/kg.
Travel: donor flying from {{LOCATION:Sioux Falls}} with companion {{NAME:Declan McAllister}} (husband); hotel {{LOCATION:Kahler Grand}}.
Donor contact: {{PHONE:605-555-0124}}, {{EMAIL:bronwyn.am@example.com}}. Passport not needed (domestic).
Courier: {{NAME:Henrik Aalto}}, cold chain. Apheresis instrument used for this donor: serial {{DEVICE:1T-55-2291}}.
Coordinator: {{NAME:Mehreen Siddiqui}}, BSN, {{DATE:08/11/2025}}`,
  },
];
