// train5 notes 2: pediatrics and schools, foster care, SANE, jail intake, OSHA log, DMV, life insurance, subpoena, prior auth, specialty pharmacy.
export default [
  {
    id: 't5-013',
    kind: 'pediatric growth chart comments',
    text: `
Growth chart comments - {{NAME:Mateo Alejandro Guzman-Reyes}} (DOB {{DATE:08/19/2021}}), MRN {{MRN:P-2250871}}
{{DATE:08/2022}} 12 mo: wt 9.1 kg (22nd %ile), len 74 cm (30th), HC 45.5 (40th). WHO chart.
{{DATE:Feb 2023}} 18 mo: wt 10.0 kg (15th) - crossed 1 line; diet hx: 32 oz whole milk/d. Hgb 9.8, ferritin 6.
{{DATE:08/23/2023}} 2 y: switched to CDC chart. BMI 15.2 (20th). Iron 3 mg/kg/d started {{DATE:3/2023}}, now Hgb 11.9.
{{DATE:9/3/2024}} 3 y: ht 94 cm (25th), wt 13.6 kg (30th). Midparental ht 170 cm (mom 157, dad 183).
Seen with grandmother {{NAME:Consuelo Reyes}}; mom {{NAME:Yesenia Guzman}} works nights at Tyson. Dog "Canelo" in home.
Reviewed by Dr. {{NAME:Hope Lindqvist}}, {{LOCATION:Pediatric Associates of Garden City}}. Z00.129, Z68.52.
`,
  },
  {
    id: 't5-014',
    kind: 'school IEP letter from physician',
    text: `
{{LOCATION:Riverbend Developmental Pediatrics}}
{{LOCATION:300 Commerce Pkwy, Suite 210}}, {{LOCATION:Hudson}}, WI {{LOCATION:54016}}  Tel {{PHONE:715-555-0120}}  Fax {{FAX:715-555-0121}}
{{DATE:September 8, 2025}}
To: IEP Team, {{LOCATION:Willow River Elementary School}}, Attn: Ms. {{NAME:Colleen Brandvold}}, Special Education Coordinator
Re: {{NAME:Elijah Dean Thorsen}}, DOB {{DATE:1/27/2017}}, Grade 3, Student ID {{OTHER_ID:WR-0088412}}
{{NAME:Elijah}} has autism spectrum disorder (F84.0), level 1, and ADHD combined (F90.2). WISC-V FSIQ 102; CELF-5 core 78.
He benefits from visual schedules, noise-cancelling headphones, 1:1 para for transitions, and OT 30 min 2x/week.
Medication: guanfacine ER 2 mg qAM (school nurse {{NAME:Jill Haugen}} need not dose). Seizure plan not needed.
Parents {{NAME:Marcus}} and {{NAME:Ingrid Thorsen}} consent to release; contact {{EMAIL:ingrid.thorsen@northmail.example}}.
Sincerely, {{NAME:Anika Wolde}}, MD, FAAP   WI license {{LICENSE:61502-020}}
`,
  },
  {
    id: 't5-015',
    kind: '504 plan medical statement',
    text: `
SECTION 504 - HEALTH CARE PROVIDER STATEMENT ({{LOCATION:Lubbock ISD}})
Student: {{NAME:Gabriela "Gabby" Castillo de la Cruz}}   DOB {{DATE:11-04-2010}}   School: {{LOCATION:Monterey High School}}
Diagnosis: Type 1 diabetes (E10.9) since {{DATE:June 2019}}; CGM Dexcom G7, receiver s/n {{DEVICE:DX7-4R9-11027}}; Tandem pump.
Accommodations: snacks in class, unrestricted restroom, glucagon (Baqsimi 3 mg) by trained staff, retake test if BG < 70 or > 300.
Alerts go to mom {{NAME:Veronica de la Cruz}} at {{PHONE:806-555-0177}} and to the nurse's phone (ext. 2214).
Follow-up at {{LOCATION:Covenant Children's Diabetes Clinic}} every 3 months; A1c 7.8%.
Provider: {{NAME:Tomas Echeverria}}, PA-C   NPI {{OTHER_ID:1487736520}}   Date {{DATE:08/11/2025}}
`,
  },
  {
    id: 't5-016',
    kind: 'foster care medical passport',
    text: `
HEALTH PASSPORT - {{LOCATION:Pima County}} Dept of Child Safety
Child: {{NAME:Destiny Marie Yellowhorse}}   DOB {{DATE:05/30/2014}}   DCS case # {{OTHER_ID:DCS-2024-118830}}
AHCCCS ID {{HEALTH_PLAN:A50193821}} (Mercy Care DCS CHP)
Placement: {{DATE:10/02/2024}} with foster parents {{NAME:Curtis}} and {{NAME:Renee Bright}}, {{LOCATION:7720 E Speedway Blvd Apt 4}}, {{LOCATION:Tucson}} {{LOCATION:85710}}, ph {{PHONE:520-555-0142}}
Prior placement: kinship with aunt {{NAME:Lorraine Yellowhorse}}, {{LOCATION:Sells}}.
Immunizations up to date (ASIIS record {{OTHER_ID:AZ-ASIIS-3390271}}). Allergies: amoxicillin (rash).
Dx: PTSD (F43.10), enuresis. Meds: sertraline 50 mg daily. Counselor {{NAME:Iris Montano}}, LPC.
Dental {{DATE:1/14/2025}} at {{LOCATION:El Rio Community Health Center}}: 2 caries restored.
Photo on file: {{PHOTO:DCS_118830_headshot.png}}. Biological mother {{NAME:Shawna Yellowhorse}}: supervised visits only.
`,
  },
  {
    id: 't5-017',
    kind: 'SANE examination note',
    text: `
SEXUAL ASSAULT NURSE EXAMINER REPORT - {{LOCATION:Harborview Medical Center}} ED
Exam date {{DATE:04/05/2025}}, start 03:40. Patient {{NAME:Kiana Hale}}, 24 y/o F, MRN {{MRN:H0099178}}
Police: SPD case {{OTHER_ID:2025-093311}}, Det. {{NAME:Raul Whitehorse}}. Advocate {{NAME:Sunny Abernathy}} present.
Hx per pt: assaulted ~01:00 near {{LOCATION:Cal Anderson Park}} by unknown male. Strangulation reported; voice hoarse.
Findings: petechiae L neck, 2 cm abrasion R knee, TEARS: posterior fourchette tear 6 o'clock. Woods lamp: no fluorescence.
Photos (forensic camera): {{PHOTO:SANE_2025-0405_01.jpg}} through {{PHOTO:SANE_2025-0405_14.jpg}}, colposcope images {{PHOTO:COLPO_H0099178_A.tif}}.
Kit {{OTHER_ID:WSP-SAK-772104}} sealed 05:25 and released to Officer {{NAME:Bo Kim}}.
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, levonorgestrel 1.5 mg, HIV nPEP (Biktarvy) x28d.
Follow-up at {{LOCATION:Madison Clinic}} in 3-5 days. Safe phone {{PHONE:206-555-0197}} (text ok).
SANE: {{NAME:Margaret "Peg" O'Rourke}}, RN, SANE-A
`,
  },
  {
    id: 't5-018',
    kind: 'jail intake medical screening',
    text: `
RECEIVING SCREENING - {{LOCATION:Maricopa County Fourth Avenue Jail}}
Booking # {{OTHER_ID:P884210}}   Booked {{DATE:2025-06-28}} 22:17   Inmate: {{NAME:DOMINGUEZ-PEREZ, ROLANDO}}   DOB {{DATE:1979-12-02}}
Arresting agency: PHX PD. Livescan fingerprint {{BIOMETRIC:LS-AZ-4471902}}; booking photo {{PHOTO:MUG_P884210.jpg}}.
AZ DL {{LICENSE:D08812374}}. Vehicle towed: plate {{VEHICLE:CRX4471}}.
Screen: withdrawal risk (fentanyl smoker, last use 6 h ago), COWS 7. CIWA 3. Suicide screen: denies SI, prior attempt {{DATE:March 2021}}.
Chronic: HTN (lisinopril 20), hep C Ab+. TB symptom screen negative. BP 168/102, HR 104, BG 131.
Emergency contact: sister {{NAME:Marisol Dominguez}} {{PHONE:602-555-0109}}.
Screened by {{NAME:T. Blackwater}}, LPN; referred to Dr. {{NAME:Nathaniel Gold}} for MOUD (buprenorphine induction). Housing: 4th floor medical, cell 22.
`,
  },
  {
    id: 't5-019',
    kind: 'OSHA 300 log text and first report',
    text: `
OSHA Form 300 - Gulf Coast Poultry Processing, plant 2, {{LOCATION:Laurel}}, MS - Calendar year 2025
Case 14 | Employee: {{NAME:Alvarado, Jesus}} | Job: deboner, 2nd shift | Date of injury {{DATE:05/19/2025}} | Where: line 6 | Description: R hand laceration from knife, 4 stitches | Days away: 0 | Job transfer: 5 | (M) injury
Case 15 | Employee: privacy case (sexual assault) - name not entered | Date {{DATE:06/02/2025}} | Days away 3
Case 16 | Employee: {{NAME:Tran Thi Hoa}} | Date {{DATE:07/11/2025}} | CTS bilateral | Days away 0 | (M)(5) all other illnesses
FIRST REPORT OF INJURY (Form 301): Employee {{NAME:Jesus Alvarado}}, home {{LOCATION:22 Sawmill Rd}}, {{LOCATION:Laurel}} MS {{LOCATION:39440}}, DOB {{DATE:01/05/1990}}
Treated at {{LOCATION:South Central Regional Occupational Health}} by Dr. {{NAME:Leland Pruitt}}. Claim # {{OTHER_ID:WC-25-0071842}} (workers' comp carrier: Liberty Mutual).
Supervisor {{NAME:Cody Bush}}; safety mgr {{EMAIL:ssimmons@gcpp.example}}. ANSI A4 glove issued.
`,
  },
  {
    id: 't5-020',
    kind: 'DMV medical report',
    text: `
DRIVER MEDICAL EVALUATION (DL 546) - Department of Motor Vehicles
Driver: {{NAME:Eleanor Beaumont-Fitch}}   DOB {{DATE:03/03/1933}}   Age {{AGE_OVER_89:92}}
Driver license no. {{LICENSE:B4417302}} (Class C)   Address {{LOCATION:86 Old Mission Rd}}, {{LOCATION:San Juan Bautista}}, CA {{LOCATION:95045}}
Vehicle: 2014 Buick LaCrosse, plate {{VEHICLE:7GHK419}}, VIN {{VEHICLE:1G4GB5G38EF178221}}
Referred after collision {{DATE:Jan 9, 2025}} (drove onto curb, no injuries).
Exam {{DATE:02/14/2025}}: Visual acuity 20/40 OU corrected, fields 120 deg horizontal. MoCA 22/30, Trails B 190 s. Clock draw 3/4.
Dx: mild neurocognitive disorder; cataract OD. Opinion: not safe to drive at this time; re-evaluate in 6 months.
Physician: {{NAME:Hiroshi Tanabe}}, MD, CA license {{LICENSE:A118840}}, {{LOCATION:Hollister Medical Group}}, ph {{PHONE:831-555-0130}}, fax {{FAX:831-555-0131}}
`,
  },
  {
    id: 't5-021',
    kind: 'life insurance attending physician statement',
    text: `
ATTENDING PHYSICIAN STATEMENT - Northwestern Mutual (underwriting)
Proposed insured: {{NAME:Dariusz Kowalczyk}}   DOB {{DATE:12/12/1972}}   Policy/App # {{ACCOUNT:NM-88041172}}
SSN {{SSN:401-88-2917}}   Authorization signed {{DATE:10/01/2025}}
1. Dates first/last seen: {{DATE:04/2016}} / {{DATE:09/18/2025}}.
2. Diagnoses: OSA (AHI 31, on CPAP, compliance 82% >4h), HTN, hyperlipidemia, BMI 33.
3. Tests: stress echo {{DATE:2/2024}} negative, 10 METs. LDL 96 on atorvastatin 40. PSA 0.9.
4. Tobacco: quit 2012. Alcohol 4 drinks/week. No MVR issues known.
5. Family hx: father {{NAME:Stanislaw}} MI at 54; mother alive at {{AGE_OVER_89:91}}.
Physician: {{NAME:Gretchen Albrecht-Young}}, MD, {{LOCATION:Lakeshore Internal Medicine}}, {{LOCATION:1900 N Prospect Ave}}, {{LOCATION:Milwaukee}} WI {{LOCATION:53202}}
Return by fax to {{FAX:1-866-555-0152}} referencing case {{OTHER_ID:APS-7729014}}. Fee $75 invoiced.
`,
  },
  {
    id: 't5-022',
    kind: 'subpoena / records request letter',
    text: `
Circuit Court of {{LOCATION:Cook County}}, Illinois - SUBPOENA DUCES TECUM
Case No. {{OTHER_ID:2025 L 004418}}   {{NAME:Nasser al-Amin}} v. Midway Logistics LLC
To: Custodian of Records, {{LOCATION:Rush University Medical Center}}, HIM Dept.
Produce complete records for {{NAME:Nasser Ibrahim al-Amin}}, DOB {{DATE:07/07/1984}}, MRN (if known) {{MRN:02331907}},
for dates of service {{DATE:January 1, 2023}} through present, including imaging (CDs), billing ledger for account HAR {{ACCOUNT:7700412993}}.
Issued by: {{NAME:Deborah Kaminski}}, Attorney for Plaintiff, ARDC No. {{LICENSE:6291774}}, Kaminski & Roth LLP,
{{LOCATION:55 W Monroe St, Ste 3300}}, {{LOCATION:Chicago}}, IL {{LOCATION:60603}}; {{PHONE:312-555-0181}}; {{EMAIL:dkaminski@kr-law.example}}
Return date: {{DATE:November 3, 2025}}. HIPAA qualified protective order attached.
`,
  },
  {
    id: 't5-023',
    kind: 'pharmacy prior authorization fax',
    text: `
FAX  To: CVS Caremark Prior Auth  Fax {{FAX:1-888-555-0124}}   From: {{LOCATION:Bluebonnet Pharmacy}} Fax {{FAX:(512) 555-0139}} Ph {{PHONE:(512) 555-0138}}
Pages: 2   Date: {{DATE:08/26/2025}}
Member: {{NAME:Lakshmi Subramanian}}   DOB {{DATE:06/21/1966}}   Member ID {{HEALTH_PLAN:ZQW418836201}}   RxBIN 004336 PCN ADV Group RX4417
Drug: Ozempic 1 mg/0.74 mL pen, #3 mL, 28 DS. NDC 0169-4132-12. Rx # {{OTHER_ID:6120448}}.
Dx E11.65, A1c 8.9 (from 9.4), metformin 1000 BID x2y, failed Jardiance (UTIs).
Prescriber: Dr. {{NAME:Jun-seo Lee}}, NPI {{OTHER_ID:1720098345}}, DEA {{LICENSE:BL5593021}}, {{LOCATION:Round Rock Endocrine}}
PA ref {{OTHER_ID:PA-25-8841273}}. Please fax determination to {{FAX:512-555-0139}}.
`,
  },
  {
    id: 't5-024',
    kind: 'specialty pharmacy enrollment',
    text: `
SPECIALTY PHARMACY ENROLLMENT - {{LOCATION:Orsini Specialty Pharmacy}} (rare disease)
Patient: {{NAME:Kwame Asante-Boateng}}   DOB {{DATE:2/2/1999}}   Sex M
Address: {{LOCATION:PO Box 3318}}, {{LOCATION:Hagatna}}, GU {{LOCATION:96932}}   Cell {{PHONE:671-555-0127}}
Email {{EMAIL:kwame.ab@islandnet.example}}
Primary ins: TRICARE Pacific, DoD benefits no. {{HEALTH_PLAN:1288304417}}; sponsor {{NAME:Akosua Asante}} (mother, USN)
Drug: emicizumab (Hemlibra) 3 mg/kg SC weekly x4 then 1.5 mg/kg weekly. Dx hemophilia A severe, FVIII < 1%, inhibitor 5 BU.
Prescriber: Dr. {{NAME:Liesel Van Doorn}}, {{LOCATION:Naval Hospital Guam}}, fax {{FAX:671-555-0160}}
Patient portal link: {{URL:https://orsini-rx.example.com/enroll/KAB-55190}}   Enrollment ID {{OTHER_ID:KAB-55190}}
Copay card acct {{ACCOUNT:CC-0042-77810}}. Shipping: 2-day cold chain.
`,
  },
];
