// train12 notes 2: Africa (Nigeria, Ghana, Kenya, Uganda, Ethiopia): referral and transfer letters, discharge
// summaries, clinic letters, an operation note; PO boxes, plot numbers, kebele and landmark addresses.
export default [
  {
    id: 't12-010',
    kind: 'referral letter (Nigeria, general hospital to teaching hospital)',
    text: `
{{LOCATION:GENERAL HOSPITAL, IKORODU}}, Lagos State
Our Ref: {{OTHER_ID:GHI/MED/REF/1147}}                                   {{DATE:12th March, 2025}}

The Consultant Physician,
Cardiology Unit, {{LOCATION:Lagos University Teaching Hospital}}, {{LOCATION:Idi-Araba}}

Dear Sir/Ma,
RE: REFERRAL OF MR. {{NAME:ADEYEMI OLUWASEUN BABATUNDE}} (HOSP. NO. {{MRN:GHI/0455/21}})
I write to refer the above named 56-year-old trader who resides at No. {{LOCATION:14}}, {{LOCATION:Oba Sekumade Street}}, off
{{LOCATION:Ayangburen Road}}, {{LOCATION:Ikorodu}}, with a 3-month history of exertional dyspnoea, orthopnoea and leg swelling.
Examination: pulse 112/min irregularly irregular, BP 100/70, JVP raised, pansystolic murmur at apex, bibasal crepitations.
ECG: atrial fibrillation. He was commenced on Lasix 40 mg daily, Digoxin 0.125 mg and Aldactone.
Kindly review for echocardiography and further management. His NHIA number is {{HEALTH_PLAN:NHIA/LAG/0093314/A}}.
Next of kin: wife, Mrs. {{NAME:Folake Babatunde}}, {{PHONE:0803 555 0147}}.

Thank you.
Dr. {{NAME:Chukwuemeka Obi-Nwosu}}, MBBS, FWACP
MDCN Folio {{LICENSE:MDCN/R/44102}}
Copied to: Dr. {{NAME:Ifeoma Nwachukwu}} (Cardiology SR) and Mr. {{NAME:Tajudeen Alabi}} (social welfare). His first son {{NAME:Olamide}} and daughter {{NAME:Temitope}} will accompany him.
`,
  },
  {
    id: 't12-011',
    kind: 'discharge summary (Ghana, regional hospital)',
    text: `
{{LOCATION:Tamale Teaching Hospital}} - Department of Internal Medicine
DISCHARGE SUMMARY
Patient: {{NAME:Abdulai Fuseini Mahama}}     Folder No: {{MRN:TTH/2025/03918}}    Sex: M   Age: 41
Address: House No. {{LOCATION:GN-0442-8871}}, {{LOCATION:Kalpohin Estate}}, behind {{LOCATION:Kalpohin Police Station}}, {{LOCATION:Tamale}}
Admitted {{DATE:18/07/2025}}, discharged {{DATE:26/07/2025}}.
Diagnosis: Severe malaria (P. falciparum, 4+ on BF) with acute kidney injury; resolved.
Treated with IV Artesunate x 3 doses then Coartem (artemether-lumefantrine) x 3 days. Creatinine peaked 412, now 118.
Review in Renal clinic with Dr. {{NAME:Abena Ofori-Atta}} on {{DATE:9th August}}.
NHIS card: {{HEALTH_PLAN:NHIS 0555 0178 32}}. Ghana Card: {{OTHER_ID:GHA-725550193-4}}.
Phone: {{PHONE:024 555 0183}}. Brother {{NAME:Iddrisu}} will collect medication from the pharmacy.
Dr. {{NAME:Kwabena Asante-Mensah}} (House Officer)
Ward team: Dr. {{NAME:Alhassan Seidu}} (MO), nurses {{NAME:Wumpini}} and {{NAME:Memunatu Iddi}}. Wife Hajia {{NAME:Salamatu}} counselled on LLIN use.
`,
  },
  {
    id: 't12-012',
    kind: 'operation note (Kenya, mission hospital)',
    text: `
{{LOCATION:Tenwek Hospital}}, {{LOCATION:Bomet}} - Theatre 2
OPERATION NOTE   {{DATE:03-Feb-2025}}
Patient: {{NAME:Chepkoech Jane Langat}}, 29 F, IP No. {{MRN:TWK-411892}}
Home: {{LOCATION:Kapkwen}} village, near {{LOCATION:Kapkwen Primary School}}, P.O. Box {{LOCATION:39}}, {{LOCATION:Bomet}}
Surgeon: Dr. {{NAME:Kiprotich Ruto}}; Assistant: Dr. {{NAME:Wanjiru Kamau}}; Anaesthesia: {{NAME:Odhiambo O.}}, KRCHN
Pre-op diagnosis: ruptured ectopic pregnancy. Procedure: Emergency laparotomy, right salpingectomy.
Findings: haemoperitoneum about 1.5 L, ruptured right ampullary ectopic, left tube and ovaries normal.
Pfannenstiel incision. Autotransfusion not done. 2 units whole blood given (donor {{NAME:Langat Kibet}}, husband).
Closure: Vicryl 1 sheath, skin staples. EBL 1600 mL including haemoperitoneum.
NHIF/SHA member no. {{HEALTH_PLAN:SHA-0555-71-2290}}.
Post-op seen by chaplain Rev. {{NAME:Kipkemboi}}. Scrub: {{NAME:Cherotich Faith}}. Intern: Dr. {{NAME:Mwangi Njoroge}}. Mother-in-law {{NAME:Tapsabei}} at bedside.
`,
  },
  {
    id: 't12-013',
    kind: 'transfer note (Uganda, HC IV to regional referral)',
    text: `
THE REPUBLIC OF UGANDA - MINISTRY OF HEALTH
{{LOCATION:Kawolo Hospital}}, {{LOCATION:Lugazi}}
Referral form HMIS 032   date {{DATE:10/06/2025}}   time 04:15

Name: {{NAME:Nakato Sarah}} (surname Nakato)   Age 19   Sex F   IP no {{MRN:KAW/MAT/2025/611}}
Village/LC1: {{LOCATION:Kikawula}}   Parish: {{LOCATION:Najjembe}}   Sub-county: {{LOCATION:Najjembe}}   District: {{LOCATION:Buikwe}}
Referred to: {{LOCATION:Mulago National Referral Hospital}}, Ward 5C (Labour suite)
Reason: obstructed labour, previous failed vacuum; fetal heart 100 bpm, meconium grade 3. No theatre light tonight.
Given: IV RL, catheterised, Ampicillin 2 g. Escort: midwife {{NAME:Namukasa Betty}} and mother {{NAME:Nalwoga Rose}}.
Ambulance {{VEHICLE:UG 4417K}} driver {{NAME:Ssemakula}}.
Telephone of referring unit: {{PHONE:+256 392 555 014}}
Received at Mulago by midwife {{NAME:Achola Winnie}} at 06:10 on {{DATE:10/06/2025}}; baby girl delivered by caesarean, named {{NAME:Mirembe}}.
`,
  },
  {
    id: 't12-014',
    kind: 'outpatient clinic letter (Ethiopia, Addis Ababa)',
    text: `
{{LOCATION:Tikur Anbessa Specialized Hospital}} - Neurology Referral Clinic
Card No. {{MRN:TASH-0091284}}                  Date: {{DATE:14 May 2025}} ({{DATE:Ginbot 6, 2017}} E.C.)

To: Dr. {{NAME:Yohannes Tesfaye}}, {{LOCATION:Adama Hospital Medical College}}

Re: Ato {{NAME:Getachew Alemu Bekele}}, 34 years, Woreda {{LOCATION:09}}, Kebele {{LOCATION:14}}, House No. {{LOCATION:1182}}, {{LOCATION:Kolfe Keranio}} Sub-city, {{LOCATION:Addis Ababa}}
(father's name Alemu, grandfather's name Bekele; please file under Getachew)
Thank you for this young man with generalised tonic-clonic seizures since {{DATE:March 2024}}. EEG normal, CT showed a
single ring-enhancing lesion in the right parietal lobe, consistent with neurocysticercosis (Taenia solium).
We gave albendazole 15 mg/kg/day with prednisolone for 14 days and continued phenytoin 100 mg TDS.
His wife W/ro {{NAME:Meseret Hailu}} can be reached on {{PHONE:+251 911 555 042}}.
Sincerely, Dr. {{NAME:Selamawit Girma}}, Neurologist
Copy: Dr. {{NAME:Mulugeta Worku}} (resident); nurse {{NAME:Tigist Abebe}}. His mother W/ro {{NAME:Almaz Desta}} and brother {{NAME:Dawit Alemu}} were counselled on seizure first aid.
`,
  },
  {
    id: 't12-015',
    kind: 'discharge summary (Nigeria, federal medical centre, paediatrics)',
    text: `
{{LOCATION:Federal Medical Centre, Abeokuta}} - SCBU
Baby of Mrs. {{NAME:Oluwakemi Adebanjo-Ogunleye}}
Hospital No: {{MRN:FMCA/SCBU/25/2207}}   DOB: {{DATE:02/09/2025}}   Sex: F   Birth weight 1.62 kg (33 weeks)
Parents' address: {{LOCATION:Plot 7}}, {{LOCATION:Olu Ajayi Close}}, {{LOCATION:Oke-Mosan}}, {{LOCATION:Abeokuta}}, Ogun State
Course: RDS managed with bubble CPAP, no surfactant. Neonatal jaundice day 3 (SBR 14.2), phototherapy 48 h.
Probable early onset sepsis, Klebsiella on blood culture, treated with Meropenem 10 days.
Discharge weight 1.84 kg on {{DATE:28/09/2025}}. Kangaroo mother care taught by Nurse {{NAME:Titilayo}}.
Father Mr. {{NAME:Adebanjo Tunde}} ({{PHONE:0805 555 0391}}), works at {{LOCATION:Lafarge Ewekoro}}.
Review in Neonatal OPD in 1 week. Dr. {{NAME:Ngozi Eze-Ibekwe}}, Senior Registrar
Grandmother Mrs. {{NAME:Abosede Ogunleye}} (from {{LOCATION:Ijebu-Ode}}) helps at home. Consultant: Dr. {{NAME:Oluwatoyin Fadeyi}}.
`,
  },
  {
    id: 't12-016',
    kind: 'referral letter (Kenya, private clinic, e-mail)',
    text: `
From: Dr. {{NAME:Amina Wairimu Hassan}} <{{EMAIL:a.hassan@example.co.ke}}>
Sent: {{DATE:Monday, 7 April 2025}} 09:12
To: Oncology Clinic <oncology@example.ac.ke>
Subject: Referral - {{NAME:Otieno Wycliffe Ouma}}, suspected Burkitt lymphoma

Dear colleagues at {{LOCATION:Kenyatta National Hospital}},
I am referring {{NAME:Wycliffe}}, an 8-year-old boy from {{LOCATION:Kisumu}}, {{LOCATION:Nyalenda B}} ward, {{LOCATION:Manyatta}} estate,
house behind {{LOCATION:Nyalenda Social Hall}}, with a 5-week rapidly enlarging jaw swelling. EBV serology positive.
FNAC at {{LOCATION:Aga Khan Hospital Kisumu}} ref {{OTHER_ID:AKHK-CY-25-0881}} showed starry-sky pattern.
Images of the jaw attached: {{PHOTO:wycliffe_jaw_front.jpg}}, {{PHOTO:wycliffe_jaw_left.jpg}}.
Guardian: grandmother Mama {{NAME:Achieng Ouma}}, {{PHONE:0722 555 019}}.
Clinic: {{LOCATION:Lakeview Family Clinic}}, {{LOCATION:Oginga Odinga Street}}, {{LOCATION:Kisumu}}. Portal: {{URL:https://lakeview.example.co.ke/refer/88213}}
cc: Dr. {{NAME:Brian Omondi}} (paediatric oncology fellow), Nurse {{NAME:Purity Chebet}}. Father {{NAME:Ouma Fredrick}} works as a boda-boda rider in {{LOCATION:Kondele}}.
`,
  },
  {
    id: 't12-017',
    kind: 'clinic note (Uganda, HIV clinic)',
    text: `
{{LOCATION:TASO Mbarara}} ART clinic - visit {{DATE:19/08/2025}}
Client: {{NAME:Tumusiime Robert}} (ART No. {{OTHER_ID:TASO-MBR-04417}}), 45 M, of {{LOCATION:Kakoba}} division, {{LOCATION:Mbarara City}},
cell {{LOCATION:Kisenyi}}, LC1 chairman Mr. {{NAME:Byaruhanga}} knows the home.
On TLD since {{DATE:Jan 2020}}; VL {{DATE:June 2025}} <50 copies. CD4 not done. Weight 68 kg.
TB screen negative. Cotrimoxazole stopped. Depression screen PHQ-2 = 1.
Fingerprint enrolment for ART pick-up: template {{BIOMETRIC:FP-TASO-9917-R2}}.
Wife {{NAME:Kyomuhendo Grace}} also on ART at {{LOCATION:Mbarara Regional Referral Hospital}}.
Next refill {{DATE:18/11/2025}} (3-month MMD). Counsellor: {{NAME:Atuhaire Brenda}}.
Peer supporter {{NAME:Mugisha Jonan}}; VHT {{NAME:Kabasiita Annet}} follows the household. Daughter {{NAME:Ainembabazi}} tested negative.
`,
  },
  {
    id: 't12-018',
    kind: 'death summary (Ghana, district hospital)',
    text: `
{{LOCATION:St. Martin de Porres Hospital, Eikwe}} - Medical Ward
SUMMARY OF DEATH
Deceased: Nana {{NAME:Kofi Ansah Kwarteng}}, aged {{AGE_OVER_89:96}} years (per family; no birth record), male
Hometown: {{LOCATION:Essiama}}, {{LOCATION:Ellembelle District}}; residence {{LOCATION:H/No. ES-112}}, near the {{LOCATION:Essiama Methodist Church}}
Admitted {{DATE:14 Oct 2025}} with fever, confusion and productive cough. CXR: right lower lobe consolidation.
Treated with Ceftriaxone and Azithromycin. Deteriorated on {{DATE:16 Oct 2025}}, died at 03:40 on {{DATE:17/10/2025}}.
Cause of death: I(a) severe community-acquired pneumonia; II hypertension.
Body released to nephew {{NAME:Ekow Kwarteng}} (tel {{PHONE:020 555 0917}}) for transfer to {{LOCATION:Nzema East Funeral Services, Axim}}.
Certifying doctor: Dr. {{NAME:Efua Nyarko}}, MDC Reg. {{LICENSE:MDC/PN/12891}}
Family spokesperson: Opanyin {{NAME:Kwame Asamoah}}. Mortuary attendant {{NAME:Yaw Boakye}} logged the body at 05:10.
`,
  },
];
