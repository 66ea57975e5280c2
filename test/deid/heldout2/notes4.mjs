// Heldout2, part 4: more specialties, word-like names, eponym-like surnames, ages over 89 in many
// forms, and notes dense with clinical look-alikes. Written blind (see README.md).
export default [
{ id: 'h2-054', kind: 'NICU progress', text: `
NICU DAILY PROGRESS NOTE - DOL 12, CGA 31+4 wks
Infant: Baby Boy {{NAME:Oyelaran-Smith}}, now named {{NAME:Ezekiel Oyelaran-Smith}}  MRN {{MRN:NB-00284419}}  DOB {{DATE:05/02/2025}}  BW 1180 g
Today {{DATE:05/14/2025}}. Wt 1265 g (+30). Isolette, servo 36.5.
Resp: CPAP 5, FiO2 0.23. Caffeine citrate 5 mg/kg/day. 2 A/B/D events, self-resolved.
FEN: EBM 24 kcal fortified, 150 mL/kg/day via OG, TFI 160. Glucose 78.
ID: blood cx {{DATE:5/10}} negative at 48 h, amp/gent stopped.
Neuro: HUS DOL 7 - grade I IVH on L. Repeat at 30 days.
Social: mother {{NAME:Temperance Oyelaran}} (G1, 24 yo) pumping; father {{NAME:Will Smith-Carter}} visiting evenings. Family lodging at {{LOCATION:Ronald McDonald House}} on {{LOCATION:Ellis Ave}}.
Neonatologist {{NAME:Hope Nakamura-Ross}}, MD; NNP {{NAME:Grant Ellison}}, NNP-BC
` },
{ id: 'h2-055', kind: 'neurology clinic with eponyms', text: `
MOVEMENT DISORDERS CLINIC
Pt: {{NAME:Gerald Parkinson}} (yes, his real surname), 72M, MRN {{MRN:M-5531920}}, DOS {{DATE:2025-06-24}}.
Dx: idiopathic Parkinson's disease (G20), H&Y stage 2.5, dx 2019. Also Meniere's disease, Raynaud's, and Hashimoto's thyroiditis.
MDS-UPDRS part III 34 ON. MoCA 26/30. Orthostatic drop 22 mmHg.
Meds: carbidopa/levodopa 25/100 2 tabs TID, rasagiline 1 mg, fludrocortisone 0.1 mg.
Referred for DBS evaluation to Dr. {{NAME:Lotte Kranz}} at {{LOCATION:Barrow Neurological Institute}}.
Wife {{NAME:Faith Parkinson}}, caregiver. Babinski negative, Romberg positive, Hoffmann negative. Foley not needed.
{{NAME:Ines Carvalho}}, MD, movement disorders fellow / {{NAME:Marcus Foley}}, MD attending
` },
{ id: 'h2-056', kind: 'ages over 89, many forms', text: `
ADMISSIONS - {{LOCATION:Sunrise of Lakewood Ranch}} memory care, {{DATE:17/03/2025}}
New resident {{NAME:Winifred Ashby}}, F/{{AGE_OVER_89:97}}, transferred from {{LOCATION:Sarasota Memorial Hospital}}.
HPI per discharge packet: "{{AGE_OVER_89:97}}yo female with advanced dementia, recurrent UTIs".
Her husband {{NAME:Clement Ashby}}, age {{AGE_OVER_89:99}}, lives in the assisted living wing. Her sister, {{AGE_OVER_89:102}}, lives in {{LOCATION:Bradenton}}.
Another sibling died aged {{AGE_OVER_89:ninety-five}}.
For comparison, the roommate is 88 and the other applicant is 89 years old (not over 89).
Vitals 98.2 F, 72, 16, 128/70, 95%. Wt 44 kg. Braden 13. MNA-SF 7. PHQ-9 unable.
Code status: DNR. HCP: nephew {{NAME:Rupert Ashby-Cole}} {{PHONE:941-755-3089}}.
` },
{ id: 'h2-057', kind: 'ophthalmology', text: `
OPHTHALMOLOGY - retina clinic {{DATE:Jan 9 2025}}
{{NAME:Yetunde Afolabi}}, 66F, DM2 x 20 yr. MRN {{MRN:EYE-0081247}}
VA sc: OD 20/40, OS 20/80. IOP 16/18 by Goldmann. 
OCT: OS CST 412 um with intraretinal fluid; OD CST 268.
Dx: severe NPDR OU with DME OS (E11.3412, E11.3493).
Procedure: intravitreal aflibercept 2 mg OS (J0178), lot 5K8H2, time-out done. OCT images {{PHOTO:oct_afolabi_OS_20250109.dcm}}. Fundus photos uploaded to PACS.
F/u 4 wks with Dr. {{NAME:Iqbal Chaudhry}}.
` },
{ id: 'h2-058', kind: 'dental note', text: `
DENTAL - {{LOCATION:Smile Bright Family Dentistry}}, {{LOCATION:Peoria}} AZ {{LOCATION:85345}}
{{DATE:10.07.2025}} (MM.DD.YYYY)
Pt {{NAME:Ngaire Whaanga}} presents w/ pain #19. Perio: 4-5 mm pockets LL. Percussion +, cold test lingering > 30 s.
Dx: symptomatic irreversible pulpitis #19 (D3330 planned). Radiograph PA #19 {{PHOTO:PA19_whaanga.jpg}}.
Anesthesia: 2% lido 1:100k epi, 1.7 mL x 2 IANB. Pulpectomy, CaOH placed, Cavit.
Rx: ibuprofen 600 mg q6h, amoxicillin not indicated.
Dentist: Dr. {{NAME:Parisa Farahani}}, DDS   Asst: {{NAME:Lupita}}
` },
{ id: 'h2-059', kind: 'physical therapy eval', text: `
PT INITIAL EVALUATION - {{LOCATION:Evergreen Rehab}} ({{LOCATION:Spokane Valley}})
Pt: {{NAME:Summer Hollingsworth}}   DOB {{DATE:3/3/1989}}   Ref: Dr. {{NAME:Hunter Blake}}   Eval {{DATE:08/12/25}}
Dx: R ACL reconstruction (BTB autograft) {{DATE:07/29/25}}, 2 wks post-op.
ROM knee 0-95, quad lag 10 deg, SLR with lag. LEFS 28/80. Pain 4/10 NPRS.
Goals: ROM 0-120 by 6 wks; return to sport 9-12 months (LSI > 90%).
Plan: 2x/week x 12 weeks, NMES, CPT 97161, 97110, 97112.
{{NAME:Colm Brennan}}, PT, DPT
` },
{ id: 'h2-060', kind: 'hospice death pronouncement', text: `
HOSPICE RN - DEATH VISIT
Called by daughter {{NAME:Marguerite Lavoie}} at 02:10 on {{DATE:12 Feb 2025}}. Arrived at the home ({{LOCATION:63 Chemin des Erables}}, {{LOCATION:Lewiston}}, ME {{LOCATION:04240}}) at 02:55.
Pt {{NAME:Armand Lavoie}}, {{AGE_OVER_89:93}} y/o, without respirations, apical pulse, or BP; pupils fixed. Time of death 02:58 pronounced by {{NAME:Sabine Dufresne}}, RN (ME allows RN pronouncement for expected hospice deaths).
Attending Dr. {{NAME:Fortin}} notified 03:10. Funeral home {{LOCATION:Fortin Funeral Home}} (no relation) called 03:15.
Medications destroyed with witness ({{NAME:Marguerite}}): morphine 20 mg/mL 18 mL, lorazepam 2 mg/mL 10 mL.
Bereavement follow-up assigned to Rev. {{NAME:Thomas Achebe-Lund}}.
` },
{ id: 'h2-061', kind: 'psychiatry outpatient', text: `
PSYCHIATRY MED MGMT - telehealth (video), Wed, {{DATE:4/9/2025}}
Pt {{NAME:Siddharth "Sid" Raghunathan}}, 29M, grad student at {{LOCATION:Purdue University}}; located in {{LOCATION:West Lafayette}}, IN during visit.
Dx: MDD recurrent, moderate (F33.1); GAD (F41.1). PHQ-9 11 (from 17). GAD-7 9.
Sertraline 150 mg daily since {{DATE:Jan 2025}}. Sleep 6-7 h. Denies SI/HI. C-SSRS neg.
Therapy with {{NAME:Rachel Goldfarb}}, LCSW, weekly. Partner {{NAME:Will}} supportive.
Plan: continue sertraline 150 mg; add bupropion XL 150 mg if PHQ-9 > 10 at next visit. RTC 6 wks.
{{NAME:Adaeze Nwachukwu}}, MD
` },
{ id: 'h2-062', kind: 'urology with look-alikes', text: `
UROLOGY CLINIC {{DATE:11/19/2025}}
{{NAME:Bartholomew Achterberg}}, 64M. PSA 9.2 (from 6.1 in {{DATE:May 2025}}). PSAD 0.19. DRE: 40 g, R base nodule.
MRI prostate: PI-RADS 4 lesion R PZ, 1.1 cm. 
Plan: MRI-fusion biopsy (CPT 55700, 76942). Hold aspirin 81 mg x 5 d. Cipro 500 mg prophylaxis.
IPSS 14, QoL 3. PVR 85 mL. Uroflow Qmax 9 mL/s.
Vitals: 136/84, 68, 97.9. Gleason 3+4 = 7 on prior bx? - no prior bx.
Codes: R97.20, N40.1. LOINC 2857-1. NDC 0093-0864-01.
Lives at {{LOCATION:5210 Quail Hollow Ct}}, {{LOCATION:Greenville}}, SC {{LOCATION:29615}}. Wife {{NAME:Rose}}.
` },
{ id: 'h2-063', kind: 'anesthesia pre-op', text: `
PRE-ANESTHESIA EVALUATION
{{NAME:Aleksandra Nowak-Kowalski}}, 52F, for lap sleeve gastrectomy {{DATE:September 30}} with Dr. {{NAME:Ibrahim}}.
ASA III. BMI 44.1. Mallampati III, TMD 6 cm, neck 42 cm, STOP-BANG 5. METs > 4.
Hx: OSA on CPAP 12 cm H2O, HTN, GERD, prior PONV. Difficult IV access (US-guided in {{DATE:2022 March}}).
Labs: Hgb 13.2, Plt 288, Cr 0.8, K 4.0, A1c 6.1. ECG: NSR 74, QTc 431.
Plan: GA/ETT, video laryngoscopy first, TIVA (PONV Apfel 3), TAP blocks. Sugammadex.
{{NAME:Oksana Petrenko}}, MD, anesthesiology; CRNA {{NAME:Jorge Villanueva}}
` },
{ id: 'h2-064', kind: 'home health visit', text: `
HOME HEALTH SKILLED NURSING VISIT
Pt: {{NAME:Ruthie Mae Coleman}}  Visit {{DATE:06-03-2025}} 1030-1125  Agency: {{LOCATION:Bayou Home Health}}
Address: {{LOCATION:RR 2 Box 418}}, {{LOCATION:Opelousas}}, LA {{LOCATION:70570}}. Gate code 4412 (not PHI but keep private).
Wound: stage 3 pressure injury R heel 2.1 x 1.8 x 0.4 cm, 30% slough. NPWT not ordered. Cleansed NS, Medihoney, foam.
Weekly photo {{PHOTO:coleman_heel_wk3.png}}.
INR 2.6 (POC). BG 156. BP 148/92.
Grandson {{NAME:Tre'Von Coleman}} is caregiver ({{PHONE:337.943.7710}}); neighbor Mr. {{NAME:Boudreaux}} has spare key.
{{NAME:Celestine Guidry}}, RN
` },
{ id: 'h2-065', kind: 'guardianship / legal', text: `
SOCIAL WORK NOTE - capacity and guardianship
Pt {{NAME:Ignatius Mbeki-Fourie}} lacks capacity per psychiatry (Dr. {{NAME:Yael Ben-David}}, {{DATE:8/11/25}}). No HCPOA.
Emergency guardianship petition filed in {{LOCATION:Cook County}} Probate Court, case no. {{OTHER_ID:2025-P-004417}}, by niece {{NAME:Thandeka Mbeki}}.
Hearing set {{DATE:Aug 28, 2025}} 9:30 AM, courtroom 1804, {{LOCATION:Richard J. Daley Center}}.
Public guardian contact: {{NAME:Bernard Kowalski}} {{PHONE:312-603-0800}} ext 14.
Pt's SSN on court form: {{SSN:412 88 9063}}. Birth date {{DATE:2/29/1948}}.
` },
{ id: 'h2-066', kind: 'oncology tumor board', text: `
THORACIC TUMOR BOARD - Friday {{DATE:07 Feb 2025}}
Presenter: {{NAME:Zhao Wenjing}}, MD (med onc)
Case 1: {{NAME:D.M.}}, 61F, never smoker. RUL mass 3.8 cm, N2 (station 4R, 7 on EBUS {{DATE:1/22}}). Adeno, EGFR exon 19 del, PD-L1 5%. Stage IIIA (cT2bN2M0).
Recommendation: neoadjuvant osimertinib trial vs chemo-IO; refer Dr. {{NAME:Okafor}} (thoracic surgery).
Case 2: Mr. {{NAME:W}}, 78M, 2.1 cm LLL nodule, SUVmax 6.2, FEV1 48%, DLCO 41%. Not surgical candidate -> SBRT 54 Gy/3 fx.
Case 3: 45M with large-cell neuroendocrine carcinoma... deferred to next week ({{DATE:Feb 14}}).
Attendees: {{NAME:Okafor}}, {{NAME:Lindgren}}, {{NAME:Zhao}}, {{NAME:Mahmoud}}, {{NAME:Byrne}}; rad onc {{NAME:Pieter van der Berg}}.
` },
{ id: 'h2-067', kind: 'ED triage short lines', text: `
TRIAGE {{DATE:4/4/25}} 18:22  ESI 2
{{NAME:Abena Mensah-Boateng}} 44F from {{LOCATION:Worcester}}, CP radiating L arm x1h, diaphoretic. ECG at 18:25: STE II, III, aVF. STEMI alert 18:26. Cath lab activated. ASA 324 mg chewed. NTG 0.4 SL x1. BP 98/60 HR 52.
PMH DM2 HTN. Allergies NKDA. LMP {{DATE:3/20/25}}. Husband {{NAME:Yaw}} at bedside, cell {{PHONE:774-249-5508}}.
Triage RN: {{NAME:Courtney Pham}}, RN
` },
{ id: 'h2-068', kind: 'NZ / UK style letter', text: `
{{LOCATION:Waikato Hospital}}, {{LOCATION:Pembroke Street}}, {{LOCATION:Hamilton}} {{LOCATION:3204}}
Clinic letter - Renal outpatients - {{DATE:21 May 2025}}

Dear Dr {{NAME:Harrison}},
Re: {{NAME:Tamati Rangihuna}}, NHI {{HEALTH_PLAN:ZAC4821}}, DOB {{DATE:04.11.1970}}
{{LOCATION:14 Kowhai Place}}, {{LOCATION:Te Awamutu}} {{LOCATION:3800}}

I reviewed {{NAME:Tamati}} today. eGFR 22 (CKD 4), UACR 180 mg/mmol. BP 152/94 on amlodipine 10 mg and cilazapril 5 mg. Hb 98. PTH 31 pmol/L.
We discussed dialysis modalities; he prefers home haemodialysis and would like his whanau involved. His wife {{NAME:Huia}} can be contacted on {{PHONE:021 448 2093}}.
Plan: add furosemide 40 mg mane; AV fistula referral to vascular (Mr {{NAME:Cheng}}); review 3 months.
Yours sincerely,
Dr {{NAME:Anahera Walker}}, Nephrologist
cc: GP, {{LOCATION:Te Awamutu Medical Centre}}
` },
{ id: 'h2-069', kind: 'Canadian telephone + Indian names', text: `
PHONE NOTE - {{LOCATION:Brampton Civic Hospital}} Diabetes Education Centre, {{DATE:2025-02-12}} 15:05
Spoke to {{NAME:Gurpreet Kaur Sandhu}} (pt) and her son {{NAME:Harjot Singh Sandhu}} at {{PHONE:905-494-2120}}. Verified DOB ({{DATE:14-Apr-1957}}) and OHIP # {{HEALTH_PLAN:4427 883 191 BX}}.
BG log: fasting 7.8-9.4 mmol/L, 2h PP 11-13. Gliclazide MR 60 mg, metformin 850 mg TID. A1c 8.6%.
Advised gliclazide MR 90 mg; hypo education (15 g rule). Punjabi interpreter by phone (ID {{OTHER_ID:71425}}).
Mailing address confirmed: {{LOCATION:22 Sunny Meadow Blvd}}, {{LOCATION:Brampton}}, ON {{LOCATION:L6R 3B5}}.
-- {{NAME:Deepika Raman}}, RD, CDE
` },
{ id: 'h2-070', kind: 'Australian aged care + Medicare / DVA', text: `
RESIDENTIAL AGED CARE - GP review Tues {{DATE:2/4/2025}}
Facility: {{LOCATION:Mount Gravatt Gardens Aged Care}}, {{LOCATION:Mount Gravatt East}} QLD {{LOCATION:4122}}, Room 22.
Resident: {{NAME:Mavis Ethel Pickering}}, {{AGE_OVER_89:98}} years. Medicare {{HEALTH_PLAN:3318 66204 2}} (IRN 1). DVA Gold card {{HEALTH_PLAN:QX208441}} (war widow).
Next of kin: son {{NAME:Graeme Pickering}} {{PHONE:07 3349 8821}} / {{PHONE:0438 221 609}}.
Review: falls x1 this month (no injury). Lying/standing BP 138/72 -> 116/64. Ceased prazosin. Vit D 52. eGFR 38.
RMMR requested with pharmacist {{NAME:Sanjay Mehta}}. Advance care plan sighted (dated {{DATE:Nov 2023}}).
Dr {{NAME:Liesl Brandt}}, MBBS FRACGP, Provider No {{OTHER_ID:4419273A}}
` },
{ id: 'h2-071', kind: 'email thread with signature, research', text: `
-----Original Message-----
From: {{NAME:Okonkwo, Chiamaka}} <{{EMAIL:c.okonkwo@med.stonebridge.example.edu}}>
Sent: Thursday, {{DATE:July 17, 2025}} 4:52 PM
To: {{NAME:Ortiz, Benjamin}} <{{EMAIL:bortiz@stonebridge.example.edu}}>
Subject: RE: screen fail - pt {{OTHER_ID:0219}}

{{NAME:Ben}} - pt {{OTHER_ID:0219}} (Mrs. {{NAME:Elkins}}, the lady from {{LOCATION:Pikeville}}) screen-failed on eGFR (38, need >= 45). Please update the log and the REDCap record at {{URL:https://redcap.stonebridge.example.edu/redcap_v14/DataEntry/index.php?pid=4471&id=0219}}.
Thanks,
{{NAME:Chiamaka}}

{{NAME:Chiamaka Okonkwo}}, MPH
Clinical Research Coordinator II | {{LOCATION:Stonebridge University Medical Center}}
{{LOCATION:600 Harmon Ave, Room 4-112}} | {{PHONE:859.323.7781}} | pager 1199
` },
{ id: 'h2-072', kind: 'no-PHI look-alike dense note', text: `
ICU PROTOCOL CHECKLIST (template, no patient identifiers)
Sedation: RASS goal 0 to -1; CAM-ICU q12h. Propofol 5-50 mcg/kg/min, dexmedetomidine 0.2-1.5 mcg/kg/h.
Vent: TV 6 mL/kg PBW, PEEP 5-14 per ARDSnet table, plateau < 30, driving pressure < 15. SBT daily at 0800.
Glucose 140-180 mg/dL. VTE ppx: heparin 5000 units SC q8h. Stress ulcer ppx if MV > 48 h.
Scores: SOFA, APACHE II, GCS 3-15, Wells, CURB-65, qSOFA, HAS-BLED, CHA2DS2-VASc.
Lines: CVC day 1-7, review daily; Foley removal by day 2 post-op. Room 12, bed 3 cleaning schedule Mon/Wed/Fri.
References: ARDSNet 2000; SCCM PADIS 2018; ICD-10 J80, R65.21; CPT 31500, 36556; LOINC 2708-6.
Phone tree: ICU charge x4410, pharmacy x4420, RT x4430.
Version 3.2, reviewed 2024. Policy #ICU-112.
` },
];
