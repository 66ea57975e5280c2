// train30 notes 4 (Mongolia and the Baltic states): an Ulaanbaatar family health centre referral, a soum hospital
// transfer, a naadam horse-race injury record, an Estonian e-referral, a Latvian rehabilitation letter, a Lithuanian
// GP record, a Klaipeda seafarers' clinic record, a Saaremaa home-care note and a Tallinn health-portal access log.
export default [
  {
    id: 't30-028',
    kind: 'family health centre referral (Ulaanbaatar)',
    text: `
{{LOCATION:Enkh-Amgalan Family Health Centre}}, {{LOCATION:12th khoroo}}, {{LOCATION:Bayanzurkh duureg}}, {{LOCATION:Ulaanbaatar}}
REFERRAL to {{LOCATION:Third State Central Hospital}}, cardiology   {{DATE:2024.11.19}}

Patient: {{NAME:Batbayaryn Oyunchimeg}} ({{NAME:B. Oyunchimeg}}), female, 57
Civil registration no. {{OTHER_ID:UB57031218}}   Health insurance book {{HEALTH_PLAN:EMD-5550-33817}}
Address: ger, {{LOCATION:Tsaidam street 7-214}}, {{LOCATION:12th khoroo}} (behind {{LOCATION:Nogoon Nuur market}})
Exertional dyspnoea and orthopnoea for 2 months; BP 168/100; AF on ECG, rate 124; ankle oedema. Coal stove in ger.
Started bisoprolol 2.5 mg, furosemide 40 mg. Needs echo and anticoagulation decision.
Husband {{NAME:Dorjiin Ganbold}} drives a taxi, phone {{PHONE:9955-5017}}; daughter {{NAME:G. Anu}} studies in {{LOCATION:Seoul}}.
Doctor: {{NAME:Tserendorjiin Narantuya}}   Feldsher: {{NAME:Sukhbaatar}}
`,
  },
  {
    id: 't30-029',
    kind: 'soum hospital transfer (western Mongolia)',
    text: `
{{LOCATION:Bulgan soum hospital}}, Khovd aimag - TRANSFER to {{LOCATION:Khovd aimag general hospital}}
{{DATE:2025 oni 1 sariin 23}} ({{DATE:23 January 2025}}), 05:30, -38 C

Patient: {{NAME:Dashdondogiin Tsend}}, male, {{AGE_OVER_89:90}}, herder, winter camp at {{LOCATION:Baitag bag}}, 46 km from the soum centre.
Brought by grandson {{NAME:Erdenebat}} on horseback then jeep. Frostbite both feet (grade 2-3), dehydration, BP 90/60.
Warmed, IV saline 1 L, tetanus toxoid. Needs surgical assessment.
Transport: soum ambulance UAZ {{VEHICLE:55-51 HOA}}, driver {{NAME:Myagmar}}, nurse {{NAME:Khulan}}. Road via {{LOCATION:Uyench}}.
Relatives in {{LOCATION:Khovd}} city: daughter {{NAME:Tsendiin Altantsetseg}}, {{PHONE:8855-5023}}.
Kazakh family also at camp: {{NAME:Nurlan Serikuly}} will watch the herd.
Soum doctor: {{NAME:Zh. Bakhyt}}
Addendum: aimag hospital surgeon {{NAME:Ts. Munkhbat}} accepted by radio at 05:50. Family: wife {{NAME:Dulmaa}} (84) stays at the camp
with daughter-in-law {{NAME:Nergui}}; granddaughter {{NAME:Khongorzul}} studies in {{LOCATION:Ulaanbaatar}}. Governor's office ({{NAME:Baasanjav}}) paid for fuel.
`,
  },
  {
    id: 't30-030',
    kind: 'naadam horse-race injury record',
    text: `
FIRST AID POST - {{LOCATION:Khui Doloon Khudag}} race field, national naadam   {{DATE:July 11, 2024}}
Rider: {{NAME:Ganzorigiin Temuulen}}, boy, 9, from {{LOCATION:Erdenesant soum}}, Tuv aimag
Horse trainer: {{NAME:Purevjavyn Baatar}} ({{PHONE:9955-5061}})
Fell at km 22 of the 26 km race (5-year-old horses). Helmet on. GCS 15, LOC none. Left forearm deformity.
Splinted; paracetamol 250 mg. To {{LOCATION:National Trauma and Orthopaedic Research Center}} by ambulance {{VEHICLE:UB 55-21 UBE}}.
X-ray later: distal radius fracture, closed reduction. Mother {{NAME:Oyuntsetseg}} arrived from the camp at 16:00.
Medic: Dr. {{NAME:Enkhjargal Lkhagvasuren}}. Photo of helmet damage taken by federation officer {{NAME:J. Bolormaa}}: {{PHOTO:naadam_helmet_0711_07.jpg}}.
`,
  },
  {
    id: 't30-031',
    kind: 'e-referral (Estonia, saatekiri)',
    text: `
DIGITAL REFERRAL (saatekiri) - Estonian health information system
Sent {{DATE:14.03.2025}} from {{LOCATION:Kristiine Perearstikeskus}}, {{LOCATION:Parnu mnt 238}}, {{LOCATION:Tallinn}} {{LOCATION:11624}}
To: {{LOCATION:North Estonia Medical Centre}}, rheumatology

Patient: {{NAME:Ljudmila Vassiljeva}}, personal code {{OTHER_ID:45503120017}}, Health Insurance Fund cover {{HEALTH_PLAN:EHIF-5550712}}
Address: {{LOCATION:Sopruse pst 175-48}}, {{LOCATION:Mustamae}}, {{LOCATION:Tallinn}} {{LOCATION:13413}}
Symmetrical polyarthritis of MCP and PIP joints for 10 weeks, morning stiffness 2 h. RF 88, anti-CCP > 300, CRP 34.
DAS28 5.4. Started prednisolone 10 mg. Russian-speaking; daughter {{NAME:Jelena}} interprets ({{PHONE:+372 555 0148}}).
Family doctor: {{NAME:Kadri Tamm}}, reg. {{LICENSE:D05512}}; nurse {{NAME:Merike Ounapuu}}.
Cc: occupational physician at {{LOCATION:Ulemiste City}} (patient works in the canteen there).
`,
  },
  {
    id: 't30-032',
    kind: 'rehabilitation centre letter (Latvia)',
    text: `
{{LOCATION:National Rehabilitation Centre Vaivari}}, {{LOCATION:Asaru prospekts 61}}, {{LOCATION:Jurmala}}, {{LOCATION:LV-2008}}
DISCHARGE LETTER to family doctor Dr. {{NAME:Ilze Kalnina}}, {{LOCATION:Ogre}}   {{DATE:2024.09.27}}

Patient: {{NAME:Janis Berzins}}, personal code {{OTHER_ID:150468-15553}}, born {{DATE:15.04.1968}}
Address: {{LOCATION:Brivibas iela 44-7}}, {{LOCATION:Ogre}}, {{LOCATION:Ogre novads}}, {{LOCATION:LV-5001}}
Left MCA ischaemic stroke {{DATE:2024.07.30}} treated at {{LOCATION:Pauls Stradins Clinical University Hospital}} (thrombectomy).
Rehab {{DATE:08.08.2024}}-{{DATE:27.09.2024}}: mRS 4 -> 2; Barthel 45 -> 85; aphasia improving (Latvian).
Walks 200 m with quad stick. Ankle-foot orthosis serial {{DEVICE:OTTO-AFO-5553012}}.
Wife {{NAME:Inese Berzina}} trained in transfers. Brother {{NAME:Andris}} works in {{LOCATION:Bergen}}.
Physiotherapist {{NAME:Liga Ozola}}; neurologist Dr. {{NAME:Aleksandrs Petrovs}}.
`,
  },
  {
    id: 't30-033',
    kind: 'GP record (Lithuania)',
    text: `
{{LOCATION:Antakalnis Outpatient Clinic}}, {{LOCATION:Antakalnio g. 59}}, {{LOCATION:Vilnius}}
GP visit {{DATE:2025-05-06}}   Family doctor: {{NAME:Rasa Kazlauskiene}}

Patient: {{NAME:Jadwiga Sienkiewicz}} (Polish-speaking), 83, personal code {{OTHER_ID:48102065551}}
Home: {{LOCATION:Ziemgaliu g. 5-12}}, {{LOCATION:Nemencine}}, {{LOCATION:Vilnius district}}
CKD 3b, hypertension, gout. eGFR 38. BP 152/84 on Prestarium 5 mg, Concor 5 mg. Allopurinol reduced to 100 mg.
Flu and pneumococcal vaccine given today (PCV20 lot 5HX21).
Lives with son {{NAME:Tadeusz}}; granddaughter {{NAME:Agnieszka Vaitkute}} works at {{LOCATION:Santaros Klinikos}} as a nurse.
Neighbour {{NAME:Vytautas Petrauskas}} drives her to church at {{LOCATION:St. Raphael the Archangel Church}}.
Next visit {{DATE:August 2025}}. Phone {{PHONE:+370 655 50123}}.
`,
  },
  {
    id: 't30-034',
    kind: 'seafarers\' clinic record (Klaipeda port)',
    text: `
{{LOCATION:Klaipeda Seamen's Hospital}}, {{LOCATION:Liepojos g. 45}}, {{LOCATION:Klaipeda}}   Port health clinic
{{DATE:18/02/2025}}   Vessel: MV Nordic Heron (IMO 9555012)

1. {{NAME:Rodelio Bautista Manalo}}, 41, AB seaman, Philippines, seaman's book {{OTHER_ID:PHL-C5550231}}. Crush injury R
   index finger (hatch cover). X-ray {{PHOTO:KSH_MANALO_RIDX_0218.jpg}}: tuft fracture. Unfit 10 days.
2. {{NAME:Kofi Mensah Boateng}}, 35, oiler, Ghana. Toothache; dental at {{LOCATION:Klaipeda Dental Centre}}.
3. {{NAME:Oleksandr Tkachenko}}, 52, chief engineer, Ukraine. BP 170/104. Amlodipine. Fit with follow-up at next port
   ({{LOCATION:Gdynia}}).
Agent: {{NAME:Darius Jankauskas}}, Baltic Ship Agency, {{PHONE:+370 46 555 012}}, {{EMAIL:ops@balticshipagency.example.lt}}.
Doctor: {{NAME:Egle Rimkute}}
`,
  },
  {
    id: 't30-035',
    kind: 'home-care note (Saaremaa island)',
    text: `
{{LOCATION:Kuressaare Hospital}} home nursing service - visit note
{{DATE:05.12.2024}}   Nurse {{NAME:Ulle Saar}}

Client: {{NAME:Aino Kask}}, {{AGE_OVER_89:95}}, lives alone on a farm at {{LOCATION:Tornimae}}, {{LOCATION:Saaremaa Parish}}
(farm name {{LOCATION:Mardi talu}}, last house before the sea).
Heart failure NYHA III, leg ulcers. Weight stable. Compression bandages changed. Hearing aids (Oticon, serial
{{DEVICE:OT5551208}}) need new batteries. Wood stove; firewood brought by neighbour {{NAME:Toomas Ilves}}.
Son {{NAME:Priit Kask}} in {{LOCATION:Helsinki}} ({{PHONE:+358 40 555 0117}}) comes at Christmas.
Ferry from {{LOCATION:Virtsu}} delayed by ice last week; pharmacy delivered furosemide by post.
Family doctor Dr. {{NAME:Maarja-Liis Pold}} aware. Next visit {{DATE:12.12}}.
`,
  },
  {
    id: 't30-036',
    kind: 'health-portal access log (Tallinn)',
    text: `
ACCESS REVIEW - patient complaint {{OTHER_ID:TK-2025-0551}}   Reviewer: data protection officer {{NAME:Rein Sepp}}
Patient: {{NAME:Svetlana Orlova}}, personal code {{OTHER_ID:48807250553}}
Complaint: "someone at my workplace clinic looked at my records". Log extract (portal {{URL:https://digilugu.example.ee/audit}}):
{{DATE:2025-01-08}} 09:14  user {{NAME:kmagi}} ({{NAME:Kristjan Magi}}, occupational health)  IP {{IP:192.0.2.118}}  view: summary
{{DATE:2025-01-08}} 09:16  user {{NAME:kmagi}}  IP {{IP:192.0.2.118}}  view: psychiatry note of {{DATE:12.11.2024}}
{{DATE:2025-01-09}} 13:40  user {{NAME:otamm}} ({{NAME:Oskar Tamm}}, family doctor)  IP {{IP:198.51.100.61}}  prescription renewal
Finding: psychiatry note access by {{NAME:K. Magi}} had no treatment relationship. Reported to the employer's clinic at
{{LOCATION:Maardu}} and to the Data Protection Inspectorate. Patient informed by letter to {{LOCATION:Kalamaja}}
address {{LOCATION:Kotzebue 30-5}}, {{LOCATION:Tallinn}}.
`,
  },
];
