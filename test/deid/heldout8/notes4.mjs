// heldout8 notes 4: fitness for duty, occupational, military, veterans and prison health (h8-031..040).
export default [
  {
    id: 'h8-031',
    kind: 'firefighter fitness-for-duty',
    text: `
NFPA 1582 ANNUAL MEDICAL EVALUATION - FITNESS FOR DUTY DETERMINATION (to Fire Chief, employer copy: no diagnoses)
Member: FF/Paramedic {{NAME:Tyrell Okonjo-Baptiste}}   Dept: {{LOCATION:Lakewood}} Fire Department, Station 6   Employee no. {{OTHER_ID:LFD-20417}}
SSN (last 4): {{SSN:8821}}   DOB {{DATE:10/05/1984}}   Exam date {{DATE:03/17/2025}}
Components: audiogram (STS none), spirometry FEV1 94% pred, treadmill 14.2 METs (Bruce 12:40), SCBA fit test pass (mask size M, facepiece SN {{DEVICE:G1-FP-5520871}}).
Determination: [X] Meets NFPA 1582 Category A requirements, no restrictions.   [ ] Temporary restriction until ____
Note to member only: LDL 171, start statin discussion with PCP Dr {{NAME:Valeria Santangelo}}.
Examining physician: Dr {{NAME:Neil Hartigan}}, Colorado licence {{LICENSE:DR.0061482}}, {{LOCATION:Front Range Occupational Medicine}}, {{LOCATION:2050 S Oneida St, Suite 300}},
{{LOCATION:Denver}}, CO {{LOCATION:80224}}. Faxed to Battalion Chief {{NAME:Renee Castellaw}} at {{FAX:303-555-0187}} on {{DATE:03/18/2025}}.
`,
  },
  {
    id: 'h8-032',
    kind: 'police fitness-for-duty psychological evaluation',
    text: `
CONFIDENTIAL - PSYCHOLOGICAL FITNESS-FOR-DUTY EVALUATION - SUMMARY OF OPINION
Referring agency: {{LOCATION:Harlow County}} Sheriff's Office, Undersheriff {{NAME:D. Mahoney}}
Examinee: Deputy {{NAME:Kristoffer Aalund}}, badge 2214, DOB {{DATE:February 2, 1990}}
Referral question: fitness after officer-involved shooting on {{DATE:January 9, 2025}} at {{LOCATION:Pine Hollow Trailhead}}; on administrative leave since.
Sources: interview {{DATE:Feb 20}} and {{DATE:Feb 27}} (4.5 h), MMPI-3, PAI, PCL-5 (31), records of EAP counsellor Ms. {{NAME:Lydia Ferreira-Watts}}, LPC.
Opinion: Fit for duty with accommodations (no night patrol x 60 days; continue therapy). Not a diagnosis for the employer.
Evaluator: {{NAME:Simone Achebe-Lindqvist}}, PhD, ABPP, Psychologist licence {{LICENSE:PSY 22871}}, tel {{PHONE:(541) 555-0133}}.
Deputy's personal vehicle (take-home car returned): OR plate {{VEHICLE:418 KMB}}. Firearm returned to range master Sgt. {{NAME:Cole Devereaux}}.
`,
  },
  {
    id: 'h8-033',
    kind: 'respirator medical clearance',
    text: `
OSHA RESPIRATOR MEDICAL EVALUATION (29 CFR 1910.134 App. C) - PLHCP WRITTEN OPINION
Employer: Ridgeline Composites   Work site: {{LOCATION:Plant 2, 8800 Industrial Pkwy}}, {{LOCATION:Elkhart}}, IN {{LOCATION:46516}}
Employee: {{NAME:Maribel Ocampo-Ruiz}}   Employee ID {{OTHER_ID:RC-00714}}   DOB {{DATE:7/30/1996}}   Questionnaire date {{DATE:5/12/2025}}
Respirator: PAPR, loose-fitting hood; PAPR motor/blower serial {{DEVICE:PX4-7781902}} issued to her. Styrene and isocyanate exposure, 10 h shifts.
Findings: mild intermittent asthma (FEV1 88%), controlled on albuterol PRN. Spirometry tracing {{PHOTO:spiro_ocampo_0512.pdf}} reviewed.
Opinion: cleared for PAPR use without limitation; re-evaluate in 12 months or sooner if symptoms. Not cleared for tight-fitting N95 (facial hair N/A; claustrophobia).
Employer contact: EHS manager {{NAME:Brett Vukovich}}, {{EMAIL:bvukovich@ridgeline.example}}, fax {{FAX:574-555-0111}}.
PLHCP: {{NAME:Jolene Stroud}}, NP, Indiana APRN {{LICENSE:71008812A}}. Time-clock hand-geometry enrolment {{BIOMETRIC:HG-RC-00714-2}} updated on site.
`,
  },
  {
    id: 'h8-034',
    kind: 'lead worker medical removal letter',
    text: `
{{DATE:August 29, 2025}}
To: {{NAME:Hector Galindo}}, Safety Director, Keystone Battery Recycling, {{LOCATION:4100 Furnace Rd}}, {{LOCATION:Reading}}, PA {{LOCATION:19605}}
Re: Medical removal protection - {{NAME:Dmitri Voloshyn}}, DOB {{DATE:11/18/1979}}, clock no. {{OTHER_ID:KB-3318}}, SSN ending {{SSN:4471}}
Blood lead {{DATE:08/14/2025}}: 62 ug/dL; repeat {{DATE:08/27/2025}}: 58 ug/dL (ZPP 210). Per 29 CFR 1910.1025 he must be removed from lead exposure with MRP benefits.
Return when two consecutive BLLs are below 40 ug/dL. Household contacts: children {{NAME:Taras}} (6) and {{NAME:Oksana}} (3) referred for venous lead to
{{LOCATION:Berks Pediatric Associates}}. Home address for the health department: {{LOCATION:233 Douglass St, 2nd fl}}, {{LOCATION:Reading}}, PA {{LOCATION:19601}}.
His spouse {{NAME:Halyna Voloshyn}} speaks Ukrainian; interpreter line ID {{OTHER_ID:INT-88104}}.
Sincerely, {{NAME:Rashida Ellington-Moore}}, MD, MPH, occupational medicine. Tel {{PHONE:610-555-0172}}, fax {{FAX:610-555-0179}}.
`,
  },
  {
    id: 'h8-035',
    kind: 'port seafarer shore clinic',
    text: `
SHIP AGENT REFERRAL / SEAFARER CLINIC VISIT - {{LOCATION:Port of Long Beach}}, Pier T
Agent: Pacific Anchor Ship Agency, boarding agent {{NAME:Ricky Salvatierra}}, {{PHONE:562-555-0105}}, {{EMAIL:ops.lb@pacanchor.example}}
Vessel: MV Hanse Meridian (IMO {{VEHICLE:9447218}}, flag Liberia)   Rank: Able Seaman
Seafarer: {{NAME:REYES, Junmar Bautista}}   Nationality: Filipino   Passport {{OTHER_ID:P7714520B}}   SIRB {{OTHER_ID:C0993318}}   SID fingerprint template {{BIOMETRIC:SID-PH-0993318-F2}}   DOB {{DATE:1989-01-07}}
Visit {{DATE:2025-11-03}} at {{LOCATION:St. Mary Occupational Health - Harbor}}: 3-day productive cough, T 38.6, CXR RLL infiltrate.
Tx: amoxicillin-clavulanate 875 mg BID x 7 d; fit for light duty on board; not fit for enclosed-space entry x 7 d.
Crew doctor contact on board: 2nd officer {{NAME:Oleksandr Pavlenko}}. Next port {{LOCATION:Oakland}} {{DATE:11/07}}; re-check there.
Family (allotment) contact: wife {{NAME:Analyn Reyes}}, {{LOCATION:Purok 4, Brgy. San Roque}}, {{LOCATION:Iloilo City}}, {{PHONE:+63 917 555 2046}}.
Billed to P&I club case {{ACCOUNT:PI-25-LB-40017}}. Examining MD {{NAME:Guadalupe Ortega-Finch}}.
`,
  },
  {
    id: 'h8-036',
    kind: 'military post-deployment health assessment',
    text: `
DD FORM 2796 - POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA) - provider section
Name: {{NAME:MCALLISTER, Jordan T.}}   Rank SSG   DoD ID {{OTHER_ID:1548832209}}   SSN {{SSN:000-44-7719}}   DOB {{DATE:19880612}}
Unit: 2-503 IN   Deployed location: Eastern Europe (country not given)   Dates {{DATE:15 Feb 2025}} - {{DATE:30 Oct 2025}}
Exposures: burn pit no; blast x2 (IED training range, {{DATE:14 May 2025}}), TBI screen (MACE 2) 25/30 at that time.
PHQ-2 3, PC-PTSD-5 3/5 positive -> referred to behavioral health at {{LOCATION:Blanchfield Army Community Hospital}}.
Audiogram: threshold shift L 4 kHz, hearing conservation referral.
Mailing address: {{LOCATION:PSC 482 Box 1190}}, APO AE {{LOCATION:09086}} (forward); home of record {{LOCATION:611 Cardinal Ridge Dr}}, {{LOCATION:Clarksville}}, TN {{LOCATION:37042}}.
Spouse: {{NAME:Kaitlyn McAllister}}, {{PHONE:931-555-0116}}.   Provider: CPT {{NAME:Farida Osman-Ruiz}}, PA-C, {{DATE:4 Nov 2025}}.
`,
  },
  {
    id: 'h8-037',
    kind: 'veterans disability benefits questionnaire',
    text: `
DISABILITY BENEFITS QUESTIONNAIRE - HEARING LOSS AND TINNITUS (contract examiner)
Veteran: {{NAME:Lamar Ray Pettigrew}} Sr.   VA file no. {{OTHER_ID:C 27 714 408}}   Claim {{OTHER_ID:600188274}}   SSN {{SSN:000-39-1147}}   DOB {{DATE:Apr 3, 1947}}
Exam {{DATE:09/09/2025}} at {{LOCATION:QTC Medical Group - Riverside}}; examiner {{NAME:Corinne Baptiste}}, Au.D., CCC-A (CA audiology lic. {{LICENSE:AU 1884}}).
Service: USMC 1966-1970, Vietnam (artillery). Tinnitus since 1968, constant, bilateral. Post-service: forklift operator.
Puretone (dB HL) R: 25 30 45 65 70 (500-4000 Hz); L: 30 35 55 70 75. Maryland CNC R 84%, L 76%.
Opinion: hearing loss and tinnitus at least as likely as not caused by military noise exposure.
Wife {{NAME:Doris Pettigrew}} attended and confirms TV volume complaints since the 1980s.
Hearing aids (VA issued {{DATE:March 2019}}): R serial {{DEVICE:2219FX44871}}, L serial {{DEVICE:2219FX44872}}.
Veteran address on file: {{LOCATION:5530 Arlington Ave, Apt 12}}, {{LOCATION:Riverside}}, CA {{LOCATION:92504}}; phone {{PHONE:951-555-0108}}.
Report uploaded to the VBMS e-folder {{DATE:09/10/2025}}.
`,
  },
  {
    id: 'h8-038',
    kind: 'compassionate release medical summary',
    text: `
BUREAU / STATE DOC - REDUCTION IN SENTENCE (COMPASSIONATE RELEASE) MEDICAL SUMMARY
Inmate: {{NAME:HOLLINGSHEAD, Walter Amos}}   Reg. no. {{OTHER_ID:40718-077}}   DOB {{DATE:02/14/1934}}   Age {{AGE_OVER_89:91}}
Facility: {{LOCATION:FMC Butner}}, {{LOCATION:Butner}}, NC   Housing: Memory care unit, bed 14
Diagnoses: Alzheimer dementia (MoCA 9/30, FAST 6d), CHF EF 25%, stage 4 pressure injury sacrum (photos {{PHOTO:WH_sacrum_20250602.jpg}}, {{PHOTO:WH_sacrum_20250616.jpg}}).
Prognosis: < 18 months. ADLs: dependent in 5/6 (Katz).
Release plan: to daughter {{NAME:Annette Hollingshead-Graves}}, {{LOCATION:2217 Old Wire Rd}}, {{LOCATION:Fayetteville}}, AR {{LOCATION:72703}}, {{PHONE:479-555-0129}};
hospice: {{LOCATION:Circle of Life Hospice}} accepted {{DATE:06/20/2025}}. Medicare MBI {{HEALTH_PLAN:7EQ4-TK2-MA81}}.
Prepared by {{NAME:Oyinkansola Davies}}, MD, Clinical Director, {{DATE:06/23/2025}}. Identity confirmed by fingerprint template {{BIOMETRIC:FBOP-FP-40718077}}.
`,
  },
  {
    id: 'h8-039',
    kind: 'construction heat illness incident',
    text: `
HEAT ILLNESS INCIDENT - JOBSITE FIRST AID + ED TRANSFER
Site: {{LOCATION:Mesa del Sol Solar Farm}}, Array C, off {{LOCATION:NM-47}} S of {{LOCATION:Albuquerque}}   Date {{DATE:7/15/25}}   WBGT 31.8 C at 1400
Worker: {{NAME:Efrain Cuauhtli Mendoza}}, 44, laborer (Sunvolt Builders)   Emergency contact: wife {{NAME:Yolotl Mendoza}} {{PHONE:505-555-0163}}
1405 found by foreman {{NAME:Dusty Trujillo}} confused next to racking. T (tympanic) 40.3 C. Cold-water immersion in stock tank x 12 min -> 38.9.
1431 EMS (Medic 14) transported to {{LOCATION:UNM Hospital}}. Rhabdo labs there: CK 14,800.
Company truck he drove to the site: NM plate {{VEHICLE:BKX 207}}, released to co-worker {{NAME:Javi Nez}}.
Written by site safety officer {{NAME:Kimberly Tsosie}}, OSHA 30 card {{LICENSE:21-004771938}}. Acclimatization log showed day 2 of work.
Photos of the rest shade structure {{PHOTO:shade_C_0715_1.jpg}} attached. Report emailed to {{EMAIL:safety@sunvolt.example}}.
`,
  },
  {
    id: 'h8-040',
    kind: 'amusement park first aid report',
    text: `
FIRST AID STATION LOG - {{LOCATION:Cedar Point}}, {{LOCATION:Sandusky}}   Station: Frontier Trail   Date: Sat {{DATE:Aug 9, 2025}}
Guest: {{NAME:Marguerite Lindahl}} ("{{NAME:Peg}}"), age {{AGE_OVER_89:90}}, season pass no. {{ACCOUNT:SP25-0048172}} (gate finger scan {{BIOMETRIC:GFS-20577183}})
1512: syncope in queue for the sky ride, ~20 s, no head strike. BP 88/50 -> 112/70 supine, HR 58, glucose 104. ECG strip {{PHOTO:FA_FT_0809_1512_ecg.png}}.
Pacemaker card: Medtronic Azure, serial {{DEVICE:RNB447192S}}, implanted {{DATE:11/2023}}.
Granddaughter {{NAME:Kinsley Brandt}} (17) with her; son {{NAME:Rolf Lindahl}} called on {{PHONE:419-555-0151}}.
Refused EMS; signed refusal. Taken by tram to the main gate; family car OH plate {{VEHICLE:JHT 4102}} in lot 3.
Guest address: {{LOCATION:311 Wren Hollow Ct}}, {{LOCATION:Perrysburg}}, OH {{LOCATION:43551}}.
Park EMT: {{NAME:Alexis Furukawa}}, OH EMT cert {{LICENSE:E-118447}}. Incident no. {{OTHER_ID:FA-25-0809-031}}.
`,
  },
];
