// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-048",
  "kind": "agency-nurse",
  "text": "Agency RN note {{DATE:27/11/2026}}: {{NAME:Joy Mwangi}}, RN licence {{LICENSE:RN-0388214}}, from {{LOCATION:Nightingale Staffing}}. Pt {{NAME:Amos Kiprotich}}, 45M, Heparin gtt, Foley. Wife {{NAME:Wanjiru}} {{PHONE:+254 755 555 012}}, from {{LOCATION:Eldoret}}.\n"
 },
 {
  "id": "t20-049",
  "kind": "icu-it-note",
  "text": "ICU charting downtime note {{DATE:26/11/26}}: MetaVision down 0200-0330. Pt {{NAME:Saoirse Nic Giolla}} vitals on paper. Pump serial {{DEVICE:ALR-8015-220944}} logged. Workstation {{IP:198.51.100.23}}. Ticket {{OTHER_ID:INC-0772195}} by {{NAME:Declan Furey}}.\n"
 },
 {
  "id": "t20-050",
  "kind": "ed-note",
  "text": "ED {{DATE:11/26}}: {{NAME:Ximena Huanca Condori}}, 31F, hyperemesis. Ondansetron. Husband {{NAME:Edwin}} {{PHONE:555-0193}}. Insurance {{HEALTH_PLAN:MCD-TX-55120874}}. Account {{ACCOUNT:7720-331-098}}.\n"
 },
 {
  "id": "t20-051",
  "kind": "ward-note",
  "text": "Ward {{DATE:27/11}}: {{NAME:Aziz Karimov}}, 66M, Lasix gtt. Daughter {{NAME:Dilnoza}} {{EMAIL:dilnoza.k@example.uz}}. From {{LOCATION:Samarkand}}; here with nephew in {{LOCATION:Queens}}.\n"
 },
 {
  "id": "t20-052",
  "kind": "icu-biometric",
  "text": "ICU access note {{DATE:26/11/2026}}: visitor {{NAME:Kalani Makoa}} enrolled at ward door palm scanner, template {{BIOMETRIC:PV-99231-KM}}. Patient {{NAME:Ikaika Makoa}}, 22M, TBI, EVD. Badge {{OTHER_ID:VB-1142}}.\n"
 },
 {
  "id": "t20-053",
  "kind": "ed-note",
  "text": "ED {{DATE:Nov 27}}: {{NAME:Sunniva Aas}}, 23F, from {{LOCATION:Blindern}} student housing, {{LOCATION:Kringsja Studentby}}, {{LOCATION:Oslo}}. Paracetamol OD, NAC. SSN on file {{SSN:000-22-8190}}. Friend {{NAME:Ola}}.\n"
 },
 {
  "id": "t20-054",
  "kind": "icu-nursing-short",
  "text": "ICU {{DATE:25/11}}: {{NAME:Mikael Virtanen}}, 57M, Swan, Levophed, Propofol. Wife {{NAME:Aino}} from {{LOCATION:Kuopio}}. Nurse {{NAME:Hanna Korhonen}}.\n"
 },
 {
  "id": "t20-055",
  "kind": "ward-note",
  "text": "Rehab ward {{DATE:26/11/26}}: {{NAME:Ayesha Siddiqa}}, 70F, from {{LOCATION:Dar-ul-Aman Care Home}}, {{LOCATION:Bradford}} {{LOCATION:BD8 7QP}}. Foley out. Son {{NAME:Imran}} {{PHONE:01274 555 019}}. Fax GP {{FAX:01274 555 020}}.\n"
 }
];
