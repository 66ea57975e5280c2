// heldout8 notes 1: remote work, travel and animal exposure (h8-001..010). Gold marks are {{TYPE:value}}.
export default [
  {
    id: 'h8-001',
    kind: 'polar station medical sitrep',
    text: `
SITREP / MEDICAL  -  {{LOCATION:Halvard Ridge Field Station}} (winter-over)   Sol 212, {{DATE:14 Aug 2025}}
From: Station MO {{NAME:Ines Vallcorba-Reyes}} MB  ->  Polar Medicine Desk, {{LOCATION:Christchurch}}
Pt: {{NAME:TUIMAVAVE, Losaline}}   Role: diesel mechanic   Expedition no. {{OTHER_ID:HRFS-25-W-017}}
DOB {{DATE:03/11/1986}}  (39 y)  NZ passport {{OTHER_ID:LM4470921}}
Hx: 2/7 RLQ pain, anorexia, T 38.1, HR 104, WBC (i-STAT) n/a, Alvarado 7/10. US (Butterfly probe SN {{DEVICE:BFQ-22-0416637}}) non-compressible
tubular structure 8 mm; clips saved as {{PHOTO:HRFS_US_0814_a.mp4}}, {{PHOTO:HRFS_US_0814_b.mp4}}.
Plan: IV ceftriaxone 2 g q24h + metronidazole 500 mg q8h (non-operative, no surgeon on station until the first flight).
Tele-consult with Mr {{NAME:Hamish Tolland}} (general surgery) via sat link, station IP {{IP:100.72.14.9}}, 0640 local.
Next of kin: husband {{NAME:Sione Tuimavave}}, {{LOCATION:17 Kowhai Crescent}}, {{LOCATION:Porirua}} {{LOCATION:5022}}, tel {{PHONE:+64 21 555 0186}}.
Not notified yet at patient's request. Weather window for evac not before {{DATE:28 Aug}}. Next sitrep 0600Z.
`,
  },
  {
    id: 'h8-002',
    kind: 'offshore platform medic log',
    text: `
OFFSHORE MEDIC DAILY LOG - {{LOCATION:Platform Kestrel B}} (block GC-611, Gulf of Mexico)
Date {{DATE:2025-06-19}}   Medic on duty: {{NAME:D. Thibodeaux}}, NREMT-P   Topside doctor on call: Dr {{NAME:Ayo Banjoko}}, {{LOCATION:Houston}} desk {{PHONE:(713) 555-0144}}

0215  Crane op {{NAME:Rusty Clement}} (badge {{OTHER_ID:KB-40718}}, DOB {{DATE:1979-12-02}}) c/o crush injury L index finger
      between sling and deck padeye. Distal phalanx open fracture suspected. Photos {{PHOTO:KBmed_0619_0221.jpg}}, {{PHOTO:KBmed_0619_0223.jpg}}
      sent to topside doctor. Tetanus: last {{DATE:May 2017}}. Td given, lot U7712AA.
0340  Discussed with Dr {{NAME:Banjoko}}: routine crew-change flight, not medevac.
0710  Pt on crew boat to {{LOCATION:Port Fourchon}}; wife {{NAME:Tammy Clement}} ({{PHONE:337-555-0119}}) to meet him at the dock in his
      truck, LA plate {{VEHICLE:Z418 337}}, and drive him to {{LOCATION:Lady of the Sea General Hospital}}, {{LOCATION:Cut Off}}.
      Occupational injury report {{OTHER_ID:OIR-25-KB-0093}} filed; drug and alcohol screen collected 0300 (chain of custody form {{OTHER_ID:8820441}}).
Other: 14 crew seen for sunburn and seasickness, no names recorded.
`,
  },
  {
    id: 'h8-003',
    kind: 'pilgrimage medical team log',
    text: `
Pilgrim group medical log  |  Group: Al-Noor Travel Group 7 (112 pilgrims)  |  Camp 41, {{LOCATION:Mina}}
Team doctor: Dr {{NAME:Farhan Qureshi}} (GMC {{LICENSE:7063318}})   Nurse: {{NAME:Ruqayyah Patel}} RN

{{DATE:6 June 2025}}
- Haji {{NAME:Abdul-Kareem Sheikh}}, age {{AGE_OVER_89:91}}, passport {{OTHER_ID:561204937}}: heat exhaustion at the {{LOCATION:Jamarat bridge}} approach, T 38.4, BP 92/58.
  Oral rehydration + cooling; wheelchair for Tawaf. Son {{NAME:Bilal Sheikh}} with him, UK mobile {{PHONE:07700 900614}}.
  Home: {{LOCATION:44 Stratford Road}}, {{LOCATION:Sparkbrook}}, {{LOCATION:Birmingham}} {{LOCATION:B11 1AR}}. GP: {{LOCATION:Ladypool Medical Practice}}, {{PHONE:0121 496 0733}}.
- {{NAME:Maryam Begum}} ({{DATE:12/04/1958}}): insulin pump (Medtronic 780G, serial {{DEVICE:NG2274519H}}) - reservoir change in tent, glucose 13.2.
- {{NAME:Ismail Mohamud}}: blistered soles, dressings; Nusuk card {{OTHER_ID:7731-0442-19}}; visa fingerprint enrolment {{BIOMETRIC:KSA-BIO-55120947}} re-done at the airport.
{{DATE:7 June 2025}}
- Transferred Mr {{NAME:Sheikh}} to {{LOCATION:Mina Al-Wadi Hospital}} at 1420 with confusion, Na 129. Group leader {{NAME:Yusuf Dar}} informed.
Also seen: two pilgrims aged 64 and 71 with minor sprains (group list).
`,
  },
  {
    id: 'h8-004',
    kind: 'radio medical advice record',
    text: `
TELEMEDICAL MARITIME ASSISTANCE - RADIO MEDICAL ADVICE RECORD
Case {{OTHER_ID:TMAS-2025-1184}}   Received {{DATE:2025-09-30}} 22:47 UTC via Inmarsat C
Vessel: FV Northern Gannet, official no. {{VEHICLE:ON 1176443}}, pos 57 12N 152 40W, ETA {{LOCATION:Kodiak}} 36 h
Master: {{NAME:Birgir Haraldsson}}   Contact: sat phone {{PHONE:+881 6315 55107}}
Casualty: deckhand {{NAME:Jamie Oyelaran-Pike}}, 23 y, DOB {{DATE:17 Feb 2002}}, seaman's document {{OTHER_ID:MMC 000558214}}
Report: hand caught in pot launcher, deformity R wrist, cap refill < 2 s, sensation intact. Pain 8/10.
Advice: splint from ship's kit (SAM splint), ibuprofen 400 mg + paracetamol 1 g from medicine chest cat. A, elevate,
recheck radial pulse q1h; photo requested by email to {{EMAIL:tmas.duty@example.org}} - received {{PHOTO:IMG_20250930_2251.jpg}}.
Advising physician: Dr {{NAME:Karin Lindqvist-Abara}}.  Follow-up call {{DATE:Oct 1}} 0600 UTC: stable, diverted to {{LOCATION:Kodiak}}.
Shore contact: mother {{NAME:Olu Oyelaran}}, {{LOCATION:2209 Lakeview Terrace}}, {{LOCATION:Bellingham}}, WA {{LOCATION:98226}}.
`,
  },
  {
    id: 'h8-005',
    kind: 'high-altitude expedition medical',
    text: `
EXPEDITION MEDICAL NOTES - {{LOCATION:Ama Dablam}} commercial team, Camp 1 (5,700 m)
Expedition doctor: {{NAME:Priya Raghunathan}}
{{DATE:Oct 23, 2025}}, 1930:
Client {{NAME:Bernhard Obermoser}} (Austrian, 52, insurance Global Rescue member {{HEALTH_PLAN:GR-9904417}}) - Lake Louise AMS score 7
(headache 2, GI 2, fatigue 2, dizziness 1), SpO2 71%, HR 112, ataxic on heel-toe walk. Likely HACE.
Dex 8 mg IM, then 4 mg q6h; nifedipine not given. Gamow bag 1 h at 2 psi. Descend at first light with Sherpa guide
{{NAME:Pasang Dawa Sherpa}} and client {{NAME:Chloe Whitcombe}}.
{{DATE:Oct 24}}: at Base Camp SpO2 84%. Heli evac to {{LOCATION:Lukla}} then {{LOCATION:Kathmandu}} ({{LOCATION:CIWEC Hospital}}).
Wife {{NAME:Elisabeth Obermoser}} called on {{PHONE:+43 664 5550182}}; home {{LOCATION:Innrain 88}}, {{LOCATION:6020}} {{LOCATION:Innsbruck}}.
Trip photos of the client's pulse oximeter readings: {{PHOTO:ama_c1_oxi_2310.HEIC}}.
`,
  },
  {
    id: 'h8-006',
    kind: 'study-abroad insurance claim',
    text: `
STUDENT TRAVEL MEDICAL - CLAIM FORM (Part B completed by treating provider)
Insured student: {{NAME:Makayla Odom-Reyes}}   Student ID {{OTHER_ID:U08812457}}   Policy {{HEALTH_PLAN:STM-44-7718203}}
Home university: {{LOCATION:University of Northern Colorado}}   Program: semester in {{LOCATION:Seville}}
Date of birth {{DATE:08/30/2004}}   Passport {{OTHER_ID:A51820479}}
Local address: {{LOCATION:Calle Feria 112, 3o izq.}}, {{LOCATION:41002}} {{LOCATION:Sevilla}}
Treating facility: {{LOCATION:Clinica Santa Justa}}   Tel {{PHONE:+34 954 555 210}}   Fax {{FAX:+34 954 555 219}}
Date of service: {{DATE:04/11/2025}}   Diagnosis: acute otitis externa (H60.331), ICD-10; CPT 99203.
Treating physician: Dr {{NAME:Rocio Benjumea Lara}}, colegiado {{LICENSE:41/28/09114}}
Amount billed: EUR 140.00, paid by student card ending {{ACCOUNT:4408}}.
Student signature / date: {{NAME:Makayla Odom-Reyes}} {{DATE:04/12/2025}}
Reimburse to US address: {{LOCATION:1450 Gilpin St, Apt 3C}}, {{LOCATION:Denver}}, CO {{LOCATION:80218}}.
`,
  },
  {
    id: 'h8-007',
    kind: 'consular welfare visit',
    text: `
CONSULAR WELFARE AND WHEREABOUTS - hospital visit record (unclassified, privacy act protected)
Post: U.S. Consular Agency {{LOCATION:Puerto Vallarta}}   Case {{OTHER_ID:ACS-PVR-25-00712}}
Citizen: {{NAME:Harold Eugene Whitlow}}   DOB {{DATE:01/22/1934}} (age {{AGE_OVER_89:91}})   US passport {{OTHER_ID:583019926}}
Visited Thursday {{DATE:20 March 2025}} at {{LOCATION:Hospital San Javier Marina}}, room 412, by consular agent {{NAME:Lupita Arreola}}.
Condition: hip fracture after a fall on the {{LOCATION:Malecon}}; ORIF planned. Treating MD Dr {{NAME:Ernesto Quintanar}}.
Mr {{NAME:Whitlow}} signed a Privacy Act waiver for his daughter {{NAME:Carol Whitlow-Baines}} ({{PHONE:(503) 555-0177}},
{{EMAIL:cwbaines@example.net}}), who lives at {{LOCATION:8125 SW Canyon Ln}}, {{LOCATION:Beaverton}}, OR {{LOCATION:97005}}.
Medicare does not cover care abroad; travel insurer claim {{OTHER_ID:TIC-7720145}}. Hotel: {{LOCATION:Casa Magna Villas}}, where his
companion {{NAME:Vernon Tebbs}} (90 days in Mexico on FMM) is staying. Next welfare call planned {{DATE:3/24/2025}}.
`,
  },
  {
    id: 'h8-008',
    kind: 'film set medic report',
    text: `
SET MEDIC INCIDENT REPORT          Production: "Low Tide" (working title)     Unit: 2nd unit stunts
Location: {{LOCATION:Hollowell Quarry}}, {{LOCATION:Dorking}}   Date: {{DATE:11/09/2025}} (dd/mm)   Call time 0600
Injured: {{NAME:Kofi Mensah-Larbi}}, stunt performer, Equity no. {{OTHER_ID:M441872}}, DOB {{DATE:19/05/1991}}
Mechanism: 3 m descender rig, landed short on crash mat edge at 1012. GCS 15, c-spine cleared (Canadian C-spine rule), L ankle
swelling, Ottawa ankle rules positive (malleolar tenderness). Vacuum splint. Photos {{PHOTO:LT2U_inj_01.jpg}}-{{PHOTO:LT2U_inj_04.jpg}}.
Stunt coordinator {{NAME:Gaz Whitehorn}} and unit nurse {{NAME:Siobhan Kerrigan}} RGN present.
Taken in unit car ({{VEHICLE:LB71 XWD}}) to {{LOCATION:East Surrey Hospital}}, {{LOCATION:Redhill}}. Agent informed: {{PHONE:020 7946 0512}}.
Performer's address: {{LOCATION:Flat 2, 38 Lordship Lane}}, {{LOCATION:London}} {{LOCATION:SE22 8HJ}}.
Medic: {{NAME:T. Adeyemi}}, HCPC {{LICENSE:PA118204}}.
`,
  },
  {
    id: 'h8-009',
    kind: 'macaque bite exposure',
    text: `
B VIRUS (Macacine herpesvirus 1) EXPOSURE - OCCUPATIONAL HEALTH
Employee: {{NAME:Dana Kowalewski}}   Emp ID {{OTHER_ID:E0048812}}   Animal care technician, {{LOCATION:Reinholt Primate Center}}, {{LOCATION:Beaverton}}
Exposure Tue {{DATE:2/4/2025}} 1345: bite through glove, R thenar eminence, rhesus macaque ID Mm-3317.
Cleansed with chlorhexidine 15 min at bite kit station within 5 min (witness {{NAME:Luis Barrientos}}).
Wound photo {{PHOTO:occ_bite_DK_0204.png}}. Baseline serum banked (specimen {{OTHER_ID:OH25-0204-118}}).
Valacyclovir 1 g PO TID x 14 d (high-risk: deep puncture). Td up to date ({{DATE:Sept 2021}}).
Seen by Dr {{NAME:Mei-Ling Okonkwo}}, employee health, {{PHONE:503-555-0162}}, fax {{FAX:503-555-0169}}.
Return precautions: vesicles, numbness, fever, headache. Emergency contact partner {{NAME:Jess Arvidson}}, {{PHONE:503-555-0138}}.
Workers' comp claim {{OTHER_ID:WC-2025-03381}}. F/u {{DATE:Feb 11}} and {{DATE:Mar 4}}.
`,
  },
  {
    id: 'h8-010',
    kind: 'hunter tick-borne illness',
    text: `
Rural health clinic note - {{LOCATION:Spooner}} walk-in, {{DATE:11/21/2025}}
Pt goes by {{NAME:Gus}}; legal name {{NAME:Gerald Pankratz}}, DOB {{DATE:06/14/1962}}
Fever 39.2, myalgia, headache x3 d. Deer hunting {{DATE:Nov 15}}-{{DATE:Nov 17}} in {{LOCATION:Washburn County}} off {{LOCATION:Cty Rd H}};
removed engorged tick from groin {{DATE:11/17}}. WI DNR hunting licence (Go Wild customer no.) {{LICENSE:812-440-7193}}.
Labs: plt 88, ALT 96, WBC 2.9. Anaplasmosis likely; doxycycline 100 mg BID x 10 d. Lyme EIA sent.
Photo of tick brought in a bag: {{PHOTO:tick_pankratz_1121.jpg}}. Hunting partner (brother-in-law) {{NAME:Dale Sorensen}} also bitten, advised to call.
Came in his 2011 Ford F-250, VIN {{VEHICLE:1FT7W2BT4BEA50817}}, WI plate {{VEHICLE:RJ 4471}} (noted by security, parked in ambulance bay).
Address: {{LOCATION:W6620 Birch Lake Rd}}, {{LOCATION:Spooner}}, WI {{LOCATION:54801}}. Phone {{PHONE:715-555-0123}}. MRN {{MRN:SPR0041882}}. SSN {{SSN:000-27-6618}}.
Provider: {{NAME:Kelsey Brandvold}}, PA-C.
`,
  },
];
