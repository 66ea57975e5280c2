// heldout9 notes 2: small elective, donor and behavioural services (h9-011..020).
export default [
{ id: 'h9-011', kind: 'ocularist prosthesis record', text: `
OCULAR PROSTHETICS - FITTING RECORD       {{LOCATION:Midwest Artificial Eye Studio}}, {{LOCATION:4410 W 95th St}}, {{LOCATION:Oak Lawn}}, IL {{LOCATION:60453}}
Client: {{NAME:Bartholomew Nwankwo-Reilly}}   DOB {{DATE:01/11/2004}}   Chart {{MRN:OC-20931}}
Enucleation OS {{DATE:June 2025}} (ruptured globe, fireworks) by Dr. {{NAME:F. Castellanos}} at {{LOCATION:UI Health}}.
Impression taken {{DATE:09/30/2025}}; iris painted to match OD (hazel, 11.5 mm, limbal ring). Sclera veining: moderate.
Reference photos: {{PHOTO:OD_ref_0930_A.tif}}, {{PHOTO:OD_ref_0930_B.tif}}. Delivered {{DATE:10/21/2025}}.
Motility good, lid closure complete, no discharge. Polishing every 6 months; replace in 5-7 years.
Insurance: BCBS-IL {{HEALTH_PLAN:XOF882190347}}; balance to account {{ACCOUNT:MAE-30418}}. Ocularist {{NAME:Wendell Prochaska}}, BCO.
Mother {{NAME:Bernadette Reilly}} {{PHONE:708-555-0117}}.
` },
{ id: 'h9-012', kind: 'hair restoration procedure record', text: `
FUE HAIR TRANSPLANT - PROCEDURE DAY RECORD
{{NAME:Kwabena Osei-Tutu}}, 38 M    Patient no. {{MRN:HR-004418}}    Procedure date Sat {{DATE:10/25/2025}}
Norwood IV. Donor density 82 FU/cm2. Grafts harvested 2,214 (1-hair 480, 2-hair 1,190, 3-hair 544). Punch 0.9 mm.
Recipient: frontal tuft and mid-scalp, 45 grafts/cm2. Anaesthesia lidocaine 1% with epi 1:100,000, total 38 mL.
Standard photos pre/post: {{PHOTO:KOT_pre_front.jpg}}, {{PHOTO:KOT_pre_top.jpg}}, {{PHOTO:KOT_post_top.jpg}}.
Surgeon {{NAME:Viktor Almasi}}, MD; techs {{NAME:JL}}, {{NAME:MR}}, {{NAME:Amaka}}.
Financing: CareCredit account ending {{ACCOUNT:4471}}; deposit receipt {{ACCOUNT:REC-88120}}.
Ride home: brother {{NAME:Yaw}}, grey Toyota Camry plate {{VEHICLE:LKB 4412}}.
Day-2 wash at {{LOCATION:Almasi Hair Institute}}, {{LOCATION:Alpharetta}}. After-care line {{PHONE:770-555-0148}}.
` },
{ id: 'h9-013', kind: 'source plasma donor record', text: `
SOURCE PLASMA CENTER - DONOR VISIT       Center #0412, {{LOCATION:Lawrenceville}}
Donor {{OTHER_ID:D0412-557201}}   {{NAME:Fenwick, Latrice M.}}   DOB {{DATE:07/02/1998}}
Check-in {{DATE:11/10/2025}} 07:52 by fingerprint {{BIOMETRIC:FP-0412-557201-R2}} (kiosk photo {{PHOTO:chk_557201_1110.jpg}})
ID verified: GA driver licence {{LICENSE:058812904}}; proof of address {{LOCATION:1187 Sugarloaf Pkwy}}, Apt {{LOCATION:3C}}.
Screen: wt 71 kg, BP 118/72, P 76, T 98.1 F, Hct 41%, total protein 7.0 g/dL, arm check clear.
Procedure: 880 mL plasma (nomogram tier 2), 38 min, no reaction. Donation no. 2 this week.
Compensation loaded to prepaid card {{ACCOUNT:5210-XX-0917}}. Phlebotomist {{NAME:dbanerjee}}; nurse {{NAME:Oluwaseun Adeyemi-Clark}}, LPN.
Next eligible {{DATE:11/12/2025}}.
Return visit {{DATE:11/12/2025}}: fingerprint not read (bandaged finger); identity confirmed by iris template {{BIOMETRIC:IR-0412-557201}} and photo match.
Hct 40%, protein 6.8 g/dL, 880 mL collected. Donor asked about the referral bonus; second card load same account.
` },
{ id: 'h9-014', kind: 'TMS treatment log', text: `
rTMS TREATMENT LOG - {{LOCATION:Greenbrook TMS}} {{LOCATION:Reston}}
Patient: {{NAME:Anneliese Drummond-Vail}}  MRN {{MRN:TMS-55812}}  DOB {{DATE:04/19/1971}}   Prescriber: {{NAME:Rafael Echeverria}}, MD
Protocol: iTBS L-DLPFC (Beam F3), 120% rMT, 600 pulses, 3 min 9 s.  rMT mapped {{DATE:09/08/2025}} = 47% MSO.
Sx  Date        Intensity  PHQ-9  Tech  Notes
 1  {{DATE:09/08/2025}}   56%       22     {{NAME:HL}}    scalp discomfort 4/10
10  {{DATE:09/19/2025}}   56%       17     {{NAME:HL}}    
20  {{DATE:10/03/2025}}   56%       12     {{NAME:PV}}    husband {{NAME:Graham}} drove
30  {{DATE:10/17/2025}}   56%        7     {{NAME:PV}}    taper begins
36  {{DATE:10/24/2025}}   56%        5     {{NAME:HL}}    remission (PHQ-9 < 5 next week expected)
Side effects: transient headache after sessions 1-4 (acetaminophen 650 mg), eyelid twitch at F3; no hearing change (earplugs NRR 32).
GAD-7 15 -> 6; QIDS-SR16 19 -> 6. Concurrent sertraline 150 mg and bupropion XL 300 mg unchanged throughout.
No seizures. Coil SN recorded in machine log (clinic equipment, not patient-specific).
Prior authorisation {{OTHER_ID:PA-2508-447120}} with member ID {{HEALTH_PLAN:CGN 9043 3312 07}}.
` },
{ id: 'h9-015', kind: 'esketamine REMS monitoring form', text: `
Esketamine REMS - Patient Monitoring Form (in-office)
Patient {{NAME:Theodora Papanikolaou}}   REMS patient ID {{OTHER_ID:SPR-88041772}}   DOB {{DATE:12/22/1983}}
Healthcare setting: {{LOCATION:Mindful Path Psychiatry}}, {{LOCATION:2201 N Lamar Blvd Ste 310}}, {{LOCATION:Austin}}, TX {{LOCATION:78705}}
Session {{DATE:10/29/2025}}: dose 84 mg (3 devices). BP pre 128/80; 40 min 152/94; 2 h 130/82.
Sedation (MOAA/S) lowest 4; dissociation CADSS 18 at 40 min; resolved by 1 h 50 min.
Discharged 12:55 to husband {{NAME:Stavros}}, who drove (Subaru Outback, TX {{VEHICLE:MKD-7741}}). Patient will not drive until next day.
Observing HCP: {{NAME:Lorelei Basquiat}}, RN.  Prescriber: {{NAME:Imogen Sato-Whitfield}}, MD, DEA {{LICENSE:BS4417209}}.
` },
{ id: 'h9-016', kind: 'eating disorder meal-support log', text: `
ED PHP - MEAL SUPPORT LOG    week of {{DATE:11/3/2025}}   Program: {{LOCATION:Emily Program}} {{LOCATION:St. Paul}}
Pt: {{NAME:Clementine Aukerman}} (goes by "{{NAME:Clem}}")  17 y  MRN {{MRN:EP-71140}}  parents {{NAME:Dana}} and {{NAME:Luis Aukerman}}
Day   Meal      Completion  Supplement  Staff  Behaviours
Mon   B         100%        -           {{NAME:KW}}     cut food small
Mon   L         75%         Boost Plus  {{NAME:KW}}     hid crackers in sleeve
Tue   B         100%        -           {{NAME:MB}}     
Tue   S2        50%         Boost Plus  {{NAME:AT}}     body checking
Wed   L         100%        -           {{NAME:AT}}     
Blind weight Wed 47.2 kg (target range 52-55). HR 44 supine, 61 standing. K 3.6.
Weekend pass {{DATE:Nov 8}} to {{DATE:Nov 9}} to grandmother {{NAME:Opal Aukerman}} in {{LOCATION:Stillwater}} approved by Dr. {{NAME:Idowu}}.
` },
{ id: 'h9-017', kind: 'recovery residence intake', text: `
RECOVERY RESIDENCE INTAKE (NARR Level II)     House: {{LOCATION:Harbor House for Men}}, {{LOCATION:418 Delmar St}}, {{LOCATION:Fall River}}, MA {{LOCATION:02720}}
Resident: {{NAME:Cody Fitzwilliam}}   DOB {{DATE:02/08/1990}}   SSN {{SSN:000-48-2231}}   MassHealth {{HEALTH_PLAN:100387654219}}
Move-in {{DATE:11/01/2025}}. Referred by {{LOCATION:Gosnold}} detox (discharged {{DATE:10/31/2025}}). Buprenorphine 16 mg daily via {{LOCATION:CVS #2218}}.
Probation officer {{NAME:Marisol Quintanilla}} {{PHONE:508-555-0127}}, docket {{OTHER_ID:2532CR001774}}. Employer: Bristol Marine (deckhand).
Vehicle: 2011 Ford Ranger, MA plate {{VEHICLE:3XK 791}}, VIN {{VEHICLE:1FTKR1ED4BPA44190}} - parked in rear lot.
UA on intake: positive buprenorphine only. Front-door keypad fingerprint enrolled {{BIOMETRIC:KP-HH-0418-11}}; curfew 22:00 first 30 days. House manager {{NAME:Jerome}} "{{NAME:Bo}}" {{NAME:Tillman}}.
Emergency contact: sister {{NAME:Kayleigh Fitzwilliam}} {{PHONE:774-555-0163}}.
` },
{ id: 'h9-018', kind: 'vasectomy consult and PVSA letter', text: `
UROLOGY - VASECTOMY CONSULTATION, {{DATE:August 4, 2025}}
{{NAME:Rhys Vandenberghe}}, 41, MRN {{MRN:3390217}}. Married to {{NAME:Saskia}}; three children. Counselled: permanence, failure 1/2000,
PVSA at 8-16 weeks, chronic scrotal pain 1-2%. No-scalpel technique under local. Consent signed.
Procedure {{DATE:08/22/2025}} at {{LOCATION:Lakeshore Urology}}, {{LOCATION:Muskegon}}: bilateral vasal division, cautery, fascial interposition.

Letter {{DATE:December 1, 2025}}:
Dear Mr. {{NAME:Vandenberghe}}, your post-vasectomy semen analysis of {{DATE:11/26/2025}} showed no sperm (azoospermia,
centrifuged pellet). You may stop other contraception. Lab accession {{OTHER_ID:AND-25-33817}}.
{{NAME:Cornelius Aalders}}, MD  -  {{LOCATION:Lakeshore Urology}}  -  tel {{PHONE:231-555-0105}}  -  fax {{FAX:231-555-0106}}
` },
{ id: 'h9-019', kind: 'newborn hearing and car-seat test', text: `
NEWBORN NURSERY - HEARING SCREEN & INFANT CAR SEAT CHALLENGE
Infant: Baby Boy {{NAME:Haddad}}  MRN {{MRN:N2511-0094}}  DOB {{DATE:11/15/2025}} 03:12   GA 35w6d   BW 2,310 g
Mother: {{NAME:Rania Haddad}}, MRN {{MRN:0448921}}; father {{NAME:Karim Haddad}}.
AABR {{DATE:11/16/2025}}: right PASS, left REFER (35 dB nHL). Repeat {{DATE:11/17/2025}}: left PASS. Screener {{NAME:G. Ostrowski}}.
ICSC {{DATE:11/17/2025}}: 90 min in own rear-facing seat; SpO2 93-99%, no apnoea > 20 s, no bradycardia < 80. PASS.
Family car checked at discharge by CPST {{NAME:Lorna Birchwood}}: Honda Odyssey, plate {{VEHICLE:9RBX214}}.
Audiology follow-up (risk factor: NICU > 5 d? no) - none required. Results sent to state EHDI, ID {{OTHER_ID:EHDI-07-2251184}}.
Infant footprint scan for the security system {{BIOMETRIC:FPS-N2511-0094}}; Hugs tag 4471 removed at discharge (tag number not patient-specific).
Bilirubin 9.8 mg/dL at 60 h (low-intermediate zone); weight 2,205 g (-4.5%). Car seat: rear-facing convertible, harness at or below shoulders.
` },
{ id: 'h9-020', kind: 'perinatal bereavement record', text: `
PERINATAL BEREAVEMENT - MEMORY BOX RECORD     {{LOCATION:Riverside Methodist Hospital}} L&D, Room 12
Baby: {{NAME:Eleanor Grace Whitcombe}}, stillborn {{DATE:10/11/2025}} at 27w2d, 842 g. Parents {{NAME:Harriet}} and {{NAME:Owen Whitcombe}}.
Keepsakes: hand and foot prints, hospital bracelet, lock of hair, knitted hat. Molds by {{NAME:Juniper Hale}}, RN.
Photographs by volunteer remembrance photographer {{NAME:Caroline Estevez}}; gallery {{URL:https://remember.example.org/g/whitcombe-1011}},
files {{PHOTO:EGW_001.jpg}}-{{PHOTO:EGW_046.jpg}}. Chaplain Rev. {{NAME:Amos Kittredge}} blessed baby at 16:40.
Autopsy declined; placental pathology sent. Arrangements: {{LOCATION:Schoedinger Northwest Chapel}}, {{LOCATION:Columbus}}.
Follow-up calls planned at 2 weeks and on due date {{DATE:January 14, 2026}}. Parents' e-mail {{EMAIL:harriet.whitcombe@example.net}}.
` },
];
