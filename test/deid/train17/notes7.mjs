// train17 notes 7: mixed registers: Pacific, Balkan, Latin American, Korean, Sudanese, Scottish, Indigenous Australian.
export default [
  {
    id: 't17-056',
    kind: 'typhoid line list (Fiji, pipe)',
    text: `
TYPHOID LINE LIST - {{LOCATION:Labasa}} Subdivision, Macuata   {{DATE:Nov 2026}}
| No | Name | Age | Village/settlement | Water source | Admitted | Blood cx |
| 1 | Ratu {{NAME:Josefa Vakaloloma}} | 42 | {{LOCATION:Naduri}} | creek | {{LOCATION:Labasa Hospital}} {{DATE:14/11}} | S. Typhi |
| 2 | {{NAME:Mere Tabuavou}} | 16 | {{LOCATION:Naduri}} | creek | {{LOCATION:Labasa Hospital}} {{DATE:15/11}} | S. Typhi |
| 3 | {{NAME:Ashwin Prasad}} | 31 | {{LOCATION:Vunimoli}} settlement | tap | no (OPD) | pending |
| 4 | {{NAME:Litia Naivalu}} | 8 | {{LOCATION:Naduri}} | creek | {{LOCATION:Labasa Hospital}} {{DATE:17/11}} | S. Typhi |
| 5 | {{NAME:Shalini Devi Chand}} | 25 | {{LOCATION:Wailevu}} | tank | no | neg |
| 6 | {{NAME:Kamlesh Naidu}} | 57 | {{LOCATION:Bulileka}} | tap | {{LOCATION:Labasa Hospital}} {{DATE:19/11}} | pending |
Ratu is a chiefly title, outside the name. Typbar-TCV campaign planned. SDMO Dr. {{NAME:Iliesa Rokovada}}.
Water sample from {{LOCATION:Naduri}} creek sent to {{LOCATION:Fiji CDC Mataika House}}.
`,
  },
  {
    id: 't17-057',
    kind: 'Korean clinic appointment list (CSV no header)',
    text: `
{{DATE:2026-11-27}},09:00,{{NAME:Kim Min-jun}},{{MRN:A1023344}},{{LOCATION:Mapo-gu}},endocrinology,Dr {{NAME:Lee Seo-yeon}}
{{DATE:2026-11-27}},09:15,{{NAME:Park Soo-ah}},{{MRN:A1023391}},{{LOCATION:Eunpyeong-gu}},endocrinology,Dr {{NAME:Lee Seo-yeon}}
{{DATE:2026-11-27}},09:30,{{NAME:Choi Hope}},{{MRN:A1023402}},{{LOCATION:Ilsan}},endocrinology,Dr {{NAME:Jung Tae-hoon}}
{{DATE:2026-11-27}},09:45,{{NAME:Nam Gung-min}},{{MRN:A1023450}},{{LOCATION:Suwon}},thyroid US,Dr {{NAME:Jung Tae-hoon}}
{{DATE:2026-11-27}},10:00,{{NAME:Hwang Bo-ra}},{{MRN:A1023477}},{{LOCATION:Bundang}},endocrinology,Dr {{NAME:Lee Seo-yeon}}
{{DATE:2026-11-27}},10:15,{{NAME:Seo Ji-woo}},{{MRN:A1023488}},{{LOCATION:Incheon}},endocrinology,Dr {{NAME:Jung Tae-hoon}}
hospital: {{LOCATION:Severance Hospital}}, {{LOCATION:Sinchon}}. Portal {{URL:https://booking.example.kr/sev}}.
{{DATE:2026-11-27}},10:30,{{NAME:Yoon Grace}},{{MRN:A1023501}},{{LOCATION:Gangneung}},endocrinology,Dr {{NAME:Lee Seo-yeon}}
No-show SMS gateway {{IP:192.0.2.201}}.
`,
  },
  {
    id: 't17-058',
    kind: 'IDP camp nutrition register (Sudan, fixed width)',
    text: `
OTP REGISTER - {{LOCATION:Zamzam camp}}, near {{LOCATION:El Fasher}}, North Darfur   MSF site 2
REG     CHILD                          AGE(m)  MUAC  OEDEMA  CAREGIVER                   SECTOR
{{OTHER_ID:ZZ-0871}} {{NAME:Fatima Adam Abakar}}             14      10.9  0       {{NAME:Hawa Ishag}}                  {{LOCATION:Sector B}}
{{OTHER_ID:ZZ-0872}} {{NAME:Mohamed Yahia Hassan}}           22      11.3  +       {{NAME:Khadija Yahia}}               {{LOCATION:Sector D}}
{{OTHER_ID:ZZ-0873}} {{NAME:Amna Suleiman}}                  9       10.4  0       grandmother {{NAME:Mariam Dosa}}     {{LOCATION:Sector B}}
{{OTHER_ID:ZZ-0874}} {{NAME:Abdelrahim Idriss Bahar}}        31      11.1  0       {{NAME:Zahra}}                       {{LOCATION:Sector F}}
{{OTHER_ID:ZZ-0875}} {{NAME:Halima Musa Tijani}}             18      11.0  0       {{NAME:Asha Musa}}                   {{LOCATION:Sector A}}
RUTF sachets; amoxicillin 5d. Nutrition nurse {{NAME:Ikram Elnour}}.
Weekly report uploaded to {{URL:https://msf-data.example.org/zamzam/otp}}.
`,
  },
  {
    id: 't17-059',
    kind: 'GP practice housebound flu register (Scotland, TSV)',
    text: `
{{NAME:MacLeod, Murdo}}	{{DATE:12/01/1933}}	{{LOCATION:7 Seaview Terrace}}	{{LOCATION:Stornoway}}	{{LOCATION:HS1 2QN}}	flu+COVID given {{DATE:10/11}}
{{NAME:Nicolson, Catriona}}	{{DATE:30/05/1940}}	{{LOCATION:Croft 14, North Tolsta}}	{{LOCATION:Isle of Lewis}}	{{LOCATION:HS2 0NH}}	flu given {{DATE:11/11}}
{{NAME:Morrison, Dolina}}	{{DATE:18/08/1928}}	{{LOCATION:Dun Eisdean Care Home}}	{{LOCATION:Stornoway}}	{{LOCATION:HS1 2BD}}	refused
{{NAME:Macaulay, Iain Alasdair}}	{{DATE:02/02/1952}}	{{LOCATION:3 Cnoc a' Choilich}}	{{LOCATION:Tong}}	{{LOCATION:HS2 0HS}}	not in, card left
{{NAME:MacIver, Kenneth}}	{{DATE:07/07/1945}}	{{LOCATION:22 Goathill Road}}	{{LOCATION:Stornoway}}	{{LOCATION:HS1 2NL}}	flu given {{DATE:12/11}}
practice: {{LOCATION:Group Practice Stornoway}}. {{NAME:Dolina}} aged {{AGE_OVER_89:98}}.
Home visit car {{VEHICLE:SV18 HKT}}; nurse {{NAME:Peigi Macdonald}}.
`,
  },
  {
    id: 't17-060',
    kind: 'COVID outbreak line list (aged care, Bosnian/Croatian names)',
    text: `
linijska lista COVID-19 - {{LOCATION:Dom za starije Maksimir}}, {{LOCATION:Zagreb}}
R.br. | Ime i prezime | God. | Soba | Pocetak | Test | Ishod
1 | {{NAME:Ivanka Horvat}} | {{AGE_OVER_89:91}} | 12 | {{DATE:18.11.}} | Ag+ | {{LOCATION:KB Dubrava}}
2 | {{NAME:Mato Juric}} | 86 | 14 | {{DATE:19.11.}} | PCR+ | u domu
3 | {{NAME:Zdenka Babic-Kovacevic}} | 89 | 12 | {{DATE:20.11.}} | Ag+ | u domu
4 | {{NAME:Radovan Petrovic}} | 79 | 7 | {{DATE:20.11.}} | PCR+ | umro {{DATE:24.11.}}
5 | sestra {{NAME:Vesna Maric}} | 45 | staff | {{DATE:19.11.}} | Ag+ | izolacija
6 | {{NAME:Franjo Kovac}} | 84 | 9 | {{DATE:21.11.}} | Ag- | u domu
Paxlovid for 2 and 3. Epidemiolog dr. {{NAME:Tomislav Grgic}}, {{LOCATION:Nastavni zavod za javno zdravstvo Andrija Stampar}}. Email {{EMAIL:epidemiologija@stampar.example.hr}}.
Slike ranjavanja: {{PHOTO:dom_maksimir_12_1811.jpg}}.
`,
  },
  {
    id: 't17-061',
    kind: 'remote clinic patient recall list (Australia, numbered)',
    text: `
recall list - {{LOCATION:Yuendumu Clinic}} - chronic disease, late {{DATE:Nov 2026}}
1. {{NAME:Japanangka, Harry Nelson}} - {{LOCATION:Yuendumu}} house 112 - RHD, Bicillin due {{DATE:28/11}} - HRN {{MRN:NT 448120}}
2. {{NAME:Nangala, Cecily Granites}} - {{LOCATION:Nyirrpi}} - dialysis in {{LOCATION:Alice}}, back on country
3. {{NAME:Jampijinpa, Otto}} - {{LOCATION:Willowra}} - T2DM, HbA1c 11.2, insulin start
4. {{NAME:Napurrurla, Grace}} - {{LOCATION:Yuendumu}} house 44 - antenatal 28/40, ref {{LOCATION:Alice Springs Hospital}}
5. {{NAME:Kumanjayi}} (name not said - sorry business) - {{LOCATION:Yuelamu}} - FHx rheumatic
6. {{NAME:Napaljarri, Wendy}} - {{LOCATION:Lajamanu}} - CKD 4, review by renal team {{DATE:3/12}}
remote area nurse {{NAME:Bec O'Dwyer}}. Medicare {{HEALTH_PLAN:2123 45670 1}} ({{NAME:Japanangka}}).
Bicillin cold chain checked by {{NAME:Bec}}; clinic ph {{PHONE:08 8955 5141}}.
`,
  },
  {
    id: 't17-062',
    kind: 'Brazilian UBS visit register (CSV, double surnames)',
    text: `
data;ACS;familia;endereco;microarea;motivo
{{DATE:23/11/2026}};{{NAME:Joselia dos Santos}};{{NAME:Francisco das Chagas Oliveira}};{{LOCATION:Rua Sete de Setembro, 45}};{{LOCATION:Microarea 03}};hipertenso
{{DATE:23/11/2026}};{{NAME:Joselia dos Santos}};{{NAME:Maria Aparecida da Conceicao}};{{LOCATION:Travessa Boa Esperanca, 12}};{{LOCATION:Microarea 03}};gestante 32 sem
{{DATE:24/11/2026}};{{NAME:Raimundo Nonato Filho}};{{NAME:Antonia "Tonha" Ferreira Lima}};{{LOCATION:Sitio Olho d'Agua}};{{LOCATION:Microarea 05}};acamada, {{AGE_OVER_89:94}} anos
{{DATE:24/11/2026}};{{NAME:Raimundo Nonato Filho}};{{NAME:Cicero Romao Bezerra}};{{LOCATION:Rua do Cruzeiro, 200}};{{LOCATION:Microarea 05}};tuberculose
{{DATE:25/11/2026}};{{NAME:Joselia dos Santos}};{{NAME:Benedita Pereira do Nascimento}};{{LOCATION:Rua Padre Cicero, 78}};{{LOCATION:Microarea 03}};diabetica, pe diabetico
UBS: {{LOCATION:UBS Vila Nova}}, {{LOCATION:Juazeiro do Norte}} - CE. CNS {{HEALTH_PLAN:700 0012 3456 7890}} ({{NAME:Francisco}}). Fotos {{PHOTO:ferida_tonha_2411.jpg}}.
Conta do cartao SUS: ver prontuario {{MRN:UBSVN-004471}}.
`,
  },
  {
    id: 't17-063',
    kind: 'ED frequent-attender list (US, pipe, with SSN and device)',
    text: `
HIGH UTILIZER LIST - {{LOCATION:Parkland Memorial Hospital}} ED - reviewed {{DATE:11/25/2026}}
| Pt | MRN | Visits 90d | Housing | Case mgr | Flags |
| {{NAME:Boudreaux, Earl}} | {{MRN:P-00992107}} | 14 | {{LOCATION:The Bridge}} shelter | {{NAME:Tanya Reeves}} | SSN on file {{SSN:000-44-1182}} |
| {{NAME:Okafor-Williams, Chidinma}} | {{MRN:P-01113420}} | 9 | {{LOCATION:3110 Grand Ave}}, {{LOCATION:Dallas}} {{LOCATION:75215}} | {{NAME:Tanya Reeves}} | LVAD {{DEVICE:HM3-SN 7741902}} |
| {{NAME:Ybarra, Crispin "Cris"}} | {{MRN:P-00551870}} | 11 | car, plate TX {{VEHICLE:KLP-4471}} | {{NAME:Omar Haddad}} | COPD, home O2 |
| {{NAME:Starr, Bishop}} | {{MRN:P-01288765}} | 8 | {{LOCATION:Cedar Springs Apts}} #212 | {{NAME:Omar Haddad}} | face photo {{PHOTO:IMG_20261101_ED.jpg}} |
| {{NAME:Nakamura, Grace}} | {{MRN:P-01390022}} | 7 | {{LOCATION:Austin Street Center}} | {{NAME:Tanya Reeves}} | account {{ACCOUNT:HAR 55019-2271}} |
Community paramedic program ({{LOCATION:Dallas Fire-Rescue}} Station 12). Voice ID enrolled for {{NAME:Boudreaux}}: {{BIOMETRIC:VOICE-TPL-00417}}.
Fax to Metrocare {{FAX:214-555-0166}}.
`,
  },
  {
    id: 't17-064',
    kind: 'Sami reindeer-district health visit list (Norwegian, lower case)',
    text: `
besoksliste - {{LOCATION:karasjok legekontor}} - reinbeitedistrikt 13 - uke 48
- {{NAME:ante mikkel gaup}}, {{LOCATION:avjovarri}} sommerboplass, diabetes, bt 152/90, ring {{PHONE:+47 915 55 012}}
- {{NAME:berit marja eira}}, {{LOCATION:iesjavri}}, gravid uke 22, jordmor {{NAME:ellen somby}}
- {{NAME:nils per anti sara}} ({{AGE_OVER_89:92}}), {{LOCATION:karasjok sykehjem}}, fall, hofte
- {{NAME:sunniva haetta}}, {{LOCATION:porsanger}}, astma, ventoline
- {{NAME:per isak turi}}, {{LOCATION:kautokeino}}, kols, oksygen - sjekk konsentrator {{DEVICE:PL-0049817}}
lege {{NAME:aslak bongo}}. journal via {{URL:https://journal.example.no/karasjok}}; fax {{FAX:+47 78 55 50 13}}; login ip {{IP:203.0.113.77}}.
ambulansefly fra {{LOCATION:kirkenes}} ved behov.
- {{NAME:inga marja utsi}}, {{LOCATION:levajok}} fjellstue, hypertensjon, ring datter {{NAME:kristine}} {{PHONE:+47 915 55 088}}
`,
  },
];
