// train12 notes 6: Poland, Romania, Ukraine, Greece, Portugal: discharge summaries (karta informacyjna, epicriza,
// vypyska), referral and clinic letters, an operation note; ul./str./vul./odos/Rua addresses, patronymics, postcodes.
export default [
  {
    id: 't12-046',
    kind: 'discharge summary (Poland, karta informacyjna in English)',
    text: `
{{LOCATION:Uniwersytecki Szpital Kliniczny we Wroclawiu}}, {{LOCATION:ul. Borowska 213}}, {{LOCATION:50-556 Wroclaw}}
Klinika Kardiologii - DISCHARGE SUMMARY (Karta informacyjna leczenia szpitalnego)
Patient: {{NAME:Grzegorz Wojciechowski}}, PESEL {{OTHER_ID:55061209871}}, age 69
Address: {{LOCATION:ul. Kosciuszki 14/3}}, {{LOCATION:58-100 Swidnica}}
Book of hospitalisation no. {{MRN:2025/KAR/08812}}
Stay: {{DATE:14.02.2025}} - {{DATE:21.02.2025}}
Diagnosis: NSTEMI (I21.4); PCI of LAD with DES; HFmrEF (EF 45%); paroxysmal AF.
Medications: Brilique 90 mg BID for 12 months, Xarelto 15 mg (triple therapy 1 week), Concor 5 mg, Atoris 40 mg.
Recommendations: cardiac rehabilitation at {{LOCATION:Szpital Specjalistyczny w Szczawnie-Zdroju}}; control in outpatient clinic
with dr {{NAME:Katarzyna Zielinska-Mazur}} on {{DATE:24.03.2025}}.
Wife {{NAME:Halina}}, tel. {{PHONE:+48 555 018 273}}.
Discharging physician: lek. med. {{NAME:Pawel Nowicki}}, PWZ {{LICENSE:2918373}}
Zespol: dr {{NAME:Tomasz Krawczyk}}, piel. {{NAME:Bozena Mroz}}. Syn {{NAME:Lukasz Wojciechowski}} (lives in {{LOCATION:Legnica}}) collects the documents.
`,
  },
  {
    id: 't12-047',
    kind: 'referral letter (Romania, family doctor to county hospital)',
    text: `
{{LOCATION:Cabinet Medicina de Familie Dr. Ionescu}}, dr. {{NAME:Ionescu Maria-Magdalena}}, {{LOCATION:Str. Mihai Eminescu nr. 22}}, {{LOCATION:Bistrita}}
Bilet de trimitere (referral) seria {{OTHER_ID:BT-BN 0555183}}     Data: {{DATE:11.06.2025}}

Catre: {{LOCATION:Spitalul Judetean de Urgenta Bistrita}}, Sectia Neurologie
Pacient: {{NAME:POP Vasile-Ioan}}, 74 ani, CNP {{OTHER_ID:1500612055183}}
Domiciliu: {{LOCATION:sat Sieu-Magherus}} nr. {{LOCATION:118}}, comuna {{LOCATION:Sieu-Magherus}}, jud. {{LOCATION:Bistrita-Nasaud}}
Simptome: tremor de repaus mana dreapta, bradikinezie, mers cu pasi mici de 1 an. Suspicion of Parkinson's disease.
Antecedente: HTA gr. II, DZ tip 2 (Siofor 850 mg x2). Casa de Asigurari: CAS BN, asigurat {{HEALTH_PLAN:CAS-BN-555-01829}}.
Fiica: {{NAME:Pop Ana-Maria}} (lucreaza in {{LOCATION:Cluj-Napoca}}), tel. {{PHONE:0745 555 219}}.
Parafa medic: {{LICENSE:B55018}}
Asistenta medicala: {{NAME:Rus Ileana}}. Sotia: {{NAME:Pop Floarea}}, 71 ani; bunica {{NAME:Pop Veronica}}, {{AGE_OVER_89:96}} ani, also in the household.
`,
  },
  {
    id: 't12-048',
    kind: 'vypyska / discharge summary (Ukraine, in English)',
    text: `
{{LOCATION:Kyiv City Clinical Hospital No. 17}}, {{LOCATION:Kyiv}} - Department of Traumatology
EXTRACT FROM MEDICAL RECORD (vypyska) No. {{MRN:4417/25}}
Patient: {{NAME:Shevchenko Andrii Mykolaiovych}} (surname Shevchenko, patronymic Mykolaiovych), born {{DATE:14.09.1989}}
Address: {{LOCATION:vul. Bulvarno-Kudriavska 24}}, kv. {{LOCATION:17}}, {{LOCATION:Kyiv}}, {{LOCATION:01054}}
Hospitalised {{DATE:02.04.2025}} - {{DATE:19.04.2025}} after blast injury (shelling) in {{LOCATION:Bucha}}.
Dx: open fracture of the right tibia (Gustilo IIIA), shrapnel wounds of the thigh, tympanic membrane perforation.
Surgery {{DATE:03.04.2025}}: debridement, external fixator; {{DATE:11.04.2025}}: intramedullary nail, SN {{DEVICE:UTN-9A-555183}}.
Cultures: Acinetobacter baumannii (carbapenem-resistant); colistin + meropenem.
Rehabilitation at {{LOCATION:Unbroken National Rehabilitation Center}}, {{LOCATION:Lviv}}. Mother {{NAME:Shevchenko Olha Petrivna}}, {{PHONE:+380 67 555 1830}}.
Head of department: {{NAME:Bondarenko I. V.}}
Treating surgeon: {{NAME:Melnyk Serhii Oleksandrovych}}; nurse {{NAME:Kravets Oksana}}. Wife {{NAME:Shevchenko Iryna Vasylivna}}.
`,
  },
  {
    id: 't12-049',
    kind: 'outpatient clinic letter (Greece, Thessaloniki)',
    text: `
{{LOCATION:AHEPA University General Hospital}}, {{LOCATION:Kiriakidi 1}}, {{LOCATION:546 36 Thessaloniki}}
Haematology Outpatient Clinic                                          {{DATE:5/11/2025}}

Dear colleague Dr. {{NAME:Papadopoulos}},
Mr. {{NAME:Konstantinos Georgiou Papanikolaou}} (father's name Georgios), aged 38, AMKA {{OTHER_ID:05058955518}},
of {{LOCATION:Odos Egnatia 112}}, {{LOCATION:Kalamaria}}, has beta-thalassaemia major and is transfused every 3 weeks at our
day unit. Ferritin 2,300 despite Exjade; MRI T2* of the heart 14 ms. We have added Desferal 40 mg/kg SC 5 nights/week
via a CADD pump ({{DEVICE:CADD-Legacy SN 555-20918}}). EOPYY insurance no. {{HEALTH_PLAN:EOPYY-555018294}}.
His sister {{NAME:Eleni}} in {{LOCATION:Serres}} is HLA-typed for possible donation.
Yours, Dr. {{NAME:Sofia Karamanli-Vlachou}}, Haematologist. Tel {{PHONE:2310 555 903}}, fax {{FAX:2310 555 904}}
cc: Dr. {{NAME:Athanasios Dimitriou}} (cardiology), nurse {{NAME:Vasiliki}}. Mother {{NAME:Maria Papanikolaou}} donated blood last month.
`,
  },
  {
    id: 't12-050',
    kind: 'operation note (Portugal, Porto)',
    text: `
{{LOCATION:Centro Hospitalar Universitario de Sao Joao}}, {{LOCATION:Porto}} - Servico de Cirurgia Geral
RELATORIO OPERATORIO / OPERATION NOTE   {{DATE:2025-01-29}}
Doente: {{NAME:Antonio Manuel Pereira da Costa e Silva}}, 71, processo {{MRN:SJ-10582214}}, utente SNS {{HEALTH_PLAN:255501827}}
Morada: {{LOCATION:Rua de Cedofeita, 412}}, 2.o Esq., {{LOCATION:4050-174 Porto}}
Cirurgiao: Dr. {{NAME:Rui Magalhaes}}; Ajudantes: Dra. {{NAME:Ines Carvalho}}, Dr. {{NAME:Goncalo Sa}}
Procedure: Whipple pancreaticoduodenectomy (pylorus-preserving) for adenocarcinoma of the pancreatic head.
Findings: 2.5 cm mass, no liver metastases, SMV not involved. Child reconstruction; pancreaticojejunostomy (Blumgart).
Two Blake drains. EBL 450 mL. Frozen section margins negative.
Next of kin: filha {{NAME:Ana Rita Costa e Silva}}, {{PHONE:+351 912 555 031}}.
Anestesista: Dra. {{NAME:Filipa Mota Pinto}}. Enfermeiros: {{NAME:Joao Ferraz}}, {{NAME:Sandra Lopes}}. Wife {{NAME:Maria de Fatima Costa e Silva}} was informed.
`,
  },
  {
    id: 't12-051',
    kind: 'discharge summary (Romania, epicriza, paediatric)',
    text: `
{{LOCATION:Spitalul Clinic de Urgenta pentru Copii "Grigore Alexandrescu"}}, {{LOCATION:Bucuresti}}
EPICRIZA    FO nr. {{MRN:25/18832}}
Pacient: {{NAME:Stanciu Darius-Andrei}}, 9 ani; mama {{NAME:Stanciu Roxana}}, tata {{NAME:Stanciu Florin}}
Domiciliu: {{LOCATION:Bd. Iuliu Maniu nr. 7}}, bl. {{LOCATION:P3}}, sc. {{LOCATION:B}}, ap. {{LOCATION:42}}, {{LOCATION:Sector 6}}, {{LOCATION:Bucuresti}}
Internat {{DATE:20.10.2025}} - externat {{DATE:30.10.2025}}.
Diagnostic: burns 18% TBSA (scald, 2nd degree) of trunk and left arm.
Dressings with silver sulfadiazine; split-thickness skin graft {{DATE:25.10.2025}}. Photos: {{PHOTO:arsi_darius_251025_01.jpg}}.
School: {{LOCATION:Scoala Gimnaziala nr. 169}}. Recomandari: follow-up in burns clinic, Dr. {{NAME:Alexandra Dumitrescu}}.
Echipa: Dr. {{NAME:Radu Popescu}}, as. {{NAME:Mihaela Georgescu}}. Bunica {{NAME:Stanciu Elena}} at bedside most days.
`,
  },
  {
    id: 't12-052',
    kind: 'referral letter (Poland, GP to specialist, rural)',
    text: `
{{LOCATION:Niepubliczny Zaklad Opieki Zdrowotnej "Zdrowie"}}, {{LOCATION:Gorlice}}
Skierowanie / Referral        {{DATE:8 September 2025}}
Do: Poradnia Pulmonologiczna, {{LOCATION:Szpital Specjalistyczny im. H. Klimontowicza}}, {{LOCATION:Gorlice}}
Pacjent: {{NAME:Kowalczyk Stanislaw}}, ur. {{DATE:03.05.1953}}, zam. {{LOCATION:Wysowa-Zdroj 114}}, {{LOCATION:38-316 Wysowa-Zdroj}}
Former miner at {{LOCATION:KWK Bogdanka}} (1974-2001). Progressive dyspnoea, mMRC 3, FEV1 41%. CXR: reticulonodular shadows upper zones.
Suspected pneumoconiosis vs. post-TB fibrosis. Currently Spiriva Respimat and Berodual.
Syn {{NAME:Marek}}, tel. {{PHONE:555 128 094}}. Lekarz: {{NAME:Agnieszka Lewandowska-Kruk}}, nr PWZ {{LICENSE:5503128}}
Pielegniarka srodowiskowa: {{NAME:Danuta Bielak}}. Corka {{NAME:Ewa Kowalczyk-Nowak}} lives in {{LOCATION:Nowy Sacz}}.
`,
  },
  {
    id: 't12-053',
    kind: 'transfer note (Ukraine, frontline to Lviv, train evacuation)',
    text: `
{{LOCATION:Kramatorsk City Hospital No. 3}} - transfer note, {{DATE:27 June 2025}}
Patient: {{NAME:Tkachenko Nadiia Ivanivna}}, {{AGE_OVER_89:92}} y, bedbound, from {{LOCATION:vul. Pryvokzalna 8}}, {{LOCATION:Druzhkivka}}
By ambulance {{VEHICLE:AH 4471 KO}} to the station, then the MSF medical evacuation train to {{LOCATION:First Medical Union of Lviv}}
Diagnoses: hip fracture (conservative), stage 3 sacral pressure injury, dementia, CKD 3b.
Braden 10. Catheter 14 Fr changed {{DATE:25.06.2025}}. Apixaban 2.5 mg BID.
Granddaughter {{NAME:Yuliia Koval}} in {{LOCATION:Dnipro}}: {{PHONE:+380 50 555 4172}}, {{EMAIL:y.koval@example.com.ua}}.
Sending doctor: {{NAME:Oleksandr Hrytsenko}}.
Care home carer {{NAME:Liudmyla}} and neighbour {{NAME:Petro Bondar}} packed her belongings; son {{NAME:Tkachenko Viktor}} is missing since 2023.
`,
  },
  {
    id: 't12-054',
    kind: 'clinic letter (Greece, island health centre)',
    text: `
{{LOCATION:Kentro Ygeias Kalymnou}} (Health Centre of Kalymnos)
{{DATE:12 August 2025}}
To: ENT Clinic, {{LOCATION:General Hospital of Rhodes}}
Re: Mr. {{NAME:Nikolaos Chatzidakis}}, sponge diver, 61, of {{LOCATION:Pothia}}, near the {{LOCATION:Church of Agios Nikolaos}}
Recurrent barotrauma, conductive hearing loss 40 dB left; suspected cholesteatoma. Hearing aid {{DEVICE:Phonak Audeo SN 2255501839}}.
Daughter-in-law {{NAME:Despina}}, {{PHONE:22430 55518}}. Ferry booking ref {{OTHER_ID:BLS-555-9018}}.
Dr. {{NAME:Ioannis Michailidis}}, General Practitioner
Wife {{NAME:Kalliopi}} and son {{NAME:Manolis Chatzidakis}} will travel with him on {{DATE:19 August}}.
`,
  },
];
