// train6 notes, part 3: telehealth and letters from abroad, written in English with local formats.
export default [
{ id: 't6-023', kind: 'telehealth from Canada (Ontario)', text: `
VIRTUAL VISIT - patient located in Ontario, Canada (cross-border telehealth consent signed {{DATE:2025-10-01}})
Patient: {{NAME:Genevieve Tremblay-Okafor}}  DOB {{DATE:1983-12-09}}  OHIP {{HEALTH_PLAN:5584-221-908-KT}}
Location during visit: {{LOCATION:1402-88 Harbour St}}, {{LOCATION:Toronto}} ON {{LOCATION:M5J 0B6}}; cell {{PHONE:416-555-0188}}
Local family doctor: Dr. {{NAME:Aurelio Santangelo}}, {{LOCATION:Leslieville Family Health Team}}, fax {{FAX:(416) 555-0107}}
Follow-up of lupus nephritis; UPCR 0.4 g/g (lab done at LifeLabs (a lab company) {{DATE:Sept 28}}). Continue MMF 1 g BID, HCQ 300 mg. Next virtual visit {{DATE:Dec. 3, 2025}}.
Video platform session log IP {{IP:142.112.87.203}}.
`},
{ id: 't6-024', kind: 'GP referral from the UK', text: `
{{LOCATION:Fakenham Medical Practice}}, {{LOCATION:Meditrina House}}, {{LOCATION:Trap Lane}}, {{LOCATION:Fakenham}} {{LOCATION:NR21 9SR}}
Tel {{PHONE:01328 855 104}}

{{DATE:3rd October 2025}}

Dear Colleague (US sleep clinic),
Re: Mr {{NAME:Alasdair Fenwick-Pryce}}, DOB {{DATE:14/06/1958}}, NHS No {{HEALTH_PLAN:485 777 3456}}
Address: {{LOCATION:Rose Cottage}}, {{LOCATION:Church Lane}}, {{LOCATION:Little Snoring}}, {{LOCATION:NR21 0AA}}; mobile {{PHONE:07700 900461}}
{{NAME:Alasdair}} is spending six months with his daughter {{NAME:Imogen}} in {{LOCATION:Asheville}} from {{DATE:1 November}}. He uses CPAP (ResMed AirSense 10, serial {{DEVICE:23161843907}}) for OSA, AHI 38 at diagnosis; pressure 9 cmH2O. Please could you supervise while he is abroad.
Yours sincerely, Dr {{NAME:Philippa Onyango}} (GMC {{LICENSE:7034521}})
`},
{ id: 't6-025', kind: 'telehealth from Australia', text: `
TELEHEALTH - pt in Western Australia  (call {{DATE:3/10/2025}} AWST 8 pm = US morning)
{{NAME:Lachlan O'Donoghue}}, 29, Medicare card {{HEALTH_PLAN:2953 41776 1}} (IRN 2)
Lives at {{LOCATION:Unit 7, 22-24 Wattle St}}, {{LOCATION:Fremantle}} WA {{LOCATION:6160}}; mob {{PHONE:0412 555 019}}
Working FIFO at a mine near {{LOCATION:Karratha}}, 2 weeks on/1 off. T1DM on Omnipod 5, pod lot not PHI; Dexcom G7 sensor, transmitter {{DEVICE:DXG7-3TQ8F2}}. TIR 61%, A1c 7.6%. Hypos on night shift. Adjusted target to 7.8 mmol/L overnight. GP: Dr {{NAME:Mei-Ling Chua}}, {{LOCATION:Fremantle Family Medical}}.
`},
{ id: 't6-026', kind: 'second opinion from India', text: `
SECOND OPINION (tele-consult) - {{DATE:17-Jul-2025}}
Patient: {{NAME:Venkata Lakshmi Narasimhan}} W/o {{NAME:R. Narasimhan}}, 61 F
Address: {{LOCATION:Flat No. 402, Sai Krupa Apartments, 5th Cross}}, {{LOCATION:Indiranagar}}, {{LOCATION:Bengaluru}} {{LOCATION:560038}}
Mobile {{PHONE:+91 98450 12345}}; ABHA No. {{HEALTH_PLAN:91-4417-2209-8830}}; hospital UHID {{MRN:MH/BLR/2025/118834}}
Treated at {{LOCATION:Manipal Hospital Old Airport Road}} for CA ovary, stage IIIC; interval debulking on {{DATE:02.06.2025}}. CA-125 1840 -> 36 U/mL. BRCA2 c.5946delT detected. Son {{NAME:Karthik}} in {{LOCATION:Edison}}, NJ coordinated this opinion.
Opinion: olaparib maintenance reasonable. {{NAME:Sharmila Iyer-Bose}}, MD
`},
{ id: 't6-027', kind: 'referral from the Philippines', text: `
{{LOCATION:Our Lady of Lourdes Medical Clinic}}
{{LOCATION:Blk 9 Lot 3 Camella Homes}}, {{LOCATION:Brgy. Talon Dos}}, {{LOCATION:Las Pinas City}} {{LOCATION:1747}}
{{DATE:October 7, 2025}}
To: {{LOCATION:Kaiser Permanente Santa Clara}} (where patient's sister lives)
Re: {{NAME:Ma. Corazon "Cora" Dimaguiba}}, 74, PhilHealth PIN {{HEALTH_PLAN:12-050334471-8}}, cel {{PHONE:+63 917 555 0142}}
Mrs. {{NAME:Dimaguiba}} will visit her sister {{NAME:Rosalinda Dimaguiba-Tan}} in {{LOCATION:Milpitas}} from {{DATE:Nov 2}}-{{DATE:Jan 15}}. On warfarin 3 mg (INR 2.4 on {{DATE:10/05/25}}) for mechanical MVR. Kindly monitor INR.
{{NAME:Eduardo de los Reyes}}, MD, PRC Lic. {{LICENSE:0087412}}
`},
{ id: 't6-028', kind: 'telehealth from Nigeria', text: `
TELEMEDICINE NOTE {{DATE:22/08/2025}} - patient in {{LOCATION:Ikeja}}, Lagos State
{{NAME:Oluwaseun Adebayo-Williams}}, 45 M; NHIA no. {{HEALTH_PLAN:NHIA-LA-0042187}}; NIN {{OTHER_ID:48211093376}}
Address: {{LOCATION:No. 14 Adebayo Close, off Allen Avenue}}, {{LOCATION:Ikeja}}; phone {{PHONE:+234 803 555 0199}}
HTN, on amlodipine 10 mg + losartan 50 mg; home BP 148/94. Echo at {{LOCATION:Reddington Hospital}} showed LVH. Wife {{NAME:Folasade}} and brother-in-law {{NAME:Chukwuemeka Obi}} present. Plan: add HCTZ 12.5 mg; recheck in 4 weeks. MDCN reg. of local doctor {{LICENSE:MDCN/R/44812}}.
`},
{ id: 't6-029', kind: 'telehealth from Mexico (Spanglish)', text: `
TELECONSULTA {{DATE:5 de septiembre de 2025}}
Paciente: {{NAME:Maria Guadalupe Ibarra de la Fuente}}, 52; CURP {{OTHER_ID:IAFG730214MDFBRD05}}; IMSS NSS {{HEALTH_PLAN:4295 73 1188 2}}
Domicilio: {{LOCATION:Calle Durango 218, int. 4}}, {{LOCATION:Col. Roma Norte}}, {{LOCATION:Cuauhtemoc}}, {{LOCATION:06700}} {{LOCATION:Ciudad de Mexico}}
Tel {{PHONE:+52 55 5555 0143}}. Hija {{NAME:Ximena}} interpreted. Post-bariatric (sleeve {{DATE:03/2023}} en {{LOCATION:Hospital Angeles Lomas}}); B12 low, iron deficiency. Plan: IV iron locally, B12 1000 mcg IM monthly.
`},
{ id: 't6-030', kind: 'telehealth from Brazil', text: `
VIDEO VISIT - {{DATE:08/09/2025}} (dd/mm) - pt in Brazil
{{NAME:Thiago Nascimento Albuquerque}}, 38, CNS (cartao SUS) {{HEALTH_PLAN:898 0012 3456 7891}}
{{LOCATION:Rua Augusta, 1508, apto 72}}, {{LOCATION:Consolacao}}, {{LOCATION:Sao Paulo}} - SP, {{LOCATION:01304-001}}; WhatsApp {{PHONE:(11) 95555-0123}}
Crohn's on adalimumab 40 mg q2w; calprotectin 88. Infusion center: {{LOCATION:Hospital Sirio-Libanes}}. Husband {{NAME:Rafael}} helps with injections.
`},
{ id: 't6-031', kind: 'letter from Germany', text: `
{{LOCATION:Hausarztpraxis am Bergmannkiez}} - Allgemeinmedizin
{{LOCATION:Bergmannstr. 44}}, {{LOCATION:10961}} {{LOCATION:Berlin}}
{{LOCATION:Berlin}}, den {{DATE:03.10.2025}}
Re: Frau {{NAME:Annelore von Stauffenberg-Kuehn}}, geb. {{DATE:21.04.1934}} ({{AGE_OVER_89:91}} J.), Versichertennummer {{HEALTH_PLAN:K220418773}}
Travelling to her grandson {{NAME:Maximilian}} in {{LOCATION:Minneapolis}} {{DATE:12.11.2025}} - {{DATE:10.01.2026}}. Dx: AF (CHA2DS2-VASc 5), apixaban 2.5 mg BID; HFpEF. Tel. {{PHONE:+49 30 5555 0127}}.
Mit freundlichen Gruessen, Dr. med. {{NAME:Wiebke Hansen}}
`},
{ id: 't6-032', kind: 'referral letter from Japan', text: `
Referral letter ({{DATE:2025/10/03}})
From: {{LOCATION:Shimokitazawa Internal Medicine Clinic}}, {{LOCATION:2-14-7 Kitazawa}}, {{LOCATION:Setagaya-ku}}, {{LOCATION:Tokyo}} {{LOCATION:155-0031}}; TEL {{PHONE:03-5555-0148}}
Patient: {{NAME:TANAKA Haruki}} (family name first), M, born {{DATE:1977/08/19}}; health insurance card symbol 0614, number {{HEALTH_PLAN:2207-4418}}
Mr. {{NAME:Tanaka}} moves to {{LOCATION:Honolulu}} for work on {{DATE:October 20}}. Chronic hepatitis B (HBeAg neg), entecavir 0.5 mg since {{DATE:April 2016}}. Last ultrasound {{DATE:2025/09/12}}: no HCC; AFP 3.1. Wife {{NAME:Tanaka Yumiko}}, e-mail {{EMAIL:h.tanaka77@jp-mail.example}}.
Sincerely, {{NAME:Sato Kenichiro}}, M.D.
`},
];
