// train13 notes 1: staff rosters and on-call rotas (people mixed with wards, services, job titles, sites).
export default [
  {
    id: 't13-001',
    kind: 'on-call rota, pipe table, mixed case',
    text: `
GENERAL SURGERY ON-CALL ROTA - week of {{DATE:30 Nov 2026}}
Site: {{LOCATION:Royal Alexandra Hospital}}, {{LOCATION:Paisley}} | second site: {{LOCATION:Inverclyde Royal}}

| Day | Consultant          | Registrar            | FY1 / bleep           | Theatre        |
|-----|---------------------|----------------------|-----------------------|----------------|
| Mon | Mr {{NAME:Calum MacLeod}}     | Dr {{NAME:Aisling Ni Dhuibhir}}  | Dr {{NAME:Tunde Bakare}} / 4417 | Theatre 3      |
| Tue | Ms {{NAME:Priyanka Raghunathan}} | Dr {{NAME:Eilidh Sutherland}} | Dr {{NAME:Jakub Wozniak}} / 4418 | Emergency Theatre |
| Wed | Mr {{NAME:Hamish Grant}}      | Dr {{NAME:Olumide Fashola}}   | Dr {{NAME:Grace Mbeki}} / 4417  | Theatre 3      |
| Thu | Prof {{NAME:Siobhan Doherty}} | Dr {{NAME:Rahul Nair}}       | Dr {{NAME:Will Summers}} / 4419 | Day Surgery Unit |
| Fri | Mr {{NAME:Calum MacLeod}}     | Dr {{NAME:Aisling Ni Dhuibhir}}  | Dr {{NAME:Bishop Okafor}} / 4418 | Theatre 3      |

Swaps: {{NAME:Nair}} <-> {{NAME:Fashola}} agreed {{DATE:24/11/2026}} (rota co-ordinator {{NAME:Morag Kerr}}, ext 2231).
Ward cover: Ward 15 (colorectal), Ward 17 (upper GI), SAU. Renal and Vascular on-call are covered from {{LOCATION:Queen Elizabeth University Hospital}}.
Annual leave this week: Mr {{NAME:Lachlan Baird}} ({{DATE:30/11}}-{{DATE:4/12}}), Dr {{NAME:Oksana Melnyk}} (study leave, course in {{LOCATION:Edinburgh}}).
Locum registrar from {{LOCATION:University Hospital Crosshouse}}: Dr {{NAME:Chinedu Okeke}}, contact via switchboard {{PHONE:0141 496 0744}}.
Paging: Vocera badges only on Ward 15; Careflow bleeps elsewhere. The Hartmann's list on Thursday is a procedure, not a person.
`,
  },
  {
    id: 't13-002',
    kind: 'nursing duty roster, TSV without header',
    text: `
{{LOCATION:Klinikum Nord}} - Station 4B Innere - Dienstplan KW 49
Mo	F	{{NAME:Schneider, Katrin}}	Stationsleitung
Mo	F	{{NAME:Yilmaz, Emre}}	Pflegefachmann
Mo	S	{{NAME:Kowalczyk, Agnieszka}}	Pflegefachfrau
Mo	N	{{NAME:Osei-Bonsu, Abena}}	Pflegefachfrau
Di	F	{{NAME:Schneider, Katrin}}	Stationsleitung
Di	S	{{NAME:Bauer, Jonas}}	Auszubildender
Di	N	{{NAME:Petrovic, Milica}}	Pflegefachfrau
Mi	F	{{NAME:Hoffmann-Aydin, Leyla}}	Praxisanleiterin
Mi	N	{{NAME:Osei-Bonsu, Abena}}	Pflegefachfrau
Springer (Pool): {{NAME:Dragan Ilic}} tel. {{PHONE:040 5550 1834}}
Bei Krankmeldung bitte Frau {{NAME:Kerstin Lange}} anrufen (Pflegedirektion), {{PHONE:040 5550 1800}}.
F = Fruehdienst, S = Spaetdienst, N = Nachtdienst. Station 4A (Kardiologie) und Intensiv nicht in diesem Plan.
`,
  },
  {
    id: 't13-003',
    kind: 'anaesthesia on-call list, numbered',
    text: `
Anaesthesia on call, {{LOCATION:Groote Schuur}} / {{LOCATION:Red Cross War Memorial Children's Hospital}}
Saturday {{DATE:5 December 2026}}
1. Specialist first call: Dr {{NAME:Thandeka Dlamini}} mobile {{PHONE:082 555 0141}}
2. Specialist second call (paeds): Dr {{NAME:Pieter van der Merwe}} {{PHONE:083 555 0177}}
3. Registrar obstetric theatre: Dr {{NAME:Ayesha Parker}}
4. Registrar trauma: Dr {{NAME:Sipho Ndlovu}}
5. Medical officer ICU outreach: Dr {{NAME:Lindiwe Mokoena-Smith}}
6. Intern recovery: Dr {{NAME:Hope Jacobs}}
Blood bank: Western Province Blood Service, ext 3310. Trauma Unit C14, Obstetric Theatre (Maternity block).
Anyone unable to attend: SMS Dr {{NAME:Faiez Adams}} before 07:00. Drugs: sugammadex and remifentanil stock in Theatre Pharmacy only.
Theatre list coordinators: Sr {{NAME:Nomvula Cele}} (main theatres), Sr {{NAME:Wilma Fortuin}} (C-section theatre, {{LOCATION:Mowbray Maternity}} overflow).
Off-site: Dr {{NAME:Jan-Hendrik Steyn}} covering {{LOCATION:Victoria Hospital}}, {{LOCATION:Wynberg}}, {{PHONE:084 555 0163}}; Dr {{NAME:Naledi Khoza}} at {{LOCATION:New Somerset Hospital}}.
Leave: Dr {{NAME:Rashied Isaacs}} ({{DATE:7-11 December}}), Dr {{NAME:Grace Ntuli}} (exams).
Reminder: the Mindray and Draeger machines in Theatre 4 are serviced on {{DATE:8 December}}; Ketamine and Propofol orders go to Theatre Pharmacy, not to Dr {{NAME:Adams}}.
`,
  },
  {
    id: 't13-004',
    kind: 'GP practice staff list with roles and rooms',
    text: `
{{LOCATION:Kaiapoi Medical Centre}} - staff list (updated {{DATE:Nov 2026}})
GPs
- Dr {{NAME:Ruth Tuhiwai}} (Mon/Wed/Fri), room 2
- Dr {{NAME:Sione Fifita}} (Tue/Thu), room 3
- Dr {{NAME:Anneke de Boer}} (locum until {{DATE:18 Dec}})
Nurses
- {{NAME:Mere Pomare}} RN, practice nurse (cervical screening, B4 School Check)
- {{NAME:Leilani Faleolo}} EN, immunisations
Reception
- {{NAME:Kiri}} and {{NAME:Summer Blake}} (front desk), {{NAME:Jo-Anne Wetere}} (practice manager)
Visiting
- {{NAME:Ngaire Walker}}, district nurse from {{LOCATION:Rangiora Health Hub}}
- Diabetes nurse specialist (Te Whatu Ora Waitaha) every second Tuesday
Address: {{LOCATION:12 Sewell Street}}, {{LOCATION:Kaiapoi}} {{LOCATION:7630}}. Phone {{PHONE:03 555 0127}}, fax {{FAX:03 555 0128}}.
`,
  },
  {
    id: 't13-005',
    kind: 'hospitalist shift schedule, CSV without header',
    text: `
{{DATE:2026-12-01}},Day 1,{{NAME:Adeyemi, Folake}},MD,7W Teaching,pgr 3301
{{DATE:2026-12-01}},Day 2,{{NAME:Castillo Ferrer, Jose Maria}},MD,7E Nonteaching,pgr 3302
{{DATE:2026-12-01}},Swing,{{NAME:Lindqvist, Britt}},PA-C,Obs Unit,pgr 3307
{{DATE:2026-12-01}},Nocturnist,{{NAME:Hakimi, Dariush}},MD,All floors,pgr 3310
{{DATE:2026-12-02}},Day 1,{{NAME:Begay, Loretta}},MD,7W Teaching,pgr 3301
{{DATE:2026-12-02}},Day 2,{{NAME:Nguyen, Thi Thanh Huong}},DO,7E Nonteaching,pgr 3302
{{DATE:2026-12-02}},Swing,{{NAME:Rivers, Justice}},NP,Obs Unit,pgr 3307
{{DATE:2026-12-02}},Nocturnist,{{NAME:Hakimi, Dariush}},MD,All floors,pgr 3310
{{DATE:2026-12-03}},Day 1,{{NAME:Adeyemi, Folake}},MD,Telemetry,pgr 3301
{{DATE:2026-12-03}},Day 2,{{NAME:O'Sullivan-Reyes, Brigid}},MD,7E Nonteaching,pgr 3302
{{DATE:2026-12-03}},Day 2,{{NAME:Tsosie-Whitman, Lark}},MD,7E Nonteaching,pgr 3302
{{DATE:2026-12-03}},Swing,{{NAME:Rivers, Justice}},NP,Obs Unit,pgr 3307
{{DATE:2026-12-03}},Nocturnist,{{NAME:Mwangi, Peter Kamau}},MD,All floors,pgr 3310
{{DATE:2026-12-04}},Day 1,{{NAME:Kealoha, Makana}},MD,7W Teaching,pgr 3301
{{DATE:2026-12-04}},Day 2,{{NAME:Abernathy, Will}},MD,7E Nonteaching,pgr 3302
`,
  },
  {
    id: 't13-006',
    kind: 'midwifery team rota, bulleted, mixed languages',
    text: `
Equipe sage-femmes - {{LOCATION:Maternite Port-Royal}}, {{LOCATION:Paris}} 14e
Garde du week-end {{DATE:12-13 decembre}}:
* Salle de naissance: {{NAME:Camille Lefebvre}}, {{NAME:Fatou Diallo}}, {{NAME:Ines Benali}}
* Suites de couches: {{NAME:Marie-Helene Rousseau}}
* Urgences gyneco: {{NAME:Oceane Martin}} (remplacee par {{NAME:Yasmina Haddad}} le dimanche)
* Cadre d'astreinte: M. {{NAME:Thibault Girard}} {{PHONE:01 55 55 02 31}}
* Anesthesiste de garde: Dr {{NAME:Nikolai Ivanov}}
Rappel: Syntocinon et Nalador en armoire B, salle 6. Les transferts in utero vers {{LOCATION:Hopital Necker}} passent par la cellule regionale.
`,
  },
  {
    id: 't13-007',
    kind: 'psychiatry on-call rota with duty phones, fixed width',
    text: `
CRISIS TEAM ROTA  {{LOCATION:Mater Misericordiae}} / {{LOCATION:St Brendan's Hospital, Grangegorman}}
DATE        DUTY PSYCHIATRIST        SPR                 CNS (liaison)
{{DATE:07/12/2026}}  Dr {{NAME:Declan O Flaherty}}     Dr {{NAME:Nnamdi Eze}}        {{NAME:Roisin Keane}}
{{DATE:08/12/2026}}  Dr {{NAME:Mairead Breathnach}}    Dr {{NAME:Huda Al-Tamimi}}    {{NAME:Sean Og Mac Carthaigh}}
{{DATE:09/12/2026}}  Dr {{NAME:Declan O Flaherty}}     Dr {{NAME:Lukas Baranauskas}} {{NAME:Roisin Keane}}
Duty mobile {{PHONE:087 555 0193}} (passed at handover 09:00). Jigsaw and Pieta referrals via the CNS.
Do not list patients on this rota. Beds: {{LOCATION:Phoenix Care Centre}} and Ward 3 Acute.
`,
  },
  {
    id: 't13-008',
    kind: 'pharmacy weekend roster with registration numbers',
    text: `
Pharmacy weekend roster - {{LOCATION:Westmead Hospital}}
Sat {{DATE:19/12}}
  Dispensary: {{NAME:Mei Tanaka}} (AHPRA {{LICENSE:PHA0001844192}}), {{NAME:Bilal Qureshi}} (intern)
  Clinical: {{NAME:Georgina Papadopoulos}} - ICU, {{NAME:Kofi Boateng}} - wards
Sun {{DATE:20/12}}
  Dispensary: {{NAME:Arjun Venkataraman}} (AHPRA {{LICENSE:PHA0001927705}})
  Clinical: {{NAME:Tran Van Minh}} - all wards
On-call after 1700: {{NAME:Georgina Papadopoulos}} {{PHONE:0491 570 158}}
Restricted antimicrobials (meropenem, Zavicefta) need ID approval; Clozaril registry queries to {{NAME:Bilal}} on Monday.
`,
  },
  {
    id: 't13-009',
    kind: 'rural clinic visiting-specialist rota',
    text: `
Visiting specialist calendar, {{LOCATION:Tennant Creek Hospital}} and remote clinics
- {{DATE:3 Feb}}: Dr {{NAME:Aaron Wurramarrba}} (renal) - {{LOCATION:Ali Curung}} clinic, then {{LOCATION:Elliott}}
- {{DATE:10 Feb}}: Dr {{NAME:Kirsty Napaljarri Brown}} (paeds) - {{LOCATION:Wutunugurra}}
- {{DATE:17 Feb}}: Dr {{NAME:Mohammed Iqbal}} (cardiology, echo) - {{LOCATION:Tennant Creek Hospital}} only
- {{DATE:24 Feb}}: Ear Health team (Hearing Australia) - {{LOCATION:Canteen Creek}}
Flights with Air Medical; contact {{NAME:Shirleen Jupurrurla}} at {{LOCATION:Anyinginyi Health}} on {{PHONE:08 8955 5012}}.
RFDS retrievals to {{LOCATION:Alice Springs Hospital}} or {{LOCATION:Royal Darwin Hospital}} as usual.
`,
  },
];
