// train26 notes 2: neuro ICU checks, transfusion record, insulin drip log, restraint observation log, trach/SLP note,
// burn dressing change, OT ADL note, PACU handoff, PCA flowsheet.
export default [
  {
    id: 't26-010',
    kind: 'neuro ICU hourly neuro checks and EVD log',
    text: `
NEURO ICU - NEURO CHECKS q1h   Pt: {{NAME:Khadija Benali-Rousseau}}   MRN {{MRN:4417-0932}}   {{DATE:10/05/26}}
Dx: aSAH, Hunt and Hess 3, modified Fisher 3, ACOM aneurysm coiled {{DATE:10/03}} (Dr {{NAME:Tsiklauri}}, NIR).
Time  GCS(E/V/M)  Pupils R/L (mm, NPi)   Grip R/L  Drift  EVD ICP  Drain ml  Init
0000  3/4/6 =13   3 brisk 4.2 / 3 4.1     5/5       neg    8        6
0100  3/4/6 =13   3 brisk 4.3 / 3 4.0     5/5       neg    9        5
0200  2/4/6 =12   3 brisk 4.1 / 3 3.9     5/4       L      14       11  -> Dr {{NAME:Oyelaran}} paged
0300  3/4/6 =13   3 brisk 4.2 / 3 4.0     5/5       neg    10       7
EVD open at 10 cmH2O above tragus, leveled q1h and w/ position change. CSF blood-tinged, clearing. TCDs: L MCA 142 cm/s, Lindegaard 3.4 (mild vasospasm).
Nimodipine 60 mg via NGT q4h (held 0200 dose for SBP 118 -> gave 30 mg q2h per Neurocritical care). Keppra 500 BID. Na 138, goal >135, 3% NaCl at 30.
No Kernig / Brudzinski assessment (EVD). Headache 4/10, Tylenol + Fioricet.
Husband {{NAME:Youssef}} sleeping in family lounge, mother {{NAME:Fatima Benali}} arriving from {{LOCATION:Tangier}} {{DATE:Oct 7}}.
RN: {{NAME:Gwenllian Hughes}}
Neuro ICU, {{LOCATION:Hopital Notre-Dame}}, {{LOCATION:Montreal}} QC | Ictus {{DATE:10/02/26}} | RAMQ {{HEALTH_PLAN:BENK 7906 5512}}
`,
  },
  {
    id: 't26-011',
    kind: 'blood product transfusion record (two-person check)',
    text: `
TRANSFUSION ADMINISTRATION RECORD   {{DATE:01/27/2026}}   Unit 9 Hem/Onc   Pt {{NAME:Arutyunyan, Gevorg}}  MRN {{MRN:6620413}}
Product: Irradiated, leukoreduced PRBC, A neg. Crossmatch compatible. Consent on chart (signed {{DATE:1/20/26}}).
Bedside check (pt name, DOB, MRN, band, product, ABO/Rh, exp) by {{NAME:Zaneta Kubiak}} RN and {{NAME:Oluwaseun Ajibola}} RN at 1302.
Premed: Tylenol 650 PO, Benadryl 25 IV (hx febrile rxn). 
Vitals  pre 1300: T 36.8  HR 88  BP 112/64  RR 16  SpO2 97%
        15m 1320: T 36.9  HR 90  BP 110/62  RR 16
        end 1545: T 37.2  HR 86  BP 118/66  RR 18
Alaris channel B, 18g PIV L AC, Y-set w/ NS. Rate 75 ml/hr x 15 min then 150. Vol 310 ml.
No chills, urticaria, dyspnea. Post-H/H due 1800.
Hgb 6.8 -> ordered by Dr {{NAME:Soltani}}. Plt 9K - platelets (apheresis) to follow; CMV-neg required.
Brother {{NAME:Armen}} asks about directed donation - referred to blood bank ({{NAME:Pieterse}}, x4410).
{{LOCATION:Glendale Memorial Hospital}}, {{LOCATION:Glendale}} CA | Blood bank fax {{FAX:818-555-0161}}
`,
  },
  {
    id: 't26-012',
    kind: 'IV insulin infusion and glucose protocol log',
    text: `
INSULIN GTT PROTOCOL (DKA)   SICU-4   {{NAME:Kaya, Elif Nur}}   19F   {{DATE:May 12, 2026}}
Started 0215 in ED (Dr {{NAME:Lindgren}}), regular insulin 100u/100ml NS, 0.1 u/kg/hr. Wt 58 kg.
Time  POC BG  Rate u/hr  K     AG   D5/D10   Init
0300  486     5.8        5.3   28   --
0400  402     5.8        4.9   --   --
0500  331     5.8        4.4   24   --
0600  268     5.8        3.9   --   D5 1/2NS {{NAME:Ana}}   KCl 20 mEq/L added
0700  231     4.0        3.7   19   D5 1/2NS {{NAME:Buhle}}
0900  198     3.0        3.6   14   D10
1100  176     2.5        3.8   11   D10  AG closed x2 -> Lantus 14u SC 1105, drip off 1305
Accu-Chek meter: unit-owned. Hypoglycemia protocol (D50 25 g) not needed.
Endocrine consult: Dr {{NAME:Al-Mansouri}}. Diabetes educator {{NAME:Hope Larkspur}} RN to see re: Dexcom G7 and Omnipod 5 restart.
Mother {{NAME:Sevgi}} in waiting room. Pt attends {{LOCATION:Ridgemont High School}}, school nurse to get care plan.
Precipitant: pump site failure + gastroenteritis. Beta-hydroxybutyrate 6.1 -> 0.8.
Printed {{DATE:05/12/2026}} | {{LOCATION:Inova Fairfax Hospital}} SICU | Home: {{LOCATION:Centreville}}, VA | Mother ph {{PHONE:571-555-0135}}
`,
  },
  {
    id: 't26-013',
    kind: 'restraint and constant observation log',
    text: `
RESTRAINT / SAFETY OBSERVATION - q15 min   Med 6E  Rm 14   {{NAME:Moana Faleolo}}   {{DATE:03/09/26}}
Order: Non-violent, soft wrist x2 (L/R) by Dr {{NAME:Bergstrom}} 2215, renew q24h. Reason: pulling NGT and PICC, delirium (CAM +). Alternatives tried: sitter, family, reorient, Seroquel 25.
Time   Behav   Circ/skin  ROM  Fluids  Toilet  Init
2230   agit    ok         --   --      --
2245   agit    ok         --   --      --
2300   calmer  ok         yes  sips    urinal
2315   sleep   ok         --   --      --
0000   sleep   ok         --   --      --
0015   awake   ok L wrist red, padded  yes  --  --
0200   calm    released L trial      --   --      --
0400   calm    both released 0400, tele-sitter (AvaSys) on.
Daughter {{NAME:Salote}} requested call if restraints needed again: {{PHONE:(801) 555-0119}}.
Obs by {{NAME:Rangi Whaanga}} PCA and {{NAME:Jolene Runningwater}} RN.
{{LOCATION:Intermountain Medical Center}}, {{LOCATION:Murray}} UT | Sitter log scanned to media {{DATE:03/10/26}}
`,
  },
  {
    id: 't26-014',
    kind: 'speech-language pathology trach and Passy-Muir note',
    text: `
SLP - SPEAKING VALVE / SWALLOW   {{DATE:2026/02/18}}   LTACH Unit B   Pt: {{NAME:Bogdan Marinescu}}
Trach: Shiley 6 cuffless (changed {{DATE:2/10}} by ENT, Dr {{NAME:Eze}}). Humidified trach collar 28%, 8 L.
Passy-Muir (PMV 007 aqua) trialled x 40 min: SpO2 95-97%, RR 20, no stridor, phonation clear with good volume. Transtracheal pressure 4.
Bedside swallow: ice chips, thin via cup - wet vocal quality after 3rd sip. Nectar (mildly thick, IDDSI 2) no signs. Puree IDDSI 4 ok.
FEES requested (scope clinic, {{DATE:Feb 20}}). Diet: NPO except ice chips + PMV meals supervised. Continue Jevity 1.5 via PEG @ 55.
Spoke w/ wife {{NAME:Ioana}} (speaks Romanian; interpreter {{NAME:Radu}} via phone, ID {{OTHER_ID:RO-44871}}).
RN {{NAME:Faith}} and RT educated: PMV on only with cuff deflated (cuffless here), remove for sleep.
Goals: PMV all waking hours, then capping trial. -- {{NAME:Anjali Raghavan-Kerr}}, MS, CCC-SLP
{{LOCATION:Kindred Hospital Chicago North}} LTACH | ENT clinic fax {{FAX:773-555-0118}}
`,
  },
  {
    id: 't26-015',
    kind: 'burn unit dressing change note',
    text: `
BURN CENTER - DRESSING CHANGE (tubbing)   {{DATE:12.06.2026}}   Pt {{NAME:Oyunchimeg Batbayar}}  MRN {{MRN:B-229013}}
TBSA 18% (partial + full thickness), flame, R arm/chest/neck. Day 6 post-burn. Premed: Ketamine 20 mg IV + Fentanyl 50 mcg by Dr. {{NAME:Kuznetsov}}.
Hydrotherapy cart, Hibiclens wash. Chest: pink, blanching, small blisters debrided. R forearm: white leathery, non-blanching - excision and STSG planned {{DATE:14.06}} (Dr {{NAME:Kuznetsov}}).
Applied: Silvadene to R arm, Mepitel + Acticoat Flex to chest, Xeroform to donor-site-to-be L thigh (none yet), Kerlix + Coban. Elevated on pillows, splint (Orthoplast) R hand intrinsic-plus.
Escharotomy sites R arm intact, pulses doppler +. Compartment soft.
Photos: {{PHOTO:burn_R_arm_d6_01.png}} {{PHOTO:burn_chest_d6_02.png}} uploaded to burn registry.
Pain: CPOT 3 during, 1 after. Nutrition: Impact Peptide 1.5 @ 70, Oxandrolone considered.
Husband {{NAME:Ganbold}} (speaks Mongolian, some English) updated with interpreter; pt lived in {{LOCATION:Bayanzurkh}} district before emigrating, now {{LOCATION:Arlington}}, VA.
RN {{NAME:Temperance Adjei}}
{{LOCATION:Harborview Medical Center}} Burn Unit, {{LOCATION:Seattle}} WA | Burn date {{DATE:06/06/2026}}
`,
  },
  {
    id: 't26-016',
    kind: 'occupational therapy ADL treatment note',
    text: `
OT TREATMENT  {{DATE:7/30/26}}  45 min   Pt: {{NAME:Summer Oyelowo-Banks}}   Rm 3N-318   Dx: R MCA CVA, L hemiparesis
Seen with PT for co-treat. Pt on 2L NC, tele.
ADLs: Grooming seated at sink min A (L inattention, cues to scan left). UB dressing mod A, LB dressing max A with reacher/sock aid. Toilet transfer via Sara Stedy, mod A x1.
UE: L shoulder subluxation 1 finger-breadth, GivMohr sling donned. L hand Brunnstrom stage 2. MAS 1+ L elbow flexors.
Cognition: MoCA 19/30, SLUMS not done. Line bisection test positive L neglect. Rancho not applicable.
Education to mother {{NAME:Comfort}} re: positioning L arm on pillow, approach from L.
Recommend inpatient rehab - referral to {{LOCATION:Shepherd Center}} and {{LOCATION:Emory Rehab}} sent by CM {{NAME:Tamsin}}.
Next: mirror therapy, NMES (Bioness) trial. -- {{NAME:Kalani Akana}}, OTR/L
{{LOCATION:Grady Memorial Hospital}}, {{LOCATION:Atlanta}} GA | Stroke onset {{DATE:7/26/26}} | Mother ph {{PHONE:404-555-0122}}
`,
  },
  {
    id: 't26-017',
    kind: 'PACU nursing handoff record',
    text: `
PACU HANDOFF   OR 7 -> PACU bay 11   {{DATE:09-14-2026}}
Pt {{NAME:Ferreira da Silva, Joao Paulo}}  MRN {{MRN:2218860}}  Procedure: lap chole (Dr {{NAME:Adebayo-Nwosu}}), converted? no. Murphy sign was + pre-op.
Anesthesia: GA/ETT, extubated in OR. Dr {{NAME:Lindholm}} (anes) / CRNA {{NAME:Beatriz}}. Meds: Propofol, Roc (reversed Sugammadex 200), Fentanyl 150 total, Decadron 8, Zofran 4 @ end.
EBL 20. IVF LR 1100. UO none (no Foley, voided pre-op). Drains: none. Incisions x4 Dermabond.
Aldrete 8 on arrival -> 10 at 1150. PONV: Scopolamine patch placed pre-op. Pain 7/10 -> Dilaudid 0.4 mg x2 -> 3/10.
Bair Hugger for T 35.9 -> 36.6. SpO2 93% RA -> 2L NC -> weaned.
Ride home: wife {{NAME:Luciana}} {{PHONE:(617) 555-0133}}. Discharge per phase II. Follow-up clinic {{DATE:9/28}}.
Handoff given by CRNA to PACU RN {{NAME:Oksana}}.
{{LOCATION:Beth Israel Deaconess Medical Center}} PACU | Home {{LOCATION:Framingham}}, MA | Case {{OTHER_ID:OR26-0914-07}}
`,
  },
  {
    id: 't26-018',
    kind: 'PCA and epidural flowsheet',
    text: `
PCA / EPIDURAL MONITORING  Surg 7W  {{NAME:Olamide Fashola}}  POD 1 ex-lap  {{DATE:Mar 22}}
PCA: Hydromorphone 0.2 mg/ml, demand 0.2 mg, lockout 10 min, no basal, 4h limit 3 mg. Pump CADD-Solis (hospital asset).
Epidural (thoracic T9-10, Dr {{NAME:Varga}}): Bupivacaine 0.1% + Fentanyl 2 mcg/ml @ 8 ml/hr. Site clean, catheter 10 cm at skin.
Time  Pain  Sed(POSS)  RR  SpO2  Attempts/Del  Block level  Bromage  Init
0800  4     1          16  96    12/9          T6-L1        0
1200  3     1          14  95    8/6           T6-L1        0
1600  6     2          12  93    20/12         T8-T12       0   -> Acute Pain Service (Dr {{NAME:Varga}}) notified, EtCO2 capnography on
2000  3     1          16  97    6/5           T6-L2        1
Narcan at bedside. Toradol 15 IV q6h. Gabapentin 300 TID. Lidocaine patch.
Syringe waste witnessed x2 RN: 12 ml wasted in Cactus sink.
Primary RN {{NAME:Chidera Stanislaus}}
Flowsheet from {{LOCATION:Jackson Memorial Hospital}}, {{LOCATION:Miami}}
`,
  },
];
