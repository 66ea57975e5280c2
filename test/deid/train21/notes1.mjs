// train21 notes 1: referral letters with national address formats (UK, Ireland, Germany, France, Netherlands, Japan, India, Brazil, Nigeria).
export default [
  {
    id: 't21-001',
    kind: 'referral letter (UK, flat and postcode)',
    text: `
{{LOCATION:Hollybank Surgery}}, {{LOCATION:14 Mill Lane}}, {{LOCATION:Chorlton}}, {{LOCATION:Manchester}} {{LOCATION:M21 9PL}}
Tel {{PHONE:0161 496 0732}}  Fax {{FAX:0161 496 0733}}

{{DATE:3 November 2026}}

Dear Dr {{NAME:Oyelaran-Birch}},
Re: Mr {{NAME:Tadhg O'Sullivan}}, DOB {{DATE:12/04/1951}}, NHS No {{OTHER_ID:485 777 3456}}
Address: {{LOCATION:Flat 3, Kestrel House, 27 Wilbraham Road}}, {{LOCATION:Fallowfield}}, {{LOCATION:Manchester}} {{LOCATION:M14 6JS}}

Thank you for seeing this gentleman with exertional chest tightness. He still works part-time at {{LOCATION:Trafford Park}} depot ({{LOCATION:Brightwell Logistics}}). ECG shows LBBB; he takes Ramipril 5 mg and Atorvastatin 40 mg. His daughter {{NAME:Niamh}} lives in {{LOCATION:Didsbury}} and will bring him to {{LOCATION:Wythenshawe Hospital}}.

Yours sincerely,
Dr {{NAME:Priya Ramaswamy-Hale}} MRCGP
`,
  },
  {
    id: 't21-002',
    kind: 'discharge address form (Ireland, Eircode)',
    text: `
DISCHARGE DESTINATION FORM - {{LOCATION:St. Brendan's Ward}}, {{LOCATION:University Hospital Galway}}
Patient: {{NAME:Brid Ni Fhlatharta}}   MRN {{MRN:GH2281094}}   Age {{AGE_OVER_89:93}}
Discharge to: {{LOCATION:Cois Fharraige Nursing Home}}, {{LOCATION:Na Forbacha}}, Co. {{LOCATION:Galway}} {{LOCATION:H91 X2T4}}
Previous home: {{LOCATION:Baile na hAbhann}}, {{LOCATION:Inverin}} (lives alone, Irish speaker)
Next of kin: nephew {{NAME:Peadar O Conghaile}}, {{PHONE:091 555 0184}}
Transport: HSE ambulance booked {{DATE:28/11/2026}} 10:30, ref {{OTHER_ID:NAS-55-20871}}
Public health nurse: {{NAME:Siobhan Keady}}, {{LOCATION:Spiddal Health Centre}}
Medical card no. {{HEALTH_PLAN:7704512K}}
`,
  },
  {
    id: 't21-003',
    kind: 'Arztbrief (Germany, street before number)',
    text: `
{{LOCATION:Klinikum Nord}} - Klinik fuer Innere Medizin
{{LOCATION:Tangstedter Landstrasse 400}}, {{LOCATION:22417}} {{LOCATION:Hamburg}}

Entlassungsbrief vom {{DATE:19.11.2026}}
Patientin: {{NAME:Gudrun Poehlmann-Wischnewski}}, geb. {{DATE:02.08.1940}}
Anschrift: {{LOCATION:Am Lohbrueggerkirchberg 7a}}, {{LOCATION:21033}} {{LOCATION:Hamburg-Bergedorf}}, {{LOCATION:2. OG links}}
Hausarzt: Dr. med. {{NAME:Ruediger Stahnke}}, {{LOCATION:Sachsentor 51}}, {{LOCATION:Bergedorf}}

Diagnosen: NSTEMI, Vorhofflimmern (CHA2DS2-VASc 5), Diabetes mellitus Typ 2.
Medikation: Eliquis 5 mg 1-0-1, Metoprolol 47,5 mg.
Die Patientin wird in die Kurzzeitpflege {{LOCATION:Haus am Schleusengraben}} verlegt; Tochter {{NAME:Anke}} ({{PHONE:040 5550 7781}}) ist informiert.
Versichertennr. {{HEALTH_PLAN:K220418837}}
`,
  },
  {
    id: 't21-004',
    kind: 'lettre de liaison (France, cedex, lieu-dit)',
    text: `
{{LOCATION:Centre Hospitalier de Cahors}}, {{LOCATION:335 rue du President Wilson}}, {{LOCATION:46005}} {{LOCATION:Cahors}} Cedex 9
Le {{DATE:21 novembre 2026}}

Cher confrere,
Je vous adresse Mme {{NAME:Marie-Therese Delpech}}, nee {{NAME:Lacombe}}, 87 ans, domiciliee au lieu-dit {{LOCATION:Les Granges}}, {{LOCATION:46090}} {{LOCATION:Lamagdelaine}}, pour bilan d'une chute. Son fils {{NAME:Jean-Baptiste}} habite {{LOCATION:12 bis impasse des Tilleuls}}, {{LOCATION:Pradines}}.
Elle est suivie par l'infirmiere liberale Mme {{NAME:Cazals}} du cabinet de {{LOCATION:Mercues}}.
Traitement: Kardegic 75 mg, Doliprane 1 g si besoin. Echelle de Tinetti 14/28.
Confraternellement, Dr {{NAME:Yannick Le Goff}}, RPPS {{LICENSE:10003384721}}
`,
  },
  {
    id: 't21-005',
    kind: 'huisarts verwijzing (Netherlands, postcode letters)',
    text: `
Verwijsbrief {{DATE:24-11-2026}}
Van: huisartsenpraktijk {{LOCATION:De Linde}}, {{LOCATION:Kerkstraat 18}}, {{LOCATION:5481 EN}} {{LOCATION:Schijndel}}
Aan: polikliniek Geriatrie, {{LOCATION:Jeroen Bosch Ziekenhuis}}, {{LOCATION:'s-Hertogenbosch}}
Betreft: dhr. {{NAME:Willem van der Heijden}}, geb. {{DATE:07-03-1936}}, BSN {{SSN:000-42-9913}}
Adres: {{LOCATION:Boschweg 112-B}}, {{LOCATION:5482 AC}} {{LOCATION:Schijndel}} (aanleunwoning bij {{LOCATION:Zorgcentrum Nieuw Sonniuslaan}})
Geheugenklachten, MMSE 21/30. Dochter {{NAME:Ineke Verhoeven-van der Heijden}} ({{PHONE:06 5550 1290}}) gaat mee.
Met vriendelijke groet, {{NAME:M. de Bruijn}}, huisarts
`,
  },
  {
    id: 't21-006',
    kind: 'referral (Japan, chome-ban-go address)',
    text: `
Referral letter  {{DATE:2026/11/20}}
To: Department of Neurology, {{LOCATION:Sendai City Hospital}}
From: {{LOCATION:Aoba Family Clinic}}, {{LOCATION:2-4-11 Kokubuncho}}, {{LOCATION:Aoba-ku}}, {{LOCATION:Sendai}} {{LOCATION:980-0803}}
Patient: {{NAME:TAKAHASHI Sayuri}} (F, 78)   Insurance no. {{HEALTH_PLAN:04-118832}}
Address: {{LOCATION:3-17-5-302 Tsutsujigaoka}}, {{LOCATION:Miyagino-ku}}, {{LOCATION:Sendai}} {{LOCATION:983-0852}}
Right hand tremor since spring; on Madopar? - no, only Amlodipine 5 mg. Suspect Parkinson's disease.
Husband {{NAME:Takahashi Kenji}} ({{AGE_OVER_89:91}}) is her carer; care manager Ms {{NAME:Onodera}} at {{LOCATION:Kawadaira Home Care Office}}.
Dr {{NAME:Mori Haruto}}
`,
  },
  {
    id: 't21-007',
    kind: 'transfer note (India, landmark address, PIN)',
    text: `
TRANSFER SUMMARY - {{LOCATION:Government Medical College Hospital}}, {{LOCATION:Kozhikode}}
Date of transfer: {{DATE:22/11/2026}}
Name: {{NAME:Fathima Beevi K.}}  W/o {{NAME:Abdul Rasheed}}  UHID {{MRN:2611-48807}}
Address: {{LOCATION:Kunnummal House}}, {{LOCATION:near Juma Masjid}}, {{LOCATION:Puthiyangadi P.O.}}, {{LOCATION:Kozhikode}} - {{LOCATION:673021}}
Referred to {{LOCATION:Aster MIMS}} for PCI. Troponin I 4.2 ng/mL. Loaded with Ecosprin 325 mg and Clopilet 300 mg.
Accompanied by son {{NAME:Shameer}} (mob {{PHONE:+91 98470 55512}}). Ambulance {{VEHICLE:KL-11-AV-4471}}.
ASHA worker {{NAME:Sreeja}} of {{LOCATION:ward 14}}, {{LOCATION:Chevayur}} informed.
`,
  },
  {
    id: 't21-008',
    kind: 'encaminhamento (Brazil, CEP, apto, bairro)',
    text: `
ENCAMINHAMENTO  {{LOCATION:UBS Vila Nova Cachoeirinha}}   {{DATE:18/11/2026}}
Paciente: {{NAME:Antonia das Gracas Ferreira de Souza}}  CNS {{HEALTH_PLAN:700 0018 4432 9913}}
Endereco: {{LOCATION:Rua Bento Fonseca, 245, apto 32, bloco B}} - {{LOCATION:Vila Nova Cachoeirinha}}, {{LOCATION:Sao Paulo}} - SP, CEP {{LOCATION:02611-000}}
Ponto de referencia: {{LOCATION:em frente a Padaria Estrela}}
Encaminho ao {{LOCATION:Hospital Geral de Vila Nova Cachoeirinha}}, ambulatorio de vascular, por ulcera venosa MIE.
ACS responsavel: {{NAME:Claudinei Rocha}}. Filha {{NAME:Jussara}} tel. {{PHONE:(11) 95550-3378}}.
Dra. {{NAME:Luiza Albuquerque Mendes}} CRM-SP {{LICENSE:155021}}
`,
  },
  {
    id: 't21-009',
    kind: 'referral (Nigeria, close/crescent, LGA)',
    text: `
{{LOCATION:Primary Health Centre, Ikorodu}}
{{DATE:25th November 2026}}
The Medical Director, {{LOCATION:Lagos State University Teaching Hospital}}, {{LOCATION:Ikeja}}

RE: Mrs {{NAME:Folasade Adebayo-Ogunleye}}, 34 years, G3P2
Address: {{LOCATION:No. 7, Olaniyan Close, off Ebute Road}}, {{LOCATION:Igbogbo}}, {{LOCATION:Ikorodu LGA}}
Landmark: {{LOCATION:behind Christ Apostolic Church, Oke-Ota}}
Severe pre-eclampsia at 33 weeks, BP 170/112. MgSO4 loading given (Pritchard). Husband {{NAME:Babatunde}} is a trader at {{LOCATION:Ikorodu Garage market}}, phone {{PHONE:0803 555 1246}}.
Signed: {{NAME:Nkechi Eze}}, RN/RM
`,
  },
];
