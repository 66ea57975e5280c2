// train28 notes 5: immunisation registry extracts and vaccine-clinic records (t28-037..045).
export default [
  {
    id: 't28-037',
    kind: "immunisation registry extract (US state IIS, child)",
    text: `
STATE IMMUNIZATION INFORMATION SYSTEM - PATIENT RECORD (printed {{DATE:10/14/2026}} by {{NAME:jmcallister}})
Patient: {{NAME:WHITEHORSE, Winona Grace}}  DOB {{DATE:07/09/2022}}  IIS ID {{OTHER_ID:IIS-4471-0092}}
Mother: {{NAME:Tayla Whitehorse}}  Father: {{NAME:Dakota Many Horses}}
Address: {{LOCATION:PO Box 417}}, {{LOCATION:Lame Deer}}, MT {{LOCATION:59043}}   Ph {{PHONE:(406) 555-0188}}
Provider of record: {{LOCATION:Northern Cheyenne IHS Health Center}}; VFC PIN {{OTHER_ID:MT-VFC-0417}}
DTaP   {{DATE:09/12/2022}}  {{DATE:11/14/2022}}  {{DATE:01/18/2023}}  {{DATE:10/05/2023}}
IPV    {{DATE:09/12/2022}}  {{DATE:11/14/2022}}  {{DATE:04/02/2023}}
MMR    {{DATE:07/20/2023}} (given at {{LOCATION:Billings Clinic}}, historical)
Varicella  {{DATE:07/20/2023}}
Hep A  {{DATE:07/20/2023}}, {{DATE:01/30/2024}}
Comments: card copy faxed to school nurse at {{LOCATION:Lame Deer Elementary}} ({{FAX:406-555-0119}}) {{DATE:8/22/2026}} per mom's request; nurse {{NAME:Ruth Two Moons}}.
Medicaid {{HEALTH_PLAN:000417552MT}}.
VFC eligibility: American Indian/Alaska Native. Montana DPHHS copy. Registry login from {{IP:198.51.100.77}}.
Printed by {{NAME:jmcallister}} ({{NAME:Jenna McAllister}}), IIS help desk, {{DATE:10/14/2026}}.
`,
  },
  {
    id: 't28-038',
    kind: "vaccine registry extract (Australia, AIR history statement, adult)",
    text: `
Australian Immunisation Register - history statement (extract)
Name: {{NAME:Nguyen Thi Bich Ngoc}}   DOB {{DATE:22/05/1961}}   Medicare {{HEALTH_PLAN:0555 41720 3}} (IRN 2)
Address: {{LOCATION:3/17 Bellevue Terrace}}, {{LOCATION:Cabramatta}} NSW {{LOCATION:2166}}
Vaccines: Shingrix {{DATE:04/03/2025}} ({{LOCATION:Cabramatta Family Practice}}), Shingrix {{DATE:06/06/2025}}; Fluad Quad {{DATE:18/04/2026}} ({{LOCATION:Priceline Pharmacy Cabramatta}}); Comirnaty {{DATE:02/05/2026}}; Arexvy {{DATE:02/05/2026}}.
Daughter {{NAME:Tracy Pham}} requested statement for aged-care job at {{LOCATION:Fairfield Lodge Aged Care}}; email to {{EMAIL:tracy.pham.syd@example.com.au}}.
Pharmacist immuniser {{NAME:Hoang Minh Duc}}, AHPRA {{LICENSE:PHA0001447215}}.
Brands as recorded: Shingrix (RZV), Fluad Quad, Comirnaty, Arexvy. Statement link {{URL:https://air.example.gov.au/statement/41720}}.
Extract generated {{DATE:03/06/2026}}; requested by {{NAME:Tracy Pham}}; checked by {{NAME:Ahmed Kaleel}}.
`,
  },
  {
    id: 't28-039',
    kind: "registry reconciliation note (adult refugee, paper card)",
    text: `
Registry reconciliation - {{LOCATION:International Rescue Committee}} clinic, {{LOCATION:Boise}}, ID
Client: {{NAME:Dieudonne Habimana}}, 33 M, arrived {{DATE:March 2026}} from {{LOCATION:Nakivale}} settlement via {{LOCATION:Kampala}}. A-number {{OTHER_ID:A000-417-552}}.
Paper card (IOM pre-departure, {{DATE:12 Feb 2026}}): MMR, Td, OPV, varicella.
Wife {{NAME:Uwimana Claudine}} and children {{NAME:Ishimwe}}, {{NAME:Iradukunda}}, {{NAME:Gisubizo}} - cards photographed: {{PHOTO:IOM_card_Habimana_1.jpg}}, {{PHOTO:IOM_card_Habimana_2.jpg}}.
Entered into IDIIS by {{NAME:Kelsey Brandvold}}, RN on {{DATE:04/03/2026}}. Address {{LOCATION:5511 W Overland Rd}}, {{LOCATION:Apt 112}}, {{LOCATION:Boise}} {{LOCATION:83705}}.
Caseworker {{NAME:Ahmad Jawid Sultani}} {{PHONE:208-555-0161}}; fax {{FAX:208-555-0162}}.
SSN (principal) {{SSN:000-41-7723}}.
Td, MMR, OPV, varicella - no PCV20. Born in Rwanda, lived in Uganda 12 years. Biometric enrolment at USCIS: fingerprint FIN {{BIOMETRIC:FIN-000417552}}.
Entered {{DATE:04/03/2026}} {{NAME:K. Brandvold}}; verified Dr {{NAME:Farida Nasser}} {{DATE:04/06/2026}}.
`,
  },
  {
    id: 't28-040',
    kind: "school immunisation exclusion list (free text, Ontario)",
    text: `
Immunization suspension notices - {{LOCATION:Ottawa}} Public Health, for {{LOCATION:Elmdale Public School}} and {{LOCATION:St. Anthony Catholic School}}
{{NAME:Beaudoin-Tremblay, Eloise}} - missing Tdap-IPV; parent {{NAME:Genevieve Beaudoin}}; suspension effective {{DATE:Apr 28}} unless record received.
{{NAME:Olaniyan, Temitope}} - missing MenC-ACYW; record received {{DATE:04/20/2026}} from {{LOCATION:Carlingwood Family Medicine}} - cleared.
{{NAME:Sharma, Arjun Dev}} - exemption (conscience) on file since {{DATE:Sept 2025}}.
{{NAME:Kaur, Gurleen}} and {{NAME:Kaur, Simran}} (twins) - missing MMRV; parent phoned {{PHONE:613-555-0174}}.
{{NAME:Haddad, Yousef}} - newcomer from {{LOCATION:Zahle}}; records in Arabic, translated by {{NAME:Rania Khoury}}.
School principal {{NAME:Marc-Andre Lafontaine}}. OHIP ({{NAME:Arjun}}) {{HEALTH_PLAN:0004-555-773-KT}}. Panorama ID ({{NAME:Eloise}}) {{OTHER_ID:PAN-0098812}}.
Products: Tdap-IPV (Adacel-Polio), Men-C-ACYW (Nimenrix), MMRV (Priorix-Tetra). Ontario Panorama export sent from {{IP:192.0.2.66}}.
Notices prepared {{DATE:04/14/2026}} by {{NAME:Josee Beausoleil}}; PHN {{NAME:Kwabena Owusu}}.
`,
  },
  {
    id: 't28-041',
    kind: "outreach vaccination session record (nomadic community, Mongolia)",
    text: `
Mobile vaccination team - Bayan-Ulgii aimag, {{LOCATION:Tsengel}} soum. Date {{DATE:2026.06.18}}.
Team: Dr {{NAME:Batbayar Ganbold}}, nurse {{NAME:Oyunchimeg Dashdorj}}, driver {{NAME:Erlan Kabdolov}} (UAZ, plate {{VEHICLE:0417 BUA}}).
Households visited: {{NAME:Serik Amanbaiuly}} (ger near {{LOCATION:Khoton nuur}}), {{NAME:Aigerim Mukhametkali}}, {{NAME:Nurlan Zhumabek}}.
Children vaccinated: {{NAME:Aruzhan}} (11 m) MMR, {{NAME:Dias Serikuly}} (2 y) DTP4, {{NAME:Temirlan}} (5 y) MR.
Cold box logger serial {{DEVICE:LOG-TT-20417}} - max 7.1C.
Register number {{OTHER_ID:BU-TS-2026-0061}}. Soum hospital {{LOCATION:Tsengel soum hospital}} tel {{PHONE:+976 9955 0417}}.
MMR (Priorix), DTP-HepB-Hib (Pentavac), MR. Cold chain 2-8C. Family speaks Kazakh; team speaks Mongolian and Kazakh.
Team report signed {{DATE:2026.06.19}} {{NAME:B. Ganbold}}; aimag EPI manager {{NAME:Enkhjargal Purevdorj}}.
`,
  },
  {
    id: 't28-042',
    kind: "IIS data-quality ticket (duplicate records)",
    text: `
Ticket {{OTHER_ID:IIS-DQ-20417}}: possible duplicate patients in WebIZ.
Record A: {{NAME:Maria de los Angeles Gutierrez Villalobos}}, DOB {{DATE:03/15/2019}}, {{LOCATION:812 S 4th Ave}}, {{LOCATION:Yakima}} WA {{LOCATION:98902}}.
Record B: {{NAME:Angie Villalobos}}, DOB {{DATE:03/15/2019}}, {{LOCATION:812 South Fourth Avenue}}, {{LOCATION:Yakima}}.
Mother on both: {{NAME:Guadalupe Villalobos}}; record A from {{LOCATION:Yakima Valley Farm Workers Clinic}}, record B from {{LOCATION:Walgreens #4417}} pharmacy.
Merged by {{NAME:Kristen Haugen}} {{DATE:2026-08-07}}. Reporting system IP {{IP:192.0.2.147}}; HL7 batch {{OTHER_ID:VXU-26080701}}.
Requested by school nurse {{NAME:Esperanza Ruelas}} ({{EMAIL:eruelas@district.example.org}}).
Records merged under the older IIS ID; dose counts: DTaP 5, IPV 4, MMR 2. Washington State DOH data steward notified.
Ticket closed {{DATE:08/07/2026}} by {{NAME:Kristen Haugen}}; QA {{NAME:Mateo Ibanez}}.
`,
  },
  {
    id: 't28-043',
    kind: "travel clinic / yellow fever register",
    text: `
Yellow fever vaccination register - {{LOCATION:Whittier Street Health Center}} travel clinic, {{LOCATION:Roxbury}} (designated YF centre)
{{DATE:2026-01-06}}  {{NAME:Oduya, Chinedu}}  Stamaril lot UJ417  ICVP no. {{OTHER_ID:ICVP-US-004417}}  dest {{LOCATION:Lagos}}/{{LOCATION:Onitsha}}
{{DATE:2026-01-06}}  {{NAME:Oduya, Adaeze}} (wife)  same
{{DATE:2026-01-09}}  {{NAME:Baptiste, Roodly}}  dest {{LOCATION:Cap-Haitien}} - typhoid only, YF not indicated
{{DATE:2026-01-13}}  {{NAME:Mensah-Bonsu, Kofi}}  dest {{LOCATION:Kumasi}}, {{LOCATION:Bantama}}; age 61 - counselled on AEFI risk
{{DATE:2026-01-14}}  {{NAME:Lindqvist, Summer}}  student, dest {{LOCATION:Iquitos}}
Vaccinator {{NAME:Olivia Castellanos}}, NP; Clinic MA signature {{NAME:B. Fontaine}}.
Stamaril (YF), Typhim Vi, Ixiaro. Certificate valid from 10 days after the dose. Destinations Nigeria, Ghana and Peru checked against CDC Yellow Book. Vaccinator licence {{LICENSE:NP-MA-0044172}}.
Register page checked {{DATE:01/31/2026}} by {{NAME:O. Castellanos}}; MD {{NAME:Ifeanyi Chukwu}}.
`,
  },
  {
    id: 't28-044',
    kind: "HPV programme consent-return log (Scotland, Gaelic names)",
    text: `
S1 HPV/Td/MenACWY session - {{LOCATION:Sgoil Lionacleit}}, {{LOCATION:Benbecula}} - Tues {{DATE:24 Feb}}
Consents: {{NAME:Eilidh NicIlleathain}} Y; {{NAME:Ruairidh MacAulay}} Y; {{NAME:Catriona Ceit Morrison}} N (parent {{NAME:Morag Morrison}} to phone); {{NAME:Calum Iain MacPhee}} Y (absent - mop-up at {{LOCATION:Balivanich}} clinic).
CHI numbers: {{NAME:Eilidh}} {{HEALTH_PLAN:0105115551}}, {{NAME:Ruairidh}} {{HEALTH_PLAN:2304115552}}.
Nurse {{NAME:Peigi Steele}}; school admin {{NAME:Donnie "Beag" MacInnes}} ({{PHONE:01870 555 603}}).
Boat-delayed vaccine arrival from {{LOCATION:Lochmaddy}}; fridge at {{LOCATION:Uist and Barra Hospital}}.
Gardasil 9, Revaxis (Td/IPV), Nimenrix (MenACWY). Comhairle nan Eilean Siar school health team. Consent portal {{URL:https://consent.example.scot/s1/4417}}.
Session log by {{NAME:Peigi Steele}}, {{DATE:24/02/2026}}; team lead {{NAME:Seonaid MacKinnon}}.
`,
  },
  {
    id: 't28-045',
    kind: "immunisation history from a paper book (Brazil, caderneta)",
    text: `
Transcricao da caderneta de vacinacao - UBS {{LOCATION:Vila Nova Cachoeirinha}}, {{LOCATION:Sao Paulo}}
Crianca: {{NAME:Ana Julia dos Santos Ferreira}}  nasc. {{DATE:09/12/2024}}  CNS {{HEALTH_PLAN:700 0055 5417 2213}}
Mae: {{NAME:Jessica Aparecida dos Santos}}  Pai: {{NAME:Thiago Ferreira da Silva}}
End.: {{LOCATION:Rua Itaberaba, 1207}}, {{LOCATION:casa 2}}, {{LOCATION:Freguesia do O}}, {{LOCATION:CEP 02734-000}}
BCG e Hep B: {{LOCATION:Hospital Vila Nova Cachoeirinha}} {{DATE:10/12/2024}}. Penta/VIP/Pneumo 10/Rota: {{DATE:10/02/2025}}, {{DATE:14/04/2025}}, {{DATE:16/06/2025}}.
Febre amarela {{DATE:15/09/2025}}; triplice viral {{DATE:12/12/2025}}.
Digitado no SI-PNI por {{NAME:Edvaldo Brito}}, tecnico de enfermagem. Foto da caderneta: {{PHOTO:cad_AJSF_p1.jpg}}.
BCG, VIP, Pneumo 10, Rotavirus, Febre Amarela, Triplice Viral. Vacinas conforme calendario do PNI (Brasil). Cartao de vacina digital {{URL:https://conectesus.example.gov.br/c/4417}}.
Transcrito em {{DATE:20/12/2025}} por {{NAME:Edvaldo Brito}}; conferido por Enf. {{NAME:Raimunda Sousa}}.
`,
  },
];
