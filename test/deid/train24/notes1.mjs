// train24 notes 1: bed boards and ward lists without headers, or with the header far away or in another language.
export default [
  {
    id: 't24-001',
    kind: 'bed board, Norwegian header then pipe rows',
    text: `
{{LOCATION:UNN Tromso}} - Geriatrisk sengepost 5B - tavle {{DATE:04.12.2025}} kl 0700
Seng | Navn | Alder | Bosted | Innlagt | Ansv. lege
01 | {{NAME:Somby, Aslak}} | {{AGE_OVER_89:93}} | {{LOCATION:Kautokeino}} | {{DATE:29.11}} | dr. {{NAME:Eriksen}}
02 | {{NAME:Sara, Berit Anne}} | 88 | {{LOCATION:Karasjok}} | {{DATE:01.12}} | dr. {{NAME:Eriksen}}
03 | {{NAME:Hansen, Ragnhild}} | {{AGE_OVER_89:91}} | {{LOCATION:Kvaloysletta}} | {{DATE:02.12}} | dr. {{NAME:Paulsen}}
04 | (ledig)
05 | {{NAME:Eira, Nils-Mathis}} | 79 | {{LOCATION:Skibotn}} | {{DATE:03.12}} | dr. {{NAME:Paulsen}}
06 | {{NAME:Johnsen, Solveig "Sollan"}} | 86 | {{LOCATION:Storsteinnes}} | {{DATE:03.12}} | LIS {{NAME:Nystad}}
07 | {{NAME:Larsen-Balto, Ingrid}} | {{AGE_OVER_89:95}} | {{LOCATION:Lyngseidet}} | {{DATE:30.11}} | LIS {{NAME:Nystad}}
---
05 Marevan pause, INR 3,4. 07 til {{LOCATION:Finnsnes sykehjem}} {{DATE:05.12}}, datter {{NAME:Kirsten}} henter, tlf {{PHONE:555 01 447}}.
03 Furix 40 iv, CRP 45. 01 tolk samisk bestilt (nordsamisk).
Medisiner paa tavla: Marevan, Furix, Albyl-E, Paracet, Zopiclone. Avdelinger: Hjerteavdelingen, Nevrologisk poliklinikk.
Epikriser sendes til fastlege via Norsk Helsenett; faks {{FAX:+47 555 01 990}} kun ved nedetid.
`,
  },
  {
    id: 't24-002',
    kind: 'ward list, no header, dash separated',
    text: `
{{LOCATION:KATH}} MALE MEDICAL 2   {{DATE:14/11/2025}}   night sister: {{NAME:E. Asantewaa}}
1 - {{NAME:OWUSU-ANSAH Kwabena}} - 54 - {{LOCATION:Ejisu}} - CVA L hemiparesis - folder {{MRN:KA-0447812}}
2 - {{NAME:BOATENG Yaw}} - 67 - {{LOCATION:Suame Magazine}} - CCF, on Lasix - folder {{MRN:KA-0451190}}
3 - {{NAME:AGYEMANG Kofi Adu}} - 38 - {{LOCATION:Bekwai}} - sickle crisis - folder {{MRN:KA-0462335}} - NHIS {{HEALTH_PLAN:05518844}}
4 - {{NAME:MENSAH Ebenezer}} - 71 - {{LOCATION:Asokwa}} - DM foot - folder {{MRN:KA-0398771}}
5 - {{NAME:DANSO Kwaku "Tiger"}} - 29 - {{LOCATION:Mampong}} - RTA, # femur - folder {{MRN:KA-0466102}}
6 - {{NAME:ADJEI-FRIMPONG Osei}} - 45 - {{LOCATION:Kumasi}} ({{LOCATION:Bantama}}) - hep B, ascites - folder {{MRN:KA-0459907}}
relatives for bed 5: brother {{NAME:Kwame Danso}} {{PHONE:024 555 0193}}; bed 2 wife {{NAME:Akosua Boateng}} {{PHONE:020 555 0178}}
Transfers: bed 4 to {{LOCATION:Manhyia District Hospital}} {{DATE:15/11}}.
Ward drugs: Lasix 40 iv, hydroxyurea, Ceftriaxone 2g, Augmentin, Coartem. Labs: FBC, LFTs, Hb electrophoresis, sickling test.
Referrals from all of Ashanti Region accepted. Discharge summaries e-mailed to {{EMAIL:maleward2.kath@example.com.gh}}.
`,
  },
  {
    id: 't24-003',
    kind: 'ICU board, lower case, tab separated',
    text: `
icu whiteboard {{LOCATION:meno ya win}} {{DATE:nov 22}}
1\t{{NAME:kakegamic, annie}}\t{{AGE_OVER_89:91}}f\t{{LOCATION:sandy lake}}\tsepsis/uti\tbipap off\tohip {{HEALTH_PLAN:5550 118 447 KT}}
2\t{{NAME:meekis, roderick}}\t52m\t{{LOCATION:kasabonika lake}}\tdka\tinsulin gtt\tohip {{HEALTH_PLAN:5550 220 963 RB}}
3\t{{NAME:fiddler, grace}}\t34f\t{{LOCATION:big trout lake}}\tpost-pph, 4u prbc\tohip {{HEALTH_PLAN:5550 374 128 GF}}
4\t{{NAME:beardy, wilfred}}\t67m\t{{LOCATION:muskrat dam}}\tcopd exac\tmedevac from {{LOCATION:sioux lookout}} airport
5\tempty
family: 1 - granddaughter {{NAME:sheila}} at {{LOCATION:sunset inn}}, cell {{PHONE:807-555-0162}}. 3 - husband {{NAME:josiah}} flying in {{DATE:nov 23}}.
oji-cree interp needed beds 1 and 4 (ask {{NAME:norah m}}).
meds: pip-tazo, norepi 0.05, insulin gtt per dka protocol, salbutamol. transfers from ontario and manitoba via ornge.
bed 2 nursing station relay {{IP:192.0.2.58}} for tele-icu from {{LOCATION:thunder bay regional}}.
`,
  },
  {
    id: 't24-004',
    kind: 'cardiology bed board as CSV without header',
    text: `
-- export 07:45, ward CARD-2, {{LOCATION:Tbilisi Heart Center}}, {{DATE:12.10.2025}} --
11,"{{NAME:Beridze, Nino}}",64,"{{LOCATION:Vake}}, {{LOCATION:Tbilisi}}",{{OTHER_ID:01008034455}},NSTEMI,Concor 5,{{DATE:09.10.2025}}
12,"{{NAME:Kapanadze, Giorgi}}",71,"{{LOCATION:Rustavi}}",{{OTHER_ID:35001067721}},AF RVR,Xarelto 20,{{DATE:10.10.2025}}
13,"{{NAME:Lomidze, Tamar}}",58,"{{LOCATION:Saburtalo}}, {{LOCATION:Tbilisi}}",{{OTHER_ID:01027119304}},HFrEF,Entresto,{{DATE:11.10.2025}}
14,"{{NAME:Gelashvili, Levan}}",{{AGE_OVER_89:90}},"{{LOCATION:Gori}}",{{OTHER_ID:59001022018}},AS severe,TAVI work-up,{{DATE:11.10.2025}}
15,"{{NAME:Chkheidze, Eteri}}",83,"{{LOCATION:Telavi}}",{{OTHER_ID:45001009346}},CHB,PPM {{DATE:13.10}},{{DATE:12.10.2025}}
16,"{{NAME:Tsiklauri, Davit}}",49,"{{LOCATION:Mtskheta}}",{{OTHER_ID:31001055672}},myocarditis,,{{DATE:12.10.2025}}
# cols: bed,name,age,address,personal no,dx,rx,admitted (see page 1 of the ward manual)
Common meds: Concor, Xarelto, Entresto, Tritace, Atoris. Tests: troponin I, NT-proBNP, echo, Holter. Many patients from Kakheti and Shida Kartli regions.
Discharge letters go to family doctors by fax {{FAX:+995 32 555 0190}}.
`,
  },
  {
    id: 't24-005',
    kind: 'bed board, fixed width, surname + initial, key at bottom',
    text: `
WARD 33 ACUTE MED  {{LOCATION:AINTREE}}  {{DATE:03 DEC}}
A1  {{NAME:MCDERMOTT J}}     84  {{LOCATION:BOOTLE}}      DR {{NAME:OYELARAN}}   {{DATE:05/12}}   NHS {{OTHER_ID:943 555 0147}}
A2  {{NAME:OKAFOR C}}        61  {{LOCATION:KIRKBY}}      DR {{NAME:OYELARAN}}   {{DATE:04/12}}   NHS {{OTHER_ID:943 555 0231}}
A3  {{NAME:SEDDON M}}        {{AGE_OVER_89:92}}  {{LOCATION:HUYTON}}      DR {{NAME:BRATHWAITE}} ?     NHS {{OTHER_ID:943 555 0388}}
A4  {{NAME:LI W}}            77  {{LOCATION:TOXTETH}}     DR {{NAME:BRATHWAITE}} {{DATE:06/12}}   NHS {{OTHER_ID:943 555 0412}}
B1  {{NAME:FITZGERALD-MOSS K}} 45 {{LOCATION:ANFIELD}}     DR {{NAME:HAQUE}}      {{DATE:04/12}}   NHS {{OTHER_ID:943 555 0529}}
B2  {{NAME:WIERZBICKI A}}    88  {{LOCATION:WALTON}}      DR {{NAME:HAQUE}}      ?        NHS {{OTHER_ID:943 555 0650}}
B3  {{NAME:HOPE G}}          70  {{LOCATION:CROSBY}}      DR {{NAME:HAQUE}}      {{DATE:05/12}}   NHS {{OTHER_ID:943 555 0774}}
KEY: bay/bed, surname + initial, age, home, consultant, EDD, NHS no.
A3 for {{LOCATION:Jubilee Court Care Home}}, {{LOCATION:Litherland}}; B3 {{NAME:Grace Hope}}'s son {{NAME:Will}} on {{PHONE:0151 496 0183}}.
Drugs on board: Tazocin, Co-amoxiclav, Apixaban, Oramorph. Teams: Frailty, Stroke Outreach, Tissue Viability. ICB beds tracker updated.
TTOs to pharmacy by 1100; discharge letters via {{URL:https://gp-letters.example.nhs.uk/aintree}}.
`,
  },
  {
    id: 't24-006',
    kind: 'paediatric ward list, Portuguese, no header',
    text: `
{{LOCATION:HCM}} Pediatria 1 - lista {{DATE:18/09/2025}}
cama 3 - {{NAME:Ana Cossa}}, 4a - {{LOCATION:bairro Maxaquene}} - mae {{NAME:Lurdes Machava}} - cel {{PHONE:84 555 0134}} - malaria grave, artesunato
cama 4 - {{NAME:Helder Sitoe}}, 9m - {{LOCATION:Chamanculo C}} - avo {{NAME:Rosa Sitoe}} - cel {{PHONE:82 555 0217}} - desnutricao, F-75
cama 5 - {{NAME:Celeste Mabunda}}, 7a - {{LOCATION:Mafalala}} - pai {{NAME:Armando Mabunda}} - anemia, Hb 5,1
cama 6 - {{NAME:Dercio Nhantumbo}}, 2a - {{LOCATION:Matola}}, {{LOCATION:Machava}} - mae {{NAME:Felismina Tembe}} - pneumonia
cama 7 - {{NAME:Esperanca Muianga}}, 11a - {{LOCATION:Polana Canico A}}, {{LOCATION:Rua 4 casa 17}} - tia {{NAME:Graca}} - TB, RHZE
cama 8 - vaga
transferir cama 4 para {{LOCATION:Centro de Saude de Xipamanine}} ({{DATE:20/09}}). Enf. {{NAME:Zaida Chirindza}}
Medicamentos: artesunato, Coartem, F-75, F-100, cotrimoxazol, RHZE. Doentes da provincia de Maputo e de Gaza. Linguas: changana, ronga, portugues.
`,
  },
  {
    id: 't24-007',
    kind: 'surgical ward list with s/o, w/o, d/o; Urdu-English mix',
    text: `
{{LOCATION:Mayo Hospital}} - {{LOCATION:Lahore}}   South Surgical Ward   date {{DATE:07-08-2025}}
1. {{NAME:Muhammad Usman s/o Abdul Ghafoor}}, 34, {{LOCATION:Shahdara}} - lap appy POD1 - CNIC {{OTHER_ID:35202-5550143-7}}
2. {{NAME:Nasreen Bibi w/o Ghulam Rasool}}, 56, {{LOCATION:Kasur}} - cholecystectomy planned {{DATE:09-08}}
3. {{NAME:Hamza Tariq}}, 19, {{LOCATION:Ichhra}} - stab wound abdomen, ex-lap - police case FIR {{OTHER_ID:448/25}} {{LOCATION:PS Ichhra}}
4. {{NAME:Rukhsana d/o Mehboob Alam}}, 23, {{LOCATION:Sheikhupura}} - breast abscess I&D
5. {{NAME:Chaudhry Riaz Ahmad}}, 68, {{LOCATION:Gulberg III}} - obstructed hernia
6. {{NAME:Abdul Sattar}}, {{AGE_OVER_89:92}}, {{LOCATION:Mohalla Qasimpura}}, {{LOCATION:Kasur}} - perforated DU, ICU bed awaited
attendant bed 6: grandson {{NAME:Bilal}} {{PHONE:0300 5550192}}. Prof. {{NAME:Iqbal Hussain}} round 9 am. Dr {{NAME:Sana Javed}} PGR.
Referrals from across Punjab. Drugs on ward: ceftriaxone, metronidazole, tramadol, omeprazole. Tests: CBC, LFTs, serum amylase, USG abdomen.
Ward e-mail for police/medicolegal: {{EMAIL:southsurgical.mayo@example.pk}}.
`,
  },
  {
    id: 't24-008',
    kind: 'maternity board, Samoa, pipe rows, midwife initials',
    text: `
{{LOCATION:TTM Hospital}} Maternity | Tues {{DATE:21 Oct}} | shift AM (mw {{NAME:LF}}, {{NAME:ST}})
R1 | {{NAME:Faleolo, Lupe}} | 24 | G2P1 | {{LOCATION:Vailima}} | labouring 6cm | {{NAME:LF}}
R2 | {{NAME:Tuilagi, Seini}} | 31 | G4P3 | {{LOCATION:Faleula}} | PN day 1, PPH 900ml | {{NAME:LF}}
R3 | {{NAME:Aiono, Mele}} | 19 | G1P0 | {{LOCATION:Lufilufi}} | PET, MgSO4 | {{NAME:ST}}
R4 | {{NAME:Leota, Sina Tausala}} | 36 | G6P5 | {{LOCATION:Saleimoa}} | LSCS day 2 | {{NAME:ST}}
R5 | {{NAME:Fonoti-Schmidt, Rosa}} | 28 | G2P1 | {{LOCATION:Leulumoega}} | induction | {{NAME:ST}}
baby of R2 to SCBU. R3 husband {{NAME:Tavita}} ph {{PHONE:+685 755 5012}}. R5 transfer from {{LOCATION:Leulumoega District Hospital}} {{DATE:20/10}}.
Drugs: Syntocinon, ergometrine, MgSO4, nifedipine. Districts shown only by village name. Languages: Samoan, English.
`,
  },
  {
    id: 't24-009',
    kind: 'hospice list, romanised Hebrew header, ages over 89',
    text: `
mita / shem / gil / ir / teudat zehut / kesher
  {{LOCATION:Hospis Hadassah Har HaTsofim}}, {{DATE:28.1.2026}}
1 / {{NAME:Rosenbaum, Yitzhak}} / {{AGE_OVER_89:94}} / {{LOCATION:Beit HaKerem}} / {{OTHER_ID:000318447}} / bat {{NAME:Miriam}} {{PHONE:050-555-0118}}
2 / {{NAME:Halevi, Shoshana}} / 87 / {{LOCATION:Mevaseret Zion}} / {{OTHER_ID:000522190}} / ben {{NAME:Avi}} {{PHONE:052-555-0146}}
3 / {{NAME:ben-David, Avraham}} / {{AGE_OVER_89:96}} / {{LOCATION:Ramot}} / {{OTHER_ID:000734561}} / rabbi {{NAME:Eliyahu Katz}}
4 / {{NAME:Friedman, Rivka "Riki"}} / 79 / {{LOCATION:Beit Shemesh}} / {{OTHER_ID:000281066}} / husband {{NAME:Dov}}
5 / {{NAME:Abu Ghosh, Samira}} / 82 / {{LOCATION:Abu Ghosh}} / {{OTHER_ID:000615732}} / daughter {{NAME:Lina}} {{PHONE:054-555-0173}}
night: 3 on morphine SC driver, Niki T34. 5 Arabic only, 1 Yiddish/Hebrew. visiting Shabbat {{DATE:31.1}} per family.
Meds: morphine, midazolam, haloperidol, hyoscine. Yiddish, Hebrew, Arabic and Russian spoken on the ward.
Family portal: {{URL:https://family.example.org.il/hospice/rosenbaum}} (bed 1 only).
`,
  },
];
