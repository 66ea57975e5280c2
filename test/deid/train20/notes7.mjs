// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-056",
  "kind": "ed-note",
  "text": "ED {{DATE:27/11/2026}}: {{NAME:Harvey \"Bud\" Lightfoot}}, 64M, from {{LOCATION:Moose Factory}} via {{LOCATION:Weeneebayko General Hospital}}. Lasix, Heparin. Wife {{NAME:Agnes}}.\n"
 },
 {
  "id": "t20-057",
  "kind": "icu-portal",
  "text": "ICU family portal {{DATE:26/11}}: updates for {{NAME:Nadia Benali}} at {{URL:https://family.example.org/u/88213}}. Login from {{IP:203.0.113.77}}. Son {{NAME:Karim Benali}} {{EMAIL:karim.benali@example.fr}}, from {{LOCATION:Roubaix}}.\n"
 },
 {
  "id": "t20-058",
  "kind": "ward-note",
  "text": "Ward {{DATE:25/11/26}}: {{NAME:Li Na}}, 85F, Foley, Zosyn. Son {{NAME:Zhang Wei}} {{PHONE:555-0177}}. From {{LOCATION:Sunnybank}}, {{LOCATION:Brisbane}}.\n"
 },
 {
  "id": "t20-059",
  "kind": "icu-handover",
  "text": "ICU {{DATE:27/11}}: {{NAME:Arman Sargsyan}}, 49M, Levophed, Quinton. Sister {{NAME:Anahit}} from {{LOCATION:Gyumri}}. Fr. {{NAME:Vardan Hakobyan}}, {{LOCATION:St. Gregory Armenian Church}}.\n"
 },
 {
  "id": "t20-060",
  "kind": "ed-note",
  "text": "ED {{DATE:26/11/2026}}: {{NAME:Bishop Clarke}}, 55M, chest pain. Heparin. Partner {{NAME:Summer Davies}}. Lives {{LOCATION:47 Grange Rd}}, {{LOCATION:Swansea}}.\n"
 },
 {
  "id": "t20-061",
  "kind": "step-down",
  "text": "Step-down {{DATE:27/11}}: {{NAME:Ilana Mizrahi}}, 68F, PICC, Heparin. Daughter {{NAME:Noa}} {{PHONE:555-0134}}. From {{LOCATION:Skokie}}.\n"
 },
 {
  "id": "t20-062",
  "kind": "icu-nursing-short",
  "text": "ICU {{DATE:26/11}}: {{NAME:Juha Makinen}}, 74M, Precedex. Wife {{NAME:Liisa}}. From {{LOCATION:Tampere}}.\n"
 },
 {
  "id": "t20-063",
  "kind": "ward-note",
  "text": "Ward {{DATE:27/11/26}}: {{NAME:Olumide Bakare}}, 50M, Lasix, Foley. Wife {{NAME:Bisi}} {{PHONE:555-0121}}. From {{LOCATION:Ibadan}}; lives {{LOCATION:Thamesmead}}.\n"
 },
 {
  "id": "t20-064",
  "kind": "icu-nursing-shift",
  "text": "ICU {{DATE:27/11/2026}}: {{NAME:Esi Owusu-Ansah}}, 61F, Hickman, Heparin locks, Levophed off. Husband {{NAME:Kwabena}} {{PHONE:555-0158}}, home {{LOCATION:8 Acacia Ave}}, {{LOCATION:Kasoa}}. Discharged to {{LOCATION:Korle Bu Teaching Hospital}} ward {{DATE:28 Nov}}.\n"
 }
];
