// heldout4 notes, part 2: therapies, nutrition, wound care, geriatrics, memory, palliative, POLST, bereavement.
export default [
  {
    id: 'h4-012',
    kind: 'physical therapy initial evaluation',
    text: `
PHYSICAL THERAPY INITIAL EVALUATION
{{LOCATION:Riverbend Outpatient Rehab}}   Date of eval: {{DATE:04/08/2025}}   Account {{ACCOUNT:RBR-0022917}}
Patient: {{NAME:Will Tennant}}   DOB: {{DATE:06/14/1958}}   MRN: {{MRN:RB-44120}}
Referring: {{NAME:Tobias Reinholt}}, MD. Dx: s/p R TKA {{DATE:3/11/25}} (Z96.651). Visit 1 of 12 authorised (auth {{OTHER_ID:PA-7781402}}).
Subjective: pain 4/10 at rest, 7/10 after stairs. Goal: back to bowling league and walking the dog 1 mile. States he will "do the homework." Lives with wife {{NAME:Faith}} in a 2-storey home, 14 steps with rail.
Objective: R knee AROM 5-98 deg, PROM 3-104. Quad lag 10 deg. MMT quads 3+/5, hip abd 4/5. Girth 2 cm > L at joint line. TUG 14.2 s. 6MWT 290 m. Berg 47/56. LEFS 31/80.
Assessment: expected deficits 4 weeks post-op; good rehab potential.
Plan: 2x/week x 6 weeks: ROM, quad sets, NMES, gait training, HEP app (access code 7QX2).
Therapist: {{NAME:Marisol Quintanilla-Brandt}}, PT, DPT, PT licence #{{LICENSE:18843}}
`,
  },
  {
    id: 'h4-013',
    kind: 'occupational therapy daily note (stroke rehab)',
    text: `
OCCUPATIONAL THERAPY - DAILY NOTE   {{DATE:4/16/2025}}
Pt {{NAME:LaToya Jefferson-Beaumont}} (MRN {{MRN:3398120}}), 47, L MCA stroke {{DATE:03/30/2025}}, acute rehab room 412.
S: "I want to braid my daughter's hair again." Daughter {{NAME:Hope}} (age 9) visited.
O: FIM eating 5, grooming 4, UB dressing 4, LB dressing 3, toileting 3. R UE Brunnstrom stage 4; MAS 1+ elbow flexors. Grip R 8 kg / L 26 kg (Jamar position 2). 9-hole peg R 68 s. Box and Blocks R 21.
Cognition: MoCA 24/30; mild neglect on line bisection.
A: progressing; min A for LB dressing with hemi-technique.
P: mirror therapy, task-specific training, resting hand orthosis fitted. Home evaluation planned with husband {{NAME:Darnell}} at {{LOCATION:2207 Sycamore Ct}}, {{LOCATION:Decatur}}.
{{NAME:Kiyomi Hara}}, OTR/L
`,
  },
  {
    id: 'h4-014',
    kind: 'speech therapy videofluoroscopic swallow study',
    text: `
MODIFIED BARIUM SWALLOW STUDY (VFSS)
Patient: {{NAME:Abernathy-Cole, Winifred}}   Age {{AGE_OVER_89:96}}   MRN {{MRN:FV-0227781}}   FIN {{ACCOUNT:FV25-0331-4471}}   Date {{DATE:31 Mar 2025}}
Referred by Dr. {{NAME:Hope Castellano}}. Radiologist: {{NAME:Benedikt Auer}}, MD. SLP: {{NAME:Summer Delacroix}}, MS CCC-SLP
Consistencies (IDDSI): thin (0), slightly thick (1), mildly thick (2), puree (4), solid (7), barium tablet 13 mm.
Findings: delayed swallow initiation, bolus head at the pyriform sinuses. Thin: PAS 8 (silent aspiration) x2. Mildly thick: PAS 2. Puree: PAS 1, mild vallecular residue (Yale 2). Chin tuck reduced PAS to 5 on thin. No Zenker's diverticulum.
Recommendations: IDDSI level 2 liquids, level 5 minced & moist; meds crushed in puree; upright 90 deg for meals and 30 min after. FOIS 4. Repeat in 4-6 weeks.
Study video archived as {{PHOTO:VFSS_FV0227781_20250331.mp4}}.
`,
  },
  {
    id: 'h4-015',
    kind: 'nutrition consult (dietitian)',
    text: `
NUTRITION CONSULT - Registered Dietitian
{{DATE:April 10th, 2025}} | {{NAME:Okonjo, Chidinma}} | MRN {{MRN:7744-0912}} | 6 West bed 22
Reason: MST 3; head and neck cancer on chemoradiation.
Anthropometrics: Ht 170 cm, wt 58.2 kg, UBW 68 kg ({{DATE:Jan 2025}}) - 14% loss in 3 months. BMI 20.1.
NFPE: moderate temporal wasting, severe orbital fat loss; grip 14 kg.
Intake: full liquids ~800 kcal/d. Mucositis grade 3.
Labs: albumin 2.9, prealbumin 11, Mg 1.6, Phos 2.4, K 3.3 (refeeding risk).
Dx: severe protein-calorie malnutrition (ASPEN/AND) related to odynophagia.
Needs: 30-35 kcal/kg = 1750-2050 kcal; protein 1.5 g/kg = 87 g; fluid 2 L.
Plan: recommend PEG; start Jevity 1.5 at 20 mL/h, advance by 10 q8h to 60 mL/h x 22 h; thiamine 100 mg x 5 days; replete K/Phos/Mg.
Husband ({{NAME:Emeka}}) brings homemade pap; discussed safety.
{{NAME:Jun-seo Park}}, RD, LDN   pager 4471
`,
  },
  {
    id: 'h4-016',
    kind: 'wound ostomy continence nurse consult',
    text: `
WOUND, OSTOMY & CONTINENCE NURSE CONSULT
Pt: {{NAME:FIGUEROA, ANGEL}}   DOB {{DATE:10-19-1949}}   MRN {{MRN:003391847}}   Acct {{ACCOUNT:41000288716}}   Date {{DATE:4-18-2025}}
Consult by: {{NAME:Rich Adeyemi}}, NP (hospitalist)
Wound 1: sacrum, stage 4 pressure injury, 6.2 x 4.8 x 2.1 cm, tunnelling 3 cm at 12 o'clock, undermining 1.5 cm 3-6 o'clock. Bone palpable. 40% slough. Periwound macerated.
Wound 2: L heel DTPI 3 x 3 cm, intact.
Photos {{PHOTO:FIGUEROA_sacrum_20250418.jpg}}, {{PHOTO:FIGUEROA_Lheel_20250418.jpg}} uploaded.
Braden 11. Albumin 2.6.
Plan: NPWT 125 mmHg continuous, change M/W/F; heel boots; low-air-loss mattress (rental serial {{DEVICE:LAL-90017-3B}}); probe-to-bone positive - ID/ortho consult, MRI.
Wife {{NAME:Dolores Figueroa}} taught turning schedule. Home: {{LOCATION:88 Calle del Sol}}, {{LOCATION:Las Cruces}}, NM {{LOCATION:88005}}.
{{NAME:Pauline Okereke}}, BSN, RN, CWOCN
`,
  },
  {
    id: 'h4-017',
    kind: 'comprehensive geriatric assessment',
    text: `
COMPREHENSIVE GERIATRIC ASSESSMENT
{{LOCATION:Whitmore Senior Health Clinic}} - {{DATE:14.04.2025}}
Patient: Mrs {{NAME:Philippa Eastbrook}}, aged {{AGE_OVER_89:ninety-four}}, DOB {{DATE:02.11.1930}}, clinic no. {{MRN:WSH-118204}}
Accompanied by granddaughter {{NAME:Joy Eastbrook-Mills}} ({{PHONE:+1 413 555 2286}}).
Function: Katz ADL 5/6 (help bathing). Lawton IADL 3/8. Gait speed 0.6 m/s. Clinical Frailty Scale 6. Two falls since January.
Cognition: Mini-Cog 3/5, MoCA 21/30 (10 y education). GDS-15: 4.
Nutrition: MNA-SF 10. Weight 49 kg (54 kg in 2023).
Continence: urge incontinence, 3 pads/day.
Medications: 11. STOPP: zopiclone, oxybutynin (ACB 3). START: vitamin D.
Family: her sister, aged 89, lives in the same building; husband died at {{AGE_OVER_89:91}} in 2019; her mother lived to {{AGE_OVER_89:101}}.
Plan: taper zopiclone over 4 weeks; stop oxybutynin; Otago programme; audiology; POLST discussion next visit.
Geriatrician: {{NAME:Rosalind Achterberg}}, MD
`,
  },
  {
    id: 'h4-018',
    kind: 'memory clinic letter',
    text: `
{{LOCATION:Cairnmore Memory Clinic}}
{{LOCATION:45 Kingfisher Lane}}, {{LOCATION:Ashbury}}, VT {{LOCATION:05401}}
Tel {{PHONE:802.555.0162}}   Fax {{FAX:802.555.0169}}

{{DATE:3 April 2025}}

Dr {{NAME:Gideon Blackwood}}
{{LOCATION:Ashbury Family Medicine}}

Re: {{NAME:Bernard}} "{{NAME:Bernie}}" {{NAME:Lafleur}}, DOB {{DATE:19/08/1943}}, hosp no {{MRN:CMC 30-4471}}

Dear {{NAME:Gideon}},
Thank you for referring {{NAME:Bernard}}, whom I saw with his wife {{NAME:Colette}} on the {{DATE:twenty-eighth of March}}. He is a retired machinist who stopped driving in 2022.
History: three-year insidious decline in episodic memory, word-finding pauses, getting lost on familiar routes. No RBD, no hallucinations.
Examination: MMSE 19/30; ACE-III 61/100 (attention 14/18, memory 9/26, fluency 5/14, language 20/26, visuospatial 13/16). Clock 2/5. Hachinski 2.
Imaging: MRI {{DATE:12/03/2025}} bilateral hippocampal atrophy (MTA 3), Fazekas 1. Amyloid PET positive (84 centiloids).
Impression: Alzheimer's disease, mild dementia stage (CDR 1).
Plan: donepezil 5 mg for 4 weeks then 10 mg; anti-amyloid eligibility pending APOE (sample {{OTHER_ID:APOE-25-00781}}); power of attorney; carer support at {{LOCATION:Ashbury Adult Day Center}}. I will see him again on the {{DATE:2nd of July}}.

Yours sincerely,
Dr {{NAME:Amara Okwuosa-Finch}}, Consultant in Old Age Psychiatry
cc: {{NAME:Colette Lafleur}} ({{EMAIL:colette.lafleur@mailbox.example.net}})
`,
  },
  {
    id: 'h4-019',
    kind: 'palliative care family meeting note',
    text: `
PALLIATIVE CARE - FAMILY MEETING NOTE
{{DATE:2025-04-20}} 14:00-15:10, 5 North family room
Patient: {{NAME:Ambrose Lindqvist}} ({{AGE_OVER_89:90}} y), MRN {{MRN:7710552}}
Present: patient (first 20 min), son {{NAME:Hal Lindqvist}} (HCPOA), daughter {{NAME:Britt Lindqvist-Moreau}} (phone, from Quebec), granddaughter {{NAME:Page}}, chaplain Rev. {{NAME:Tomasz Zielinski}}, SW {{NAME:Marguerite Ndiaye}}, RN {{NAME:Guy Delacroix-Hunt}}, palliative MD {{NAME:Samir Haddadin}}.
Update: squamous cell lung cancer, declined chemotherapy; new brain metastases on CT {{DATE:4/18}}; PPS 40%; minimal oral intake.
Values: "I have had a long life. I want to be home with my dog, Mark."
Decisions: DNR/DNI confirmed; POLST completed. Hospice at home - referral to {{LOCATION:Evergreen Hospice of the Valley}}, intake {{PHONE:(802) 555-0177}}. {{NAME:Hal}} is the contact.
The family hope to have him home for his birthday on {{DATE:May 6}}. They post updates at {{URL:https://www.carepages-example.org/ambroselindqvist}}.
Follow-up: SW to arrange hospital bed delivery to {{LOCATION:17 Orchard Hill Rd}}, {{LOCATION:Shelburne}}.
`,
  },
  {
    id: 'h4-020',
    kind: 'POLST form (transcribed)',
    text: `
PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - transcribed
Last name: {{NAME:LINDQVIST}}   First: {{NAME:AMBROSE}}   Middle: {{NAME:E}}   DOB: {{DATE:05/06/1934}}
Address: {{LOCATION:17 Orchard Hill Road}}, {{LOCATION:Shelburne}}, VT {{LOCATION:05482}}
Section A: Do Not Attempt Resuscitation (DNR).
Section B: Selective treatment - no intubation; may use non-invasive ventilation; transfer only if comfort needs cannot be met.
Section C: No artificial nutrition by tube.
Discussed with: patient (has capacity) and surrogate.
Health care agent: {{NAME:Harald}} "{{NAME:Hal}}" {{NAME:Lindqvist}}, son, {{PHONE:802-555-0138}}
Practitioner: {{NAME:Samir Haddadin}}, MD   License # {{LICENSE:MD.0044817}}   Phone {{PHONE:802-555-0190}}   Date {{DATE:04/20/2025}}
Registry form ID {{OTHER_ID:POLST-VT-2025-118830}}
`,
  },
  {
    id: 'h4-021',
    kind: 'hospice bereavement follow-up call',
    text: `
BEREAVEMENT FOLLOW-UP CALL - hospice bereavement program
Deceased: {{NAME:Eleanor Whitcombe-Baird}}, died {{DATE:January 9, 2025}} at home, age {{AGE_OVER_89:98}}. Hospice ID {{MRN:EHV-20931}}. Death certificate worksheet SSN {{SSN:040-22-7781}}.
Contact: daughter {{NAME:June Baird}}, {{PHONE:(413) 555-0105}}; 13-month plan, call #3.
Call {{DATE:04/09/2025}} 10:20: {{NAME:June}} reports sleeping better, back to part-time work at the library. Grief 5/10 (was 8/10). Finds the memorial page comforting ({{URL:https://www.forevermissed-example.com/eleanor-whitcombe-baird}}).
Her brother {{NAME:Will}} "hasn't talked about it." Offered sibling resources; she will pass them on.
Anticipated anniversary reaction around {{DATE:July 22}} (parents' wedding anniversary).
Screening: PHQ-2 = 1. No risk indicators.
Plan: mailing #4 in {{DATE:November 2025}}; next call {{DATE:6/2025}}.
Coordinator: {{NAME:Caroline Fairchild-Odu}}, MSW
`,
  },
  {
    id: 'h4-022',
    kind: 'patient education sheet (no PHI)',
    text: `
PATIENT EDUCATION: THICKENED LIQUIDS AT HOME (IDDSI)
Why: your swallow study showed that thin drinks can enter your airway. Thicker drinks move more slowly and give you time to swallow safely.
Levels: 0 thin, 1 slightly thick, 2 mildly thick, 3 moderately thick, 4 extremely thick.
Flow test: fill a 10 mL slip-tip syringe and let it flow for 10 seconds; mildly thick leaves 4-8 mL.
Tips: sit upright at 90 degrees; small sips (5 mL); chin tuck if taught; stay upright 30 minutes after meals.
Call your care team for fever over 38 C (100.4 F), coughing with meals, or weight loss over 2 kg in a month.
We hope this helps - you will get used to it. Ask your speech-language pathologist about the Frazier free water protocol.
Revised 2024. Form ED-SLP-014, page 1 of 1.
`,
  },
];
