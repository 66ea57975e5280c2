// Heldout2, part 1: US hospital notes across specialties. Written blind (see README.md).
// Gold marks: {{TYPE:value}}.
export default [
{ id: 'h2-001', kind: 'oncology progress', text: `
HEMATOLOGY/ONCOLOGY PROGRESS NOTE
Patient: {{NAME:Seo-yeon Park}}    MRN: {{MRN:004417392}}    DOB: {{DATE:11/02/1958}}
Date of service: {{DATE:Feb 19, 2025}}    Attending: {{NAME:Rajesh Venkataraman}}, MD

S: Ms. {{NAME:Park}} returns for C4D1 of FOLFOX. Reports grade 1 neuropathy in fingertips, worse with cold.
Appetite fair, weight 58.2 kg (down 1.1 kg). ECOG 1. Husband {{NAME:Dong-hyun}} accompanies her.
O: BP 118/72, HR 84, T 36.8 C, SpO2 98% RA. Port site clean, no erythema.
Labs: WBC 3.9, ANC 1.8, Hgb 10.4, Plt 142. CEA 6.2 (was 14.8 on {{DATE:12/30/24}}).
A/P: Stage IIIC (T3N2bM0) adenocarcinoma of the sigmoid colon, ICD-10 C18.7.
- Proceed with oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h.
- CT C/A/P due after C6, approx. week of {{DATE:April 14}}.
- Scalp cooling not applicable. Referred to oncology dietitian {{NAME:Marisol Quintero}}, RD.
Next visit {{DATE:03/05/2025}} at 0930 in Infusion Chair 12.
Electronically signed: {{NAME:R. Venkataraman}}, MD {{DATE:02/19/2025}} 16:42
` },
{ id: 'h2-002', kind: 'psychiatry admission', text: `
INPATIENT PSYCHIATRY ADMISSION H&P
Unit: 5 West, Room 512-B     Legal status: involuntary (72-hour hold, WIC 5150) placed {{DATE:7/4/2024}} 02:15

Identifying data: {{NAME:Tobias Lindqvist}} is a 34-year-old single Swedish-American man, unemployed carpenter,
living alone in an apartment at {{LOCATION:2218 Kestrel Ridge Rd, Apt 3C}}, {{LOCATION:Fremont}}, CA {{LOCATION:94538}}.
Brought in by {{LOCATION:Fremont}} PD after neighbour {{NAME:Gloria Estrada}} called 911 reporting he was shouting at the walls.

HPI: Pt reports hearing "the council" for approximately 3 weeks. Stopped aripiprazole 15 mg in {{DATE:May 2024}} because of akathisia.
PHQ-9 19, C-SSRS positive for passive ideation, no plan. AUDIT-C 6. UDS positive for THC, negative for amphetamines.
Past history: prior admission to {{LOCATION:Alta Bates Behavioral Health}} in {{DATE:October 2021}}.
Family: mother {{NAME:Ingrid Lindqvist}} (phone {{PHONE:510-784-2290}}) is aware and supportive; brother in Minnesota.
MSE: disheveled, poor eye contact, speech pressured, thought process tangential, AH+, VH-, insight poor, judgment impaired.
GAF ~35. MoCA deferred.
Plan: restart aripiprazole 10 mg PO daily, lorazepam 1 mg PO q6h PRN agitation, q15 min checks, 1:1 if escalates.
Dx: F20.9 schizophrenia, unspecified vs F25.0; R/O substance-induced psychosis F12.959.
{{NAME:Naomi Achterberg}}, MD, PGY-3 / attending {{NAME:Harold P. Whitcombe}}, DO
` },
{ id: 'h2-003', kind: 'obstetric L&D note', text: `
LABOR & DELIVERY - DELIVERY NOTE
Mother: {{NAME:Amara Okonkwo-Bello}}  G3P2012  MRN {{MRN:MR-7730145}}  EDD {{DATE:08/09/2025}}
Delivered {{DATE:Aug 2, 2025}} at 04:51 by NSVD at 39w0d. Delivering provider: {{NAME:Lucia Ferraro}}, CNM.
Female infant "Baby Girl {{NAME:Okonkwo-Bello}}", weight 3410 g, length 50 cm, APGAR 8/9 at 1 and 5 minutes.
EBL 350 mL. Second-degree laceration repaired with 3-0 Vicryl. Placenta delivered spontaneously, intact, 3-vessel cord.
GBS negative, Rh positive, rubella immune. Epidural placed by Dr. {{NAME:Chen}}... correction, by {{NAME:Yiwen Chen}}, MD (anesthesia) at 01:10.
Infant to newborn nursery, bed 7; pediatrician on call {{NAME:Kofi Asante}}, MD notified.
Father of baby {{NAME:Chidi Bello}} present and supportive. Cord blood banking kit ID {{OTHER_ID:CBB-118-40422}} sent via courier.
Pitocin 2 mU/min was started at 22:30 on {{DATE:8/1}}. Magnesium not given. Blood type O+.
` },
{ id: 'h2-004', kind: 'pediatrics well-child', text: `
WELL CHILD VISIT - 18 MONTHS
Name: {{NAME:Mateo de la Cruz Ramirez}}   DOB {{DATE:2023-09-14}}   Seen {{DATE:2025-03-17}}
Accompanied by mother ({{NAME:Josefina Ramirez}}) and grandmother ("Abuela {{NAME:Chela}}").
Growth: wt 10.9 kg (42nd %ile), length 81 cm (38th %ile), HC 47 cm. Development: walks well, 10-15 words, M-CHAT-R 1 (low risk).
Immunizations today: DTaP #4, Hib #4, Hep A #2. VIS given. Lot numbers in MAR.
Lead screen 2 mcg/dL. Hgb 11.6. Fluoride varnish applied.
Daycare: {{LOCATION:Little Sprouts Learning Center}} on {{LOCATION:Belmont Ave}}.
Anticipatory guidance: car seat rear-facing, water heater < 120 F, poison control 1-800-222-1222.
Follow-up 2 yr WCC. Dr. {{NAME:Felicity Okafor}}, MD, FAAP
` },
{ id: 'h2-005', kind: 'orthopaedics op note', text: `
OPERATIVE REPORT
PATIENT: {{NAME:WOJCIK, STANISLAW}}     MR#: {{MRN:88-120-447}}     ACCT: {{ACCOUNT:V00093381624}}
DATE OF SURGERY: {{DATE:06/11/2024}}
SURGEON: {{NAME:Brendan McAllister}}, MD     ASSISTANT: {{NAME:Tanya Greer}}, PA-C
PREOPERATIVE DIAGNOSIS: Right hip osteoarthritis, Kellgren-Lawrence grade 4 (M16.11).
PROCEDURE: Right total hip arthroplasty, posterior approach (CPT 27130).
IMPLANTS: Acetabular shell 54 mm, serial {{DEVICE:AS54-22871-0093}}; femoral stem size 12, lot 7719302, serial {{DEVICE:FST12-40018836}}; 36 mm ceramic head, +0 neck.
ANESTHESIA: Spinal + MAC. EBL 300 mL. TXA 1 g IV x2. Cefazolin 2 g IV.
FINDINGS: Severe loss of joint space, large inferior osteophytes. Trendelenburg gait preop. Leg lengths equal within 2 mm.
The patient was positioned lateral decubitus on a pegboard... Closure with 1 Vicryl, 2-0 Monocryl, staples.
DISPOSITION: PACU, stable. WBAT, posterior hip precautions x 6 wks. Lovenox 40 mg SC daily x 28 days.
Follow-up in 2 weeks at {{LOCATION:Cascade Orthopedic Institute}}, {{LOCATION:Tacoma}} office.
` },
{ id: 'h2-006', kind: 'nephrology consult', text: `
NEPHROLOGY CONSULT
Requesting: Hospitalist {{NAME:Jaime Oyelaran}}, MD     Reason: AKI on CKD 3b
Pt: {{NAME:Bernadette "Bernie" Kowalczyk}}, 71F, MRN {{MRN:3309812}}, admitted {{DATE:1/27/25}}.
Baseline Cr 1.6 ({{DATE:Nov 2024}}), now 3.9. K 5.8, HCO3 17, BUN 68. UOP 0.3 mL/kg/h x 12 h. FENa 0.4%.
UA: SG 1.025, no protein, bland sediment. Renal US: kidneys 10.1 and 10.4 cm, no hydronephrosis.
Meds of note: lisinopril 20 mg, furosemide 40 mg BID, ibuprofen OTC 800 mg TID for knee pain x 2 weeks.
Impression: prerenal AKI (overdiuresis + NSAID + ACEi) on CKD G3bA2.
Recs: hold lisinopril/furosemide/NSAIDs; LR 75 mL/h; Lokelma 10 g TID x 48 h; repeat BMP q12h; avoid contrast.
No emergent HD indication (no AEIOU criteria). Not on dialysis; {{LOCATION:DaVita Riverside Dialysis}} alerted as contingency. Prior vascular access eval by Dr. {{NAME:Okoro}} in {{DATE:2023 August}}.
Thank you for this consult. {{NAME:Sunita Bhattacharya}}, MD, Nephrology fellow; pager 4471
` },
{ id: 'h2-007', kind: 'hospice admission', text: `
HOSPICE ADMISSION / CERTIFICATION OF TERMINAL ILLNESS
Patient: {{NAME:Eulalia Marchetti}}     Age: {{AGE_OVER_89:94}}     Medicare MBI: {{HEALTH_PLAN:4TG8-WP3-KJ72}}
Admit date: {{DATE:September 3rd, 2024}}     Level of care: Routine home care
Address: {{LOCATION:47 Orchard Hill Lane}}, {{LOCATION:Wethersfield}}, CT {{LOCATION:06109}}
Primary caregiver: daughter {{NAME:Rosanna Marchetti-Doyle}}, cell {{PHONE:(860) 412-5583}}; son-in-law {{NAME:Kevin Doyle}}.
Terminal dx: Alzheimer's dementia, FAST 7c (G30.1); secondary: CHF NYHA IV, CKD 4.
PPS 30%. Weight loss 11% over 6 months. Bedbound, dysphagia to thin liquids, recurrent aspiration pneumonia.
Code status: DNR/DNI, POLST on fridge dated {{DATE:3/12/2023}}.
Certifying physician: {{NAME:Abdirahman Warsame}}, MD (hospice medical director); attending {{NAME:Celeste Harrington}}, NP.
Comfort kit delivered: morphine 20 mg/mL 0.25 mL SL q2h PRN, lorazepam 0.5 mg SL q4h PRN, haloperidol 0.5 mg, atropine 1% drops.
Chaplain Fr. {{NAME:Declan O'Neill}} to visit weekly; family is Catholic.
` },
{ id: 'h2-008', kind: 'cardiology clinic', text: `
Cardiology Clinic - {{LOCATION:Mercy Heart & Vascular}}, {{LOCATION:Des Moines}}
Thursday {{DATE:10 October 2024}}
RE: {{NAME:Gustavo Pereira da Silva}}  DOB {{DATE:05-22-1949}}  MRN {{MRN:MH2209931}}
75M with HFrEF (LVEF 30% on TTE {{DATE:8/14/24}}), NYHA II, ischemic CM s/p CABG x3 (2016), ICD.
Device: Boston Scientific dual-chamber ICD, serial {{DEVICE:BSX-214883}}; remote monitoring via LATITUDE, last transmission {{DATE:Oct 7}} normal, no therapies.
Meds: sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily, empagliflozin 10 mg daily.
Vitals: BP 104/66, HR 62, wt 81.4 kg. JVP 7 cm. No edema. 2/6 holosystolic murmur at apex.
Labs: NT-proBNP 1,240 (was 2,980). K 4.6, Cr 1.3, eGFR 55.
Plan: uptitrate Entresto to 97/103 mg BID if BP allows; cardiac rehab referral; return 3 mo.
He and his wife {{NAME:Ana Lucia}} are traveling to {{LOCATION:Sao Paulo}} in December; advised to carry device ID card.
cc: PCP Dr. {{NAME:Wendell Fairbanks}}, fax {{FAX:515-270-8841}}
` },
{ id: 'h2-009', kind: 'ED note', text: `
EMERGENCY DEPARTMENT PHYSICIAN NOTE
Arrival: {{DATE:12/24/2024}} 23:47 via {{LOCATION:Harlan County}} EMS (unit 14)
Pt: {{NAME:Cody Ray Tackett}}, 27M     MRN {{MRN:E4481920}}
CC: MVC. Restrained driver of 2009 Ford F-150 (plate KY {{VEHICLE:7HT-442}}), struck a deer on US-421 near {{LOCATION:Cawood}}.
GCS 14/15 on arrival (E4V4M6), now 15. Primary survey intact. FAST negative.
Secondary: 4 cm forehead laceration, seatbelt sign absent, L wrist deformity.
XR: distal radius fx, dorsally angulated 25 degrees. CT head/C-spine: negative.
EtOH 142 mg/dL. Tdap updated.
Procedures: hematoma block + closed reduction, sugar-tong splint; laceration repair 4.0 cm simple, 6-0 Prolene x 9.
Dispo: discharged with girlfriend {{NAME:Kayleigh Hensley}} at 04:10. Ortho f/u with Dr. {{NAME:Pruitt}} in 1 week. KY State Police trooper {{NAME:D. Mullins}} took report #{{OTHER_ID:KSP-24-118730}}.
{{NAME:Vivek Sharma}}, DO
` },
{ id: 'h2-010', kind: 'geriatrics note with 90+ ages', text: `
GERIATRIC ASSESSMENT - {{LOCATION:Brookhaven Senior Care Clinic}}
Patient is a {{AGE_OVER_89:ninety-two}} year old retired schoolteacher, widowed, lives with her sister {{NAME:Philomena Gallagher}} (age {{AGE_OVER_89:96}}) in {{LOCATION:Scituate}}.
Pt name: {{NAME:Margaret "Peggy" Gallagher}}. DOB: {{DATE:January 5, 1933}}.
Hx: HTN, OA knees, macular degeneration, hx L hip fx 2019. Falls x2 since {{DATE:June 2024}}.
Gait: TUG 18 s, uses rollator. Mini-Cog 3/5. GDS-15 score 4. Katz ADL 5/6, Lawton IADL 4/8.
BP sitting 142/78, standing 118/70 (orthostatic). HR 70. Vision 20/200 OD.
Meds: amlodipine 5 mg, HCTZ 12.5 mg (stop - orthostasis), acetaminophen 650 mg TID, vitamin D 1000 IU.
Their brother died last year at {{AGE_OVER_89:101}}. Patient jokes she plans to "beat him".
Plan: PT home safety eval, stop HCTZ, recheck orthostatics in 2 wks, Beers list reviewed.
Seen with {{NAME:Thandiwe Nkosi}}, RN, geriatric care manager.
` },
{ id: 'h2-011', kind: 'radiology report', text: `
{{LOCATION:NORTHFIELD REGIONAL MEDICAL CENTER}} - DEPARTMENT OF RADIOLOGY
EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST     ACCESSION: {{OTHER_ID:RAD2025-0047781}}
PATIENT: {{NAME:Ahmadi, Farzaneh}}   MRN {{MRN:01193302}}   EXAM DATE {{DATE:2025/01/08}}
ORDERING: {{NAME:Theo Papadakis}}, MD
HISTORY: 52F, low back pain radiating to L leg x 6 weeks. M54.16.
COMPARISON: Radiographs {{DATE:12/02/2024}}.
FINDINGS: Alignment normal. Vertebral body heights preserved. Conus terminates at L1.
L4-5: broad-based disc bulge with left paracentral extrusion contacting the traversing L5 nerve root; moderate left lateral recess stenosis.
L5-S1: mild facet arthropathy. No high-grade canal stenosis. Modic type 1 changes at L4 inferior endplate.
IMPRESSION: 1. L4-5 left paracentral extrusion with L5 root contact. 2. No fracture.
Dictated by: {{NAME:Oluwaseun Adeyemi}}, MD   Signed {{DATE:01/08/2025}} 17:03
` },
{ id: 'h2-012', kind: 'discharge summary', text: `
DISCHARGE SUMMARY
Patient Name: {{NAME:Nguyen Thi Lan}}    MRN: {{MRN:700-332-918}}    SSN: {{SSN:531-77-0942}}
Admitted: {{DATE:03.03.25}}    Discharged: {{DATE:03.07.25}}
Discharging physician: {{NAME:Imogen Thackeray}}, MD
Diagnoses: community-acquired pneumonia RLL (J18.1), T2DM with hyperglycemia (E11.65), hypokalemia.
Course: treated with ceftriaxone 1 g IV q24h + azithromycin 500 mg x 3 days, then PO cefpodoxime to complete 7 days.
Blood cx {{DATE:3/3}} no growth at 5 days. Procalcitonin 1.8 -> 0.3. A1c 10.2%. Insulin glargine started 14 units qHS.
Interpreter used (Vietnamese), ID #{{OTHER_ID:LL-50721}}. Son {{NAME:Tran Minh Duc}} will assist with insulin.
Follow-up: PCP Dr. {{NAME:Huong Le}} at {{LOCATION:Asian Health Services}}, {{LOCATION:818 Webster St}}, {{LOCATION:Oakland}} on {{DATE:March 14}} at 10:20 AM.
Diabetes educator phone {{PHONE:510-986-6830}} x 2217.
` },
{ id: 'h2-013', kind: 'neurology telestroke', text: `
TELESTROKE CONSULT (video)
Spoke site: {{LOCATION:Baptist Memorial - Booneville}}     Hub neurologist: {{NAME:Chinonso Eze}}, MD
Pt: {{NAME:Lorraine Tubby}} (Chickasaw), 66F. LKW {{DATE:5/19/2025}} 13:05. Door 14:02, video 14:19.
NIHSS 9: LOC 0, gaze 1, visual 0, facial 2, L arm 3, L leg 2, ataxia 0, sensory 1, language 0, dysarthria 0, neglect 0.
CT head: no hemorrhage, ASPECTS 9. CTA: R M2 occlusion.
BP 176/94 -> labetalol 10 mg IV -> 168/90. Glucose 131. Weight 72 kg (daughter {{NAME:Shonda}} estimate).
Tenecteplase 0.25 mg/kg = 18 mg IV bolus given at 14:41. Transfer for EVT to {{LOCATION:Regional One}} in {{LOCATION:Memphis}} by air, tail number {{VEHICLE:N418MH}}.
Session connection log: hub {{IP:10.42.117.9}}, spoke {{IP:172.16.8.203}}.
` },
{ id: 'h2-014', kind: 'dermatology with photos', text: `
DERMATOLOGY - Mohs surgery note, {{DATE:14-Nov-2024}}
Pt {{NAME:Padraig Fitzgerald}}, 68 y/o, Fitzpatrick I. Referred by Dr. {{NAME:Siobhan Kearney}}.
Lesion: 1.2 x 0.9 cm nodular BCC, L nasal ala (C44.311). Pre-op photo {{PHOTO:IMG_4471_Fitzgerald_nose.jpg}} uploaded.
Stage 1: 4 blocks, positive at 2 o'clock; Stage 2 clear. Final defect 1.8 x 1.5 cm.
Repair: bilobed flap, 5-0 Monocryl deep, 6-0 Prolene cuticular. Post-op photo saved as {{PHOTO:pfitz_postop_20241114.png}}.
Melanoma hx: none. Sun protection SPF 50 reviewed. Return 1 week for suture removal.
` },
{ id: 'h2-015', kind: 'endocrinology MyChart reply', text: `
From: {{NAME:Hana Yoshida}} <{{EMAIL:hana.yoshida77@fastmail.example}}>
Sent: Monday, {{DATE:March 10, 2025}} 9:14 PM
Subject: Dexcom readings + dose question

Hi Dr. {{NAME:Abernathy}}, my sensor (Dexcom G7, serial SN {{DEVICE:4J7K2M9Q}}) keeps reading 250-300 after dinner. Should I take more Humalog? Currently 1 unit:10 g carbs, ISF 1:40, glargine 22 units.

---- Reply ----
Hi {{NAME:Hana}}, thanks for sending. Your TIR is 58% (goal >70%), TBR 1%. Please change dinner ratio to 1:8 and recheck in a week. Upload your readings before your visit on {{DATE:3/27}}.
{{NAME:Graham Abernathy}}, MD | Endocrinology | {{LOCATION:Lakeshore Diabetes Center}}
Clinic line {{PHONE:(312) 555-0189}} | Fax {{FAX:(312) 555-0190}}
` },
{ id: 'h2-016', kind: 'pulmonology sleep study', text: `
POLYSOMNOGRAPHY REPORT - {{LOCATION:Sleep Disorders Center of Middle Tennessee}}
Patient: {{NAME:DeShawn Whitaker}}   DOB: {{DATE:4/30/1981}}   Study date: {{DATE:2/11/2025}}   Study ID: {{OTHER_ID:PSG-25-0331}}
Referring: {{NAME:Maribel Ochoa}}, FNP-C
BMI 38.4. Neck 18 in. Epworth 16/24. STOP-BANG 6.
Total sleep time 382 min, sleep efficiency 84%. AHI 41.2/h (REM AHI 58), ODI 37, SpO2 nadir 79%, T90 14%.
No periodic limb movements (PLMI 3). Sinus rhythm, HR 58-92.
Impression: severe OSA (G47.33). Recommend CPAP titration or APAP 6-16 cm H2O; discuss commercial driver implications (CDL).
Interpreting physician: {{NAME:Lars Eriksen}}, MD, D-ABSM
` },
{ id: 'h2-017', kind: 'infectious disease OPAT', text: `
ID Clinic - OPAT follow-up
{{NAME:Yusuf bin Rashid Al-Harbi}}, 45M, MRN {{MRN:55-00872}}
PICC placed {{DATE:22 Jan 2025}} by IR (R basilic, 4 Fr, 42 cm). Line ID {{DEVICE:PICC-UB-77120-R}}.
MSSA vertebral osteomyelitis T11-12; cefazolin 2 g IV q8h via home infusion ({{LOCATION:Option Care}}), planned through {{DATE:03/05/25}} (6 wks).
Weekly labs: CBC/BMP/ESR/CRP. CRP 112 -> 38 -> 14. ESR 88 -> 52. Cr stable 0.9.
Pain 3/10. No fever. Neuro intact, 5/5 strength LE.
Works as a long-haul trucker; truck VIN {{VEHICLE:1XKYD49X0KJ341177}} per his employer form (returning to work not before completion).
Wife {{NAME:Noura}} can be reached at {{PHONE:+1 602 339 4478}}.
{{NAME:Imani Castellanos-Reyes}}, MD, Infectious Diseases
` },
{ id: 'h2-018', kind: 'rheumatology letter', text: `
{{DATE:April 2, 2025}}

Dr. {{NAME:Oyelaran Babatunde}}
{{LOCATION:Westgate Family Practice}}
{{LOCATION:1120 Harrow Street, Suite 210}}
{{LOCATION:Ann Arbor}}, MI {{LOCATION:48104}}

Re: {{NAME:Kateryna Shevchenko}}, DOB {{DATE:07/16/1976}}

Dear Dr. {{NAME:Babatunde}},
Thank you for referring Mrs. {{NAME:Shevchenko}}, whom I saw today for polyarthralgia. She has symmetric synovitis of MCP 2-3 bilaterally and PIPs, morning stiffness > 1 h. RF 88, anti-CCP > 250, ESR 41, CRP 2.3 mg/dL. DAS28-CRP 5.1. Hand XR: periarticular osteopenia, no erosions.
Diagnosis: seropositive rheumatoid arthritis (M05.79). I have started methotrexate 15 mg weekly with folic acid 1 mg daily, and prednisone 10 mg taper over 6 weeks. Hep B/C and QuantiFERON negative.
I will see her again in 6 weeks. Please call with any questions.

Sincerely,
{{NAME:Henrietta Vasquez-Morrow}}, MD, FACR
{{LOCATION:Huron Valley Rheumatology}} | Tel {{PHONE:734.661.2040}} | Fax {{FAX:734.661.2049}}
` },
];
