// heldout8 notes 2: discharge summaries and clinic letters from ten countries, in English (h8-011..020).
export default [
  {
    id: 'h8-011',
    kind: 'Nigeria discharge summary',
    text: `
{{LOCATION:LAGOS UNIVERSITY TEACHING HOSPITAL}}, {{LOCATION:IDI-ARABA}}
DEPARTMENT OF MEDICINE - DISCHARGE SUMMARY
Name: {{NAME:ADEBAYO-COLE, Oluwafunmilayo}}   Hosp. No.: {{MRN:LUTH/24/118803}}   NHIA No.: {{HEALTH_PLAN:NHIA-LA-0447-2218-93}}
NIN: {{OTHER_ID:70418829361}}   Sex: F   Age: 58   Ward: E2
Address: {{LOCATION:Plot 14, Adeniyi Jones Avenue}}, {{LOCATION:Ikeja}}, Lagos State
Admitted: {{DATE:02/07/2025}}   Discharged: {{DATE:11/07/2025}}
Diagnosis: Hypertensive emergency with acute kidney injury (KDIGO 2); type 2 DM. Creatinine 312 -> 148 umol/L.
Course: IV labetalol, then amlodipine 10 mg, lisinopril held. Renal USS normal-sized kidneys.
Next of kin: husband Chief {{NAME:Babatunde Adebayo-Cole}}, tel {{PHONE:+234 803 555 2271}}.
Follow-up: Renal clinic {{DATE:25/07/2025}}; GP {{LOCATION:Reddington Family Clinic}}, {{LOCATION:Victoria Island}}.
Consultant: Dr {{NAME:O. A. Nwachukwu}} (MDCN reg. no. {{LICENSE:44172}})   Resident: Dr {{NAME:Zainab Lawal-Bello}}
`,
  },
  {
    id: 'h8-012',
    kind: 'Kenya discharge summary',
    text: `
{{LOCATION:KENYATTA NATIONAL HOSPITAL}} - Medical Ward 7C - DISCHARGE SUMMARY
IP No. {{MRN:KNH-2025-0093417}}   SHA member no. {{HEALTH_PLAN:CR0041186295-7}}   National ID {{OTHER_ID:28814402}}
Patient: {{NAME:Wanjiru Muthoni Kamau}}, 34F, of {{LOCATION:P.O. Box 5521-00100}}, {{LOCATION:Nairobi}}; residence {{LOCATION:Kawangware}}, near {{LOCATION:Stage 2 market}}
DOA {{DATE:14/08/2025}}   DOD {{DATE:22/08/2025}}
Dx: Severe anaemia secondary to menorrhagia (Hb 4.9 g/dL -> 8.7 after 2 units packed cells), uterine fibroids.
Transfused units are recorded in the blood bank register (not listed here).
Plan: Ferrous sulphate 200 mg TDS, tranexamic acid in menses, gynae review {{DATE:5/9/2025}}.
NOK: sister {{NAME:Njeri Kamau}}, {{PHONE:0722 555 804}}; employer Mrs {{NAME:Achieng Otieno}} (house help employer) {{PHONE:0733 555 219}}.
Discharged by Dr {{NAME:Kiprotich Rono}}, KMPDC reg. {{LICENSE:A11872}}. Records: {{EMAIL:medrecords.knh@example.ke}}
`,
  },
  {
    id: 'h8-013',
    kind: 'South Africa private hospital discharge',
    text: `
{{LOCATION:Constantiaberg Mediclinic}} - Discharge Report
Patient: Mr {{NAME:Thabo Sipho Mahlangu}}   ID no: {{OTHER_ID:7205125831084}}   Hospital no: {{MRN:CBM 0884123}}
Medical aid: Discovery Health, membership no. {{HEALTH_PLAN:184492017}}, dependant code 00, main member Mrs {{NAME:Lerato Mahlangu}}
Address: {{LOCATION:Unit 12, Silverwood Estate}}, {{LOCATION:45 Main Road}}, {{LOCATION:Claremont}}, {{LOCATION:Cape Town}}, {{LOCATION:7708}}
Admission {{DATE:2025/03/09}}, discharge {{DATE:2025/03/13}}.
Procedure: PCI to LAD, DES 3.0 x 28 mm (stent UDI lot-controlled only). Troponin peak 2,140 ng/L. EF 45%.
Meds: aspirin 100 mg, ticagrelor 90 mg BD, rosuvastatin 40 mg. Cardiac rehab at {{LOCATION:Kenilworth Wellness Centre}}.
Treating cardiologist: Dr {{NAME:Fatima Essop}}, HPCSA {{LICENSE:MP 0662914}}. Rooms {{PHONE:021 555 0147}}, fax {{FAX:086 555 0148}}.
Sick note until {{DATE:4 April 2025}}. Driving: no driving for 1 week.
`,
  },
  {
    id: 'h8-014',
    kind: 'India discharge summary',
    text: `
DISCHARGE SUMMARY - {{LOCATION:Sri Venkateswara Institute of Medical Sciences}}, {{LOCATION:Tirupati}}
UHID: {{MRN:SVIMS/25/0771845}}   IP No: 25-IP-11834   Bed: NS-3/14
Patient: Smt. {{NAME:Lakshmi Devamma}}, W/o Sri {{NAME:K. Narasimhulu}}   Age/Sex: 67/F
ABHA No: {{HEALTH_PLAN:91-4471-2208-3316}}   Aadhaar: XXXX XXXX {{OTHER_ID:6619}}
Address: {{LOCATION:D.No. 4-118, Gandhi Road}}, {{LOCATION:Chandragiri}}, {{LOCATION:Tirupati Dist}}., Andhra Pradesh - {{LOCATION:517101}}
Mobile: {{PHONE:+91 98480 55173}}
DOA: {{DATE:18-10-2025}}   DOD: {{DATE:27-10-2025}}
Final diagnosis: Community-acquired pneumonia (CURB-65 2), Type 2 DM with DKA (resolved). HbA1c 11.4%.
Treating unit: Unit II, Prof. {{NAME:M. Srinivasa Rao}} (APMC Reg. {{LICENSE:48812}}); Resident Dr {{NAME:Harika Pulivarthi}}.
Review in OPD on {{DATE:10-11-2025}} with FBS/PPBS. Son {{NAME:Venkatesh}} counselled regarding insulin technique.
`,
  },
  {
    id: 'h8-015',
    kind: 'Philippines discharge summary',
    text: `
{{LOCATION:VICENTE SOTTO MEMORIAL MEDICAL CENTER}}, {{LOCATION:Cebu City}}
CLINICAL ABSTRACT / DISCHARGE SUMMARY
Name: {{NAME:DELA PENA, Ma. Cristina Lumapas}}   Hosp. No. {{MRN:VSMMC-2025-0055213}}   PhilHealth PIN {{HEALTH_PLAN:12-051877364-5}}
PhilSys ID {{OTHER_ID:4471-8820-1193-5506}}   Age: 41   Civil status: married
Address: {{LOCATION:Sitio Malinawon}}, {{LOCATION:Brgy. Lahug}}, {{LOCATION:Cebu City}} {{LOCATION:6000}}
Admitted {{DATE:June 3, 2025}}; discharged {{DATE:June 9, 2025}} (improved).
Final Dx: Dengue fever with warning signs, platelet nadir 22,000. No transfusion.
Attending: Dr {{NAME:Ramon Ybanez}} Jr., PRC Lic. {{LICENSE:0098214}}
Husband {{NAME:Jomar Dela Pena}}, OFW in {{LOCATION:Dammam}}, contacted via messenger; sister {{NAME:Marites Lumapas}} {{PHONE:0917 555 4408}} is watcher.
Follow up at {{LOCATION:Lahug Health Center}} on {{DATE:6/16/2025}}.
`,
  },
  {
    id: 'h8-016',
    kind: 'Ireland maternity discharge',
    text: `
{{LOCATION:University Hospital Kerry}} - Maternity Unit - Discharge to GP and PHN
Mother: {{NAME:Aoife Ni Chonchubhair}}   MRN {{MRN:0779412}}   DOB {{DATE:09/02/1994}}   PPSN {{OTHER_ID:8841772TA}}
Address: {{LOCATION:Cill Rialaig}}, {{LOCATION:Baile an Sceilg}}, {{LOCATION:Co. Kerry}}, {{LOCATION:V23 F4K8}}
Baby: {{NAME:Cian O Conchubhair}}, born Sat {{DATE:14/06/2025}} 03:12, 3.61 kg, Apgars 8 and 9, SVD.
GMS card no. {{HEALTH_PLAN:4471190K}}
Mother: EBL 450 mL, Hb 10.8, rubella immune, blood group O Rh neg, anti-D given {{DATE:15/06/2025}}.
Baby: NBS (heel prick) card taken day 4, hearing screen pass both ears. Hip exam normal (Ortolani/Barlow negative).
GP: Dr {{NAME:Padraig Moynihan}}, {{LOCATION:Cahersiveen Medical Centre}}, tel {{PHONE:066 555 2190}}. PHN {{NAME:Nora Sugrue}}, {{PHONE:087 555 3314}}.
Midwife: {{NAME:Grainne Foley}} RM (NMBI PIN {{LICENSE:168822}})   Discharge {{DATE:17/06/2025}}
`,
  },
  {
    id: 'h8-017',
    kind: 'New Zealand discharge summary',
    text: `
{{LOCATION:Te Whatu Ora Tairawhiti}} - {{LOCATION:Gisborne Hospital}} - Discharge Summary
Patient: {{NAME:Hemi Tamatea-Ngata}}   NHI {{HEALTH_PLAN:ZKT4472}}   DOB {{DATE:22/12/1931}}   Age {{AGE_OVER_89:93}}
Address: {{LOCATION:1284 Waimata Valley Road}}, {{LOCATION:RD 1}}, {{LOCATION:Gisborne}} {{LOCATION:4071}}
Admitted {{DATE:2 May 2025}} via ED; discharged {{DATE:9 May 2025}} to whanau care.
Problems: 1. Fall with L pubic rami fracture (non-op). 2. Delirium, resolved (4AT 6 -> 0). 3. CKD 3b, eGFR 38.
Mobility: walking frame, 2 assist -> 1 assist. Home OT visit by {{NAME:Kahu Pewhairangi}}.
Whanau: moko (grandson) {{NAME:Rawiri Ngata}} is main carer, {{PHONE:021 555 0762}}; daughter {{NAME:Mere}} in {{LOCATION:Tolaga Bay}}.
Follow up: GP Dr {{NAME:Ingrid Sorensen-Hau}}, {{LOCATION:Three Rivers Medical}}, fax {{FAX:06 555 0390}}.
Author: Dr {{NAME:Tomasi Vaipulu}} (MCNZ {{LICENSE:62881}}), house officer.
`,
  },
  {
    id: 'h8-018',
    kind: 'Singapore polyclinic chronic review',
    text: `
{{LOCATION:Tampines Polyclinic}} - Chronic Disease Management Review
Patient: {{NAME:Tan Boon Huat}} ({{NAME:Alvin}})   NRIC {{OTHER_ID:S5412783J}}   Case no. {{MRN:TP-C-1188420}}
Address: {{LOCATION:Blk 305 Tampines St 32 #07-118}}, Singapore {{LOCATION:520305}}
HP {{PHONE:9555 7164}}   Email {{EMAIL:alvin.tbh@example.com.sg}}
Visit: {{DATE:12 Sep 2025}}
DM: HbA1c 7.9% (prev 8.4% in {{DATE:May 2025}}). LDL 2.6 mmol/L. BP 138/84. Results on HealthHub: {{URL:https://healthhub.example.sg/r/TBH-1188420}}. Retinal photo {{PHOTO:DRP_TBH_20250912_OD.jpg}}, {{PHOTO:DRP_TBH_20250912_OS.jpg}}: mild NPDR.
Diabetic foot screen: monofilament 10/10 both feet, low risk.
Payment: MediSave account {{ACCOUNT:MS-0884-1172-30}} (deduction under CDMP); CHAS Blue card {{HEALTH_PLAN:CB-0094417}}.
Wife {{NAME:Lim Siew Keng}} accompanies; she is also on the CDMP list.
Seen by Dr {{NAME:Nurul Ain binte Ismail}} (MCR {{LICENSE:M14472A}}). TCU 3 months at {{DATE:12 Dec 2025}} slot.
`,
  },
  {
    id: 'h8-019',
    kind: 'Germany discharge letter',
    text: `
{{LOCATION:Klinikum rechts der Isar}} - Klinik fuer Neurologie - {{LOCATION:Ismaninger Str. 22}}, {{LOCATION:81675}} {{LOCATION:Muenchen}}
Discharge letter (Arztbrief), English translation for the family
Re: Frau {{NAME:Gisela Hoffmann-Stroebl}}, born {{DATE:17.04.1948}}, patient no. {{MRN:40071883}}
Insured: AOK Bayern, Versichertennummer {{HEALTH_PLAN:K418852097}}
Address: {{LOCATION:Rosenheimer Strasse 141}}, {{LOCATION:81671}} {{LOCATION:Muenchen}}
Inpatient stay {{DATE:03.09.2025}} - {{DATE:10.09.2025}}
Diagnoses: Ischaemic stroke L MCA territory (ICD-10-GM I63.3), NIHSS 6 -> 2, mRS 2 at discharge. Atrial fibrillation, new.
Therapy: IV thrombolysis, apixaban 5 mg BID from day 4. Rehab: {{LOCATION:Schoen Klinik Bad Aibling}} from {{DATE:11.09.2025}}.
Dear colleague Dr. med. {{NAME:Ulrich Brandmaier}} (LANR {{LICENSE:483920101}}), {{PHONE:089 5550 4471}}, Fax {{FAX:089 5550 4472}}.
Son {{NAME:Markus Hoffmann}} holds health-care proxy (Vorsorgevollmacht).
Signed: Prof. Dr. {{NAME:Katrin Aschenbrenner}}, Oberarzt Dr. {{NAME:Emre Yilmaz}}
`,
  },
  {
    id: 'h8-020',
    kind: 'France discharge report',
    text: `
{{LOCATION:Hopital de la Croix-Rousse}} - {{LOCATION:Hospices Civils de Lyon}} - Service de pneumologie
Hospitalisation report (translated)
Patient: M. {{NAME:Jean-Baptiste Morvan}}, ne le {{DATE:14/01/1952}}   IPP {{MRN:8002471935}}
NIR (carte Vitale): {{HEALTH_PLAN:1 52 01 29 019 442 61}}   Mutuelle: MGEN adherent {{HEALTH_PLAN:0477120913}}
Address: {{LOCATION:14 bis, avenue Jean-Jaures}}, {{LOCATION:69007}} {{LOCATION:Lyon}}   Tel {{PHONE:04 72 55 01 84}}
Stay: Mon {{DATE:6 Oct 2025}} to {{DATE:15 Oct 2025}}.
Diagnosis: exacerbation of COPD GOLD 3 (FEV1 38%), Haemophilus influenzae; NIV 4 nights. PaCO2 7.9 kPa on admission.
Home oxygen 2 L/min via concentrator, concentrator serial {{DEVICE:EV-447189-FR}} (provider VitalAire).
Treating physician: Dr {{NAME:Helene Garnier-Mbaye}}, RPPS {{LICENSE:10101884217}}.
Copy to GP Dr {{NAME:Yannick Le Goff}}, {{LOCATION:Cabinet medical des Pentes}}, {{EMAIL:dr.legoff@example.fr}}.
`,
  },
];
