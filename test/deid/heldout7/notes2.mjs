// heldout7 notes2: rehabilitation, allied health and home safety (h7-011..020). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-011',
    kind: 'voice clinic evaluation',
    text: `
VOICE & SWALLOWING CENTER - VOICE EVALUATION (SLP + laryngology)
{{NAME:Rosalind Ferreira-Byrne}}  DOB {{DATE:4/22/1981}}  MRN {{MRN:3318-0472}}  Occupation: 2nd grade teacher at {{LOCATION:Whittier Elementary}}
CC: hoarseness since {{DATE:August 2024}}, worse by Friday afternoons; voice "gives out" after recess duty.
VHI-10: 27/40 (abnormal > 11). CAPE-V overall severity 42/100, roughness 38, breathiness 30, strain 45.
Acoustics: F0 188 Hz, jitter 1.9%, shimmer 5.2%, CPP 3.8 dB. MPT 9 s (norm > 15). s/z ratio 1.5.
Videostroboscopy {{DATE:01/16/2025}} (Dr. {{NAME:Tadeusz Wrobel}}): bilateral mid-membranous nodules, hourglass closure.
Recording saved as {{PHOTO:STROBE_FerreiraByrne_20250116.mp4}}.
Plan: voice therapy 1x/week x 8 (resonant voice, VFEs), voice amplifier (loaner serial {{DEVICE:SPK-77A-40921}}), hydration.
Letter to principal Mr. {{NAME:Ignatius Oduya}} requesting amplification and recess-duty swap - sent via school fax {{FAX:(773) 555-0161}}.
Next visit Thu {{DATE:1/23}}. SLP: {{NAME:Juniper Castellano}}, MS, CCC-SLP (IL lic {{LICENSE:146.018833}})`,
  },
  {
    id: 'h7-012',
    kind: 'low-vision rehabilitation',
    text: `
LOW VISION REHABILITATION - INITIAL
Client: {{NAME:Euphemia Blackwood}}, {{AGE_OVER_89:93}}-year-old widow, lives alone at {{LOCATION:22 Thornbury Lane}}, {{LOCATION:Beaverton}}, OR {{LOCATION:97005}}.
Referred by Dr. {{NAME:Rajan Mehta-Ibsen}} (retina) for advanced AMD OU, last anti-VEGF {{DATE:Oct 30}}.
Acuity (ETDRS) OD 20/400, OS 20/250; reads 2.5M print at 10 cm with 8x. Contrast Pelli-Robson 0.90. Amsler: central scotoma OU.
Goals: read her mail and bank statements, see faces at church ({{LOCATION:St. Cecilia Parish}}), pour coffee safely.
Trialled: 5x illuminated stand magnifier, desktop video magnifier (CCTV) 24-inch - best. Loaner CCTV serial {{DEVICE:MV24-0093317}} delivered {{DATE:11/12/2025}}.
Guide dog: "Pip" (retired, pet now). Daughter {{NAME:Vivienne}} visits Sundays ({{PHONE:503-555-0137}}).
Talking-book enrolment form faxed to the state library, {{FAX:503-555-0199}}; reader ID {{OTHER_ID:TBL-440917}}.
OT: {{NAME:Caspian Leroux}}, OTR/L, SCLV   {{DATE:11/05/2025}}`,
  },
  {
    id: 'h7-013',
    kind: 'cardiac rehabilitation session log',
    text: `
CARDIAC REHAB PHASE II - SESSION 14 of 36
{{NAME:Bartholomew Nakagawa-Reyes}}   MRN {{MRN:88412097}}   Dx: CABG x3 {{DATE:07/28/2025}}   Payer: Medicare, MBI {{HEALTH_PLAN:4TR7-KD9-MX52}}
Tele transmitter {{DEVICE:TX-2291-8840}} ch 6.   Resting: HR 68, BP 128/76, SpO2 97%, wt 88.1 kg.
Warm-up 5 min. Treadmill 2.8 mph 3% x 15 min (3.6 METs), RPE 12-13, peak HR 104 (target 95-110), BP 156/80.
NuStep L6 x 12 min, 4.1 METs. Arm ergometer 25 W x 8 min. Cool-down 5 min, HR 74, BP 124/74.
Rhythm: SR with rare PVCs (<1/min). No angina, no dyspnoea beyond RPE. Glucose pre 142, post 118.
Education: sodium < 2 g/day, read labels; wife {{NAME:Keiko}} attended.
Parking: he drives himself now (cleared by surgeon {{DATE:09/02/2025}}); lot permit for plate {{VEHICLE:8RKT512}} renewed.
Exercise physiologist: {{NAME:Ikaika Kamakau}}, MS, CEP    RN: {{NAME:Lindiwe Mthembu}}    {{DATE:09/10/2025}}`,
  },
  {
    id: 'h7-014',
    kind: 'lymphedema compression garment order',
    text: `
LYMPHEDEMA CLINIC - CUSTOM COMPRESSION ORDER
Patient: {{NAME:Clementine Osei-Bonsu}}  DOB {{DATE:06.03.1970}}  Member ID {{HEALTH_PLAN:ZGP448102377}}  Group 009911 (employer group, not personal)
Dx: I89.0 secondary lymphedema L arm after L mastectomy + ALND ({{DATE:March 2023}}). Stage II (ISL).
Circumferential measurements, L / R (cm): MCP 19.8 / 18.9; wrist 17.5 / 16.0; 10 cm 22.4 / 19.1; 20 cm 27.6 / 23.0;
elbow 29.9 / 25.2; 30 cm 33.1 / 27.4; axilla 35.0 / 31.2. Volume difference 21.4% (perometry).
Garment: flat-knit CCL 2 (23-32 mmHg) armsleeve with gauntlet, x2 (day), night garment x1. HCPCS A6509, A6510.
Supplier: Bayside Medical Supply, fax {{FAX:(415) 555-0180}}. Signed order sent {{DATE:2025-02-04}}.
Therapist: {{NAME:Marguerite Dufresne-Alvarado}}, PT, CLT-LANA   Certifying MD: {{NAME:Sung-min Baek}}, MD NPI {{OTHER_ID:1578832046}}`,
  },
  {
    id: 'h7-015',
    kind: 'pedorthic diabetic shoe fitting',
    text: `
PEDORTHIC FITTING - THERAPEUTIC SHOES (A5500) + CUSTOM INSERTS (A5513)
{{NAME:Eusebio Tlatelpa}} | DOB {{DATE:12/09/1952}} | MBI {{HEALTH_PLAN:7HX2-QW4-RR81}} | phone {{PHONE:915-555-0152}}
Home: {{LOCATION:8812 Alameda Ave Trlr 14}}, {{LOCATION:Socorro}}, TX {{LOCATION:79927}}
Certifying statement from Dr. {{NAME:Graciela Ybarra}} dated {{DATE:01/06/2025}}: DM2 with peripheral neuropathy, prior ulcer R hallux ({{DATE:2023-11}}), callus.
Monofilament 3/10 sites R, 5/10 L. Foot scan files {{PHOTO:scan_tlatelpa_L_20250121.stl}} and {{PHOTO:scan_tlatelpa_R_20250121.stl}}.
Size 9.5 4E, depth shoe; inserts 1/4" plastazote/poron, 3 pairs. Delivered {{DATE:02/04/2025}}; skin check at 2 weeks: no redness.
Pedorthist: {{NAME:Lucian Szabo}}, C.Ped (ABC {{LICENSE:CPED-5521}})`,
  },
  {
    id: 'h7-016',
    kind: 'stuttering telepractice session',
    text: `
SPEECH THERAPY (FLUENCY) - TELEPRACTICE SESSION 6
Child: {{NAME:Matteo Giordano-Oyelowo}}, 8 y   Parent present: {{NAME:Chiara Giordano}} (mother)
Link used: {{URL:https://tele.speechworks.example.com/room/giordano-m-4471}} ; family connected from IP {{IP:198.51.100.47}} (home wifi).
SSI-4 baseline ({{DATE:Sept 8}}) total 24 (moderate); today %SS 6.1 in conversation (was 9.4), longest block ~3 s.
Smooth speech practice: easy onsets 18/20 correct at phrase level. Lidcombe-style parent ratings 1-10: avg 4 this week.
School: {{LOCATION:Longfellow Elementary}} SLP (Ms. {{NAME:Harriet Bloomquist}}) to coordinate; release signed {{DATE:10/02/2025}}.
Home practice 10 min/day. Next session {{DATE:Oct 20}}, 16:00.
{{NAME:Ayodele Fashola-Grant}}, M.S., CCC-SLP`,
  },
  {
    id: 'h7-017',
    kind: 'vestibular rehabilitation evaluation',
    text: `
VESTIBULAR PT EVALUATION
Pt: {{NAME:Anika Sundaresan}}   DOB {{DATE:15 Jan 1977}}   Referral: ENT Dr. {{NAME:Colm O Briain}}   Visit Tue {{DATE:5/13/25}}
HPI: brief spinning with rolling to R in bed x 3 weeks, began after a fall from a bike at {{LOCATION:Eagle Creek Park}}.
Dix-Hallpike R: upbeating torsional nystagmus, latency 3 s, duration 20 s - R posterior canal BPPV. L negative. Supine roll negative.
VNG goggles recording saved {{PHOTO:VNG_sundaresan_0513.avi}}. DHI 46/100. FGA 24/30. mCTSIB condition 4: 18 s with sway.
Treatment: Epley R x2, symptoms resolved on second; repeat Dix-Hallpike negative.
Drives for work (rideshare): advised no driving today. Vehicle on file for hospital valet: IN plate {{VEHICLE:322TKW}}.
Follow-up 1 week. {{NAME:Beatriz Okonjo}}, PT, DPT`,
  },
  {
    id: 'h7-018',
    kind: 'hand therapy splint note',
    text: `
HAND THERAPY - POST-OP FLEXOR TENDON REPAIR (zone II, R index and middle)
{{NAME:Thaddeus Kowalczyk}}  MRN {{MRN:KH-2290134}}  Injury {{DATE:6/29/2025}} (table saw, home workshop), repair {{DATE:6/30/2025}} by Dr. {{NAME:Emiko Hartshorne}}
Dorsal blocking orthosis: wrist 20 deg flex, MCPs 60 deg flex, IPs straight. Early active motion protocol (Saint John).
TAM index 110 deg, middle 125 deg at week 3. Edema figure-of-8: 23.1 cm (L 21.4). Scar: mobile, no adherence.
Wound photos: {{PHOTO:IMG_4471_kowalczyk_wk3.jpg}}, {{PHOTO:IMG_4472_kowalczyk_wk3.jpg}} (uploaded to chart {{DATE:07/21/2025}}).
Work: self-employed cabinetmaker, shop at {{LOCATION:1419 Dundee Rd}} - off work until week 12.
Disability form for his private policy (policy {{ACCOUNT:LTD-88120-4}}) completed; insurer fax {{FAX:1-800-555-0147}}.
CHT: {{NAME:Rafaela Moncada}}, OTR/L, CHT`,
  },
  {
    id: 'h7-019',
    kind: 'personal emergency response (fall pendant) alarm log',
    text: `
PERS MONITORING CENTER - ALARM HISTORY  Subscriber {{OTHER_ID:SUB-0082741}}
Subscriber: {{NAME:Winifred Achterhof}}, age {{AGE_OVER_89:97}}, {{LOCATION:415 Maple Ct}}, {{LOCATION:Appleton}}, WI {{LOCATION:54911}}
Pendant (auto fall detect) {{DEVICE:FD-3A-118204}}; base unit {{DEVICE:BU-7700-55201}}; lockbox at side door (code on file).
Responders: 1) {{NAME:Gerald Achterhof}} (son) {{PHONE:920-555-0166}}  2) {{NAME:Pam Rasmussen}} (neighbour) {{PHONE:920-555-0198}}
{{DATE:2025-10-03}} 02:14  FALL DETECT  voice contact: "I slipped in the bathroom, can't get up". Called son - no answer;
  neighbour attended 02:31; EMS dispatched ({{LOCATION:Appleton}} FD), transported to {{LOCATION:ThedaCare Regional Medical Center-Appleton}}.
{{DATE:2025-10-03}} 02:46  operator note by {{NAME:lnguyen}}: son called back, going to ED.
{{DATE:2025-10-09}} 11:02  TEST  OK.  {{DATE:2025-10-12}} 19:40  FALSE ALARM (pendant dropped), cancelled by subscriber.
Account billed monthly, acct {{ACCOUNT:PERS-4471-0912}}.`,
  },
  {
    id: 'h7-020',
    kind: 'EPCS two-factor enrolment audit',
    text: `
EPCS (electronic prescribing of controlled substances) - LOGICAL ACCESS CONTROL AUDIT  Printed {{DATE:03/31/2025}}
Prescriber: {{NAME:Nadia Oyelaran}}, MD   DEA {{LICENSE:FO4471823}}   State CS reg {{LICENSE:CSR.0091177}}   NPI {{OTHER_ID:1033912877}}
Identity proofing: remote, IAL2, by vendor, completed {{DATE:03/18/2025}}, reference {{OTHER_ID:IDP-55-90412}}.
Two-factor credentials bound: hard token serial {{DEVICE:HT-0091-77215}}; fingerprint reader template {{BIOMETRIC:FPT-7c21e9a0}} (right index).
Approvers (two individuals): {{NAME:Marcus Delahunt}}, MD (DEA {{LICENSE:BD2290114}}) and {{NAME:Elaine Fitzpatrick-Osei}}, compliance.
Access granted {{DATE:03/19/2025}} 16:02 from workstation IP {{IP:10.44.12.87}}.
First EPCS order {{DATE:03/20/2025}}: oxycodone 5 mg #12 for patient {{NAME:Reginald Tomlinson}}, MRN {{MRN:00713390}} - signed with token.
Incident: {{DATE:03/27/2025}} token reported lost; revoked by {{NAME:sbhattacharya}}; new token {{DEVICE:HT-0091-80442}} issued.`,
  },
];
