// Held-out notes, part 2. Markup: {{TYPE:text}} marks a gold span.
export default [
// 21 hospice / very old patient, ages in words
`HOSPICE ADMISSION
Mr. {{NAME:Archibald Fenwick}} is a {{AGE_OVER_89:ninety-seven}}-year-old widower with end-stage dementia (FAST 7c) and recurrent aspiration pneumonia. PPS 20%. Lives at {{LOCATION:Willowmere Care Home}}. Niece {{NAME:Philippa Dunmore}} holds LPA for health & welfare. DNACPR in place since the {{DATE:9th of January}}. Comfort meds: morphine 2.5 mg SC q4h PRN, midazolam 2.5 mg SC PRN, glycopyrronium 200 mcg PRN. His late wife {{NAME:Marjorie}} died in 2011.`,

// 22 terse vitals flow with look-alikes only (no PHI except one name)
`Obs 02:00 T 37.9 HR 112 BP 98/54 RR 24 SpO2 91% 4L NEWS2 8 -> med reg Dr {{NAME:Oyelaran}} informed. Lactate 3.1. 500 mL Hartmann's bolus. Repeat obs 02:30: HR 104 BP 106/60. Urine 20 mL/h. Fluid balance +1.2 L. Blood cultures x2. Pain 3/10. GCS 14/15 (V4).`,

// 23 pediatric clinic
`PEDS WELL CHILD 18 MO
{{NAME:Amara Okafor-Jensen}}, DOB {{DATE:09-04-2023}}. Accompanied by mother {{NAME:Ngozi}} and father {{NAME:Lars}}. Wt 11.2 kg (55th %ile), Ht 81 cm (40th), HC 47 cm. Walks, 10+ words, points. M-CHAT-R low risk (score 1). Vaccines today: DTaP #4, Hep A #2. Lead level 2 mcg/dL. Next visit 2 y. Daycare: {{LOCATION:Little Acorns Learning Center}} on {{LOCATION:Fenwick St}}.`,

// 24 email thread printed into chart
`From: {{NAME:Beatriz Soares}} <{{EMAIL:bia.soares77@example.com}}>
To: {{EMAIL:clinic-derm@stgeorgeshealth.example.org}}
Sent: Tue, {{DATE:18 Feb 2025}} 21:14
Subject: photo of mole

Hello, attached is the picture ({{PHOTO:IMG_20250218_2107.jpg}}) of the mole on my back that Dr. {{NAME:Vasquez}} asked for. It has gotten darker. My chart number is {{MRN:0071-443-29}}. Thanks, {{NAME:Bia}}`,

// 25 telehealth with IPv6 and URL
`TELEHEALTH VISIT — video
Pt joined from {{IP:2001:db8:4f2a:10::7c1}} (home wifi); clinician from {{IP:10.44.3.17}}. Link: {{URL:https://meet.carebridge-example.com/room/j7Fq9-2Kx}}
Pt {{NAME:Vu Thi Hoa}}, 49F, ID verified w/ DOB {{DATE:12/05/1975}}. F/u hypothyroidism: TSH 6.8 on levothyroxine 75 mcg. Increase to 88 mcg. Repeat TSH 6-8 wks. Pt will upload BP readings to {{URL:www.carebridge-example.com/myreadings}}.`,

// 26 home health visit with address
`HOME HEALTH SN VISIT {{DATE:03.06.2025}}
Address: {{LOCATION:77 Quarry Hill Rd, Lot 19}}, {{LOCATION:Barre}}, VT {{LOCATION:05641}}. Gate code not needed. Dog on premises.
Pt {{NAME:Clement Boisvert}}, 88M. Wound R heel unstageable 3.0 x 2.4 cm, 30% slough. Santyl + foam. PT/INR 2.8. Weight up 1.8 kg in 3 days -> called Dr. {{NAME:Albrecht}}'s office, Lasix 40 mg x1 extra dose. Caregiver wife {{NAME:Jeannine}}. Next visit Friday.`,

// 27 social work note with vehicle
`SW NOTE
Met with pt {{NAME:Devonte Harris}} and partner {{NAME:Keisha Moore-Lang}}. Pt homeless x 3 mo, sleeping in his car (2008 Toyota Camry, WA plate {{VEHICLE:BXR4471}}, VIN {{VEHICLE:4T1BE46K08U221937}}) parked near {{LOCATION:Ravenna Park}}. Referred to {{LOCATION:Compass Housing Alliance}}. Medicaid application submitted, confirmation {{OTHER_ID:WA-AP-55902781}}. Bus pass given. SW {{NAME:Hollis}} ext. 6612.`,

// 28 operative note orthopaedic with implant serials
`OPERATIVE NOTE
Pt: {{NAME:Ingrid Solberg}}   MRN {{MRN:220-81-3377}}   DOS {{DATE:2025-01-22}}
Procedure: R TKA. Tourniquet 250 mmHg x 78 min.
Implants: Femoral component size 5, LOT 6618203, SN {{DEVICE:FC5-0091127}}; tibial baseplate size 4 SN {{DEVICE:TB4-0088413}}; poly insert 10 mm.
Findings: tricompartmental OA, varus 8°. EBL 150 mL. TXA 1 g IV. Closure 0 Vicryl, 2-0, staples. Dressing Aquacel. Surgeon {{NAME:R. Castellano-Vidal}}, MD; assist {{NAME:Tobias Engel}}, MD.`,

// 29 British GP letter with NHS, mobile
`{{LOCATION:Riverside Medical Practice}}
{{LOCATION:14 Canal Street}}, {{LOCATION:Nottingham}} {{LOCATION:NG1 7EH}}  Tel {{PHONE:0115 496 0732}}

{{DATE:27/01/2025}}

Dear Colleague,
Re: {{NAME:Wiktoria Zawadzka}}  DOB {{DATE:15/06/1988}}  NHS {{OTHER_ID:485 777 3456}}
{{LOCATION:Flat 3, 9 Alfreton Road}}, {{LOCATION:Nottingham}} {{LOCATION:NG7 3JE}}. Mob {{PHONE:07700 900 318}}
I would be grateful if you could see this 36 year old lady with a 6/12 history of menorrhagia, Hb 96, ferritin 6. USS: 3 cm fibroid. She has tried tranexamic acid. She is Polish speaking; her husband {{NAME:Marek}} translates.
Kind regards,
Dr {{NAME:Sunil Varghese}}`,

// 30 lab micro report
`MICROBIOLOGY
Spec #: {{OTHER_ID:M25-004417}}  Source: urine (MSU)  Rec'd {{DATE:6 Mar 25}} 09:40
Pt: {{NAME:ABIOLA, OLUWAKEMI}}  Hosp no: {{MRN:K8842197}}
Culture: >10^5 CFU/mL E. coli
Sensitivities: Amoxicillin R, Co-amoxiclav S, Nitrofurantoin S, Trimethoprim R, Ciprofloxacin S, Gentamicin S
ESBL: not detected
Reported by: {{NAME:M. Thibodeaux}}, BMS`,

// 31 ED note, look-alikes heavy
`ED NOTE 23:40
61M w/ hx of Crohn's, Addison's on hydrocortisone 20/10, presents w/ vomiting x 2 d. T 38.6, HR 118, BP 84/50. Na 128, K 5.9, gluc 3.4. Stress dose hydrocortisone 100 mg IV given 23:55. 2 L NS. Cortisol sent. CXR: no consolidation. Lipase 42. CRP 88. Admit to MAU under Dr. {{NAME:Iwu}}. ICD-10 E27.2. Wells score 0, CURB-65 1.`,

// 32 research enrollment
`RESEARCH ENROLLMENT
Study: TEMPO-HF (NCT05512345). Participant ID {{OTHER_ID:TMP-0312-044}}.
Consent obtained {{DATE:11 April 2025}} from {{NAME:Bernadette Kowalczyk-Obi}} by coordinator {{NAME:Irina Vasilenko}}. LAR not needed. Randomised to arm B. Wearable patch serial {{DEVICE:ZP3-77120945}} applied L chest. Contact pref: text {{PHONE:(414) 555-0126}} or {{EMAIL:bkobi@example.org}}.`,

// 33 radiology mammography
`BILATERAL SCREENING MAMMOGRAM
{{NAME:Nomvula Dlamini}} | DOB {{DATE:1971/02/14}} | Exam {{DATE:2025/03/19}}
Comparison: {{DATE:03/2023}}, {{DATE:02/2021}}.
Heterogeneously dense (C). New 7 mm group of fine pleomorphic calcifications L breast UOQ 2 o'clock, 6 cm FN. BI-RADS 0: recall for magnification views. Results letter sent to {{LOCATION:22 Jacaranda Crescent}}, {{LOCATION:Sugar Land}}, TX {{LOCATION:77479}}.`,

// 34 pharmacy med rec, phone formats
`MED REC
Source: pt + {{LOCATION:Walgreens}} #4472 ({{PHONE:254.555.0111}}) fill history.
apixaban 5 mg BID, metoprolol tartrate 25 mg BID, atorvastatin 40 mg qHS, sertraline 100 mg daily, vitamin D 2000 IU daily, melatonin 3 mg PRN.
Discrepancy: pt also takes ibuprofen 400 mg 2-3x/day OTC -> counselled (on apixaban). Allergies: PCN (hives), sulfa. Pt's son {{NAME:Aurelio}} manages pill box. — {{NAME:Tran}}, PharmD`,

// 35 anesthesia preop
`PRE-ANESTHESIA EVAL
{{NAME:Gustavo Henrique Almeida}}, 72M, for TURP {{DATE:04/15}}. ASA III. Mallampati II, TMD >6 cm, neck ROM full. METs >4. Hx OSA on CPAP 12 cmH2O, AF on dabigatran (hold 72 h prior), CKD Cr 1.5. Last dose planned {{DATE:4/11}} PM. Airway plan: LMA. NPO after MN. Consent w/ Dr. {{NAME:Fairweather}}.`,

// 36 discharge instructions in Spanish/English mix
`INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS
Paciente: {{NAME:María Guadalupe Esparza}}  Fecha: {{DATE:5 de marzo de 2025}}
Diagnóstico: pielonefritis. Tome cefalexina 500 mg cada 6 horas por 10 días. Regrese si fiebre >38.5 °C, vómito, o dolor severo. Cita con la Dra. {{NAME:Ortega}} el {{DATE:12 de marzo}} en la {{LOCATION:Clínica del Valle}}, {{LOCATION:1402 S Alameda St}}. Tel. {{PHONE:(323) 555-0187}}.`,

// 37 cardiac device clinic
`DEVICE CLINIC
ICD interrogation. Pt {{NAME:Ferdinand Mbeki}}. Device: Medtronic Evera XT DR, serial {{DEVICE:BWB204417S}}, implanted {{DATE:08/30/2021}}. RA lead SN {{DEVICE:PJN7712309}}. Battery 6.1 y. AP 12%, VP <1%. 1 episode VT 188 bpm terminated by ATP on {{DATE:2/17}} at 03:12. No shocks. Thresholds stable: RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms. Remote monitor (CareLink) transmitter {{DEVICE:RNQ556781H}}.`,

// 38 age variants and look-alikes
`GERIATRIC ASSESSMENT
{{NAME:Florence Abernathy-Yeo}}, age {{AGE_OVER_89:101}}. Lives with her daughter (aged 74) and son-in-law {{NAME:Clive}}.` + `
Husband died aged {{AGE_OVER_89:92}}. Sister is {{AGE_OVER_89:96}} y.o. and lives in {{LOCATION:Bournemouth}}.
MoCA 21/30, Barthel 75/100, TUG 19 s, CFS 6. 4AT 2. Grip 14 kg. Orthostatic drop 24/10 mmHg. On 11 medications; deprescribe amlodipine 5 mg. Bone profile: Ca 2.31, vit D 38 nmol/L. Weight 47.2 kg (BMI 19.1).`,

// 39 insurance prior auth fax cover
`FAX
To: {{LOCATION:Sunridge Health Partners}} Utilization Mgmt   Fax: {{FAX:1-866-555-0148}}
From: {{LOCATION:Lakeview Rheumatology}}   Phone: {{PHONE:612-555-0155}}   Fax: {{FAX:612-555-0156}}
Date: {{DATE:3/21/2025}}   Pages: 7
RE: Prior authorization — adalimumab 40 mg SC q2wk
Member: {{NAME:Sorensen, Astrid}}   Member #: {{HEALTH_PLAN:SHP-WX8812047}}   DOB {{DATE:10/02/1966}}
Dx: RA (M05.79), failed MTX 25 mg/wk x 6 mo + HCQ. DAS28-CRP 5.1. TB QuantiFERON neg {{DATE:02/2025}}. HBsAg neg.`,

// 40 terse ICU progress with list of problems
`MICU PN HD#9
{{NAME:Ahmadi, Farzaneh}} 58F ARDS 2/2 influenza A
Neuro: prop 30 mcg/kg/min, fent 50/h, CPOT 1
CV: off pressors since {{DATE:3/2}}; TTE EF 60%
Resp: APRV 28/5, FiO2 0.45, P/F 180; proned x3 sessions
Renal: CRRT, UF 100/h, K 4.2, Phos 2.1
ID: oseltamivir d9/10; BAL neg
Heme: Hgb 7.4 -> 1u PRBC; plt 88
Lines: R IJ CVC {{DATE:2/24}}, L radial A-line
Dispo: husband {{NAME:Reza}} at BS, GOC mtg w/ palliative Fri {{DATE:3/7}}`,
];
