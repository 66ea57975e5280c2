// heldout12 notes1: prose notes from neonatal and paediatric subspecialties (h12-001..010).
// A gold mark is {{TYPE:value}}; see ../heldout-tools.mjs.
export default [
  {
    id: 'h12-001',
    kind: 'nicu-developmental-followup',
    text: `
HIGH-RISK INFANT FOLLOW-UP CLINIC - {{LOCATION:Cardinal Glennon Children's Hospital}}, Developmental Pediatrics
Patient: {{NAME:Amara Okonkwo-Reyes}}   MRN {{MRN:CG-7730418}}   DOB {{DATE:03/09/2024}}   Seen {{DATE:11/14/2025}}
Born at 27w3d, BW 890 g; chronological age 20 mo, corrected age 17 mo. NICU course: RDS, PDA closed medically, grade II IVH on the left, no PVL.
Here with mother {{NAME:Chidinma Okonkwo}} and maternal aunt {{NAME:Ifeoma}}; father {{NAME:Luis Reyes}} joined by phone from work ({{PHONE:(314) 555-0162}}).
Bayley-4 composite scores: cognitive 85, language 79, motor 88. ROP stage 2 zone II, regressed without treatment. Passed ABR on {{DATE:5/30/2024}}.
Growth (corrected): weight 9.8 kg (12th %ile), length 79 cm, HC 46 cm. Hips: Ortolani and Barlow negative.
Early intervention coordinator {{NAME:Tamsin Whitcombe}} ({{PHONE:314-555-0187}}) arranges weekly PT at home, {{LOCATION:4417 Gravois Ave, Apt 2B}}, {{LOCATION:St. Louis}}, MO {{LOCATION:63116}}.
MO HealthNet DCN {{HEALTH_PLAN:10447281}}. Great-grandmother, {{AGE_OVER_89:91}}, minds her on Fridays.
Plan: OT evaluation; audiology repeat at 24 mo corrected (around {{DATE:March 2026}}); return visit booked {{DATE:Feb 23, 2026}}.
{{NAME:R. Albrecht}}, MD / reviewed with Dr. {{NAME:Hollis Banerjee}}
`,
  },
  {
    id: 'h12-002',
    kind: 'neonatal-opioid-withdrawal',
    text: `
Newborn nursery progress note - Eat, Sleep, Console
{{LOCATION:Mercy Hospital Springfield}} Mother-Baby Unit, room 4112
Infant: Baby Boy {{NAME:Harlan}} ({{NAME:Jaxon Harlan}} on birth worksheet)  MRN {{MRN:00938817}}  Born {{DATE:11/19/2025}} 03:41, 38w1d, 3.05 kg
Mother: {{NAME:Brittany Harlan}}, 24, maintained on methadone 95 mg daily through the OTP at {{LOCATION:Ozark Recovery Clinic}}; last dose documented {{DATE:11/18/2025}}. Counsellor there: {{NAME:Dwayne Pettibone}}, {{PHONE:417-555-0110}}.
ESC assessments since birth: eating yes/yes/yes, sleep >1 h yes, consolable within 10 min yes. No morphine needed. Weight loss 6.1% at 72 h.
Father of baby {{NAME:Cody Marsh}} visits evenings; he is listed on the visitor restriction sheet for plate {{VEHICLE:KR7-M44}} after an incident in the lot on {{DATE:Nov 20}}.
Children's Division hotline report filed; investigator {{NAME:Lorena Quezada}}, case {{OTHER_ID:CD-2025-118847}}, fax {{FAX:417-555-0199}}.
Hep B vaccine given, CCHD screen passed (SpO2 98/97), newborn screen card {{OTHER_ID:MO25-4471920}} sent.
Plan: observe to 120 h ({{DATE:11/24}}), then discharge home with mother if safe plan confirmed. - {{NAME:K. Varga}}, NNP-BC
`,
  },
  {
    id: 'h12-003',
    kind: 'peds-endocrine-growth-hormone',
    text: `
Pediatric Endocrinology - Growth hormone start visit
{{LOCATION:Nemours Children's Clinic}}, {{LOCATION:Jacksonville}}
Patient {{NAME:Ethan Nakashima-Brooks}}, 9 y 4 m, DOB {{DATE:2016-07-21}}, chart {{MRN:NCC-2204716}}
Referred by Dr. {{NAME:Priya Venkataraman}} (fax {{FAX:904-555-0143}}) for short stature: height 121.4 cm (-2.6 SDS), mid-parental height 172 cm, bone age 7 y 6 m (Greulich and Pyle) read {{DATE:9/12/2025}}.
Stimulation test: peak GH 6.2 ng/mL (clonidine), IGF-1 68 ng/mL; MRI pituitary normal.
Somatropin 0.24 mg/kg/week started today. Pen injector serial {{DEVICE:NPX2-0448173}}; training by CDE {{NAME:Marisol Etxeberria}}, RN.
Specialty pharmacy account {{ACCOUNT:SP-88104729}}; insurer member ID {{HEALTH_PLAN:FLB914477023}}.
School nurse at {{LOCATION:Mandarin Oaks Elementary}}, {{NAME:Gail Overstreet}}, fax {{FAX:904-555-0178}}, will store the backup pen.
Mother {{NAME:Kaori Nakashima}} e-mail {{EMAIL:kaori.nakashima@example.net}}; father {{NAME:Darnell Brooks}}.
Next: height check and IGF-1 in 3 months ({{DATE:February 2026}}).
`,
  },
  {
    id: 'h12-004',
    kind: 'peds-cardiology-fontan',
    text: `
PEDIATRIC CARDIOLOGY CLINIC NOTE  ({{LOCATION:Texas Children's Hospital}} - {{LOCATION:West Campus}})
{{NAME:Valentina Ibarra Sosa}}, 12 yo F, HLHS s/p Norwood ({{DATE:Aug 2013}}), Glenn, extracardiac Fontan {{DATE:04/2016}}. MRN {{MRN:TCH-40217755}}.
Interval: fatigue with PE; home pulse oximeter (serial {{DEVICE:MASN-7741902}}) reads 89-91% at rest, which is her baseline.
Exam: HR 84, BP 102/60, SpO2 90%. 2/6 systolic murmur LUSB. Liver edge 2 cm.
Echo today: mild AV valve regurgitation, EF 52%. Labs: AST 38, ALT 41, GGT 88, platelets 142.
Fontan-associated liver disease surveillance: elastography at {{LOCATION:Pavilion for Women}} imaging on {{DATE:December 4}}.
Lives with grandmother {{NAME:Rosalba Sosa}} ({{PHONE:281-555-0134}}) at {{LOCATION:10218 Bellaire Blvd, Unit 7}}, {{LOCATION:Houston}} TX {{LOCATION:77072}}; great-grandfather, aged {{AGE_OVER_89:94}}, also in the home.
CHIP member {{HEALTH_PLAN:CHP-5510872-01}}. Cardiologist: Dr. {{NAME:Oyelaran}}; nurse coordinator {{NAME:Beth-Ann Crowder}}, {{EMAIL:fontan.team@example.org}}.
`,
  },
  {
    id: 'h12-005',
    kind: 'peds-nephrology-nephrotic',
    text: `
Paediatric nephrology telephone review, Tue {{DATE:18 Nov 2025}}.
Child: {{NAME:Oisin Mac Giolla Phadraig}} (known as "{{NAME:Ossie}}"), 6 y, hospital number {{MRN:H0229183}}, {{LOCATION:Children's Health Ireland at Temple Street}}.
Mother ({{NAME:Sorcha}}) reports 3+ protein on home dipstick for 3 days; sent photo {{PHOTO:dipstick_ossie_17nov.jpg}} through the portal. Weight up 1.1 kg, mild periorbital oedema.
Relapse #3 of steroid-sensitive nephrotic syndrome. Prednisolone 60 mg/m2/day restarted. BP on home cuff ({{DEVICE:OMR-HBP1320-55017}}) 104/66.
Address confirmed: {{LOCATION:14 Ashgrove Lawn}}, {{LOCATION:Celbridge}}, {{LOCATION:Co. Kildare}}, {{LOCATION:W23 K5P8}}. GMS card {{HEALTH_PLAN:4471902T}}.
GP Dr {{NAME:Fionnuala Breathnach}}, phone {{PHONE:01 555 7210}}, fax {{FAX:01 555 7219}}.
Plan: urine protein diary, review in clinic {{DATE:2 December 2025}}; if frequently relapsing discuss levamisole. - {{NAME:Ciaran Lyne}}, CNS
`,
  },
  {
    id: 'h12-006',
    kind: 'perinatal-palliative-birth-plan',
    text: `
Perinatal palliative care - birth plan meeting, {{DATE:October 30, 2025}}
Mother {{NAME:Shanice Dabrowski-Moore}} (G3P2, 31w2d), partner {{NAME:Tomasz Dabrowski}}. Fetus with trisomy 18 on amniocentesis (lab accession {{OTHER_ID:CYT-25-010448}}).
Present: MFM Dr. {{NAME:Adaeze Nwachukwu}}, neonatologist Dr. {{NAME:Felix Hartgrove}}, chaplain Rev. {{NAME:Anne-Marie Coutts}}, SW {{NAME:Jolene Birdwell}}, LCSW.
Family wishes: comfort care, no CPR, skin-to-skin, baptism by their own pastor, Pastor {{NAME:Eugene Fairweather}} of {{LOCATION:Grace Tabernacle}} in {{LOCATION:Gary}}.
They want hand and foot moulds and photos by the volunteer photographer; images to be stored as {{PHOTO:DM_baby_memory_set1.zip}}.
Maternal great-grandmother {{NAME:Hattie Moore}}, age {{AGE_OVER_89:90}}, hopes to attend; wheelchair access needed.
Delivery planned at {{LOCATION:Methodist Hospitals Northlake}}; Medicaid IN {{HEALTH_PLAN:300418872}} (to verify).
Contact: {{PHONE:219-555-0156}} (mother), {{EMAIL:shanice.dm@example.com}}.
`,
  },
  {
    id: 'h12-007',
    kind: 'cleft-team-clinic',
    text: `
CLEFT AND CRANIOFACIAL TEAM CLINIC
Patient: {{NAME:Mateo Quispe Huaman}}  DOB {{DATE:08-Jun-2025}}  MRN {{MRN:2025-018834}}
Unilateral complete cleft lip and palate, left. Nasoalveolar moulding since week 2; NAM appliance adjusted today (tape changed, nasal stent added).
Feeding: Dr. Brown's specialty feeder, 90 mL q3h, weight 6.4 kg.
Standard photographs taken: {{PHOTO:MQH_frontal_20251113.jpg}}, {{PHOTO:MQH_basal_20251113.jpg}}; 3D stereophotogrammetry capture {{PHOTO:MQH_3dmd_0448.obj}}.
Parents {{NAME:Yessenia Huaman}} and {{NAME:Rolando Quispe}} drive 3 h from {{LOCATION:Hermiston}}, OR; mileage reimbursement through the team's fund, claim {{OTHER_ID:TF-55210}}.
Interpreter (Quechua relay via Spanish) {{NAME:Nilda Mamani}}, ID {{OTHER_ID:INT-7720}}.
Lip repair (Millard rotation-advancement) scheduled {{DATE:1/15/2026}} with Dr. {{NAME:Sun-hee Park}} at {{LOCATION:Doernbecher Children's Hospital}}.
Audiology: tympanometry type B bilaterally. SLP: {{NAME:Greta Lindqvist}}.
`,
  },
  {
    id: 'h12-008',
    kind: 'peds-intestinal-rehab-hpn',
    text: `
Intestinal rehabilitation clinic - home parenteral nutrition review
{{NAME:Zainab Al-Khouri}}, 4 y, short bowel after midgut volvulus ({{DATE:Jan 2022}}), residual small bowel 38 cm with ICV.
MRN {{MRN:UPMC-881042}}; account (HAR) {{ACCOUNT:6004418823}}.
PN: 5 nights/week, 900 mL over 12 h; lipid (fish-oil based) 1 g/kg. Pump serial {{DEVICE:CADD-S-100448}}, backup pump {{DEVICE:CADD-S-100921}}.
CVC: 4.2 Fr single-lumen tunneled, ethanol lock. Last CLABSI {{DATE:7/2025}} (Klebsiella).
Labs: citrulline 14, bili 0.4, zinc 62.
Home nurse {{NAME:Patrice Lavoie}} visits Mondays at {{LOCATION:221 Coal Hollow Rd}}, {{LOCATION:Canonsburg}}, PA {{LOCATION:15317}}.
Father {{NAME:Samir Al-Khouri}}, cell {{PHONE:724-555-0129}}; mother {{NAME:Rania}} works nights.
Teta (grandmother) {{NAME:Nawal Haddad}} visiting from {{LOCATION:Zahle}} until {{DATE:December 20}}.
Plan: trial off one night in {{DATE:January 2026}}; discuss teduglutide.
`,
  },
  {
    id: 'h12-009',
    kind: 'peds-neurology-ketogenic',
    text: `
Ketogenic diet clinic, paediatric neurology - {{LOCATION:Starship Children's Hospital}}
{{NAME:Tama Rangihuna-Fox}}, 7, NHI {{HEALTH_PLAN:ZKT4471}}, drug-resistant epilepsy (Dravet, SCN1A).
Classic 3:1 diet since {{DATE:3 June 2025}}. Seizure diary from mum {{NAME:Aroha Rangihuna}}: clusters down from 9/month to 2/month. Beta-hydroxybutyrate 4.1 mmol/L.
VNS generator serial {{DEVICE:VNS-106-55821}}, output 1.75 mA, 30 s on / 5 min off; magnet swipes logged.
Kura (school): {{LOCATION:Te Kura Kaupapa Maori o Hoani Waititi}}; teacher aide {{NAME:Mereana Paki}} trained on midazolam buccal.
Home: {{LOCATION:27 Kotuku Street}}, {{LOCATION:Henderson}}, {{LOCATION:Auckland}} {{LOCATION:0612}}. Ph {{PHONE:09 555 4187}}.
Koro (grandfather) {{NAME:Hemi Rangihuna}} aged 88 helps with meals.
Dietitian {{NAME:Lucy Amberley}}; neurologist Dr {{NAME:Kirsty Tawhiri}}. Review {{DATE:12/01/2026}}.
`,
  },
  {
    id: 'h12-010',
    kind: 'developmental-autism-evaluation',
    text: `
Developmental-behavioral pediatrics: autism diagnostic evaluation
{{NAME:Noor Siddiqui}}, 3 y 2 m, DOB {{DATE:09/02/2022}}, MRN {{MRN:LCH-3390218}}, seen {{DATE:11/06/2025}} at {{LOCATION:Lurie Children's}} outpatient center, {{LOCATION:Northbrook}}.
ADOS-2 module 1: SA 14, RRB 4, total 18, comparison score 8. Vineland-3 ABC 71. MSEL early learning composite 62.
DSM-5 criteria for ASD met, level 2 support for social communication.
Daycare: {{LOCATION:Little Sprouts Learning Center}}, director Ms. {{NAME:Jovanka Petrovic}}.
Parents: {{NAME:Farhan Siddiqui}} ({{PHONE:847-555-0193}}) and {{NAME:Hina Siddiqui}}; nani (grandmother) {{NAME:Shamim Akhtar}}, {{AGE_OVER_89:92}}, lives with them in {{LOCATION:Skokie}}.
Referrals: ABA via waiver, Medicaid (IL) {{HEALTH_PLAN:7740218831}}; speech therapy; early childhood special education at {{LOCATION:Niles Township}} district.
Report portal link for parents: {{URL:https://myreports.example.org/dbp/NS-2022-0902/eval.pdf}}
Dr. {{NAME:Annelise Vo-Ramirez}}
`,
  },
];
