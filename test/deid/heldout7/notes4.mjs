// heldout7 notes4: documents from other countries, in English (h7-031..040). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-031',
    kind: 'Ghana maternity referral slip',
    text: `
GHANA HEALTH SERVICE - REFERRAL FORM (MATERNAL)
From: {{LOCATION:Kpone Health Centre}}, {{LOCATION:Kpone-Katamanso}}    To: Maternity, {{LOCATION:Tema General Hospital}}
Date: {{DATE:14/08/2025}}   Time: 21:35   Mode: district ambulance
Client: {{NAME:Akosua Mensah-Boateng}}   Age: 31   Folder No: {{MRN:KHC/ANC/2025/0447}}
NHIS No: {{HEALTH_PLAN:08441927}}   Ghana Card: {{OTHER_ID:GHA-719004412-3}}
Address: {{LOCATION:House No. C/14, Community 25}}; phone {{PHONE:+233 24 555 0192}}
G3P2, GA 35+4 by LMP ({{DATE:08/12/2024}}), BP 162/108 and 158/110 (20 min apart), urine protein 2+, headache, no fits.
Given: MgSO4 4 g IV loading + 5 g IM each buttock (Pritchard), nifedipine 10 mg PO at 21:10. FHR 146.
Husband {{NAME:Kwabena Boateng}} accompanying, {{PHONE:+233 20 555 0147}}.
Referring midwife: {{NAME:Abena Owusu-Ansah}}, NMC PIN {{LICENSE:RM/14/0771}}. Signature: ____`,
  },
  {
    id: 'h7-032',
    kind: 'Pakistan hepatitis C treatment card',
    text: `
HEPATITIS C TREATMENT CARD - Prime Minister's Programme for Elimination (district clinic copy)
Name: {{NAME:Muhammad Shafiq}} s/o {{NAME:Ghulam Rasool}}     CNIC: {{OTHER_ID:35202-5551847-9}}
Address: {{LOCATION:House 14-B, Street 7, Model Town}}, {{LOCATION:Lahore}}    Mobile: {{PHONE:0300-5550147}}
Registration No: {{MRN:LHR-HCV-25-00912}}    Sehat card: {{HEALTH_PLAN:SSP-4471-0098}}
Anti-HCV reactive {{DATE:03-02-2025}}; HCV RNA {{DATE:10-02-2025}}: 1.4 x 10^6 IU/mL. APRI 0.62, FIB-4 1.21 (F0-F1). HBsAg neg.
Regimen: sofosbuvir 400 mg + daclatasvir 60 mg daily x 12 weeks. Start {{DATE:17-02-2025}}.
Refills: wk4 {{DATE:17-03-2025}} (pill count 28/28), wk8 {{DATE:14-04-2025}}, wk12 {{DATE:12-05-2025}}.
SVR12 RNA due {{DATE:04-08-2025}}. Wife {{NAME:Nasreen Bibi}} screened: anti-HCV non-reactive.
Medical Officer: Dr. {{NAME:Sadia Iqbal}} (PMDC {{LICENSE:71409-P}})`,
  },
  {
    id: 'h7-033',
    kind: 'Hong Kong elderly home fall incident',
    text: `
RESIDENTIAL CARE HOME FOR THE ELDERLY - SPECIAL INCIDENT REPORT (fall)
Home: {{LOCATION:Wah Fung Care Home}}, {{LOCATION:G/F-2/F, 88 Fuk Wa Street}}, {{LOCATION:Sham Shui Po}}, {{LOCATION:Kowloon}}
Resident: {{NAME:CHAN Siu-ying}} (English name {{NAME:Mabel}}), F, age {{AGE_OVER_89:94}}, HKID {{OTHER_ID:C668104(3)}}, bed 2F-17
Incident: {{DATE:2025-09-21}} 05:40, found on floor beside bed by care worker {{NAME:LAU Ka-man}}. Alert, c/o R hip pain, R leg shortened.
Sent to {{LOCATION:Caritas Medical Centre}} A&E by 999 ambulance 05:58; HA patient no. {{MRN:HN25-0981774}}. X-ray: R NOF fracture.
Family informed 06:10: son {{NAME:WONG Chi-keung}}, {{PHONE:5550 1847}}; daughter-in-law {{NAME:Ada Wong}} e-mail {{EMAIL:ada.wong.hk@example.com.hk}}.
Morse fall score 65 (high), on zopiclone 3.75 mg nocte, bedrail policy reviewed. CCTV clip {{PHOTO:2F_CAM3_20250921_0538.mp4}} kept.
Report to Social Welfare Department licensing office within 3 days ({{DATE:24/9/2025}}). Home manager: {{NAME:Cheung Wai-lun}}, RN`,
  },
  {
    id: 'h7-034',
    kind: 'Jamaica health centre diabetic foot screen',
    text: `
DIABETES FOOT SCREENING - {{LOCATION:Comprehensive Health Centre}}, {{LOCATION:Slipe Pen Road}}, {{LOCATION:Kingston 5}}
Patient: {{NAME:Desmond Aloysius McFarlane}}   DOB {{DATE:19.11.1956}}   Docket {{MRN:CHC-0044718}}   TRN {{OTHER_ID:114-552-907}}
NHF card {{HEALTH_PLAN:NHF 4471-0092-18}}  JADEP enrolled.  Lives {{LOCATION:Lot 22, Pembroke Hall}}, {{LOCATION:Kingston 20}}, tel {{PHONE:(876) 555-0144}}
HbA1c 9.2% ({{DATE:Aug 2025}}). Feet: L 2nd toe amputation (2021). Monofilament 4/10 L, 7/10 R; pulses DP 1+ bilat; ABI 0.82 L.
Callus R 1st MTH, no ulcer. Risk category 3 (high). Footwear: slippers to yard - advised closed shoes.
Referred to podiatry at {{LOCATION:Kingston Public Hospital}} for Thursday {{DATE:9th October}}.
Daughter {{NAME:Sharmaine}} reminded by text. Nurse: {{NAME:Yvonne Gayle-Bryan}}, RN (NCJ {{LICENSE:RN 22871}})`,
  },
  {
    id: 'h7-035',
    kind: 'Swedish emergency-care letter for a traveller',
    text: `
{{LOCATION:Akademiska sjukhuset}}, Akutmottagningen, {{LOCATION:Uppsala}}          {{DATE:2025-07-09}}
Emergency department summary for the patient's own physician (written in English on request)
Patient: {{NAME:Gunnar Eriksen-Whitlock}}, US citizen visiting, temporary reserve number {{OTHER_ID:19680322-T447}}
(Swedish personal identity numbers are not issued to visitors; format YYYYMMDD-letter+3 digits). DOB {{DATE:22 March 1968}}.
US insurer: travel policy {{ACCOUNT:TRV-0094417725}}. Home: {{LOCATION:3310 W 44th St}}, {{LOCATION:Minneapolis}}, MN {{LOCATION:55410}}.
Staying at {{LOCATION:Hotel Linne}}, {{LOCATION:Skolgatan 45}}, {{LOCATION:753 32}} {{LOCATION:Uppsala}}; Swedish mobile {{PHONE:070-555 01 23}}.
Presented {{DATE:8 July}} 23:10 with renal colic L. CT KUB: 5 mm L distal ureteric stone, mild hydronephrosis. Creatinine 98 umol/L.
Treated diclofenac 50 mg x3, tamsulosin 0.4 mg. Discharged {{DATE:9/7}} (day/month). Strain urine; return if fever > 38.5.
Physician: {{NAME:Linnea Bergqvist}}, leg. lakare (HOSP ID {{LICENSE:8814402}}). Tel switchboard {{PHONE:018-555 00 00}}.`,
  },
  {
    id: 'h7-036',
    kind: 'Northern Ireland fit note',
    text: `
STATEMENT OF FITNESS FOR WORK (Med 3) - GP practice copy
Patient's name: Ms {{NAME:Roisin Ni Dhonnchadha-Patterson}}   Date of birth {{DATE:03/02/1987}}   H&C No {{HEALTH_PLAN:329 441 7712}}
Address: {{LOCATION:17 Glenvale Gardens}}, {{LOCATION:Newry}}, {{LOCATION:BT34 2QF}}
I assessed your case on: {{DATE:12/01/2026}}    by telephone
and, because of the following condition(s): acute low back pain with L5 radiculopathy
I advise you that: you are not fit for work.  This will be the case for 4 weeks, from {{DATE:12/01/2026}} to {{DATE:08/02/2026}}.
I will not need to assess your fitness for work again at the end of this period.
Comments: SLR 40 deg L, EHL 4/5 L. MRI requested via {{LOCATION:Daisy Hill Hospital}}. Works as a care assistant - no lifting.
Doctor's signature: Dr {{NAME:Padraig McCann}}   Practice: {{LOCATION:Windsor Surgery}}, {{LOCATION:Newry}}, tel {{PHONE:028 9649 6183}}
Date of statement: {{DATE:12/01/2026}}   GMC {{LICENSE:7449012}}`,
  },
  {
    id: 'h7-037',
    kind: 'UAE residence-visa medical fitness record',
    text: `
MEDICAL FITNESS TEST - RESIDENCE VISA (domestic worker)   Centre: {{LOCATION:Al Barsha Medical Fitness Centre}}, {{LOCATION:Dubai}}
Applicant: {{NAME:Maricel Dumalagan Tolentino}}   Nationality: Philippines   Passport {{OTHER_ID:P4471902B}}
Emirates ID application {{OTHER_ID:784-1991-5550147-2}}   Application no {{OTHER_ID:MF-25-0094471}}
Sponsor: {{NAME:Khalid Saeed Al Marri}}, {{LOCATION:Villa 14, Street 22, Al Barsha 2}}, mobile {{PHONE:+971 50 555 0173}}
Date of test: {{DATE:07-Oct-2025}}. Photograph and fingerprint captured at counter 6: photo {{PHOTO:MF250094471.jpg}}, finger {{BIOMETRIC:FP-9981204-R2}}.
Chest X-ray: no active TB. HIV Ag/Ab: non-reactive. HBsAg: non-reactive. VDRL non-reactive. Pregnancy test (not required for renewal).
Result: FIT. Certificate issued {{DATE:09-Oct-2025}}, valid 2 years. Health insurance (basic): {{HEALTH_PLAN:DHA-EBP-4471-2209}}.
Examining doctor: Dr. {{NAME:Farah Qasim}} (DHA licence {{LICENSE:DHA-P-0074419}})`,
  },
  {
    id: 'h7-038',
    kind: 'Chilean clinic summary for an exchange student',
    text: `
{{LOCATION:Clinica Santa Maria}} - Resumen de atencion / visit summary (English copy for student's university)
Paciente: {{NAME:Valentina Josefa Cardenas Urrutia}}    RUT: {{OTHER_ID:20.447.119-K}}    Prevision: FONASA tramo B ({{HEALTH_PLAN:FON-20447119}})
Domicilio: {{LOCATION:Av. Providencia 1208, depto 1504}}, {{LOCATION:Providencia}}, {{LOCATION:Santiago}}   Cel: {{PHONE:+56 9 5550 1847}}
Fecha: {{DATE:23/04/2025}}. Dengue? - no: returned from {{LOCATION:Iquique}} with fever 3 days, arthralgia. NS1 neg, IgM pending. Plt 182,000.
Dx: viral syndrome. Plan: paracetamol 1 g q8h PRN, fluids, no NSAIDs until dengue excluded. Control {{DATE:25/04}}.
Host university contact: Prof. {{NAME:Dietrich Hallgrimsson}} ({{EMAIL:dhallgrimsson@uni.example.cl}}).
Medico: Dra. {{NAME:Catalina Pizarro Leiva}}, RNPI {{LICENSE:144719}}`,
  },
  {
    id: 'h7-039',
    kind: 'Polish rehabilitation discharge (English translation)',
    text: `
{{LOCATION:Szpital Rehabilitacyjny im. sw. Jadwigi}}, {{LOCATION:ul. Kasztanowa 9}}, {{LOCATION:32-050}} {{LOCATION:Skawina}}
DISCHARGE CARD (translation for the family in Ireland)   Book of admissions no {{MRN:1447/R/2025}}
Patient: {{NAME:Zbigniew Kaczmarczyk}}   PESEL {{OTHER_ID:45031408817}}   Age 80   NFZ insured (EKUZ/EHIC {{HEALTH_PLAN:80616 0044 7190 2213}})
Address: {{LOCATION:ul. Marszalkowska 84/92 m. 17}}, {{LOCATION:00-514}} {{LOCATION:Warszawa}}; staying with daughter in {{LOCATION:Drogheda}}, {{LOCATION:Co. Louth}}
Stay: {{DATE:02.06.2025}} - {{DATE:30.06.2025}} after ischaemic stroke (R MCA) on {{DATE:18.05.2025}}.
Barthel 45 -> 75/100. Gait: walks 40 m with a 4-point stick and supervision. MRS 3. BP 134/82 on amlodipine 5 mg, atorvastatin 40 mg, ASA 75 mg.
Daughter {{NAME:Agnieszka Doyle}} {{PHONE:+353 87 555 0184}}. Physician: lek. med. {{NAME:Jadwiga Pietrzak-Nowak}} (PWZ {{LICENSE:2774019}})`,
  },
  {
    id: 'h7-040',
    kind: 'Israeli HMO specialist summary',
    text: `
Maccabi Healthcare Services - Gastroenterology clinic, {{LOCATION:Hertsliya}} branch      {{DATE:11/05/2025}} (day/month/year)
Patient: {{NAME:Yael Ben-Haim Rosenfeld}}   ID (Teudat Zehut) {{OTHER_ID:039447120}}   Member no {{HEALTH_PLAN:7-0044719-3}}
Address: {{LOCATION:Rehov Sokolov 41, apt 9}}, {{LOCATION:Ramat HaSharon}}   Mobile {{PHONE:050-555-0139}}
Celiac disease dx {{DATE:2019-11}}; tTG-IgA 3 U/mL (norm < 7) on {{DATE:28/04/2025}}. DEXA T-score -1.6 L-spine.
Planning pregnancy; folic acid 5 mg. Iron: ferritin 14 -> start ferrous 100 mg alternate days.
Photos of duodenal biopsies ({{DATE:2019-11-14}}) attached: {{PHOTO:duod_bx_benhaim_1.tif}}.
Physician: Dr. {{NAME:Eitan Abulafia}}, lic. {{LICENSE:1-44719}}; next visit in 6 months via the app.`,
  },
];
