// train25 notes 4: South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal): ASHA referral card, PHC to CHC
// transfer, cashless insurance pre-auth, LHW register, NGO eye-camp report, estate hospital letter, Nepal health
// post referral, medical fitness certificate for Gulf work visa, upazila referral, dialysis programme enrolment.
export default [
  {
    id: 't25-028',
    kind: 'ASHA referral card (India, Bihar)',
    text: `
ASHA REFERRAL CARD   Village: {{LOCATION:Belaganj}}   Block: {{LOCATION:Belaganj}}   District: {{LOCATION:Gaya}}, Bihar
ASHA: {{NAME:Sunita Devi}} (W/o {{NAME:Ramesh Paswan}})   Mobile: {{PHONE:98555 01234}}
Beneficiary: Smt. {{NAME:Rinku Kumari}}   Husband: {{NAME:Pappu Yadav}}   Age 22
Address: Ward No. {{LOCATION:9}}, {{LOCATION:Tola Musahari}}, near {{LOCATION:Shiv Mandir}}, P.O. {{LOCATION:Belaganj}}, PIN {{LOCATION:804403}}
MCP card no. {{OTHER_ID:BR-GY-0412-25-1187}}   JSY eligible: yes   LMP {{DATE:10-08-2024}}   EDD {{DATE:17-05-2025}}
Referred on {{DATE:02-05-2025}} to {{LOCATION:Anugrah Narayan Magadh Medical College Hospital}} for severe anaemia (Hb 6.4 g%).
Vehicle: 102 ambulance {{VEHICLE:BR 02 PA 5512}}, EMT {{NAME:Santosh Kumar}}.
Aadhaar (masked): {{OTHER_ID:XXXX XXXX 5521}}
ASHA remarks: husband {{NAME:Pappu}} works at a brick kiln in {{LOCATION:Patna}}; mother-in-law {{NAME:Sonamati Devi}} wanted a home delivery with dai {{NAME:Kalawati}}.
ANM {{NAME:Rekha Kumari Sinha}} and MO Dr {{NAME:Ajay Kumar Prasad}} counselled. Iron sucrose 200 mg started at the PHC on {{DATE:26-04-2025}}.
`,
  },
  {
    id: 't25-029',
    kind: 'PHC to CHC transfer note (India, Odisha tribal block)',
    text: `
PHC {{LOCATION:Tentulipadar}}, Block {{LOCATION:Kundra}}, Dist. {{LOCATION:Koraput}} -> CHC {{LOCATION:Jeypore}}
Date {{DATE:11/07/2025}}  OPD Reg. No. {{MRN:TPD/OPD/3318}}
Pt: {{NAME:Budu Gadaba}} S/o {{NAME:Sana Gadaba}}, 8 yrs M, village {{LOCATION:Kuturuguda}} (Gadaba tribal hamlet, 6 km from road head)
c/o fever 5 days, jaundice, dark urine. RDT: Pf positive. Hb 7.0. Given inj. artesunate 60 mg stat.
Suspected severe falciparum malaria with haemolysis. Father speaks Gutob and Desia Odia; interpreter Sri {{NAME:Lachhman Muduli}} (ANM's husband).
Medical Officer: Dr. {{NAME:Pratyush Ranjan Mohapatra}}, MBBS (OCMR {{LICENSE:OCMR-22871}})
BSKY card: {{HEALTH_PLAN:BSKY-KPT-55-018231}}
Note: mother {{NAME:Mali Gadaba}} and uncle {{NAME:Kamalu Gadaba}} will accompany. ANM {{NAME:Sabitri Khara}} phoned the CHC; Dr {{NAME:Jagannath Hantal}} accepted.
The nearest road is at {{LOCATION:Baipariguda}}; boy carried on a doli for 6 km.
`,
  },
  {
    id: 't25-030',
    kind: 'cashless hospitalisation pre-auth (India, TPA)',
    text: `
REQUEST FOR CASHLESS HOSPITALISATION - Medi Assist TPA
Hospital: {{LOCATION:Manipal Hospital, Old Airport Road}}, {{LOCATION:Bengaluru}} {{LOCATION:560017}}   ROHINI ID {{OTHER_ID:8900080155117}}
Patient: Mr. {{NAME:Venkatesh Subramanian Iyer}}   Age 61   Policy no. {{HEALTH_PLAN:P/161115/01/2025/005521}}   Employee ID {{OTHER_ID:INFY-558713}}
Address: Flat {{LOCATION:402}}, {{LOCATION:Prestige Shantiniketan}}, {{LOCATION:Whitefield}}
Contact: {{PHONE:+91 99005 55012}}, {{EMAIL:venkat.iyer@example.in}}
Proposed line of treatment: CABG x3 (ICD I25.1). Date of admission {{DATE:19-Mar-2025}}. Est. cost INR 4,80,000.
Treating doctor: Dr. {{NAME:Devika Prasanna Rao}} (KMC Reg. {{LICENSE:KMC 55210}})
Declaration signed by patient's son {{NAME:Karthik Iyer}} on {{DATE:18/03/2025}}.
Previous hospitalisation: PTCA at {{LOCATION:Narayana Health City}} ({{DATE:Jun 2019}}). Wife {{NAME:Lakshmi Venkatesh}} (DOB {{DATE:02-09-1966}}) is co-insured.
Son {{NAME:Karthik}} lives in {{LOCATION:Austin}}, Texas; he is a US resident and signed as payer guarantee (SSN {{SSN:000-48-7712}}).
`,
  },
  {
    id: 't25-031',
    kind: 'Lady Health Worker register page (Pakistan)',
    text: `
LHW REGISTER - {{LOCATION:Chak 47/NB}}, Tehsil {{LOCATION:Sargodha}}, Dist. {{LOCATION:Sargodha}}   LHW: {{NAME:Shazia Parveen}}   Month: {{DATE:Rabi ul Awwal 1447}} / {{DATE:Sept 2025}}
HH  Head of household             Members  Notes
14  {{NAME:Muhammad Aslam}} s/o {{NAME:Ghulam Rasool}}     7    daughter-in-law {{NAME:Kiran}} 8/12 pregnant, TT2 given; Sehat card {{HEALTH_PLAN:SC-3840155-2}}
15  {{NAME:Bashiran Bibi}} (widow)           3    age {{AGE_OVER_89:90}}+ per CNIC? CNIC {{OTHER_ID:38403-5550129-4}} says DOB {{DATE:01-01-1933}}; hip pain
16  Haji {{NAME:Allah Ditta}}                 11   grandson {{NAME:Hamza}} 2 yrs - missed measles dose, referred to BHU {{LOCATION:Chak 48/NB}}
17  {{NAME:Nasreen Akhtar}}                  5    husband works in {{LOCATION:Dubai}}; phone {{PHONE:0300 5550187}}
Supervised by LHS {{NAME:Farzana Kausar}} on {{DATE:24/09/2025}}.
LHS remarks: {{NAME:Kiran}}'s husband {{NAME:Imran Aslam}} agreed to hospital delivery at {{LOCATION:DHQ Hospital Sargodha}}. Mai {{NAME:Bashiran}} was seen by Dr {{NAME:Sadia Noreen}} at the BHU.
Polio team ({{NAME:Waqas}}, {{NAME:Iqra}}) marked house 16 on the door.
`,
  },
  {
    id: 't25-032',
    kind: 'NGO eye camp report (Nepal)',
    text: `
FREE EYE CAMP REPORT - {{LOCATION:Bhimdatta}} Municipality ward {{LOCATION:4}}, {{LOCATION:Kanchanpur}}
Organised by {{LOCATION:Geta Eye Hospital}} with support of Seva Nepal, {{DATE:2081 Magh 12}} ({{DATE:25 January 2025}})
Camp site: {{LOCATION:Shree Janata Secondary School}}, {{LOCATION:Mahendranagar}}
Team: Dr. {{NAME:Sushila Bhatta}} (ophthalmologist), OA {{NAME:Bir Bahadur Thapa Magar}}, counsellor {{NAME:Dawa Sherpa}}
Screened 612; 84 for SICS surgery. Oldest operated: {{NAME:Jaya Devi Joshi}}, {{AGE_OVER_89:97}}, from {{LOCATION:Baitadi}} (walked 2 days with son {{NAME:Hari Joshi}}).
Notable: {{NAME:Lal Bahadur Saud}} (citizenship no. {{OTHER_ID:75-01-55-02118}}) had bilateral mature cataract; operated both eyes.
Photos on the hospital drive: {{URL:https://drive.example.org/geta/camp-2081-magh}}
Report by {{NAME:Pemba Lhamu Tamang}}, {{EMAIL:pemba.t@example.org.np}}
Other cases: {{NAME:Ganga Bahadur Bohara}}, 70, traumatic cataract after a buffalo horn injury; {{NAME:Kali Devi Awasthi}}, 65, glaucoma, on timolol.
Volunteers: {{NAME:Anjali Bist}}, {{NAME:Prem Raj Chand}}; our Dutch donor Mr {{NAME:Joost de Vries-Hoekstra}} visited on day 2. Biometry by {{NAME:Sabina Rana}} (IOLMaster).
`,
  },
  {
    id: 't25-033',
    kind: 'estate hospital referral letter (Sri Lanka, hill country)',
    text: `
{{LOCATION:Dickoya Base Hospital}}
{{DATE:05.10.2025}}
The Consultant Physician, {{LOCATION:Teaching Hospital Peradeniya}}
Dear Sir / Madam,
Mrs. {{NAME:Muthulingam Vasanthi}}, 48 years, a tea plucker at {{LOCATION:Glentilt Estate}}, {{LOCATION:Maskeliya}} (Line room No. {{LOCATION:14}}, {{LOCATION:Upper Division}}),
BHT {{MRN:DBH/25/7741}}, NIC {{OTHER_ID:197755501234}}.
Presented with 3 weeks of fever, weight loss; CXR cavity RUL. Sputum AFB negative x2, GeneXpert pending. She is the wife of Mr. {{NAME:Ramaiah Muthulingam}}.
Estate medical assistant {{NAME:S. Kanagaratnam}} will accompany. Tel. estate office {{PHONE:051 555 2277}}.
Thank you. Dr. {{NAME:W. M. Dilrukshi Wijesekara}} (SLMC {{LICENSE:SLMC 31552}}), MO
History from husband: she worked under field officer {{NAME:Nimal Perera}} and lives with daughter {{NAME:Kalaivani}} and son-in-law {{NAME:Rajendran Suppiah}}.
Grandmother {{NAME:Valliammai}} (age {{AGE_OVER_89:92}}) in the same line room has chronic cough too. Copy to MOH Dr {{NAME:Chamari Gunawardena}}.
`,
  },
  {
    id: 't25-034',
    kind: 'health post referral (Nepal, mountain district)',
    text: `
HEALTH POST {{LOCATION:Chame}}, {{LOCATION:Manang}}   Referral slip no. {{OTHER_ID:HP-CHM-082-017}}
Date: {{DATE:2082-06-03 BS}}
Name: {{NAME:Tshering Dolma Gurung}}, 34/F, from {{LOCATION:Pisang}} (upper village), near the {{LOCATION:Pisang Gompa}}
Trekking porter's wife; husband {{NAME:Nima Gurung}} currently at {{LOCATION:Thorong Phedi}} with a group.
Dx: HAPE? SpO2 68% on arrival at 3,500 m; nifedipine 20 mg SR, O2 via concentrator ({{DEVICE:DZ-5A-NP-70231}}).
Referred to {{LOCATION:Manipal Teaching Hospital}}, {{LOCATION:Pokhara}} by heli (rescue ref {{OTHER_ID:HR-MNG-5521}}).
Also on board: Mr. {{NAME:Henrik Lindqvist}} (Swedish trekker, passport {{OTHER_ID:SE5552187}}), frostbite.
HA: {{NAME:Karma Lama}} {{PHONE:+977 985 5550 193}}
Porter agency: {{NAME:Ang Nima Sherpa}}, {{EMAIL:treks@example.com.np}}. Trekker's insurer contact {{NAME:Astrid Berg}}, fax {{FAX:+46 8 555 018 42}}.
Also noted: FCHV {{NAME:Pasang Gurung}} of ward {{LOCATION:2}} helped carry the stretcher to the helipad.
`,
  },
  {
    id: 't25-035',
    kind: 'medical fitness certificate for overseas employment (Bangladesh)',
    text: `
GAMCA MEDICAL FITNESS CERTIFICATE   Centre: {{LOCATION:Al-Noor Medical Centre}}, House {{LOCATION:21}}, Road {{LOCATION:7}}, {{LOCATION:Banani}}, {{LOCATION:Dhaka}}-{{LOCATION:1213}}
Slip no. {{OTHER_ID:GCC-BD-2025-0817733}}   Passport no. {{OTHER_ID:EE0555218}}
Name: {{NAME:Md. Rafiqul Islam}}   Father: {{NAME:Abdul Matin Sarkar}}   DOB: {{DATE:12/04/1996}}
Permanent address: Vill. {{LOCATION:Char Fasson}}, P.O. {{LOCATION:Char Fasson}}, Upazila {{LOCATION:Char Fasson}}, Dist. {{LOCATION:Bhola}}
Destination: Saudi Arabia (construction). Chest X-ray: NAD. HBsAg neg. HIV neg. VDRL neg. Malaria film neg.
Fingerprint capture ID: {{BIOMETRIC:FP-BD-0817733-R1}}   Photo: {{PHOTO:0817733_passport.jpg}}
Result: FIT. Examined by Dr. {{NAME:Nusrat Jahan}} on {{DATE:09.02.2025}}.
Referral agent (dalal) {{NAME:Kamal Hossain}} brought 6 candidates from {{LOCATION:Bhola}} that day, including {{NAME:Md. Shahidul Alam}} and {{NAME:Abul Kalam Azad}}.
Radiographer: {{NAME:Sabbir Rahman}}. Lab: {{NAME:Moushumi Das}}. Verification: {{URL:https://wafid.example.com/check/0817733}}.
Iris image reference (for GCC biometric database): {{BIOMETRIC:IRS-BD-0817733-L}}. Results fax to the recruiting agency: {{FAX:02-555-88174}}.
`,
  },
  {
    id: 't25-036',
    kind: 'upazila health complex referral (Bangladesh, haor area)',
    text: `
{{LOCATION:Upazila Health Complex, Derai}}, {{LOCATION:Sunamganj}}   Referral to {{LOCATION:Sylhet MAG Osmani Medical College Hospital}}
Date {{DATE:22/06/2025}}  Reg. {{MRN:UHC-DR-25-04412}}
Name: Mst. {{NAME:Rokeya Begum}}, 60 F, W/o late {{NAME:Abdul Jalil}}
Address: Vill. {{LOCATION:Rafinagar}}, Union {{LOCATION:Rafinagar}}; reached by boat from {{LOCATION:Shyamarchar}} bazaar ghat
Dx: acute ischaemic stroke? R hemiplegia since morning, BP 200/110. Onset beyond thrombolysis window (by boat 4 h).
Attendant: son {{NAME:Jamal Uddin}} {{PHONE:01715-550321}}; daughter-in-law {{NAME:Shirin Akter}}.
Referred by: Dr. {{NAME:Tanvir Ahmed Chowdhury}}, MO (BMDC {{LICENSE:A-55218}})
Onward note from {{LOCATION:Sylhet}}: the neurology registrar Dr {{NAME:Farhana Yasmin}} admitted her to Ward 9.
Aspirin and atorvastatin started; NG tube. Her grandson {{NAME:Rifat}} stays as attendant.
`,
  },
  {
    id: 't25-037',
    kind: 'free dialysis programme enrolment (Pakistan, Karachi)',
    text: `
{{LOCATION:Sindh Institute of Urology and Transplantation}} - DIALYSIS PROGRAMME ENROLMENT
Reg. no. {{MRN:SIUT-HD-25-11873}}   Date: {{DATE:03-Nov-2025}}
Name: {{NAME:Gul Bano}} D/o {{NAME:Khair Muhammad Baloch}}   Age 29   CNIC {{OTHER_ID:42401-5552187-6}}
Address: House {{LOCATION:C-118}}, Sector {{LOCATION:11-A}}, {{LOCATION:Orangi Town}}, {{LOCATION:Karachi}}; native village {{LOCATION:Goth Allah Bux Jamali}}, {{LOCATION:Thatta}}
AV fistula created {{DATE:28/10/2025}} by Dr {{NAME:Ayesha Siddiqa Memon}}. Schedule: Mon/Thu 2nd shift, machine {{DEVICE:FMC-4008S-5A1172}}.
Guardian: brother {{NAME:Zulfiqar Ali}} {{PHONE:0321 5550974}}. Social worker: {{NAME:Parveen Shaikh}}.
Zakat committee member Haji {{NAME:Abdul Sattar Memon}} sponsors her transport. Previous dialysis at {{LOCATION:Civil Hospital Karachi}}.
Mother {{NAME:Zainab Khatoon}} came from {{LOCATION:Thatta}} by bus; uncle {{NAME:Rasool Bux}} is the donor candidate (HLA typing sent {{DATE:05/11/2025}}).
`,
  },
];
