// heldout13 notes7: mixed layouts (h13-059..064); h13-062 has no PHI. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-059',
    kind: 'ALL-CAPS Saudi occupational injury notification',
    text: `
OCCUPATIONAL INJURY NOTIFICATION - {{LOCATION:KING FAHD HOSPITAL OF THE UNIVERSITY}}, {{LOCATION:AL KHOBAR}} - EMERGENCY DEPT
DATE {{DATE:14/11/2026}} ({{DATE:04/06/1448H}})   MRN {{MRN:KFHU-0441882}}
NAME {{NAME:MOHAMMAD RAFIQUL ISLAM}}   NATIONALITY BANGLADESH   AGE 31
IQAMA {{OTHER_ID:2441882071}}   BORDER NO {{OTHER_ID:3044188207}}   PASSPORT {{OTHER_ID:BN0418827}}   GOSI {{OTHER_ID:GS-77120418}}
INSURANCE MEMBER {{HEALTH_PLAN:44188207-01}} (CLASS C)
RESIDENCE {{LOCATION:LABOUR CAMP 7}}, {{LOCATION:2ND INDUSTRIAL CITY}}, {{LOCATION:DAMMAM}}   MOBILE {{PHONE:+966 55 550 4418}}
MECHANISM: FELL 3 M FROM SCAFFOLD AT SITE; BROUGHT IN COMPANY PICKUP PLATE {{VEHICLE:RSB 4418}} BY SUPERVISOR {{NAME:SAEED AL-GHAMDI}} ({{PHONE:+966 50 555 0771}})
FINDINGS: GCS 15, L DISTAL RADIUS FX, L CALCANEUS FX (BOHLER ANGLE 12 DEG). ADMIT ORTHO.
IDENTITY CONFIRMED BY FINGERPRINT (NIC) REF {{BIOMETRIC:FP-SA-441882071}}.
REPORTING PHYSICIAN DR {{NAME:NASSER AL-QAHTANI}}, SCFHS NO {{LICENSE:09-R-44188}}. FAX TO GOSI {{FAX:+966 13 555 0419}}.
`,
  },
  {
    id: 'h13-060',
    kind: 'lower-case text thread between a community health worker and a client',
    text: `
[sms export, chw {{NAME:lucia paz}} <-> client, {{LOCATION:paterson}} nj]
{{DATE:nov 18}} 10:02 client: hola {{NAME:lucia}} its {{NAME:mayra}} ({{NAME:mayra guaman}}) the hospital sent another bill for my son {{NAME:kevin}} acct {{ACCOUNT:77120418}}
{{DATE:nov 18}} 10:05 chw: hi {{NAME:mayra}}! send me a pic of the letter and {{NAME:kevin}}s medicaid number
{{DATE:nov 18}} 10:09 client: its {{HEALTH_PLAN:4418820715}} . pic {{PHOTO:IMG_4418.HEIC}}
{{DATE:nov 18}} 10:11 client: also they ask my ssn i only have last 4 from my husband {{SSN:0771}} and my cedula from ecuador {{OTHER_ID:0918820715}}
{{DATE:nov 18}} 10:15 chw: ok, charity care form is here {{URL:https://cc.stjosephsnj.example.org/apply?ref=MG4418}} , i can fill it with you thursday at {{LOCATION:118 market st apt 2}}?
{{DATE:nov 18}} 10:20 client: yes but after 4 bc i take mi abuela to dialysis at {{LOCATION:fresenius paterson}}, she is {{AGE_OVER_89:93}} now
{{DATE:nov 20}} 16:40 chw: visited. form done, uploaded. landlord mr {{NAME:ortega}} says heat fixed {{DATE:11/21}}. next: wic appt, {{PHONE:973-555-0188}}
`,
  },
  {
    id: 'h13-061',
    kind: 'Mongolian referral letter',
    text: `
REFERRAL LETTER - {{LOCATION:Chingeltei District Health Center}}, {{LOCATION:Ulaanbaatar}}, {{DATE:2026.11.05}}
To: Gastroenterology, {{LOCATION:First Central Hospital of Mongolia}}
Patient: {{NAME:Batbayar Oyunchimeg}} (F, 58), register no. {{OTHER_ID:UB68041882}}, health insurance book {{HEALTH_PLAN:SD4418207}}
Address: ger district, {{LOCATION:18th khoroo}}, {{LOCATION:Street 4, fence 118}}, {{LOCATION:Chingeltei District}}; mobile {{PHONE:+976 9555 0418}}
History: epigastric pain 3 months, weight loss 6 kg, H. pylori stool antigen positive, Hb 10.2 g/dL. Herder family, moved from {{LOCATION:Tsetserleg}} in 2019.
She cares for her mother {{NAME:Dulamsuren}}, aged {{AGE_OVER_89:90}}, at home.
Request: upper endoscopy with biopsy. Doctor {{NAME:Ganbold Enkhtuya}}, licence {{LICENSE:MN-H-04418}}, {{EMAIL:g.enkhtuya@chingeltei-hc.example.mn}}.
`,
  },
  {
    id: 'h13-062',
    kind: 'chargemaster excerpt (no PHI)',
    text: `
CHARGEMASTER EXCERPT - outpatient infusion, reviewed by revenue integrity (internal use)
CDM      description                               rev   CPT/HCPCS  units  price
4418201  IV infusion, initial, up to 1 h           0260  96365      1      612.00
4418202  IV infusion, each addl hour               0260  96366      1      188.00
4418210  Ther/proph inj, IV push                   0260  96374      1      244.00
4418305  Iron sucrose, 1 mg                        0636  J1756      100    1.92
4418306  Infliximab-dyyb, 10 mg                    0636  Q5103      40     118.40
4418410  Normal saline 500 mL                      0258  J7050      1      24.00
Notes: NDC 0517-2340-01 must be reported with J1756 (N4 qualifier). Modifier JZ when no drug is wasted. Price review annually in 2027; revenue code 0636 requires HCPCS. Contact the CDM team through the intranet form.
`,
  },
  {
    id: 'h13-063',
    kind: 'allograft tissue recipient tracking (key=value)',
    text: `
tissue_tracking.record
recipient_name={{NAME:Obuya, Grace Akinyi}}
recipient_mrn={{MRN:UCSD-44188207}}
recipient_dob={{DATE:1936-02-11}}
recipient_age={{AGE_OVER_89:90}}
recipient_ssn={{SSN:000-14-8820}}
implant_date={{DATE:2026-11-02}}
procedure=tibial plateau ORIF with cancellous chips
graft_1_tissue_id={{OTHER_ID:TB2611-0418-07}}  graft_1_type=cancellous chips 30 cc  exp={{DATE:2028-05-31}}
graft_2_tissue_id={{OTHER_ID:TB2611-0418-09}}  graft_2_type=DBM putty 5 cc      exp={{DATE:2027-12-31}}
surgeon={{NAME:Feng Whitaker-Osei}}  or_room=7  circulator={{NAME:dsalgado}}
recipient_card_mailed_to={{LOCATION:3920 Camino del Rio N, Unit 118}}|{{LOCATION:San Diego}}|CA|{{LOCATION:92108}}
tissue_bank_phone={{PHONE:858-555-0140}}  tissue_bank_fax={{FAX:858-555-0141}}
recipient_portal={{URL:https://tissue.ucsd.example.edu/recipient/44188207}}  last_login_ip={{IP:192.0.2.88}}
`,
  },
  {
    id: 'h13-064',
    kind: 'Bulgarian ambulatory sheet (English translation)',
    text: `
AMBULATORY SHEET No. {{OTHER_ID:004418}} / {{DATE:10.11.2026}}   {{LOCATION:UMBAL Aleksandrovska}}, clinic of nephrology, {{LOCATION:Sofia}}
Patient: {{NAME:Stoyanka Petrova Dimitrova}}, EGN {{OTHER_ID:3507150418}}, age {{AGE_OVER_89:91}}, insured with NHIF
Address: {{LOCATION:zh.k. Mladost 1, bl. 41, vh. B, et. 4, ap. 18}}, {{LOCATION:1784}} {{LOCATION:Sofia}}; tel. {{PHONE:+359 2 555 0418}}
CKD stage 4, creatinine 268 umol/L, eGFR 14; K 5.6; Hb 94 g/L. Discussed conservative care vs dialysis; patient and daughter-in-law {{NAME:Mariya Dimitrova}} prefer conservative care.
Referred by GP dr {{NAME:Ivaylo Georgiev}}, UIN {{LICENSE:0400004418}}. Examining physician: assoc. prof. dr {{NAME:Elena Stancheva}}, UIN {{LICENSE:0400007712}}.
`,
  },
];
