// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-027",
  "kind": "icu-handover",
  "text": "ICU handover bed 2 {{DATE:27/11/2026}}: {{NAME:Siddharth Iyer}}, 47M, ARDS, prone 16h. Propofol 200, Rocuronium gtt, Fentanyl 100. Swan in, CO 5.2.\nWife {{NAME:Lakshmi Iyer}} at {{LOCATION:Fortis Malar}}? - she works there; lives {{LOCATION:No. 12, 4th Cross, Indiranagar}}, {{LOCATION:Bengaluru}} {{LOCATION:560038}}. Ph {{PHONE:+91 55550 20431}}.\nChaplain Fr. {{NAME:Thomas}}? card: {{NAME:Thomas Kurian}}. RN {{NAME:Ananya Ghosh}}.\n"
 },
 {
  "id": "t20-028",
  "kind": "ward-note",
  "text": "Medical ward note {{DATE:26.11.26}}. {{NAME:Giorgi Beridze}}, 79M, CAP. Zosyn day 3, Crackles R. Foley for retention. Daughter {{NAME:Nino Beridze-Kapanadze}} from {{LOCATION:Kutaisi}}; grandson {{NAME:Levan}} at {{LOCATION:Tbilisi State Medical University}}.\nPt speaks Georgian and Russian. RN {{NAME:Tamar Jorbenadze}}.\n"
 },
 {
  "id": "t20-029",
  "kind": "ed-stroke",
  "text": "Code stroke nursing {{DATE:11/26/2026}} 1412: {{NAME:Hope Redcloud}}, {{AGE_OVER_89:90}}F, from {{LOCATION:Pine Ridge}}. LKW 1230. NIHSS 14. Alteplase 0.9 mg/kg. Grandson {{NAME:Jace Redcloud}} {{PHONE:605-555-0133}}.\nTo Neuro ICU via CT. Neurologist Dr {{NAME:Abramowitz}}. RN {{NAME:Colleen Two Bulls}}.\n"
 },
 {
  "id": "t20-030",
  "kind": "icu-nursing-shift",
  "text": "CTICU {{DATE:25/11}}. {{NAME:Hamid Reza Tehrani}}, 60M, post AVR. Levophed 0.04, Milrinone 0.25. Chest tubes 80 ml/h. Pacing VVI backup. Heparin off.\nSon {{NAME:Parsa}} from {{LOCATION:Shiraz}}; wife {{NAME:Shirin Ghorbani}} staying at {{LOCATION:Hyatt Place Fairfax}}. Email {{EMAIL:s.ghorbani@example.com}}.\nRN {{NAME:Leyla Hasanova}}.\n"
 },
 {
  "id": "t20-031",
  "kind": "ed-triage",
  "text": "Triage {{DATE:27 Nov}}: {{NAME:Kaito Watanabe}}, 35M, burns hand at {{LOCATION:Tsukiji Ramen Bar}}, {{LOCATION:Harajuku}}? - restaurant is in {{LOCATION:Shinjuku}}. Employer: same. Silvadene, Morphine 5 mg.\nContact: partner {{NAME:Yui Sato}}, {{PHONE:090-5555-0172}}. Photo of burn {{PHOTO:burn_hand_0327.jpg}}.\n"
 },
 {
  "id": "t20-032",
  "kind": "ward-handover",
  "text": "Ward handover 1930 - {{LOCATION:Nightingale Ward}}:\n{{NAME:Okonkwo, Chiamaka}} 30F sickle crisis, PCA Morphine, Heparin prophylaxis. Mum {{NAME:Ifeoma}} staying.\n{{NAME:Lindqvist, Bo}} 82M, CCF, Lasix 80 bd, Foley. From {{LOCATION:Solgarden aldreboende}}, {{LOCATION:Vaxjo}}.\n{{NAME:Mahlangu, Sizwe}} 44M, cellulitis, Fluclox. Lives {{LOCATION:Alexandra}}.\nCharge {{NAME:Mercy Boateng}}.\n"
 },
 {
  "id": "t20-033",
  "kind": "icu-family",
  "text": "Family conference {{DATE:26/11/26}} - {{NAME:Pita Sharples-Rangi}}. Present: wife {{NAME:Marama}}, brothers {{NAME:Tane}} and {{NAME:Rawiri}}, Dr {{NAME:Fitzgerald}}, RN {{NAME:Ngaire}}. Held at {{LOCATION:Te Whare Awhina}} family room.\nPlan: trial off Levophed, continue CRRT via Quinton. Whanau to ring from {{LOCATION:Rotorua}}.\n"
 },
 {
  "id": "t20-034",
  "kind": "ed-note",
  "text": "ED {{DATE:11/27}}: {{NAME:Catalina Fernandez de Soto}}, 26F, anaphylaxis after peanut at {{LOCATION:Colegio San Bartolome}} cafeteria. EpiPen x1 by teacher {{NAME:Javier Ortuzar}}. Adrenaline 0.5 IM. Mother {{NAME:Pilar de Soto Arango}} {{PHONE:+57 601 555 0164}}.\nLives {{LOCATION:Calle 93 # 11-20, Apto 502}}, {{LOCATION:Bogota}}.\n"
 },
 {
  "id": "t20-035",
  "kind": "icu-nursing-short",
  "text": "Nursing note {{DATE:27/11}} 0500: {{NAME:Ari Ben-David}}, post-op Hickman placement, Heparin flush. Parents {{NAME:Yael}} and {{NAME:Moshe Ben-David}}, {{LOCATION:Rehov Herzl 44}}, {{LOCATION:Haifa}}. Rabbi {{NAME:Eliezer Katz}}.\n"
 },
 {
  "id": "t20-036",
  "kind": "ward-note",
  "text": "Renal ward {{DATE:26/11/26}}: {{NAME:Ngo Quoc Bao}}, 58M, AV fistula L arm - no BP L arm. Lasix 120. Wife {{NAME:Dinh Thi Hoa}} {{PHONE:0412 555 018}}. From {{LOCATION:Springvale}}; dialysis at {{LOCATION:Monash Health Dandenong}}.\nDevice: home BP cuff {{DEVICE:OMR-HEM7156-11047}}.\n"
 },
 {
  "id": "t20-037",
  "kind": "ed-assault",
  "text": "ED note {{DATE:25/11/2026}}: {{NAME:Darnell Washington}}, 27M, GSW L thigh outside {{LOCATION:Lincoln Heights Rec Center}}, {{LOCATION:1120 Vine St}}. Police Det. {{NAME:Maria Alvarez}}, case {{OTHER_ID:CPD-26-553019}}. Tourniquet on. TXA.\nMother {{NAME:Latrice}} {{PHONE:513-555-0140}}.\n"
 }
];
