// train8 notes 4: Aboriginal community-controlled health service care-plan note (Australia), Norwegian home-care
// note, Swedish discharge letter, Finnish school nurse message, Icelandic genetics family history, Latvian employer
// letter, Ukrainian refugee social-work note (Poland), Georgian chaplaincy note, Armenian bereavement note (California).
export default [
  {
    id: 't8-028',
    kind: 'care-plan note (Aboriginal community-controlled health service, Australia)',
    text: `
{{LOCATION:Congress Alukura}}, {{LOCATION:Gap Road}}, {{LOCATION:Alice Springs}} NT {{LOCATION:0870}}
715 health check / GP management plan   {{DATE:2 Nov 2026}}
Client: {{NAME:Rosalie Nampijinpa Kelly}}, 46, Medicare {{HEALTH_PLAN:2953 44718 2}}/1, Centrelink CRN {{OTHER_ID:204 558 117K}}
Lives between {{LOCATION:Hidden Valley}} town camp (house 31) and her mother's place at {{LOCATION:Yuendumu}}.
Aboriginal Health Practitioner {{NAME:Shane Jupurrurla Ross}} saw her with GP Dr {{NAME:Miriam Goldfarb}}.
Diabetes, HbA1c 9.8%. Kidney: eGFR 41. Her aunty {{NAME:Biddy Napaljarri}} (she asks that her late sister's name not be said aloud) is
her main support. Niece {{NAME:Tahlia}} uses the phone {{PHONE:0491 570 156}}. Referral to {{LOCATION:Purple House}} for dialysis
planning and renal nurse {{NAME:Jess O'Toole}}. Bush medicine from the Ngaanyatjarra ladies welcome.
Meds: Jardiance 10 mg, metformin XR 1 g, Coversyl 5 mg. Urine ACR 84. Eye photo at the Spectacle Clinic next month (fundus
image {{PHOTO:kelly_r_fundus_OD.png}}). Care plan uploaded to {{URL:https://myhealthrecord.example.gov.au/doc/2953447182}}.
Transport: {{LOCATION:Tangentyere}} bus; if she goes back to {{LOCATION:Yuendumu}}, recall to the {{LOCATION:Yuendumu Clinic}}.
`,
  },
  {
    id: 't8-029',
    kind: 'home-care nursing note (Norway)',
    text: `
Hjemmesykepleien {{LOCATION:Tromso}} sone Nord - besoksnotat / visit note {{DATE:05.11.2026}} kl 08:15
Bruker: {{NAME:Inga Marja Somby}}, fodt {{DATE:11.03.1934}}, fnr {{OTHER_ID:11033455127}}
Adresse: {{LOCATION:Skippergata 17 B}}, {{LOCATION:9008}} {{LOCATION:Tromso}}. Nokkelboks code kept in the office, not here.
Nurse {{NAME:Sigrid Haugland}} with student {{NAME:Ole-Petter Lund}}. Medication robot Evondos serial {{DEVICE:E300-44718-NO}}
missed the 08:00 bag (her thumb could not reach the button). Fingerprint login to the robot enrolled, template
{{BIOMETRIC:FP-TR-00917}}. Son {{NAME:Nils Aslak Somby}} lives in {{LOCATION:Kautokeino}} and speaks for her in North Sami;
daughter {{NAME:Berit}} ({{PHONE:+47 555 41 732}}) is next of kin. GP: Dr {{NAME:Torstein Kval}}, {{LOCATION:Tromsdalen Legesenter}}.
Report to {{EMAIL:hjemmetjeneste.nord@tromso.example.no}} if robot alarms again.
`,
  },
  {
    id: 't8-030',
    kind: 'discharge letter (Sweden)',
    text: `
Epikris / discharge letter - {{LOCATION:Sahlgrenska Universitetssjukhuset}}, {{LOCATION:Molndal}}, Ortopedi
Patient: {{NAME:Karl-Erik Lindgren}}, personnummer {{OTHER_ID:19290417-5513}}, age {{AGE_OVER_89:97}}
Vardtid {{DATE:2026-10-27}} - {{DATE:2026-11-04}}.
Lives alone at {{LOCATION:Vasagatan 12}}, {{LOCATION:lgh 1102}}, {{LOCATION:411 24}} {{LOCATION:Goteborg}}. Fell in the laundry room; trochanteric
fracture, fixed with a Gamma nail (implant lot GN-2291, not patient-specific). To short-term stay at {{LOCATION:Kortidsboendet Guldheden}}
before going home. His partner {{NAME:Astrid Bergqvist}}, {{AGE_OVER_89:91}}, lives separately in {{LOCATION:Kungsbacka}}. Mobilising with a rollator; Norton 14. Alvedon 1 g x 4, Fragmin 5000 IE until {{DATE:2026-11-25}}, Calcichew-D3.
Son {{NAME:Mats Lindgren}},
tel {{PHONE:070-555 18 27}}. Safety alarm ("trygghetslarm") unit {{DEVICE:TL-558-71204}}. The patient has read this letter via
{{URL:https://journal.example.se/epikris/19290417-5513/20261104}}.
Ansvarig lakare {{NAME:Leyla Karimi}}, leg. lakare
`,
  },
  {
    id: 't8-031',
    kind: 'school nurse message (Finland)',
    text: `
Wilma message  {{DATE:4.11.2026}} 13:42
From: {{NAME:Terhi Makinen}} (school nurse, {{LOCATION:Kalevan koulu}}, {{LOCATION:Tampere}})
To: guardians of {{NAME:Aatu Virtanen}}, class 5B - {{NAME:Jaana Virtanen}}, {{NAME:Mikko Korhonen}}

Hello, at the health check today {{NAME:Aatu}}'s BMI was 14.1 and he has lost 2 kg since the check in
{{DATE:August 2025}}. He says he skips lunch. Please book a visit with Dr {{NAME:Eveliina Niemi}} at {{LOCATION:Hervanta health station}}
({{PHONE:03 5555 6120}}). His teacher {{NAME:Pekka Aaltonen}} and the school psychologist {{NAME:Noora Heikkila}} will meet you on
Thursday {{DATE:12 November}} at 8:15 if that suits. You can also e-mail me: {{EMAIL:terhi.makinen@edu.tampere.example.fi}}.
Regards, {{NAME:Terhi}}
`,
  },
  {
    id: 't8-032',
    kind: 'genetics family history (Iceland)',
    text: `
Erfdaradgjof / genetic counselling - {{LOCATION:Landspitali}}, {{LOCATION:Hringbraut}}, {{LOCATION:Reykjavik}}   {{DATE:3. november 2026}}
Proband: {{NAME:Gudrun Sigurdardottir}}, kt. {{OTHER_ID:120378-4419}}, 48, BRCA2 c.771_775del (the Icelandic founder variant).
Mother {{NAME:Sigurlaug Jonsdottir}} had breast cancer at 52, lives in {{LOCATION:Isafjordur}}. Father {{NAME:Sigurdur Palsson}} (hence
{{NAME:Sigurdardottir}}). Maternal aunt {{NAME:Ragnheidur Jonsdottir}}, ovarian cancer, died in {{LOCATION:Akureyri}}. Brother {{NAME:Einar Sigurdsson}}
untested; his daughters {{NAME:Katla}} and {{NAME:Hekla Einarsdottir}} are 19 and 22. Grandfather {{NAME:Jon Bjarnason}}, fisherman from
{{LOCATION:Bolungarvik}}, prostate cancer at 70. Pedigree image {{PHOTO:pedigree_GS_20261103.png}}.
Counsellor {{NAME:Vigdis Stefansdottir}}; letter to GP at {{LOCATION:Heilsugaeslan Hlidum}}.
`,
  },
  {
    id: 't8-033',
    kind: 'employer letter (Latvia)',
    text: `
{{LOCATION:Riga}}, {{DATE:2026. gada 9. novembris}}
To: occupational physician, {{LOCATION:Paula Stradina kliniska universitates slimnica}}

Certificate. {{NAME:Janis Ozolins}}, personal code {{OTHER_ID:170965-11873}}, has worked since {{DATE:14 April 2014}} as a bus driver
at the {{LOCATION:Imanta}} depot (route 3), licence {{LICENSE:AT 447128}}, bus registration {{VEHICLE:KT-5518}}. After the collapse at the wheel on
{{DATE:28 October}} his licence is suspended pending your opinion. His wife {{NAME:Ilze Ozolina}} (note: female form of the surname)
brings him; the depot nurse {{NAME:Valentina Petrova}} can provide tachograph data. Home: {{LOCATION:Zolitudes iela 22-41}},
{{LOCATION:Riga}}, {{LOCATION:LV-1029}}. His sister {{NAME:Baiba Kalnina}} in {{LOCATION:Cesis}} is the emergency contact, {{PHONE:+371 2555 4187}}.

{{NAME:Aivars Berzins}}, head of personnel, {{EMAIL:personals@rigassatiksme.example.lv}}, fax {{FAX:+371 6755 5109}}
`,
  },
  {
    id: 't8-034',
    kind: 'refugee social-work note (Ukrainian family in Poland)',
    text: `
Social worker note - {{LOCATION:Szpital Specjalistyczny im. Ludwika Rydygiera}}, {{LOCATION:Krakow}}   {{DATE:07.11.2026}}
Patient: {{NAME:Olena Vasylivna Kovalenko}}, 63, PESEL {{OTHER_ID:63021509874}} (UKR status), passport {{OTHER_ID:FX447182}}.
From {{LOCATION:Kramatorsk}}; left in {{DATE:March 2022}} with granddaughter {{NAME:Sofiia}} (14). Her son {{NAME:Andrii}} is serving; his wife
{{NAME:Iryna Kovalenko}} is in {{LOCATION:Lviv}}. They live at {{LOCATION:ul. Wielicka 85/12}}, {{LOCATION:30-552}} {{LOCATION:Krakow}}, in a flat arranged by
{{LOCATION:Caritas Archidiecezji Krakowskiej}}. Volunteer {{NAME:Malgorzata Nowak-Zielinska}} brings her to appointments. Interpreter
{{NAME:Taras Hnatyuk}} by phone. {{NAME:Sofiia}} attends {{LOCATION:Szkola Podstawowa nr 124}}. NFZ coverage ok. Phone {{PHONE:+48 555 201 447}}.
She asked about her husband's grave in {{LOCATION:Sloviansk}}; referred to the Red Cross tracing service. PHQ-9 17; she declines medication but accepts a
Ukrainian-speaking psychologist at {{LOCATION:Centrum Pomocy Psychologicznej Podgorze}} on {{DATE:18 listopada}}. Her blood pressure is controlled on
Prestarium 5 mg. Account for the pharmacy prepayment (PKO) {{ACCOUNT:44 1020 2892 0000 5502 0447 1820}} belongs to the volunteer, not the patient.
`,
  },
  {
    id: 't8-035',
    kind: 'chaplaincy note (Georgia)',
    text: `
{{LOCATION:Tbilisi Central Hospital}}, oncology - pastoral visit   {{DATE:8 November 2026}}
Father {{NAME:Giorgi Beridze}} of {{LOCATION:Sameba Cathedral}} visited at the request of the family. Patient {{NAME:Nino Kapanadze}}, 58,
from {{LOCATION:Telavi}} in Kakheti, metastatic ovarian cancer. Received confession and communion. Her husband {{NAME:Zurab Gelashvili}}
and daughters {{NAME:Tamar}} and {{NAME:Mariam Gelashvili-Tsereteli}} were present; her brother {{NAME:Levan Kapanadze}} came from
{{LOCATION:Kutaisi}}. She asked to be buried in the churchyard at {{LOCATION:Ikalto}}. Pain controlled with morphine (MST) and metoclopramide; ECOG 4. Her sister-in-law {{NAME:Manana Gelashvili}} asked about
the feast of Mariamoba in August, which the patient hopes to see. Her old teacher, {{NAME:Ketevan Chkheidze}}, aged
{{AGE_OVER_89:90}}, phoned. Nurse {{NAME:Lali Japaridze}} will call Father {{NAME:Giorgi}} ({{PHONE:+995 555 41 72 08}}) when the time comes.
`,
  },
  {
    id: 't8-036',
    kind: 'bereavement note (Armenian family, California)',
    text: `
Hospice bereavement call - {{LOCATION:Glendale Adventist hospice}} office   {{DATE:11/07/2026}}
Decedent: {{NAME:Hovhannes}} "{{NAME:Hovik}}" {{NAME:Sarkissian}}, DOD {{DATE:10/20/2026}}, age {{AGE_OVER_89:91}}, SSN {{SSN:000-62-4471}} (for the death certificate).
Born in {{LOCATION:Gyumri}}, lived in {{LOCATION:Aleppo}} and {{LOCATION:Beirut}} before {{LOCATION:Glendale}} (since 1979),
{{LOCATION:1120 E Maple St}}, {{LOCATION:Apt 6}}, {{LOCATION:Glendale}}, CA {{LOCATION:91205}}. Service at {{LOCATION:St. Mary's Armenian Apostolic Church}},
burial {{LOCATION:Forest Lawn Glendale}}. Widow {{NAME:Siranoush}} is "getting by"; daughter {{NAME:Anahit Petrosyan-Derderian}} says her mother
stopped eating after the 40-day hokehangist. Granddaughter {{NAME:Lusine}} interprets. Pharmacy balance closed, account {{ACCOUNT:GA-771039}}.
Bereavement coordinator {{NAME:Arpi Bedrosian}}, LCSW; next call in 30 days. Daughter cell {{PHONE:818-555-0174}}.
`,
  },
];
