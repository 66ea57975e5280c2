// train17 notes 5: shelter intake lists and community health worker household registers.
export default [
  {
    id: 't17-037',
    kind: 'homeless shelter intake list (pipe)',
    text: `
{{LOCATION:Pine Street Inn}} - men's intake - night of {{DATE:11/24/2026}}
| Bed | Guest | DOB | Last address | Referred by | Meds held | Notes |
| 14 | {{NAME:Darnell "DJ" Jefferson}} | {{DATE:04/19/1979}} | {{LOCATION:Southampton Street}} shelter | outreach van | lisinopril | HMIS {{OTHER_ID:HMIS-004417}} |
| 15 | {{NAME:Tomas Ferreira da Silva}} | {{DATE:09/02/1966}} | car (MA {{VEHICLE:7XK-419}}) | self | none | Portuguese speaker |
| 16 | {{NAME:Wojciech Grabowski}} | {{DATE:12/30/1958}} | {{LOCATION:Boston Medical Center}} ED | BMC SW {{NAME:Keisha Grant}} | insulin (Lantus) | fridge |
| 17 | {{NAME:Justice Amankwah}} | {{DATE:07/07/1990}} | {{LOCATION:Mass and Cass}} | police | sertraline | - |
| 18 | {{NAME:Bishop Calloway}} | {{DATE:01/15/1935}} ({{AGE_OVER_89:91}}) | {{LOCATION:Roxbury}} | elder services | donepezil | needs bottom bunk |
| 19 | {{NAME:Jerome St. Fleur}} | {{DATE:10/03/1984}} | {{LOCATION:Mattapan}} | {{LOCATION:Shattuck Hospital}} | methadone (dosed) | - |
{{NAME:Bishop}} uses a walker. Staff {{NAME:Renee Dubois}}. Boston Health Care for the Homeless Program van tomorrow.
Locker key list held at front desk; {{NAME:DJ}} has key 14.
`,
  },
  {
    id: 't17-038',
    kind: 'DV refuge intake register (fixed width, UK)',
    text: `
REFUGE INTAKE - location withheld; admin via {{LOCATION:Leicester}} office     wk {{DATE:23-27 Nov}}
REF        ADULT                     CHILDREN                           FROM                 GP
{{OTHER_ID:RF-26-118}}  {{NAME:Parveen Kaur Sandhu}}       {{NAME:Simran}} (6), {{NAME:Arjan}} (3)              {{LOCATION:Oadby}}                {{LOCATION:Highfields Medical Centre}}
{{OTHER_ID:RF-26-119}}  {{NAME:Joanne Whitlock}}           none                               {{LOCATION:Loughborough}}         {{LOCATION:Forest House Surgery}}
{{OTHER_ID:RF-26-120}}  {{NAME:Olena Shevchenko}}          {{NAME:Bohdan}} (11)                        {{LOCATION:Kharkiv}} -> {{LOCATION:Hinckley}}  not registered
{{OTHER_ID:RF-26-121}}  {{NAME:Merry Anne Cooper}}         {{NAME:Will}} (9), {{NAME:Faith}} (7), {{NAME:Rain}} (1)  {{LOCATION:Melton Mowbray}}       {{LOCATION:Latham House Medical Practice}}
{{OTHER_ID:RF-26-122}}  {{NAME:Blessing Oduya}}            {{NAME:Destiny}} (4)                        {{LOCATION:Braunstone}}           {{LOCATION:Westcotes Health Centre}}
MARAC refs in separate log. Keyworker {{NAME:Sadia Choudhury}}. Perpetrator vehicle (RF-26-118): {{VEHICLE:FN19 XKT}}.
Housing benefit account (RF-26-119): {{ACCOUNT:HB-447120-3}}.
`,
  },
  {
    id: 't17-039',
    kind: 'CHW household register (Hindi romanised, numbered)',
    text: `
ASHA household register - village {{LOCATION:Barhi}}, sub-centre {{LOCATION:Barhi SC}}, block {{LOCATION:Phulpur}}, district {{LOCATION:Prayagraj}}
HH 31. head {{NAME:Ram Lakhan Yadav}} (58), wife {{NAME:Shanti Devi}} (52), son {{NAME:Sunil}} (27), bahu {{NAME:Pooja}} (23, 6 mo pregnant, MCP card {{OTHER_ID:UP-PRY-0093345}})
HH 32. head {{NAME:Mohd. Shakeel}} (41), wife {{NAME:Rukhsar Bano}} (36), 4 children; TB pt on DOTS from {{LOCATION:CHC Phulpur}}
HH 33. head {{NAME:Bhagwati Prasad Pandey}} ({{AGE_OVER_89:95}}), bedridden; grandson {{NAME:Anurag}} caregiver; Ayushman card {{HEALTH_PLAN:PMJAY-UP-7749120331}}
HH 34. head {{NAME:Kalavati}} (widow, 63), lives alone near {{LOCATION:Hanuman Mandir}}; BP 168/96 - ref to {{LOCATION:PHC Sarai Inayat}}
HH 35. head {{NAME:Jagdish Nishad}} (44), boatman on {{LOCATION:Ganga ghat Phaphamau}}; daughter {{NAME:Khushi}} (9) fever, RDT malaria neg
ASHA {{NAME:Sunita Kushwaha}}, ANM {{NAME:Meera Bind}}. JSY payment pending for {{NAME:Pooja}}.
ASHA payment A/c {{ACCOUNT:SBIN 3355 0012 8841}} for incentives.
`,
  },
  {
    id: 't17-040',
    kind: 'refugee reception list (CSV no header, Greek island)',
    text: `
{{DATE:22/11/2026}},{{OTHER_ID:LES-26-88120}},{{NAME:Abdulrahman Haidari}},M,34,Afghanistan,Dari,family of 5,{{LOCATION:Mavrovouni RIC}} zone C
{{DATE:22/11/2026}},{{OTHER_ID:LES-26-88121}},{{NAME:Zainab Haidari}},F,29,Afghanistan,Dari,pregnant 30w,ref {{LOCATION:Vostaneio General Hospital}}
{{DATE:22/11/2026}},{{OTHER_ID:LES-26-88133}},{{NAME:Emmanuel Kabila Mbuyi}},M,22,DR Congo,Lingala/French,alone,-
{{DATE:23/11/2026}},{{OTHER_ID:LES-26-88140}},{{NAME:Hevin Kurdo}},F,17,Syria,Kurmanji,UAM,shelter {{LOCATION:Iliaktida}} {{LOCATION:Mytilene}}
{{DATE:23/11/2026}},{{OTHER_ID:LES-26-88141}},{{NAME:Samir al-Hashimi}},M,{{AGE_OVER_89:90}},Iraq,Arabic,with grandson {{NAME:Yassin}},medical vulnerability
{{DATE:23/11/2026}},{{OTHER_ID:LES-26-88150}},{{NAME:Amadou Bah}},M,19,Guinea,Pular/French,alone,ref {{LOCATION:MSF clinic Mytilene}}
fingerprints taken (Eurodac): {{BIOMETRIC:EUR-FP-26-0088120}} (first row). Doctor on duty {{NAME:Eleni Papadaki}}. Island: {{LOCATION:Lesvos}}.
Registration photos stored as {{PHOTO:LES88120_face.jpg}}.
`,
  },
  {
    id: 't17-041',
    kind: 'CHW household register (Ethiopian HEW, pipe)',
    text: `
HEW family folder index - kebele {{LOCATION:Dubo 02}}, woreda {{LOCATION:Boloso Sore}}, {{LOCATION:Wolaita}} zone
| HH | Head | Members | Latrine | Bednet | FP | Notes |
| 201 | {{NAME:Abebe Dana Woldemariam}} | 7 | yes | 2 | implant ({{NAME:Almaz}}) | child {{NAME:Dawit}} SAM - OTP at {{LOCATION:Areka Health Center}} |
| 202 | {{NAME:Tigist Haile}} | 4 | no | 1 | Depo | - |
| 203 | {{NAME:Kebede Bekele Gutema}} | 9 | yes | 3 | none | elder {{NAME:Ayele}} ({{AGE_OVER_89:102}}) |
| 204 | {{NAME:Meseret Tadesse}} | 3 | yes | 1 | pills | lives near {{LOCATION:Dubo St. Mary church}} |
| 205 | {{NAME:Worknesh Alemu}} | 5 | no | 2 | implant | refer {{LOCATION:Otona Hospital}} for ANC |
HEWs {{NAME:Hirut Asefa}} and {{NAME:Mulu Gebre}}. Plumpy'Nut stock 2 cartons.
SAM child {{NAME:Dawit}} seen again on {{DATE:27 Nov}}; weight 7.9 kg.
| 206 | {{NAME:Ermias Ayele Gutema}} | 2 | yes | 1 | none | son of {{NAME:Ayele}}, moved from {{LOCATION:Sodo}} town |
`,
  },
  {
    id: 't17-042',
    kind: 'flood evacuation centre intake (lower case, TSV)',
    text: `
evac centre: {{LOCATION:sekolah kebangsaan kampung raja}}, {{LOCATION:besut}}	{{DATE:25 nov}}
{{NAME:wan azizah binti wan ismail}}	62	f	{{LOCATION:kg. pasir akar}}	hypertension, amlodipine 5	bilik darjah 3
{{NAME:mohd faizal bin abdullah}}	35	m	{{LOCATION:kg. pasir akar}}	well	bilik darjah 3
{{NAME:nur qistina binti mohd faizal}}	4	f	{{LOCATION:kg. pasir akar}}	fever 38.4 - ref {{LOCATION:klinik kesihatan kampung raja}}	bilik darjah 3
{{NAME:tok su}} ({{NAME:sulaiman bin deraman}})	{{AGE_OVER_89:93}}	m	{{LOCATION:kg. alor lintang}}	bedbound	surau
{{NAME:lim ah kow}}	71	m	{{LOCATION:pekan jerteh}}	dm, insulin	dewan
{{NAME:che gu fatimah binti yusof}}	55	f	{{LOCATION:kg. bukit puteri}}	asthma, ventolin	bilik darjah 4
banjir terengganu. jkm officer {{NAME:rosli bin omar}} {{PHONE:019-555 4420}}.
ambulance {{VEHICLE:TBH 5521}} took {{NAME:nur qistina}} to {{LOCATION:hospital besut}}.
`,
  },
  {
    id: 't17-043',
    kind: 'winter shelter register (Canada, fixed width)',
    text: `
WARMING CENTRE SIGN-IN   {{LOCATION:Bannock Point Friendship Centre}}, {{LOCATION:Thunder Bay}}   {{DATE:Nov 26}}
IN     NAME                        BAND / HOME                     PHN / STATUS #            OUT
2105   {{NAME:Crow, Raymond}}              {{LOCATION:Fort William First Nation}}        {{OTHER_ID:status 1820045519}}     0700
2120   {{NAME:Moonias, Clarissa}}          {{LOCATION:Neskantaga}}                       OHIP {{HEALTH_PLAN:5555-123-456-AB}}     0645
2200   {{NAME:Kakegamic, Sonny}}           {{LOCATION:Sandy Lake}}                       -                         left 2330
2245   {{NAME:Summer Wabasse}}             {{LOCATION:Current River}} area               -                         0700
0110   {{NAME:"Big Lou" Desrosiers}}       unknown                         -                         0800
0230   {{NAME:Meekis, Angus}}              {{LOCATION:Deer Lake}}                       {{OTHER_ID:status 1820071123}}     0700
Naloxone kit given x2. Staff {{NAME:Mitch Oskineegish}}.
Shelter van plate {{VEHICLE:BXPT 772}}; naloxone lot not PHI.
`,
  },
  {
    id: 't17-044',
    kind: 'CHW household register (Haitian, numbered)',
    text: `
Rejis fanmi - ajan sante {{NAME:Wilner Jean-Baptiste}} - lokalite {{LOCATION:Bois Neuf}}, seksyon kominal {{LOCATION:Desdunes}}
1. Kay {{NAME:Dieunette Pierre}}: 6 moun. Pitit {{NAME:Nadege}} (2 an) - MUAC 11.2, refere {{LOCATION:Hopital Albert Schweitzer}}
2. Kay {{NAME:Ti Jak}} ({{NAME:Jacques Luckner Exantus}}): 3 moun. HTA. Tel {{PHONE:+509 3555 0148}}
3. Kay {{NAME:Manmie Sonia Delva}}: granmoun {{AGE_OVER_89:99}} an, avek pitit pitit {{NAME:Esperance}}
4. Kay {{NAME:Fritznel Saint-Fleur}}: kolera 2024, kounye a byen
5. Kay {{NAME:Rosemene Toussaint}}: 4 moun. Fanm ansent 7 mwa, refere {{LOCATION:Sant Sante Petite Riviere}}
Depatman Artibonite. Dispanse: {{LOCATION:Dispensaire de Desdunes}}.
Rapo voye bay {{EMAIL:sante.desdunes@example.ht}}.
`,
  },
  {
    id: 't17-045',
    kind: 'street outreach contact list (CSV with header)',
    text: `
date,worker,client,alias,location seen,service,next
{{DATE:2026-11-23}},{{NAME:Jodie Nakamarra}},{{NAME:Kevin Tjapaltjarri}},"{{NAME:Kev}}",{{LOCATION:Todd Mall}},water + sunscreen,{{DATE:2026-11-25}}
{{DATE:2026-11-23}},{{NAME:Jodie Nakamarra}},{{NAME:Rosalie Ngala}},-,{{LOCATION:Charles Creek camp}},wound dressing,ref {{LOCATION:Congress Alukura}}
{{DATE:2026-11-24}},{{NAME:Liam Fitzgerald}},{{NAME:Desmond Kantawarra}},"{{NAME:Dezzie}}",{{LOCATION:Alice Springs Hospital}} ED car park,transport to {{LOCATION:Hermannsburg}},-
{{DATE:2026-11-24}},{{NAME:Liam Fitzgerald}},unknown woman,-,{{LOCATION:Billy Goat Hill}},declined,-
{{DATE:2026-11-25}},{{NAME:Jodie Nakamarra}},{{NAME:Kevin Tjapaltjarri}},"{{NAME:Kev}}",{{LOCATION:Larapinta}} shops,clinic escort,-
{{LOCATION:Alice Springs}} ({{LOCATION:Mparntwe}}). Outreach phone {{PHONE:08 8955 5012}}.
Photo of wound ({{NAME:Rosalie}}) {{PHOTO:RN_wound_231126.jpg}} sent to GP.
`,
  },
];
