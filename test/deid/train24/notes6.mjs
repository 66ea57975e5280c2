// train24 notes 6: discharge lists and CSV/TSV exports without a header row.
export default [
  {
    id: 't24-046',
    kind: 'discharge list, Beirut, Arabic/Armenian names, French and English mixed',
    text: `
Sorties prevues - {{LOCATION:Hotel-Dieu de France}} - Medecine interne 3e etage - {{DATE:15/01/2026}}
- {{NAME:Haddad, Nadine}} (ch. 312) -> domicile {{LOCATION:Achrafieh}}, {{LOCATION:rue Abdel Wahab el Inglizi}}, imm. {{LOCATION:Khoury}} 4e - sortie 11h
- {{NAME:Khoury, Georges}} (ch. 314) -> {{LOCATION:Maison de retraite Saint-Charles}}, {{LOCATION:Jounieh}} - ambulance Croix-Rouge
- {{NAME:Kassabian, Hagop}} (ch. 318) -> domicile {{LOCATION:Bourj Hammoud}}, {{LOCATION:rue Arax}} - fils {{NAME:Sevag}} {{PHONE:+961 3 555 014}}
- {{NAME:Abi Nader, Rima}} (ch. 320) -> {{LOCATION:Zahle}} - attend resultats biopsie (anapath {{OTHER_ID:AP-26-00447}})
- {{NAME:El Hajj, Mohamad Ali}} (ch. 322) -> {{LOCATION:Tripoli}}, {{LOCATION:Bab el Tebbaneh}} - famille {{NAME:Fatima El Hajj}} {{PHONE:+961 70 555 229}}
- {{NAME:Sfeir-Moukarzel, Joelle}} (ch. 325) -> {{LOCATION:Hamra}} - retour au travail {{DATE:22/01}}
Ordonnances: Coversyl 5, Lasilix 40, Kardegic 75, Glucophage 850, Inexium 40.
Medecin: Dr {{NAME:Antoine Sayegh}}; infirmiere chef {{NAME:Rita Bou Saab}}. Compte patient {{NAME:Kassabian}}: {{ACCOUNT:HDF-552014-07}}.
Resumes envoyes par fax au Dr {{NAME:Nabil Aoun}}, {{LOCATION:Clinique du Levant}} ({{FAX:+961 1 555 0147}}).
`,
  },
  {
    id: 't24-047',
    kind: 'discharge CSV export without header, US, SSN and accounts',
    text: `
{{MRN:00551447}},{{NAME:KRAMER}},{{NAME:DELORES}},{{DATE:1939-05-02}},{{SSN:000-55-1447}},{{LOCATION:3417 JACKSON ST}},{{LOCATION:DUBUQUE}},IA,{{LOCATION:52001}},{{PHONE:563-555-0147}},{{ACCOUNT:V0091822714}},HOME W HH
{{MRN:00552290}},{{NAME:VU}},{{NAME:THANH HUONG}},{{DATE:1962-10-19}},{{SSN:000-55-2290}},{{LOCATION:88 BEVER AVE SE}},{{LOCATION:CEDAR RAPIDS}},IA,{{LOCATION:52403}},{{PHONE:319-555-0133}},{{ACCOUNT:V0091822936}},HOME
{{MRN:00553106}},{{NAME:OSEI-BONSU}},{{NAME:KWAME}},{{DATE:1981-07-07}},{{SSN:000-55-3106}},{{LOCATION:615 FRANKLIN ST APT 3}},{{LOCATION:WATERLOO}},IA,{{LOCATION:50703}},{{PHONE:319-555-0188}},{{ACCOUNT:V0091823057}},AMA
{{MRN:00554018}},{{NAME:HOLY ELK}},{{NAME:VERNA}},{{DATE:1930-12-24}},{{SSN:000-55-4018}},{{LOCATION:SUNNYBROOK ASSISTED LIVING}},{{LOCATION:AMES}},IA,{{LOCATION:50010}},{{PHONE:515-555-0162}},{{ACCOUNT:V0091823148}},ALF
{{MRN:00555227}},{{NAME:DE LA ROSA MENDOZA}},{{NAME:JUAN CARLOS}},{{DATE:1975-03-30}},{{SSN:000-55-5227}},{{LOCATION:1102 W 4TH ST}},{{LOCATION:DAVENPORT}},IA,{{LOCATION:52802}},,{{ACCOUNT:V0091823266}},SNF
{{MRN:00556381}},{{NAME:GRACE}},{{NAME:WILLIAM}},{{DATE:1958-08-11}},{{SSN:000-55-6381}},,{{LOCATION:MARSHALLTOWN}},IA,{{LOCATION:50158}},{{PHONE:641-555-0110}},{{ACCOUNT:V0091823390}},EXPIRED
# ADT extract dc_{{DATE:2025-10-04}}.csv - field list in interface spec appendix C (not attached)
# SNF for {{NAME:DE LA ROSA MENDOZA}}: {{LOCATION:Kahl Home}}, {{LOCATION:Davenport}}; fax {{FAX:563-555-0177}}
Disposition codes: HOME, HOME W HH, AMA, ALF, SNF, EXPIRED. Interface server {{IP:198.51.100.9}}.
`,
  },
  {
    id: 't24-048',
    kind: 'discharge list, Ukrainian names, Cyrillic transliterated header',
    text: `
Vypyska / Discharge - {{LOCATION:Oleksandrivska Hospital}}, {{LOCATION:Kyiv}} - kardiolohiya - {{DATE:05.02.2026}}
PIB ................................ misto ........... diagnoz ........... likar
{{NAME:Shevchenko Oksana Petrivna}} ........ {{LOCATION:Obolon}} .......... IKhS, stent ....... {{NAME:Tkachuk}}
{{NAME:Bondarenko Mykola Ivanovych}} ....... {{LOCATION:Darnytsia}} ....... AF, Xarelto ....... {{NAME:Tkachuk}}
{{NAME:Kovalenko Iryna}} .................. {{LOCATION:Brovary}} ......... HFpEF .............. {{NAME:Lysenko}}
{{NAME:Melnyk Taras Bohdanovych}} ......... {{LOCATION:Bila Tserkva}} .... hipertenziya ....... {{NAME:Lysenko}}
{{NAME:Hrytsenko-Levy Olha}} .............. {{LOCATION:Irpin}} ........... miokardyt ......... {{NAME:Tkachuk}}
{{NAME:Savchuk Vasyl}} ({{AGE_OVER_89:91}}) ................. {{LOCATION:Vyshhorod}} ....... AV-blok, EKS ...... {{NAME:Lysenko}}
EKS {{NAME:Savchuk}}: Medtronic Azure, s/n {{DEVICE:RNB555014H}}; kontrol cherez 3 mis.
Displaced persons (VPO) - {{NAME:Hrytsenko-Levy}} from {{LOCATION:Bakhmut}}, now {{LOCATION:Irpin}}, {{LOCATION:vul. Universytetska 2}}, kv. 41.
Declarations: Dr {{NAME:Oleh Tkachuk}}, Dr {{NAME:Natalia Lysenko}}. Likarnya - {{PHONE:+380 44 555 0147}}.
Patsiyenty z Kyivskoi oblasti. Likarski zasoby: Xarelto, Concor, Kardiomagnil, Prestarium.
`,
  },
  {
    id: 't24-049',
    kind: 'discharge to care homes, Danish, CPR numbers',
    text: `
Udskrivelser til plejehjem / kommune - {{LOCATION:Bispebjerg Hospital}} - {{DATE:27.11.2025}} (uge 48)
{{NAME:Inger Mogensen}}     {{OTHER_ID:120331-0000}}  {{AGE_OVER_89:94}} aar  -> {{LOCATION:Plejecenter Sundbyvester}}, {{LOCATION:Amager}}
{{NAME:Poul Kjaergaard}}    {{OTHER_ID:080735-0000}}  {{AGE_OVER_89:90}} aar  -> hjem, {{LOCATION:Valby}}, {{LOCATION:Toftegaards Alle 41, 2. th.}}, {{LOCATION:2500 Valby}}
{{NAME:Asger Lund}}         {{OTHER_ID:251241-0000}}  84 aar  -> {{LOCATION:Hvidovre}} kommune, aflastning
{{NAME:Birthe Holm-Rasmussen}} {{OTHER_ID:171129-0000}} {{AGE_OVER_89:96}} aar  -> {{LOCATION:Norrebro}}, {{LOCATION:Plejehjemmet Slottet}}
{{NAME:Ahmad Yousef Nasser}} {{OTHER_ID:030558-0000}}  67 aar  -> hjem, {{LOCATION:Mjolnerparken}}, tolk arabisk
{{NAME:Kirsten Bo Hald}}    {{OTHER_ID:140950-0000}}  75 aar  -> {{LOCATION:Roskilde}}, genoptraening {{LOCATION:Roskilde Sygehus}}
Sygeplejerske {{NAME:Lene Friis}}, overlaege {{NAME:Henrik Skov}}. Medicin: Pinex, Magnyl, Furix, Marevan (INR).
`,
  },
  {
    id: 't24-050',
    kind: 'TSV discharge export, Bulawayo, Ndebele names',
    text: `
{{DATE:2025-09-18}}\t{{NAME:Ncube}}\t{{NAME:Sibusiso}}\tM\t44\t{{LOCATION:Pumula South}}\tTB meningitis\t{{LOCATION:Mpilo Central}}\t-> {{LOCATION:Nkulumane Clinic}}
{{DATE:2025-09-18}}\t{{NAME:Moyo}}\t{{NAME:Nokuthula}}\tF\t29\t{{LOCATION:Nkulumane}}\tPET, delivered\t{{LOCATION:Mpilo Central}}\t-> home
{{DATE:2025-09-18}}\t{{NAME:Sibanda}}\t{{NAME:Thabani}}\tM\t61\t{{LOCATION:Mpopoma}}\tstroke\t{{LOCATION:Mpilo Central}}\t-> {{LOCATION:Ekuphumuleni Geriatric Centre}}
{{DATE:2025-09-19}}\t{{NAME:Dube}}\t{{NAME:Sithembiso "Sthe"}}\tM\t18\t{{LOCATION:Gwanda}}\tRTA, # tibia\t{{LOCATION:Mpilo Central}}\t-> {{LOCATION:Gwanda Provincial Hospital}}
{{DATE:2025-09-19}}\t{{NAME:Ndlovu}}\t{{NAME:Blessing}}\tF\t35\t{{LOCATION:Lupane}}\tcryptococcal mening.\t{{LOCATION:Mpilo Central}}\t-> {{LOCATION:St Luke's Mission Hospital}}
{{DATE:2025-09-19}}\t{{NAME:Mpofu}}\tGogo {{NAME:Thandiwe}}\tF\t{{AGE_OVER_89:93}}\t{{LOCATION:Luveve}}\thip #, conservative\t{{LOCATION:Mpilo Central}}\t-> home
\t\t\t\t\t\t\t\t
note: given-name field says Gogo (grandmother, a title) - name is {{NAME:Thandiwe Mpofu}}. Drugs: RHZE, fluconazole, amphotericin B, MgSO4.
`,
  },
  {
    id: 't24-051',
    kind: 'mental health discharge list, London, NHS numbers',
    text: `
Discharges this week (community follow-up within 72h) - {{LOCATION:Ladywell Unit}}, {{LOCATION:University Hospital Lewisham}}
* {{NAME:Adebayo-Smith, Tolu}} - NHS {{OTHER_ID:485 555 0147}} - {{LOCATION:Catford}}, {{LOCATION:SE6 4RU}} - CMHT South - care co {{NAME:Priya Raman}}
* {{NAME:O'Sullivan-Mensah, Ciara}} - NHS {{OTHER_ID:485 555 0229}} - {{LOCATION:Peckham}}, {{LOCATION:Flat 12 Bellenden House}} - EIP - care co {{NAME:Joe Brierley}}
* {{NAME:Kowalczyk, Piotr}} - NHS {{OTHER_ID:485 555 0331}} - {{LOCATION:Deptford}}, NFA -> {{LOCATION:St Mungo's}} hostel - HTT
* {{NAME:Bishop, Ebony-Rose}} - NHS {{OTHER_ID:485 555 0418}} - {{LOCATION:Brockley}} - CAMHS transition, mum {{NAME:Janet}}
* {{NAME:Nwachukwu, Emmanuel}} - NHS {{OTHER_ID:485 555 0503}} - {{LOCATION:Lee}}, {{LOCATION:SE12}} - clozapine clinic ({{LOCATION:Maudsley}}), Clozaril, ANC monitoring
* {{NAME:Hope, Justice}} - NHS {{OTHER_ID:485 555 0612}} - {{LOCATION:Sydenham}} - HTT, CPN {{NAME:Marcia Lindo}}
MHA: sections lifted {{DATE:11/3}} ({{NAME:Kowalczyk}}) and {{DATE:12/3}} ({{NAME:Nwachukwu}}). RC Dr {{NAME:Femi Oduwole}}, GMC {{LICENSE:7055147}}.
Crisis line 0800 number printed on the discharge card. Med: olanzapine, aripiprazole depot, sertraline.
`,
  },
  {
    id: 't24-052',
    kind: 'ED discharge CSV, lower case, Dominican double surnames',
    text: `
{{DATE:12/06/2025}},{{NAME:rosario de la cruz, yahaira}},34,f,{{LOCATION:washington heights}},{{PHONE:646-555-0141}},asthma exac,home
{{DATE:12/06/2025}},{{NAME:pena almonte, juan bautista}},{{AGE_OVER_89:91}},m,{{LOCATION:inwood}},{{PHONE:212-555-0176}},syncope,admit -> tele
{{DATE:12/06/2025}},{{NAME:santana vda. de reyes, altagracia}},78,f,{{LOCATION:the bronx}},{{LOCATION:grand concourse}},cellulitis,home
{{DATE:12/06/2025}},{{NAME:o'neill, summer}},22,f,{{LOCATION:yonkers}},{{PHONE:914-555-0122}},etoh intox,home w friend
{{DATE:12/07/2025}},{{NAME:tavarez, "junior" ramon}},41,m,{{LOCATION:hamilton heights}},,lac repair,home
{{DATE:12/07/2025}},{{NAME:mejia-bishop, grace}},57,f,{{LOCATION:fort lee}} nj,{{PHONE:201-555-0159}},chest pain r/o,obs
followup: {{LOCATION:ryan-nena chc}}, {{LOCATION:charles b. rangel chc}}. meds: albuterol, prednisone 40, keflex 500.
exported by {{NAME:lmarte}} from epic {{DATE:12/07}} 0200
`,
  },
  {
    id: 't24-053',
    kind: 'neonatal discharge list, Nepal, mother and baby names',
    text: `
{{LOCATION:Paropakar Maternity}} NICU - discharge list - {{DATE:2082-08-15}} BS ({{DATE:1 Dec 2025}})
1. Baby of {{NAME:Sita Gurung}} - 1.9 kg - {{LOCATION:Bhaktapur}}, {{LOCATION:ward 7}} - KMC - father {{NAME:Min Bahadur Gurung}} {{PHONE:98 5550 1472}}
2. Baby of {{NAME:Pemba Doma Sherpa}} - 2.4 kg - {{LOCATION:Boudha}} - jaundice, phototherapy done
3. {{NAME:Aarav Thapa Magar}} (named) - 3.1 kg - {{LOCATION:Lalitpur}}, {{LOCATION:Jawalakhel}} - sepsis, 7d antibiotics
4. Baby of {{NAME:Laxmi Tamang}} - 1.6 kg - {{LOCATION:Kirtipur}} - referred {{LOCATION:Kanti Children's Hospital}}
5. Baby of {{NAME:Bishnu Kumari Chaudhary}} - 2.8 kg - {{LOCATION:Pokhara}}, {{LOCATION:Lakeside}} - HIE gr I
6. {{NAME:Samjhana Rai}} twin A + twin B - {{LOCATION:Chabahil}} - grandmother {{NAME:Hira Maya Rai}} ({{AGE_OVER_89:90}}) caregiver
IPD nos: {{MRN:PMWH-82-44710}}, {{MRN:PMWH-82-44738}}, {{MRN:PMWH-82-44802}}.
BCG, OPV0, HepB0 given. Vit K. Follow-up OPD {{DATE:8 Dec}}. Dr {{NAME:Rabin Shrestha}}; sister {{NAME:Kamala K.C.}}
Drugs: ampicillin, gentamicin, phenobarbitone, Vit K. Referrals from Bagmati and Gandaki provinces.
`,
  },
  {
    id: 't24-054',
    kind: 'rehab discharge list, Chile, RUT and comunas',
    text: `
Egresos Unidad de Rehabilitacion - {{LOCATION:Hospital del Salvador}} - semana {{DATE:03/11/2025}}-{{DATE:07/11/2025}}
{{OTHER_ID:5.555.014-7}}  {{NAME:GONZALEZ MUNOZ, Rosa Elena}}        {{LOCATION:Nunoa}}          ACV isquemico   alta domicilio
{{OTHER_ID:7.555.229-K}}  {{NAME:ROJAS DIAZ, Hernan}}                {{LOCATION:Puente Alto}}    amputacion TT   alta + protesis
{{OTHER_ID:12.555.390-2}} {{NAME:PAILLAN CATRILEO, Juana}}          {{LOCATION:Maipu}}          LM, para T10    {{LOCATION:Teleton}}
{{OTHER_ID:9.555.412-5}}  {{NAME:SOTO DE LA FUENTE, Jose Miguel}}    {{LOCATION:La Florida}}     TEC             alta domicilio
{{OTHER_ID:4.555.561-3}}  {{NAME:FERNANDEZ VDA DE ARAYA, Olga}} ({{AGE_OVER_89:92}}) {{LOCATION:Valparaiso}}   fx cadera       {{LOCATION:ELEAM Los Aromos}}
{{OTHER_ID:15.555.603-1}} {{NAME:HUENCHUMIL, Ignacio}}              {{LOCATION:Temuco}}         SGB             alta + kine {{LOCATION:CESFAM Pedro de Valdivia}}
Fisiatra Dr. {{NAME:Cristian Vergara}}; TO {{NAME:Javiera Lillo}}. Fonasa tramo B. Baclofeno, pregabalina.
`,
  },
];
