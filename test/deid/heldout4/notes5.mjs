// heldout4 notes, part 5: maternal and newborn, adolescent, forensic, child protection, interpreter, refugee, trauma, disability.
export default [
  {
    id: 'h4-045',
    kind: 'prenatal flow record',
    text: `
PRENATAL FLOW RECORD
Patient: {{NAME:Esperanza de la Cruz Ybarra}}   DOB {{DATE:1996-10-02}}   MRN {{MRN:WH-5580917}}   G2P1001
LMP {{DATE:08/20/2024}}   EDD {{DATE:05/27/2025}} (8 wk US)   O neg, antibody screen negative
Texas Medicaid (STAR) ID {{HEALTH_PLAN:518830471}}
Date | GA | Wt kg | BP | Urine P/G | FH | FHR | Pres | Edema | RTC | Init
{{DATE:10/15/24}} | 8w0d | 64.2 | 108/66 | neg/neg | - | 168 | - | 0 | 4w | {{NAME:JMc}}
{{DATE:11/12/24}} | 12w0d | 65.0 | 112/70 | neg/neg | - | 156 | - | 0 | 4w | {{NAME:JMc}}
{{DATE:12/10/24}} | 16w0d | 66.1 | 110/68 | neg/neg | - | 150 | - | 0 | 4w | {{NAME:DR}}
{{DATE:01/21/25}} | 22w6d | 68.4 | 114/72 | neg/tr | 22 | 148 | - | 0 | 4w | {{NAME:JMc}}
{{DATE:03/04/25}} | 28w0d | 70.9 | 118/74 | neg/neg | 28 | 144 | vtx | 1+ | 2w | {{NAME:JMc}}  GCT 128; RhIG 300 mcg
{{DATE:04/15/25}} | 34w0d | 73.6 | 132/84 | tr/neg | 33 | 140 | vtx | 2+ | 1w | {{NAME:AP}}  PIH labs
{{DATE:04/22/25}} | 35w0d | 74.0 | 138/88 | 1+/neg | 34 | 138 | vtx | 2+ | 3d | {{NAME:AP}}  plt 188, AST 24, UPCR 0.4
Birth plan: {{LOCATION:St. Lucia Women's Hospital}}; partner {{NAME:Ramon Ybarra}} {{PHONE:(956) 555-0137}}; doula {{NAME:Trinidad Salas}}.
Initials: {{NAME:JMc}} = {{NAME:Jacqueline McAuliffe}}, CNM; {{NAME:DR}} = {{NAME:Deepa Raman}}, MD; {{NAME:AP}} = {{NAME:April Pettigrew}}, CNM.
`,
  },
  {
    id: 'h4-046',
    kind: 'NICU admission note',
    text: `
NICU ADMISSION H&P
Baby Boy {{NAME:YBARRA}} ("{{NAME:Mateo}}")   MRN {{MRN:WH-5581233}}   Born {{DATE:04/24/2025}} 03:17   Admitted 03:40, bed N-12
Mother: {{NAME:Esperanza de la Cruz Ybarra}}, MRN {{MRN:WH-5580917}}, 28 y, G2P1101.
GA 35w2d. BW 2210 g (18th centile, Fenton), length 44 cm, HC 31 cm.
Delivery: emergency C/S for severe pre-eclampsia/HELLP; MgSO4 18 h; one dose of betamethasone. Clear fluid. Apgars 6 and 8; PPV 45 s, then CPAP 5.
Exam: Ballard 34-36 wk. Subcostal retractions, grunting. AF soft. Ortolani/Barlow negative. Red reflex present.
Glucose 31 -> D10 2 mL/kg, then D10 at 80 mL/kg/d (GIR 5.5). CBC, blood culture, CRP pending.
Resp: CXR mild RDS; bubble CPAP 6, FiO2 0.30; surfactant if FiO2 above 0.40.
ID: ampicillin + gentamicin (EOS calculator 1.2/1000).
Security tag {{DEVICE:HT-55-021877}} on R ankle. Footprint record {{BIOMETRIC:FP-NB-25-04471}}.
Father {{NAME:Ramon Ybarra}} at bedside, {{PHONE:956-555-0137}}.
Attending: {{NAME:Olumide Adesanya}}, MD
`,
  },
  {
    id: 'h4-047',
    kind: 'neonatal discharge summary',
    text: `
NEONATAL DISCHARGE SUMMARY
{{NAME:Mateo Ybarra}}   MRN {{MRN:WH-5581233}}   DOB {{DATE:24 April 2025}}   Discharged {{DATE:8 May 2025}}   LOS 14 d
Weight 2390 g; breast milk fortified to 24 kcal/oz plus breastfeeding 8x/day.
Resolved: RDS (off CPAP day 3), hypoglycaemia, hyperbilirubinaemia (peak TSB 14.2 on day 4, phototherapy 36 h).
Screens: newborn screen kit {{OTHER_ID:TX-NBS-25-7718204}}, collected {{DATE:4/25/2025}} and {{DATE:5/7/2025}} - normal. AABR pass. CCHD pass (98/97). Car seat test 90 min passed.
HepB #1 {{DATE:04/26/2025}} (lot HB8821X). Nirsevimab 50 mg {{DATE:05/07/2025}}.
Security tag {{DEVICE:HT-55-021877}} removed; footprint record {{BIOMETRIC:FP-NB-25-04471}} filed with the birth certificate worksheet (mother SSN {{SSN:457-81-2290}}, father SSN {{SSN:463-20-1178}}).
Newborn Medicaid ID {{HEALTH_PLAN:519004471}} (pending).
Follow-up: Dr. {{NAME:Marguerite Aucoin}}, {{LOCATION:Valle Verde Pediatrics}}, {{LOCATION:3301 N. 10th St}}, {{LOCATION:McAllen}}, TX {{LOCATION:78501}}, {{PHONE:956-555-0101}}, on {{DATE:May 10}} at 09:30.
Parents {{NAME:Esperanza}} and {{NAME:Ramon}}; home {{LOCATION:1412 Calle Azucena}}, {{LOCATION:Pharr}}, TX {{LOCATION:78577}}.
`,
  },
  {
    id: 'h4-048',
    kind: 'adolescent confidential visit',
    text: `
ADOLESCENT MEDICINE - CONFIDENTIAL VISIT (do not release to parent proxy)
Pt: {{NAME:rowan a. beckett-oyelowo}} (goes by "{{NAME:Ro}}", they/them), 16 y, MRN {{MRN:AD-771920}}, DOB {{DATE:9/9/2008}}   Visit {{DATE:4/22/2025}}
Seen alone for HEEADSSS; parent ({{NAME:Dana Beckett}}) in waiting room after first 10 min.
Home: mom and stepdad, "ok mostly". School: grade 11 at {{LOCATION:Lincoln-Ridge Academy}}, B/C grades. Activities: track, drawing.
Substances: vapes nicotine daily, alcohol twice a month. Sexual health: one partner ({{NAME:Skylar}}, 17), condoms "sometimes". PHQ-A 9, ASQ negative. No weapons at home.
Plan: GC/CT NAAT, HIV and syphilis screening; etonogestrel implant placed L arm (lot T220917). NRT patch 14 mg + gum 2 mg.
Confidential contact: own cell {{PHONE:(317) 555-0147}} (texts OK), {{EMAIL:ro.draws.things@teenmail.example.com}}.
Billing: Title X sliding fee, account {{ACCOUNT:TX-0093-44718}}; no EOB to home.
Follow-up {{DATE:5/13/2025}}. Clinician: {{NAME:Noor al-Haddad}}, MD
`,
  },
  {
    id: 'h4-049',
    kind: 'ED forensic (SANE) examination note',
    text: `
ED FORENSIC EXAMINATION - SANE documentation
Patient: {{NAME:Tabitha Merriweather}}   DOB {{DATE:02/14/1999}}   MRN {{MRN:00771204}}   Arrival {{DATE:04/19/2025}} 02:10
Law enforcement: Ofc. {{NAME:Desmond Kraus}}, {{LOCATION:Garfield Heights}} PD; report #{{OTHER_ID:GHPD-25-011872}}
Consents to exam and evidence kit {{OTHER_ID:SAK-OH-2025-04471}}; declines interview tonight.
History (patient's words): "I got into a car outside the bar. He said his name was {{NAME:Trent}}." Black sedan, partial plate {{VEHICLE:JKT-4}}. Her own car, plate {{VEHICLE:HZT 2291}}, is still in the bar lot.
Injuries: 3 x 2 cm ecchymoses L upper arm (fingertip pattern), 4 cm abrasion R knee. Anogenital findings in restricted section.
Photographs: 14 images, {{PHOTO:MERRIWEATHER_0419_001.jpg}} through {{PHOTO:MERRIWEATHER_0419_014.jpg}}, ABFO No. 2 scale.
Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7, metronidazole 2 g, levonorgestrel 1.5 mg, nPEP x28 d.
Advocate: {{NAME:Harmony Blackfeather}} ({{LOCATION:Cuyahoga Rape Crisis Center}}).
Evidence released to Ofc. {{NAME:Kraus}} 06:40. SANE: {{NAME:Leigh-Ann Fortescue}}, RN, SANE-A
`,
  },
  {
    id: 'h4-050',
    kind: 'child protective services referral',
    text: `
CHILD PROTECTIVE SERVICES - MANDATED REPORTER REFERRAL (hospital copy)
Reported {{DATE:04/05/2025}} 16:20 to hotline {{PHONE:1-800-555-0163}}; intake # {{OTHER_ID:CPS-IN-25-0447182}}; worker {{NAME:Yolanda Pritchett}}.
Child: {{NAME:Jaxon Reilly-Sturgis}}, DOB {{DATE:2022-12-01}} (2 y 4 m), MRN {{MRN:PCH-7715502}}, SSN {{SSN:618-22-0475}}
Mother: {{NAME:Kayleigh Sturgis}}, DOB {{DATE:07/19/2001}}, SSN {{SSN:601-31-8872}}, {{PHONE:505.555.0118}}
Mother's boyfriend: {{NAME:Dustin}} "{{NAME:Dusty}}" {{NAME:Kolb}}, in the home; white Ford F-150, plate NM {{VEHICLE:BKT 221}}; profile {{URL:https://social.example.com/dusty.kolb.505}}
Home: {{LOCATION:912 Arroyo Seco Dr SW}}, {{LOCATION:Albuquerque}}, NM {{LOCATION:87121}}
Concern: bilateral posterior rib fractures of different ages, TEN-4-FACESp positive (ear bruising), retinal haemorrhages. History "fell off the couch" inconsistent.
Photos {{PHOTO:REILLY-STURGIS_J_ear_L.jpg}}, {{PHOTO:REILLY-STURGIS_J_torso.jpg}}.
Sibling {{NAME:Nevaeh Sturgis}}, 5, attends {{LOCATION:Little Roadrunners Preschool}}.
Reporter: Dr. {{NAME:Anneliese Korhonen}}, child abuse pediatrics, {{LOCATION:Pueblo Children's Hospital}}, {{PHONE:505-555-0199}}.
`,
  },
  {
    id: 'h4-051',
    kind: 'interpreter-mediated telehealth visit',
    text: `
TELEHEALTH VISIT - INTERPRETER-MEDIATED (video, 3-way)
{{DATE:2025/04/17}} 13:00. Patient at home; clinician at {{LOCATION:Linden Street Community Health Center}}.
Patient: {{NAME:Nguyen Van Thanh}} (family name {{NAME:Nguyen}}), {{AGE_OVER_89:90}} y, MRN {{MRN:LSC-0440193}}, Vietnamese. Identity: voice ID {{BIOMETRIC:VID-LSC-0440193}} + DOB.
Interpreter: {{NAME:Tran Thi Mai}}, ID {{OTHER_ID:VI-20417}}.
Also present: daughter-in-law {{NAME:Pham Bich Ngoc}} (holds the tablet, IP {{IP:24.17.188.203}}).
S: via interpreter, ankle swelling 2 weeks, 3-pillow orthopnoea. Home weight 61 kg (was 58). Uses fish sauce daily.
O: bilateral pitting oedema to mid-shin. Home BP 148/86, HR 92, SpO2 94%.
A/P: HFpEF exacerbation - furosemide 40 mg x 3 days then 20 mg; BMP in 3 days; low-salt teaching with teach-back.
In person on {{DATE:4/24}}, same interpreter requested.
Clinician: {{NAME:Mai-Linh Do}}, NP
`,
  },
  {
    id: 'h4-052',
    kind: 'refugee domestic medical screening',
    text: `
REFUGEE DOMESTIC MEDICAL SCREENING (initial)
{{DATE:02-Apr-2025}}   {{LOCATION:Welcome Bridge Refugee Clinic}}, {{LOCATION:Boise}}, ID
Name: {{NAME:MUGISHA, Esperance}}   DOB {{DATE:01/01/1987}} (assigned)   A-number {{OTHER_ID:A 219 447 183}}   MRN {{MRN:WB-10477}}
Arrived {{DATE:03/18/2025}}; origin DRC; processed from {{LOCATION:Nakivale}} settlement, Uganda.
UNHCR no. {{OTHER_ID:821-00447718}}; iris template {{BIOMETRIC:IRIS-UG-0093-4471}}; DHS fingerprint FIN {{BIOMETRIC:1044718293}}.
Refugee medical assistance ID {{HEALTH_PLAN:RMA7730419}}. SSN card received: {{SSN:778-04-2291}}.
Household: husband {{NAME:Jean-Bosco Habimana}}; children {{NAME:Grace Uwase}} (9) and {{NAME:Divine Ishimwe}} (6).
IGRA positive, CXR normal -> LTBI, 4 months rifampin. Strongyloides IgG positive -> ivermectin 200 mcg/kg x2 d. Hb 10.2, ferritin 6. HIV, HBsAg, syphilis negative.
RHS-15: 14 (positive), referred.
Kinyarwanda interpreter {{NAME:Claudine}} in person. Case manager {{NAME:Faith Okello}} (resettlement agency), {{PHONE:208-555-0144}}.
Overseas exam photo {{PHOTO:IMG_OS_219447183.jpg}}
`,
  },
  {
    id: 'h4-053',
    kind: 'trauma activation H&P (motor vehicle collision)',
    text: `
TRAUMA ACTIVATION - LEVEL 1 - H&P
Arrival {{DATE:04/12/2025}} 22:48 by {{LOCATION:Marion County}} EMS, run #{{OTHER_ID:MC-EMS-25-18822}}. FIN {{ACCOUNT:7730019284}}
Registered as TRAUMA, ZEBRA (temp MRN {{MRN:TZ-009931}}); identified 23:40 by fingerprint match (AFIS ref {{BIOMETRIC:AFIS-IN-25-447182}}) as {{NAME:Dominic Ferrante-Wells}}, DOB {{DATE:11/23/1994}}, MRN {{MRN:00918277}}, IN driver's licence {{LICENSE:6551-02-9482}}.
Mechanism: restrained driver, 2016 Subaru Outback, VIN {{VEHICLE:4S4BSANC0G3204471}}, plate {{VEHICLE:412ZRB}}, T-boned on the driver side by a pickup, plate {{VEHICLE:TK 88A21}}, ~45 mph; 30 cm intrusion; extrication 25 min. +LOC.
Other driver ({{NAME:Carl Beaumont}}) taken to {{LOCATION:Lakeview Methodist Hospital}}.
Primary: airway patent; L breath sounds decreased -> 28F chest tube; HR 128, BP 92/58; FAST positive LUQ; GCS 13 (E3V4M6).
Secondary: L ribs 4-9 fractured (flail), hemothorax, grade IV splenic laceration, L femur shaft fracture.
Plan: OR for splenectomy + ex-fix; MTP 4:4:1; TXA 1 g.
Girlfriend {{NAME:Marisa Oduya}} notified at {{PHONE:317-555-0189}}. SSN {{SSN:309-77-4182}}. Hoosier Health Alliance member {{HEALTH_PLAN:HHA004471920}}.
Scene photo from EMS {{PHOTO:MCEMS_scene_221_0412.jpg}}. Surgeon: {{NAME:Constance Ebbesen}}, MD
`,
  },
  {
    id: 'h4-054',
    kind: 'massive transfusion quick reference (no PHI)',
    text: `
MASSIVE TRANSFUSION PROTOCOL (MTP) - adult quick reference
Activate: ABC score 2 or more, shock index above 1.0, or expected need over 10 units in 24 h.
Cooler 1: 4 RBC : 4 FFP : 1 apheresis platelets. Cooler 2 adds cryoprecipitate 10 units.
TXA 1 g IV over 10 min within 3 h of injury, then 1 g over 8 h.
Targets: SBP 80-90 until haemorrhage control (MAP 80 or more in TBI), Hb above 7, INR below 1.5, fibrinogen above 150 mg/dL, platelets above 50, iCa above 1.1 mmol/L, temperature above 35 C.
Viscoelastic testing after cooler 2. Deactivate by calling the blood bank, ext 4471.
Record cooler and unit numbers on the MTP flowsheet; return unused coolers within 30 minutes.
Version 7, Trauma Services and Transfusion Medicine Committee.
`,
  },
  {
    id: 'h4-055',
    kind: 'social security disability medical source statement',
    text: `
MEDICAL SOURCE STATEMENT - PHYSICAL (Social Security disability claim)
Claimant: {{NAME:Bartholomew Oyinlola-Greer}}   SSN {{SSN:227 90 4418}}   DOB {{DATE:October 3, 1968}}
DDS examiner: {{NAME:Wanda Trujillo}}, case {{OTHER_ID:DDS-NM-25-044718}}; return by fax to {{FAX:(505) 555-0108}}
Treating since {{DATE:06/2019}}; seen every 3 months; most recent {{DATE:03/27/2025}}.
Diagnoses: COPD GOLD 3 (FEV1 41% predicted), chronic respiratory failure on 2 L O2 (home concentrator serial {{DEVICE:HC5-220-0471182}}), obesity BMI 41.
Capacity: lift 10 lb occasionally; stand/walk under 2 h of an 8-h day; sit about 6 h; never ladders; avoid fumes and temperature extremes. Expected to be off task 20% or more; absent over 4 days a month.
Onset of these limits no later than {{DATE:January 2024}}.
{{NAME:Marcus Whitebird}}, MD, {{LOCATION:Sandia Pulmonary Associates}}, {{PHONE:(505) 555-0104}}   Date {{DATE:4/2/2025}}
`,
  },
];
