// Held-out notes, part 1. Markup: {{TYPE:text}} marks a gold span; everything else is plain text.
export default [
// 1 SOAP note, family medicine
`S: 58M here for f/u of T2DM and HTN. Pt states "sugars been ok, 140s fasting". Wife {{NAME:Rosa}} manages meds. Denies CP/SOB. Quit smoking 2016.
O: BP 142/88, HR 76, T 36.8, SpO2 98% RA, wt 96.4 kg. Monofilament 10/10 sites intact b/l. A1c 7.9 (prev 8.4 in 2023).
A: T2DM (E11.65), suboptimal. HTN (I10).
P: metformin 1000 mg BID, add empagliflozin 10 mg daily. RTC 3 mo. Labs before next visit on {{DATE:6/14}}.
-- {{NAME:Hector Villanueva-Ruiz}}, NP`,

// 2 ICU shorthand
`ICU D4 {{NAME:okonkwo}}, 71F. Septic shock 2/2 CAP. o/n: NE 0.08 -> 0.04, vaso off 0300. MAP 65-72. AC 14/450/+8/40%, P/F 210. UOP 35 ml/h. Lac 1.9 (2.8). Cr 1.6. Cx: S. pneumo pan-S. CTX d4/7. ABG 7.36/41/88. GCS E3VtM6. RASS -1. Plan SBT in AM. Dtr {{NAME:Chioma}} (HCP) updated by phone {{PHONE:+234 803 555 0172}}. -{{NAME:AR}}/{{NAME:Dmitriev}}`,

// 3 ED triage
`TRIAGE 14:22  ESI 2
CC: "my chest feels tight" x 2h
Pt {{NAME:Tran Van Duc}}, 64M, brought by son {{NAME:Tran Minh}} from home ({{LOCATION:Apt 4C, 1187 Bellweather Rd}}, {{LOCATION:Garden Grove}}, CA {{LOCATION:92840}}). Pain 7/10, radiates L arm. HR 104, BP 168/96, RR 22, SpO2 95%. Hx MI 2019, stents x2. ASA 324 mg given in triage. ECG to MD @14:25. Pref language Vietnamese, phone interpreter used.`,

// 4 Operative note
`OPERATIVE REPORT
Date of surgery: the {{DATE:3rd of March 2025}}
Surgeon: {{NAME:Magdalena Kowalczyk}}, MD, FACS   Assistant: {{NAME:Samuel Adeyemi}}, PA-C
Anesthesia: GETA, {{NAME:J. Whitfield}}, CRNA. ASA III.
Preop dx: Acute cholecystitis. Postop dx: Same, gangrenous.
Procedure: Laparoscopic cholecystectomy (CPT 47562).
Findings: Distended GB, Calot's triangle inflamed, critical view of safety obtained. EBL 50 mL. Specimen to path. 0.5% bupivacaine 20 mL at port sites. 4-0 Monocryl. Pt to PACU in stable condition at 10:47.`,

// 5 British discharge letter to GP
`{{LOCATION:St Aldhelm's Hospital}}
{{LOCATION:Wexcombe Road}}, {{LOCATION:Salisbury}} {{LOCATION:SP2 7QH}}

Dr {{NAME:F. Pemberton}}
{{LOCATION:Harnham Surgery}}, {{LOCATION:22 Coombe Lane}}, {{LOCATION:Salisbury}} {{LOCATION:SP2 8BX}}

Re: Mrs {{NAME:Edith Margaret Harcourt}}, DOB {{DATE:02/11/1931}}, NHS No {{OTHER_ID:943 476 5919}}
Admitted {{DATE:04/02/2025}}, discharged {{DATE:11/02/2025}}

Dear Dr {{NAME:Pemberton}},
This {{AGE_OVER_89:ninety-three}} year old lady was admitted following a mechanical fall with a # NOF (right), treated with hemiarthroplasty on {{DATE:05/02/2025}}. She mobilised with a Zimmer frame and physio. Hb nadir 88 g/L, transfused 1 unit. Na 131. eGFR 41. Please repeat U&Es in 1/52 and review her bisoprolol 2.5 mg OD. She lives with her daughter {{NAME:Ann}} in {{LOCATION:Laverstock}}.
Yours sincerely,
{{NAME:Priya Raman}}, ST5 Orthogeriatrics, GMC {{LICENSE:7123456}}`,

// 6 patient portal message, lower case
`hi dr {{NAME:lindqvist}} its {{NAME:maria fernanda lopez}} (dob {{DATE:3/8/90}}) my rash is back on both arms since saturday. the cream from {{DATE:jan 12}} isnt helping. can i get something stronger?? also my new cell is {{PHONE:562.555.0148}} and email {{EMAIL:mflopez90@example.net}}. thx`,

// 7 lab report
`{{LOCATION:NORTHGATE REFERENCE LABORATORY}}  CLIA 05D0642827
Accession: {{OTHER_ID:NRL-25-118830}}   Collected: {{DATE:2025-03-03}}T10:15   Received: {{DATE:2025-03-03}}T11:02
Patient: {{NAME:KOWALSKI, ZBIGNIEW}}   DOB: {{DATE:1948-07-19}}   Sex: M   MRN: {{MRN:00438812}}
Ordering: {{NAME:NAKAMURA, KEIKO}} MD
TEST            RESULT   FLAG  UNITS      REF
Sodium          138            mmol/L     135-145
Potassium       5.6      H     mmol/L     3.5-5.1
Creatinine      2.14     H     mg/dL      0.70-1.30
eGFR            31       L     mL/min/1.73m2
HbA1c           6.2      H     %          4.0-5.6
TSH             3.11           mIU/L      0.45-4.50
Comment: Potassium repeated, specimen not hemolyzed. Called to RN {{NAME:Beaulieu}} at 12:41 by {{NAME:TG}}.`,

// 8 radiology with device serials
`CT CHEST W/O CONTRAST
Exam date: {{DATE:Mar 14, 2025}}  Acc# {{OTHER_ID:RAD8841207}}
Clinical: 79F, dyspnea. Prior {{DATE:11/2023}}.
Technique: Axial 1.25 mm. DLP 312 mGy-cm.
Findings: Dual-chamber pacemaker, left chest, leads in RA/RV (device serial {{DEVICE:PJN883104S}}). 6 mm RUL nodule (series 3, image 88), stable. No effusion. Mild emphysema. T8 compression deformity, chronic.
Impression: Stable 6 mm nodule; Fleischner: no follow-up needed. Lung-RADS 2.
Dictated by {{NAME:Oluwaseun Bakare}}, MD`,

// 9 pharmacy note with DEA
`PHARMACY INTERVENTION
Rx from Dr. {{NAME:Tomasz Zielinski}}, DEA {{LICENSE:BZ4829163}}, for oxycodone 5 mg q6h PRN #40 — exceeds 7-day limit. Called office {{PHONE:(718) 555-0193 ext 204}}, spoke w/ {{NAME:Brenda}}. Changed to #28. PDMP checked: 2 fills in last 90 days from {{LOCATION:Bayside Pharmacy}}. CrCl ~38 mL/min; renally adjust gabapentin 300 mg TID -> 300 mg BID. Pt counselled re: naloxone. — {{NAME:K. Osei}}, PharmD`,

// 10 insurance letter
`{{LOCATION:Cascade Mutual Health Plan}}
{{LOCATION:PO Box 3310}}, {{LOCATION:Spokane}}, WA {{LOCATION:99220-3310}}

{{DATE:April 2, 2025}}

{{NAME:Yolanda Pérez-Castillo}}
{{LOCATION:4410 N Maple St Apt 12}}
{{LOCATION:Yakima}}, WA {{LOCATION:98901}}

Member ID: {{HEALTH_PLAN:CMH 882 104 337-01}}
Claim #: {{ACCOUNT:2025-0331-77841}}

Dear Ms. {{NAME:Pérez-Castillo}}:
We reviewed the request from {{NAME:Daniel Ostrowski}}, MD for MRI lumbar spine (CPT 72148). This service is approved for dates of service {{DATE:04/07/2025}} through {{DATE:07/06/2025}}. Questions? Call Member Services at {{PHONE:1-800-555-0134}} (TTY 711).`,

// 11 chat messages between clinicians
`[07:02] {{NAME:nkechi}}: bed 14 overnight ok? 
[07:03] {{NAME:j.morales}}: yeah. mrs {{NAME:abiodun}} spiked 38.4 at 2am, cultures sent, started pip-tazo 4.5g q6
[07:03] {{NAME:j.morales}}: also mr {{NAME:wu}} in 9 wants to talk to dr {{NAME:haddad}} about the scan
[07:05] {{NAME:nkechi}}: k. family for 14 calling from lagos, daughter {{NAME:funmi}} {{PHONE:+234 1 555 0199}}
[07:06] {{NAME:j.morales}}: 👍 handover done`,

// 12 Spanish-named ED note
`ED PROVIDER NOTE
{{NAME:José Luis Gutiérrez Ramírez}}, 45 y/o M, presents after fall from ladder ~2 m at work (roofing job in {{LOCATION:Pico Rivera}}). GCS 15. C-spine cleared by NEXUS. L wrist deformity; XR: distal radius fx, dorsally angulated 25°. Closed reduction under hematoma block (1% lidocaine 10 mL). Post-reduction XR acceptable. Splint. NV intact. Tdap updated. f/u ortho Dr. {{NAME:Salas}} 5-7 days. Wife {{NAME:Guadalupe}} at bedside. Employer workers' comp claim {{ACCOUNT:WC-8830192}}.`,

// 13 Nigerian-named referral
`REFERRAL — CARDIOLOGY
To: Dr {{NAME:Adaeze Nwosu-Bright}}, {{LOCATION:Lakeshore Heart Institute}}
From: Dr {{NAME:Emeka Chukwuemeka}}
Patient: Mrs {{NAME:Folasade Ogunleye}} (MRN {{MRN:LH-0092214}}), 52F
Reason: palpitations, Holter showed 14% PVC burden. Echo {{DATE:20 Jan 2025}}: EF 45%, mild LV dilatation. TSH normal. K 4.1, Mg 0.8. On bisoprolol 5 mg. Family hx: brother {{NAME:Tunde}} SCD at age 38. Please assess for ablation. Pt prefers contact via WhatsApp {{PHONE:+44 7700 900461}}.`,

// 14 nursing shift note, geriatric
`NSG 19-07: Pt is {{AGE_OVER_89:94}}yo F, A&Ox2 (baseline per son {{NAME:Gerald}}). Sundowning ~2200, redirected. Hoyer transfer. Braden 13. Sacral stage 2 PI 2x1.5 cm, foam dsg changed. Voided x3, incont x1. Intake 600 mL. Fall precautions, bed alarm on. Son will visit Thurs {{DATE:5/22}} after 1800. Call bell in reach.`,

// 15 Polish-named outpatient neurology
`NEUROLOGY CLINIC
Pt: {{NAME:Łukasz Wójcik}}, 33M. Referred by Dr. {{NAME:Agnieszka Lewandowska}}.` + `
HPI: Episodes of R arm tingling + speech arrest lasting 30-60 s, 3/week since {{DATE:Mar '24}}. EEG {{DATE:5/2/24}}: L temporal sharp waves. MRI brain: L mesial temporal sclerosis. No febrile seizures. Works as a forklift driver at the port in {{LOCATION:Tacoma}} — advised no driving per WA law.
Exam: CN II-XII intact, power 5/5 throughout, reflexes 2+, Babinski neg, Romberg neg.
Plan: levetiracetam 500 mg BID, titrate to 1000 BID. Seizure diary. Review 8 wk.`,

// 16 Chinese-named postpartum note
`POSTPARTUM DAY 2
{{NAME:Zhang Xiaoling}}, 31 y/o G2P2, s/p NSVD {{DATE:9/9}} at 04:12 of a live female, APGAR 8/9, wt 3.21 kg. EBL 350. 2nd degree lac repaired. Fundus firm, 1 cm below umbilicus. Lochia rubra mod. Breastfeeding well, LC consult done. Hgb 10.2. Rh+. Rubella immune. Husband {{NAME:Li Wei}} present; MIL {{NAME:Wang Fang}} visiting from {{LOCATION:Chengdu}}. Plan d/c home tomorrow, f/u Dr. {{NAME:Hsu}} 6 wks.`,

// 17 Arabic-named cardiology consult
`CARDIOLOGY CONSULT
Requested by: Dr. {{NAME:Leila Haddad}} (hospitalist)` + `
Patient: {{NAME:Mohammed Abdulrahman Al-Farsi}}, 67 y.o. man
Reason: new AF with RVR, HR 140s.
HPI: Returned {{DATE:14/03}} from {{LOCATION:Muscat}}. CHA2DS2-VASc 3, HAS-BLED 1. TTE: LVEF 55%, LA 4.4 cm. TSH 0.9.
Rec: diltiazem gtt 5 mg/h -> PO 30 mg q6h; apixaban 5 mg BID. Consider TEE/DCCV if persistent. Will follow.
{{NAME:Omar Suleiman}}, MD — pager 4471`,

// 18 discharge summary US hospital, address w/ unit
`DISCHARGE SUMMARY — {{LOCATION:Mercy Saint Brendan Medical Center}}
Name: {{NAME:Harold T. Brzezinski}}          MRN: {{MRN:MSB-7720418}}          Acct: {{ACCOUNT:900314552}}
Adm: {{DATE:02/27/25}}   D/C: {{DATE:03/04/25}}
Address: {{LOCATION:1550 Lindenwood Ave, Unit 3B}}, {{LOCATION:Toledo}}, OH {{LOCATION:43614}}
PCP: {{NAME:Renee Castellanos}}, DO
Dx: NSTEMI (I21.4), s/p PCI to LAD {{DATE:2/28}}. HFrEF EF 35%. CKD 3a.
Meds: ASA 81, ticagrelor 90 BID x12 mo, atorvastatin 80, metoprolol succinate 50, sacubitril/valsartan 24/26 BID.
Follow-up: Cardiology clinic {{DATE:3/18/25}} 9:40 AM; cardiac rehab referral sent.`,

// 19 dental note
`DENTAL
{{NAME:Kayla Whitehorse}}, 27F. Chief complaint: pain #19 x 1 wk. Pulp test neg #19, perc +. PA radiograph: periapical radiolucency 4 mm. Dx: pulpal necrosis w/ symptomatic apical periodontitis (K04.1). Tx: initiated RCT #19, 2 carpules 4% articaine 1:100k epi. Rx amoxicillin 500 mg TID x7d. Next appt {{DATE:Oct 7}} 2:30 pm. Provider Dr. {{NAME:Nasser}}.`,

// 20 psychiatry intake
`PSYCHIATRIC INTAKE
ID: {{NAME:Dariusz}} (prefers "{{NAME:Darek}}"), 41, divorced, lives in {{LOCATION:Hamtramck}}. Works nights at a warehouse store in {{LOCATION:Dearborn}}.
HPI: low mood since his mother {{NAME:Halina}} died in {{DATE:August 2024}}. PHQ-9 = 19, GAD-7 = 12. Passive SI, no plan/intent. Drinks 6-8 beers/night. AUDIT-C 9. No prior admissions. Sister {{NAME:Ewa Nowicka}} ({{PHONE:313-555-0164}}) aware.
MSE: dishevelled, psychomotor slowing, mood "empty", affect constricted, TP linear, no AH/VH.
Plan: sertraline 50 mg, CIWA monitoring, IOP referral, safety plan completed.`,
];
