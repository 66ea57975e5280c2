// train28 notes 1: notifiable-disease case investigation forms (t28-001..009).
export default [
  {
    id: 't28-001',
    kind: "case investigation form (hepatitis A, county health department)",
    text: `
COUNTY HEALTH DEPARTMENT - COMMUNICABLE DISEASE CASE INVESTIGATION
Condition: Hepatitis A, acute            Report rec'd: {{DATE:09/03/2026}}   Investigator: {{NAME:Marisol Quintanilla-Reyes}}, RN
Case: {{NAME:Tavita Faleolo}}   DOB {{DATE:04/17/1988}}   Sex M   Lang: Samoan (interpreter {{NAME:Iosefa Tuilagi}}, ID {{OTHER_ID:INT-40317}})
Address: {{LOCATION:2291 Alder Creek Rd}}, {{LOCATION:Unit 14}}, {{LOCATION:Kent}}, WA {{LOCATION:98032}}
Phone: {{PHONE:(253) 555-0142}}   Alt (sister {{NAME:Lagi}}): {{PHONE:253-555-0187}}
Reporter: {{LOCATION:Valley Medical Center}} lab, IgM anti-HAV positive, ALT 1,840. Onset jaundice {{DATE:08/27}}.
Occupation: line cook at {{LOCATION:Mama Lu's Kitchen}}, {{LOCATION:118 Meeker St}} - FOOD HANDLER, excluded from work until {{DATE:09/10}}.
Travel 15-50 days before onset: flew to {{LOCATION:Apia}} for cousin's wedding {{DATE:July 2026}}; stayed in {{LOCATION:Faleasiu}} village.
Household: wife {{NAME:Seini}}, children {{NAME:Malia}} (6) and {{NAME:Junior}} (3) - IG/vaccine given {{DATE:9/4}} at {{LOCATION:Kent Public Health Center}}.
Restaurant manager {{NAME:Doug Pettibone}} notified {{DATE:9/4}} 1415; 11 co-workers offered HepA vaccine (Havrix).
CDRSS case # {{OTHER_ID:2026-HAV-00418}}   Medicaid (Apple Health) ID {{HEALTH_PLAN:000418772WA}}
Clinical: no Hepatitis B co-infection (HBsAg neg); Tdap up to date. Travel history limited to Samoa. Case e-mailed to {{EMAIL:epi.kent@example.org}}; CDRSS portal {{URL:https://cdrss.example.gov/case/2026-HAV-00418}}.
Entered {{DATE:09/04/2026}} by {{NAME:M. Quintanilla-Reyes}}; reviewed by epidemiologist {{NAME:Desta Alemayehu}} {{DATE:09/05/2026}}.
`,
  },
  {
    id: 't28-002',
    kind: "notifiable disease report (shigellosis, UK health protection team)",
    text: `
HEALTH PROTECTION TEAM - NOTIFICATION OF INFECTIOUS DISEASE (shigellosis, S. sonnei)
HPZone ref {{OTHER_ID:HPZ-771402}}   Notified by Dr {{NAME:Oluwaseun Bankole-Adair}} GP, {{LOCATION:Chapeltown Health Centre}}, {{LOCATION:Leeds}} {{LOCATION:LS7 3EN}}
Case: {{NAME:Eilidh McCracken}}, 27, {{LOCATION:Flat 3}}, {{LOCATION:41 Harehills Lane}}, {{LOCATION:Leeds}} {{LOCATION:LS8 4HS}}. Mob {{PHONE:07700 900314}}.
NHS no. {{HEALTH_PLAN:000 481 7736}}. Onset {{DATE:1 September 2026}}, bloody diarrhoea, stool PCR +ve {{DATE:3 Sept}} ({{LOCATION:St James's University Hospital}} micro).
Interviewed by phone {{DATE:4/9/26}} by {{NAME:Priyanka Deshpande}} (HP practitioner). Works as a teaching assistant at {{LOCATION:Bankside Primary School}} - excluded 48h after last symptoms.
Exposures: childminder for neighbour's twins ({{NAME:Kai}} and {{NAME:Reuben Oyelowo}}), attended a birthday at {{LOCATION:Roundhay Park}} cafe {{DATE:29 Aug}}.
Partner {{NAME:Callum Dunbar}} also unwell; advised sample via {{LOCATION:Harehills Medical Practice}}.
No travel outside England. Letter to school head Mrs {{NAME:Joanne Whitelock}} sent {{DATE:5/9}}.
Antibiotics: azithromycin 500 mg x3 days (resistance panel pending at UKHSA GBRU). Bristol stool type 7. Fax copy to practice {{FAX:0113 555 0472}}.
Signed: {{NAME:P. Deshpande}}, {{DATE:05/09/2026}}. Consultant in health protection: Dr {{NAME:Ewan Fairbairn-Ogilvie}}.
`,
  },
  {
    id: 't28-003',
    kind: "case report form (leptospirosis, Philippines RESU)",
    text: `
REGIONAL EPIDEMIOLOGY AND SURVEILLANCE UNIT - CASE INVESTIGATION FORM: LEPTOSPIROSIS
DRU: {{LOCATION:Eastern Visayas Medical Center}}, {{LOCATION:Tacloban City}}     Date admitted {{DATE:14 Aug 2026}}
Patient: {{NAME:Dela Paz, Rommel Villanueva}}   Age 34  Sex M   PhilHealth PIN {{HEALTH_PLAN:00-055512731-4}}
Address: {{LOCATION:Purok 3}}, {{LOCATION:Brgy. San Jose}}, {{LOCATION:Palo}}, Leyte
Contact: wife {{NAME:Analyn Dela Paz}} {{PHONE:0917 555 0288}}
Occupation: rice farmer; waded through floodwater after typhoon {{DATE:Aug 3-5}}. Also helped clear canal near {{LOCATION:Barangay Hall of San Jose}}.
Signs: fever 39.6, calf tenderness, conjunctival suffusion, oliguria, Cr 3.1. MAT sent to RITM.
Other cases in same purok: {{NAME:Nestor Abano}} (neighbour, admitted {{LOCATION:Palo Municipal Hospital}}), {{NAME:Jun-Jun Cabrera}} (OPD only).
Doxycycline prophylaxis distributed by BHW {{NAME:Marites Olasiman}} on {{DATE:Aug 16}} to 42 farmers.
Investigator: {{NAME:Jose Ma. Bacalso}}, RN, PESU  EPI ID {{OTHER_ID:R08-LEP-26-0193}}
Weil disease criteria met; Leptospira interrogans serovar pending. Penicillin G 1.5 MU q6h. Typhoon Signal No. 3 was raised over Leyte during the exposure week.
Prepared by {{NAME:Jose Ma. Bacalso}} {{DATE:Aug 17, 2026}}; noted by PESU head Dr {{NAME:Teodora Alcantara-Lim}}.
`,
  },
  {
    id: 't28-004',
    kind: "CIF (measles, Ukrainian family in Poland)",
    text: `
Formularz / case investigation (translated) - MEASLES, suspected -> confirmed
Sanepid: {{LOCATION:Powiatowa Stacja Sanitarno-Epidemiologiczna w Rzeszowie}}  Case no. {{OTHER_ID:RZ/ODR/2026/031}}
Case: {{NAME:Bohdana Kovalchuk}}, 4 y, F. PESEL {{OTHER_ID:22311500487}}.
Address: {{LOCATION:ul. Lwowska 117/9}}, {{LOCATION:35-301 Rzeszow}}. Mother {{NAME:Oksana Kovalchuk}} tel {{PHONE:+48 555 201 774}}.
Rash onset {{DATE:11.10.2026}}; fever from {{DATE:08.10.2026}}. IgM positive ({{LOCATION:Wojewodzki Szpital Dzieciecy}} lab, {{DATE:14.10.2026}}).
Vaccination: MMR not given (family moved from {{LOCATION:Drohobych}} in {{DATE:March 2025}}; no card).
Exposure sites (infectious period {{DATE:7-15.10}}): {{LOCATION:Przedszkole Nr 12}} (kindergarten group "Biedronki", teacher Pani {{NAME:Grazyna Sowa}}), a clinic waiting room at {{LOCATION:Przychodnia Zalesie}}, Sunday liturgy at {{LOCATION:Cerkiew Greckokatolicka}} on {{LOCATION:ul. Zamkowa}}.
Siblings: {{NAME:Taras}} (9, 1 dose), {{NAME:Myroslava}} (7 months) - IG.
Interviewer: mgr {{NAME:Kamila Wrobel-Nowak}}.
Rash maculopapular, Koplik spots on day 2. Vitamin A 200,000 IU x2. Family holds temporary protection in Poland; Podkarpackie voivodeship notified.
Sporzadzila: {{NAME:K. Wrobel-Nowak}}, {{DATE:16.10.2026}}. Zatwierdzil: lek. {{NAME:Wojciech Zdunczyk}}.
`,
  },
  {
    id: 't28-005',
    kind: "case investigation (Legionnaires' disease, care home resident)",
    text: `
LEGIONNAIRES' DISEASE - ENHANCED SURVEILLANCE FORM
Case: {{NAME:Ingrid Solveig Haugland}}   Age {{AGE_OVER_89:93}}   F   Resident of {{LOCATION:Fjellheim Care Home}}, {{LOCATION:Ovre Gate 14}}, {{LOCATION:5003 Bergen}}
Urinary antigen +ve {{DATE:2026-07-21}} at {{LOCATION:Haukeland universitetssjukehus}}. Admitted via A&E {{DATE:20.07.2026}}.
Next of kin: son {{NAME:Per-Olav Haugland}}, {{PHONE:+47 555 48 210}}; granddaughter {{NAME:Sigrid}}.
14-day exposures: no travel; hairdresser visit in home salon; day trip by minibus (reg {{VEHICLE:SV 40172}}) to {{LOCATION:Fana kirke}} {{DATE:12 July}}.
Care home manager {{NAME:Bjorn Aasland}}: shower heads last descaled {{DATE:May 2026}}. Water samples taken {{DATE:22/7}} by {{NAME:H. Tveit}} (env. health); sample IDs W1-W6.
Second resident with pneumonia: {{NAME:Astrid Myklebust}}, {{AGE_OVER_89:97}}, died {{DATE:25 July 2026}}; urine not tested.
Fodselsnummer (case) {{OTHER_ID:000718 33410}}.
Legionella pneumophila serogroup 1; levofloxacin 500 mg. CURB-65 3. Notified to FHI (Norway) within 24 h.
Skrevet av smittevernlege {{NAME:Kari Lovoll}} {{DATE:23.07.2026}}; kopi til {{NAME:Ole-Gunnar Rasmussen}}.
`,
  },
  {
    id: 't28-006',
    kind: "case investigation (dengue, Puerto Rico / travel to Florida)",
    text: `
ARBOVIRAL CASE INVESTIGATION - Dengue (DENV-2 RT-PCR +)
Case: {{NAME:Yaritza Colon-Figueroa}}  DOB {{DATE:02/29/1996}}
Home: {{LOCATION:Calle Betances 58}}, {{LOCATION:Urb. Villa del Carmen}}, {{LOCATION:Ponce}}, PR {{LOCATION:00716}}
Travelled to {{LOCATION:Kissimmee}}, FL {{DATE:Jun 10}}-{{DATE:Jun 24}}, stayed at aunt's ({{NAME:Migdalia Figueroa}}), {{LOCATION:4410 Pleasant Hill Rd}}.
Onset {{DATE:06/22/2026}}; seen {{LOCATION:Osceola Regional Medical Center}} ED {{DATE:6/24}}. Platelets 62k, no warning signs.
Cell {{PHONE:787-555-0119}}  e-mail {{EMAIL:yari.colon96@example.com}}
Florida DOH notified {{DATE:6/26}} (vector control to spray block around aunt's house). Contact at FDOH: {{NAME:T. Okafor}}.
Merlin case ID {{OTHER_ID:FL-26-DEN-1187}}; PR ID {{OTHER_ID:PR-ARBO-0655}}.
Blood donation {{DATE:June 15}} at {{LOCATION:OneBlood Kissimmee donor center}} - recall notified.
Warning signs per WHO 2009 absent; paracetamol only, avoid NSAIDs (Advil, Aleve). Aedes aegypti index in block 31%.
Investigator sign-off {{NAME:T. Okafor}} / PR liaison {{NAME:Wilfredo Maldonado Ayala}}, {{DATE:06/29/2026}}.
`,
  },
  {
    id: 't28-007',
    kind: "notifiable disease report (TB, Aboriginal community, NT)",
    text: `
NOTIFIABLE CONDITION - TUBERCULOSIS (pulmonary, smear 2+)
Notifier: {{LOCATION:Alice Springs Hospital}}   Date notified {{DATE:3/11/2026}}  CDC officer: {{NAME:Bronwyn Tjapaltjarri}}
Case: {{NAME:Reggie Kngwarreye}} (known as "{{NAME:Bundy}}"), 52 M, Aboriginal. Medicare {{HEALTH_PLAN:0005 55172 1-1}}.
Usual residence: {{LOCATION:House 27}}, {{LOCATION:Ti Tree}} community; also stays at {{LOCATION:Hidden Valley town camp}}, {{LOCATION:Alice Springs}}.
Contacts to screen: wife {{NAME:Maureen Kemarre}}, grandsons {{NAME:Shannon}} and {{NAME:Jarrah Kngwarreye}}, brother-in-law {{NAME:Leroy Pengart}}; workmates at {{LOCATION:Ti Tree Store}} (manager {{NAME:Carl Heinrich}}).
Language: Anmatyerr, Kriol; AHW {{NAME:Veronica Perrurle}} to interpret.
DOT via {{LOCATION:Ti Tree Clinic}} (phone {{PHONE:08 5550 1276}}). Remote clinic RN {{NAME:Fiona O'Dwyer}}.
Travelled on Greyhound {{LOCATION:Darwin}} to {{LOCATION:Alice}} {{DATE:Oct 2026}}; bus operator not contacted yet.
GeneXpert MTB/RIF Ultra: MTB detected, RIF resistance not detected. HRZE 4FDC 4 tabs daily. Notified to the Northern Territory CDC. Case e-mail to {{EMAIL:cdc.alice@example.gov.au}}.
Entered into NotiS by {{NAME:B. Tjapaltjarri}} {{DATE:4/11/2026}}; checked {{NAME:Liam Gurruwiwi}} {{DATE:5/11/2026}}.
`,
  },
  {
    id: 't28-008',
    kind: "case investigation (brucellosis, Iraq-born butcher, Michigan)",
    text: `
BRUCELLOSIS CASE INVESTIGATION
Case: {{NAME:Haider Abdul-Kareem Al-Saadi}}, 41 M. Arabic; son {{NAME:Mustafa}} interpreted.
Address: {{LOCATION:6820 Chase Rd}}, {{LOCATION:Dearborn}}, MI {{LOCATION:48126}}. Phone {{PHONE:(313) 555-0165}}.
Blood culture B. melitensis {{DATE:Feb 2 2026}}, {{LOCATION:Beaumont Hospital, Dearborn}}. Lab staff exposure at micro bench - employee health notified.
Exposures: works at {{LOCATION:Al-Noor Halal Meats}}, {{LOCATION:13500 W Warren Ave}}; ate unpasteurised cheese brought from {{LOCATION:Karbala}} by his mother-in-law {{NAME:Zahraa Kadhim}} ({{DATE:December 2025}}).
Co-workers: {{NAME:Ali Jaber}}, {{NAME:Hussein "Abu Zaid" Fadhil}}.
MDSS ID {{OTHER_ID:MI-26-004417}}. Dr {{NAME:Leila Shamoun}} (ID) treating with doxy + rifampin.
Brucella melitensis, Rose Bengal positive, SAT 1:640. Doxycycline 100 mg BID + rifampin 600 mg daily x6 wk. Cheese carried from Iraq in hand luggage. SSN {{SSN:000-61-4478}} recorded for MDSS.
Closed {{DATE:03/30/2026}} by {{NAME:Noor Al-Hakim}}, epidemiologist; supervisor {{NAME:Brett Van Wagoner}}.
`,
  },
  {
    id: 't28-009',
    kind: "case form (typhoid, Nepali family, Queens)",
    text: `
ENTERIC FEVER - CASE REPORT
Case: {{NAME:Pasang Dolma Sherpa}}, 8 F   Parent: {{NAME:Ang Nima Sherpa}} {{PHONE:718-555-0171}}
Address {{LOCATION:37-19 73rd St}}, {{LOCATION:Apt 4F}}, {{LOCATION:Jackson Heights}}, NY {{LOCATION:11372}}
S. Typhi from blood {{DATE:10/5/26}} at {{LOCATION:Elmhurst Hospital}}; XDR pattern pending. MRN {{MRN:E2206153}}.
Travel: {{LOCATION:Namche Bazaar}} and {{LOCATION:Kathmandu}} ({{LOCATION:Boudha}}) {{DATE:Aug 2}} - {{DATE:Sep 20}}. Typhoid vaccine not given.
School: {{LOCATION:PS 69 Jackson Heights}}, class 3-204; teacher Ms. {{NAME:Hope Alvarado}}.
Family runs momo stall at {{LOCATION:Diversity Plaza}} - food handler rule applies to father, 3 negative stools needed.
Investigator {{NAME:Chen Jia-hui}}, PHA. Case {{OTHER_ID:NYC-ENT-26-0219}}.
Azithromycin 1 g day 1 then 500 mg; XDR Typhi (H58 lineage) is linked to travel to Nepal and Pakistan. School health fax {{FAX:718-555-0190}}.
Entered {{DATE:10/08/26}} {{NAME:Chen Jia-hui}}; QA {{NAME:Obadiah Mensah}} {{DATE:10/09/26}}.
`,
  },
];
