// train20 templates: a gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
 {
  "id": "t20-018",
  "kind": "device-note",
  "text": "Pacer/device nursing note {{DATE:26/11/2026}}. {{NAME:Dorcas Ampofo}}, 74F, temp wire via R IJ, then PPM placed. Device serial {{DEVICE:PJN 418827 S}}, RA lead {{DEVICE:BBL 200931 V}}.\nRemote monitor paired to home router {{IP:192.0.2.48}}. Photos of wound: {{PHOTO:ampofo_ppm_site_1126.jpg}}.\nDaughter {{NAME:Abena}} ({{EMAIL:abena.ampofo@example.org}}) will bring her to {{LOCATION:Kumasi Road Surgery}}? No - to {{LOCATION:Lister Cardiac Clinic}} at {{LOCATION:Stevenage}}.\nRN {{NAME:Grace O'Donovan}}.\n"
 },
 {
  "id": "t20-019",
  "kind": "ed-identity",
  "text": "ED registration nursing note {{DATE:11/27/26}}. Unknown male brought from {{LOCATION:Union Station}} by EMS; later identified as {{NAME:Hosteen Yazzie}}, SSN {{SSN:000-47-2290}}, via fingerprint match ID {{BIOMETRIC:FP-33018-X}}.\nBelongings: wallet, NM driver licence {{LICENSE:502118934}}, key for truck plate NM {{VEHICLE:7KT-392}}.\nSister {{NAME:Marlene Yazzie}} in {{LOCATION:Shiprock}} reached at {{PHONE:505-555-0171}}.\nNarcan 0.4 mg IN x2 by EMS. Rhonchi, satting 91% 4L. Security: Officer {{NAME:R. Benally}}? card reads {{NAME:Ronald Benally}}.\n"
 },
 {
  "id": "t20-020",
  "kind": "billing-icu",
  "text": "ICU social work / finance note {{DATE:25 November 2026}}\nPt {{NAME:Chen Xiaoling}} ({{NAME:Xiaoling Chen}}), 39F. Account {{ACCOUNT:HAR 7002194463}}. Plan: {{HEALTH_PLAN:BCX-882-440-917}}.\nHusband {{NAME:Liu Wei}} works at {{LOCATION:Foxconn Campus}}? - no, at {{LOCATION:Harbour Bay Logistics}} site in {{LOCATION:Richmond}}. Email {{EMAIL:liuwei.home@example.net}}, fax for forms {{FAX:604-555-0199}}.\nPortal link {{URL:https://mychart.example.ca/icu/88421}}. Discussed parking vouchers for Lot P3.\nSW {{NAME:Harpreet Sandhu}}.\n"
 },
 {
  "id": "t20-021",
  "kind": "icu-nursing-shift",
  "text": "SICU note {{DATE:27/11}} D/N. {{NAME:Aleksandr Volkov}}, 55M, Whipple leak, open abdomen with ABThera.\nNeuro: Precedex 0.7, Fentanyl 75. CAM-ICU negative.\nRespir: PS 10/5, RSBI 62. Rhonchi, thin Aspirates.\nCVS: Vasopressin 0.03, Levophed off. Heparin SC 5000 TDS.\nGI: TPN via PICC, Octreotide. Drains: L JP 120 serous.\nRenal: Quinton R IJ, CRRT 25 ml/kg/hr. Foley 20 ml/hr.\nWife {{NAME:Oksana Volkova}} via Viber from {{LOCATION:Kharkiv}}; cousin {{NAME:Dmitri}} visits from {{LOCATION:Brighton Beach}}, lives {{LOCATION:2915 Ocean Pkwy Apt 4F}}, {{LOCATION:Brooklyn}} {{LOCATION:11235}}.\nRN {{NAME:Faith Ekwueme}}.\n"
 },
 {
  "id": "t20-022",
  "kind": "ed-handover",
  "text": "ED handover 0700 {{DATE:Nov 27}}: Room 4 {{NAME:Moana Tuilagi}}, 19F, overdose, Lido? no - Paracetamol, NAC bag 2. Mum {{NAME:Sina}} at bedside.\nRoom 5 {{NAME:Bartholomew \"Barty\" Finch}}, 80M, from {{LOCATION:Sunningdale Lodge}}, delirium, Foley in. Son {{NAME:Rupert Finch}} {{PHONE:555-0148}}.\nRoom 6 {{NAME:Ilse Vandenberghe}}, 44F, renal colic, Toradol. Partner {{NAME:Koen}} called.\nRoom 7 {{NAME:Tariq Al-Mansouri}}, 50M, chest pain, trop x2 neg, for d/c to {{LOCATION:Jebel Ali Village}} hotel.\nHall \"Unknown Doe\" -> now {{NAME:Rhys ap Gwilym}}, 34M, ETOH, from {{LOCATION:Cardiff Bay}}.\nHanded by Dr. {{NAME:Yusuf Demirci}}.\n"
 },
 {
  "id": "t20-023",
  "kind": "icu-wound",
  "text": "Wound care {{DATE:26/11/2026}} - {{NAME:Hemi Te Whare}}, sacral PI stage 3.\nPhotos uploaded to Wound-Vue as {{PHOTO:TEWHARE_sacrum_26Nov.png}} and {{PHOTO:IMG_4471.HEIC}}. Mepilex Ag, Allevyn. Position 30-degree tilt, not Fowler's above 30.\nSeen with tissue viability nurse {{NAME:Catriona McLeish}}. Mattress Nimbus 4 serial {{DEVICE:NMB4-0090312}}.\nWhanau: {{NAME:Mere}} (wife) at {{LOCATION:14 Rata St}}, {{LOCATION:Kaikohe}}.\n"
 },
 {
  "id": "t20-024",
  "kind": "ward-discharge",
  "text": "Discharge nursing note {{DATE:27 Nov 2026}}: {{NAME:Pham Thi Lan}}, 68F, discharged to {{LOCATION:Hoa Sen Aged Care}}, {{LOCATION:Cabramatta}} NSW {{LOCATION:2166}}.\nHandover faxed to {{FAX:02 5550 1177}}, phoned {{PHONE:02 5550 1176}} (RN {{NAME:Bao Tran}}).\nSon {{NAME:Nguyen Van Minh}} drove her, car {{VEHICLE:CXK-22L}}. Medicare {{HEALTH_PLAN:2123 45670 1}}.\nHickman out {{DATE:26/11}}. Furosemide dose changed. Next review {{LOCATION:Fairfield Hospital}} Geriatric Clinic {{DATE:11 December}}.\n"
 },
 {
  "id": "t20-025",
  "kind": "icu-nursing-short",
  "text": "Nursing: {{NAME:Jaroslav Novak}} settled overnight. Propofol off 0400, extubated 0630 to 4L NC. Rhonchi clearing. Wife {{NAME:Jana Novakova}} at {{LOCATION:Hotel Zlata Hvezda}}? - She stays with friends in {{LOCATION:Brno}}-{{LOCATION:Kralovo Pole}}.\nDr {{NAME:Petra Horakova}} aware. {{NAME:JN}}/{{NAME:PH}}? sign: {{NAME:Pavla Hruba}} RN.\n"
 },
 {
  "id": "t20-026",
  "kind": "ed-psych",
  "text": "ED psych holding note {{DATE:25/11/26}}: {{NAME:Lwazi \"Lulu\" Mthembu}}, 24, BIBP from {{LOCATION:Durban North}} under s.40. Lorazepam 2 mg IM. Belongings bagged; phone IMEI {{DEVICE:356938035643809}}.\nMother {{NAME:Nonhlanhla Mthembu}}, {{PHONE:031 555 0103}}, lives {{LOCATION:18 Umgeni Rd}}, {{LOCATION:Greyville}}.\nSitter {{NAME:Bongani}}; psych reg Dr {{NAME:Naidoo}}.\n"
 }
];
