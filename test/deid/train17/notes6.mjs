// train17 notes 6: mixed registers with IDs: US line lists, clinic books, pharmacy logs, exports.
export default [
  {
    id: 't17-046',
    kind: 'Legionella line list (US, pipe, with identifiers)',
    text: `
LEGIONNAIRES' CLUSTER - {{LOCATION:Grand Rapids}} / {{LOCATION:Kent County}}   exposure: {{LOCATION:Amway Grand Plaza Hotel}} hot tub?
| ID | Name | Age | Address | Facility | Onset | UAT | MRN |
| L1 | {{NAME:Dorothy Vanderveen}} | 77 | {{LOCATION:1418 Plainfield Ave NE}}, {{LOCATION:Grand Rapids}} {{LOCATION:49505}} | {{LOCATION:Corewell Health Butterworth Hospital}} | {{DATE:11/09}} | pos | {{MRN:BW-0442176}} |
| L2 | {{NAME:Henk de Jong}} | 81 | {{LOCATION:Holland}}, MI | {{LOCATION:Holland Hospital}} | {{DATE:11/11}} | pos | {{MRN:HH-771203}} |
| L3 | {{NAME:Lamar Whitfield}} | {{AGE_OVER_89:90}} | {{LOCATION:Clark Retirement Community}} | {{LOCATION:Trinity Health Saint Mary's}} | {{DATE:11/12}} | pos | {{MRN:SM-3340981}} |
| L4 | {{NAME:Patience Okoro}} | 52 | {{LOCATION:Wyoming}}, MI | outpatient | {{DATE:11/14}} | neg, PCR pos | - |
| L5 | {{NAME:Gerrit Huizenga}} | 69 | {{LOCATION:Kentwood}} | {{LOCATION:Metro Health Hospital}} | {{DATE:11/16}} | pos | {{MRN:MH-0098812}} |
Hotel engineer {{NAME:Rick Kowalczyk}}. Faxed to MDHHS {{FAX:517-555-0199}}.
Cooling tower swab site: {{LOCATION:Monroe Center}} parking structure.
`,
  },
  {
    id: 't17-047',
    kind: 'specialty pharmacy pickup log (CSV with header)',
    text: `
date,patient,dob,rx#,drug,copay acct,picked up by,id type
{{DATE:11/20/26}},{{NAME:Whitaker, Grace}},{{DATE:02/11/1969}},{{OTHER_ID:RX 7720145}},Humira pen x2,{{ACCOUNT:CPA-33019822}},self,{{LICENSE:TN DL 118820457}}
{{DATE:11/20/26}},{{NAME:Oyelowo, Adebayo}},{{DATE:06/30/1981}},{{OTHER_ID:RX 7720188}},Biktarvy,{{ACCOUNT:CPA-33019901}},spouse {{NAME:Funmi Oyelowo}},passport
{{DATE:11/21/26}},{{NAME:Castellanos Rivera, Maria Jose}},{{DATE:12/01/1995}},{{OTHER_ID:RX 7720210}},Enbrel,{{ACCOUNT:CPA-33020014}},self,{{LICENSE:TN DL 120045338}}
{{DATE:11/21/26}},{{NAME:Summers, Will}},{{DATE:09/17/1958}},{{OTHER_ID:RX 7720234}},Eliquis 5 mg,-,daughter {{NAME:Hope Summers}},none - refused
{{DATE:11/22/26}},{{NAME:Bledsoe, Marvella}},{{DATE:04/04/1934}},{{OTHER_ID:RX 7720301}},Xarelto,{{ACCOUNT:CPA-33020077}},son {{NAME:Otis Bledsoe}},{{LICENSE:TN DL 098812234}}
store: {{LOCATION:Walgreens #04418}}, {{LOCATION:2100 West End Ave}}, {{LOCATION:Nashville}}. PIC {{NAME:Anand Iyer}}, PharmD.
Store fax {{FAX:615-555-0123}}; camera still {{PHOTO:cam3_1121_1402.jpg}} for {{NAME:Bledsoe}} pickup.
Overflow pickups at {{LOCATION:Walgreens #03391}}, {{LOCATION:4101 Charlotte Pike}}, {{LOCATION:Nashville}} {{LOCATION:37209}}; tech {{NAME:Kayla Drumright}}, CPhT.
`,
  },
  {
    id: 't17-048',
    kind: 'vaccination registry export (TSV, identifiers)',
    text: `
{{OTHER_ID:IIS-4410029}}	{{NAME:LEBLANC, Jean-Marc}}	{{DATE:1944-03-18}}	{{LOCATION:Lafayette}}	{{LOCATION:70506}}	RSV (Arexvy)	{{DATE:2026-10-30}}	{{LOCATION:Rouses Pharmacy Johnston St}}
{{OTHER_ID:IIS-4410031}}	{{NAME:THIBODEAUX, Clothilde}}	{{DATE:1931-07-04}}	{{LOCATION:Breaux Bridge}}	{{LOCATION:70517}}	Fluzone HD	{{DATE:2026-10-30}}	{{LOCATION:Breaux Bridge Family Clinic}}
{{OTHER_ID:IIS-4410040}}	{{NAME:NGUYEN, Thanh Tam}}	{{DATE:1987-11-22}}	{{LOCATION:Abbeville}}	{{LOCATION:70510}}	Tdap (Boostrix)	{{DATE:2026-11-02}}	{{LOCATION:Abbeville General Hospital}}
{{OTHER_ID:IIS-4410052}}	{{NAME:GUIDRY, Lafayette}}	{{DATE:1956-01-09}}	{{LOCATION:Crowley}}	{{LOCATION:70526}}	PCV20	{{DATE:2026-11-05}}	{{LOCATION:Crowley}} parish unit
{{OTHER_ID:IIS-4410061}}	{{NAME:FONTENOT, Evangeline}}	{{DATE:1929-12-24}}	{{LOCATION:Eunice}}	{{LOCATION:70535}}	Fluad	{{DATE:2026-11-06}}	{{LOCATION:Savoy Medical Center}}
LINKS export {{DATE:2026-11-26}}; requested by {{NAME:T. Broussard}} from {{IP:198.51.100.23}}; parish: {{LOCATION:Acadia Parish}}.
Query IP repeat from {{IP:198.51.100.24}} at 14:02.
`,
  },
  {
    id: 't17-049',
    kind: 'outpatient appointment book (Turkish, fixed width)',
    text: `
{{LOCATION:Ankara Sehir Hastanesi}} - Nefroloji Poliklinigi - {{DATE:27.11.2026}}
SAAT  PROTOKOL      HASTA ADI                       TC KIMLIK         ILCE
0900  {{MRN:2026-118804}}   {{NAME:Mehmet Ali Yildirim}}             {{SSN:10000000146}}       {{LOCATION:Cankaya}}
0915  {{MRN:2026-118811}}   {{NAME:Ayse Gul Ozturk}}                 {{SSN:10000000278}}       {{LOCATION:Kecioren}}
0930  {{MRN:2026-118829}}   {{NAME:Zeynep Nur Kaya-Demir}}           {{SSN:10000000312}}       {{LOCATION:Yenimahalle}}
0945  {{MRN:2026-118830}}   {{NAME:Huseyin Cakmak}}                  {{SSN:10000000424}}       {{LOCATION:Polatli}}
1000  {{MRN:2026-118845}}   {{NAME:Umut Aras}}                       {{SSN:10000000592}}       {{LOCATION:Sincan}}
1015  {{MRN:2026-118851}}   {{NAME:Elif Nur Sahin}}                  {{SSN:10000000634}}       {{LOCATION:Etimesgut}}
Uzm. Dr. {{NAME:Selin Aksoy}}. {{NAME:Umut}} needs an interpreter (Kurmanji).
Randevu hatti {{PHONE:0312 555 00 12}}.
`,
  },
  {
    id: 't17-050',
    kind: 'home visit schedule (Japanese romanised, numbered)',
    text: `
houmon kango schedule - {{LOCATION:Setagaya Houmon Kango Station}} - {{DATE:11/27}}
1. 09:00 {{NAME:Sato Haruko}} ({{AGE_OVER_89:96}}) - {{LOCATION:Setagaya-ku Kitazawa 2-14-7}}, {{LOCATION:Shimokitazawa}} - bedsore care; daughter {{NAME:Sato Megumi}}
2. 10:30 {{NAME:Yamamoto Kenji}} (78) - {{LOCATION:Sangenjaya 1-3-22-405}} - HOT check, concentrator {{DEVICE:TK-3B-00412}}
3. 13:00 {{NAME:Kim Young-soo}} (84) - {{LOCATION:Kyodo 3-8-1}} - insulin; Korean interpreter {{NAME:Park Ji-hye}}
4. 14:30 {{NAME:Takahashi Fumiko}} (88) - {{LOCATION:Sakura Garden Kyodo}} group home - dementia, Aricept
5. 16:00 {{NAME:Watanabe "Nabe-san" Hiroshi}} (69) - {{LOCATION:Todoroki 5-2-10}}, postcode {{LOCATION:158-0082}} - ALS, NPPV
6. 17:00 {{NAME:Suzuki Taro}} ({{AGE_OVER_89:91}}) - {{LOCATION:Okusawa 6-1-3}} - terminal, family {{NAME:Suzuki Yoko}}
nurse {{NAME:Ito Mai}}, car {{VEHICLE:Setagaya 500 a 12-34}}. kaigo hoken no. {{HEALTH_PLAN:H0123456789}} ({{NAME:Sato}}).
Visit record uploaded to {{URL:https://kaigo.example.jp/setagaya/0412}}.
`,
  },
  {
    id: 't17-051',
    kind: 'STI partner notification list (lower case, pipe)',
    text: `
pn list - {{LOCATION:melbourne sexual health centre}} - index {{OTHER_ID:MSHC-26-4471}} (syphilis, secondary)
partner | how contacted | last contact | tested | treated
{{NAME:bryce h.}} | sms {{PHONE:0412 555 019}} | {{DATE:2 nov}} | yes {{DATE:20/11}} | bicillin LA {{DATE:20/11}}
"{{NAME:mango}}" (grindr) | in-app via {{URL:https://pn.example.org.au/n/4471b}} | mid-oct? | unknown | -
{{NAME:tuan anh nguyen}} | phone, interpreter vietnamese | {{DATE:28 oct}} | yes | benzathine penicillin
{{NAME:ritchie o'donnell}} | email {{EMAIL:ritchie.od@example.com}} | {{DATE:5 nov}} | no reply | -
{{NAME:dj kalani}} | phone {{PHONE:0433 555 221}} | {{DATE:10 nov}} | yes | doxy-PEP discussed
clinician {{NAME:fiona mcalister}}. {{LOCATION:collingwood}} venue not recorded.
mshc portal login from {{IP:203.0.113.19}}.
`,
  },
  {
    id: 't17-052',
    kind: 'long-term care resident register (CSV, Quebec)',
    text: `
chambre,resident,naissance,RAMQ,medecin,famille,tel famille
101,{{NAME:Tremblay, Gisele}},{{DATE:1929-05-02}},{{HEALTH_PLAN:TREG29550212}},Dre {{NAME:Nadia Belkacem}},{{NAME:Luc Tremblay}},{{PHONE:418-555-0163}}
102,{{NAME:Cote-Gagnon, Rolande}},{{DATE:1935-11-30}},{{HEALTH_PLAN:COTR35613014}},Dre {{NAME:Nadia Belkacem}},{{NAME:Sylvie Gagnon}},{{PHONE:418-555-0177}}
103,{{NAME:Ouellet, Jean-Guy}},{{DATE:1941-01-19}},{{HEALTH_PLAN:OUEJ41011911}},Dr {{NAME:Pierre-Olivier Roy}},{{NAME:Manon Ouellet}},{{PHONE:581-555-0102}}
104,{{NAME:Mistenapeo, Charlotte}},{{DATE:1938-07-14}},{{HEALTH_PLAN:MISC38571418}},Dr {{NAME:Pierre-Olivier Roy}},{{NAME:Noah Mistenapeo}} ({{LOCATION:Mashteuiatsh}}),-
105,{{NAME:Bouchard, Marcel}},{{DATE:1936-09-09}},{{HEALTH_PLAN:BOUM36090915}},Dr {{NAME:Pierre-Olivier Roy}},{{NAME:Annie Bouchard}},{{PHONE:418-555-0144}}
CHSLD: {{LOCATION:CHSLD Saint-Augustin}}, {{LOCATION:2135 Terrasse Cadieux}}, {{LOCATION:Quebec}} {{LOCATION:G1C 1Z2}}. Fax pharmacie {{FAX:418-555-0190}}.
Facture resident 101: compte {{ACCOUNT:CHSLD-101-0088}}.
`,
  },
  {
    id: 't17-053',
    kind: 'TB DOT register (Persian names, fixed width)',
    text: `
DOT REGISTER - {{LOCATION:Markaz-e Behdasht-e Shahri Shomare 4}}, {{LOCATION:Mashhad}}
TB NO     NAME                          FATHER        DISTRICT               PHASE     OBSERVER
{{OTHER_ID:MSH-26-091}}  {{NAME:Gholamreza Hosseini-Nejad}}     {{NAME:Abbas}}         {{LOCATION:Golshahr}}               IP 2/2    behvarz {{NAME:Fatemeh Rezaei}}
{{OTHER_ID:MSH-26-092}}  {{NAME:Sakineh Ahmadzai}}              {{NAME:Nur Mohammad}}  {{LOCATION:Golshahr}}               CP 3/4    family
{{OTHER_ID:MSH-26-093}}  {{NAME:Parisa Tavakoli}}               {{NAME:Hassan}}        {{LOCATION:Ahmadabad}}              IP 1/2    {{NAME:Maryam Jafari}}
{{OTHER_ID:MSH-26-094}}  {{NAME:Mirza Khan Rahimi}}             {{NAME:Ghulam Sakhi}}  {{LOCATION:Toos}}                   CP 4/4    video DOT
{{OTHER_ID:MSH-26-095}}  {{NAME:Shirin Mohammadi}}              {{NAME:Reza}}          {{LOCATION:Tabarsi}}                IP 1/2    {{NAME:Maryam Jafari}}
Video DOT link {{URL:https://vdot.example.ir/p/094}}. Rifampicin, isoniazid FDC.
Behvarz {{NAME:Fatemeh Rezaei}} phone {{PHONE:0915 555 2291}}.
`,
  },
  {
    id: 't17-054',
    kind: 'clinic no-show list (Nordic, TSV)',
    text: `
uteblivna besok - {{LOCATION:Vardcentralen Gottsunda}} - vecka 47
{{DATE:2026-11-16}}	{{NAME:Lindqvist, Astrid}}	{{SSN:19510304-0008}}	diabetessjukskoterska	SMS sent {{PHONE:070-555 12 34}}
{{DATE:2026-11-17}}	{{NAME:Aslan, Deniz}}	{{SSN:19880612-0016}}	BVC	new time {{DATE:2026-11-24}}
{{DATE:2026-11-18}}	{{NAME:Saari, Juhani}}	{{SSN:19430921-0024}}	distriktsskoterska	no answer, letter to {{LOCATION:Valthornsvagen 12}}, {{LOCATION:756 48 Uppsala}}
{{DATE:2026-11-19}}	{{NAME:Nilsdotter-Sunna, Inga}}	{{SSN:19720101-0032}}	psykolog	moved to {{LOCATION:Kiruna}}
{{DATE:2026-11-20}}	{{NAME:Eriksson, Bo}}	{{SSN:19390717-0040}}	distriktsskoterska	hembesok {{LOCATION:Norby}} instead
BVC = child health service. {{LOCATION:Huddinge}} not involved.
Avstamning: {{NAME:Deniz}} new time booked by sjukskoterska {{NAME:Malin Ek}}.
`,
  },
  {
    id: 't17-055',
    kind: 'occupational health exposure list (employer sites)',
    text: `
needlestick / blood exposure register Q4 - {{LOCATION:Groote Schuur Hospital}}
| Date | Staff | Job title | Site of exposure | Source pt folder | PEP |
| {{DATE:02/10/26}} | {{NAME:Sipho Ngcobo}} | intern | C14 theatre | {{MRN:GSH 00412771}} | TLD 28d |
| {{DATE:19/10/26}} | {{NAME:Fatima Isaacs}} | staff nurse | Trauma Unit | {{MRN:GSH 00415903}} | declined |
| {{DATE:04/11/26}} | {{NAME:Pieter Botha}} | porter | {{LOCATION:Observatory}} loading bay | unknown | TLD 28d |
| {{DATE:20/11/26}} | {{NAME:Thandiwe Mgcina}} | phlebotomist | {{LOCATION:Red Cross War Memorial Children's Hospital}} | {{MRN:RXH 2230998}} | TLD 28d |
| {{DATE:22/11/26}} | {{NAME:Mandla Sithebe}} | cleaner | {{LOCATION:Groote Schuur}} E-floor sluice | unknown | TLD 28d |
OH nurse {{NAME:Nazeema Davids}}. Staff no. {{OTHER_ID:PERSAL 51230099}} ({{NAME:Botha}}).
Report faxed to the Compensation Commissioner {{FAX:021 555 0177}}.
`,
  },
];
