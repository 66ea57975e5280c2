// train12 notes 7: cross-border letters and hospital paperwork: billing and deposit slips, insurer and embassy
// correspondence, e-referral portals, biometric registration, a medical-tourism package, a US citizen treated abroad.
export default [
  {
    id: 't12-055',
    kind: 'final bill and discharge clearance (India, corporate hospital)',
    text: `
{{LOCATION:Kokilaben Dhirubhai Ambani Hospital}}, {{LOCATION:Four Bungalows}}, {{LOCATION:Andheri West}}, {{LOCATION:Mumbai}} {{LOCATION:400053}}
FINAL BILL / DISCHARGE CLEARANCE     Bill date {{DATE:28-Aug-2025}}
Patient: Mrs. {{NAME:Shobha Ramesh Kulkarni}}   UHID {{MRN:KDAH.0055801827}}   IP Bill No. {{ACCOUNT:IPB/25/0918834}}
Deposit receipt {{ACCOUNT:DR-25-441902}} (Rs 2,00,000 by NEFT from {{NAME:Ramesh Kulkarni}}, A/c {{ACCOUNT:50100555018273}})
TPA: Medi Assist, policy {{HEALTH_PLAN:STAR/FHO/555/2025/01893}}, pre-auth {{OTHER_ID:MA-PA-25-8832014}}
Address on file: {{LOCATION:B-1204, Lok Everest}}, {{LOCATION:J. S. Dosa Road}}, {{LOCATION:Mulund West}}, {{LOCATION:Mumbai}} {{LOCATION:400080}}
Procedure: CABG x 3 on {{DATE:19-Aug-2025}} by Dr. {{NAME:Nandkishore Kapadia}}.
Aadhaar (masked): {{OTHER_ID:XXXX XXXX 5518}}. Billing desk {{PHONE:022 5555 8100}}, fax {{FAX:022 5555 8109}}, {{EMAIL:billing.desk@example.in}}
Online payment link: {{URL:https://pay.example.in/kdah/IPB250918834}}
`,
  },
  {
    id: 't12-056',
    kind: 'medical report for embassy (US citizen treated in Ghana)',
    text: `
{{LOCATION:Nyaho Medical Centre}}, {{LOCATION:35 Aviation Road}}, {{LOCATION:Airport Residential Area}}, {{LOCATION:Accra}}
To: American Citizen Services, {{LOCATION:U.S. Embassy Accra}}                                    {{DATE:2 October 2025}}
Re: {{NAME:Desmond Kwame Whitfield}}, US citizen, DOB {{DATE:11/03/1958}}, passport {{OTHER_ID:A55501827}}, SSN {{SSN:000-55-1827}}
Mr. {{NAME:Whitfield}}, visiting relatives in {{LOCATION:Cape Coast}} ({{LOCATION:Abura}}, near the {{LOCATION:Abura Presby Church}}), was admitted
{{DATE:24/09/2025}} with a right MCA stroke. He needs air ambulance repatriation to {{LOCATION:Emory University Hospital}}, {{LOCATION:Atlanta}}.
Medicare beneficiary ID {{HEALTH_PLAN:1EG4-TE5-MK72}}. Our invoice {{ACCOUNT:NMC-INV-25-77310}} (USD 14,800).
His sister Ms. {{NAME:Loretta Whitfield-Boateng}}: {{PHONE:+1 404 555 0188}}, {{EMAIL:lwboateng@example.com}}.
Dr. {{NAME:Kojo Amponsah-Bediako}}, Neurologist, fax {{FAX:+233 30 555 0299}}
His cousin {{NAME:Araba Whitfield-Essel}} holds power of attorney; pastor {{NAME:Ebenezer Quaye}} visited.
`,
  },
  {
    id: 't12-057',
    kind: 'e-referral portal record (Malaysia, with audit trail)',
    text: `
e-Rujukan record {{OTHER_ID:ER-MY-2025-0091883}}   created {{DATE:15/07/2025}} 10:42 from workstation IP {{IP:192.0.2.114}}
Referring: {{LOCATION:Klinik Kesihatan Bandar Baru Bangi}}; Receiving: {{LOCATION:Hospital Canselor Tuanku Muhriz UKM}}, {{LOCATION:Cheras}}
Patient: {{NAME:Tan Mei Ling}} (Chinese name order: Tan = surname), 47, MyKad {{OTHER_ID:780311-14-5562}}
Address: {{LOCATION:No. 8}}, {{LOCATION:Jalan 7/3}}, {{LOCATION:Seksyen 7}}, {{LOCATION:43650 Bandar Baru Bangi}}
Reason: breast lump 3 cm, BIRADS 5 on mammogram at {{LOCATION:KPJ Kajang}}. Images: {{PHOTO:MMG_TanML_20250714_CC.dcm}}, {{PHOTO:MMG_TanML_20250714_MLO.dcm}}
Viewed by Dr. {{NAME:Ahmad Faiz bin Zulkifli}} {{DATE:16/07/2025}} 08:03 from {{IP:198.51.100.27}}; appointment booked.
Link: {{URL:https://erujukan.example.my/case/ER-MY-2025-0091883}}
Clinic team: Dr. {{NAME:Lee Chee Keong}}, SN {{NAME:Norazlina binti Hassan}}. Husband {{NAME:Wong Kok Leong}}; daughter {{NAME:Wong Jia Yi}} is a pharmacist.
`,
  },
  {
    id: 't12-058',
    kind: 'biometric registration and OPD card (Kenya, county referral hospital)',
    text: `
{{LOCATION:Nakuru Level 5 Hospital}} - Registration / OPD card        {{DATE:06/03/2025}}
Name: {{NAME:Cherono Mercy Jepkosgei}}   ID No. {{OTHER_ID:25551830}}   OP No. {{MRN:NKR-OP-25-091827}}
Residence: {{LOCATION:Kaptembwo}}, {{LOCATION:Nakuru West}} sub-county; landmark {{LOCATION:Kaptembwo Chief's Camp}}
SHA member {{HEALTH_PLAN:SHA-55-018-2739}}; fingerprint enrolled {{BIOMETRIC:FPR-NKR-0091827-L1}}; face photo {{PHOTO:NKR_reg_091827.jpg}}
M-Pesa paybill account {{ACCOUNT:555018#NKR091827}}.
Triage: BP 158/102, pulse 88, T 36.6. c/o headaches. Known on Amlodipine from {{LOCATION:Bondeni Health Centre}}.
Next of kin: husband {{NAME:Kiptoo Kibet}}, {{PHONE:0711 555 028}}.
Clinician: {{NAME:Wafula Peter}}, Clinical Officer, COC reg. {{LICENSE:COC-55183}}
Triage nurse: {{NAME:Jeruto Lagat}}. Daughter {{NAME:Chelangat}} attends {{LOCATION:Kaptembwo Primary School}}.
`,
  },
  {
    id: 't12-059',
    kind: 'medical tourism package letter (Turkey to Azerbaijan patient, hair transplant and dental)',
    text: `
{{LOCATION:Memorial Sisli Hospital}}, {{LOCATION:Piyalepasa Bulvari No. 4}}, {{LOCATION:Sisli}}, {{LOCATION:Istanbul}}
International Patient Centre - treatment summary     {{DATE:30.05.2025}}
Patient: {{NAME:Aliyev Rashad Elman oglu}}, from {{LOCATION:Ganja}}, passport {{OTHER_ID:C05551830}}
Transfer from {{LOCATION:Istanbul Airport}} by clinic car {{VEHICLE:34 ABC 555}}; hotel {{LOCATION:Radisson Blu Sisli}}.
Procedures: FUE hair transplant 3,200 grafts ({{DATE:27.05.2025}}); 8 zirconia crowns. Before/after photos: {{PHOTO:aliyev_fue_pre.heic}}, {{PHOTO:aliyev_fue_day3.heic}}.
Invoice {{ACCOUNT:MSH-INT-2025-04418}}, paid by card. Aftercare portal {{URL:https://care.example.com.tr/p/aliyev-r}}.
Coordinator: {{NAME:Gunel Mammadova}} (speaks Azerbaijani), WhatsApp {{PHONE:+90 555 018 2743}}, {{EMAIL:gunel.m@example.com.tr}}
Dental surgeon: Dt. {{NAME:Selin Aksoy}}; hair team lead: {{NAME:Ugur Tekin}}. Brother {{NAME:Farid Aliyev}} travelled with him.
`,
  },
  {
    id: 't12-060',
    kind: 'insurer correspondence (Nigeria HMO, fax cover)',
    text: `
FAX COVER - {{LOCATION:Reddington Hospital}}, {{LOCATION:12 Idowu Martins Street}}, {{LOCATION:Victoria Island}}, {{LOCATION:Lagos}}
To: Claims Unit, Hygeia HMO    Fax {{FAX:01 555 2740}}    From: Billing, fax {{FAX:01 555 2299}}    {{DATE:18/11/2025}}
Enrollee: {{NAME:Okafor Chinedu Emmanuel}}, enrollee ID {{HEALTH_PLAN:HYG/0555/18273/01}}, employer {{LOCATION:Dangote Cement, Obajana}}
Authorisation code {{OTHER_ID:PA-HYG-25-55102}} for laparoscopic appendicectomy on {{DATE:15/11/2025}}; claim {{ACCOUNT:RH-CLM-25-3318}}.
Surgeon: Dr. {{NAME:Babajide Ogunbiyi}}. Patient's address: {{LOCATION:Flat 3}}, {{LOCATION:Block 14}}, {{LOCATION:Dolphin Estate}}, {{LOCATION:Ikoyi}}.
Histology: acute suppurative appendicitis, Enterobius vermicularis seen.
Contact: {{NAME:Funmi Adeleke}}, claims officer, {{PHONE:0809 555 1204}}
cc: Dr. {{NAME:Ebere Uchenna-Okeke}} (MD), {{NAME:Yetunde Bakare}} (HMO desk). Wife {{NAME:Adaeze Okafor}} countersigned.
`,
  },
  {
    id: 't12-061',
    kind: 'discharge summary (Pakistan, US dual national, SSN on insurance form)',
    text: `
{{LOCATION:Aga Khan University Hospital}}, {{LOCATION:Stadium Road}}, {{LOCATION:Karachi}} {{LOCATION:74800}}
DISCHARGE SUMMARY       MR# {{MRN:AKU-555-01-82}}       Acct {{ACCOUNT:AKU-IP-25-441908}}
Patient: {{NAME:Syed Imran Hussain Rizvi}}, 64 M, US/PK dual national; SSN {{SSN:000-41-8832}} (for US insurer claim)
Local address: {{LOCATION:House D-47}}, {{LOCATION:Block 5}}, {{LOCATION:Clifton}}, {{LOCATION:Karachi}}; US: {{LOCATION:2210 Maple Ridge Dr}}, {{LOCATION:Naperville}}, IL {{LOCATION:60565}}
Admitted {{DATE:1 Nov 2025}}, discharged {{DATE:8 Nov 2025}}.
Dx: Crimean-Congo haemorrhagic fever ruled out; severe dengue with plasma leakage; recovered.
Insurer: Blue Cross PPO member {{HEALTH_PLAN:XEH555018273}}. Brother {{NAME:Syed Kamran Rizvi}} {{PHONE:0321 555 7719}}.
Records released via {{URL:https://records.example.pk/r/7f2c91}} to {{EMAIL:irizvi.family@example.com}}.
Consultant: Dr. {{NAME:Bushra Jamil}}
`,
  },
  {
    id: 't12-062',
    kind: 'clinic letter with palm-vein check-in (Philippines, private hospital)',
    text: `
{{LOCATION:St. Luke's Medical Center - Global City}}, {{LOCATION:Rizal Drive}}, {{LOCATION:Taguig}}
Oncology Clinic letter     {{DATE:September 4, 2025}}
Patient: {{NAME:Evangeline "Vangie" Soriano-Lim}}, 49; check-in palm-vein ID {{BIOMETRIC:PV-SLMC-55018273}}
Address: {{LOCATION:Unit 14C, One Serendra}}, {{LOCATION:Bonifacio Global City}}; province home {{LOCATION:Vigan City}}
HMO: Maxicare {{HEALTH_PLAN:MXC-555-0182-7731}}. Account {{ACCOUNT:SLMC-GC-OP-9180012}}.
ER+/HER2- breast cancer on Anastrozole; bone density T-score -2.6, start Zoledronic acid. Her husband {{NAME:Wilfredo Lim}}
and daughter {{NAME:Hope}} attended. Summary e-mailed to {{EMAIL:vangie.sl@example.ph}}.
Patient portal login from {{IP:203.0.113.91}} flagged and confirmed by patient.
Dr. {{NAME:Ma. Cristina Velasco-Tan}}, MD, FPCP. Tel {{PHONE:(02) 8555 0821}}, fax {{FAX:(02) 8555 0822}}
Oncology nurse navigator {{NAME:Joy Dimaculangan}}; pharmacist {{NAME:Mark Anthony Reyes}}. Sister {{NAME:Luzviminda Soriano}} in {{LOCATION:Laoag}}.
`,
  },
  {
    id: 't12-063',
    kind: 'referral with voice-verified phone consent (Brazil, telehealth)',
    text: `
{{LOCATION:Hospital Israelita Albert Einstein}}, {{LOCATION:Morumbi}}, {{LOCATION:Sao Paulo}} - Telemedicina
Referral / teleconsulta summary   {{DATE:10/10/2025}}
Patient: {{NAME:Kauan Henrique Ferreira Nunes}}, 17, from {{LOCATION:Parintins}}, AM, connected from {{LOCATION:UBS Itauna II}}
Guardian consent by phone, voiceprint {{BIOMETRIC:VP-EIN-55018-2025}}; mother {{NAME:Edileuza Ferreira}}, {{PHONE:(92) 9 5555-1827}}
Session IP {{IP:198.51.100.203}}; recording {{URL:https://tele.example.com.br/s/kfn-1010}}.
Findings: acute rheumatic fever, Jones criteria met (carditis, polyarthritis); echo: mitral regurgitation moderate.
Benzathine penicillin every 21 days at UBS; Dr. {{NAME:Rafaela Souza Lins}}, CRM-AM {{LICENSE:8821}}.
Fax for TFD travel form: {{FAX:(92) 5555-3390}}. Account {{ACCOUNT:EIN-TELE-2025-55091}}.
Agente de saude {{NAME:Raimunda Tavares}} will give the injections; father {{NAME:Jocivaldo Nunes}} works on the river boats.
`,
  },
  {
    id: 't12-064',
    kind: 'expatriate worker repatriation summary (UAE worker from Nepal via Jordan hospital, SSN on US form)',
    text: `
{{LOCATION:Specialty Hospital}}, {{LOCATION:Jabal Amman}}, {{LOCATION:Amman}}
Medical repatriation summary     {{DATE:14/09/2025}}
Patient: {{NAME:Bahadur Gurung}} (given name Bahadur, family name Gurung), 39, of {{LOCATION:Pokhara}} Ward {{LOCATION:17}}, {{LOCATION:Kaski}}
Employer site: {{LOCATION:Aqaba Container Terminal}}. Also listed: US contractor badge {{OTHER_ID:ACT-555-8812}}, SSN {{SSN:000-22-5518}} (W-2 filer).
Dx: heat stroke with rhabdomyolysis (CK 48,000), AKI requiring 4 sessions of haemodialysis; recovered, creatinine 1.4.
Wristband fingerprint check {{BIOMETRIC:FP-SH-0918-22}}. Invoice {{ACCOUNT:SH-25-91882}}.
Escort to {{LOCATION:Tribhuvan International Airport}}: cousin {{NAME:Dil Kumari Gurung}}, {{PHONE:+977 985 555 0192}}.
Embassy liaison: labour.desk@example.np (service mailbox). Dr. {{NAME:Laith Khasawneh}}, fax {{FAX:+962 6 555 0119}}
`,
  },
];
