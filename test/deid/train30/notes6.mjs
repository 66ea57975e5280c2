// train30 notes 6 (Hungary, Romania, Bulgaria, Moldova): a Budapest GP referral (beutalo), a health visitor's record
// in a Borsod village, a Maramures family-doctor letter, a returning worker's EHIC letter, a Plovdiv referral
// (napravlenie), a Roma health mediator's report, a Chisinau referral, a Moldovan village health-centre record with
// relatives abroad, and a Hungarian e-prescription access record.
export default [
  {
    id: 't30-046',
    kind: 'GP referral (Hungary, beutalo)',
    text: `
BEUTALO (REFERRAL)   {{DATE:2024. marcius 15.}}
Haziorvosi rendelo dr. {{NAME:Szabo Gergely}}, {{LOCATION:Budapest}}, {{LOCATION:XIII. kerulet}}, {{LOCATION:Vaci ut 78.}}  Tel.: {{PHONE:+36 1 555 0172}}
Physician stamp no. {{LICENSE:55123}}

To: Pulmonology outpatient clinic, {{LOCATION:Semmelweis Egyetem Pulmonologiai Klinika}}, {{LOCATION:Dios arok 1/c}}
Patient: {{NAME:Kovacs Istvanne}} (born {{NAME:Toth Erzsebet}}), born {{DATE:1951. 02. 03.}}, TAJ {{HEALTH_PLAN:055 512 347}}
Address: {{LOCATION:1138}} {{LOCATION:Budapest}}, {{LOCATION:Dunavirag utca 4. 3. em. 12.}}
Chronic cough for 4 months, 30 pack-years (quit 2010), weight loss 5 kg, chest X-ray: 3 cm RUL opacity.
Please: CT thorax, bronchoscopy. Medication: Co-Prenessa 4/1.25 mg, Atorvastatin 20 mg, Berodual inhaler.
Husband {{NAME:Kovacs Istvan}} died in 2019; son {{NAME:Kovacs Balint}} lives in {{LOCATION:Gyor}}, daughter {{NAME:Kovacs Reka Hope}}
in {{LOCATION:Galway}}. Neighbour {{NAME:Nagy Ferencne}} has a key.
Hospital ID at the clinic: {{MRN:SE-PUL-0555183}}
{{LOCATION:Szeged}} cousin {{NAME:Kiss-Varga Eszter}} (nurse) may receive results by phone, {{PHONE:+36 30 555 0143}}. Patient reports asbestos exposure
at the {{LOCATION:Lorinc}} factory 1972-1990; former colleagues {{NAME:Bodnar Lajos}} and {{NAME:Sipos Gyula}} died of mesothelioma.
`,
  },
  {
    id: 't30-047',
    kind: 'health visitor record (Borsod village, Hungary)',
    text: `
VEDONOI NAPLO (health visitor's diary) - district {{LOCATION:Told}}-{{LOCATION:Bodvaszilas}}, {{LOCATION:Borsod-Abauj-Zemplen county}}
Health visitor: {{NAME:Lakatos Tunde}}   {{DATE:2025.02.04}}

Home visit to {{NAME:Balogh Szilvia}} (19), {{LOCATION:Petofi Sandor utca 22.}}, {{LOCATION:Bodvaszilas}}: baby {{NAME:Balogh Krisztofer}},
born {{DATE:2025.01.21}} at {{LOCATION:Miskolc Semmelweis Hospital}}, 3,050 g. Breastfeeding well, weight 3,380 g today.
Cord fallen off. Jaundice fading. Vitamin D 400 IU started. Partner {{NAME:Rostas Jeno}} works in {{LOCATION:Kecskemet}} at the car factory.
Grandmother {{NAME:Balogh Janosne}} ("{{NAME:Manci}}") helps. House: one room heated with wood, mould on wall - reported to the
family support service ({{NAME:Horvath Ildiko}}). BCG given in hospital. Next visit {{DATE:02.18}}.
Also saw {{NAME:Olah Bianka}}, 16, pregnant 24 weeks, missed antenatal visit at {{LOCATION:Edeleny}}; appointment rebooked.
`,
  },
  {
    id: 't30-048',
    kind: 'family-doctor letter (Maramures, Romania)',
    text: `
CABINET MEDICINA DE FAMILIE dr. {{NAME:Pop Ileana-Maria}}, {{LOCATION:sat Ocna Sugatag}}, {{LOCATION:comuna Ocna Sugatag}}, {{LOCATION:judetul Maramures}}
Tel. {{PHONE:0262 555 014}}   {{DATE:14.11.2024}}

SCRISOARE MEDICALA (medical letter) to Geriatrics, {{LOCATION:Spitalul Judetean de Urgenta Dr. Constantin Opris Baia Mare}}
Pacienta: {{NAME:BUD Maria}}, {{AGE_OVER_89:96}} ani (years), CNP {{OTHER_ID:2281004245551}}, card de sanatate {{HEALTH_PLAN:80642555010287}}
Domiciliu: {{LOCATION:sat Breb nr. 114}}, {{LOCATION:comuna Ocna Sugatag}} (wooden house by the {{LOCATION:Breb wooden church}})
Progressive confusion over 3 weeks, falls x2, Na 124 on {{DATE:11.11}}. On indapamide (Tertensif SR) - stopped.
Lives with granddaughter {{NAME:Ioana Bud-Hotea}}; son {{NAME:Vasile Bud}} works in {{LOCATION:Torino}} ({{PHONE:+39 333 555 0128}}).
Priest parintele {{NAME:Gheorghe Petreus}} visits. Transport: ambulance from {{LOCATION:Sighetu Marmatiei}} substation.
Semnatura, dr. {{NAME:Pop}}
`,
  },
  {
    id: 't30-049',
    kind: 'returning worker medical letter (EHIC, Romania-Spain)',
    text: `
{{LOCATION:Hospital Universitario de Torrejon}}, {{LOCATION:Calle Mateo Inurria s/n}}, {{LOCATION:28850}} {{LOCATION:Torrejon de Ardoz}}, Madrid
Informe de alta / discharge report (English copy for the family doctor in Romania)   {{DATE:08/05/2025}}

Patient: {{NAME:Constantin Florin Marinescu}}, born {{DATE:22/09/1976}}, EHIC {{HEALTH_PLAN:80642555019931}} (CNAS Romania),
NIE {{OTHER_ID:Y5551234Z}}. Address in Spain: {{LOCATION:Calle de Cristo 18, 2B}}, {{LOCATION:Alcala de Henares}}.
Home address: {{LOCATION:str. Libertatii nr. 9}}, {{LOCATION:Alexandria}}, {{LOCATION:judetul Teleorman}}
Admitted {{DATE:02/05/2025}} after a fall from scaffolding at a building site in {{LOCATION:Coslada}}: L1 burst fracture
without neurological deficit, TLSO brace. Treated by Dr. {{NAME:Mercedes Garcia de la Fuente}}.
Brother {{NAME:Marian Marinescu}} and cousin {{NAME:Nicoleta Dragomir}} will drive him to {{LOCATION:Bucuresti}}.
Follow-up: orthopaedics in Romania in 4 weeks; please obtain MRI. Invoice {{ACCOUNT:HUT-25-055178}} sent to CNAS.
Work accident report {{OTHER_ID:AT-28-2025-05512}}; employer's safety officer {{NAME:Javier Ochoa Urrutia}}.
`,
  },
  {
    id: 't30-050',
    kind: 'referral (Bulgaria, napravlenie)',
    text: `
NAPRAVLENIE (REFERRAL) form 3, no. {{OTHER_ID:000555127}}   Date {{DATE:03.10.2024}}
GP: d-r {{NAME:Rumyana Petkova Dimitrova}}, {{LOCATION:MC Trakia}}, {{LOCATION:Plovdiv}}   UIN {{LICENSE:1655512341}}
To: Endocrinology, {{LOCATION:UMBAL Sv. Georgi}}, {{LOCATION:Plovdiv}}

Patient: {{NAME:Fatme Ahmedova Mehmedova}}, EGN {{OTHER_ID:6410055512}}, NZOK cover {{HEALTH_PLAN:NZOK-16-0555127}}
Address: {{LOCATION:zh.k. Trakia}}, {{LOCATION:bl. 154, vh. B, et. 6, ap. 16}}, {{LOCATION:Plovdiv}} {{LOCATION:4023}}
(family house in {{LOCATION:Zlatograd}}, Smolyan region, where she spends summers)
Diagnosis: nodular goitre, TSH 0.08, FT4 22. Ultrasound: 2.4 cm left nodule TI-RADS 4. Please FNA and scintigraphy.
Husband {{NAME:Salih Mehmedov}}; daughter {{NAME:Aysel Salihova}} works in {{LOCATION:Bursa}} ({{PHONE:+90 555 012 3348}}).
Contact: {{PHONE:0888 555 014}}.
`,
  },
  {
    id: 't30-051',
    kind: 'Roma health mediator report (Plovdiv, Bulgaria)',
    text: `
HEALTH MEDIATOR MONTHLY REPORT - {{LOCATION:Stolipinovo}} quarter, {{LOCATION:Plovdiv}}   {{DATE:November 2024}}
Mediator: {{NAME:Asen Kirilov}}   Supervisor: d-r {{NAME:Milena Todorova}} ({{LOCATION:DKC 5 Plovdiv}})

- Accompanied {{NAME:Zaprinka Asenova}} (32) and her 4 children to GP registration; children {{NAME:Denitsa}}, {{NAME:Kristiyan}},
  {{NAME:Angel}} and {{NAME:Mustafa}} had no GP. Registered with d-r {{NAME:Yordanov}} on {{LOCATION:ul. Mitropolit Kiril 3}}.
- {{NAME:Kadir Yusein}} (58), insulin user, lost his insurance after working in {{LOCATION:Dortmund}}; helped pay arrears.
- Measles catch-up: 41 children vaccinated at the school {{LOCATION:OU Sv. Kliment Ohridski}} with nurse {{NAME:Galya Stoyanova}}.
- TB contact tracing for the family of {{NAME:Ivan Ivanov "Vanko"}} at {{LOCATION:ul. Rodopi 112}}: 7 contacts, 2 referred to
  {{LOCATION:SBALPFZ Plovdiv}}.
- Grandmother {{NAME:Sultana Mehmed}} ({{AGE_OVER_89:93}}) bedridden; home visit by GP on {{DATE:20.11.2024}}.
Mediator phone {{PHONE:0878 555 091}}.
Also: {{NAME:Emil Kostadinov}} (mediator from {{LOCATION:Sliven}}) shadowed me for two days; Dr {{NAME:Yordanov}}'s nurse {{NAME:Petya}} now calls me
directly. The family of {{NAME:Ramadan Ali}} asked for help with the disability commission (TELK) for their son {{NAME:Elvis}}.
`,
  },
  {
    id: 't30-052',
    kind: 'referral (Moldova, Chisinau)',
    text: `
{{LOCATION:Centrul Medicilor de Familie Botanica}}, {{LOCATION:str. Grenoble 255}}, {{LOCATION:MD-2019}} {{LOCATION:Chisinau}}
BILET DE TRIMITERE to Cardiology, {{LOCATION:Institutul de Cardiologie}}   {{DATE:2025.01.16}}

Patient: {{NAME:Ceban Ion Vasile}}, 67, IDNP {{OTHER_ID:2002555012347}}, CNAM policy {{HEALTH_PLAN:CNAM-5550-118273}}
Address: {{LOCATION:bd. Dacia 47/2, ap. 88}}, {{LOCATION:sect. Botanica}}, {{LOCATION:Chisinau}}
Unstable angina (pain at rest twice this week), ECG ST depression V4-V6, troponin negative. Aspirin 75, atorvastatin 40.
Previous PCI in {{LOCATION:Odesa}} in 2016 (records lost).
Wife {{NAME:Ceban Tamara}}; son {{NAME:Ceban Sergiu}} in {{LOCATION:Ivry-sur-Seine}}; a friend from {{LOCATION:Comrat}},
{{NAME:Dimitri Kuroglo}}, drove him today. Family doctor: {{NAME:Rusu Natalia}}, phone {{PHONE:+373 22 555 017}}, fax {{FAX:+373 22 555 018}}.
`,
  },
  {
    id: 't30-053',
    kind: 'village health-centre record with relatives abroad (Moldova)',
    text: `
{{LOCATION:Centrul de Sanatate Cazangic}}, {{LOCATION:raionul Leova}}   Visit {{DATE:2024-12-20}}
Nurse: {{NAME:Munteanu Valentina}}   Family doctor (visiting Tuesdays): {{NAME:Grosu Andrei}}

Patient: {{NAME:Lungu Eudochia}}, F, 81, lives alone at {{LOCATION:str. Stefan cel Mare 48}}, {{LOCATION:s. Cazangic}}.
Hypertension, knee OA. BP 172/96: she had stopped Enap because the pharmacy in {{LOCATION:Leova}} had none. Re-started.
Children all abroad: daughter {{NAME:Lungu-Rossi Svetlana}} in {{LOCATION:Padova}}, son {{NAME:Lungu Mihai}} in {{LOCATION:Surgut}},
son {{NAME:Michael Lungu}} in {{LOCATION:Sacramento}} (his SSN {{SSN:000-55-1287}} is on the remittance form she brought).
Video call with {{NAME:Svetlana}} by Viber from the nurse's phone; the call came from IP {{IP:203.0.113.201}} on her account.
Neighbour {{NAME:Tudor Cojocaru}} brings water. Social assistant {{NAME:Ciobanu Lilia}} ({{LOCATION:primaria Cazangic}}) notified about firewood.
Next visit {{DATE:January 10}}.
`,
  },
  {
    id: 't30-054',
    kind: 'e-prescription access record (Hungary, EESZT)',
    text: `
EESZT (national e-health space) - pharmacy dispensing record
Pharmacy: {{LOCATION:Szent Istvan Patika}}, {{LOCATION:Szeged}}, {{LOCATION:Karasz utca 6.}}   pharmacist dr. {{NAME:Molnar Dora}}
Dispensed {{DATE:2025.04.02.}} 11:05

Patient: {{NAME:Farkas Zoltan}}, TAJ {{HEALTH_PLAN:055 718 204}}, identified by face ID in the EgeszsegAblak app,
template {{BIOMETRIC:EESZT-FACE-55507721}}; proxy collection by {{NAME:Farkas Zoltanne}}.
Prescriber: dr. {{NAME:Juhasz Peter}}, {{LOCATION:Szegedi Tudomanyegyetem Szent-Gyorgyi Albert Klinikai Kozpont}}
Items: Xarelto 20 mg x 28, Concor 5 mg x 30, Humalog KwikPen x 5, FreeStyle Libre 2 sensor x 2.
Access log: {{URL:https://eeszt.example.hu/recept/5550-77210}} from {{IP:198.51.100.144}} (pharmacy terminal).
Patient e-mail for receipt: {{EMAIL:farkas.zoltan55@freemail.example.hu}}
`,
  },
];
