// train17 notes 4: school health registers and mortuary / burial registers.
export default [
  {
    id: 't17-028',
    kind: 'school nurse visit log (pipe)',
    text: `
{{LOCATION:Roosevelt Middle School}} - health office log - {{DATE:11/23/2026}}
| Time | Student | Grade | Complaint | Action | Parent contacted |
| 08:05 | {{NAME:Jaylen Whitehorse}} | 7 | asthma, peak flow 240 | albuterol 2 puffs (ProAir) | mom {{NAME:Cheryl}} {{PHONE:(605) 555-0172}} |
| 09:40 | {{NAME:Summer Ortiz-Blackfeather}} | 8 | headache | rest, returned to class | no |
| 10:15 | {{NAME:Dmitri Volkov}} | 6 | nosebleed | pressure 10 min | no |
| 11:30 | {{NAME:Nevaeh Two Bulls}} | 7 | T1D, BG 54 | 15 g glucose, recheck 98 | dad {{NAME:Marcus Two Bulls}} |
| 13:10 | {{NAME:Hope Kingbird}} | 8 | fell in gym | ice, incident report {{OTHER_ID:IR-26-0441}} | grandma {{NAME:Verna Kingbird}} |
| 14:20 | {{NAME:Ezekiel Runs Above}} | 6 | stomach ache | called home | aunt {{NAME:Delphine Runs Above}} {{PHONE:(605) 555-0199}} |
Nurse {{NAME:Ashley Lindgren}}, RN. {{LOCATION:Rapid City}} Area Schools; South Dakota DOH school health form. Dexcom G7 receiver for {{NAME:Nevaeh}}: {{DEVICE:SN 4K7G-22910}}.
Photos of gym fall for insurer: {{PHOTO:RMS_IR260441_knee.jpg}}.
`,
  },
  {
    id: 't17-029',
    kind: 'school health screening register (fixed width, Arabic names)',
    text: `
SCHOOL HEALTH SCREENING - {{LOCATION:Madrasat Al-Noor Al-Ibtida'iya}}, {{LOCATION:Zarqa}}   {{DATE:18/11/2026}}
No  Student                           Class  Vision R/L   Ht/Wt      BMI   Dental  Referred to
1   {{NAME:Yousef Omar Al-Khatib}}            4A     6/6 6/9      132/29     16.6  ok      -
2   {{NAME:Layan Mahmoud Haddad}}             4A     6/18 6/24    128/25     15.3  caries  {{LOCATION:Zarqa Government Hospital}} eye OPD
3   {{NAME:Abd al-Rahman bin Saleh}}          4B     6/6 6/6      140/41     20.9  ok      -
4   {{NAME:Rahaf Al-Masri}}                   4B     6/9 6/9      125/22     14.1  caries  {{LOCATION:Prince Hashem Hospital}} dental
5   {{NAME:Noor Abu Ghazaleh}}                4B     6/6 6/6      135/48     26.3  ok      nutrition
6   {{NAME:Tala Qasem}}                       4A     6/12 6/12    130/27     16.0  ok      {{LOCATION:Al-Zarqa Eye Clinic}}
Screened by Dr. {{NAME:Hiba Shunnaq}} and nurse {{NAME:Samar}}. Snellen used. UNRWA school ID {{OTHER_ID:ZRQ-B-0118}}.
Report sent to {{EMAIL:school.health@zarqa.example.jo}}.
`,
  },
  {
    id: 't17-030',
    kind: 'school allergy action plan register (CSV no header)',
    text: `
{{NAME:Ong Wei Jie}},P3 Courage,peanut,EpiPen Jr x2 (exp {{DATE:03/2027}}),mother {{NAME:Tan Hui Min}},{{PHONE:9555 0147}}
{{NAME:Nur Aisyah binte Rahim}},P4 Integrity,shellfish,antihistamine only,father {{NAME:Rahim bin Osman}},{{PHONE:8555 0192}}
{{NAME:Arjun s/o Ravichandran}},P5 Compassion,bee sting,Anapen 300,mother {{NAME:Kavitha d/o Muthu}},{{PHONE:9555 0311}}
{{NAME:Chloe Lim Xin Yi}},P3 Courage,egg,none,grandmother {{NAME:Lim Ah Moi}},{{PHONE:6555 0108}}
{{NAME:Nathaniel Goh}},P6 Respect,latex,avoid gloves,father {{NAME:Goh Boon Keat}},{{PHONE:9555 0466}}
School: {{LOCATION:Ang Mo Kio Primary School}}, {{LOCATION:20 Ang Mo Kio Avenue 3}}, {{LOCATION:Singapore 569920}}. HPB nurse {{NAME:Siti Zubaidah}}.
EpiPen stored in general office; form scanned from {{IP:172.16.8.41}}.
`,
  },
  {
    id: 't17-031',
    kind: 'mortuary register (fixed width)',
    text: `
MORTUARY REGISTER - {{LOCATION:Mbarara Regional Referral Hospital}}
Reg no     Name of deceased              Age  Sex  From                     Date in     Date out    Released to
{{OTHER_ID:MRT/26/611}}  {{NAME:Tumusiime Ambrose}}             54   M    Ward 3 (Medical)         {{DATE:21/11/26}}    {{DATE:23/11/26}}    {{NAME:Kyomuhendo Grace}} (wife), {{LOCATION:Kakoba}}
{{OTHER_ID:MRT/26/612}}  {{NAME:Atuhaire Precious}}             0    F    Maternity / NICU          {{DATE:22/11/26}}    {{DATE:22/11/26}}    {{NAME:Ahimbisibwe Joseph}} (father)
{{OTHER_ID:MRT/26/613}}  unknown male                   ~30  M    Police, {{LOCATION:Mbarara-Kabale road}}    {{DATE:23/11/26}}    -           held - CPS ref {{OTHER_ID:SD 14/23/11/26}}
{{OTHER_ID:MRT/26/614}}  {{NAME:Kabagambe Edinansi}}            {{AGE_OVER_89:93}}   F    casualty (BID)            {{DATE:24/11/26}}    {{DATE:25/11/26}}    {{NAME:Byaruhanga Fred}} (son), {{LOCATION:Ruti}}
{{OTHER_ID:MRT/26/615}}  {{NAME:Nabasa Innocent}}              27   M    Surgical ward             {{DATE:25/11/26}}    -           awaiting family from {{LOCATION:Ibanda}}
Burial permits by {{NAME:Twinomujuni Allan}}, mortuary attendant. Vehicle collecting MRT/26/614: {{VEHICLE:UBK 447Q}}.
Fingerprint of unknown male taken by police: {{BIOMETRIC:UPF-AFIS-26-00913}}.
`,
  },
  {
    id: 't17-032',
    kind: 'burial register (numbered, Jewish community)',
    text: `
{{LOCATION:Chevra Kadisha of Greater Manchester}} - burial register, {{LOCATION:Agecroft Jewish Cemetery}}
1. {{NAME:Rivka bat Avraham}} ({{NAME:Rebecca Goldblatt}}), d. {{DATE:19 Nov 2026}}, aged {{AGE_OVER_89:98}}, {{LOCATION:Heathlands Village}}, plot Q-14, tahara by Mrs {{NAME:Shoshana Levy}}
2. {{NAME:Moshe Aharon Kleinman}}, d. {{DATE:21 Nov 2026}}, aged 74, {{LOCATION:Salford Royal}}, plot Q-15, niftar on Shabbat, burial {{DATE:22 Nov}} motzei Shabbat
3. {{NAME:Chaya Sura Perlberg}}, d. {{DATE:24 Nov 2026}}, aged 61, home ({{LOCATION:17 Bury Old Road}}, {{LOCATION:Prestwich}}), plot R-02
4. {{NAME:Avraham Yitzchak Rosenthal}}, d. {{DATE:25 Nov 2026}}, aged 83, {{LOCATION:North Manchester General Hospital}}, plot R-03, levaya from {{LOCATION:Higher Crumpsall Synagogue}}
MCCD from GP Dr {{NAME:D. Feldman}}; coroner ref {{OTHER_ID:MC-26-1982}} ({{NAME:Kleinman}}). Rabbi {{NAME:Yehuda Berkowitz}} officiated. Kaddish list with {{NAME:Shmuel}}.
Chevra office {{PHONE:0161 555 7730}}; out-of-hours Reb {{NAME:Chaim}}.
`,
  },
  {
    id: 't17-033',
    kind: 'medicolegal death register (TSV, Philippines)',
    text: `
{{DATE:2026-11-20}}	{{NAME:Dela Cruz, Reynaldo Santos}} Jr.	48	M	{{LOCATION:Brgy. Tatalon}}	{{LOCATION:Quezon City}}	GSW	{{LOCATION:East Avenue Medical Center}}	PNP blotter {{OTHER_ID:QCPD-26-11-0412}}
{{DATE:2026-11-21}}	{{NAME:Macaraeg, Lolita Bautista}}	{{AGE_OVER_89:91}}	F	{{LOCATION:Brgy. Bagong Silangan}}	{{LOCATION:Quezon City}}	natural	home	-
{{DATE:2026-11-22}}	{{NAME:Sison, Angelo "Jun-Jun"}}	19	M	{{LOCATION:Sitio Veterans}}	{{LOCATION:Caloocan}}	drowning	{{LOCATION:Tala River}}	-
{{DATE:2026-11-23}}	{{NAME:Bautista, Maria Theresa Dimaculangan}}	37	F	{{LOCATION:Blk 9 Lot 22 Phase 2}}	{{LOCATION:Bagong Silang}}	MVA	{{LOCATION:Jose Reyes Memorial Medical Center}}	vehicle {{VEHICLE:NBC 1234}}
{{DATE:2026-11-24}}	{{NAME:Panganiban, Teodora}}	{{AGE_OVER_89:97}}	F	{{LOCATION:Brgy. Holy Spirit}}	{{LOCATION:Quezon City}}	natural	{{LOCATION:Fairview General Hospital}}	-
medico-legal officer P/Maj. {{NAME:Arnel Villanueva}}. NCR reporting.
{{DATE:2026-11-25}}	{{NAME:Tolentino, Rodel}}	58	M	{{LOCATION:Brgy. Commonwealth}}	{{LOCATION:Quezon City}}	fall from height	{{LOCATION:Quezon City General Hospital}}	-
autopsy photos {{PHOTO:EAMC_ML_26_1120_a.jpg}} on file.
`,
  },
  {
    id: 't17-034',
    kind: 'cemetery plot register (CSV with header, Armenian/Georgian)',
    text: `
plot,name,born,died,informant,address
A-112,{{NAME:Ashot Hovhannisyan}},{{DATE:05.03.1941}},{{DATE:17.11.2026}},{{NAME:Anahit Hovhannisyan}},{{LOCATION:Komitas Ave 48, apt 12}}
A-113,{{NAME:Siranush Ter-Petrosyan}},{{DATE:22.08.1930}},{{DATE:18.11.2026}},{{NAME:Gevorg Ter-Petrosyan}},{{LOCATION:Nor Nork}}
B-009,{{NAME:Tamar Beridze}},{{DATE:11.01.1956}},{{DATE:21.11.2026}},{{NAME:Levan Beridze}},{{LOCATION:Tbilisi}}
B-010,{{NAME:Nodar Kvaratskhelia}},{{DATE:02.12.1949}},{{DATE:22.11.2026}},{{NAME:Eka Kvaratskhelia}},{{LOCATION:Rustavi}}
C-001,{{NAME:Grigor Avetisyan}},{{DATE:14.06.1928}},{{DATE:23.11.2026}},{{NAME:Lusine Avetisyan}},{{LOCATION:Gyumri}}
cemetery: {{LOCATION:Tokhmakh Cemetery}}, {{LOCATION:Yerevan}}. Registrar {{NAME:Mher Sargsyan}}, {{EMAIL:registry@tokhmakh.example.am}}.
Payment account for plot B-009: {{ACCOUNT:AMD-PLT-000781}}.
`,
  },
  {
    id: 't17-035',
    kind: 'school exclusion register (lower case, infectious disease)',
    text: `
exclusions - {{LOCATION:st brigid's national school}}, {{LOCATION:clondalkin}} - nov
{{NAME:oisin byrne}} 2nd class - scarlet fever (strep A) - out {{DATE:17/11}} back {{DATE:19/11}}
{{NAME:fiadh ni bhriain}} jnr inf - chickenpox - out {{DATE:18/11}} back {{DATE:24/11}}
{{NAME:mateusz zielinski}} 4th class - impetigo - out {{DATE:20/11}}
{{NAME:grace o'toole}} 6th class - D&V - out {{DATE:21/11}} back {{DATE:23/11}}
{{NAME:ayo adebayo-kinsella}} 3rd class - hand foot and mouth - out {{DATE:24/11}}
principal {{NAME:niamh walsh}}. public health dublin south: dr {{NAME:kieran moloney}}. co. {{LOCATION:dublin}} is the county.
letter sent home with {{NAME:fiadh}}; {{LOCATION:clondalkin}} health centre informed.
`,
  },
  {
    id: 't17-036',
    kind: 'war grave / exhumation register (Balkan, fixed width)',
    text: `
ICMP-style identification log - {{LOCATION:Tomasica}} site, {{LOCATION:Prijedor}}
CASE            NAME (IDENTIFIED)              FATHER      BORN        DNA MATCH          FAMILY REF
{{OTHER_ID:PRI-TOM-0441}}    {{NAME:Hasanovic, Mirsad}}              {{NAME:Ibro}}        {{DATE:12.04.1962}}  {{BIOMETRIC:DNA-STR-9931-A}}     {{NAME:Hasanovic, Fadila}} ({{LOCATION:Kozarac}})
{{OTHER_ID:PRI-TOM-0442}}    {{NAME:Mujkanovic, Sead}}               {{NAME:Husein}}      {{DATE:03.09.1970}}  {{BIOMETRIC:DNA-STR-9947-C}}     {{NAME:Mujkanovic, Emina}} ({{LOCATION:Hambarine}})
{{OTHER_ID:PRI-TOM-0443}}    unidentified                    -           -           pending            -
{{OTHER_ID:PRI-TOM-0444}}    {{NAME:Talic, Edin}}                    {{NAME:Muhamed}}     {{DATE:27.01.1968}}  {{BIOMETRIC:DNA-STR-9960-B}}     {{NAME:Talic, Senada}} ({{LOCATION:Ljubija}})
Reported to the Missing Persons Institute. Bosnian language forms. Photos {{PHOTO:TOM-0441-skull-lat.jpg}}.
Family reference samples: {{BIOMETRIC:REF-STR-1120-F}} (wife of {{NAME:Hasanovic}}).
`,
  },
];
