// train6 notes, part 1: narrative discharge summary, social-history consult, psychiatry, addiction medicine,
// gender-affirming care, adoption, surrogacy, triplet birth, family meeting, interpreter call, e-mail thread.
export default [
{ id: 't6-001', kind: 'discharge summary, hospital course by day', text: `
DISCHARGE SUMMARY
{{LOCATION:St. Brendan's Regional Medical Center}} - Internal Medicine Teaching Service
Patient: {{NAME:WHITLOCK, AMBROSE T}}    MRN {{MRN:00418827}}    Acct# {{ACCOUNT:HAR-5530918}}
Admitted: {{DATE:October 3rd, 2025}}    Discharged: {{DATE:October 11th, 2025}}
Attending: {{NAME:Priyanka Raghunathan}}, MD    Resident: {{NAME:Tobias Engel}}, MD (PGY-2)
PCP: Dr. {{NAME:Lorna Fitzsimmons}}, {{LOCATION:Ridgeline Family Practice}}, {{LOCATION:Walla Walla}}, WA

HOSPITAL COURSE BY DAY
Day 1 (Fri {{DATE:10/3}}): Presented from home in {{LOCATION:College Place}} with 4 days of productive cough, T 39.1, SpO2 86% RA. CXR RLL consolidation. Ceftriaxone 1 g and azithromycin 500 mg started. Lactate 2.8.
Day 2 (Sat {{DATE:10/4}}): Worsening hypoxia on 6 L NC; moved to step-down bed 4B-12. BNP 410. Echo ordered.
Day 3 (Sun {{DATE:10/5}}): TTE EF 35-40%, new. Cardiology (Dr. {{NAME:Okonkwo-Baptiste}}) consulted; furosemide 40 mg IV BID. Net -2.1 L.
Day 4 ({{DATE:Oct 6}}): Off O2 by evening. Wife {{NAME:Marguerite}} at bedside, asked about driving; advised none until follow-up.
Days 5-6 ({{DATE:Oct 7}} to {{DATE:Oct 8}}): Transitioned to oral torsemide 20 mg daily, metoprolol succinate 25 mg. 2/6 systolic murmur at LUSB unchanged. Strength 5/5.
Day 7 ({{DATE:10-09-2025}}): PT cleared for home; walked 300 ft. Son {{NAME:Garrett Whitlock}} (lives in {{LOCATION:Spokane}}) will stay one week.
Day 8 ({{DATE:10.10.25}}): Cath deferred to outpatient. K 3.4 repleted.
Discharge day: Stable. NYHA II.

FOLLOW-UP
- Heart failure clinic, {{LOCATION:Providence St. Mary Heart Center}}, on {{DATE:Oct. 20}} at 10:40.
- Dr. {{NAME:Fitzsimmons}} within 7 days. Call {{PHONE:509-555-0176}} with weight gain over 3 lb.
Dictated {{DATE:10/11/2025}} 14:02 by {{NAME:T. Engel}}; job #88120 (transcription job, not PHI).
`},
{ id: 't6-002', kind: 'consult with extensive social history', text: `
GERIATRIC ONCOLOGY CONSULT - {{DATE:2025-08-14}}
Requesting: Dr. {{NAME:Bartholomew Ames}}
Pt: {{NAME:Constance "Connie" Delacroix-Whitfield}}, DOB {{DATE:02/29/1932}} ({{AGE_OVER_89:93}} y)

SOCIAL HISTORY
Widowed (husband {{NAME:Raymond}} d. 2009). Lives alone in a second-floor walk-up at {{LOCATION:41 Larkspur Lane, Apt 2R}}, {{LOCATION:Northampton}}, MA {{LOCATION:01060}}, above a bakery she owned for 30 years. Retired schoolteacher ({{LOCATION:Jackson Street School}}). Still volunteers Tuesdays at the {{LOCATION:Forbes Library}}.
Children: daughter {{NAME:Yvette}} (68, nurse in {{LOCATION:Burlington}}, VT, {{PHONE:802-555-0133}}); son {{NAME:Luc}} (64, lives in {{LOCATION:Lyon}}, France; visits at Christmas); son {{NAME:Andre}} died age 40. Granddaughter {{NAME:Simone Delacroix}}, 27, is her HCP and lives 10 minutes away on {{LOCATION:Bridge Road}}.
Her sister {{NAME:Therese Aucoin}} is {{AGE_OVER_89:96}} and lives at {{LOCATION:Linda Manor}} in {{LOCATION:Leeds}}; they speak daily.
Travel: flew to {{LOCATION:Quebec City}} in June for a cousin's funeral.
Drinks one glass of wine nightly; never smoked. Drives short distances only, a 2014 Buick, MA plate {{VEHICLE:4TR 882}}.
Functional: ADLs independent, IADLs needs help with finances (grandson {{NAME:Remy}} manages bill pay). CARG toxicity score 9 (intermediate). Mini-Cog 4/5. G8 score 13/17.

ASSESSMENT: {{AGE_OVER_89:ninety-three}}-year-old with stage II HR+ breast cancer; recommend endocrine therapy alone (letrozole 2.5 mg), omit radiation per shared decision.
{{NAME:Hana Moreau-Liang}}, MD, Geriatric Oncology
`},
{ id: 't6-003', kind: 'outpatient psychiatry follow-up', text: `
OUTPATIENT PSYCHIATRY - MED MANAGEMENT F/U
Date of service: Thursday, {{DATE:November 6, 2025}}    Visit type: 30-min, in person
Patient: {{NAME:Dashiell Okafor}} (prefers "{{NAME:Dash}}")    DOB {{DATE:7/19/1994}}    MRN {{MRN:BH-2291047}}
Clinician: {{NAME:Ingrid Solberg}}, PMHNP-BC

Interval: Since last visit {{DATE:10/9}}, mood "a 6 out of 10." Started new job at a warehouse in {{LOCATION:Fontana}}; works nights. Girlfriend {{NAME:Keisha}} moved in. Brother {{NAME:Chidi}} was arrested in September; court date {{DATE:12/2/25}}, {{NAME:Dash}} is anxious about testifying.
Sleep 5 h. Appetite ok. Denies SI/HI; C-SSRS negative. PHQ-9 = 9 (was 16), GAD-7 = 8.
MSE: casually dressed, good eye contact, speech normal rate, mood "tired", affect reactive, TP linear, no AH/VH, insight fair.
Meds: sertraline 150 mg, hydroxyzine 25 mg PRN. Lithium level n/a.
Plan: continue; refer to therapist {{NAME:Marisol Ybarra}}, LCSW at {{LOCATION:Inland Counseling Collective}}; RTC 6 weeks ({{DATE:12/18}}). Crisis line 988 reviewed. Mother ({{NAME:Ngozi Okafor}}, {{PHONE:(909) 555-0164}}) may be contacted per signed ROI dated {{DATE:3/3/2025}}.
`},
{ id: 't6-004', kind: 'addiction medicine', text: `
ADDICTION MEDICINE CLINIC - {{LOCATION:Harbor Light Recovery Center}}, {{LOCATION:1120 W Pershing Rd}}, {{LOCATION:Tacoma}}, WA {{LOCATION:98405}}
Patient: {{NAME:lyle j. prewitt}}   DOB {{DATE:01-22-1979}}   PDMP checked {{DATE:11/03/2025}}
Buprenorphine/naloxone 16/4 mg daily, week 22. UDS {{DATE:10/31}}: bup +, norbup +, fentanyl neg, meth neg. COWS 2. AUDIT-C 3.
Housing: staying with cousin {{NAME:Wade Prewitt}} at the {{LOCATION:Lakewood Motor Inn}}, room 14 until {{DATE:Dec 1}}; HUD voucher pending. Works at a tire shop ({{LOCATION:Hilltop}} area). Peer recovery coach {{NAME:"Tank" Abernathy}} meets him weekly.
Drug court: {{LOCATION:Pierce County}} case no. {{OTHER_ID:24-1-03318-7}}, judge {{NAME:Halvorsen}}; next status hearing {{DATE:Jan 14, 2026}}. Probation officer {{NAME:Corinne Faletti}} ({{PHONE:253.555.0129}}).
Naloxone kit given, lot 4F22A (not PHI). Hep C Ab reactive, RNA pending; referred to {{LOCATION:MultiCare Infectious Disease Clinic}}.
Rx sent to {{LOCATION:Bi-Mart Pharmacy #604}}. DEA X-waiver no longer required; prescriber DEA {{LICENSE:FS4418270}}.
-- {{NAME:Wen-Li Harcourt}}, DO
`},
{ id: 't6-005', kind: 'gender-affirming care', text: `
GENDER-AFFIRMING CARE - PROGRESS NOTE
Name in use: {{NAME:Rowan Ellery Castellanos}}   Legal name (insurance): {{NAME:Rebecca Ellen Castellanos}}
Pronouns: they/them    DOB {{DATE:April 2, 2001}}    MRN {{MRN:55120874}}
Insurance: Regence BlueShield, member {{HEALTH_PLAN:RGN884172209}}, group 00441 (group number, not PHI)
Visit {{DATE:2025-09-30}}, telehealth from patient's apartment in {{LOCATION:Eugene}}, OR.

Testosterone cypionate 60 mg IM weekly since {{DATE:Feb 2024}}. Total T 512 ng/dL, Hct 46.1%. Chest binder 8 h/day, no skin breakdown.
Top-surgery consult with Dr. {{NAME:Adaeze Nwosu-Kim}} at {{LOCATION:OHSU Transgender Health Program}} on {{DATE:10/22/25}}. Letter of support written by therapist {{NAME:Sam Quill}}, LPC, signed {{DATE:09/12/2025}}.
Name change: court order from {{LOCATION:Lane County}} Circuit Court, case {{OTHER_ID:25CV18842}}, granted {{DATE:8/28/2025}}; new state ID pending, old driver license {{LICENSE:OR 7733120}} still in old name. Partner {{NAME:Juniper Hale}} (she/her) attended.
Plan: continue T; recheck labs 3 months. Update chart name once ID arrives.
{{NAME:Mateo Ferrante}}, MD
`},
{ id: 't6-006', kind: 'adoption medical record', text: `
INTERNATIONAL ADOPTION CLINIC - INITIAL EVALUATION
Child: {{NAME:Mei Ling "Maisie" Hargreave}} (birth name {{NAME:Zhao Meiling}})
DOB (per orphanage records): {{DATE:03/11/2021}}   Arrival in US: {{DATE:July 30, 2025}}
Adoptive parents: {{NAME:Douglas Hargreave}} and {{NAME:Philippa Stone-Hargreave}}, {{LOCATION:808 Quarry Hill Dr}}, {{LOCATION:Ames}}, IA {{LOCATION:50010}}; home {{PHONE:515-555-0102}}
Agency: Holt (adoption agency, company). Adoption decree {{OTHER_ID:IA-ADP-2025-00417}}; IR-3 visa; child's passport {{OTHER_ID:EJ4471902}}.
Orphanage: {{LOCATION:Changsha Social Welfare Institute}}, {{LOCATION:Changsha}}, Hunan.
History: found at ~2 weeks of age; cleft lip repaired at {{LOCATION:Hunan Children's Hospital}} {{DATE:May 2022}}. Foster mother "{{NAME:Auntie Liu}}".
Exam: weight 12.9 kg (10th %ile), height 92 cm. Dental caries x4. Bone age pending to confirm age.
Labs: CBC, lead 3 ug/dL, TSH, HBsAg neg, HIV neg, QuantiFERON neg, stool O&P x3 sent.
Photos of the cleft repair uploaded: {{PHOTO:MH_lip_20250806_01.jpg}}, {{PHOTO:MH_lip_20250806_02.jpg}}.
Follow-up {{DATE:8/20}}. -- {{NAME:Celeste Ambrose-Oyelaran}}, MD, FAAP
`},
{ id: 't6-007', kind: 'gestational surrogacy record', text: `
REPRODUCTIVE ENDOCRINOLOGY - GESTATIONAL CARRIER FILE
Carrier: {{NAME:Tamsin Rourke}}, 31, G3P2, DOB {{DATE:12/05/1993}}, MRN {{MRN:RE-770415}}
Intended parents: {{NAME:Kenji Watanabe}} and {{NAME:Oliver Brandt-Watanabe}}, of {{LOCATION:Portland}}, OR; lawyer: Ellison Family Law (firm, not marked).
Carrier agreement executed {{DATE:June 9, 2025}}; escrow account {{ACCOUNT:ESC-00291833}} at Pacific Premier Trust.
Carrier's insurance: Moda Health member {{HEALTH_PLAN:MH61042287-01}}; surrogacy-specific policy {{ACCOUNT:NSP-2025-11802}}.
Embryo: PGT-A euploid, frozen {{DATE:2024-11-18}}, cryo tank B-4, straw ID not PHI. FET on {{DATE:08/04/2025}}; beta hCG {{DATE:8/13}} 212, {{DATE:8/15}} 498. Viability US {{DATE:9/2/2025}}: single IUP, FHR 152. EDD {{DATE:04/21/2026}}.
Carrier's husband {{NAME:Declan Rourke}}; children {{NAME:Finn}} (6) and {{NAME:Aoife}} (3). Delivery planned at {{LOCATION:Legacy Emanuel Medical Center}}; pre-birth parentage order to be filed in {{LOCATION:Multnomah County}}.
Coordinator {{NAME:Bree Castellano}}, {{EMAIL:bcastellano@northwestfertility.example}}, {{PHONE:503-555-0190}}.
`},
{ id: 't6-008', kind: 'triplet delivery and NICU admission', text: `
DELIVERY NOTE - TRIPLETS (DCTA)
Mother: {{NAME:Fatoumata Diallo-Bright}}, 34 y, MRN {{MRN:4418021}}   Father: {{NAME:Emmanuel Bright}}
Date of birth: {{DATE:11/17/2025}}   GA 32w4d   Primary C/S under spinal, Dr. {{NAME:Rosalind Achterberg}}
Triplet A: "Baby Girl A {{NAME:Diallo-Bright}}", later named {{NAME:Aminata}}, born 07:41, 1710 g, Apgars 7/8. MRN {{MRN:4418055}}. ID band 2211-A.
Triplet B: "Baby Boy B", named {{NAME:Ousmane}}, born 07:42, 1620 g, Apgars 6/8. MRN {{MRN:4418056}}.
Triplet C: "Baby Girl C", named {{NAME:Hawa}}, born 07:44, 1390 g, Apgars 5/7, CPAP. MRN {{MRN:4418057}}.
All three to Level III NICU, {{LOCATION:Brightwater Women's Hospital}}. Footprints captured for infant security: templates {{BIOMETRIC:FP-NB-2025-118840}}, {{BIOMETRIC:FP-NB-2025-118841}}, {{BIOMETRIC:FP-NB-2025-118842}}. Hugs tags issued (tag numbers are not patient identifiers here).
Maternal grandmother {{NAME:Kadiatou Diallo}} arriving from {{LOCATION:Conakry}} on {{DATE:Nov 20}}.
Cord blood sent; blood type O+. Placentas x2 to pathology, accession {{OTHER_ID:SP25-31877}}.
`},
{ id: 't6-009', kind: 'family meeting with many relatives', text: `
ICU FAMILY MEETING - {{DATE:12 December 2025}}, 15:00, family room 3
Patient: {{NAME:Salvatore "Sal" Benedetto}}, {{AGE_OVER_89:91}}, day 9 post cardiac arrest; anoxic brain injury.
Present: wife {{NAME:Rosaria}} (88); children {{NAME:Vincent Benedetto}} (HCP), {{NAME:Maria Benedetto-Kowalczyk}}, {{NAME:Joseph "Joey" Benedetto}}; {{NAME:Maria}}'s husband {{NAME:Stan Kowalczyk}}; grandson {{NAME:Anthony}} (on speaker from {{LOCATION:Scottsdale}}); parish priest Fr. {{NAME:Michael O'Halloran}} of {{LOCATION:St. Rita's Church}}.
Team: Dr. {{NAME:Camille Ferreira}} (intensivist), {{NAME:Dev Rao}}, RN, {{NAME:Ellen Fogarty}}, LICSW, palliative NP {{NAME:Grace Whitaker}}.
Discussed: EEG burst suppression, absent corneals and pupils at 72 h, MRI diffuse restriction. Prognosis for meaningful recovery very poor.
Family recalled {{NAME:Sal}} said after his brother {{NAME:Carmine}}'s long ICU stay in 2019 that he "never wanted machines." Consensus: transition to comfort care {{DATE:12/13}} after his sister {{NAME:Agnese}} (flying in from {{LOCATION:Palermo}}) arrives. {{NAME:Joey}} disagreed initially; will meet chaplain Rev. {{NAME:Hope Adair}}.
Time spent 75 min, > 50% counselling.
`},
{ id: 't6-010', kind: 'interpreter telephone encounter', text: `
TELEPHONE ENCOUNTER VIA INTERPRETER
{{DATE:2025-07-21}} 09:12  Language: Dari. Interpreter: {{NAME:Farid}}, ID {{OTHER_ID:LL-228104}} (LanguageLine).
Called patient {{NAME:Zarghona Haidari}} (DOB {{DATE:1988-01-01}}, a default date assigned on arrival) at {{PHONE:(402) 555-0118}}; her husband {{NAME:Mohammad Nabi Haidari}} answered and passed phone.
Purpose: abnormal Pap ({{DATE:7/8/2025}}) - ASC-H. Scheduled colposcopy {{DATE:Aug 5}} 13:30 at {{LOCATION:OneWorld Community Health Centers}}, {{LOCATION:4920 S 30th St}}, {{LOCATION:Omaha}}. Pt asked for female provider; Dr. {{NAME:Noor Siddiqui}} assigned. Transport via Medicaid NEMT, Nebraska Medicaid ID {{HEALTH_PLAN:NE0044182730}}.
Case manager from resettlement agency {{NAME:Jolene Brandvold}} ({{PHONE:402-555-0121 x214}}) cc'd. A-number on file {{OTHER_ID:A 219-884-602}}.
Teach-back done through interpreter. Call ended 09:26. -- {{NAME:K. Mbatha}}, RN
`},
{ id: 't6-011', kind: 'patient-clinic e-mail thread with signatures', text: `
From: {{NAME:Harriet Pennywhistle}} <{{EMAIL:hpennywhistle62@mailbox.example}}>
To: Rheumatology Nurse Line <{{EMAIL:rheum.nurses@cascadiahealth.example}}>
Sent: Mon, {{DATE:3 Nov 2025}} 21:47
Subject: Re: methotrexate question

Hi {{NAME:Josie}}, my hands are swollen again, the left more than the right. I ran out of folic acid. Can you send to the {{LOCATION:Fred Meyer pharmacy on Broadway}}? Also my new phone is {{PHONE:541 555 0147}}.
thanks, {{NAME:Harriet}}
Sent from my iPad

> On {{DATE:Oct 28, 2025}}, at 10:02, {{NAME:Josephine Alvarado}}, RN wrote:
> Ms. {{NAME:Pennywhistle}}, your labs from {{DATE:10/24}} are fine (ALT 31, creatinine 0.8). Continue methotrexate 20 mg weekly.
> {{NAME:Josephine "Josie" Alvarado}}, BSN, RN | Rheumatology | {{LOCATION:Cascadia Health Rheumatology - Bend}}
> {{LOCATION:2600 NE Neff Rd, Suite 310}}, {{LOCATION:Bend}}, OR {{LOCATION:97701}} | P {{PHONE:541-555-0150}} | F {{FAX:541-555-0151}}
> CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, notify the sender and delete it. Patient ID in subject lines is prohibited.
`},
];
