// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-010",
  "kind": "ed-nursing-note",
  "text": "ED nursing note {{DATE:26-Nov-2026}}. {{NAME:Kiri Hohaia}}? No - pt is {{NAME:Keahi Kanoho}}, 29M, MVC on {{LOCATION:Kalanianaole Hwy}} near {{LOCATION:Waimanalo}}, car plate HI {{VEHICLE:NZK 552}}.\n1840 C-collar, Lido 1% for lac repair by PA {{NAME:Malia Fonoti}}. Morphine 4 mg IV.\n1910 FAST neg. Foley deferred (blood at meatus) - Urology paged.\n2000 Girlfriend {{NAME:Leilani Akana}} arrived, phone {{PHONE:808-555-0164}}. Mother {{NAME:Noelani Kanoho}} in {{LOCATION:Hilo}}.\n2030 To CT. Police officer Sgt. {{NAME:Danny Pacheco}}? - name on card: {{NAME:Daniel Pacheco}}, report # {{OTHER_ID:HPD-26-118734}}.\nRN {{NAME:Summer Kealoha}}\n"
 },
 {
  "id": "t20-011",
  "kind": "icu-progress",
  "text": "Neuro ICU nursing progress {{DATE:27/11/2026}}\nPt {{NAME:Anwar Hussain Chowdhury}}, 67M, SAH Fisher 3, EVD at 10 cmH2O, draining clear 8-12 ml/hr. Nimodipine 60 mg q4h via NG.\nNeuro: GCS E3V4M6, pupils equal. TCD at 1000 - Lindegaard ratio 2.1.\nRespir: self-ventilating, 28% Venturi. Rhonchi upper airways, chest physio by {{NAME:Siobhan McAteer}}.\nLines: L subclavian CVC, R radial. Sodium 131, Fludrocortisone started.\nFamily: wife {{NAME:Rokeya Begum}} and son {{NAME:Md. Shafiqul Islam}} from {{LOCATION:Sylhet}}, staying at {{LOCATION:Ronald McDonald House}}? No - at {{LOCATION:Premier Inn Whitechapel}}.\nImam {{NAME:Abdul Karim Siddiqui}} from {{LOCATION:East London Mosque}} visited 1600.\nNurse: {{NAME:Ruth Abernethy}}, band 6.\n"
 },
 {
  "id": "t20-012",
  "kind": "ward-dc-checklist",
  "text": "Discharge checklist - Ward 4 {{LOCATION:Carrington Block}}\nPt: {{NAME:Ewa Szymanska-Nowak}}, DOB {{DATE:03/05/1949}}, NHS no. {{HEALTH_PLAN:485 777 3456}}.\nMeds TTO: Apixaban, Bisoprolol, Furosemide (Lasix), Lansoprazole. Hickman removed {{DATE:25/11}}, tip sent.\nHome: {{LOCATION:9 Kestrel Close}}, {{LOCATION:Ilkeston}}, {{LOCATION:DE7 8RS}}. Lives with daughter {{NAME:Karolina}}.\nDistrict nurses: {{LOCATION:Erewash Community Team}}, {{PHONE:0115 496 0721}}. GP: Dr {{NAME:Ahmed}} at {{LOCATION:Ilkeston Health Centre}}.\nTransport: hospital car, driver {{NAME:Pete}}. Checked by {{NAME:Faith Ogunleye}} RN {{DATE:27/11/26}}.\n"
 },
 {
  "id": "t20-013",
  "kind": "icu-night-events",
  "text": "CCU night events {{DATE:Nov 26-27}}\n2300 {{NAME:Sebastien Tremblay-Gagnon}}, bed 3, runs of VT, Lido bolus 100 mg then gtt 2 mg/min per Dr {{NAME:Bouchard}}. K 3.2 replaced.\n0130 Swan numbers: PA 48/26, wedge 22, CI 1.9. Dobutamine started. Impella CP discussed, not placed.\n0300 Wife {{NAME:Genevieve}} called from {{LOCATION:Chicoutimi}} ({{PHONE:418-555-0112}}), told stable. She drives in tomorrow from {{LOCATION:Hotel Chateau Laurier}}? - she is staying at {{LOCATION:Auberge Saint-Antoine}}, {{LOCATION:Quebec City}}.\n0500 Crackles to mid-fields, Lasix 80 IV, good response 700 ml.\nRN {{NAME:Marie-Eve Ouellet}} / preceptee {{NAME:Chidi Nnamdi}}.\n"
 },
 {
  "id": "t20-014",
  "kind": "palliative-ward",
  "text": "Palliative ward note {{DATE:27.11.2026}}, {{LOCATION:Hospiz am Lindenberg}}, {{LOCATION:Freiburg}}.\nPt {{NAME:Friedrich Wilhelm von Altenbrunn}}, {{AGE_OVER_89:94}}M. Syringe driver: Morphine 10 mg, Midazolam 5 mg, Levomepromazine over 24h.\nMouth care q2h, Biotene. Skin: Waterlow high, air mattress.\nDaughter {{NAME:Ursula Brandt-Altenbrunn}} sitting overnight; grandson {{NAME:Jonas}} arriving from {{LOCATION:Leipzig}}.\nChaplain Pfr. {{NAME:Katharina Seidel}} gave blessing. Requests funeral home {{LOCATION:Bestattungen Kiefer}}, {{LOCATION:Gundelfinger Str. 12}}, {{LOCATION:79108}} {{LOCATION:Freiburg}}.\nNurse: {{NAME:A. Demir}}.\n"
 },
 {
  "id": "t20-015",
  "kind": "ed-peds",
  "text": "Peds ED note. {{NAME:Amara Diallo}}, 6F, wheeze. Brought by father {{NAME:Mamadou Diallo}} from {{LOCATION:Ecole Primaire Les Cedres}} after nurse there called.\nSalbutamol 10 puffs via spacer x3, Dexamethasone 0.6 mg/kg. Crackles none, wheeze improved.\nLives {{LOCATION:Apt 12B, 880 Boulevard Rosemont}}, {{LOCATION:Montreal}} {{LOCATION:H2S 1Z4}}. Home phone {{PHONE:514-555-0190}}.\nSpeaks Fulani and French; interpreter {{NAME:Aissatou Ba}} by phone.\nPediatrician: Dr {{NAME:Helene Lapointe}}, {{LOCATION:CLSC Petite-Patrie}}.\nRN {{NAME:Jade Nguyen}}.\n"
 },
 {
  "id": "t20-016",
  "kind": "icu-transfer",
  "text": "ICU transfer summary to ward - {{DATE:11/27}}\n{{NAME:Nomvula Dlamini}}, 52F, DKA resolved. Insulin gtt off 0600, Lantus 20 u given. Potassium replaced.\nLines: L arm PICC ({{DATE:11/23}}), R radial removed. Foley out 0500, voided 300 ml.\nFrom {{LOCATION:Edendale Hospital}}, {{LOCATION:Pietermaritzburg}} originally; family in {{LOCATION:Imbali}}. Husband {{NAME:Sipho Dlamini}} {{PHONE:+27 33 555 0148}}.\nTo Ward {{LOCATION:Mandela Ward}} bed 9 at 1100. Accepting RN {{NAME:Thandeka Zulu}}; handover by {{NAME:Pieter van der Merwe}}.\n"
 },
 {
  "id": "t20-017",
  "kind": "rapid-response",
  "text": "Rapid response record {{DATE:25 Nov 2026}} 1632, Ward 3 West\nPt {{NAME:Ahanu Silvermoon}}, 61M, post-op day 2 TKR. Called by RN {{NAME:Brooke Halvorsen}}: SBP 82, HR 124.\nFindings: Crackles L base, temp 38.9. Lactate 3.4. 2 x 18G. 1L LR bolus, cultures x2, Zosyn 4.5 g.\nTransferred to ICU bed 8. Team: Dr {{NAME:Oyelaran}} (ICU reg), {{NAME:Mateo Rojas}} RT, {{NAME:Will Aguilar}} RN.\nWife {{NAME:Dawn Silvermoon}} notified at {{PHONE:(555) 406-2281}}; she is at home in {{LOCATION:Browning}}.\n"
 }
];
