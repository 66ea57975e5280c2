// heldout11 notes6: discharge summaries and letters from countries the other sets used least, in English (h11-051..058).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-051', 'discharge-estonia', String.raw`
{{LOCATION:TARTU UNIVERSITY HOSPITAL}} - Clinic of Internal Medicine - EPICRISIS (English translation for insurer)
Patient: {{NAME:Kadri-Liis Tamm}}   Personal identification code: {{OTHER_ID:49103136526}}   Age 34
Address: {{LOCATION:Riia 118-7}}, {{LOCATION:50411}} {{LOCATION:Tartu}}
Admitted {{DATE:03.11.2025}}, discharged {{DATE:09.11.2025}}. Case no. {{MRN:2025-118804}}.
Diagnosis: Pulmonary embolism, right lower lobe (I26.9), provoked (combined oral contraceptive, flight {{LOCATION:Tallinn}}-{{LOCATION:Toronto}} on {{DATE:28.10.2025}}).
Treatment: enoxaparin 1 mg/kg BID, switched to rivaroxaban 15 mg BID x 21 days then 20 mg daily, 3 months.
Follow-up: family physician Dr {{NAME:Mart Saarepuu}}, {{LOCATION:Annelinna Family Health Centre}}, tel {{PHONE:+372 555 0418}}. Results visible in the patient portal: {{URL:https://www.digilugu.example.ee/patsient/49103136526/epikriis/118804}}
Travel insurance: If P&C, policy {{ACCOUNT:IFP-EE-4418220}}.  Spouse {{NAME:Rasmus Tamm}} {{PHONE:+372 5555 0917}}.
Physician: {{NAME:Triin Kuusk}}, MD, registration code {{LICENSE:D04417}}
`),

n('h11-052', 'discharge-romania', String.raw`
{{LOCATION:Spitalul Clinic Judetean de Urgenta Cluj}} - Neurology II - DISCHARGE LETTER (scrisoare medicala), English copy
Name: {{NAME:Ioana-Maria Dumitrescu}}      CNP: {{OTHER_ID:2590714120418}}      Observation sheet no. {{MRN:44182/2025}}
Home: {{LOCATION:Str. Motilor nr. 41, bl. B, ap. 12}}, {{LOCATION:Cluj-Napoca}}, {{LOCATION:jud. Cluj}}
Health insurance: CNAS, card {{HEALTH_PLAN:80642000044182917}}
Hospitalised {{DATE:12.11.2025}} - {{DATE:20.11.2025}}. Left MCA ischaemic stroke, NIHSS 9 on admission, 3 at discharge; thrombolysis refused by patient (she was on apixaban). mRS 2.
Lives with her husband {{NAME:Sorin}}; her mother {{NAME:Floarea Pop}}, {{AGE_OVER_89:93}}, also lives with them in {{LOCATION:Floresti}}.
Driving: advised not to drive for 1 month; her car (Dacia Logan, {{VEHICLE:CJ 41 IMD}}) to be driven by her son {{NAME:Vlad}}.
Rehabilitation at {{LOCATION:Spitalul de Recuperare Cluj}} from {{DATE:24.11.2025}}.
Primary physician: dr. {{NAME:Horatiu Ciobanu}}. Code parafa {{LICENSE:A44182}}. Tel secretariat {{PHONE:0264 555 041}}.
`),

n('h11-053', 'referral-morocco', String.raw`
{{LOCATION:CHU Ibn Rochd}} - {{LOCATION:Casablanca}} - Department of Paediatrics    {{DATE:19/11/2025}}
Referral to: Pediatric Cardiology, {{LOCATION:Hopital Cheikh Khalifa}}
Child: {{NAME:Yassine El Amrani}}, born {{DATE:02/05/2021}}, file no. {{MRN:P-25-04418}}
Father: {{NAME:Abdelilah El Amrani}}, CIN {{OTHER_ID:BK441872}}, AMO/CNSS no. {{HEALTH_PLAN:144187220}}
Mother: {{NAME:Khadija Bennani}}, tel {{PHONE:+212 661-555041}}
Address: {{LOCATION:Derb Sultan}}, {{LOCATION:rue 44 no 18}}, {{LOCATION:Casablanca}} {{LOCATION:20490}}
Findings: 4-year-old with a 3/6 systolic murmur at LSB, echo shows perimembranous VSD 6 mm, L-to-R, Qp:Qs 1.8. Weight 13.2 kg (< 3rd centile). Grandmother (Lalla {{NAME:Fatima Zahra}}, {{AGE_OVER_89:90}} years) attends with family.
Echo clips: {{PHOTO:echo_YEA_20251118.avi}}; report {{URL:https://dossier.example-chuibnrochd.ma/p/P-25-04418}}
Dr {{NAME:Souad Berrada}}, Order of Physicians no. {{LICENSE:OM-44187}}, e-mail {{EMAIL:s.berrada@example-chuibnrochd.ma}}
`),

n('h11-054', 'discharge-ethiopia', String.raw`
{{LOCATION:St. Paul's Hospital Millennium Medical College}}, {{LOCATION:Addis Ababa}} - Internal Medicine Ward C
DISCHARGE SUMMARY
Name: {{NAME:Tigist Alemayehu Bekele}}   Sex F   Age 41   Card no. {{MRN:SPH-118-044}}
Fayda (national ID) FIN: {{OTHER_ID:4418 2207 1930 5561}}, biometric enrolment ref {{BIOMETRIC:FYD-BIO-88-4418220}}
CBHI membership no. {{HEALTH_PLAN:AA-GUL-10-04418}}
Address: {{LOCATION:Gulele}} sub-city, {{LOCATION:Woreda 10}}, house no. {{LOCATION:1184}}
Admission: {{DATE:Tikimt 25, 2018 E.C.}} ({{DATE:04/11/2025}} G.C.); discharge {{DATE:12/11/2025}}.
Dx: Rheumatic heart disease, severe MS (MVA 0.9 cm2), AF, decompensated HF. Started benzathine penicillin 1.2 MU IM q4wk, warfarin (INR 2.4 at discharge), furosemide 40 mg.
Referred to {{LOCATION:Cardiac Center Ethiopia}} for balloon valvotomy. Husband {{NAME:Dawit Getachew}} {{PHONE:+251 911 555 044}}.
Resident: Dr. {{NAME:Meron Tesfaye}}; attending Dr. {{NAME:Yonas Hailemariam}}.
`),

n('h11-055', 'discharge-tanzania', String.raw`
{{LOCATION:MUHIMBILI NATIONAL HOSPITAL}} - {{LOCATION:Mloganzila}}
DISCHARGE FORM                                             IP No. {{MRN:MNH/MLG/25/044187}}
Name: {{NAME:Neema Joseph Mwakyusa}}  Age: 28  Sex: F   NIDA: {{OTHER_ID:19970418-14118-00004-22}}
NHIF card no. {{HEALTH_PLAN:102441872210}}
Residence: {{LOCATION:Mbezi Luis}}, {{LOCATION:Ubungo}}, {{LOCATION:Dar es Salaam}}; {{LOCATION:P.O. Box 44187}}
Date of admission {{DATE:7/11/2025}}; date of discharge {{DATE:15/11/2025}}
Diagnosis: Severe pre-eclampsia at 34/40, delivered by emergency C/S {{DATE:8/11/2025}}; live female 2.1 kg (registered as Baby of {{NAME:Neema Mwakyusa}}, NICU, MRN {{MRN:MNH/NICU/25/9918}}).
BP at discharge 138/86 on nifedipine 20 mg BD. MgSO4 x 24 h (Pritchard).
Next of kin: {{NAME:Joseph Mwakyusa}} (father) {{PHONE:+255 754 555 044}}; boda-boda driver brother {{NAME:Elia}}, motorcycle reg. {{VEHICLE:MC 441 CKZ}}.
Review: RCH clinic {{LOCATION:Mwananyamala}} on {{DATE:22/11/2025}}. MO: Dr {{NAME:Rehema Kisanga}}, MCT reg. {{LICENSE:MCT-11844}}
`),

n('h11-056', 'referral-indonesia', String.raw`
{{LOCATION:RSUP Dr. Sardjito}} - {{LOCATION:Yogyakarta}}
SURAT RUJUKAN BALIK (back-referral letter, English)                         {{DATE:21 November 2025}}
To: {{LOCATION:Puskesmas Depok III}}, {{LOCATION:Sleman}}
Patient: {{NAME:Sri Wahyuningsih}}   NIK: {{OTHER_ID:3404124407600004}}   BPJS Kesehatan: {{HEALTH_PLAN:0001441872207}}
Address: {{LOCATION:Jl. Kaliurang Km 7, Gg. Mawar No. 12, RT 04/RW 12}}, {{LOCATION:Condongcatur}}, {{LOCATION:Depok}}, {{LOCATION:Sleman}}
Age 65. Diagnosis: Type 2 DM with diabetic foot ulcer (Wagner 2, R hallux), debrided {{DATE:14/11/2025}}; HbA1c 9.4%. Insulin glargine 14 U at night, metformin 500 mg 2x.
Wound photos sent through the referral app: {{URL:https://sisrute.example.id/rujukan/25-11-044187/foto}}
Please continue dressing 3x/week. Husband Pak {{NAME:Suharto}} is a becak driver; son {{NAME:Bagus Prasetyo}} ({{PHONE:0812-5550-4418}}) will bring her on his motorbike ({{VEHICLE:AB 4418 KD}}).
Sp.PD-KEMD: dr. {{NAME:Hendra Gunawan}}, STR {{LICENSE:3401100325044187}}
`),

n('h11-057', 'referral-nepal', String.raw`
{{LOCATION:Dhulikhel Hospital}} - {{LOCATION:Kathmandu University Hospital}}
Referral note                                   Date: {{DATE:2082/08/04}} BS ({{DATE:20 Nov 2025}})
Patient: {{NAME:Pemba Dorje Sherpa}}, 57 M.  Hospital no. {{MRN:DH-0441872}}
Citizenship certificate no.: {{OTHER_ID:27-01-74-04418}}.  Health insurance (SSP) ID: {{HEALTH_PLAN:NHI-441872207}}
Address: {{LOCATION:Khumjung}}, {{LOCATION:Ward 5}}, {{LOCATION:Solukhumbu}}
Mountain guide, HAPE on descent from {{LOCATION:Lobuche}} on {{DATE:11 Nov 2025}}, evacuated by helicopter to {{LOCATION:Lukla}} then {{LOCATION:Kathmandu}}. Now persistent AF with RVR, TSH normal, echo LVEF 45%. Referred to {{LOCATION:Shahid Gangalal National Heart Centre}}.
Client/trekking company e-mail: {{EMAIL:ops@example-himalayanguides.com.np}}; patient son {{NAME:Ang Nima Sherpa}} {{PHONE:+977 985 555 0418}}.
Dr. {{NAME:Sabina Shrestha}}, NMC no. {{LICENSE:14418}}
`),

n('h11-058', 'discharge-fiji', String.raw`
{{LOCATION:COLONIAL WAR MEMORIAL HOSPITAL}}, {{LOCATION:SUVA}} - Medical Ward 2
DISCHARGE SUMMARY     Pt: Ratu {{NAME:Semisi Vakaloloma}}
NHN {{MRN:CWM-0441872}}   FNPF no. {{OTHER_ID:440187220}}   TIN {{OTHER_ID:44-18722-0-7}}
Address: {{LOCATION:Lot 12, Namadi Heights}}, {{LOCATION:Suva}}; village of origin {{LOCATION:Nakorovou}}, {{LOCATION:Tailevu}}
Admitted {{DATE:10/11/2025}}, discharged {{DATE:18/11/2025}}. Age 52.
Dx: Leptospirosis with AKI (Cr 412 -> 138), after flooding in {{LOCATION:Nausori}}. Treated IV penicillin G 1.5 MU q6h.
Wife Adi {{NAME:Litia}} ({{PHONE:+679 555 0418}}) and nephew {{NAME:Josefa Ravuvu}} ({{PHONE:+679 955 5041}}).
Follow up {{LOCATION:Valelevu Health Centre}} {{DATE:25/11}}.
Dr {{NAME:Kalesi Naivalu}}, FMDC reg. {{LICENSE:FMDC-4418}}. Results online: {{URL:https://mhms-portal.example.gov.fj/results/CWM-0441872}}
`),
];
