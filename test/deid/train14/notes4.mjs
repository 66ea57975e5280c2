// train14 notes 4: ICU daily notes, family meetings in ICU, outreach reviews.
export default [
  {
    id: 't14-029',
    kind: 'ICU daily note (US)',
    text: `
MICU Daily Progress Note  {{DATE:11/25/2026}}  HD 6 / ICU day 4
{{NAME:Abdirahman Hersi Warsame}} 59M  MRN {{MRN:0081147723}}  Bed 12
Overnight: self-extubation attempt 0300, restraints reapplied per RN {{NAME:Jade Kowalczyk}}. CAM-ICU +. RASS -1 to +2.
Neuro: dexmedetomidine 0.6. Resp: PSV 10/5, FiO2 35%, SBT failed at 0900 (RSBI 118). CV: off pressors 24h. Renal: Cr 2.1, UOP 0.6 ml/kg/h. ID: Klebsiella pneumoniae ESBL on meropenem day 5.
Family: wife {{NAME:Faadumo}} and son {{NAME:Mohamed}} met team; Somali interpreter {{NAME:Ayaan Nur}} (ID {{OTHER_ID:INT-3391}}). Imam Sheikh {{NAME:Abdullahi Farah}} from {{LOCATION:Abubakar As-Saddique Islamic Center}} visited.
Dispo: ICU. Full code.
{{NAME:Mira Castellanos-Oyelaran}}, MD (fellow) / attending {{NAME:Desmond Achterberg}}, MD
Social: pt drove a taxi for {{LOCATION:Blue and White Cab}} depot in {{LOCATION:Cedar-Riverside}}, {{LOCATION:Minneapolis}}. Daughter {{NAME:Hodan Warsame}} flies in from {{LOCATION:Columbus}} {{DATE:11/27}}. Palliative care consult (Dr {{NAME:Greta Solheim}}) for goals. Tube feeds Osmolite 1.5 at 50. Chlorhexidine bath daily.
Sputum culture {{DATE:11/20}}: Klebsiella pneumoniae ESBL, sensitive to meropenem. Vanc stopped. Chlorhexidine mouth care.
`,
  },
  {
    id: 't14-030',
    kind: 'ICU daily note (Australia)',
    text: `
ICU ward round {{DATE:26/11/2026}}  Bed 4, {{LOCATION:Royal Darwin Hospital}} ICU
{{NAME:Jedda Yunupingu}}, 33F, from {{LOCATION:Yirrkala}}. Melioidosis (Burkholderia pseudomallei) septic shock, day 3 meropenem.
Noradrenaline 0.08 mcg/kg/min weaning. P/F 210. APACHE II 24.
Yolngu interpreter {{NAME:Rarrkminy Marika}} via AIS. Mother {{NAME:Banduk}} and aunties arrived from {{LOCATION:Nhulunbuy}} on Airnorth, staying at {{LOCATION:Mala'la Lodge}}.
Family meeting 1400 with ICU consultant Dr {{NAME:Hamish Strachan-Wu}} and ALO {{NAME:Jason Gurruwiwi}}.
Afternoon: meeting held. Family asked for a traditional healer ({{NAME:Dhuwarrwarr Marika}}) to visit, arranged with ward. Brother {{NAME:Djawa Yunupingu}} phoned from {{LOCATION:Gunyangara}}. Infectious diseases Dr {{NAME:Bart Currie-Ngo}} reviewed. Social worker {{NAME:Tess O'Loughlin}}: accommodation extended at {{LOCATION:Mala'la Lodge}} until {{DATE:4 December}}.
Blood cultures {{DATE:23/11}}: B. pseudomallei. Cotrimoxazole eradication to follow. Glucose 9-12 on insulin infusion.
`,
  },
  {
    id: 't14-031',
    kind: 'ICU nursing note (UK, 1:1)',
    text: `
ITU nursing 1:1 {{DATE:26/11/26}} days
{{NAME:Aled Gwilym Pritchard}} 52M. Bed 7, Critical Care, {{LOCATION:Ysbyty Gwynedd}}.
Sedation hold 0830: opens eyes to voice, RASS -2. Propofol 2% 10 ml/h, alfentanil 0.5 mg/h. NG feed Nutrison 40 ml/h. Ryle's aspirate 30 ml.
Wife {{NAME:Ceinwen}} and daughter {{NAME:Mali}} visited 1100-1300 from {{LOCATION:Llangefni}}; they asked that notes be explained in Welsh - Welsh-speaking nurse {{NAME:Gethin ap Rhys}} attended.
Chest drain R swinging, bubbling stopped. Pressure areas: grade 1 sacrum, Mepilex applied.
{{NAME:Oksana Hrytsenko}} RN
Evening: son {{NAME:Iwan}} arrived from {{LOCATION:Cardiff}}. Family asked about transfer closer to home at {{LOCATION:Ysbyty Penrhos Stanley}}, {{LOCATION:Holyhead}} for rehab later. Consultant Dr {{NAME:Eleri Vaughan}} discussed tracheostomy timing. Chaplain Revd {{NAME:Dafydd Owen}} visited.
Admitted {{DATE:22/11/2026}} after fall from ladder; haemopneumothorax, rib fractures 4-8. APACHE II 19.
`,
  },
  {
    id: 't14-032',
    kind: 'ICU daily note (Japan, translated)',
    text: `
ICU progress {{DATE:2026/11/26}}  {{LOCATION:Kameda Medical Center}}, {{LOCATION:Kamogawa}}
Patient {{NAME:Hoshino Kiyoshi}} (family name first), 80M, ID {{MRN:KMC-00415572}}
Day 2 post emergency AAA repair. Lactate 2.8 -> 1.6. Abdominal pressure 14 mmHg. SOFA 7.
Wife {{NAME:Hoshino Sachiko}} and grandson {{NAME:Ren}} visiting; grandson works at {{LOCATION:Tateyama Fire Station}}.
Surgeon Dr {{NAME:Matsuda Haruki}}; intensivist Dr {{NAME:Noor ul Ain Siddiqi}}.
Family notes: daughter {{NAME:Kobayashi Emi}} lives in {{LOCATION:Chiba}}; she will bring his hearing aids. Patient was a fisherman at {{LOCATION:Kamogawa fishing port}}. Nurse {{NAME:Takahashi Yui}}. Rehabilitation PT {{NAME:Suzuki Daisuke}} to begin passive ROM.
Surgery {{DATE:2026/11/25}}. Heparin 10,000 U/day. Urine output 0.8 ml/kg/h. CRP 14.2.
`,
  },
  {
    id: 't14-033',
    kind: 'critical care outreach review (UK)',
    text: `
CCOT review {{DATE:27/11/2026}} 02:15, Ward 22, {{LOCATION:Southmead Hospital}}
Called by nurse {{NAME:Precious Mutasa}} for NEWS2 7. Pt {{NAME:Bartholomew "Barty" Featherstonhaugh}}, 79M, day 3 post-op R hemicolectomy.
HR 124 AF, BP 96/54, RR 26, lactate 3.4. qSOFA 2. Sepsis Six started, pip-taz.
Discussed with ICU reg Dr {{NAME:Eun-ji Baek}}. Escalation: for ICU if deteriorates. TEP discussed; niece {{NAME:Philippa Grange}} (NOK) in {{LOCATION:Thornbury}}, {{PHONE:01454 555 219}}.
CCOT {{NAME:D. Okonjo}}
03:00 reassessed: lactate 2.6 after 1.5 L. Urine output 40 ml/h. Night medical reg Dr {{NAME:Ciaran Hegarty}} aware. Niece {{NAME:Philippa}} phoned back, will come from {{LOCATION:Thornbury}} in the morning with his friend {{NAME:Giles Amory}} from {{LOCATION:St Mary's Church}}, {{LOCATION:Thornbury}}.
Surgery {{DATE:24/11/2026}}. Meds: pip-taz 4.5 g TDS, enoxaparin held. Blood cultures x2, urine dip.
`,
  },
  {
    id: 't14-034',
    kind: 'ICU family meeting note (US)',
    text: `
Family meeting note {{DATE:11/26/2026}} 1600, {{LOCATION:Ochsner Medical Center}} CVICU conference room
Patient: {{NAME:Thibodeaux, Marie-Claire}}, {{AGE_OVER_89:94}}F, day 9 post TAVR complicated by stroke.
Present: daughters {{NAME:Celeste Boudreaux}} and {{NAME:Yvette Thibodeaux-Guidry}}, grandson {{NAME:Remy}}, Father {{NAME:Anthony Nguyen}} (chaplain, {{LOCATION:St. Francis Xavier Parish}}), Dr {{NAME:Kaveh Shirazi}} (CT surgery), Dr {{NAME:Lena Abernathy}} (neuro-ICU), SW {{NAME:Tameka Broussard}}.
Discussion: poor neuro prognosis, mRS 5 expected. Family recalls she said "no machines" after her sister died at {{AGE_OVER_89:97}} in {{LOCATION:Thibodaux}}.
Outcome: transition to comfort care tomorrow after son {{NAME:Gerard}} arrives from {{LOCATION:Lafayette}}. DNR order written.
Prior to the meeting the family asked that cousin Sr. {{NAME:Anne-Marie Hebert}} be phoned; she is a nun at {{LOCATION:Mount Carmel Convent}} in {{LOCATION:New Orleans}}, joined by speaker. Funeral home preference: {{LOCATION:Samart Funeral Home}}, {{LOCATION:Thibodaux}}.
TAVR {{DATE:11/17/2026}} (Sapien 3, 23 mm). Stroke {{DATE:11/18/2026}}: L MCA, NIHSS 22.
`,
  },
  {
    id: 't14-035',
    kind: 'ICU daily note (Turkey, translated)',
    text: `
Yogun bakim daily note {{DATE:27.11.2026}}, {{LOCATION:Cerrahpasa Tip Fakultesi}}, {{LOCATION:Fatih}}
Pt {{NAME:Mehmet Emin Yildirimoglu}}, 67M, TC {{SSN:000-24-5581}} (record)
Post CABG x3 day 1. Extubated 0700. Chest tube 180 ml/12h. Troponin peaking. Amiodarone for POAF.
Wife {{NAME:Hatice}} and son {{NAME:Burak}} (from {{LOCATION:Kadikoy}}) visited; son phone {{PHONE:0532 555 17 28}}.
Dr {{NAME:Selin Arslan-Koc}}, Dr {{NAME:Ozan Demirtas}}
Night: AF recurred, amiodarone bolus. Daughter {{NAME:Zeynep Yildirimoglu Aksoy}} arrived from {{LOCATION:Izmir}}. Cardiologist Prof. Dr. {{NAME:Levent Ozturk}} reviewed. Patient worked at {{LOCATION:Kapalicarsi}} jewellery shop, {{LOCATION:Beyazit}}.
Operation {{DATE:26.11.2026}}. LIMA-LAD, SVG-OM, SVG-RCA. Aspirin 100 mg, metoprolol 25 mg bid.
`,
  },
  {
    id: 't14-036',
    kind: 'PICU daily note (US)',
    text: `
PICU DAILY {{DATE:11/27/26}}
{{NAME:Nevaeh Harjo}}, 6F, MRN {{MRN:CH00884152}}. DKA, day 2. Off insulin gtt at 0400, SQ glargine started. Cerebral edema watch, GCS 15.
Family: mom {{NAME:Crystal Harjo}} (Muscogee), grandma {{NAME:Wilma Tiger}} from {{LOCATION:Okmulgee}}. Mom works at {{LOCATION:Creek Nation Community Hospital}}.
Child life specialist {{NAME:Brooke Lindahl}}; diabetes educator {{NAME:Ngoc Anh Pham}} to teach with Dexcom G7 and Omnipod 5.
School: {{LOCATION:Dunbar Elementary}}. School nurse letter.
PICU attending {{NAME:Tobias Wainwright-Mbeki}}
Mom asked to be e-mailed the carb chart at {{EMAIL:crystal.harjo@example.com}}. Dexcom G7 transmitter {{DEVICE:8M4KQ2}} paired to mom's phone; follow app link {{URL:https://follow.example.com/inv/H7QZ}}. Grandpa {{NAME:Lester Tiger}} brought her brother {{NAME:Kingston}} to visit. Discharge to home in {{LOCATION:Henryetta}} planned {{DATE:11/29}}.
Admitted {{DATE:11/25/26}} with pH 7.08, bicarb 6, glucose 612. Diagnosis new type 1 DM. A1c 12.4.
`,
  },
];
