// train12 notes 4: Philippines, Indonesia, Malaysia, Vietnam: discharge summaries, referral and transfer slips,
// clinic letters and an operation note; barangay, purok, RT/RW, kampung, Jalan and phuong/quan addresses,
// bin/binti, Vietnamese family-first names, Filipino middle names.
export default [
  {
    id: 't12-028',
    kind: 'discharge summary (Philippines, provincial hospital)',
    text: `
{{LOCATION:Bicol Medical Center}}, {{LOCATION:Naga City}} - Department of Internal Medicine
CLINICAL ABSTRACT / DISCHARGE SUMMARY
Name: {{NAME:DELA CRUZ, Ma. Theresa Villanueva}}    Hosp. No. {{MRN:BMC-25-118374}}    Age 52, F
Address: Purok {{LOCATION:3}}, Barangay {{LOCATION:Concepcion Pequena}}, {{LOCATION:Naga City}}, Camarines Sur
Admitted {{DATE:June 2, 2025}}; discharged {{DATE:June 9, 2025}}.
Final diagnosis: Leptospirosis, severe (Weil's disease) with AKI; dengue NS1 negative.
Exposure: waded in flood water after Typhoon Kristine near {{LOCATION:Naga River}}. Given Penicillin G 1.5 M units q6,
then Doxycycline 100 mg BID. Two sessions of hemodialysis at the {{LOCATION:BMC Dialysis Unit}}.
PhilHealth PIN: {{HEALTH_PLAN:05-555018273-4}}. Malasakit Center assistance ref {{OTHER_ID:MC-BMC-25-2291}}.
Husband {{NAME:Rodel Dela Cruz}}, {{PHONE:0917 555 0192}}.
Attending: {{NAME:Jose Ma. Ramos}}, MD, FPCP    PRC Lic. No. {{LICENSE:0098817}}
Also seen by Dr. {{NAME:Rommel Ocampo}} (Nephro fellow) and Dr. {{NAME:Kristine Joy Bernardo}} (resident). Children: {{NAME:Princess}}, {{NAME:Jhon Mark}} and {{NAME:Angel}}. Nurse on duty {{NAME:Grace Manalo}}.
`,
  },
  {
    id: 't12-029',
    kind: 'referral slip (Philippines, rural health unit)',
    text: `
Republic of the Philippines - {{LOCATION:Rural Health Unit of Pagsanjan}}, Laguna
REFERRAL SLIP                                           Date: {{DATE:10/14/2025}}
Referred to: {{LOCATION:Laguna Medical Center}}, {{LOCATION:Santa Cruz}}
Patient: {{NAME:Jun-Jun Bautista Macaraeg}} (Macaraeg, Jun-Jun B.), 6 y/o M
Address: Sitio {{LOCATION:Ibaba}}, Brgy. {{LOCATION:Sabang}}, {{LOCATION:Pagsanjan}}, near the {{LOCATION:Sabang Elementary School}}
Mother: {{NAME:Rosalinda Bautista}}; Father: {{NAME:Arnel Macaraeg}} (OFW, {{LOCATION:Riyadh}})
Reason for referral: Dengue with warning signs (abdominal pain, persistent vomiting), Hct 48 rising, plt 62,000.
Given: PNSS 5 mL/kg/h x 2 h. Not tolerating ORS.
Referring MHO: Dr. {{NAME:Maricel Santos-Aquino}}    Contact {{PHONE:(049) 555-0183}}
Accompanied by BHW Ate {{NAME:Lorna}} - on ambulance of the municipal DRRMO, plate {{VEHICLE:SLG 428}}.
Received at LMC by Dr. {{NAME:Paolo Villareal}} on {{DATE:Oct. 14, 2025}}. Lola {{NAME:Corazon Macaraeg}}, {{AGE_OVER_89:94}}, also lives in the house.
`,
  },
  {
    id: 't12-030',
    kind: 'outpatient letter (Malaysia, government clinic)',
    text: `
{{LOCATION:Klinik Kesihatan Seri Kembangan}}, {{LOCATION:Jalan Besar}}, {{LOCATION:43300 Seri Kembangan}}, Selangor
Tarikh: {{DATE:5 Mac 2025}}

Kepada: Pakar Perubatan, {{LOCATION:Hospital Serdang}}

Dear Dr.,
Re: {{NAME:Muhammad Hafiz bin Abdul Rahman}}, 38 tahun, MyKad {{OTHER_ID:870515-10-5531}}
Address: No. {{LOCATION:23}}, {{LOCATION:Jalan SK 6/2}}, {{LOCATION:Taman Sri Kembangan}}, {{LOCATION:43300}} {{LOCATION:Seri Kembangan}}
This gentleman, a lorry driver with {{LOCATION:Kontena Nasional, Port Klang}}, has uncontrolled hypertension (BP 182/110
on three visits) despite Amlodipine 10 mg, Perindopril 8 mg and HCTZ 25 mg, with hypokalaemia (K 3.0).
Please evaluate for primary hyperaldosteronism. Wife: {{NAME:Nur Aisyah binti Kamarudin}}, tel {{PHONE:012-555 7340}}.
Lorry registration {{VEHICLE:BLK 7712}} (he must not drive until reviewed).
Yang benar, Dr. {{NAME:Siti Nurhaliza binti Othman}}, Pegawai Perubatan, MMC No. {{LICENSE:55821}}
s.k. Dr. {{NAME:Chong Kah Wai}} (FMS), Dr. {{NAME:Kavitha a/p Muniandy}}. Mother {{NAME:Rohani binti Ismail}} also hypertensive.
`,
  },
  {
    id: 't12-031',
    kind: 'transfer note (Indonesia, puskesmas to RSUD)',
    text: `
{{LOCATION:Puskesmas Kecamatan Cilandak}}, {{LOCATION:Jakarta Selatan}}
SURAT RUJUKAN (referral/transfer letter)   {{DATE:19-08-2025}}
Kepada Yth. dr. Sp.OG, {{LOCATION:RSUD Pasar Minggu}}
Nama: Ny. {{NAME:Sri Wahyuningsih}}    Umur 31 th    No. RM {{MRN:PKM-CLD-0091823}}
Alamat: {{LOCATION:Jl. Kemang Timur V No. 18}}, RT {{LOCATION:005}}/RW {{LOCATION:02}}, Kel. {{LOCATION:Bangka}}, Kec. {{LOCATION:Mampang Prapatan}}
NIK: {{OTHER_ID:3174055512900004}}    BPJS Kesehatan: {{HEALTH_PLAN:0001555820913}}
G3P2A0, 37 weeks, breech presentation, previous caesarean x1 at {{LOCATION:RS Fatmawati}}. In early labour, VT 3 cm.
Husband: Bpk. {{NAME:Agus Setiawan}}, HP {{PHONE:0812-5550-3319}}.
Bidan pengirim: Bd. {{NAME:Rina Marlina}}, S.Tr.Keb
Pendamping: bidan {{NAME:Dewi Lestari}} and kader Ibu {{NAME:Sumarni}}. Mertua: Bapak {{NAME:Suparman}}.
`,
  },
  {
    id: 't12-032',
    kind: 'discharge summary (Vietnam, Ho Chi Minh City)',
    text: `
{{LOCATION:Cho Ray Hospital}} - Department of Tropical Diseases
DISCHARGE SUMMARY (Giay ra vien)
Patient: {{NAME:NGUYEN THI THU HA}} (Nguyen = family name; called Ms. Ha)    Age 27    Patient code {{MRN:CR25-0441893}}
Address: {{LOCATION:45/12 Huynh Tan Phat}}, {{LOCATION:Tan Thuan Dong Ward}}, {{LOCATION:District 7}}, {{LOCATION:Ho Chi Minh City}}
Admitted {{DATE:03/07/2025}} - discharged {{DATE:12/07/2025}}.
Diagnosis: Melioidosis (Burkholderia pseudomallei) with liver and splenic abscesses.
Ceftazidime 2 g q8h IV for 10 days in hospital; to complete 4 weeks of IV therapy at {{LOCATION:Nhan Dan Gia Dinh Hospital}}, then co-trimoxazole eradication.
Social insurance (BHYT) card: {{HEALTH_PLAN:DN4795550183291}}.
Brother {{NAME:Nguyen Van Tuan}}, {{PHONE:090 555 1827}}. Doctor in charge: BS. {{NAME:Tran Quoc Bao}}.
Consultations: Dr. {{NAME:Pham Quang Vinh}} (surgery, drainage declined), nurse {{NAME:Vo Thi Hong}}. Mother {{NAME:Dang Thi Nga}} stays at the hospital hostel.
`,
  },
  {
    id: 't12-033',
    kind: 'operation note (Malaysia, Sabah)',
    text: `
{{LOCATION:Hospital Queen Elizabeth}}, {{LOCATION:Kota Kinabalu}} - Department of Surgery
OPERATION RECORD   {{DATE:27/04/2025}}
Name: {{NAME:Juanis anak Gimbang}}   IC {{OTHER_ID:690914-12-5583}}   RN {{MRN:QEH 2025 55810}}   Age 55
Kampung {{LOCATION:Tambunan Baru}}, {{LOCATION:Tambunan}}, Sabah (2 hrs by road; no phone signal, contact via son {{NAME:Roland}} in {{LOCATION:Penampang}} {{PHONE:016-555 2843}})
Surgeon: Mr. {{NAME:Lim Wei Jian}}; Assistant: Dr. {{NAME:Nur Fadhilah binti Yusof}}; Anaesthetist: Dr. {{NAME:Rajendran a/l Subramaniam}}
Operation: Hartmann's procedure.
Findings: perforated sigmoid diverticulitis, Hinchey III, purulent peritonitis.
Sigmoid resected, end colostomy LIF. Peritoneal lavage 6 L. Specimen HPE. Stoma photos: {{PHOTO:QEH-stoma-juanis-01.png}}.
Post-op to HDW. IV Tazocin.
Scrub: SN {{NAME:Jacqueline Majimbun}}. Stoma nurse {{NAME:Rosnah}}. Wife {{NAME:Lidia anak Sintau}} informed via son.
`,
  },
  {
    id: 't12-034',
    kind: 'clinic letter (Indonesia, Bali, private clinic for expatriate)',
    text: `
{{LOCATION:BIMC Hospital Kuta}}, {{LOCATION:Jl. Bypass Ngurah Rai No. 100X}}, {{LOCATION:Kuta}}, Bali {{LOCATION:80361}}
{{DATE:22 January 2025}}

To the family doctor of Mr. {{NAME:Hemi Tane Walker}} (NZ), {{LOCATION:Rotorua}}

Mr. {{NAME:Walker}}, 44, was seen on {{DATE:19 January}} after a scooter crash on {{LOCATION:Jalan Raya Canggu}} near {{LOCATION:Batu Bolong Beach}}.
He sustained a right clavicle fracture (mid-shaft, displaced 1 cm) and road rash to the left forearm. Managed
conservatively with a sling; tetanus booster given; wound dressings daily at his villa, {{LOCATION:Villa Kembang}}, {{LOCATION:Jl. Pantai Berawa}}.
Rental scooter plate {{VEHICLE:DK 4471 FAL}}. Travel insurer claim {{OTHER_ID:SW-25-0093418}}.
X-ray images: {{URL:https://pacs.example.id/share/ab19f2}}.
Dr. {{NAME:I Gusti Ayu Made Sri Dewi}}, emergency physician. Tel {{PHONE:+62 361 555 0911}}
Travel companion: {{NAME:Aroha Ngata}} (partner). Follow-up with Dr. {{NAME:Rangi Parata}} in {{LOCATION:Rotorua}} after his flight on {{DATE:24 January}}.
`,
  },
  {
    id: 't12-035',
    kind: 'referral letter (Vietnam, provincial to central hospital, paediatric)',
    text: `
{{LOCATION:Nghe An Obstetrics and Paediatrics Hospital}}, {{LOCATION:Vinh City}}
Transfer/referral   {{DATE:9 Nov 2025}}
To: {{LOCATION:Vietnam National Children's Hospital}}, {{LOCATION:Dong Da}}, {{LOCATION:Hanoi}}
Patient: {{NAME:Le Minh Khoa}}, 11 months, M, ID {{MRN:NAOP-25-118420}}
Parents: father {{NAME:Le Van Hung}}, mother {{NAME:Pham Thi Lan}}; hamlet {{LOCATION:Xom 5}}, commune {{LOCATION:Nghi Phong}}, {{LOCATION:Nghi Loc}} district
Diagnosis: Kawasaki disease, incomplete, with coronary artery dilatation (LAD z-score +3.1). IVIG 2 g/kg given {{DATE:7 Nov}}; fever persists.
Aspirin 30 mg/kg/day. Request: repeat echo and consider infliximab.
Health insurance for children under 6: {{HEALTH_PLAN:TE1405550287193}}.
Father's phone {{PHONE:0988 555 731}}. Escort: Dr. {{NAME:Hoang Thi Mai}}.
Team: Dr. {{NAME:Bui Duc Thang}} (head), Dr. {{NAME:Ngo Thi Thuy Linh}}. Grandmother {{NAME:Le Thi Sau}} also accompanying.
`,
  },
  {
    id: 't12-036',
    kind: 'discharge summary (Philippines, Mindanao, Muslim names)',
    text: `
{{LOCATION:Cotabato Regional and Medical Center}}, {{LOCATION:Cotabato City}}
Discharge summary - OB-GYN      {{DATE:Aug. 30, 2025}}
Patient: Bai {{NAME:Sittie Ainah Mangudadatu-Ampatuan}}, 23, G1P1 (1001)
Address: {{LOCATION:Barangay Rosary Heights 10}}, {{LOCATION:Cotabato City}}; near {{LOCATION:Notre Dame University}}
NVD {{DATE:Aug. 28, 2025}} 0312H, live baby boy 3.1 kg, AS 8,9. 2nd degree laceration repaired.
Postpartum hemorrhage (1 L) from uterine atony, responded to oxytocin and Methergine; Hgb 86, given 1 unit PRBC.
Baby named Datu {{NAME:Aliyan}}; newborn screening card {{OTHER_ID:NBS-12-5558013}}.
Husband {{NAME:Abdulrahman Ampatuan}}, {{PHONE:0926 555 1047}}. PhilHealth member {{HEALTH_PLAN:12-555038172-9}}.
Resident-in-charge: Dr. {{NAME:Norhaya Lidasan}}
Ward staff: midwife {{NAME:Jamaila Sinsuat}}, Dr. {{NAME:Abdul Jabbar Pendatun}}. Mother Bai {{NAME:Fatima}} requested halal diet.
`,
  },
];
