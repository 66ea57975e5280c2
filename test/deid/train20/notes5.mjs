// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-038",
  "kind": "icu-nursing-shift",
  "text": "ICU nursing {{DATE:26/11/2026}}: {{NAME:Bjorn Eriksen}}, 69M, septic shock. Levophed 0.2, Vasopressin. Zosyn + Vanc. Propofol, Fentanyl. Crackles, Rhonchi. Foley 15 ml/h. Quinton planned.\nWife {{NAME:Solveig Eriksen}} at {{LOCATION:Radisson Blu Tromso}}, daughter {{NAME:Ingrid}} from {{LOCATION:Bodo}}. GP Dr {{NAME:Kari Haugland}} at {{LOCATION:Tromso legesenter}}.\n"
 },
 {
  "id": "t20-039",
  "kind": "ed-note",
  "text": "ED {{DATE:27/11}}: {{NAME:Mariam Khoury}}, 41F, DVT L leg. Heparin gtt. Husband {{NAME:Elias Khoury}} {{PHONE:+961 55 555 012}}. From {{LOCATION:Zahle}}; staying with sister {{NAME:Rana Haddad}} in {{LOCATION:Dearborn}}.\n"
 },
 {
  "id": "t20-040",
  "kind": "ward-note",
  "text": "Ortho ward {{DATE:25/11/26}}: {{NAME:Gwen Pritchard-Jones}}, 87F, # NOF from {{LOCATION:Bryn Seion Care Home}}, {{LOCATION:Llandeilo}}. Fascia iliaca block. Foley. Daughter {{NAME:Carys}} {{PHONE:01558 555 014}}.\n"
 },
 {
  "id": "t20-041",
  "kind": "icu-handover",
  "text": "Handover: {{NAME:Kofi Mensah-Bonsu}}, 55M, pancreatitis. PICC, TPN, Fentanyl PCA. Brother {{NAME:Yaw}} from {{LOCATION:Tema}}. Pastor {{NAME:Emmanuel Asamoah}}, {{LOCATION:Church of Pentecost, Tottenham}}.\n"
 },
 {
  "id": "t20-042",
  "kind": "ed-triage",
  "text": "Triage {{DATE:Nov 26}}: {{NAME:Anaya Bearheart}}, 8F, from {{LOCATION:Red Lake}} via {{LOCATION:Sioux Lookout Meno Ya Win Health Centre}}. Kokum {{NAME:Louise Bearheart}} with her.\n"
 },
 {
  "id": "t20-043",
  "kind": "step-down",
  "text": "Step-down {{DATE:27/11}}: {{NAME:Reza Pahlavan}}, 72M, NSTEMI. Heparin, Ticagrelor. Son {{NAME:Kian}} {{EMAIL:kian.p@example.co.uk}}. Lives {{LOCATION:63 Sheen Lane}}, {{LOCATION:East Sheen}}.\n"
 },
 {
  "id": "t20-044",
  "kind": "icu-night",
  "text": "Night {{DATE:26/11}}: {{NAME:Ekaterina Lebedeva}}, 36F, status epilepticus. Propofol, Levetiracetam. EEG by {{NAME:Sergei}} tech. Husband {{NAME:Andrei Lebedev}}, {{PHONE:555-0116}}.\n"
 },
 {
  "id": "t20-045",
  "kind": "ward-note",
  "text": "Ward note {{DATE:27.11.2026}}: {{NAME:Guadalupe Quispe Mamani}}, 63F, from {{LOCATION:El Alto}}, now at {{LOCATION:Hospital Arco Iris}}, {{LOCATION:La Paz}}. Zosyn. Son {{NAME:Wilber}}.\n"
 },
 {
  "id": "t20-046",
  "kind": "ed-note",
  "text": "ED {{DATE:25/11}}: {{NAME:Faisal bin Khalid Al-Harbi}}, 33M, RTA on {{LOCATION:King Fahd Road}}, {{LOCATION:Riyadh}}. Car {{VEHICLE:ABC 4729}}. Brother {{NAME:Saud}} {{PHONE:+966 55 555 0119}}.\n"
 },
 {
  "id": "t20-047",
  "kind": "icu-nursing-short",
  "text": "ICU {{DATE:26/11/2026}}: {{NAME:Tomas O Floinn}}, 70M, Swan out, Levophed weaned. Wife {{NAME:Brid}} from {{LOCATION:Ballina}}. Fr. {{NAME:Padraig Walsh}}.\n"
 }
];
