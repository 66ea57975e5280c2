// heldout5 notes 5: visits in mixed languages and with families from many cultures
// (Tagalog, Vietnamese, Arabic, Polish, Haitian Creole, Somali, Navajo, Samoan, Korean, Punjabi).
// Non-English phrases are written without diacritics (the set is ASCII).
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-041',
    kind: 'home-visit-tagalog',
    text: `
HOME VISIT - geriatrics NP. {{DATE:January 21, 2025}}.
Pt {{NAME:Perpetua}} "Lola {{NAME:Pet}}" {{NAME:Dimaculangan}}, {{AGE_OVER_89:95}} y.o., lives with granddaughter {{NAME:Maricel Dimaculangan-Ruiz}} at
{{LOCATION:2241 Bayshore Villas, Unit 9}}, {{LOCATION:Daly City}}. Medicare {{HEALTH_PLAN:7QX2-HN4-RT61}}. MRN {{MRN:SF22093317}}.
Per granddaughter: "Hindi po siya kumakain nang mabuti, puro lugaw lang" (not eating well, only rice porridge) x 2 wks.
Pt: "Masakit ang tuhod ko" (my knee hurts), points to R knee. "Salamat po, anak."
Exam: wt 38.6 kg (41.0 in {{DATE:Oct 2024}}), BP 104/62, HR 88. R knee effusion, warm. Oral: ill-fitting dentures.
MNA-SF 6/14 (malnourished). 4AT 1 (no delirium). Hand grip 9 kg.
Plan: knee X-ray (mobile), dental referral to {{LOCATION:Serramonte Senior Dental}}, Ensure BID, uric acid.
Son {{NAME:Rogelio Dimaculangan}} in {{LOCATION:Batangas City}} updated by video call ({{PHONE:+63 917 555 0142}}).
Next visit {{DATE:2/4/25}}. {{NAME:Analyn Soriano}}, AGNP.
`,
  },
  {
    id: 'h5-042',
    kind: 'occupational-asthma-vietnamese',
    text: `
OCCUPATIONAL MEDICINE - follow-up. Seen {{DATE:10 Feb 2025}} with interpreter {{NAME:Hoang Van Tuan}} (ID {{OTHER_ID:VT-4471}}).
Patient: {{NAME:Le Thi Thu Trang}} ({{NAME:Trang Le}}), 46F, nail technician x 12 yrs, DOB {{DATE:3/8/1978}}, MRN {{MRN:OC-5530218}}.
"Khi lam viec toi bi kho tho, ve nha thi do hon" - short of breath at work, better at home and on days off.
Serial peak flows (2 wks): work days mean 310 L/min, rest days 395 L/min; diurnal variation 22%. FeNO 48 ppb. FEV1/FVC 0.68, +14% post-BD.
Exposures: acrylic monomers (EMA), acetone, no local exhaust at the bench. Mask: surgical only.
Plan: ICS-formoterol 160/4.5 MART; specific inhalation challenge at {{LOCATION:Gulf Coast Occupational Lung Clinic}}; workers' comp claim {{OTHER_ID:WC-25-0031882}}.
Husband {{NAME:Nguyen Van Hung}} ({{PHONE:281-555-0135}}) picks up. Report to e-mail {{EMAIL:trang.le.nails@example.com}} per pt request.
Dr. {{NAME:Brigid Okonkwo-Hale}}, MPH.
`,
  },
  {
    id: 'h5-043',
    kind: 'ramadan-diabetes-arabic',
    text: `
DIABETES CLINIC - pre-Ramadan planning visit, {{DATE:02/17/2025}}
Pt: {{NAME:Yasmin bint Khalid al-Masri}}, 54F, MRN {{MRN:DB0199274}}. Son {{NAME:Omar al-Masri}} accompanies.
Pt: "Inshallah I will fast the whole month this year, alhamdulillah I feel strong." Fasting expected to start about {{DATE:March 1}}.
T2DM on glargine 28 u qHS, metformin 1000 BID, empagliflozin 10. A1c 7.6%. eGFR 71. IDF-DAR risk score 6.5 (moderate).
CGM sensor serial {{DEVICE:3MH00B4C7R2}}; reader shared to clinic. Hypo < 3.9 x2 last 14 d.
Plan: glargine 20 u at iftar; metformin 1000 at iftar, 500 at suhoor; hold empagliflozin during Ramadan; break fast if BG < 3.9 or > 16.7.
Imam at {{LOCATION:Masjid al-Noor of Dearborn Heights}} agrees exemption if unwell (per son). Telephone check {{DATE:March 8}}: {{PHONE:313-555-0199}}.
Educator {{NAME:Rania Haddad-Suleiman}}, RD, CDCES; Dr. {{NAME:Tariq Mahmood}}.
`,
  },
  {
    id: 'h5-044',
    kind: 'polish-grandmother-clinic',
    text: `
PRIMARY CARE - {{DATE:June 5, 2025}}. Pani {{NAME:Zofia Nowakowska}}, age {{AGE_OVER_89:94}}, with granddaughter {{NAME:Agnieszka}} "{{NAME:Aga}}" {{NAME:Wisniewski}}.
Address: {{LOCATION:5310 N. Milwaukee Ave, Apt 2F}}, {{LOCATION:Chicago}} {{LOCATION:60630}}. Medicare {{HEALTH_PLAN:2MV9-EK7-QN55}}. Parish: {{LOCATION:St. Hyacinth Basilica}}.
Pt (in Polish): "Boli mnie glowa i kreci mi sie w glowie" - headache and dizziness since her fall on {{DATE:31 May}}.
Fell at the bakery on {{LOCATION:Belmont Ave}}, hit occiput, no LOC. On apixaban 2.5 BID.
Exam: small occipital hematoma, GCS 15, no focal deficit, orthostatic BP 142/80 -> 118/70. Gait: walker, TUG 21 s.
CT head today (ED) negative. Plan: PT home safety eval, reduce amlodipine 10 -> 5.
"Dziekuje, pani doktor." Dr. {{NAME:Krystyna Zajac-Morales}}. Granddaughter cell {{PHONE:773-555-0120}}; daughter {{NAME:Halina}} in {{LOCATION:Krakow}}.
`,
  },
  {
    id: 'h5-045',
    kind: 'sickle-cell-haitian-creole',
    text: `
SICKLE CELL DAY HOSPITAL - {{DATE:08/23/2025}}
{{NAME:Wisly Jean-Baptiste}}, 23M, HbSS, MRN {{MRN:SC77104823}}. Individualised plan by Dr. {{NAME:Mirlande Pierre-Louis}}.
Pt: "Mwen gen doule nan do m ak pye m depi ye swa" - pain in back and legs since last night. Pain 9/10 -> 5/10 after 2 doses.
Hydromorphone 1.5 mg IV q30 min x2, ketorolac 15 mg IV, NS 1 L. Hb 7.4 (baseline 8.0), retic 11%, LDH 612. No ACS signs, SpO2 97%.
Mother {{NAME:Marie-Ange Jean-Baptiste}} ({{PHONE:617-555-0142}}) brought him; lives {{LOCATION:44 Woodrow Ave}}, {{LOCATION:Dorchester}}.
Discharged home 16:40, oxycodone 5 mg #12 to {{LOCATION:Codman Square Pharmacy}}. Hydroxyurea adherence poor ("mwen bliye l").
Follow-up {{DATE:9/2}} with hematology; school note for {{LOCATION:Roxbury Community College}}. RN {{NAME:Fabiola Desrosiers}}.
`,
  },
  {
    id: 'h5-046',
    kind: 'prenatal-somali',
    text: `
PRENATAL VISIT 28 wk - {{DATE:4/2/2025}}, Somali interpreter {{NAME:Abdiwali Farah}} (ID {{OTHER_ID:SOM-2207}}) by video.
{{NAME:Hodan Abdirahman Mohamed}}, 29, G5P4, EDD {{DATE:06/25/2025}}, MRN {{MRN:MN0477312}}, Medicaid MA {{HEALTH_PLAN:00944718203}}.
"Nabad, I am tired, and my feet are big." BP 138/88 (repeat 134/86). Urine protein trace. Fundal height 29 cm, FHR 144.
GCT 162 -> 3-h GTT ordered. Hb 9.8 -> iron sucrose. Tdap given today. Rh positive.
Husband {{NAME:Abdirahman Hassan Ali}} works nights; children {{NAME:Ayan}}, {{NAME:Mustafe}}, {{NAME:Sagal}}, {{NAME:Ilhan}} (ages 9, 7, 4, 2).
Lives {{LOCATION:1820 Riverside Ave, Apt 1114}}, {{LOCATION:Minneapolis}} {{LOCATION:55454}}. Cell {{PHONE:612-555-0173}}.
Doula {{NAME:Sahra Warsame}} from {{LOCATION:Cedar-Riverside Family Center}}. Dr. {{NAME:Kirsten Aaberg}}. Return {{DATE:4/16}}.
`,
  },
  {
    id: 'h5-047',
    kind: 'ihs-clinic-navajo',
    text: `
IHS FIELD CLINIC NOTE - {{LOCATION:Coyote Canyon Health Station}}, Wednesday, {{DATE:9/17/2025}}
Pt: {{NAME:Nizhoni Begay-Tsosie}}, 61F, chart {{MRN:HC-031877}}, census no. {{OTHER_ID:NN-2094417}}. Speaks Dine and English.
Lives in a hogan 4 mi past {{LOCATION:Tohatchi Chapter House}}, no running water; hauls water from the {{LOCATION:Mexican Springs}} well. Mail: {{LOCATION:PO Box 1742}}, {{LOCATION:Tohatchi}}, NM {{LOCATION:87325}}.
Drives her late husband's truck, NN plate {{VEHICLE:NNB 4418}}.
"Ya'at'eeh." CC: foot ulcer L heel 2 wk. T2DM, A1c 10.2. Monofilament 3/10 sites L, 6/10 R. ABI 0.92/0.95.
Wound 1.5 x 1.2 cm, clean base. Photo {{PHOTO:CC_HS_Begay_heel_0917.jpg}} to wound nurse.
Grandmother {{NAME:Asdzaan Tsosie}}, {{AGE_OVER_89:98}}, also cared for by pt. Daughter {{NAME:Shandiin Tsosie}} ({{PHONE:505-555-0115}}) drives from {{LOCATION:Gallup}}.
Plan: offloading boot, daily dressing by CHR {{NAME:Leroy Yazzie}}, follow-up at {{LOCATION:Gallup Indian Medical Center}} podiatry {{DATE:9/24}}.
{{NAME:Beverly Harjo}}, FNP.
`,
  },
  {
    id: 'h5-048',
    kind: 'family-meeting-samoan',
    text: `
FAMILY MEETING - MICU, {{DATE:12/09/2024}} 15:00
Patient {{NAME:Tavita Sa'u Faleolo}}, 68M, MRN {{MRN:QM0038821}}, septic shock day 6, on CRRT, FiO2 60%.
Present: wife {{NAME:Lupe Faleolo}}; sons {{NAME:Ioane}} and {{NAME:Sefo Faleolo}}; daughter {{NAME:Malia Faleolo-Tuilagi}}; pastor Rev. {{NAME:Elisaia Toleafoa}} of {{LOCATION:EFKS Church of Carson}};
niece {{NAME:Teuila Faleolo}} interpreting. Team: Dr. {{NAME:Ruth Abernethy-Chan}} (MICU), {{NAME:Sione Vaipulu}}, SW, {{NAME:Grace Mata'afa}}, RN.
"Talofa lava. Fa'amolemole, tell us the truth." Family opened with prayer.
Discussed: 3 organ failures, SOFA 14, low chance of surviving to discharge. Family wishes to continue full treatment x 72 h and decide
together after the matai ({{NAME:Tuiasosopo Faleolo}}, flying from {{LOCATION:Apia}}) arrives {{DATE:Dec 11}}. Code status: full.
Family contact {{PHONE:310-555-0158}} ({{NAME:Malia}}). Next meeting {{DATE:12/12/2024}}.
`,
  },
  {
    id: 'h5-049',
    kind: 'korean-geriatric-home-visit',
    text: `
HOUSE CALL - {{DATE:2025.03.26}}. Pt {{NAME:Choi Soon-ja}} ({{NAME:Soonja Choi}}), {{AGE_OVER_89:ninety-one}} years old, with son {{NAME:Choi Jae-won}}.
Address: {{LOCATION:3401 W. 6th St, #1207}}, {{LOCATION:Los Angeles}} {{LOCATION:90020}}. Medi-Cal {{HEALTH_PLAN:93441872A}}. Chart {{MRN:KH-110928}}.
Son: "Eomeoni says gwaenchanayo but she doesn't sleep." Insomnia and low mood since husband {{NAME:Kim Dong-hyun}} died {{DATE:Dec 2024}}.
Han / hwabyung described: chest heaviness, heat rising. GDS-15 9. No SI. Weight stable. Mini-Cog 3/5.
Meds: donepezil 5, losartan 50. Herbal: gongjindan from {{LOCATION:Olympic Oriental Herb Shop}} (asked to bring package).
Plan: mirtazapine 7.5 mg qHS, grief group at {{LOCATION:Young Nak Senior Center}} (Korean), recheck {{DATE:4/23}}.
Son's e-mail {{EMAIL:jaewon.choi@example.net}}. Dr. {{NAME:Esther Paik}}.
`,
  },
  {
    id: 'h5-050',
    kind: 'post-crash-punjabi-trucker',
    text: `
URGENT CARE - post-crash visit, {{DATE:01/06/2025}}
{{NAME:Harjinder Singh Gill}}, 52M, DOB {{DATE:08/14/1972}}, MRN {{MRN:UC-3309917}}. With nephew {{NAME:Manpreet Gill}} interpreting ("Sat Sri Akal, ji").
Tractor-trailer jackknifed on ice on I-80 near {{LOCATION:Elk Mountain}} {{DATE:01/04/2025}} 05:30; restrained, airbag no.
CDL CA {{LICENSE:D5590214}}. Tractor CA plate {{VEHICLE:XP41208}}, trailer VIN {{VEHICLE:1JJV532D8LL118204}} (carrier: Sandhu Freight, not seen here).
CC: neck pain 6/10, R shoulder. Exam: paraspinal tenderness, no midline; Spurling negative; shoulder abduction 4+/5 R, 5/5 L.
C-spine X-ray: no fracture; mild C5-6 DDD. Shoulder: no fracture.
Workers' comp claim {{OTHER_ID:WC-0411-88203}}. Off duty until {{DATE:1/13/25}}; DOT return-to-work per examiner.
Home: {{LOCATION:4716 Harmony Oaks Ct}}, {{LOCATION:Manteca}}. Wife {{NAME:Jaspreet Kaur}} {{PHONE:209-555-0181}}. Attends {{LOCATION:Gurdwara Sahib of Lathrop}}.
PA {{NAME:Brendan Gallo}}.
`,
  },
];
