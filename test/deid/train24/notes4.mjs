// train24 notes 4: vaccination line lists and contact-tracing sheets.
export default [
  {
    id: 't24-028',
    kind: 'measles contact-tracing sheet, Romanian, header in a footnote',
    text: `
DSP {{LOCATION:Cluj}} - ancheta rujeola - focar {{LOCATION:Pata Rat}} - fisa 3/4
C-14 | {{NAME:Ciuraru Ionut}} | 6 ani | {{LOCATION:Pata Rat}}, {{LOCATION:str. Cantonului 12}} | frate caz index | nevaccinat | CNP {{OTHER_ID:5190512125557}}
C-15 | {{NAME:Lacatus Florica}} | 31 ani | {{LOCATION:Pata Rat}} | mama | 1 doza RRO | CNP {{OTHER_ID:2940818125551}}
C-16 | {{NAME:Varga Marian "Mitu"}} | 9 luni | {{LOCATION:Floresti}}, {{LOCATION:str. Avram Iancu 3}} | var | prea mic | CNP {{OTHER_ID:5250203125553}}
C-17 | {{NAME:Rostas Denisa}} | 14 ani | {{LOCATION:Scoala Gimnaziala Traian Darjan}} | colega | 2 doze | CNP {{OTHER_ID:6110927125554}}
C-18 | {{NAME:Moldovan-Kali Sorin}} | 44 ani | {{LOCATION:Turda}} | vecin | necunoscut | tel {{PHONE:0745 555 016}}
C-19 | {{NAME:Ciuraru Elena}} | {{AGE_OVER_89:91}} ani | {{LOCATION:Dej}}, {{LOCATION:Camin Batrani Sf. Ana}} | bunica, vizita {{DATE:2 martie}} | IgG ceruta
C-20 | {{NAME:Bogdan Lakatos}} | 26 ani | {{LOCATION:Gherla}} | sofer microbuz {{VEHICLE:CJ 55 RUJ}} | 1 doza | tel {{PHONE:0722 555 089}}
* coloane: cod contact / nume / varsta / adresa / relatie / status vaccinal / identificator
Caz index: {{NAME:Ciuraru Ionela}}, internata {{LOCATION:Spitalul de Boli Infectioase Cluj}} din {{DATE:27.02.2026}}. Ancheta: asist. {{NAME:Maria Sabau}}, dr. {{NAME:Radu Pop}}.
Tulpina genotip D8 (MeaNS2). Vaccin RRO (Priorix) oferit la {{LOCATION:CMI Dr. Vlad Muresan}}.
`,
  },
  {
    id: 't24-029',
    kind: 'influenza line list in aged care, no header, CSV',
    text: `
{{LOCATION:Sandy Bay}} cluster - RACF flu vax line list - exported {{DATE:14/05/2025}}
{{NAME:ABERCROMBIE, Jean}},{{AGE_OVER_89:94}},F,{{LOCATION:Lenah Valley}},{{DATE:02/05/2025}},Fluad Quad,RN {{NAME:Tran}},Medicare {{HEALTH_PLAN:2555 01447 1}}
{{NAME:PETRUSMA, Hendrik}},89,M,{{LOCATION:Sandy Bay}},{{DATE:02/05/2025}},Fluad Quad,RN {{NAME:Tran}},Medicare {{HEALTH_PLAN:2555 02318 2}}
{{NAME:WIRRPANDA, Ruby}},77,F,{{LOCATION:Glenorchy}},declined,,RN {{NAME:Bishop}},Medicare {{HEALTH_PLAN:2555 03987 1}}
{{NAME:TSOLAKIS, Georgia}},{{AGE_OVER_89:96}},F,{{LOCATION:Kingston}},{{DATE:05/05/2025}},Fluad Quad,RN {{NAME:Bishop}},Medicare {{HEALTH_PLAN:2555 04006 3}}
{{NAME:McGUINNESS, Patrick "Paddy"}},{{AGE_OVER_89:90}},M,{{LOCATION:New Norfolk}},{{DATE:05/05/2025}},Fluad Quad,RN {{NAME:Tran}},Medicare {{HEALTH_PLAN:2555 05562 1}}
{{NAME:SANDS, Summer}},82,F,{{LOCATION:Taroona}},{{DATE:06/05/2025}},Vaxigrip Tetra,RN {{NAME:Bishop}},Medicare {{HEALTH_PLAN:2555 06741 4}}
{{NAME:NGUYEN, Van Thanh}},{{AGE_OVER_89:92}},M,{{LOCATION:Moonah}},pending consent,,,Medicare {{HEALTH_PLAN:2555 07219 2}}
Facility: {{LOCATION:Hobart Aged Care}}, {{LOCATION:Queens Domain}}. Outbreak declared {{DATE:9 May}}, oseltamivir prophylaxis started all residents. GP Dr {{NAME:Alisha Kerr}}.
Case count 7 residents, 3 staff. RAT positives confirmed by PCR at {{LOCATION:RHH}} lab.
Reported to Public Health Tasmania. Vaccines: Fluad Quad, Vaxigrip Tetra, Shingrix, Prevenar 20. Antivirals: oseltamivir 75 mg daily x10 days.
`,
  },
  {
    id: 't24-030',
    kind: 'TB contact tracing list, Sylhet, upazila rows',
    text: `
NTP contact register - index {{NAME:Md. Abdul Mannan}} ({{MRN:TB-SYL-2025-0883}}) - {{LOCATION:Zindabazar}}, {{LOCATION:Sylhet}}
1. {{NAME:Rokeya Begum}} (wife), 42, same house, CXR {{DATE:11/06/2025}} normal, TPT 3HP started
2. {{NAME:Md. Shahidul Islam}} (son), 19, {{LOCATION:Ambarkhana}} mess, CXR abnormal, Xpert sent {{DATE:12/06}}
3. {{NAME:Tahmina Akter}} (daughter-in-law), 24, same house, pregnant 20 wks, symptom screen neg
4. {{NAME:Sufia Khatun}} (mother), {{AGE_OVER_89:90}}, {{LOCATION:Beanibazar}} upazila, {{LOCATION:village Mathiura}}, cough 3 wk - referred {{LOCATION:Beanibazar UHC}}
5. {{NAME:Abdul Hannan Chowdhury}} (brother), 47, {{LOCATION:Golapganj}}, TB treated 2019
6. {{NAME:Nurul Amin "Babul"}} (co-worker), 38, {{LOCATION:Bondor Bazar}} shop, phone {{PHONE:01711-555014}}
7. {{NAME:Jesmin Nahar}} (neighbour), 29, house {{LOCATION:14/B, Shahi Eidgah Road}}
Health worker: {{NAME:Shilpi Rani Das}} (SS). Supervised by Dr {{NAME:Kamrul Hasan}}, {{LOCATION:Sylhet MAG Osmani Medical College Hospital}}.
Drugs: 3HP (isoniazid + rifapentine), pyridoxine. Sputum to {{LOCATION:NTRL}} {{LOCATION:Dhaka}} for LPA.
Reported to the Sylhet Division TB office. Languages: Sylheti, Bangla. Register photo of index case CXR: {{PHOTO:cxr_tb_syl_0883.png}}.
`,
  },
  {
    id: 't24-031',
    kind: 'COVID contact list, French header, Wolof names',
    text: `
Nom | Prenom | Lien | Quartier | Tel | Dernier contact
(liste suivi contacts - district {{LOCATION:Dakar Ouest}} - cas {{OTHER_ID:SN-DKO-25-0414}})
{{NAME:NDIAYE}} | {{NAME:Fatou}} | epouse | {{LOCATION:Medina}}, {{LOCATION:rue 11 x 6}} | {{PHONE:77 555 01 42}} | {{DATE:08/07/2025}}
{{NAME:DIOP}} | {{NAME:Cheikh Tidiane}} | collegue | {{LOCATION:Grand Yoff}} | {{PHONE:78 555 02 18}} | {{DATE:06/07/2025}}
{{NAME:FAYE}} | {{NAME:Awa}} | voisine | {{LOCATION:Parcelles Assainies U17}} | {{PHONE:76 555 03 93}} | {{DATE:07/07/2025}}
{{NAME:SARR}} | {{NAME:Moussa}} | chauffeur taxi {{VEHICLE:DK-5521-BH}} | {{LOCATION:Pikine}} | {{PHONE:70 555 04 60}} | {{DATE:05/07/2025}}
{{NAME:MBAYE}} | {{NAME:Mame Diarra}} | belle-mere, {{AGE_OVER_89:93}} ans | {{LOCATION:Rufisque}} | - | {{DATE:08/07/2025}}
{{NAME:GUEYE}} | {{NAME:Ousmane "Ouze"}} | ami, mosquee | {{LOCATION:Thies}} | {{PHONE:77 555 06 27}} | {{DATE:04/07/2025}}
Agent: {{NAME:Aminata Sow}}, {{LOCATION:Centre de Sante de Grand Yoff}}. Tests PCR a {{LOCATION:IRESSEF}} {{LOCATION:Diamniadio}}.
Nationalites: senegalaise (5), gambienne (1). Langues: wolof, serere.
Region de Dakar. Medicaments: paracetamol, zinc, SRO. Tests: PCR, TDR antigene.
`,
  },
  {
    id: 't24-032',
    kind: 'hepatitis A school exposure line list, Portuguese',
    text: `
Surto VHA - {{LOCATION:Escola Basica do Cerco}} - lista de expostos - atualizada {{DATE:23-10-2025}}
turma 5B;{{NAME:Joao Pedro Tavares da Silva}};10;{{LOCATION:Campanha}};utente {{HEALTH_PLAN:555014782}};vacinado {{DATE:20-10}}
turma 5B;{{NAME:Djassi Semedo Lopes}};11;{{LOCATION:Bonfim}};utente {{HEALTH_PLAN:555023910}};vacinado {{DATE:20-10}}
turma 5B;{{NAME:Maria do Ceu Pinto Ribeiro}};10;{{LOCATION:Gondomar}};utente {{HEALTH_PLAN:555036657}};recusou
turma 5C;{{NAME:Ricardo Neves de Sousa}};11;{{LOCATION:Vila Nova de Gaia}};utente {{HEALTH_PLAN:555041128}};vacinado {{DATE:21-10}}
turma 5C;{{NAME:Ana Beatriz Fontes}};10;{{LOCATION:Rio Tinto}};utente {{HEALTH_PLAN:555052209}};IgG pos
cantina;Dona {{NAME:Rosa Amaral}};58;{{LOCATION:Matosinhos}};utente {{HEALTH_PLAN:555063381}};vacinado {{DATE:21-10}}
professor;{{NAME:Miguel Esteves Cardoso}};44;{{LOCATION:Porto}}, {{LOCATION:Rua de Costa Cabral 1420}};utente {{HEALTH_PLAN:555074410}};vacinado {{DATE:20-10}}
USP {{LOCATION:Porto Oriental}} - delegada de saude Dra. {{NAME:Helena Quintas}}; enf. {{NAME:Nuno Barros}} ({{EMAIL:nbarros@example.pt}}).
Vacina Havrix 720 (criancas) / Havrix 1440 (adultos). Caso index hospitalizado no {{LOCATION:Hospital de Sao Joao}}.
`,
  },
  {
    id: 't24-033',
    kind: 'pertussis recall CSV, no header, English-word names',
    text: `
"{{NAME:Larsen, Faith}}","{{DATE:2025-02-14}}","{{LOCATION:Rexburg}}","Tdap due","{{PHONE:208-555-0161}}","{{MRN:EIR-775014}}"
"{{NAME:Christensen, Will}}","{{DATE:2024-11-30}}","{{LOCATION:Rigby}}","DTaP #4 due","{{PHONE:208-555-0134}}","{{MRN:EIR-775102}}"
"{{NAME:Sorensen, Merry}}","{{DATE:2025-01-09}}","{{LOCATION:Ammon}}","DTaP #3 overdue","{{PHONE:208-555-0178}}","{{MRN:EIR-775233}}"
"{{NAME:Bishop, Canyon}}","{{DATE:2024-08-22}}","{{LOCATION:Blackfoot}}","exempt","","{{MRN:EIR-775319}}"
"{{NAME:Hope, Liberty}}","{{DATE:2025-03-03}}","{{LOCATION:Idaho Falls}}","DTaP #2 due","{{PHONE:208-555-0127}}","{{MRN:EIR-775446}}"
"{{NAME:Tendoy, Rayanne}}","{{DATE:2024-12-17}}","{{LOCATION:Fort Hall}}","DTaP #3 due","{{PHONE:208-555-0195}}","{{MRN:EIR-775508}}"
"{{NAME:Nielsen, Bodhi}}","{{DATE:2025-04-01}}","{{LOCATION:Shelley}}","DTaP #1 due","{{PHONE:208-555-0110}}","{{MRN:EIR-775611}}"
-- pulled from IRIS by {{NAME:K. Hadley}} {{DATE:6/2/25}}; mail merge letters at {{LOCATION:Eastern Idaho Public Health}}, {{LOCATION:1250 Hollipark Dr}}, {{LOCATION:Idaho Falls}}.
Pertussis cases this season: 11 ({{LOCATION:Bingham County}}, {{LOCATION:Bonneville County}}, {{LOCATION:Madison County}}). Infanrix, Pediarix, Boostrix in stock.
`,
  },
  {
    id: 't24-034',
    kind: 'mpox vaccine line list, German, SVNR and postcodes',
    text: `
Impfstelle {{LOCATION:Gesundheitsamt Wien}}, {{LOCATION:Thomas-Klestil-Platz 8}} - Mpox (Jynneos) - {{DATE:Juni 2025}}
{{NAME:Huber, Stefan}}      | {{LOCATION:1100 Wien}} ({{LOCATION:Favoriten}})        | SVNR {{HEALTH_PLAN:1234 120385}} | Dosis 1 {{DATE:03.06.}} | Dosis 2 {{DATE:01.07.}}
{{NAME:Petrovic, Dragan}}   | {{LOCATION:1160 Wien}} ({{LOCATION:Ottakring}})        | SVNR {{HEALTH_PLAN:5550 040991}} | Dosis 1 {{DATE:03.06.}} | -
{{NAME:Ozturk, Emre}}       | {{LOCATION:1020 Wien}} ({{LOCATION:Leopoldstadt}})     | SVNR {{HEALTH_PLAN:5551 170894}} | Dosis 1 {{DATE:04.06.}} | Dosis 2 {{DATE:02.07.}}
{{NAME:Gruber, Lukas}}      | {{LOCATION:1210 Wien}} ({{LOCATION:Floridsdorf}})      | SVNR {{HEALTH_PLAN:5552 281179}} | Dosis 1 {{DATE:04.06.}} | Dosis 2 {{DATE:02.07.}}
{{NAME:Nowak-Auer, Pawel}}  | {{LOCATION:2340 Moedling}}                    | SVNR {{HEALTH_PLAN:5553 090188}} | Dosis 1 {{DATE:05.06.}} | abgelehnt
{{NAME:Santos Ferreira, Thiago}} | {{LOCATION:1050 Wien}} ({{LOCATION:Margareten}}) | SVNR {{HEALTH_PLAN:5554 310700}} | Dosis 1 {{DATE:05.06.}} | -
Impfaerztin Dr. {{NAME:Katharina Wimmer}}; Dokumentation {{NAME:J. Mayrhofer}}. Charge FDP00417.
Rueckfragen {{EMAIL:impfen.mpox@example.at}}, Fax {{FAX:+43 1 555 0147 99}}.
Auch Personen aus Niederoesterreich. Impfstoff: Jynneos (MVA-BN), Lagerung -20 C.
`,
  },
  {
    id: 't24-035',
    kind: 'rabies PEP contact sheet, Thai names, tambon rows',
    text: `
{{LOCATION:Nakornping Hospital}} - rabies PEP register - dog bite cluster {{LOCATION:ban Pa Daeng}}, {{DATE:Aug 2025}}
- {{NAME:Somchai Kaewmanee}}, 45, {{LOCATION:tambon Suthep}}, bitten {{DATE:3 Aug}}, cat III, RIG + Speeda d0 {{DATE:3 Aug}}
- {{NAME:Ratana Srisuk}}, 12, {{LOCATION:Hang Dong}}, bitten {{DATE:3 Aug}}, cat II, vaccine d0 {{DATE:4 Aug}}
- {{NAME:Nattapong "Beam" Boonmee}}, 8, {{LOCATION:San Kamphaeng}}, licked wound, cat II
- {{NAME:Jantima Phromma}}, {{AGE_OVER_89:91}}, {{LOCATION:Mae Rim}}, {{LOCATION:moo 6}}, scratch, cat II, vaccine d0 {{DATE:5 Aug}}
- {{NAME:Aye Aye Mon}}, 33, {{LOCATION:Doi Saket}}, Myanmar worker at {{LOCATION:Rimping Orchard}}, cat III
- {{NAME:Surachai Inthawong}}, 51, dog owner ("Mali", brown, killed, head to {{LOCATION:DLD lab Lampang}})
- {{NAME:Pimchanok Saelee}}, 27, vet tech at {{LOCATION:Chiang Mai Zoo}}, pre-exposure done
OPD nurse {{NAME:Waraporn K.}}; ID doctor Dr {{NAME:Kittipong Chaiwong}}. Interpreter (Burmese): Ko {{NAME:Zaw}}.
Vaccines: Speeda (PVRV), Verorab, ERIG. Reported to Chiang Mai Province livestock office. Languages: Thai, Northern Thai, Burmese, Shan.
`,
  },
  {
    id: 't24-036',
    kind: 'school HPV vaccination list, Armenian, schools as places',
    text: `
{{LOCATION:Yerevan}} HPV campaign - school lists - nurse {{NAME:Anahit Melkonyan}}
{{LOCATION:School No. 55 named after A. Chekhov}}, {{LOCATION:Arabkir}}:
   {{NAME:Petrosyan Lusine}}, 13 - Gardasil 9 dose 1 {{DATE:14.10.2025}} - parent {{NAME:Karine Petrosyan}} {{PHONE:+374 91 555014}}
   {{NAME:Harutyunyan Mane}}, 13 - dose 1 {{DATE:14.10.2025}}
   {{NAME:Sargsyan Aram}}, 13 - dose 1 {{DATE:14.10.2025}} (boys included this year)
   {{NAME:Grigoryan Hayk}}, 14 - refused, father {{NAME:Armen Grigoryan}}
{{LOCATION:Hovhannes Tumanyan School}}, {{LOCATION:Kentron}}:
   {{NAME:Avetisyan Nare}}, 13 - dose 1 {{DATE:16.10.2025}}
   {{NAME:Ter-Minasyan Gayane}}, 13 - dose 1 {{DATE:16.10.2025}}
   {{NAME:Khachatryan Tigran}}, 14 - absent, follow up at {{LOCATION:Polyclinic No. 8}}
{{LOCATION:Gyumri}} group next week ({{LOCATION:Gyumri}}, {{LOCATION:Abovyan}}, {{LOCATION:Vagharshapat}}) - coordinator {{NAME:Lilit Hakobyan}}, {{EMAIL:l.hakobyan@example.am}}.
Vaccines: Gardasil 9, Td, MMR. Next: schools in Shirak and Kotayk provinces. Consent forms scanned: {{PHOTO:consent_petrosyan_l.pdf.jpg}}.
`,
  },
];
