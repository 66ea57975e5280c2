// heldout6 notes, part 1: public health and field work. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-001',
    kind: 'public health case investigation (psittacosis)',
    text: `
COUNTY HEALTH DEPARTMENT - REPORTABLE DISEASE CASE INVESTIGATION
Condition: Psittacosis (Chlamydia psittaci), probable
Case #: {{OTHER_ID:CI-25-004417}}   Reported {{DATE:03/11/2025}} by {{LOCATION:Marlow Valley Hospital}} ICP {{NAME:Bettina Aldana}}, RN
Case: {{NAME:KOVACEVIC, Radomir}}   DOB {{DATE:1961-07-30}}   Sex M   Age 63
Res: {{LOCATION:4471 Quail Hollow Rd}}, {{LOCATION:Tumwater}}, WA {{LOCATION:98512}}
Ph: {{PHONE:360-555-0147}} (home)   {{PHONE:(360) 555-0163}} (cell)   Hosp MRN {{MRN:MVH00918372}}
Onset {{DATE:Feb 24}}: fever 39.4 C, dry cough, headache; CXR LLL consolidation. MIF titre 1:256 then 1:1024
(paired sera {{DATE:3/2}} and {{DATE:3/16}}). Doxycycline 100 mg BID x 14 d.
Exposure: keeps 3 cockatiels and 1 budgerigar; bought a sun conure on {{DATE:2/8/2025}} from
{{LOCATION:Feathered Friends Aviary}} in {{LOCATION:Olympia}}. Seller {{NAME:Duane Petrakis}} ({{PHONE:360-555-0119}}) says two
birds from that clutch died in January. Store visit by state veterinarian Dr. {{NAME:Ilse Vanterpool}} on Thursday {{DATE:13 March}}.
Household: wife {{NAME:Snezana}} (61) well; grandson {{NAME:Luka}} visits weekends, no symptoms.
Investigator: {{NAME:Mojisola Oyelaran-Beck}}, MPH  {{EMAIL:moyelaran-beck@cohealth.example.org}}
`,
  },
  {
    id: 'h6-002',
    kind: 'rabies post-exposure prophylaxis card',
    text: `
RABIES PEP DOSE CARD - keep with you, bring to every visit
Name: {{NAME:Harlow J. Pettigrew-Amadi}}   DOB: {{DATE:22.09.1988}}   Chart {{MRN:0077-41-8825}}
Exposure: bat found in bedroom while asleep, Sat {{DATE:Jun 7}}; bat escaped, not tested. Animal Services report {{OTHER_ID:AS-2025-118834}}.
Category III (WHO). Weight 81 kg -> HRIG 20 IU/kg = 1620 IU, infiltrated / remainder IM gluteal.
Day 0  {{DATE:06/09/25}}  HRIG + vaccine 1.0 mL IM L deltoid  lot R9F31  given by {{NAME:TC}}
Day 3  {{DATE:06/12/25}}  vaccine R deltoid  lot R9F31  given by {{NAME:AvH}}
Day 7  {{DATE:06/16/25}}  vaccine L deltoid  lot R9G04  given by {{NAME:TC}}
Day 14 {{DATE:06/23/25}}  ____  (immunocompetent: 4 doses total)
Clinic: {{LOCATION:Eastgate Travel & Immunization}}, {{LOCATION:88 Canal Street, Suite 4}}, {{LOCATION:Lowell}} MA {{LOCATION:01852}}
Questions: {{PHONE:978-555-0132}}. Missed a dose? Call the same day; do not restart the series.
Nurses: {{NAME:Theresa Corcoran}} RN ({{NAME:TC}}), {{NAME:Anouk van Hulst}} RN ({{NAME:AvH}})
`,
  },
  {
    id: 'h6-003',
    kind: 'TB video directly observed therapy log',
    text: `
TB PROGRAM - VIDEO DOT LOG (vDOT)        Client: {{NAME:Tran, Minh Chau}}   TB reg #: {{OTHER_ID:TB25-0391}}
Regimen: 4R (rifampin 600 mg daily), start {{DATE:2025-04-14}}, planned end {{DATE:2025-08-13}}
App account {{NAME:minhchau.tran}}; enrolment link {{URL:https://vdot.example.net/enrol/c/7Q4K-1193}} (expired)
Recorded videos are kept 30 days, then deleted: e.g. {{PHOTO:vdot_0391_20250521_0712.mp4}}

Date         Time    Obs  Result
{{DATE:05/19}}        07:05   {{NAME:rk}}   Swallowed, observed; mild orange urine explained
{{DATE:05/20}}        07:11   {{NAME:rk}}   Swallowed, observed
{{DATE:05/21}}        07:12   {{NAME:jl}}   Swallowed, observed (video file above)
{{DATE:05/22}}        --      --   No video. Text to {{PHONE:(503) 555-0178}} x2; called sister {{NAME:Ngoc Anh}} {{PHONE:(503) 555-0124}}
{{DATE:05/23}}        07:40   {{NAME:rk}}   Swallowed; missed dose {{DATE:5/22}} explained (night shift at the bakery)

Doses due 30, observed 28 (93%). LFTs {{DATE:5/12}} ALT 31, AST 28. Weight 52.3 kg (+0.8).
Observers: {{NAME:Ruth Kagame}} ({{NAME:rk}}), {{NAME:Jae-won Lim}} ({{NAME:jl}}). Nurse case manager: {{NAME:Ofelia Marroquin}}, RN.
`,
  },
  {
    id: 'h6-004',
    kind: 'STI partner services field record',
    text: `
PARTNER SERVICES FIELD RECORD (DIS)      FR# {{OTHER_ID:FR-7712-0458}}     Lot/Interview #: 2 of 3
Original patient (OP): {{NAME:Deshawn}} "{{NAME:Shawn}}" {{NAME:Lockridge}}, 27, interviewed {{DATE:10-Jan-2025}} at {{LOCATION:Riverside Sexual Health Clinic}}
Dx: early latent syphilis, RPR 1:64, treated BPG 2.4 MU IM {{DATE:1/9/25}}.
Partner #1: "{{NAME:Kee}}" (real name unknown), met via app, handle {{NAME:kee_the_barber}}; works at a barber shop on
{{LOCATION:Delmar Blvd}} near the car wash. Black M, ~30, gold front tooth.
Partner #2: {{NAME:Jasmine Oduya}}, DOB approx {{DATE:03/1999}}, {{LOCATION:2210 Hickory Ct Apt 3}}, {{LOCATION:Florissant}}
  ph {{PHONE:314-555-0186}}. Field visit {{DATE:1/14}} 16:20: not home; door hanger left. Visit {{DATE:1/16}}: located,
  referred; tested at clinic {{DATE:1/17}}, RPR NR, treated epidemiologically.
Disposition codes: P#1 = H (unable to locate), P#2 = C (preventive treatment).
DIS: {{NAME:Calvin Strothers}}   Supervisor review {{DATE:01/21/2025}}: {{NAME:G. Wilmot}}
`,
  },
  {
    id: 'h6-005',
    kind: 'syringe services programme encounter',
    text: `
SYRINGE SERVICES PROGRAM - ENCOUNTER (mobile unit, stop 4: {{LOCATION:Dollar Saver lot on Fremont Ave}})
Participant code: {{OTHER_ID:MAJE0482}} (mother's first 2 letters + own first 2 + birth month/year)
Date {{DATE:2025/05/06}}  Staff: {{NAME:Lupe}} / {{NAME:Arliss}}
Supplies: 60 x 1 mL 28G, 10 cookers, 20 cottons, 4 naloxone 4 mg nasal, 5 fentanyl test strips, 2 xylazine strips.
Returned sharps: ~1.5 L container. Wound check: L forearm abscess 2 x 3 cm, no streaking -> referred to wound clinic
at {{LOCATION:Harbor Free Clinic}} Thursday 10:00 (address card given). Naloxone used on a friend last week: yes (x1, revived).
Wants HCV retest; last Ab+ RNA- in 2023. Reach via outreach worker only, no phone.
Counts for report: visits this quarter 3. Narcan reversals reported 1. No names recorded in this programme.
`,
  },
  {
    id: 'h6-006',
    kind: 'childhood lead home investigation',
    text: `
ENVIRONMENTAL PUBLIC HEALTH - ELEVATED BLOOD LEAD HOME INVESTIGATION
Child: {{NAME:Nevaeh Whitlock-Barrios}}   DOB {{DATE:2022-11-02}}   BLL 18 ug/dL venous ({{DATE:04/02/2025}}), cap 21 ({{DATE:3/20}})
Parent/guardian: {{NAME:Marisol Barrios}}  {{PHONE:419-555-0191}}   Medicaid ID {{HEALTH_PLAN:OH8812047763}}
Address inspected: {{LOCATION:1418 Vinewood Ave, Upper}}, {{LOCATION:Toledo}} OH {{LOCATION:43607}} (built 1912, rental)
Owner/landlord: {{NAME:Arvid Sandqvist}}, {{LOCATION:PO Box 3306}}, {{LOCATION:Maumee}} OH {{LOCATION:43537}}  ph {{PHONE:419-555-0102}}
Inspection {{DATE:April 9, 2025}} by {{NAME:Colette Nwachukwu}}, lead risk assessor lic. {{LICENSE:LRA-004471}}
XRF readings: porch rails 6.2 mg/cm2, kitchen window sills 4.8, bedroom door jamb 3.1; dust wipe sill 880 ug/ft2.
Child also stays at grandmother's {{LOCATION:622 Lagrange St}} two days a week (to be inspected {{DATE:4/16}}).
Photos: {{PHOTO:LEAD_1418Vinewood_sill_01.jpg}}, {{PHOTO:LEAD_1418Vinewood_porch_02.jpg}}
Orders issued to owner {{DATE:04/11/2025}}: interim controls within 30 days. Follow-up BLL in 1 month.
`,
  },
  {
    id: 'h6-007',
    kind: 'vaccine adverse event report',
    text: `
VACCINE ADVERSE EVENT REPORT - draft for submission (do not fax PHI to the general line)
Item 1  Patient: {{NAME:Prudence Amankwah}}   Item 2 DOB {{DATE:04/30/1931}}   Item 3 Age {{AGE_OVER_89:94}} (at vaccination: {{AGE_OVER_89:93}})
Item 4  Address: {{LOCATION:Maple Terrace Assisted Living}}, {{LOCATION:77 Orchard Lane, Room 112}}, {{LOCATION:Dover}} DE {{LOCATION:19904}}
Item 5  Phone: {{PHONE:302-555-0155}} (facility nurse station)
Item 8  Vaccinated {{DATE:10/28/2024}} 10:15; onset {{DATE:10/29/2024}} 02:00.
Item 17 Vaccines: RSV (lot 5C2291, dose 1, R deltoid); influenza HD (lot UJ448AA, L deltoid).
Item 18 Description: fever 38.9, confusion, lethargy ~16 h after; CBC WBC 13.2; UA neg; CXR clear. Treated IV fluids,
   acetaminophen 650 mg. Back to baseline by {{DATE:11/1}}. Outcome: recovered. Hospitalised 2 days at {{LOCATION:Silver Lake Hospital}}.
Item 20 Reporter: {{NAME:Fenella Hoxha}}, RN, {{EMAIL:fhoxha@mapleterrace.example.com}}, {{PHONE:302-555-0181}}
Item 26 Prior adverse events: none. Item 27 Medical hx: HFpEF, CKD 3b, osteoarthritis.
Facility record # {{MRN:MT-20188}}   Report ID (assigned after submission): pending
`,
  },
  {
    id: 'h6-008',
    kind: 'mass-casualty incident triage tag log',
    text: `
MCI - TRIAGE TAG TALLY / TREATMENT AREA LOG   Incident: bus rollover, {{LOCATION:I-70 westbound mile 212}}   {{DATE:2025-02-15}}
IC: Battalion 3. Treatment officer: Lt. {{NAME:Gabriela Soto-Henning}}. Transport officer: {{NAME:Ray Dunagan}}.

Tag #        START   Name (if known)              Age  Injuries                          Dest / unit / time
{{OTHER_ID:MT-0041187}}   RED     unknown male (alias TRAUMA 41)  ~40  open femur fx, RR 32             {{LOCATION:Summit Ridge Medical Center}} / M7 / 14:02
{{OTHER_ID:MT-0041188}}   YELLOW  {{NAME:Oksana Hrytsenko}}             34   forearm deformity, GCS 15          {{LOCATION:Eagle Valley Hospital}} / M2 / 14:20
{{OTHER_ID:MT-0041189}}   GREEN   {{NAME:Hrytsenko, Daryna}}            9    abrasions; reunified with mother    same unit as above
{{OTHER_ID:MT-0041190}}   YELLOW  {{NAME:Wendell Abernathy-Cole}}       {{AGE_OVER_89:91}}   hip pain, cannot walk, on apixaban  {{LOCATION:Summit Ridge Medical Center}} / M4 / 14:26
{{OTHER_ID:MT-0041191}}   BLACK   (not named on scene)          ~60  no resp after airway repositioning  ME notified 14:40
{{OTHER_ID:MT-0041192}}   GREEN   {{NAME:Temperance Oyler}}             22   neck pain, ambulatory              bus to {{LOCATION:Frisco}} reunification ctr
Bus company manifest: 38 pax + driver. Driver {{NAME:Lionel Batiste}} (CDL CO {{LICENSE:18-204-7731}}) GREEN, to blood draw.
Bus plate CO {{VEHICLE:7716-BX}}. Totals: RED 4, YELLOW 9, GREEN 24, BLACK 1.
`,
  },
  {
    id: 'h6-009',
    kind: 'MEDEVAC 9-line request and line-of-duty note',
    text: `
9-LINE MEDEVAC REQUEST (training range)        DTG {{DATE:041430ZMAR25}}
L1 Grid: {{LOCATION:14S NA 12345 67890}}   L2 Freq/callsign: 38.90 / WARHORSE 6   L3 Patients: 1A urgent
L4 Special equip: none   L5 1L (litter)   L6 No enemy   L7 Marking: VS-17 panel   L8 US mil   L9 Flat, no obstacles
Casualty: SPC {{NAME:ESPINOZA-TAUFA, Mateo K.}}  DoD ID {{OTHER_ID:1598834412}}  Unit: B Co, 1-41 IN, {{LOCATION:Fort Bliss}}
Injury: heat stroke, core 41.2 C on rectal probe at 14:05, altered; cold-water immersion started, 1 L NS.
Evacuated to {{LOCATION:William Beaumont Army Medical Center}} ({{DATE:04 Mar 2025}}, arr 15:12).

LINE OF DUTY (DA 2173) supporting statement, {{DATE:6 MAR 2025}}:
SM was on duty, 12-mile ruck, WBGT 31 (flag black at 13:30). In line of duty: yes. Misconduct: none.
Commander: CPT {{NAME:Harriet Oyelowo}}. Medical officer: MAJ {{NAME:Dmitri Castellanos}}, MC, {{EMAIL:dmitri.castellanos@medcmd.example.org}}
SM's spouse notified by 1SG {{NAME:Boone}} at {{PHONE:915-555-0138}}. Profile: no PT x 14 d, return via heat clinic.
`,
  },
  {
    id: 'h6-010',
    kind: 'missing patient (elopement) report',
    text: `
CODE GREEN - MISSING PATIENT REPORT (Security incident {{OTHER_ID:SEC-25-06612}})
Patient: {{NAME:Abelard}} "{{NAME:Abe}}" {{NAME:Fontenot}}   MRN {{MRN:3310976}}   Age {{AGE_OVER_89:90}}   Unit 5 West, bed 14
Last seen: Sun {{DATE:3/30/2025}} 21:40 by CNA {{NAME:Keisha Dumont}}, walking toward the east elevators in a blue hospital gown,
grey cardigan and brown slippers. 5'7", ~140 lb, white hair, walks with a stoop, hearing aids. Dementia (MoCA 12/30).
Code called 21:58. Search: all floors, garage, chapel. Camera review: exits via ED ambulance bay 21:51.
Police notified 22:05, {{LOCATION:Lafayette}} PD case {{OTHER_ID:LPD25-031847}}, Officer {{NAME:Broussard}}.
Family: daughter {{NAME:Odile Fontenot-Guidry}} {{PHONE:337-555-0112}}; lives at {{LOCATION:109 Rue Beau Chene}}, {{LOCATION:Broussard}}.
Patient's own car (at home, keys held by daughter): 2009 Buick, LA {{VEHICLE:Y218-447}}.
Found 23:17 at {{LOCATION:Girard Park}} bench by PD, cold (T 35.6), no injuries; returned to unit 23:40. Bed alarm and
wander bracelet {{DEVICE:WG-55-01873}} applied. Photo used for search: {{PHOTO:fontenot_abelard_id.jpg}} (deleted after).
Report: House supervisor {{NAME:Celestine Arceneaux}}, RN.
`,
  },
];
