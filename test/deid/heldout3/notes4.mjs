// heldout3 notes 049-064. Gold marks: {{TYPE:value}}. Written blind (see README.md).
export default [
  {
    id: 'h3-049',
    kind: 'patient access registration',
    text: `
PATIENT ACCESS - REGISTRATION NOTE   {{DATE:03/11/2025}} 07:58   Reg clerk: {{NAME:aokonkwo}}
Pt {{NAME:Lorenzo Bellafiore}} presented for outpatient MRI. Identity verified with NJ driver license {{LICENSE:B4417 60219 08812}} and palm-vein scan (template {{BIOMETRIC:PV-88201-7743}}); photo ID image saved {{PHOTO:REG_BELLAFIORE_ID_front.png}}.
SSN on file {{SSN:157-44-2086}} confirmed. Hospital account (HAR) {{ACCOUNT:5100448127}} created, financial class commercial, Horizon member {{HEALTH_PLAN:3HZN88120447}}.
Emergency contact: brother {{NAME:Gianni Bellafiore}}, {{PHONE:201-555-0179}}.
Kiosk re-enrollment: previous palm template {{BIOMETRIC:PV-40017-2210}} retired (poor quality).
Pt signed NPP acknowledgement.
`,
  },
  {
    id: 'h3-050',
    kind: 'ED physician note MVC',
    text: `
ED PROVIDER NOTE
HPI: {{NAME:Destiny Broussard}} is a 19 y.o. F, restrained driver in a T-bone MVC at ~35 mph at the intersection of {{LOCATION:Airline Hwy}} and {{LOCATION:Florida Blvd}} ({{LOCATION:Baton Rouge}}) at 17:20. Airbags deployed. Her car (Honda Civic, plate LA {{VEHICLE:412 FRN}}) was struck on the driver side by a pickup (plate {{VEHICLE:ZNT 880}}) whose driver fled. BRPD report {{OTHER_ID:25-0044712}}.
Complains of L chest wall and L hip pain. GCS 15. Seatbelt sign absent.
Exam: L lateral chest wall tender, no crepitus. Pelvis stable. FAST negative. 5/5 strength all extremities.
Imaging: CXR - non-displaced L 6th rib fx. CT A/P neg. Hip XR neg.
Dispo: home with incentive spirometer, lidocaine patch, ibuprofen. Mother {{NAME:Renee Broussard}} at bedside.
{{NAME:Alistair McTavish}}, MD   {{DATE:03/08/2025}} 21:05
`,
  },
  {
    id: 'h3-051',
    kind: 'EMS run report',
    text: `
PATIENT CARE REPORT   Incident {{OTHER_ID:CCFD-25-018834}}   {{DATE:02/15/2025}}
Dispatched 06:12 for fall; on scene 06:21 at {{LOCATION:1890 Lakeshore Terrace, Apt 1402}}, {{LOCATION:Evanston}}.
Pt {{NAME:Ruth-Ann Glickstein}}, {{AGE_OVER_89:96}} F, found on floor by building staff ({{NAME:Oscar}}), down est. 6 h. A&O x3. C/o R hip pain; R leg shortened, externally rotated.
Vitals: BP 104/60, HR 112 irregular, RR 20, SpO2 94% RA, BGL 118. 12-lead: AF RVR.
Tx: traction splint not used; vacuum mattress, fentanyl 25 mcg IV x2, NS 250 mL.
Transported to {{LOCATION:NorthShore Evanston Hospital}}, ETA 06:54. Pt's car (VIN {{VEHICLE:1HGCM82633A004352}}) remains in garage space 14; keys given to son {{NAME:Martin Glickstein}} by phone {{PHONE:847-555-0155}}.
Crew: {{NAME:J. Oduya}}, EMT-P; {{NAME:C. Marsh}}, EMT-B
`,
  },
  {
    id: 'h3-052',
    kind: 'hospice visit',
    text: `
HOSPICE RN VISIT   {{DATE:Feb 3, 2025}}
Pt {{NAME:Eulalie Fontenot}}, {{AGE_OVER_89:ninety-six}}, end-stage dementia (FAST 7c), at her daughter's home on {{LOCATION:Bayou Teche Rd}}, {{LOCATION:Breaux Bridge}}.
PPS 20%. Sleeping 20+ h/day. Taking sips only. Mottling to knees. Resp 24 with 10-15 s apneas.
Comfort kit: morphine 5 mg SL q1h prn (2 doses in 24 h), lorazepam 0.5 mg prn, atropine drops for secretions - started today.
Family: daughter {{NAME:Claudette Guidry}} is primary caregiver; grandson {{NAME:Beau}} driving in from {{LOCATION:Lafayette}}. Chaplain Fr. {{NAME:Anselm}} visited. 
Family updates posted at {{URL:https://carepages.example.net/eulalie-fontenot}}. Discussed signs of active dying. On-call number reviewed. Next visit {{DATE:2/4}} or prn.
{{NAME:Vivienne Thibodeaux}}, RN, CHPN
`,
  },
  {
    id: 'h3-053',
    kind: 'geriatric assessment',
    text: `
COMPREHENSIVE GERIATRIC ASSESSMENT   {{DATE:14 January 2025}}
{{NAME:Ambrose Kettleworth}}, 89-year-old retired machinist, with his wife {{NAME:Opal}} (88). Referred for falls (3 in 6 months).
Function: Katz 5/6 (needs help bathing), Lawton 4/8. TUG 19 s. Gait slow, wide-based; Romberg negative.
Cognition: MoCA 22/30 (-3 delayed recall, -2 visuospatial, -1 fluency, -2 serial 7s). GDS-15 = 4.
Meds: 11 (Beers: diphenhydramine, glyburide). Orthostatic: 138/76 -> 112/64 standing.
Family history: mother lived to {{AGE_OVER_89:103}}; older brother {{NAME:Clement}} died at {{AGE_OVER_89:91}}; sister {{NAME:Mabel}} is {{AGE_OVER_89:94}} and in a care home in {{LOCATION:Duluth}}.
Plan: stop diphenhydramine and glyburide; PT for gait/balance; home safety eval; vitamin D 1000 IU.
{{NAME:Henrietta Osei}}, MD, Geriatrics
`,
  },
  {
    id: 'h3-054',
    kind: 'SNF transfer form',
    text: `
INTER-FACILITY TRANSFER FORM
From: {{LOCATION:Saint Columba Medical Center}}, 5 South   To: {{LOCATION:Evergreen Terrace Skilled Nursing}}, {{LOCATION:Olympia}}
Resident: {{NAME:HIGASHI, Fumiko}}   DOB {{DATE:1932-08-19}}   Age {{AGE_OVER_89:92}}
SSN {{SSN:539-18-7402}}   Medicare {{HEALTH_PLAN:4KP1-MX3-RT87}}   Medicaid (Apple Health) {{HEALTH_PLAN:108844291WA}}
Transfer date {{DATE:02/27/2025}}   Reason: rehab after L hip hemiarthroplasty {{DATE:02/21/2025}}
Weight-bearing: WBAT. Posterior hip precautions. Braden 15, Morse 55.
Code: DNR/POLST on file. Language: Japanese; son {{NAME:Kenji Higashi}} (POA) {{PHONE:360-555-0112}}.
Discharge account {{ACCOUNT:SCM-88204417}}.  Sending RN {{NAME:Maren Solheim}}; report called to {{NAME:Tavita}} RN at 14:10.
`,
  },
  {
    id: 'h3-055',
    kind: 'medication reconciliation',
    text: `
MEDICATION RECONCILIATION - ADMISSION   {{NAME:Prudence Ashworth-Kane}}   {{DATE:03/02/2025}}
Home med                     Dose/route/freq           Last dose           Action
Apixaban                     5 mg PO BID               {{DATE:3/1}} 20:00         HOLD (procedure)
Metoprolol succinate         50 mg PO daily            {{DATE:3/2}} 08:00         Continue
Sertraline                   100 mg PO daily           {{DATE:3/2}} 08:00         Continue
Levothyroxine                88 mcg PO daily           {{DATE:3/2}} 06:00         Continue
Vitamin B12                  1000 mcg PO daily         unknown             Continue
Source: pt, pharmacy fill history ({{LOCATION:Kroger Pharmacy}} on {{LOCATION:Hamilton Ave}}), husband {{NAME:Wendell}}.
Reconciled by {{NAME:Farid Ghorbani}}, PharmD. Allergies: sulfa (hives), codeine (N/V).
`,
  },
  {
    id: 'h3-056',
    kind: 'EHR access audit log',
    text: `
PRIVACY OFFICE - ACCESS AUDIT (chart of {{NAME:Vanessa Quarterman}}, MRN {{MRN:20551873}}), requested {{DATE:03/10/2025}}
timestamp            user        role        workstation / IP      action
{{DATE:2025-03-01}} 08:14:22  {{NAME:kpatel4}}     RN          {{IP:10.22.4.118}}           view flowsheet
{{DATE:2025-03-01}} 09:02:51  {{NAME:rmorrison}}   MD          {{IP:10.22.4.201}}           sign note
{{DATE:2025-03-02}} 23:47:10  {{NAME:bquarterman}} PCT (ED)    {{IP:10.31.9.57}}            view results  ** flagged: same surname
{{DATE:2025-03-03}} 02:03:39  {{NAME:bquarterman}} PCT (ED)    {{IP:10.31.9.57}}            print face sheet
{{DATE:2025-03-04}} 14:30:05  vpn-remote  external    {{IP:203.0.113.198}}          view notes (portal proxy)
Finding: user {{NAME:B. Quarterman}} (patient's sister-in-law) accessed without treatment relationship. Referred to HR {{DATE:3/11/2025}}. Investigator {{NAME:Colette Ambrose}}, CHPC.
`,
  },
  {
    id: 'h3-057',
    kind: 'care coordination email chain',
    text: `
From: {{NAME:Imogen Starling}} <{{EMAIL:istarling@valleycare.example.org}}>
To: {{NAME:Kofi Mensah}} <{{EMAIL:kmensah@hopehouse.example.org}}>
Date: Wed, {{DATE:5 Mar 2025}} 16:22
Subject: RE: bed for Mr {{NAME:Dobrev}}

{{NAME:Kofi}} - thanks. {{NAME:Plamen Dobrev}} (DOB {{DATE:1958-07-30}}) is medically ready Friday {{DATE:3/7}}. He will need his insulin pen and CGM supplies; his reader serial is {{DEVICE:FSL3-0MQX9924}}. Attached: face sheet and wound photo {{PHOTO:dobrev_sacrum_0305.png}}. His sister {{NAME:Radka}} ({{PHONE:971-555-0183}}) will bring clothes.

> From: {{NAME:Kofi Mensah}}
> We have one respite bed at {{LOCATION:Hope House}}, {{LOCATION:2216 NE Killingsworth St}}, {{LOCATION:Portland}}. Intake form at {{URL:https://hopehouse.example.org/intake?ref=VC-0305}}. Fax records to {{FAX:503-555-0119}}.

{{NAME:Imogen Starling}}, MSW | {{LOCATION:Valley Care Medical Center}} | {{PHONE:503-555-0171}}
`,
  },
  {
    id: 'h3-058',
    kind: 'genetics pedigree summary',
    text: `
CANCER GENETICS CONSULT   {{DATE:Jan 28 2025}}
Proband: {{NAME:Shoshana Kaplan-Reyes}}, 41F, breast cancer dx at 39 (ER+/HER2-).
Pedigree (three generations):
- Mother {{NAME:Miriam Kaplan}}, ovarian ca at 52, died 58.
- Maternal grandmother {{NAME:Esther Rosenbaum}}, alive at {{AGE_OVER_89:93}}, no cancer.
- Maternal great-aunt {{NAME:Rivka}}, breast ca at 45, died at {{AGE_OVER_89:90}}.
- Father {{NAME:Hector Reyes}}, 70, prostate ca Gleason 3+4 at 66.
- Paternal grandfather died at 89 of stroke.
- Sister {{NAME:Talia}}, 38, unaffected; brother {{NAME:Ari}}, 35.
Ashkenazi Jewish ancestry on maternal side. NCCN criteria met. Multigene panel sent to the in-house lab, kit {{OTHER_ID:GX-2025-00418}}.
Counselor: {{NAME:Perpetua Adjei}}, MS, CGC
`,
  },
  {
    id: 'h3-059',
    kind: 'transplant evaluation',
    text: `
KIDNEY TRANSPLANT EVALUATION - SOCIAL/FINANCIAL
Candidate: {{NAME:Marisol Ibarra-Quintero}}   DOB {{DATE:11/03/1975}}   MRN {{MRN:TX-8841092}}
UNOS candidate ID {{OTHER_ID:MXR7704}}   Listing date {{DATE:02/12/2025}}
SSN {{SSN:619-22-4871}} (for SRTR reporting). Coverage: Medicare ESRD {{HEALTH_PLAN:9RD4-HG2-MN53}} + employer plan.
Transplant account {{ACCOUNT:TXA-20250212-041}} opened for evaluation charges.
Living donor: sister {{NAME:Araceli Ibarra}}, 44, in {{LOCATION:Yuma}}; donor SSN {{SSN:600-31-5528}} used for separate donor chart.
Support: husband {{NAME:Joaquin Quintero}} works for the school district; 2 children (ages 12 and 15).
Transportation: own car; lives 2.5 h from center.
{{NAME:Beatrix Lowenthal}}, LCSW
`,
  },
  {
    id: 'h3-060',
    kind: 'immunisation record',
    text: `
IMMUNIZATION HISTORY - printed {{DATE:03/05/2025}}
{{NAME:Akosua Boateng}}   DOB {{DATE:07/19/2016}}   State registry ID {{OTHER_ID:IIS-33017829}}
Vaccine           Date         Dose  Lot         Mfr   Site   Given by
DTaP-IPV          {{DATE:08/02/2020}}   5     U7739AA     SKB   L delt  {{NAME:M. Ferreira}}, LPN
MMRV              {{DATE:08/02/2020}}   2     Y014422     MSD   R thigh {{NAME:M. Ferreira}}, LPN
Influenza (IIV4)  {{DATE:10/14/2024}}   -     3CA92K1     SEQ   L delt  {{NAME:K. Tanaka-Ruiz}}, RN
COVID-19 (2024-25) {{DATE:10/14/2024}}   1     FN0719      PFR   R delt  {{NAME:K. Tanaka-Ruiz}}, RN
Tdap              due at 11-12 years.  HPV series due at 11 years.
Exemptions: none. School: {{LOCATION:Cedar Ridge Elementary}}.
`,
  },
  {
    id: 'h3-061',
    kind: 'VA clinic note',
    text: `
VA PRIMARY CARE - PACT TEAM 3   {{DATE:02/19/2025}}
Veteran: {{NAME:Clarence W. Beauchamp}}   SSN {{SSN:254-67-1093}}   DoD ID {{OTHER_ID:1048873322}}
{{AGE_OVER_89:91}} y/o Korean War-era Army veteran, 70% SC (hearing loss, tinnitus, PTSD). Lives with wife {{NAME:Lorraine}} in {{LOCATION:Macon}}.
PTSD: PCL-5 = 31, stable on sertraline 100 mg. Nightmares 1-2/week. Declines prazosin.
Falls: none. Uses rollator and VA-issued power scooter (serial {{DEVICE:PWC-558019-GA}}).
BP 134/72. Cr 1.4 (baseline). K 4.6.
VBA claim {{OTHER_ID:C-26 118 443}} for increased rating pending; C&P exam scheduled {{DATE:March 14}}.
{{NAME:Yvonne Abernathy-Cho}}, NP
`,
  },
  {
    id: 'h3-062',
    kind: 'correctional health note',
    text: `
CORRECTIONAL HEALTH SERVICES - SICK CALL   {{LOCATION:Riverbend Correctional Facility}}
Inmate: {{NAME:Dushane Crowder}}   DOC # {{OTHER_ID:A-771903}}   SSN {{SSN:418-26-3390}}   Housing: C-pod, cell 214
Date {{DATE:02/22/2025}} 09:40
S: "My sugar's been high." Reports polyuria, blurry vision x 1 wk. Commissary: honey buns daily.
O: BG 342 (fingerstick), BP 150/96, HR 92. Ketones neg. A1c 11.2%.
A/P: T2DM uncontrolled. Increase metformin to 1000 mg BID; start glargine 10 u qHS, titrate per protocol. Diabetic diet order. Chronic care clinic in 2 weeks.
Mother {{NAME:Lorraine Crowder}} called ({{PHONE:601-555-0186}}); release of information not on file - no info given.
{{NAME:Esme Varga}}, PA-C
`,
  },
  {
    id: 'h3-063',
    kind: 'school nurse note',
    text: `
SCHOOL HEALTH OFFICE - {{LOCATION:Westbrook Middle School}}
Student: {{NAME:Grace Whitlock-Oduya}}   Gr 7   Date {{DATE:3/3/25}}   Time in 10:12
Reason: asthma symptoms after PE (mile run). Wheeze bilaterally, RR 28, speaking in short sentences, SpO2 95%.
Action: albuterol MDI 4 puffs via spacer per action plan (on file since {{DATE:Aug 2024}}); reassessed 10:32: RR 18, no wheeze, peak flow 310 -> 380 (personal best 400).
Parent notified: mom {{NAME:Chidinma Oduya}} {{PHONE:919-555-0106}}; she will pick up at 12:00. Remained in office until pickup.
Reminder sent to Dr. {{NAME:Feldstein}} about controller therapy.
{{NAME:Noreen Pasquale}}, BSN, NCSN
`,
  },
  {
    id: 'h3-064',
    kind: 'order set template (no PHI)',
    text: `
ORDER SET: DKA - ADULT (v2024.2)
[ ] Admit to ICU / stepdown per severity (pH < 7.0 or GCS < 12 -> ICU)
[ ] Labs: BMP q2h x 3 then q4h; VBG q2h; beta-hydroxybutyrate q4h; phosphate, Mg q6h
[ ] IV fluids: 0.9% NaCl 1 L/h x 1-2 h, then 250-500 mL/h; add D5 when glucose < 250 mg/dL
[ ] Insulin regular infusion 0.1 units/kg/h (no bolus); target fall 50-75 mg/dL/h
[ ] Potassium: K < 3.3 - hold insulin, give KCl 20-40 mEq/h; K 3.3-5.2 - add 20-30 mEq per L; K > 5.2 - none, recheck q2h
[ ] Bicarbonate only if pH < 6.9: 100 mEq in 400 mL over 2 h
[ ] Transition to SC when AG < 12 x2, overlap 2 h
References: ADA consensus 2024; Kitabchi criteria. Contact: endocrine fellow pager 3371, ext 4402.
Room 5, bed 2 used for training scenario only.
`,
  },
];
