// train14 notes 2: ED triage and ED physician notes.
export default [
  {
    id: 't14-011',
    kind: 'ED triage note (US)',
    text: `
ED TRIAGE {{DATE:11/20/2026}} 0214  ESI 2
Pt {{NAME:Kwabena Asante-Mensah}} 38M, arrived by private vehicle with brother {{NAME:Kofi}}.
CC: chest pain x 2h, radiating L arm, diaphoretic. Hx HTN, smokes 1 ppd. Meds lisinopril, Lipitor.
VS: BP 168/98, HR 104, RR 22, SpO2 97% RA, T 36.9. Pain 8/10. ECG at 0217 shown to Dr {{NAME:Halvorsen}}.
Works nights at {{LOCATION:Amazon DCK6}} warehouse in {{LOCATION:Lakeland}}. Lives {{LOCATION:418 Pebble Creek Dr}}, {{LOCATION:Winter Haven}}.
Brother's cell {{PHONE:863-555-0127}}. Triage RN {{NAME:Autumn Blackfeather}}.
0240 addendum: troponin 0.41. Cath lab activated, Dr {{NAME:Sigrun Halvorsen}} interventional. Wife {{NAME:Abena Asante}} arrived from {{LOCATION:Auburndale}} with children {{NAME:Kwame}} and {{NAME:Adwoa}}. Heparin bolus 4000 units, ASA 324 mg chewed, Brilinta 180 mg. Transfer to {{LOCATION:Lakeland Regional Health}} cath lab by {{LOCATION:Polk County}} Fire Rescue.
ECG: STE II, III, aVF. HEART score 8. TIMI 4. Lipitor 80 mg. Door-to-balloon target 90 min. Last cigarette {{DATE:11/19}} evening.
`,
  },
  {
    id: 't14-012',
    kind: 'ED physician note (UK)',
    text: `
ED clerking {{DATE:20/11/2026}} 16:05, Majors cubicle 9, {{LOCATION:Royal Stoke University Hospital}}
{{NAME:Krystyna Zawadzka}}, 84F, brought by WMAS from {{LOCATION:Trentham Lakes}} care home ({{LOCATION:Bupa Westbury Court}}). Fall at 13:00, long lie ~2h.
PMH: Parkinson's on Sinemet, osteoporosis on Adcal-D3, AF.
O/E: shortened externally rotated L leg. GCS 15. AMTS 7/10. Clinical Frailty Scale 6.
XR: displaced L NOF #. Nottingham Hip Fracture Score 5.
Plan: fascia iliaca block, orthogeriatrics, T&O referral to Mr {{NAME:Okafor-Lindqvist}}. Son {{NAME:Marek}} informed on {{PHONE:07700 900482}}; he is driving from {{LOCATION:Leek}}.
Dr {{NAME:Bethan Pryce-Jones}} ST4 EM
18:30 update: seen by orthogeriatrician Dr {{NAME:Adaeze Umeh}}. Son {{NAME:Marek Zawadzki}} arrived with granddaughter {{NAME:Ola}}; they speak Polish with her. Delirium screen 4AT 2. Listed for DHS on {{DATE:21/11}} with Mr {{NAME:Okafor-Lindqvist}}. Care home manager {{NAME:Janice Bloor}} at {{LOCATION:Westbury Court}} rang, will hold room.
Bloods: Hb 102, Na 131, CK 1840 (long lie). IV fluids Hartmann's 1 L. Sinemet 25/100 times kept as at home. Last seen well {{DATE:20/11}} 11:00.
`,
  },
  {
    id: 't14-013',
    kind: 'ED triage note (Australia)',
    text: `
ED triage {{DATE:20/11/26}} 1822 ATS 3
{{NAME:Liam Hohaia-Ngata}}, 19M. BIBA from {{LOCATION:Bondi Beach}} after dumped by wave, neck pain. Collar applied by NSWA.
GCS 15, moving all limbs, no paraesthesia. Canadian C-spine rule: dangerous mechanism.
Mate {{NAME:Jasper Quill}} with him. Lives in share house at {{LOCATION:3/27 Curlewis Street}}, {{LOCATION:Bondi}} {{LOCATION:2026}}.
Allergies: penicillin (rash). Medicare {{HEALTH_PLAN:2953 17104 6}}.
Triage RN {{NAME:Ana Lusia Vaipulu}}
Reviewed by Dr {{NAME:Harriet Oyelowo-Finch}}: CT C-spine no fracture, collar cleared. Mum {{NAME:Moana Hohaia}} phoned from {{LOCATION:Rotorua}}, NZ; {{NAME:Jasper}} to stay with him tonight. Surf lifesaver {{NAME:Kirra Dunstan}} from {{LOCATION:Bondi Surf Bathers' Life Saving Club}} gave statement. Discharged 2240 with soft collar not required.
Obs 2000: HR 78, BP 124/70, GCS 15. Analgesia: Panadeine Forte x2. NEXUS criteria not met after review.
`,
  },
  {
    id: 't14-014',
    kind: 'ED physician note (US, peds)',
    text: `
PEDS ED NOTE  {{DATE:Nov 21, 2026}}
Pt: {{NAME:Zainab Oyinlola Bello}}, 3y F, MRN {{MRN:PE-9920145}}
HPI: mom {{NAME:Halima}} reports 2 days of barky cough, stridor at rest tonight. Westley croup score 4. Sibling {{NAME:Yusuf}} had similar last week at {{LOCATION:Little Sprouts Daycare}} on {{LOCATION:Kedzie Ave}}.
Exam: T 38.4, RR 36, SpO2 96%, mild suprasternal retractions.
Tx: dexamethasone 0.6 mg/kg PO, racemic epi neb x1. Reassessed at 2 h: no stridor at rest.
Dispo: home with return precautions; PCP Dr {{NAME:Obiageli Nwosu}} at {{LOCATION:Erie Humboldt Park Health Center}}.
Attending {{NAME:Rachel Abramowitz}}, MD; resident {{NAME:Chinedu Okeke-Hart}}, MD
Social: lives with mom, dad {{NAME:Abdulkadir Bello}} and 3 siblings in {{LOCATION:Albany Park}}, {{LOCATION:Chicago}}. Dad drives for a rideshare. No smokers. Mom asked for school note for sibling {{NAME:Aisha}} at {{LOCATION:Hibbard Elementary}}. Discussed with attending {{NAME:Abramowitz}} prior to discharge.
Weight 14.2 kg. Dexamethasone 8.5 mg given 2310. Prior croup visit {{DATE:March 2025}}. Immunisations up to date per Cornerstone record.
`,
  },
  {
    id: 't14-015',
    kind: 'ED triage note (Philippines)',
    text: `
ER TRIAGE {{DATE:21 November 2026}} 11:30, {{LOCATION:Vicente Sotto Memorial Medical Center}}
Patient: {{NAME:Ma. Cristina dela Paz Villanueva}}, 41F
From {{LOCATION:Barangay Lahug}}, {{LOCATION:Cebu City}}. Companion: husband {{NAME:Rodelio Villanueva}}, tel {{PHONE:0917 555 0234}}.
CC: fever x5 days, myalgia, calf pain after flood wading. Leptospirosis considered. BP 100/60, HR 112, T 39.1.
PhilHealth no {{HEALTH_PLAN:12-050087341-9}}.
Refer to IM on duty Dr {{NAME:Jose Mari Abellana}}. Doxycycline prophylaxis for husband.
13:00 Seen by Dr {{NAME:Abellana}}: admit to Medicine Ward 3, penicillin G. Creatinine 2.4. Sister-in-law {{NAME:Marivic Villanueva-Cabahug}} from {{LOCATION:Mandaue City}} will be watcher tonight. Barangay health worker Nanay {{NAME:Luz Tabotabo}} also brought the neighbour's son {{NAME:Jun-Jun Alcoseba}} for prophylaxis.
Labs: WBC 14.6, platelets 88, creatinine 2.4, bilirubin 3.1. CXR: bilateral infiltrates. Flood exposure {{DATE:Nov 13}}.
`,
  },
  {
    id: 't14-016',
    kind: 'ED physician note (Canada, rural)',
    text: `
Emerg note {{DATE:2026-11-21}} 0340 {{LOCATION:Smooth Rock Falls Hospital}}
{{NAME:Wapastim Cheechoo}}, 56M from {{LOCATION:Moose Factory}}, visiting daughter {{NAME:Sheila Cheechoo-Linklater}} in town.
Sudden R-sided weakness at 0245, LKW 0230. NIHSS 9. BG 8.1. BP 192/104.
Discussed with stroke neurologist Dr {{NAME:Anwar Siddiqui}} via Telestroke, {{LOCATION:Health Sciences North}} in {{LOCATION:Sudbury}}. CT via {{LOCATION:Timmins and District Hospital}} not possible tonight; ORNGE called for transfer, ref {{OTHER_ID:ORN-2611-48817}}.
Daughter's phone {{PHONE:705-555-0163}}.
Dr {{NAME:E. Bouchard-Lessard}}
0455: ORNGE on scene, handed to flight paramedic {{NAME:Curtis Metatawabin}}. Destination {{LOCATION:Health Sciences North}}. Daughter will drive to {{LOCATION:Sudbury}} via Highway 144. Pt's wife {{NAME:Agnes Cheechoo}} at home in {{LOCATION:Moose Factory}}, informed by daughter. Nurse {{NAME:Genevieve Lapointe}} completed transfer package.
tPA not given at our site (no CT). ASA held. BP labetalol 10 mg IV x2 to 176/98. Symptom onset {{DATE:Nov 21}} 0245.
`,
  },
  {
    id: 't14-017',
    kind: 'ED physician note (US, tox)',
    text: `
ED provider note {{DATE:11/22/2026}} 0105
{{NAME:Brandon "Bear" Yellowhorse}} 27M brought by {{LOCATION:Gallup}} PD after found down behind {{LOCATION:El Rancho Hotel}} on {{LOCATION:Route 66}}.
Narcan 4 mg IN x2 by officer {{NAME:Lucero}}, resp improved. Now GCS 14, pinpoint pupils, RR 12.
Fentanyl test strip positive per friend {{NAME:Cody Begay}}. COWS 3.
Plan: observe 4h, naloxone kit, offer buprenorphine, peer recovery {{NAME:Darlene Tsosie}}. Mother {{NAME:Ella Yellowhorse}} in {{LOCATION:Crownpoint}}, ph {{PHONE:(505) 555-0149}}.
{{NAME:Priyanka Venkatesan}}, DO, NM license {{LICENSE:DO-2019-0447}}
0450: reassessed, alert, COWS 9. Bup 8 mg SL given by RN {{NAME:Verna Nez}}. Pt agrees to follow up at {{LOCATION:Rehoboth McKinley Christian Health Care Services}} bridge clinic. Friend {{NAME:Cody}} to drive him home to {{LOCATION:Church Rock}}. Officer {{NAME:Lucero}} closed call.
Naloxone kit given, lot N2211. Tdap up to date. Prior visit {{DATE:10/02/2026}} for similar. UDS: fentanyl, methamphetamine positive.
`,
  },
  {
    id: 't14-018',
    kind: 'ED triage note (Kenya)',
    text: `
Casualty triage {{DATE:22/11/2026}} 0915, {{LOCATION:Kenyatta National Hospital}}
{{NAME:Wanjiru Kamau Njoroge}}, 24F, G2P1 at 34/40, from {{LOCATION:Kibera}}, {{LOCATION:Laini Saba}} village.
BP 172/114, headache, epigastric pain, 3+ proteinuria. Pre-eclampsia with severe features. MgSO4 Zuspan regimen started.
Accompanied by sister {{NAME:Njeri}} and CHV Mama {{NAME:Atieno Otieno}}. Husband {{NAME:Peter Mwangi}} at work in {{LOCATION:Industrial Area}}, tel {{PHONE:0722 555 104}}.
SHA no {{HEALTH_PLAN:SHA-0334-781920}}. Referred to Labour Ward, Dr {{NAME:Omondi}}.
Addendum 1130: delivered by emergency CS under spinal, baby boy 1.9 kg to NBU. Baby's father {{NAME:Peter Mwangi Kariuki}} arrived. Mother-in-law {{NAME:Wairimu}} came from {{LOCATION:Githunguri}}. Paediatrician Dr {{NAME:Achieng Ouma}}. Mother to HDU.
MgSO4 4 g IV loading + 5 g IM each buttock. Nifedipine 10 mg PO. Urine output 30 ml/h. LMP {{DATE:1/4/2026}}.
`,
  },
  {
    id: 't14-019',
    kind: 'ED physician note (Scotland)',
    text: `
ED note {{DATE:22/11/26}} 21:40, {{LOCATION:Raigmore Hospital}}, {{LOCATION:Inverness}}
{{NAME:Eilidh MacAskill}}, 15F, with dad {{NAME:Ruaraidh}}. Fell from pony at farm near {{LOCATION:Drumnadrochit}}. Wrist deformity.
CHI {{HEALTH_PLAN:0304115678}}. Pain 7/10, given Entonox and IN diamorphine.
XR: dorsally angulated distal radius #. MUA under Bier's block by Dr {{NAME:Sorcha Lindgren}}.
Fracture clinic {{DATE:25 Nov}}; school ({{LOCATION:Glen Urquhart High School}}) letter given.
Discharge: Calpol and ibuprofen. Mum {{NAME:Catriona MacAskill}} works at {{LOCATION:Belford Hospital}} in {{LOCATION:Fort William}} and will collect. Pony club instructor {{NAME:Morag Urquhart}} witnessed fall. Follow up {{LOCATION:Raigmore}} fracture clinic {{DATE:25/11/26}} 09:30.
Neurovascular intact post-MUA. Backslab applied. Tetanus n/a. Injury {{DATE:22/11/26}} at about 19:00.
`,
  },
  {
    id: 't14-020',
    kind: 'ED physician note (Brazil, translated)',
    text: `
Pronto-socorro {{DATE:23/11/2026}} 14h20, {{LOCATION:Hospital das Clinicas de Ribeirao Preto}}
Pac. {{NAME:Joao Victor dos Santos Ferreira}}, 33a, CNS {{HEALTH_PLAN:898 0012 3456 7891}}.
Motorcycle crash on {{LOCATION:Avenida Presidente Vargas}} near {{LOCATION:Jardim Sumare}}. FAST negative. GCS 15. Open # R 5th metacarpal.
Tetanus booster, cefazolin 2 g. Ortho (Dr {{NAME:Thais Nakashima Albuquerque}}) for washout.
Partner {{NAME:Leticia Moura}} tel {{PHONE:(16) 5555-0198}}. Employer: courier app, no site.
Plate of motorcycle per SAMU report {{VEHICLE:FQR-2H41}}.
Medico {{NAME:Rafael Guedes}}
Evolution 18h: taken to theatre by Dr {{NAME:Thais Nakashima}}. Mother Dona {{NAME:Aparecida dos Santos}} arrived from {{LOCATION:Sertaozinho}}. Workplace accident report (CAT) not applicable. Social worker {{NAME:Gislaine Prado}}. Police report {{OTHER_ID:BO 2026-004471}}.
Hb 13.1. Cefazolin 2 g q8h. Tetanus toxoid. Accident {{DATE:23/11/2026}} at 12h50.
`,
  },
];

