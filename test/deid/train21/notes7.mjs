// train21 notes 7: mixed forms (Ghana, Ethiopia, Ukraine, Greece, Hungary, Romania, Czechia, Belgium, Switzerland).
export default [
  {
    id: 't21-057',
    kind: 'referral (Ghana, digital address, house number)',
    text: `
Referral {{DATE:21/11/2026}}
{{NAME:Akosua Serwaa Boateng}}, GhanaPost GPS {{LOCATION:AK-039-5512}}, {{LOCATION:House No. B 14, Bantama}}, {{LOCATION:Kumasi}}
From {{LOCATION:Bantama Health Centre}} to {{LOCATION:Komfo Anokye Teaching Hospital}}. NHIS {{HEALTH_PLAN:55018823}}
Brother {{NAME:Kwame Nkansah}} {{PHONE:024 555 1190}}. Church: {{LOCATION:Bantama Presby}}
`,
  },
  {
    id: 't21-058',
    kind: 'referral (Ethiopia, kebele, woreda)',
    text: `
Referral {{DATE:17/11/2026}}
{{NAME:Almaz Tesfaye Gebremedhin}}, {{LOCATION:Kebele 07}}, {{LOCATION:Bole}}, {{LOCATION:Addis Ababa}}, house no. {{LOCATION:1122}}
Rural home: {{LOCATION:Debre Libanos woreda}}. From {{LOCATION:Bole 17 Health Center}} to {{LOCATION:Tikur Anbessa Hospital}}
Husband {{NAME:Dawit Alemu}}
`,
  },
  {
    id: 't21-059',
    kind: 'evacuation transfer (Ukraine, vul./kv., collective centre)',
    text: `
Transfer {{DATE:25.11.2026}}
{{NAME:Olena Kovalchuk-Shevchenko}}, 79; former address {{LOCATION:vul. Myru 14, kv. 56}}, {{LOCATION:Kramatorsk}}
Now at collective centre {{LOCATION:Hurtozhytok No. 3}}, {{LOCATION:Dnipro}}; transferred to {{LOCATION:Mechnikov Hospital}}
Grandson {{NAME:Bohdan}} in {{LOCATION:Lviv}}, {{EMAIL:bohdan.k@example.ua}}
Photo for ID: {{PHOTO:olena_k_face_2611.png}}
`,
  },
  {
    id: 't21-060',
    kind: 'discharge (Greece, odos, TK)',
    text: `
Discharge {{DATE:20/11/2026}} - {{LOCATION:Evangelismos Hospital}}
{{NAME:Eleni Papadopoulou-Karamanli}}, AMKA {{OTHER_ID:05053800000}}
{{LOCATION:Odos Ermou 42, 3os orofos}}, {{LOCATION:Kifisia}}, TK {{LOCATION:145 64}}
Summer house on {{LOCATION:Naxos}} ({{LOCATION:Chalki}}). Son {{NAME:Stavros}} {{PHONE:+30 697 555 0124}}
`,
  },
  {
    id: 't21-061',
    kind: 'beutalo (Hungary, family name first, utca, emelet/ajto)',
    text: `
Beutalo {{DATE:2026.11.23.}}
{{NAME:Kovacs Erzsebet}}, TAJ {{HEALTH_PLAN:055 512 348}}
{{LOCATION:Debrecen}}, {{LOCATION:Piac utca 22. 2. em. 5.}}, {{LOCATION:4025}}
To {{LOCATION:Kenezy Gyula Korhaz}}. Daughter {{NAME:Szabo Katalin}}; GP dr. {{NAME:Toth Gabor}}
`,
  },
  {
    id: 't21-062',
    kind: 'bilet de trimitere (Romania, bloc/scara/ap, sector)',
    text: `
Bilet de trimitere {{DATE:22.11.2026}}
{{NAME:Ionela Dumitrescu}}, CNP {{OTHER_ID:2550314000000}}
{{LOCATION:Str. Baba Novac nr. 9, bl. G4, sc. 2, et. 6, ap. 71}}, {{LOCATION:Sector 3}}, {{LOCATION:Bucuresti}} {{LOCATION:031622}}
To {{LOCATION:Spitalul Clinic Colentina}}; vaccination card photo {{PHOTO:scan_card_5512.jpg}}
`,
  },
  {
    id: 't21-063',
    kind: 'doporuceni (Czechia, c.p./c.o.)',
    text: `
Doporuceni {{DATE:24. 11. 2026}}
{{NAME:Jaroslav Novotny}}, r.c. {{OTHER_ID:360512/0000}}
{{LOCATION:Husova 1442/17}}, {{LOCATION:602 00}} {{LOCATION:Brno-stred}}; chata v {{LOCATION:Vranov nad Dyji}}
To {{LOCATION:Fakultni nemocnice u sv. Anny}}. Pacemaker (Medtronic Azure) SN {{DEVICE:RNB555120H}}
Remote monitoring {{URL:https://carelink.example.com/p/55120}}
`,
  },
  {
    id: 't21-064',
    kind: 'transfer form (Belgium/Switzerland, bus and case postale)',
    text: `
Transfer {{DATE:26/11/2026}}
{{NAME:Pieter-Jan Vandenbroucke}}, {{LOCATION:Kortrijksesteenweg 1021 bus 3}}, {{LOCATION:9051}} {{LOCATION:Sint-Denijs-Westrem}}
From {{LOCATION:AZ Sint-Lucas}}, {{LOCATION:Gent}} to {{LOCATION:Clinique La Source}}, {{LOCATION:Avenue Vinet 30}}, {{LOCATION:1004}} {{LOCATION:Lausanne}}; mail {{LOCATION:Case postale 55}}, {{LOCATION:1000 Lausanne 2}}
Bank for invoices {{ACCOUNT:BE55 0000 1234 5678}}. Partner {{NAME:Lotte Claes}} {{FAX:+32 9 555 01 77}} (fax)
`,
  },
];
