// train6 notes, part 2: letters to employers, schools and courts, immigration exam, travel clinic, sports medicine,
// dental/orthodontic, optometry, podiatry, chiropractic, naturopathy.
export default [
{ id: 't6-012', kind: 'work excuse letter to employer', text: `
{{LOCATION:Lakeshore Occupational Medicine}}
{{LOCATION:77 Harbor Point Blvd}} | {{LOCATION:Sandusky}}, OH {{LOCATION:44870}}

{{DATE:September 2, 2025}}
To: HR Department, Cedar Fair Entertainment (employer)
Re: {{NAME:Brandon Keith Tuttle}}, employee no. {{OTHER_ID:E0048812}}

Mr. {{NAME:Tuttle}} was seen in this office on {{DATE:08/29/2025}} for a work-related left wrist injury. He may return on {{DATE:9/8/2025}} with restrictions: no lifting over 10 lb with the left hand, no ride-operator duty, for 3 weeks. Workers' comp claim {{OTHER_ID:WC-25-118204}}.
Please contact me with questions.

{{NAME:Maureen Q. Szymanski}}, MD
Ohio license {{LICENSE:35.118422}} | Ph {{PHONE:419.555.0172}} | Fax {{FAX:419.555.0173}}
`},
{ id: 't6-013', kind: 'school letter (504 / return to learn)', text: `
{{DATE:Jan. 12, 2026}}

Dear Ms. {{NAME:Okonjo}} and the 504 team at {{LOCATION:Thurgood Marshall Middle School}},

Our patient {{NAME:Amari Jefferson-Reyes}} (DOB {{DATE:5/3/2013}}), a 7th grader, sustained a concussion during a basketball game on {{DATE:12/19/25}}. Please allow: rest breaks as needed, 50% extra time on tests, no PE or recess contact play until cleared, printed notes, reduced screen time. Expected duration four weeks, reassessed at our visit on {{DATE:February 9}}.
His mother, {{NAME:Tanisha Jefferson}}, can be reached at {{PHONE:(678) 555-0104}}.

Sincerely,
{{NAME:Obadiah Lindqvist}}, MD, CAQSM
{{LOCATION:Children's Healthcare of Atlanta Sports Medicine at Scottish Rite}}
`},
{ id: 't6-014', kind: 'jury duty excusal letter', text: `
{{DATE:10 November 2025}}
Jury Commissioner, {{LOCATION:Cuyahoga County}} Court of Common Pleas, {{LOCATION:1200 Ontario St}}, {{LOCATION:Cleveland}}, OH {{LOCATION:44113}}
RE: Juror {{NAME:Evangeline Mastropietro}}, juror no. {{OTHER_ID:J-2025-440917}}, summoned for {{DATE:December 1, 2025}}

Mrs. {{NAME:Mastropietro}}, age {{AGE_OVER_89:92}}, has moderate Alzheimer dementia (MMSE 17/30), macular degeneration with acuity 20/200 OU, and uses a walker. She is unable to serve. I request a permanent excusal.
{{NAME:Reuben Adeyinka-Shaw}}, MD, Geriatrics, {{LOCATION:MetroHealth Old Brooklyn Campus}}; NPI {{OTHER_ID:1457782210}}
`},
{ id: 't6-015', kind: 'court letter / fitness to testify', text: `
Superior Court of California, County of {{LOCATION:Fresno}} - Dept. 31
Case: People v. {{NAME:Herrera-Quintanilla}}, docket {{OTHER_ID:F25906441}}
Witness: {{NAME:Luz Maria Ochoa}}, DOB {{DATE:1961-06-30}}

Ms. {{NAME:Ochoa}} is under my care for post-stroke aphasia after a left MCA stroke on {{DATE:15-May-2025}}. She was hospitalised at {{LOCATION:Community Regional Medical Center}} from {{DATE:5/15}} to {{DATE:5/29}}. Her expressive language is limited (WAB AQ 48.2). Testimony by deposition at home with her speech therapist {{NAME:Delphine Arceneaux}} present would be feasible after {{DATE:Jan 2026}}.
{{NAME:V. Krishnamoorthy}}, MD, Neurology. CA license {{LICENSE:A 139942}}.
`},
{ id: 't6-016', kind: 'immigration medical exam (I-693)', text: `
USCIS FORM I-693 - CIVIL SURGEON WORKSHEET
Applicant: family name {{NAME:DOS SANTOS PEREIRA}}, given names {{NAME:JOAO PEDRO}}
DOB {{DATE:1990-09-14}}; country of birth Brazil; A-Number {{OTHER_ID:A213774091}}; USCIS online account {{OTHER_ID:0931-4478-2210}}
Address: {{LOCATION:19 Ferry St, Apt 3}}, {{LOCATION:Newark}}, NJ {{LOCATION:07105}}; ph {{PHONE:973-555-0138}}
Passport {{OTHER_ID:FX882104}}; CPF {{OTHER_ID:412.778.309-55}} (Brazilian national ID)
Exam {{DATE:10/16/2025}}: IGRA (QFT-Plus) {{DATE:10/16/2025}} negative; syphilis RPR nonreactive; gonorrhea NAAT neg.
Vaccines: MMR #2 {{DATE:10/16/2025}}, Tdap, varicella titer immune, COVID-19 record from Brazil ({{DATE:02/08/2022}}, {{DATE:04/11/2022}}).
Class A/B conditions: none.
Civil surgeon {{NAME:Esperanza Villalobos}}, MD, USCIS civil surgeon ID {{OTHER_ID:CS-NJ-004127}}, {{LOCATION:Ironbound Family Medicine}}. Sealed envelope handed to applicant.
`},
{ id: 't6-017', kind: 'travel medicine consult with itinerary', text: `
TRAVEL CLINIC CONSULT {{DATE:2025-06-03}}
{{NAME:Percival "Percy" Ng}}, 58, and wife {{NAME:Ruth Abernathy-Ng}}, 56; MRNs {{MRN:72201188}} / {{MRN:72201189}}
Itinerary: depart {{LOCATION:SFO}} {{DATE:7/12}}; {{LOCATION:Nairobi}} {{DATE:7/13}}-{{DATE:7/15}} (hotel {{LOCATION:Sarova Stanley}}); safari {{LOCATION:Maasai Mara}} {{DATE:7/15}}-{{DATE:7/20}}; {{LOCATION:Zanzibar}} {{DATE:7/20}}-{{DATE:7/26}}; return via {{LOCATION:Doha}} {{DATE:7/27}}. Flight QR 737 (not an identifier).
Vaccines today: yellow fever (ICVP issued, certificate {{OTHER_ID:YF-0619332}}), typhoid Vi, hep A #2. Malaria: atovaquone-proguanil 250/100 mg daily.
Emergency contact while abroad: daughter {{NAME:Lillian Ng}}, {{PHONE:+1 415 555 0193}}, {{EMAIL:lillian.ng@postbox.example}}.
Travel insurance policy {{ACCOUNT:WNX-6612049}} (World Nomads).
`},
{ id: 't6-018', kind: 'sports team physician note', text: `
River City Rapids FC - TEAM PHYSICIAN SIDELINE NOTE  Sat {{DATE:8/23/25}}
Player #14 {{NAME:Kwabena "KB" Asante-Mensah}}, CB, 24. Collision heading at 63' vs Lansing Ignite (opponent club).
Sideline SCAT6: symptom score 9/22, SAC 24/30, tandem gait 14.2 s (baseline 11.0). Removed from play.
Followed up {{DATE:8/25}}: symptoms 2/22. Graduated return-to-play protocol, stage 2. Athletic trainer {{NAME:Brooke Rivers}}, ATC; strength coach {{NAME:Sterling Price}}.
Catapult GPS vest serial {{DEVICE:CPV-7Q-44821}} (assigned to player); wearable gait signature on file {{BIOMETRIC:GS-ASM14-0091}}.
Video clip of collision: {{PHOTO:RCR_vs_LAN_0823_KB_hit.mp4}}. Agent {{NAME:Marcus Whitfield-Cole}} informed with player consent.
{{NAME:Helena Sorvino}}, DO, Team Physician
`},
{ id: 't6-019', kind: 'orthodontic letter', text: `
{{LOCATION:Bright Smiles Orthodontics}} - {{LOCATION:3150 Kirkwood Hwy}}, {{LOCATION:Wilmington}}, DE {{LOCATION:19808}}
{{DATE:06/17/2025}}
Dear Dr. {{NAME:Pellegrino}},
Thank you for referring {{NAME:Saoirse McGillicuddy}} (age 12). Records taken {{DATE:6/16/25}}: pano {{PHOTO:SMcG_pano_061625.dcm}}, ceph {{PHOTO:SMcG_ceph_061625.dcm}}, intraoral photo series IO-1 to IO-8. Class II div 1, overjet 7 mm, ANB 6 degrees, crowding 4 mm upper. Plan: Herbst appliance then full fixed, est. 24 months. Delta Dental subscriber ID {{HEALTH_PLAN:DD884417709}} (father {{NAME:Cormac McGillicuddy}}).
Warm regards, {{NAME:Ines Albuquerque}}, DDS, MS
`},
{ id: 't6-020', kind: 'optometry exam', text: `
OPTOMETRY - COMPREHENSIVE EYE EXAM   {{DATE:2025.04.22}}
{{NAME:Theodora Vasquez-Lindgren}}   DOB {{DATE:1956.11.02}}   chart {{MRN:OPT-009913}}
VA sc: OD 20/50, OS 20/30; cc: OD 20/25, OS 20/20. IOP (iCare) 17/19 mmHg at 10:05. Pachymetry 548/552.
Fundus: C/D 0.5/0.6, drusen OU. OCT RNFL: {{PHOTO:TVL_OCT_RNFL_20250422.pdf}}; fundus photos {{PHOTO:TVL_fundus_OD.jpg}}.
Rx: -1.25 -0.50 x 090 / -0.75 sph, add +2.50. Driving: meets state standard; DMV vision form for license {{LICENSE:D4412-77310-56218}} signed.
{{NAME:Rupert Haverford}}, OD, TX optometry license {{LICENSE:TOD 7721}}
`},
{ id: 't6-021', kind: 'podiatry note', text: `
PODIATRY - DIABETIC FOOT {{DATE:March 18 2025}}
Pt {{NAME:Ignatius "Iggy" Mbeki}}, {{AGE_OVER_89:90}} yo M, from {{LOCATION:Shady Oaks Assisted Living}}, {{LOCATION:Bradenton}}. Medicare MBI {{HEALTH_PLAN:3TK9-QW2-FM61}}.
Monofilament 4/10 sites R, 6/10 L. ABI 0.78 R. Ulcer R 1st MPJ 1.2 x 0.8 cm, Wagner 1. Debrided. Photo {{PHOTO:IMG_5582.HEIC}}.
Offloading shoe; return 2 wks. Caregiver {{NAME:Nomvula}} (facility aide) instructed. Dr. {{NAME:Rina Castellanos}}, DPM.
`},
{ id: 't6-022', kind: 'chiropractic and naturopathy notes', text: `
CHIROPRACTIC SOAP - {{LOCATION:Alignment Plus Chiropractic}}, {{LOCATION:Boulder}}
{{DATE:04/02/25}} Pt: {{NAME:Skye Brightwater}}. S: LBP 6/10 after moving boxes for daughter {{NAME:Willow}}. O: L4-L5 restriction, SLR neg, Kemp's + R. A: lumbar segmental dysfunction (M99.03). P: diversified adjustment L4, ice, 2x/wk x 3 wk. {{NAME:Lars Nygaard}}, DC, CO license {{LICENSE:CHR.0004418}}.

NATUROPATHIC VISIT - {{DATE:4/9/25}} (same patient, referred by Dr. {{NAME:Nygaard}})
Concerns: fatigue, "adrenal" worries. Ferritin 14 ng/mL, TSH 2.1. Plan: ferrous bisglycinate 25 mg, no adrenal supplements. Discussed that "Will power" is not a diagnosis. {{NAME:Autumn Marsh}}, ND.
`},
];
