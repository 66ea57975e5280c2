// Heldout2, part 2: Canadian and Australian notes, nursing handoffs, phone encounters,
// care-coordination e-mails, prior-authorization letters. Written blind (see README.md).
export default [
{ id: 'h2-019', kind: 'Canadian discharge (Ontario)', text: `
{{LOCATION:The Ottawa Hospital}} - {{LOCATION:Civic Campus}}
DISCHARGE SUMMARY
Patient: {{NAME:Genevieve Tremblay-Lalonde}}    Health Card (OHIP): {{HEALTH_PLAN:5584-221-907-KT}}    Chart #: {{MRN:T00918274}}
Address: {{LOCATION:1402-88 Rideau Terrace}}, {{LOCATION:Ottawa}}, ON {{LOCATION:K1M 2C4}}
Admission: {{DATE:2024-11-03}}   Discharge: {{DATE:2024-11-09}}
Most responsible diagnosis: acute on chronic COPD exacerbation (J44.1). GOLD 3, group E.
Course: prednisone 40 mg x 5 d, doxycycline 100 mg BID x 5 d, salbutamol/ipratropium nebs. ABG on admission pH 7.31, pCO2 61. BiPAP x 36 h.
Smoking: 45 pack-years, quit {{DATE:September 2024}}. Referred to pulmonary rehab at {{LOCATION:Bruyere Continuing Care}}.
Family physician: Dr. {{NAME:Anil Mahabir}}, {{LOCATION:Glebe Family Health Team}}, tel. {{PHONE:613-237-4410}}, fax {{FAX:613-237-4419}}.
Home O2 2 L/min via NC (Ontario HOP funding). Next of kin: husband {{NAME:Marc-Andre Lalonde}}, {{PHONE:613 555 8812}}.
Dictated by {{NAME:Priyanka Chaudhary}}, MD FRCPC. D: {{DATE:09/11/2024}} T: {{DATE:10/11/2024}}
` },
{ id: 'h2-020', kind: 'Canadian ED note (BC / Quebec)', text: `
ED note - {{LOCATION:Vancouver General Hospital}}
{{NAME:Liam Kalluk}}, 19M, PHN {{HEALTH_PLAN:9876 543 210}}. Lives in {{LOCATION:Iqaluit}}, NU, here for a hockey tournament, billeted at {{LOCATION:2210 W 7th Ave}}, {{LOCATION:Vancouver}}, BC {{LOCATION:V6K 1Y3}}.
Mother {{NAME:Annie Kalluk}} reachable at {{PHONE:867-979-3321}}.
Injury: slashed on ice {{DATE:Jan 18}} ~20:00, 3 cm laceration to chin, no LOC, CCHR negative. Tetanus current.
Repair: 5-0 nylon x 6, LET topical. Concussion screen SCAT6 symptom score 2.
Also seen last year in {{LOCATION:Montreal}} ({{LOCATION:Hopital du Sacre-Coeur}}) with RAMQ no. {{HEALTH_PLAN:KALL 0405 2211}} on file (from a previous residence in QC).
Dispo home. Sutures out in 7 days at {{LOCATION:Qikiqtani General Hospital}}. Dr. {{NAME:Mei-Ling Sato}}.
` },
{ id: 'h2-021', kind: 'Australian GP referral', text: `
{{LOCATION:Bondi Junction Medical Practice}}
{{LOCATION:Level 2, 18 Spring Street}}, {{LOCATION:Bondi Junction}} NSW {{LOCATION:2022}}
Ph {{PHONE:(02) 9387 6611}}  Fax {{FAX:(02) 9387 6612}}

{{DATE:3rd March 2025}}

Dr {{NAME:Aroha Te Whata}}
Gastroenterologist, {{LOCATION:St Vincent's Hospital Sydney}}
{{LOCATION:390 Victoria Street}}, {{LOCATION:Darlinghurst}} NSW {{LOCATION:2010}}

Dear {{NAME:Aroha}},
Re: Ms {{NAME:Chloe Papadopoulos}}, DOB {{DATE:12/08/1990}}
{{LOCATION:Unit 4/77 Flood Street}}, {{LOCATION:Bondi}} NSW {{LOCATION:2026}}
Medicare No. {{HEALTH_PLAN:2953 41726 1}} / IRN 2   DVA: nil   Mob {{PHONE:0412 558 903}}

Thank you for seeing {{NAME:Chloe}}, a 34 yo woman with 4 months of intermittent bloody diarrhoea, 6-8 motions/day, weight loss of 5 kg. Faecal calprotectin 860 ug/g, CRP 24, Hb 108, ferritin 9. Stool MCS and C. diff negative. Coeliac serology negative.
I suspect ulcerative colitis and would be grateful for a colonoscopy. She is on no regular medication apart from the OCP.
Kind regards,
Dr {{NAME:Ben Whitlam}} (MBBS, FRACGP)   Provider No. {{OTHER_ID:2433671J}}
` },
{ id: 'h2-022', kind: 'Australian hospital progress (Victoria/Qld)', text: `
{{LOCATION:Royal Melbourne Hospital}} - Ward 7 North, bed 14
PROGRESS NOTE Wed {{DATE:11/09/24}} 0800 ward round (Cons: A/Prof {{NAME:Jarrah Nguyen-Simmons}}; Reg: Dr {{NAME:Ffion Evans}}; Int: Dr {{NAME:Kabir Sethi}})
Pt: {{NAME:ROBERTSON, Kenneth}}  UR {{MRN:2039981}}  Medicare {{HEALTH_PLAN:4087 22311 3-1}}
Lives in {{LOCATION:Footscray}} VIC {{LOCATION:3011}}; retired tram driver. Wife {{NAME:Doreen}} visiting.
D3 post admission with cellulitis L lower leg. Afebrile 36.9, HR 88, BP 132/80, RR 16, SpO2 96% RA. Erythema receding from marked border.
Bloods: WCC 11.2 (from 17.4), CRP 96 (from 210), eGFR 61.
Plan: switch IV flucloxacillin 2 g q6h to oral cefalexin 500 mg qid today; elevate; OT review; likely d/c tomorrow to home, GP f/u in {{LOCATION:Seddon}}.
Brother in {{LOCATION:Toowoomba}} QLD {{LOCATION:4350}} to be informed per pt request.
` },
{ id: 'h2-023', kind: 'SBAR nursing handoff', text: `
SBAR HANDOFF - 4 East Med/Surg - night to day - {{DATE:01/15/2025}} 0700
S: pt is Mrs. {{NAME:Agnieszka Zielinski}}, 81F, bed 4E-22A, POD 2 s/p lap chole. Pain 6/10 overnight, got oxycodone 5 mg x2 (last 0415).
B: Hx AFib on apixaban (held since {{DATE:1/12}}), DM2, OSA on CPAP at home (brought own machine). Allergic to sulfa (rash) and codeine (N/V).
A: VS 0600: T 37.9, HR 104 irregular, BP 146/88, RR 20, SpO2 92% 2L NC. I&O 1200/650. JP drain 40 mL serosang. FSBG 212 at 0600. Morse fall 55.
R: pls page surgery PA {{NAME:Dwayne Okafor}} at 0730 re: low-grade temp + tachy; pt asking for daughter {{NAME:Basia}} ({{PHONE:414-908-2276}}) to be called after 8. Recheck BG before breakfast, sliding scale.
Handed off by {{NAME:Kristen Halvorsen}}, RN to {{NAME:Jomo Kariuki}}, RN.
` },
{ id: 'h2-024', kind: 'telephone encounter', text: `
TELEPHONE ENCOUNTER
{{DATE:02/06/2025}} 11:42 AM   Call from: pt's wife {{NAME:Lupe Faleolo}}   Callback: {{PHONE:801-367-4452}}
Pt: {{NAME:Sione Faleolo}}   DOB {{DATE:10/10/1962}}   MRN {{MRN:10049271}}
Reason: pt has had BP readings at home 170s/100s for 3 days despite losartan 100 mg. No chest pain, no HA, no vision change. He ran out of HCTZ on {{DATE:Jan 30}}.
Advised: restart HCTZ 25 mg daily - refill sent to {{LOCATION:Smith's Pharmacy #4128}} on {{LOCATION:State St}}, {{LOCATION:Orem}}. Recheck BP in 1 week; ED if > 180/120 with symptoms.
Routed to Dr. {{NAME:Hemsworth}} for review.  -- {{NAME:Kalani Akana}}, LPN
Addendum {{DATE:2/6/25}} 1:15 PM: agree with plan. {{NAME:C. Hemsworth}}, MD
` },
{ id: 'h2-025', kind: 'care coordination email', text: `
From: {{NAME:Fatuma Abdi Hassan}}, MSW <{{EMAIL:fatuma.hassan@cedarsidecommunity.org}}>
To: {{EMAIL:intake@northlandhomecare.example.com}}
Cc: {{NAME:Rebecca Thorsdottir}} <{{EMAIL:rthorsdottir@hennepinhealth.example.org}}>
Date: Tue, {{DATE:18 Feb 2025}} 14:07:33 -0600
Subject: Referral - home health for Mr. {{NAME:Abdullahi Warsame}}

Hello,
I am referring {{NAME:Abdullahi Warsame}} (DOB {{DATE:1951-06-01}}, Medicaid ID {{HEALTH_PLAN:MN0078812243}}) for skilled nursing + PT after his hospital discharge on {{DATE:Feb 17}}. He lives with his son {{NAME:Mohamed}} at {{LOCATION:1625 Riverside Ave, Apt 911}}, {{LOCATION:Minneapolis}} {{LOCATION:55454}}. Somali interpreter needed. Son's number is {{PHONE:612.338.0917}}.
Diagnoses: CHF (I50.32), DM2, L BKA (2019). He needs wound checks twice a week and INR monitoring (goal 2-3).
Please confirm receipt.

Thanks,
{{NAME:Fatuma}}
--
{{NAME:Fatuma Abdi Hassan}}, MSW, LICSW
Care Coordinator | {{LOCATION:Cedar-Riverside Community Clinic}}
{{LOCATION:420 Cedar Ave S}}, {{LOCATION:Minneapolis}}, MN {{LOCATION:55454}}
Direct: {{PHONE:612-555-0143}} | Secure fax: {{FAX:612-555-0149}}
CONFIDENTIALITY NOTICE: This e-mail may contain PHI...
` },
{ id: 'h2-026', kind: 'prior authorization letter', text: `
LETTER OF MEDICAL NECESSITY / PRIOR AUTHORIZATION REQUEST
Date: {{DATE:January 22, 2025}}
To: Utilization Management, Blue Horizon Health Plan, Fax {{FAX:1-866-412-7730}}
Member: {{NAME:Ravindra Iyer}}    Member ID: {{HEALTH_PLAN:BHX4420918801}}    Group #: 77340
DOB: {{DATE:03/29/1967}}
Medication requested: adalimumab-adaz 40 mg SC every 14 days (HCPCS J3590; NDC 61314-0454-02)
Diagnosis: moderate-to-severe plaque psoriasis, L40.0; BSA 18%, PASI 16.4, DLQI 14.

To whom it may concern,
I am writing on behalf of my patient, Mr. {{NAME:Iyer}}, to request coverage of adalimumab. He has failed topical clobetasol 0.05% (8 weeks), NB-UVB phototherapy (36 sessions from {{DATE:May 2024}} to {{DATE:August 2024}}), and methotrexate 20 mg weekly (stopped {{DATE:11/2024}} for transaminitis, ALT 148).
TB screen (QuantiFERON) negative {{DATE:12/09/2024}}; HBV negative.
Sincerely,
{{NAME:Moira Cavanagh}}, MD
{{LOCATION:Riverbend Dermatology Associates}}, NPI {{OTHER_ID:1689742031}}
Phone {{PHONE:(717) 302-5546}}
` },
{ id: 'h2-027', kind: 'consult request', text: `
CONSULT REQUEST
To: Palliative Care     From: MICU team (Dr. {{NAME:Aleksandr Volkov}}, x7-4419)
Pt: {{NAME:Theodora Christodoulou}}, MICU bed 9, MRN {{MRN:2211-4480}}
Question: goals of care discussion; family meeting requested. Pt with metastatic pancreatic adenocarcinoma, now intubated for hypoxic resp failure (P/F 110), on norepinephrine 0.12 mcg/kg/min. SOFA 11.
Decision-maker: health care proxy - son {{NAME:Nikos Christodoulou}} ({{PHONE:917-442-0381}}), flying in from {{LOCATION:Athens}} tonight; daughter {{NAME:Eleni}} local.
Urgency: within 24 h.  Pager 2-2190.  Requested {{DATE:6/9/2025}} 15:30.
` },
{ id: 'h2-028', kind: 'death summary', text: `
DEATH SUMMARY
Decedent: {{NAME:Harold Leroy Jenkins Jr}}    MRN: {{MRN:05513077}}    Age: {{AGE_OVER_89:91}}
Date/time of death: {{DATE:December 30, 2024}} at 03:22. Pronounced by {{NAME:Ayodele Ogunleye}}, MD.
Admitted {{DATE:12/26/2024}} from {{LOCATION:Whispering Pines Nursing & Rehab}} with urosepsis and septic shock.
Course: ceftriaxone -> meropenem per cultures (ESBL E. coli). Transitioned to comfort-focused care {{DATE:12/28}} after family meeting with wife {{NAME:Loretta Jenkins}} (who turned {{AGE_OVER_89:90}} this month) and son {{NAME:Harold III}}.
Cause of death: (a) septic shock, (b) ESBL E. coli UTI, (c) neurogenic bladder with chronic Foley. Other: Parkinson disease, CKD 3a.
Autopsy declined. Medical examiner not notified (natural death). Organ procurement org (LifeShare ref #{{OTHER_ID:OP-2024-88812}}) notified 03:40, not a candidate.
Funeral home: {{LOCATION:Grissom & Sons Funeral Home}}, {{LOCATION:Ardmore}}.
` },
{ id: 'h2-029', kind: 'Navajo / IHS clinic note', text: `
{{LOCATION:Chinle Comprehensive Health Care Facility}} - Diabetes clinic
Pt: {{NAME:Delbert Yazzie}}, 58M, chart {{MRN:CH-118732}}, from {{LOCATION:Many Farms}}, AZ. Travels 25 mi; no running water at home.
Seen {{DATE:7/22/2025}}. A1c 9.1 (prev 8.4 in {{DATE:April 2025}}). eGFR 48, UACR 310 mg/g. BP 138/84.
Meds: metformin 1000 mg BID, glipizide 10 mg, lisinopril 20 mg. Declined insulin. Interested in traditional healer ({{NAME:Hosteen Begay}}) ceremony next month; we support concurrent care.
Started semaglutide 0.25 mg weekly. Public health nurse {{NAME:Loretta Tsosie}}, RN, will do home visit.
Wife {{NAME:Marilyn Yazzie}} phone {{PHONE:928-674-2201}}. Granddaughter {{NAME:Skyler}} helps with meds.
` },
{ id: 'h2-030', kind: 'Hmong family meeting note', text: `
SOCIAL WORK - FAMILY MEETING, {{DATE:May 5th, 2025}}
Present: pt {{NAME:Xiong Pa Nhia}} (preferred "{{NAME:Niam Pa}}"), husband {{NAME:Vang Tou Lee}}, sons {{NAME:Kou Vang}} and {{NAME:Chue Vang}}, clan leader {{NAME:Vang Neng}}, interpreter {{NAME:Yer Thao}} (ID {{OTHER_ID:INT-3327}}), Dr. {{NAME:Susannah Whitlock}} (onc), {{NAME:Marcus Boateng}}, LCSW.
Discussed: stage IV gastric cancer, ECOG 3. Family requests shaman ceremony (hu plig) in room; approved with fire safety precautions (no open flame, per facilities).
Family lives at {{LOCATION:3815 Spring Lake Dr}}, {{LOCATION:Saint Paul}}; prefers home hospice. Referral placed to {{LOCATION:Allina Health Hospice}}.
Contact: {{NAME:Kou Vang}} {{PHONE:(651) 207-6634}}, email {{EMAIL:kou.vang.mn@example.net}}.
` },
{ id: 'h2-031', kind: 'Brazilian / Portuguese-speaking pt, urgent care', text: `
URGENT CARE - {{LOCATION:Framingham}} walk-in, Sat {{DATE:Aug 16 2025}}
{{NAME:Joao Victor Albuquerque dos Santos}}, 31M, speaks Portuguese; cousin {{NAME:Thiago}} interpreting by phone ({{PHONE:508-270-3391}}).
CPF (Brazilian tax ID) shown at registration: {{OTHER_ID:417.238.905-62}}. No US insurance; self-pay account {{ACCOUNT:SP-20250816-0447}}.
CC: R hand laceration from box cutter at work ({{LOCATION:Natick Mall}} warehouse). 2.5 cm, no tendon involvement, FDS/FDP intact, 2-pt discrimination 5 mm.
Repaired 4-0 Ethilon x 4. Td given. Keep dry 24-48 h.
Employer contact: {{NAME:Ricardo Mendes}}, supervisor.
` },
{ id: 'h2-032', kind: 'Russian name, prior auth phone log', text: `
PA phone log - {{DATE:3/18/2025}}
10:05 Called Caremark PA line {{PHONE:1-888-883-9120}}, rep "{{NAME:Tasha}}", ref #{{OTHER_ID:PA-88127715}}, re: Ozempic 1 mg for {{NAME:Vladimirova, Yekaterina Sergeyevna}} (DOB {{DATE:08.02.1979}}), member ID {{HEALTH_PLAN:ZRX551903224}}.
10:21 Told clinical criteria: BMI > 30 or A1c >= 7 with metformin failure. Faxed chart notes to {{FAX:1-888-836-0730}}.
{{DATE:3/20}} 14:50 Approved through {{DATE:03/19/2026}}. Pt notified via portal; pt's husband {{NAME:Dmitri}} confirmed.
-- {{NAME:Jasmine Pettaway}}, CPhT
` },
{ id: 'h2-033', kind: 'school nurse / paediatric asthma', text: `
ASTHMA ACTION PLAN - school copy
Student: {{NAME:Aiyana Redcloud}}   Grade 4   DOB: {{DATE:Dec 3, 2015}}
School: {{LOCATION:Lincoln Elementary School}}, {{LOCATION:Rapid City}}
Parent/guardian: {{NAME:Winona Redcloud}}  Cell {{PHONE:(605) 381-2207}}  Work {{PHONE:605-394-1180}}
Green zone: Flovent HFA 44 mcg 2 puffs BID with spacer. Peak flow > 220 L/min (personal best 275).
Yellow zone (PF 140-220): albuterol 90 mcg 4 puffs q4h.
Red zone (PF < 140): albuterol 6 puffs, call 911.
Physician: {{NAME:Ezekiel Drummond}}, MD   Date: {{DATE:08/25/2025}}
` },
{ id: 'h2-034', kind: 'obstetrics prenatal, Korean pt', text: `
PRENATAL VISIT 28w2d, {{DATE:Oct 1, 2025}}
{{NAME:Kim Ji-woo}} (legal name {{NAME:Jiwoo Kim}}), 36 y/o G1P0, EDD by 8-wk US {{DATE:12/22/2025}}.
BP 122/76. FH 28 cm. FHR 148. No edema. GCT 1-hr 152 -> 3-hr GTT ordered. Hgb 10.9 -> start ferrous sulfate 325 mg.
Rh negative: RhoGAM 300 mcg IM given today, lot RG2207A (recorded in MAR).
Tdap today. Kick counts reviewed. Partner {{NAME:Minjun Lee}} present.
Birth plan: {{LOCATION:Providence Holy Cross}} L&D; doula {{NAME:Sunny Han}}.
Next visit 2 weeks. {{NAME:Gabriela Restrepo}}, CNM
` },
{ id: 'h2-035', kind: 'Irish / Greek names, GI procedure note', text: `
ENDOSCOPY REPORT - {{LOCATION:Saint Columba's Medical Center}} Endoscopy Suite 3
Patient: {{NAME:O'Sullivan, Ciaran Padraig}}   MRN: {{MRN:S-0447719}}   Proc date: {{DATE:2025.04.09}}
Endoscopist: {{NAME:Konstantinos Antonopoulos}}, MD   Fellow: {{NAME:Aoife Ni Bhriain}}, MD   RN: {{NAME:Deirdre MacNamara}}
Scope: Olympus GIF-H190, S/N {{DEVICE:2847719}}.
Indication: dysphagia to solids, 3 months (R13.10).
Findings: concentric rings and linear furrows throughout esophagus (EREFS 4). Biopsies x6 proximal + distal. Normal stomach, duodenum.
Impression: suspected eosinophilic esophagitis. Plan PPI high dose 8 weeks, repeat EGD; allergy referral to Dr. {{NAME:Spiros Galanis}}.
Sedation: propofol 260 mg by CRNA {{NAME:Brigid Hanrahan}}. ASA II.
` },
];
