// train30 notes 2 (South Korea): a clinic referral letter, a long-term-care home record, a migrant farm worker's
// clinic record, a medical-tourism letter for a Kazakh patient, a health-screening result letter, a pharmacy DUR
// record, a family messenger thread (lower case), a haenyeo diving-injury transfer, a military service medical opinion.
export default [
  {
    id: 't30-010',
    kind: 'referral letter (Korea, jinryo uiroeseo)',
    text: `
JINRYO UIROESEO (REQUEST FOR CONSULTATION)
To: Department of Neurology, {{LOCATION:Seoul National University Bundang Hospital}}
From: {{LOCATION:Jeongja Family Medicine Clinic}}, {{LOCATION:3F, 17 Jeongjail-ro 239beon-gil}}, {{LOCATION:Bundang-gu}},
{{LOCATION:Seongnam-si}}, Gyeonggi-do {{LOCATION:13556}}   Tel {{PHONE:031-555-0128}}   Fax {{FAX:031-555-0129}}
Date: {{DATE:2024. 10. 22.}}

Patient: {{NAME:Park Soon-ja}} (F/76)   RRN {{SSN:480317-2555118}}
Address: {{LOCATION:Jeongja Hanyang Apt 104-dong 1202-ho}}, {{LOCATION:Jeongja-dong}}
NHIS no. {{HEALTH_PLAN:5-5550123456}}

Dear Professor {{NAME:Yoon Jae-hyuk}},
Mrs. {{NAME:Park}} has had resting tremor of the right hand for 8 months, with micrographia and slowness. UPDRS-III
by my count 24. No antipsychotics; she takes Norvasc 5 mg and Crestor 10 mg only. I would be grateful for your
assessment for Parkinson disease and DAT scan if indicated.
She comes with her son {{NAME:Choi Dong-wook}} ({{PHONE:010-5555-0172}}); her daughter-in-law {{NAME:Nguyen Thi Lan}} is
the main carer and speaks Korean and Vietnamese.
Dr. {{NAME:Han Seo-yeon}}, family medicine, licence no. {{LICENSE:95512}}
`,
  },
  {
    id: 't30-011',
    kind: 'long-term-care home record (Korea)',
    text: `
{{LOCATION:Haeppit Yoyangwon}} (long-term care facility), {{LOCATION:58 Sinjeong-ro}}, {{LOCATION:Yangcheon-gu}}, {{LOCATION:Seoul}}
Monthly doctor's round: {{DATE:2025-nyeon 1-wol 9-il}}   Contract physician: Dr. {{NAME:Kang Min-seok}}

Resident: {{NAME:Jeon Geum-ok}}, {{AGE_OVER_89:93}}F, LTC grade 2 (certificate {{HEALTH_PLAN:L5550448712}})
Room 305, bed B. Guardian: eldest daughter {{NAME:Jeon Hye-sook}}, {{PHONE:010-5555-0139}}; grandson {{NAME:Summer Lim}} (in {{LOCATION:Vancouver}}).
Weight 38.2 kg (-1.1 kg/month). MNA-SF 6. Swallow: thickened fluids (IDDSI 2). Stage 2 sacral sore, Duoderm.
Behaviour: sundowning, shouts for her late husband {{NAME:Jeon Bong-su}}. No restraints.
Plan: dietitian {{NAME:Oh Ji-won}} to add ONS bid; CBC/alb next visit {{DATE:2/6}}. If fever, transfer to
{{LOCATION:Ewha Womans University Mokdong Hospital}} ER.
Care workers on duty: {{NAME:Seo Mal-soon}}, {{NAME:Tuyet Tran}}, {{NAME:Gulnara Abdullaeva}}.
Admin: resident RRN {{SSN:320104-2555116}}; guardian consent signed {{DATE:2024.12.30}} by {{NAME:Jeon Hye-sook}} and her brother
{{NAME:Jeon Young-chul}}. Social worker {{NAME:Yang Mi-rae}} arranged visits by the church choir of Deaconess {{NAME:Ha Soon-yi}}.
`,
  },
  {
    id: 't30-012',
    kind: 'migrant farm worker clinic record',
    text: `
{{LOCATION:Nonsan Migrant Workers' Free Clinic}} (Sundays at {{LOCATION:Nonsan Central Church}} annex)
{{DATE:2024.08.11}}   Volunteer doctor: {{NAME:Baek Seung-ho}}   Interpreters: {{NAME:Sokha Chan}} (Khmer), {{NAME:Dilshod}} (Uzbek)

1) {{NAME:Sreyneang Pov}}, 27F, Cambodia. Works in strawberry greenhouse at {{LOCATION:Yeonmu-eup}}. Alien reg. no. {{OTHER_ID:970412-6555301}}.
   Heat exhaustion x2 this week, 7 a.m.-6 p.m. in plastic house at 41 C. Advised ORS, breaks; employer contacted by
   {{NAME:Sokha}}. Lives in container dormitory at {{LOCATION:Gwangseok-myeon}}, {{LOCATION:Hangwol-ri 220}}.
2) {{NAME:Rustam Karimov}}, 33M, Uzbekistan, E-9 visa, ARC {{OTHER_ID:910203-5555127}}. Back pain after lifting; no red flags.
   Health insurance not enrolled - refer to {{LOCATION:Nonsan Public Health Center}} for free physio.
3) {{NAME:Bikram Gurung}}, 29M, Nepal. Tinea cruris. Clotrimazole cream.
Rice and kimchi donated by Pastor {{NAME:Kim}}; next clinic {{DATE:8/25}}.
Follow-up {{DATE:8/25}}: {{NAME:Sreyneang}} better; employer {{NAME:Choi Man-sik}} installed a shade net. {{NAME:Rustam}} asked about his
immigration fingerprint record ({{BIOMETRIC:KIS-FP-5550-2231}}) needed for visa extension - referred to the migrant centre lawyer {{NAME:Lim Ha-eun}}.
New volunteers: {{NAME:Hope Yoon}} (nurse), {{NAME:Bakhyt Zhunusov}} (Kazakh interpreter).
`,
  },
  {
    id: 't30-013',
    kind: 'medical-tourism letter (Kazakh patient in Seoul)',
    text: `
INTERNATIONAL HEALTHCARE CENTER, {{LOCATION:Asan Medical Center}}, {{LOCATION:88 Olympic-ro 43-gil}}, {{LOCATION:Songpa-gu}}, {{LOCATION:Seoul}}
To whom it may concern (for the {{LOCATION:Almaty}} insurer and the patient's oncologist)
{{DATE:March 4, 2025}}

Patient: {{NAME:Serikbayev Nurlan Yerlanovich}}, DOB {{DATE:11.02.1969}}, passport {{OTHER_ID:N55502718}} (Kazakhstan)
Admitted {{DATE:2025.02.17}} - discharged {{DATE:2025.03.03}}.
Diagnosis: gastric adenocarcinoma, cT3N1M0. Laparoscopic distal gastrectomy with D2 dissection by Dr. {{NAME:Lee Hyung-joon}}
on {{DATE:2/19}}. Pathology ypT3N1 (3/38). Recovery uneventful; drain removed POD 5.
Recommendation: adjuvant XELOX x 8 cycles at home under Dr. {{NAME:Akhmetova Gulmira Serikovna}}, {{LOCATION:Kazakh Institute of Oncology and Radiology}}.
CT scans on CD; viewer link {{URL:https://share.amc-intl.example.kr/c/5550271}}.
Accompanied by wife {{NAME:Aigerim}} and coordinator {{NAME:Tsetsegmaa Bold}} (Russian/Korean).
Hotel: {{LOCATION:Shilla Stay Jamsil}}. Invoice {{ACCOUNT:AMC-INT-25-05512}} paid by card.
Contact: {{EMAIL:ihc.russian@amc.example.kr}}, {{PHONE:+82 2-555-0107}}
`,
  },
  {
    id: 't30-014',
    kind: 'health-screening result letter (Korea)',
    text: `
NATIONAL HEALTH SCREENING RESULT NOTICE
{{LOCATION:KMI Gwanghwamun Health Promotion Center}}, {{LOCATION:Jongno-gu}}, {{LOCATION:Seoul}}
Examinee: {{NAME:Hwang Ye-rin}}   RRN {{SSN:910725-2555437}}   NHIS {{HEALTH_PLAN:1-5559917324}}
Exam date: {{DATE:2024-nyeon 11-wol 27-il}}   Mailing address: {{LOCATION:Mapo Raemian Prugio 112-dong 803-ho}},
{{LOCATION:Ahyeon-dong}}, {{LOCATION:Mapo-gu}}, {{LOCATION:Seoul}} {{LOCATION:04164}}

Results: BMI 22.4; BP 118/74; fasting glucose 96; total cholesterol 231, LDL 152 (borderline); AST/ALT 21/18;
eGFR 104; HBsAg negative, anti-HBs positive. Gastroscopy: chronic superficial gastritis, CLO test positive
(Helicobacter pylori) - eradication recommended (PPI + amoxicillin + clarithromycin, 14 days).
Pap smear: NILM. Mammography: BI-RADS 2.
Judgement: "normal B (caution)". Consult your doctor within 3 months.
Supplementary fee for endoscopic sedation transferred to account {{ACCOUNT:555-910-382211}} ({{NAME:Hwang}}).
Reviewing physician: {{NAME:Jung Tae-woo}}, MD
`,
  },
  {
    id: 't30-015',
    kind: 'community pharmacy DUR record',
    text: `
{{LOCATION:Dongnae Onnuri Pharmacy}}, {{LOCATION:122 Chungnyeol-daero}}, {{LOCATION:Dongnae-gu}}, {{LOCATION:Busan}}   Tel {{PHONE:051-555-0144}}
Dispensed {{DATE:2025.01.30}} 14:22   Pharmacist {{NAME:Ko Eun-bi}} (licence {{LICENSE:PH-55512}})

Patient: {{NAME:Moon Gil-dong}} 67M   Prescriber: Dr. {{NAME:Bae Jun-young}}, {{LOCATION:Dongnae Bongseng Hospital}}
Rx no. {{OTHER_ID:20250130-00555}}
- Plavix 75 mg 1T qd x 30
- Lipitor 20 mg 1T qhs x 30
- Nexium 20 mg 1T qd x 30
- Tylenol ER 650 mg prn
DUR alert: concurrent omeprazole-class PPI with clopidogrel -> called Dr. {{NAME:Bae}}, changed to Pantoloc 40 mg.
Also taking red ginseng and ginkgo from a shop in {{LOCATION:Seomyeon}}: counselled on bleeding risk.
Delivered by grandson {{NAME:Moon Ha-neul}}. Pickup signature on tablet.
`,
  },
  {
    id: 't30-016',
    kind: 'family messenger thread (lower case)',
    text: `
[family room: halmeoni hospital]
{{NAME:jiwoo}} ({{DATE:2025.05.02}} 08:14): halmeoni moved to 7th floor ward at {{LOCATION:chonnam national univ hospital}} last night
{{NAME:jiwoo}}: dr {{NAME:noh}} said the pneumonia is better, maybe discharge monday {{DATE:5/5}}
uncle {{NAME:sang-cheol}} (08:20): i'll drive down from {{LOCATION:daejeon}} saturday. is she still in 712?
{{NAME:mina}} unnie (08:31): yes 712 bed 3. bring her glasses, they're at the house in {{LOCATION:hwasun}}
{{NAME:jiwoo}}: the nurse ms. {{NAME:yang}} wants the guardian phone updated, i gave {{PHONE:010-5555-0191}}
{{NAME:david kwon}} (09:02): from {{LOCATION:la}}. sending money for the co-pay to {{NAME:mina}}'s kakao bank
{{NAME:mina}}: ok. her o2 was 93 this morning, eating rice porridge
uncle {{NAME:sang-cheol}}: tell her we'll go to {{LOCATION:unjusa temple}} when she's better
`,
  },
  {
    id: 't30-017',
    kind: 'diving-injury transfer note (Jeju haenyeo)',
    text: `
INTER-HOSPITAL TRANSFER NOTE
From: {{LOCATION:Seogwipo Medical Center}}, {{LOCATION:Seogwipo-si}}, Jeju   To: {{LOCATION:Jeju National University Hospital}}, {{LOCATION:Jeju-si}}
{{DATE:2024-07-14}} 16:05

Patient: {{NAME:Go Yang-sim}}, {{AGE_OVER_89:90}}F, haenyeo (free diver) of the {{LOCATION:Beophwan-dong}} divers' association
Found confused on the rocks at {{LOCATION:Beophwan port}} after 3 hours of diving for abalone. GCS 13, right arm weakness.
Suspected decompression illness vs stroke. Brain CT: no haemorrhage. For hyperbaric oxygen (US Navy Table 6) and MRI.
Transport: 119 ambulance {{VEHICLE:Jeju 33 ba 5517}}, O2 15 L NRB. Escort nurse {{NAME:Kim Bo-ra}}.
Dive partner {{NAME:Kang Chun-ja}} (86) says she surfaced quickly. Son {{NAME:Go Seong-min}} {{PHONE:010-5555-0115}} on the way from {{LOCATION:Namwon-eup}}.
Handover to Dr. {{NAME:Boo Ji-hoon}}, hyperbaric unit. Sending physician {{NAME:Yang Hee-kyung}}.
`,
  },
  {
    id: 't30-018',
    kind: 'military service medical opinion',
    text: `
MEDICAL OPINION FOR MILITARY SERVICE GRADE RE-EXAMINATION
To: {{LOCATION:Gyeongin Regional Military Manpower Office}}, {{LOCATION:Suwon-si}}
Examinee: {{NAME:Seo Jun-ho}}, born {{DATE:2004.09.03}}   Exam no. {{OTHER_ID:MMA-24-5553107}}
Address: {{LOCATION:Gwanggyo Jungheung S-Class 5501-dong 2304-ho}}, {{LOCATION:Yeongtong-gu}}, {{LOCATION:Suwon-si}}

Mr. {{NAME:Seo}} has been followed at our clinic since {{DATE:June 2022}} for recurrent left shoulder anterior dislocation
(5 episodes), Bankart lesion and Hill-Sachs on MRI {{DATE:2024.03.12}} (images {{PHOTO:MR_SEO_LSHOULDER_0312.dcm}}).
Arthroscopic Bankart repair {{DATE:2024.04.02}} by Dr. {{NAME:Song Ki-tae}}. Currently in rehabilitation; ROM 80%.
Opinion: not fit for active duty at present; re-examination after 6 months requested.
Father {{NAME:Seo Young-gil}} attended. {{LOCATION:Ajou Sports Orthopaedic Clinic}}, Dr. {{NAME:Song Ki-tae}} (licence {{LICENSE:77555}}).
`,
  },
];
