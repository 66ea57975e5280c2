// train4: open development set, part 1 (US hospital notes). Gold marks are {{TYPE:value}}.
export default [
{ id: 't4-001', kind: 'emergency physician note', text: `
EMERGENCY DEPARTMENT PHYSICIAN NOTE
{{LOCATION:St. Brendan Regional Medical Center}} - {{LOCATION:Dayton}}, OH
Patient: {{NAME:OKONKWO, CHIDIMMA A}}   MRN: {{MRN:00482913}}   Acct: {{ACCOUNT:V20417735}}
DOB: {{DATE:07/22/1961}}   Arrival: {{DATE:03/14/2025}} 02:17   Room ED-14
Attending: {{NAME:Rich Delacroix}}, MD   Resident: {{NAME:J. Tran}}, DO

HPI: 63 yo F brought by EMS from home ({{LOCATION:4410 Wilmington Pike, Apt 2C}}, {{LOCATION:Kettering}} {{LOCATION:45440}}) with crushing substernal CP since ~23:30.
Husband {{NAME:Emeka}} at bedside, reachable at {{PHONE:(937) 555-0184}}. Pain 8/10, radiates to L arm. Hx of NSTEMI {{DATE:Aug 2019}}, PCI to LAD at {{LOCATION:Miami Valley Hospital}}.
Exam: BP 168/94, HR 112, RR 22, SpO2 93% RA, T 37.1. Lungs bibasilar crackles. Strength 5/5 x4. Levine sign present.
ECG 02:21: STE 2-3 mm V2-V4. Troponin I 4.82 ng/mL (ref <0.04). K 3.4, Cr 1.3, Hgb 11.8.
Plan: ASA 324 mg, heparin 4000 units IV bolus, cath lab activated 02:29 (I21.02). Discussed with cardiology fellow Dr. {{NAME:Page Whitcombe}} -> {{NAME:Page}} agrees.
Code status full. Daughter {{NAME:Faith Okonkwo-Reyes}} ({{PHONE:937-555-2290}}) updated.
` },
{ id: 't4-002', kind: 'hospitalist H&P', text: `
HOSPITALIST ADMISSION H&P
Name: {{NAME:Marguerite Anne Delahaye}}      DOB: {{DATE:02-Feb-1932}}      Age: {{AGE_OVER_89:93}}
MRN: {{MRN:HMC-7730215}}    Admit date: {{DATE:2025-04-03}}    Bed 5W-12B
PCP: {{NAME:Will Harrington}}, MD ({{LOCATION:Harrington Family Practice}}, ph {{PHONE:502.555.7714}}, fax {{FAX:502.555.7715}})

CC: fall at home, unable to stand.
HPI: {{AGE_OVER_89:93}}-year-old widow living alone at {{LOCATION:1187 Bardstown Rd}}, {{LOCATION:Louisville}}, KY {{LOCATION:40204}}, found on the floor by neighbor {{NAME:Dawn Pruitt}} on the morning of {{DATE:April 2}}. Down ~10 h. Denies LOC. Will need PT eval; we will hope for rehab.
PMH: HTN, AF on apixaban 2.5 mg BID, CKD 3b (eGFR 38), OA, cataracts s/p bilateral extraction 2014.
SH: former schoolteacher, quit smoking 1971. Son {{NAME:Guy Delahaye}} in {{LOCATION:Lexington}} ({{PHONE:859-555-0148}}) is HCPOA.
Exam: BP 102/58, HR 88 irregular, T 36.4. Hip: R leg shortened and externally rotated. MMSE 24/30.
Labs: CK 2,840 U/L, Cr 1.6, Na 131, INR 1.1. Imaging: R femoral neck fx (S72.001A).
A/P: ortho consult (Dr. {{NAME:Marcus Leblanc}}), hold apixaban, IVF LR 100 mL/h, Foley not needed, Braden 14.
Medicare MBI: {{HEALTH_PLAN:4KT9-WN2-EX71}}.   Secondary: Humana Gold Plus, member ID {{HEALTH_PLAN:H48827719-01}}.
` },
{ id: 't4-003', kind: 'discharge summary', text: `
DISCHARGE SUMMARY
Patient: {{NAME:Hope Nakashima-Bell}}    MRN {{MRN:2209-8814-3}}    DOB {{DATE:11/30/1978}}
Admitted: {{DATE:5/9/25}}   Discharged: {{DATE:5/13/25}}   LOS 4 days
Attending physician: {{NAME:Joy Adeyemi}}, MD    Dictated by: {{NAME:Bill Kowalczyk}}, PA-C

Diagnoses: 1. Diabetic ketoacidosis (E10.10). 2. Gastroparesis. 3. Hypokalemia.
Hospital course: presented with glucose 612, pH 7.08, AG 26, BHB 7.2. Insulin infusion per Kitabchi protocol, K repleted (KCl 40 mEq x3). Gap closed {{DATE:May 10}} at 14:00. Transitioned to glargine 18 units qHS + lispro sliding scale.
Insulin pump (Tandem t:slim X2) serial {{DEVICE:TSX2-1184402}} was removed on admission and returned to patient; CGM Dexcom G7 receiver SN {{DEVICE:DX7R-88241}}.
Disposition: home with husband {{NAME:Mark Bell}}. Address on file: {{LOCATION:72 Sycamore Lane}}, {{LOCATION:Ann Arbor}}, MI {{LOCATION:48104}}.
Follow-up: {{LOCATION:UM Endocrinology Clinic at Domino's Farms}} with Dr. {{NAME:April Sorensen}} on {{DATE:June 3, 2025}} at 9:40 AM. Call {{PHONE:734-555-0167}} with questions.
Discharge meds: glargine 18 u, lispro 1:10 ICR, metoclopramide 5 mg TID AC, ondansetron 4 mg PRN.
Hope she stays well; faith in the new pump settings.
` },
{ id: 't4-004', kind: 'cardiology consult letter', text: `
{{LOCATION:Lakeshore Heart & Vascular Institute}}
{{LOCATION:2250 N. Lincoln Avenue, Suite 410}}, {{LOCATION:Chicago}}, IL {{LOCATION:60614}}
Tel {{PHONE:(312) 555-0199}}  |  Fax {{FAX:(312) 555-0198}}

{{DATE:June 17, 2025}}

Dr. {{NAME:Soo-ah Park}}
{{LOCATION:Wicker Park Internal Medicine}}
Fax: {{FAX:312-555-7120}}

Re: {{NAME:Tomasz Wisniewski}}   DOB {{DATE:09/04/1957}}   MRN {{MRN:LHV0091347}}

Dear {{NAME:Soo-ah}},
Thank you for referring Mr. {{NAME:Wisniewski}}, a 67-year-old retired CTA bus mechanic, for exertional dyspnea. Echo on {{DATE:6/12}} showed LVEF 35-40%, grade II diastolic dysfunction, moderate MR, and a 2/6 holosystolic murmur at the apex was noted. NYHA class II-III. BNP 842 pg/mL.
Cardiac MRI (accession {{OTHER_ID:CMR-25-004417}}) showed subendocardial LGE in the LAD territory.
We started sacubitril/valsartan 24/26 mg BID and will uptitrate. If EF remains <= 35% at 90 days we will discuss ICD.
His wife {{NAME:Halina}} asked about driving; I advised no commercial driving. His CDL {{LICENSE:W215-4478-9013}} is held with the Illinois SOS.
Sincerely,
{{NAME:Guy Montreuil}}, MD, FACC
NPI {{OTHER_ID:1487736520}}
` },
{ id: 't4-005', kind: 'nephrology consult', text: `
NEPHROLOGY CONSULT - Tuesday {{DATE:8 July 2025}}
Requested by: Dr. {{NAME:L. Vasquez-Ortiz}} (hospitalist)   Pt: {{NAME:Reginald "Reggie" Amankwah}}, {{AGE_OVER_89:91}} y/o M, rm 611
MRN {{MRN:M-448821}}

Reason: AKI on CKD 4. Cr 4.9 from baseline 2.7 ({{DATE:Mar 2025}}), K 6.1, HCO3 16, BUN 98. UOP 300 mL/24h.
Renal US: bilateral echogenic kidneys 9.1 and 9.4 cm, no hydro.
Discussed dialysis options with pt and niece {{NAME:Abena Mensah}} (HCP, {{PHONE:404 555 0133}}). Pt is {{AGE_OVER_89:ninety-one}} and states he "does not want to be hooked to a machine"; understands risk. Goals of care: conservative kidney management.
Previously followed at {{LOCATION:DaVita Decatur Dialysis}} for access planning; L AVF created {{DATE:01/2024}} by Dr. {{NAME:Faith Oduya}}, never cannulated.
Recs: Lokelma 10 g TID x 48h, furosemide 80 mg IV BID, renal diet, avoid NSAIDs, renally dose abx. Repeat BMP 18:00.
-- {{NAME:Priya Raghunathan}}, MD, nephrology, pager 4471
` },
{ id: 't4-006', kind: 'rheumatology consult', text: `
RHEUMATOLOGY OUTPATIENT CONSULT
Date of service: {{DATE:10.07.2025}} (entered by visiting fellow, DD.MM.YYYY)
Patient: {{NAME:Castellanos de la Vega, Maria Jose}}   DOB: {{DATE:1990-12-01}}   MRN: {{MRN:RHU553019}}
Referring: Dr. {{NAME:Hunter Ellsworth}}, {{LOCATION:Bayview Community Health Center}}

HPI: 34 yo F with 8 months of symmetric small-joint synovitis, AM stiffness 2 h. RF 88, anti-CCP > 250, ESR 46, CRP 2.1. DAS28-CRP 5.1. Tender 12/28, swollen 9/28.
Hand X-rays ({{PHOTO:MCV_hands_PA_20250703.dcm}}) show periarticular osteopenia, no erosions.
Exam: MCP 2-3 synovitis bilaterally, Bouchard nodes absent, Phalen negative. Grip 4/5.
Plan: methotrexate 15 mg weekly + folic acid 1 mg daily, prednisone 10 mg taper, baseline HBV/HCV, CXR. Return in 6 weeks ({{DATE:Aug 21}}).
Works as a pastry chef at Whole Foods; Blue Cross Blue Shield of Texas PPO member {{HEALTH_PLAN:XOJ884213307}}, group 0091452.
Sister {{NAME:Lupe}} (also RA) is seen at {{LOCATION:UT Southwestern}}.
` },
{ id: 't4-007', kind: 'dermatology consult with photos', text: `
TELEDERMATOLOGY E-CONSULT
Submitted {{DATE:2025-02-27}} by {{NAME:Jennifer O'Shaughnessy}}, NP ({{LOCATION:Clearwater Rural Health Clinic}}, {{LOCATION:Orofino}}, ID)
Patient {{NAME:Tallulah Wolfe}}, MRN {{MRN:CRH-00193}}, DOB {{DATE:Oct 5 1944}}
Images: {{PHOTO:wolfe_t_back_01.jpg}}, {{PHOTO:wolfe_t_back_02.jpg}}, {{PHOTO:IMG_4471.HEIC}} (dermoscopy)
Lesion: 9 mm asymmetric pigmented macule L scapula, ABCDE 4/5 positive, changed since {{DATE:Nov 2024}}.
Assessment (Dr. {{NAME:Rose Achterberg}}, dermatology): concerning for melanoma; recommend excisional biopsy with 1-2 mm margins within 2 weeks. Also seborrheic keratoses x3 (L82.1). Leser-Trelat unlikely.
Patient portal link for photo upload: {{URL:https://myhealth.clearwaterrhc.org/upload?pt=00193&tok=8fa2c1}}
` },
{ id: 't4-008', kind: 'surgical pre-op checklist', text: `
PRE-OPERATIVE CHECKLIST   OR 7   Case #44182
Patient name: {{NAME:BALDWIN, JUNE M.}}        DOB: {{DATE:3/4/1950}}     MRN: {{MRN:0005528841}}
Procedure: L total knee arthroplasty       Surgeon: {{NAME:Kaveh Farahani}}, MD       Date: {{DATE:04/22/2025}}
[x] ID band checked with 2 identifiers (name + DOB)       [x] Consent signed {{DATE:4/15/25}}, witness {{NAME:T. Osei}}, RN
[x] H&P within 30 days     [x] Site marked "YES"     [x] NPO since 00:00
[x] Allergies: PCN (hives), latex      [x] Labs: Hgb 12.9, Plt 231, INR 1.0, K 4.2, A1c 6.4%
[x] Type & screen (specimen {{OTHER_ID:TS-25-118374}})   [x] Implant rep notified: Zimmer Biomet, rep {{NAME:Grant Ashby}} {{PHONE:614-555-0122}}
[x] Pacemaker? no     [x] CPAP brought from home: ResMed AirSense 11 SN {{DEVICE:23221744819}}
[x] Glasses/dentures removed     [x] Valuables given to husband {{NAME:Raymond Baldwin}}
[x] Ride home: {{NAME:Raymond}}, {{PHONE:614.555.9031}}       Pre-op RN: {{NAME:Carmen Ybarra}}, RN   07:05
` },
{ id: 't4-009', kind: 'anaesthesia record', text: `
ANESTHESIA RECORD   {{LOCATION:Providence St. Vincent Medical Center}}   OR 12
Pt: {{NAME:Liang, Wei-Ming}}   {{DATE:14-May-2025}}   MRN {{MRN:PSV40087123}}   ASA III   Wt 82 kg  Ht 171 cm
Anesthesiologist: Dr. {{NAME:Ingrid Solberg}}    CRNA: {{NAME:Patrick "Paddy" Quinlan}}, CRNA
Airway: Mallampati 3, TMD 6 cm, MacIntosh 3 blade, grade 1 view, 7.5 ETT @ 22 cm.
Induction 08:12: propofol 150 mg, fentanyl 100 mcg, rocuronium 50 mg. Maintenance sevoflurane 2%.
08:30 BP 96/52 -> phenylephrine 100 mcg x2. 09:45 EBL 250 mL. Sugammadex 200 mg 10:58. Extubated 11:04.
Anesthesia machine: Draeger Perseus A500 SN {{DEVICE:ASFN-0291}}; BIS monitor SN {{DEVICE:BIS-VX-55103}}.
PACU handoff to {{NAME:Dawn Whitaker}}, RN at 11:15. Aldrete 9/10. PONV prophylaxis: dex 4 mg, ondansetron 4 mg.
` },
{ id: 't4-010', kind: 'labour and delivery note', text: `
L&D DELIVERY NOTE
Mother: {{NAME:Destiny Ramirez-Coleman}}  G3P2012  MRN {{MRN:LD-2025-03381}}  DOB {{DATE:19 Jan 1997}}
Delivery: {{DATE:07/04/2025}} 03:52, NSVD over 2nd-degree laceration. EBL 350 mL. Apgars 8/9.
Infant: female "Baby Girl {{NAME:Ramirez-Coleman}}", {{NAME:Summer}} per parents, 3420 g, 50 cm. Newborn MRN {{MRN:LD-2025-03382}}.
GBS neg, Rh+, rubella immune. Pitocin 2 mu/min for augmentation from 22:10 on {{DATE:7/3}}. Epidural by Dr. {{NAME:Karim Haddad}}.
Cord blood banking kit {{OTHER_ID:CBR-77120-45}} (Cord Blood Registry), collected by {{NAME:Joy Thibodeaux}}, CNM.
FOB: {{NAME:Darnell Coleman}}, present. Plan: couplet care, breastfeeding, Tdap given {{DATE:5/20}}.
Birth certificate worksheet: place of birth {{LOCATION:Ochsner Baptist Women's Pavilion}}, {{LOCATION:New Orleans}}, {{LOCATION:Orleans Parish}}.
` },
{ id: 't4-011', kind: 'paediatric well visit', text: `
PEDIATRIC WELL VISIT - 4 YEAR
Child: {{NAME:Elijah "Eli" Brightwater}}   DOB {{DATE:2021-01-09}}   MRN {{MRN:PED118832}}   Visit {{DATE:1/14/2025}}
Accompanied by mother {{NAME:Mercy Brightwater}} and grandmother ({{AGE_OVER_89:90}} y/o, lives with family).
Wt 16.8 kg (55th %ile), Ht 103 cm (60th), BMI 15.8. BP 94/56. Vision 20/30 OU, hearing pass.
Development: hops, draws a person with 6 parts, knows colors. Attends {{LOCATION:Little Acorns Montessori}} on {{LOCATION:Delmar Blvd}}.
Immunizations today: DTaP #5 lot 3K7C2, IPV #4 lot W2391, MMRV #2 lot Y0038. VIS given.
Guidance: car seat (booster at 40 lb), water safety, screen time < 1 h. Dental home: Dr. {{NAME:Hope Ramsey}}, DDS.
Next visit 5 yr. Medicaid ID MO {{HEALTH_PLAN:2200418796}}.
` },
{ id: 't4-012', kind: 'psychiatric intake', text: `
PSYCHIATRIC INTAKE EVALUATION    Thursday, {{DATE:March 6th, 2025}}
Patient: {{NAME:tobias greer}} (prefers "{{NAME:Toby}}")   Age 27   MRN {{MRN:BH-0047712}}
Clinician: {{NAME:Rachael Feinberg}}, LCSW     Supervising psychiatrist: Dr. {{NAME:Olumide Bakare}}
Source: self and roommate {{NAME:Nathan Cho}} (collateral by phone {{PHONE:+1 206 555 0147}}).
CC: "I haven't slept in four days and my thoughts are racing."
HPI: Pressured speech, grandiosity (believes he will win the Nobel), spent $11,000 on crypto since {{DATE:Feb 20}}. No SI/HI. PHQ-9 6/27, YMRS 31, AUDIT-C 3/12.
Hx: first episode age 19 at {{LOCATION:Fairfax Behavioral Health}} in {{LOCATION:Kirkland}}, WA; lithium stopped 2022.
Family: mother {{NAME:Ruth Greer}} with bipolar I; maternal uncle died by suicide.
Works at Amazon (warehouse). Lives at {{LOCATION:815 NE 65th St Unit 304}}, {{LOCATION:Seattle}} {{LOCATION:98115}}.
Plan: voluntary admission, olanzapine 10 mg qHS, lithium 300 mg BID with level in 5 days, sleep hygiene. Safety plan reviewed.
` },
];
