// heldout10 notes2: sport, recreation and animal contact (h10-011..020).
export default [
{ id: 'h10-011', kind: 'rodeo sports medicine log', text: `
JUSTIN-STYLE SPORTS MEDICINE TRAILER -- {{LOCATION:Cheyenne Frontier Days arena}}, {{DATE:July 24, 2025}}
1) {{NAME:Colt Brannigan}}, 24, bull riding. Hung up, stepped on L chest. Ribs 6-7 tender, SpO2 97%. Sent to {{LOCATION:Cheyenne Regional Medical Center}} via ambulance.
   Contestant card PRCA {{OTHER_ID:118847}}. Emergency contact {{NAME:Jolene Brannigan}} {{PHONE:307-555-0131}}.
2) {{NAME:Tayshawn Redbird}}, 31, steer wrestling. R AC sprain grade II; taped, cleared for tomorrow's go-round.
3) {{NAME:Kaycee Lindqvist}}, 19, barrel racing. Fall, helmet on, no LOC, SCAT5 symptom 3/22. Horse vet called separately.
   Truck/trailer WY {{VEHICLE:6-2291A}} parked lot C; mother {{NAME:Dagny Lindqvist}} driving.
Medic on duty {{NAME:Beau Castellano}}, ATC; BOC cert {{LICENSE:2000118}}.
Later: {{NAME:Colt Brannigan}} discharged from ED same night, 2 rib fx, no pneumothorax. Did not ride {{DATE:July 25}}. Season standings not medical information.
Sports medicine sponsor team physician Dr {{NAME:Harlan Two Feathers}}; trailer phone {{PHONE:307-555-0139}}.
` },
{ id: 'h10-012', kind: 'equestrian fall concussion follow-up', text: `
Concussion follow-up (equestrian)
{{NAME:Philippa Ashcombe-Rhys}}, DOB {{DATE:19/03/2008}}, NHS no. {{HEALTH_PLAN:943 476 5919}}
Fall from pony at {{LOCATION:Badminton}} cross-country schooling on {{DATE:12 October 2025}}; helmet cracked (kept for the BHS report).
Helmet photos {{PHOTO:helmet_crack_121025.heic}}. Symptom score 14 -> 3; VOMS normal; BESS 12 errors.
Graduated return: stage 4 from {{DATE:3 November}}.
Mother {{NAME:Harriet Ashcombe-Rhys}}, {{PHONE:07700 900418}}; riding club coach {{NAME:Gwilym Bevan}}.
Dr {{NAME:Imogen Strachan}}, GMC {{LICENSE:7043318}}, {{LOCATION:Cheltenham General Hospital}}.
School informed (with consent) -- {{LOCATION:Pate's Grammar School}}, head of year Mr {{NAME:Jude Okonedo}}. PE excluded until {{DATE:24/11/2025}}.
No further riding until symptom free for 14 days. BHS accident report ref {{OTHER_ID:BHS-AR-25-4471}}; helmet sent to manufacturer with her permission.
` },
{ id: 'h10-013', kind: 'animal bite report to animal control', text: `
ANIMAL BITE REPORT (to county animal services)
Victim: {{NAME:Harlan Beaudry}}, age 58, {{LOCATION:903 Quarry View Dr}}, {{LOCATION:Frederick}}, MD {{LOCATION:21702}}, phone {{PHONE:301-555-0176}}
Date of bite {{DATE:11/09/2025}} approx 17:40. Site: R hand dorsum, 2 punctures.
Animal: dog, "Tank", pit mix, owner {{NAME:Suzette Oyarzun}}, {{LOCATION:907 Quarry View Dr}}; rabies tag 2025-4471 (county tag, not patient PHI); vaccinated {{DATE:03/2024}}.
Owner vehicle used to transport dog: MD tag {{VEHICLE:3FX 4410}}.
Disposition: 10-day home quarantine; PEP not started. Tdap given (lot U7719AA).
Reported by {{NAME:Noor Haddad}}, RN, {{LOCATION:Frederick Health Hospital}} ED, fax {{FAX:301-555-0199}}. Case {{OTHER_ID:AB-25-01187}}.
Bite photos {{PHOTO:bite_RH_1109.jpg}} in chart. Day-10 check {{DATE:11/19/2025}}: dog healthy per officer {{NAME:Rhiannon Castellanos}}, so no rabies PEP indicated. Patient's employer notified for work restrictions (not PHI).
Amoxicillin-clavulanate 875/125 BID x 5 days. Wound check at {{LOCATION:Frederick Health Urgent Care}} {{DATE:11/12}}.
` },
{ id: 'h10-014', kind: 'snakebite antivenom record', text: `
Crotalid envenomation -- antivenom flowsheet
Pt {{NAME:Ezequiel Barrientos}}  MRN {{MRN:E7790213}}  Bitten {{DATE:Aug 3}} ~15:10 while hiking {{LOCATION:Sabino Canyon}} trail
Swelling march: 15:40 wrist; 16:20 mid-forearm; 17:00 elbow. Plt 88, fibrinogen 92 (not ages), INR 1.4.
Antivenom: 6 vials at 16:05, 6 vials at 17:15, then 2 vials q6h x3. Lot numbers on pharmacy sheet.
Photos of limb with pen marks {{PHOTO:EB_limb_1605.jpg}} {{PHOTO:EB_limb_1715.jpg}}.
Poison center case {{OTHER_ID:PC-8845120}}; toxicologist Dr {{NAME:Leilani Kahananui}} called back {{PHONE:520-555-0112}}.
Hiking partner {{NAME:Ruthanne Delacroix}} drove him in Subaru Outback AZ plate {{VEHICLE:BTR7718}}.
Day 2: swelling stable, fibrinogen 188, platelets 131. Discharged {{DATE:Aug 5}}. Told to avoid NSAIDs; recheck labs {{DATE:Aug 8}} at {{LOCATION:Tucson Medical Center}} lab.
Hospital account {{ACCOUNT:TMC-88120447}}; home {{LOCATION:3811 E Fort Lowell Rd}}, {{LOCATION:Tucson}}, AZ {{LOCATION:85716}}.
` },
{ id: 'h10-015', kind: 'swim club cardiac screening', text: `
Youth athlete ECG screening -- {{LOCATION:Aquatic Center of Plano}}, Saturday {{DATE:9/13/2025}}
Swimmer: {{NAME:Anneliese Chukwuma}}, 15, club ID {{OTHER_ID:NTX-SW-4471}}
ECG: sinus rhythm 58 bpm, PR 150 ms, QRS 88 ms, QTc 412 ms; Seattle criteria normal.
Echo (focused): LVEF 62%, no HCM. Tracing file {{PHOTO:ECG_AC_0913.pdf}}.
Parent: {{NAME:Obiageli Chukwuma}} {{EMAIL:obi.chukwuma@example.org}}; consent signed {{DATE:9/1/2025}}.
Read by {{NAME:Santiago Ferrer-Ibanez}}, MD (volunteer).
Second swimmer same session: {{NAME:Thaddeus Brightwater}}, 16, ECG: incomplete RBBB, T-wave inversion V1-V2 only (normal variant). Mother {{NAME:Lorelei Brightwater}} {{PHONE:972-555-0175}}.
Screening program URL for parents: https://www.example.org/heart-screening (generic page, not PHI). Data uploaded {{DATE:9/14/2025}} from {{IP:10.20.30.41}}.
` },
{ id: 'h10-016', kind: 'climbing gym incident report', text: `
INCIDENT REPORT -- {{LOCATION:Granite Arch Climbing}}, {{LOCATION:Boulder}}
Date {{DATE:10-19-2025}} 19:25. Member {{NAME:Linnea Sjoberg}}, member # {{ACCOUNT:GA-0071183}}, check-in by finger scan template {{BIOMETRIC:FT-7719A}}.
Fall from approx 3 m bouldering, landed on pad seam; L ankle deformity. Staff {{NAME:Ravi Tandon}} splinted.
Witness {{NAME:Oskar Lindgren}} {{PHONE:720-555-0158}}. CCTV frame {{PHOTO:cam3_191925.png}}.
EMS transported to {{LOCATION:Boulder Community Health}}. Waiver on file since {{DATE:Feb 2023}}.
Follow-up call {{DATE:10/21/2025}}: ORIF scheduled {{DATE:10/24}} at {{LOCATION:Foothills Hospital}}. Member freeze on account; billing contact {{EMAIL:billing@granitearch.example.com}} (gym mailbox). Gym staff {{NAME:Ravi Tandon}} completed insurer form; liability claim {{OTHER_ID:GL-25-88104}}.
` },
{ id: 'h10-017', kind: 'golf cart crash in retirement community', text: `
Trauma consult: golf cart rollover in {{LOCATION:The Villages}}
{{NAME:Bernadine Oakes}}, {{AGE_OVER_89:90}} y/o, passenger; driver husband {{NAME:Walter Oakes}}, 88 (not marked), unhurt.
Cart community cart decal {{VEHICLE:VC-22817}}; struck curb at {{LOCATION:Buttonwood Ct}}.
CT: R distal radius fx, nondisplaced pubic rami fx. GCS 15. Hgb 11.2.
Resident of {{LOCATION:1417 Chitty Chatty Ave}}. Son {{NAME:Gregory Oakes}} in Ohio {{PHONE:614-555-0184}}.
MRN {{MRN:VH-3380917}}. Surgeon Dr {{NAME:Maren Solheim}}.
Social work: couple lives independently, no stairs. Daughter-in-law {{NAME:Patrice Oakes}} can stay 2 weeks. Cart to be inspected by community safety office; husband's driving of golf cart questioned (MoCA 22/30, not PHI).
Discharge planned to {{LOCATION:Brownwood Rehabilitation Center}} {{DATE:11/14/2025}}. SSN on transfer packet {{SSN:000-27-6618}}.
` },
{ id: 'h10-018', kind: 'skydiving centre injury', text: `
Drop zone injury log / {{LOCATION:Skydive Cross Keys}} / {{DATE:06/28/2025}}
jumper: {{NAME:Dmitri Vasilakis}}, USPA {{LICENSE:D-31880}}, rig AAD serial {{DEVICE:44817}}
hard landing, bilateral heel pain; tandem instructor {{NAME:Cody Ruhl}} assisted.
Ankle films at {{LOCATION:Inspira Medical Center Mullica Hill}}: L calcaneus fx.
GoPro footage {{PHOTO:GX010447.MP4}} kept by DZ safety officer {{NAME:Trish Oduya}}.
Contact: {{EMAIL:dvasilakis@example.com}}.
incident call to {{LOCATION:Gloucester County}} EMS at 15:42 from {{PHONE:856-555-0194}}; jumper's emergency contact wife {{NAME:Anthea Vasilakis}} {{PHONE:856-555-0195}}.
waiver signed {{DATE:06/21/2025}}; reserve static line checked; canopy 170 sq ft, 1.2 wing loading (not PHI).
` },
{ id: 'h10-019', kind: 'hippotherapy session note', text: `
Hippotherapy PT session 8 of 12 -- {{LOCATION:Heartland Therapeutic Riding}}, {{LOCATION:Lincoln}}, NE
Client: {{NAME:Jaxon Pfannenstiel}} (6 y, CP GMFCS II). Horse: Biscuit (horse name, not PHI). Sidewalkers {{NAME:KL}} and {{NAME:MV}}.
Trunk control improved; GMFM-66 58.3 (from 54.1). Session {{DATE:11/06/2025}}.
Medicaid NE {{HEALTH_PLAN:1188047721}}. Therapist {{NAME:Brenna Kucera}}, PT, lic NE {{LICENSE:PT-2817}}.
Video {{PHOTO:JP_sess8_trunk.mov}} shared with mom {{NAME:Kelsey Pfannenstiel}} via {{URL:https://share.example.org/hippo/JP-8a72f}}.
Goals reviewed with family {{DATE:11/06/2025}}: sit unsupported 5 min on horse at walk (met), weight shift at trot (emerging). Home program video {{PHOTO:JP_HEP_1106.mp4}}.
Physician order renewed by Dr {{NAME:Anneke Vogelsang}} through {{DATE:04/30/2026}}; clinic {{LOCATION:Madonna Rehabilitation Hospital}}.
` },
{ id: 'h10-020', kind: 'athletic trainer injury log', text: `
ATHLETIC TRAINING ROOM LOG -- {{LOCATION:Westfield High School}}, week of {{DATE:10/13/2025}}
Mon: {{NAME:Marcus Delahoussaye}} (FB) L hamstring strain gr 1 -- ice, no practice.
Tue: {{NAME:Giuliana Rizzo}} (VB) R ankle inversion, ATFL tender, Ottawa negative.
Wed: {{NAME:Haruto Nakagawa}} (XC) shin pain, tib stress -- referred Dr {{NAME:Nkem Obiora}}.
Thu: {{NAME:Marcus Delahoussaye}} cleared to jog. HR 64, BP 118/72.
ATC {{NAME:Shelby Rademacher}}, fax to team physician {{FAX:571-555-0126}}.
Fri: {{NAME:Giuliana Rizzo}} taped, returned to play; parent {{NAME:Donatella Rizzo}} e-mailed at {{EMAIL:drizzo@example.net}}.
Concussion baseline roster due {{DATE:10/31/2025}}; team physician Dr. {{NAME:Obiora}} to sign. School nurse {{NAME:Pamela Greenleaf}}, ext 2291 (extension not PHI).
` },
];
