// heldout8 notes 5: small specialty services and logistics (h8-041..050).
export default [
  {
    id: 'h8-041',
    kind: 'concussion clinic return-to-learn letter',
    text: `
{{LOCATION:Children's Sports Concussion Program}} - {{LOCATION:Overland Park}} clinic
{{DATE:October 6, 2025}}
To: School nurse Mrs. {{NAME:Delia Haverkamp}}, {{LOCATION:Blue Valley Northwest High School}} (fax {{FAX:913-555-0152}})
Re: {{NAME:Bryce Tanaka-Holm}}, DOB {{DATE:3/19/2009}}, grade 11
{{NAME:Bryce}} sustained a concussion in a varsity football game on Fri {{DATE:9/26/2025}} (helmet-to-helmet). Initial SCAT6 symptom score 34/132; today 9/132.
ImPACT post-injury composite scores are below his baseline from {{DATE:August 2025}}. VOMS provokes symptoms on convergence (NPC 9 cm).
Return-to-learn stage 3: half days, no tests x 2 weeks, 20-min screen breaks, notes provided by teacher.
Return-to-sport: not yet; athletic trainer {{NAME:Cody Ralston}}, ATC ({{EMAIL:cralston@bvnw.example.org}}) will start step 2 only after clearance.
Plan shared with family via {{URL:https://share.example.com/rtl/BTH-4471-x9}}. Mother {{NAME:Naomi Tanaka}}, {{PHONE:913-555-0127}}.
{{NAME:Whitney Okerlund}}, MD, sports medicine
`,
  },
  {
    id: 'h8-042',
    kind: 'oral food challenge record',
    text: `
ORAL FOOD CHALLENGE - PEANUT (open, graded)      {{LOCATION:Allergy & Asthma Associates of Fairfax}}
Patient {{NAME:Imogen Achterberg-Sule}}   MRN {{MRN:AAF-208833}}   DOB {{DATE:05/02/2019}}   Wt 21.4 kg   Date {{DATE:11/14/2025}}
Pre: SPT peanut 4 mm wheal / histamine 6 mm; Ara h 2 0.22 kUA/L. Antihistamines held 7 d. FEV1 n/a (age).
Doses (peanut protein): 3 mg 0905 - 10 mg 0925 - 30 mg 0945 - 100 mg 1005 - 300 mg 1025 - 1000 mg 1045; cumulative 1443 mg.
1110: 3 hives on neck, no other organ system. Cetirizine 5 mg. Observed to 1300. Challenge: PASSED (tolerates 1 g; mild cutaneous only).
Photo of urticaria {{PHOTO:OFC_IAS_1114_1110.jpg}} to chart. Father {{NAME:Kwabena Sule}} present; mother {{NAME:Liesbeth Achterberg}} by video.
Plan: daily 1 g peanut at home; school form faxed to {{LOCATION:Willow Springs Elementary}}, {{FAX:703-555-0164}}.
Epinephrine 0.15 mg auto-injector script renewed. Visit billed to guarantor account {{ACCOUNT:GA-0091774}}. Allergist {{NAME:Samir Haddadin}}, MD; RN {{NAME:Tove Engstrom}}.
`,
  },
  {
    id: 'h8-043',
    kind: 'breast implant registry and explant record',
    text: `
NATIONAL BREAST IMPLANT REGISTRY - PROCEDURE FORM (explant + capsulectomy)
Patient: {{NAME:Renata Villasenor-Kauffman}}   DOB {{DATE:09/23/1978}}   Facility {{LOCATION:Lakeshore Surgical Suites}}, {{LOCATION:Evanston}}   Case {{OTHER_ID:NBIR-IL-0044718}}
Procedure date {{DATE:2025-07-08}}   Surgeon {{NAME:Gideon Marchetti}}, MD (IL {{LICENSE:036.118842}})
Devices removed: R smooth round silicone 350 cc, serial {{DEVICE:18847710-017}}; L serial {{DEVICE:18847710-022}}; implanted {{DATE:June 2012}} at an outside practice.
Indication: breast implant illness symptoms (patient-reported), Baker IV contracture L. BIA-ALCL suspicion: no (no seroma). Capsules to pathology ({{OTHER_ID:S25-18840}}).
Standard pre-op photos {{PHOTO:RVK_preop_AP.jpg}}, {{PHOTO:RVK_preop_obl_R.jpg}}, {{PHOTO:RVK_preop_obl_L.jpg}}.
Implant card (photo of patient's card) {{PHOTO:RVK_implant_card.png}}. Manufacturer warranty claim {{ACCOUNT:WCL-2025-771402}}.
SSN (last 4) {{SSN:0917}} for registry matching. Patient e-mail for the follow-up survey: {{EMAIL:renata.vk@example.com}}, personal survey link {{URL:https://nbir.example.org/s/44718-RVK}}.
`,
  },
  {
    id: 'h8-044',
    kind: 'organ transport chain of custody',
    text: `
ORGAN TRANSPORT - CHAIN OF CUSTODY (kidney, left)      OPO: Midwest Transplant Network
Donor UNOS ID {{OTHER_ID:AKFR217}} (anonymous donor; age 34)   Recipient: {{NAME:Okafor, Desmond}}   Recipient MRN {{MRN:TX-0088172}}   Match run {{OTHER_ID:1442087}}
Cross-clamp {{DATE:04/27/2025}} 02:40 CDT at {{LOCATION:Research Medical Center}}, {{LOCATION:Kansas City}}.
Handoff 1: OPO coordinator {{NAME:Maura Delgado-Finch}} -> courier {{NAME:Travis Oyelowo}} 03:55, cooler seal 77120, courier car MO plate {{VEHICLE:DK7 R4L}}.
Handoff 2: airline cargo at {{LOCATION:MCI}} 04:50; charter aircraft tail {{VEHICLE:N418TX}}; landed {{LOCATION:Omaha}} 06:05.
Handoff 3: courier -> transplant coordinator {{NAME:Yusra Hammoud}}, RN, {{LOCATION:Nebraska Medicine}}, 06:50. Seal intact. Temp log 4.1-4.6 C (logger photo {{PHOTO:coc_AKFR217_temp.jpg}}).
Recipient (age 61) in OR 07:30; surgeon Dr {{NAME:Pieter van Aswegen}}.
Courier dispatch: {{PHONE:816-555-0191}}; coordinator pager not listed.
`,
  },
  {
    id: 'h8-045',
    kind: 'clinical trial monitoring visit report',
    text: `
INTERIM MONITORING VISIT REPORT - Protocol VX-331-204 (NCT05577182), Site 117
Site: {{LOCATION:Piedmont Clinical Research}}, {{LOCATION:1120 Peachtree Industrial Blvd, Suite 210}}, {{LOCATION:Duluth}}, GA {{LOCATION:30097}}
PI: Dr {{NAME:Beatrix Omondi-Sandler}}   CRC: {{NAME:Luz Arredondo}}   CRA: {{NAME:Stefan Kowalczyk}}   Visit {{DATE:15-Oct-2025}}, next IMV {{DATE:10-Dec-2025}}
Subjects reviewed: {{OTHER_ID:117-0004}}, {{OTHER_ID:117-0009}}, {{OTHER_ID:117-0011}} (100% SDV of AEs and eligibility)
Findings:
1. {{OTHER_ID:117-0009}}: ICF v4.0 signed {{DATE:02-Sep-2025}} by LAR (daughter {{NAME:Constance Whitfield}}); subject's own signature missing although subject regained capacity {{DATE:10-Sep-2025}}. Re-consent required.
2. Source for {{OTHER_ID:117-0011}} (clinic note, faxed) showed full name {{NAME:Ernesto Bravo-Quispe}} and SSN {{SSN:000-66-2204}} in the copy filed in the ISF; redacted on site, privacy log entry made.
3. IP accountability: kit 40771 dispensed to {{OTHER_ID:117-0004}} on {{DATE:01-Oct-2025}}; returned tablet count 12 (compliance 86%).
Follow-up letter sent to PI {{DATE:17-Oct-2025}}.
`,
  },
  {
    id: 'h8-046',
    kind: 'pharmacogenomic test report',
    text: `
PHARMACOGENOMIC PANEL - FINAL REPORT
Patient: {{NAME:Hosseini, Parisa}}   DOB {{DATE:12/08/1971}}   Sex F   Specimen {{OTHER_ID:PGX-25-0038812}} (buccal)   Collected {{DATE:08/19/2025}}   Reported {{DATE:08/28/2025}}
Ordering: {{NAME:Thaddeus Brinkerhoff}}, MD, {{LOCATION:Cascade Psychiatry Partners}}, {{PHONE:206-555-0171}}
Results: CYP2D6 *4/*41 (activity score 0.5, intermediate metabolizer); CYP2C19 *1/*17 (rapid); CYP2C9 *1/*1; SLCO1B1 521T>C TC (decreased function); HLA-B*15:02 negative.
Implications (CPIC): consider reduced dose of nortriptyline; escitalopram: consider alternative; simvastatin: avoid 80 mg.
Interactive report for the patient: {{URL:https://pgx.example.com/r/PGX-25-0038812?k=7f3a}} (first opened {{DATE:08/29/2025}} from {{IP:203.0.113.54}}). Lab director {{NAME:Hyun-woo Baek}}, PhD, FACMG. CLIA 99D9999999 (lab).
Cascade testing offered to sister {{NAME:Shirin Hosseini}} in {{LOCATION:Vancouver}}.
`,
  },
  {
    id: 'h8-047',
    kind: 'home ventilator respiratory therapist visit',
    text: `
HOME RESPIRATORY VISIT - invasive ventilation via tracheostomy
Patient {{NAME:Everett Boatwright}}   DOB {{DATE:01/30/1958}}   Dx ALS (ALSFRS-R 11/48)   DME acct {{ACCOUNT:AH-0074418}}   Visit Wed {{DATE:10/22/2025}}
Address {{LOCATION:7 Quail Run Lane}}, {{LOCATION:Hattiesburg}}, MS {{LOCATION:39402}}   Caregivers: wife {{NAME:Loretta}}, son {{NAME:Wade Boatwright}} ({{PHONE:601-555-0148}})
Primary vent Trilogy Evo SN {{DEVICE:TV022118475}}: AC/VC, VT 500, RR 14, PEEP 5, FiO2 0.28 via O2 bleed-in; backup vent SN {{DEVICE:TV022118592}} tested OK.
Cough assist SN {{DEVICE:CA1107744}}: +40/-40. Trach Shiley 6 cuffed, changed {{DATE:10/08/2025}}. Suction machine OK. Family wheelchair van MS plate {{VEHICLE:WCV 4418}} has the backup battery.
Remote vent data portal for the pulmonologist: {{URL:https://care.example.net/vent/TV022118475}}.
Medicaid waiver case manager {{NAME:Felicia Gatewood}}, fax {{FAX:601-555-0170}}. Medicare MBI {{HEALTH_PLAN:2NR7-QW4-UK39}}; SSN {{SSN:000-38-5512}} on DME intake form.
RT {{NAME:Orlando Beaudry}}, RRT.
`,
  },
  {
    id: 'h8-048',
    kind: 'electroconvulsive therapy record',
    text: `
ECT TREATMENT RECORD - acute course, treatment #7
Patient: Mrs {{NAME:Cordelia Fairbanks}}   Age {{AGE_OVER_89:92}}   MRN {{MRN:0041977216}}   Date {{DATE:1/16/2026}}
Indication: psychotic depression, refusing food (wt 44.1 kg, was 51 in {{DATE:Oct 2025}}). MADRS 38 -> 21 (after #6).
Anaesthesia: methohexital 40 mg, succinylcholine 40 mg, glycopyrrolate 0.2 mg. Labetalol 5 mg pre.
Stimulus: RUL ultrabrief 0.3 ms, 6x seizure threshold, 403 mC. EEG seizure 41 s, motor (cuff) 28 s. Post-ictal suppression good.
Max HR 118, BP 176/88. Reorientation 14 min. MoCA (weekly) 19/30 (baseline 21/30).
Consent: by patient with capacity, witnessed by her nephew {{NAME:Graham Fairbanks}}; health-care agent on file Rev. {{NAME:Hollis Upchurch}}.
Psychiatrist {{NAME:Adaeze Nwosu-Lambert}}, MD; anaesthetist {{NAME:Kurt Seidel}}, MD. Next ECT {{DATE:1/19/2026}} (Mon).
`,
  },
  {
    id: 'h8-049',
    kind: 'spinal cord stimulator trial',
    text: `
SPINAL CORD STIMULATOR TRIAL - DAY 5 REVIEW          {{LOCATION:Summit Spine & Pain}}, {{LOCATION:Boise}}
Patient: {{NAME:Annika Rasmussen-Torres}}   DOB {{DATE:1966-04-11}}   Acct {{ACCOUNT:SSP-20477}}   SSN {{SSN:000-58-0192}}   Review {{DATE:2025-05-23}} (trial placed {{DATE:2025-05-18}})
Leads: two 8-contact percutaneous leads T8-T10. External trial stimulator SN {{DEVICE:ETS-4419082}}; patient remote SN {{DEVICE:PR-77120-B}}.
Pain (NRS) back 8 -> 3, leg 7 -> 2; ODI 52% -> 28%. Sleep improved; walked 2 miles.
Company rep {{NAME:Jared Pelletier}} adjusted program 3; app account {{EMAIL:annika.rt@example.com}} paired from {{IP:198.51.100.141}}, face login template {{BIOMETRIC:FACE-SSP-8841}}.
Trial successful (> 50% relief). Leads pulled at bedside; tips intact. Photos of lead exit site {{PHOTO:SCS_exit_0523.jpg}}.
Permanent implant planned {{DATE:2025-06-16}} at {{LOCATION:St. Luke's Boise Medical Center}}. Prior auth submitted to insurer (member {{HEALTH_PLAN:BCI0044718206}}).
Physician {{NAME:Marcus Whitlock-Fane}}, DO.
`,
  },
  {
    id: 'h8-050',
    kind: 'IVF lab electronic witnessing log',
    text: `
EMBRYOLOGY LAB - ELECTRONIC WITNESS SYSTEM EVENT LOG (RFID)
Couple: {{NAME:Shira Ben-Ami}} (F, palm ID {{BIOMETRIC:PV-RI-33017}}) / {{NAME:Matteo Calabrese}} (M, palm ID {{BIOMETRIC:PV-RI-33018}})   Cycle {{OTHER_ID:RI-25-0712}}
{{DATE:06/30/2025}} 08:12  egg collection  dish tags 3301-A..D  operator {{NAME:jkwon}}  patient ID checked by palm scan {{BIOMETRIC:PV-RI-33017}} match
{{DATE:06/30/2025}} 10:40  sperm prep  tube 3301-S  operator {{NAME:ndiallo}}  partner check by palm {{BIOMETRIC:PV-RI-33018}} match
{{DATE:06/30/2025}} 13:05  ICSI  11 MII injected  operator {{NAME:jkwon}}  witness system OK
{{DATE:07/05/2025}} 10:15  day-5 transfer  1 blastocyst 4AA  physician Dr {{NAME:Liang}}  patient palm {{BIOMETRIC:PV-RI-33017}} match
{{DATE:07/05/2025}} 11:30  vitrify  3 blastocysts, straws in tank 2 canister 5 (storage fee acct {{ACCOUNT:RI-STO-88104}})
Mismatch alarms: 0. Pregnancy test due {{DATE:07/14/2025}}. Clinic: {{LOCATION:Reproductive Institute of Rhode Island}}, {{PHONE:401-555-0139}}.
`,
  },
];
