// heldout4 notes, part 3: infection control, occupational health, forms and letters, utilisation review, pharmacy, safety.
export default [
  {
    id: 'h4-023',
    kind: 'infection prevention contact tracing log',
    text: `
INFECTION PREVENTION - CONTACT TRACING LOG (pertussis exposure)
Index case: {{NAME:Delgado, Marisol}}, MRN {{MRN:PCH-7712093}}, 4 mo, admitted {{DATE:4/02/25}}; B. pertussis PCR positive {{DATE:4/03/25}}.
Exposure window {{DATE:03/30}}-{{DATE:04/03}} (before droplet precautions).
Contact | Role | Exposure | Phone | Action
{{NAME:Dawn Richter}} | RN 4 East | 4 shifts, unmasked during suction | x4471 | azithromycin PEP {{DATE:4/4}}
{{NAME:Keller, Bill}} | RT | NP swab | {{PHONE:555-231-7708}} | Tdap current ({{DATE:Oct 2022}}), PEP offered
{{NAME:april monroe}} | unit clerk | no close contact | - | none
{{NAME:Rosa Delgado}} | mother | household | {{PHONE:(915) 555-0183}} | PEP via PCP; 32 wk pregnant - Tdap given
{{NAME:Javier Delgado}} Sr. | father | household | same | PEP
{{NAME:Hope Villanueva}} | aunt, visitor | 2 h on {{DATE:3/31}} | {{PHONE:915-555-0121}} | letter to {{LOCATION:4120 Montana Ave Apt 3}}, {{LOCATION:El Paso}} {{LOCATION:79903}}
Daycare notified: {{LOCATION:Little Sprouts Learning Center}} (director {{NAME:Faith Onwudiwe}}) - 11 infants, 2 staff.
County report #{{OTHER_ID:EPC-PERT-25-0041}} filed {{DATE:04/04/2025}} by {{NAME:Raymond Ostrowski}}, CIC.
`,
  },
  {
    id: 'h4-024',
    kind: 'occupational health injury report',
    text: `
EMPLOYEE OCCUPATIONAL INJURY REPORT - Employee Health Services
Employer: Tri-County Freight Logistics
Employee: {{NAME:Tobiah Okafor-Lindgren}}   Employee ID {{OTHER_ID:E-0047731}}   SSN {{SSN:412-67-9038}}   DOB {{DATE:08/21/1986}}
CDL {{LICENSE:S530-4471-8822}} (class A)
Injury {{DATE:04/07/2025}} approx. 06:15; reported 07:30.
Location: dock 7, {{LOCATION:2290 Industrial Blvd}}, {{LOCATION:Joliet}}, IL {{LOCATION:60436}}
Mechanism: L hand pinned between trailer door and dock plate while unloading trailer plate {{VEHICLE:P 884 417}}, tractor VIN {{VEHICLE:1XKYD49X8LJ402117}}.
Injury: L ring finger crush, nail bed laceration; X-ray no fracture. Tetanus given (last 2013).
Treatment: digital block, nail bed repair, splint. Ibuprofen 600 mg TID.
Work status: modified duty, no use of L hand x 10 days; no commercial driving until cleared.
Hand-geometry time-clock template {{BIOMETRIC:HG-20931-77}} suspended (cannot badge in with splint).
Supervisor: {{NAME:Mark Szczepanski}}, {{PHONE:815-555-0142}}. OSHA 300: recordable.
Examiner: {{NAME:Priya Venkataraman}}, MD, MPH
`,
  },
  {
    id: 'h4-025',
    kind: "workers' compensation letter",
    text: `
{{LOCATION:Prairie Occupational Medicine}}
{{LOCATION:600 W. Jefferson St, Suite 4}}, {{LOCATION:Joliet}}, IL {{LOCATION:60435}}
Phone {{PHONE:(815) 555-0170}} | Fax {{FAX:(815) 555-0171}}

{{DATE:April 21, 2025}}

Midwest Mutual Casualty - Workers' Compensation Claims
Attn: Ms. {{NAME:Darlene Fitzhugh}}, Claims Adjuster   Via fax: {{FAX:1-888-555-0199}}

RE: Claimant {{NAME:Tobiah Okafor-Lindgren}}; Claim No. {{OTHER_ID:WC-25-0188734}}; DOI {{DATE:4/7/2025}}; SSN {{SSN:412 67 9038}}

Dear Ms. {{NAME:Fitzhugh}},
Mr. {{NAME:Okafor-Lindgren}} was seen in follow-up on {{DATE:April 18}}. The nail bed repair is healing; PIP 0-90 deg, DIP 0-45 deg. He is not yet at maximum medical improvement; I anticipate full duty by {{DATE:May 5, 2025}}. Impairment rating (AMA Guides, 6th ed.) deferred.
Restrictions: no lifting over 10 lb with the L hand; no commercial driving. His assigned unit 42 (plate {{VEHICLE:P 884 417}}) should be reassigned.

Sincerely,
{{NAME:Priya Venkataraman}}, MD, MPH   IL license {{LICENSE:036-118204}}
`,
  },
  {
    id: 'h4-026',
    kind: 'long-term disability attending physician statement',
    text: `
ATTENDING PHYSICIAN STATEMENT - LONG-TERM DISABILITY (Summit Life & Disability Co.)
Part A (claimant): {{NAME:Galloway, Rhiannon J.}}   SSN {{SSN:521-88-0417}}   DOB {{DATE:02/09/1979}}   Claim # {{OTHER_ID:LTD-7730-2291}}
Address {{LOCATION:731 Linden Terrace, Apt 2R}}, {{LOCATION:Hoboken}}, NJ {{LOCATION:07030}}   Phone {{PHONE:201-555-0146}}
Health insurer: BlueHarbor PPO, member ID {{HEALTH_PLAN:BHX904417720}}, group 00718
Direct deposit: routing 021000089, account {{ACCOUNT:4471920385}}
Parking placard on file for vehicle plate {{VEHICLE:G44 8TR}}.
Part B (physician):
Diagnosis: relapsing-remitting multiple sclerosis (G35), EDSS 5.5; major depressive disorder (F33.1), PHQ-9 16.
Symptoms first appeared {{DATE:Oct 2018}}; first treated {{DATE:11/02/2018}}; last visit {{DATE:04/15/2025}}; unable to work since {{DATE:01/20/2025}}.
Objective: 100 m with cane (T25FW 11.8 s), 9HPT 31 s, SDMT 38. MRI {{DATE:12/2024}}: 3 new T2 lesions.
Restrictions: sitting 2 h/day; lifting under 10 lb; driving under 20 min (MFIS 62). Power wheelchair serial {{DEVICE:PWC-Q6-8840271}}.
Physician: {{NAME:Lionel Abernathy-Osei}}, MD   NPI {{OTHER_ID:1487720394}}   NJ license {{LICENSE:25MA09981400}}   Tel {{PHONE:(973) 555-0111}}   Fax {{FAX:(973) 555-0112}}
Signed electronically {{DATE:4/16/2025}} from {{IP:96.242.18.77}}. Upload records at {{URL:https://claims.summitlife.example.com/upload/LTD-7730-2291}}
`,
  },
  {
    id: 'h4-027',
    kind: 'jury duty excuse letter',
    text: `
{{LOCATION:Harmon Street Family Health}}
{{DATE:March 3, 2025}}

Jury Management Office, Superior Court of {{LOCATION:Middlesex County}}

Re: Juror {{NAME:Augustine}} "{{NAME:Gus}}" {{NAME:Papadakis}}; juror no. {{OTHER_ID:J-2025-0771842}}; summons for {{DATE:04/14/2025}}

To whom it may concern,
Mr. {{NAME:Papadakis}}, {{AGE_OVER_89:ninety-one}} years old (DOB {{DATE:Jan. 5, 1934}}), is a patient of this practice. He has bilateral hearing loss with hearing aids, macular degeneration (VA 20/200 OU) and nocturia x4, which make prolonged sitting in court impracticable. I request that he be permanently excused from jury service. His wife {{NAME:Despina}}, who is 88, is his caregiver.
Please contact me at {{PHONE:617-555-0155}} with questions.

{{NAME:Beatrix Holloway}}, MD
`,
  },
  {
    id: 'h4-028',
    kind: 'summer camp health form',
    text: `
{{LOCATION:CAMP WILLOW CREEK}} - CAMPER HEALTH FORM, Session 2: {{DATE:July 6}} - {{DATE:July 19, 2025}}
Camper: {{NAME:Oyelaran, Temitope}} "{{NAME:Tope}}"   DOB {{DATE:2013-11-02}}   Cabin Bluejay 3   Age 11
Parent 1: {{NAME:Babatunde Oyelaran}}, cell {{PHONE:+1 (470) 555-0136}}, {{EMAIL:b.oyelaran@homemail.example.com}}
Parent 2: {{NAME:Funmilayo Oyelaran}}, work {{PHONE:470-555-0130}} ext 212
Authorised pick-up: grandmother {{NAME:Comfort Adebayo}}, grey Toyota Sienna, GA plate {{VEHICLE:RCT 4471}}
Insurance: Peachtree Health HMO, member {{HEALTH_PLAN:PHH-773019982-01}}, group 55120
Allergies: peanut (anaphylaxis 2019) - EpiPen Jr 0.15 mg x2 travels with camper; penicillin (rash).
Conditions: mild intermittent asthma - albuterol 2 puffs q4h PRN. Type 1 diabetes - insulin pump controller serial {{DEVICE:PDM-44-1902773}}, CGM receiver SN {{DEVICE:RX7-0093381}}.
Medical alert bracelet ID {{OTHER_ID:MA-4471-20931}}. Photo for the nurse binder: {{PHOTO:tope_oyelaran_headshot.jpg}}
Physician: {{NAME:Grace Adjei-Brown}}, MD, {{LOCATION:Peachtree Pediatrics}}, {{PHONE:404-555-0188}}. Last physical {{DATE:05/20/2025}}.
Registration: {{URL:https://campwillowcreek.example.org/register/camper/88120?token=Q7XK2}}
`,
  },
  {
    id: 'h4-029',
    kind: 'sports preparticipation physical exam',
    text: `
PREPARTICIPATION PHYSICAL EVALUATION - physical examination form
Name: {{NAME:BRANDT, CHASE}}   Sex M   Age 16   DOB {{DATE:03-14-2009}}   Grade 11   School: {{LOCATION:Eastridge High School}}   Sports: football, wrestling
Height 183 cm  Weight 88 kg  BP 124/78 (R arm)  Pulse 62  Vision R 20/20 L 20/25, uncorrected
Cardiac: no exertional syncope or chest pain; uncle died suddenly at 38 (HCM at autopsy) -> ECG.
ECG: sinus bradycardia 56, early repolarisation, no LVH (international criteria normal).
Exam: no Marfan stigmata (wrist and thumb signs negative). No murmur with Valsalva or squat-to-stand.
MSK: duck walk normal. Apprehension negative. Lachman negative. Beighton 2/9.
Concussion x1 ({{DATE:Oct 2024}}), SCAT6 normal at return to play {{DATE:10/28/2024}}.
Skin: no tinea corporis.
Cleared for all sports without restriction.
Examiner: {{NAME:Ike Nwachukwu}}, DO   Date {{DATE:07-31-2025}}   {{LOCATION:Eastridge Sports Medicine}}, {{PHONE:(614) 555-0127}}
Parent signature: {{NAME:Tamsin Brandt}}
`,
  },
  {
    id: 'h4-030',
    kind: 'utilisation review concurrent review note',
    text: `
UTILIZATION REVIEW - CONCURRENT REVIEW
Reviewer: {{NAME:Colleen McAvoy}}, RN, CCM   {{DATE:04/23/2025}}
Pt {{NAME:Pemberton, Guy A.}}   MRN {{MRN:LOSC-0071183}}   Acct {{ACCOUNT:HA-2025-0412-7730}}   SSN {{SSN:318-40-2277}}
Payer: Heartland Senior Choice (Medicare Advantage), member ID {{HEALTH_PLAN:HSC8840127714}}, auth {{OTHER_ID:AUTH-0411-22981}}
Admit {{DATE:04/19/2025}}, inpatient (2-midnight expectation met). Dx: periprosthetic joint infection L THA (T84.52XA), sepsis.
Criteria (InterQual 2024 Acute Adult): IV vancomycin + cefepime, CRP 212, WBC 16.4, s/p I&D and liner exchange {{DATE:4/20}}. Meets acute level of care, day 4.
Expected LOS 6; GMLOS 5.3 (DRG 463).
Discharge planning: SNF vs home IV antibiotics; PICC placed. Wife {{NAME:Marjorie}} prefers {{LOCATION:Brookside Manor Rehabilitation}}.
Peer-to-peer requested with payer medical director Dr {{NAME:Anton Vasquez-Hale}}; call back {{PHONE:1-800-555-0161}} option 3; clinicals faxed to {{FAX:1-800-555-0162}}.
Next review {{DATE:04/25/2025}}.
`,
  },
  {
    id: 'h4-031',
    kind: 'prior authorisation appeal phone log',
    text: `
PRIOR AUTHORIZATION - APPEAL LOG (specialty pharmacy)
Patient: {{NAME:Abigail Thorsby-Nakamura}} | DOB {{DATE:1990-06-28}} | MRN {{MRN:SP-0044718}}
Drug: adalimumab biosimilar 40 mg/0.4 mL SC q14d. Crohn's disease (K50.012), CDAI 310; failed azathioprine; infliximab antibodies.
Plan: Keystone Unity Health, BIN 610014, PCN KSU, group KSUCOMM, ID {{HEALTH_PLAN:KUH90017734402}}
{{DATE:04/02/2025}} 09:14 called PA line {{PHONE:1-877-555-0114}}, rep {{NAME:Mark}}, ref# {{OTHER_ID:CR-7781-00432}}. Denied: non-preferred product.
{{DATE:04/02/2025}} 09:40 appeal letter + chart notes faxed to {{FAX:1-877-555-0115}} (18 pages), confirmation OK.
{{DATE:04/04}} 15:02 portal shows "in review": {{URL:https://pa.keystoneunity.example.com/case/CR-7781-00432}}
{{DATE:04/08/2025}} 11:30 patient called from {{PHONE:267.555.0192}} asking about the copay programme; info given.
{{DATE:04/09/2025}} 16:45 expedited appeal APPROVED through {{DATE:04/08/2026}}, auth {{OTHER_ID:KU-PA-5591022}}. Sent to {{LOCATION:Lehigh Specialty Pharmacy}} for fill.
Approval letter downloaded from {{IP:73.18.204.119}}.
Logged by {{NAME:wchen3}} ({{NAME:Wendy Chen}}, CPhT)
`,
  },
  {
    id: 'h4-032',
    kind: 'pharmacy admission medication reconciliation',
    text: `
PHARMACY MEDICATION RECONCILIATION - ADMISSION
Pt: {{NAME:ROSENTHAL, MIRIAM}}   {{AGE_OVER_89:92}} y/o F   MRN {{MRN:M-5580341}}   Adm {{DATE:04/11/2025}}   Rm 716-B
Sources: patient (poor historian), son {{NAME:David Rosenthal}} ({{PHONE:914-555-0128}}), fill history from {{LOCATION:Hudson Drugs}} #114 ({{PHONE:914-555-0100}}), PCP list faxed from {{FAX:914-555-0109}}.
1. apixaban 2.5 mg BID (age 80+, wt 54 kg) - continue
2. metoprolol succinate 25 mg daily - continue; hold SBP < 100, HR < 55
3. furosemide 20 mg daily - HELD (AKI, Cr 1.9 from 1.1)
4. donepezil 10 mg qHS - continue
5. oxycodone 5 mg q6h PRN - last filled {{DATE:3/28/25}}, Rx #{{OTHER_ID:RX6619027}}, prescriber Dr. {{NAME:Lowell Ashdown}}, DEA {{LICENSE:BA4471920}}
6. zolpidem 5 mg qHS - recommend stopping (Beers)
7. cyanocobalamin 1000 mcg daily; 8. senna-S 2 tabs qHS
Discrepancy: son says she stopped metoprolol in February; pharmacy shows fills through March.
Allergies: sulfa (hives), codeine (nausea).
Cabinet override 22:14 by {{NAME:K. Ferraro}}, RN, fingerprint template {{BIOMETRIC:FPR-CAB-55102}}.
Pharmacist: {{NAME:Teodora Vukovic}}, PharmD, license #{{LICENSE:044718}}
`,
  },
  {
    id: 'h4-033',
    kind: 'patient safety incident report (fall)',
    text: `
PATIENT SAFETY EVENT REPORT (confidential, quality improvement)
Event {{DATE:04/13/2025}} 03:25   Unit 3 South, room 318   Reporter: {{NAME:Dawn Keefe}}, RN (licence #{{LICENSE:884172}})
Patient: {{NAME:Ostrander, Cornelius}}, {{AGE_OVER_89:97}}, MRN {{MRN:30041882}}
Type: fall with injury. Morse 85; bed alarm on, but bed-exit sensor serial {{DEVICE:BX-2200-71945}} found unplugged.
Description: found on floor beside bed, "going to the bathroom"; 2 cm scalp laceration, GCS 15. Head CT negative.
Notified: Dr. {{NAME:Anil Bhattacharya}} 03:35; daughter {{NAME:Wilhelmina}} "{{NAME:Billie}}" {{NAME:Ostrander}} 04:10 at {{PHONE:(319) 555-0173}}.
Contributing: nocturia, new tamsulosin, sundowning; no sitter available.
Witness: CNA {{NAME:Guy Tremblay}}.
Follow-up: post-fall huddle 07:00; reviewed by manager {{NAME:Mariana Solis}} {{DATE:4/14}}.
`,
  },
];
