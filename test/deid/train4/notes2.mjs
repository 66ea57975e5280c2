// train4: open development set, part 2 (referral letters from outside the US, in English).
export default [
{ id: 't4-013', kind: 'UK GP referral letter', text: `
{{LOCATION:Moorside Surgery}}, {{LOCATION:14 Harehills Lane}}, {{LOCATION:Leeds}} {{LOCATION:LS8 4HN}}
Tel: {{PHONE:0113 496 0871}}   Fax: {{FAX:0113 496 0872}}
Date: {{DATE:04/03/2025}}

Dear Colleague,
Re: Mrs {{NAME:Bridget Ann Huddleston}}, DOB {{DATE:12/11/1940}}, NHS No. {{HEALTH_PLAN:485 777 3456}}
{{LOCATION:Flat 3, Kirkstall Mews}}, {{LOCATION:Leeds}} {{LOCATION:LS5 3BL}}

I would be grateful if you could see this 84-year-old lady with a 3-month history of weight loss (6 kg) and iron-deficiency anaemia (Hb 94 g/L, ferritin 8). FIT 180 ug/g. She was last scoped at {{LOCATION:St James's University Hospital}} on {{DATE:3rd May 2019}}. She lives with her husband {{NAME:Wilf}}, who is {{AGE_OVER_89:90}} and frail; their daughter {{NAME:Carol Pickersgill}} ({{PHONE:07700 900461}}) can help with transport.
Meds: bisoprolol 2.5 mg od, ramipril 5 mg od, ferrous fumarate 210 mg bd.
Yours sincerely,
Dr {{NAME:Ravinder Sandhu}}  GMC {{LICENSE:6108472}}
` },
{ id: 't4-014', kind: 'Canadian referral letter', text: `
{{LOCATION:Riverdale Family Health Team}}
{{LOCATION:780 Broadview Ave, Unit 2}}, {{LOCATION:Toronto}}, ON {{LOCATION:M4K 2P7}}
T {{PHONE:416-555-0119}}  F {{FAX:416-555-0120}}
{{DATE:2025-03-04}}

To: Dr. {{NAME:Genevieve Tremblay-Nguyen}}, Neurology, {{LOCATION:Toronto Western Hospital}}
Re: {{NAME:MacLeod, Angus}}   DOB {{DATE:1951-06-18}}   OHIP {{HEALTH_PLAN:5823-114-907-KT}}

Please assess this 73 y.o. retired Via Rail conductor with a 9-month progressive resting tremor R > L, bradykinesia and micrographia. MoCA 26/30. No Parkinson's in family. Tried propranolol 10 mg bid without benefit.
He lives with his partner {{NAME:Lorne Beaulieu}} at {{LOCATION:56 Jones Ave}}, {{LOCATION:Toronto}} {{LOCATION:M4M 2Z9}}; cell {{PHONE:(647) 555-0193}}.
Thank you,
Dr. {{NAME:M. Kowalchuk}}  CPSO #{{LICENSE:88145}}
` },
{ id: 't4-015', kind: 'Australian referral letter', text: `
{{LOCATION:Bondi Junction Medical Centre}}
{{LOCATION:Level 2, 122 Oxford Street}}, {{LOCATION:Bondi Junction}} NSW {{LOCATION:2022}}
Ph {{PHONE:(02) 9555 0148}}   Fax {{FAX:(02) 9555 0149}}   Provider No. {{OTHER_ID:2447718B}}
{{DATE:4/3/2025}}

Dear Dr {{NAME:Nguyen Van Thanh}},
Re: Ms {{NAME:Kirra Anderson-Walker}}   DOB {{DATE:22/08/1988}}   Medicare {{HEALTH_PLAN:2951 44817 3-1}}
Address: {{LOCATION:Unit 7/41 Birrell St}}, {{LOCATION:Bondi}} NSW {{LOCATION:2026}}   Mob {{PHONE:0412 555 638}}

Thank you for seeing {{NAME:Kirra}}, 36, with recurrent palpitations and a documented SVT at 210 bpm on a Holter ({{DATE:3-4 April}}). Adenosine terminated an episode at {{LOCATION:St Vincent's Hospital Sydney}} ED on {{DATE:28 February}}. TSH 1.2. Echo normal.
She is keen on ablation. She works for Qantas as cabin crew.
Kind regards,
Dr {{NAME:Brooke Tamihana}}
` },
{ id: 't4-016', kind: 'Irish referral letter', text: `
{{LOCATION:Claddagh Medical Practice}}, {{LOCATION:Fr Griffin Road}}, {{LOCATION:Galway}} {{LOCATION:H91 X2C7}}
Tel {{PHONE:091 555 204}}
{{DATE:4th March 2025}}

Dear Dr {{NAME:O Donnchadha}},
Re: {{NAME:Siobhan Ni Bhriain}}, DOB {{DATE:09.09.1962}}, {{LOCATION:Cois Farraige}}, {{LOCATION:Spiddal}}, {{LOCATION:Co. Galway}}
Medical card no. {{HEALTH_PLAN:0418822K}}   MCRN (referrer) {{LICENSE:019934}}

{{NAME:Siobhan}} is a 62-year-old fisherwoman with a lump in the right breast noted on the {{DATE:1st of March}}. It is 2 cm, hard and fixed, 10 o'clock. Her mother {{NAME:Maire}} had breast cancer at 51. I'd be grateful for triple assessment at {{LOCATION:University Hospital Galway}} symptomatic breast clinic. Mobile {{PHONE:087 555 4412}}.
Is mise le meas,
Dr {{NAME:Conor Mac Giolla Phadraig}}
` },
{ id: 't4-017', kind: 'Indian referral letter', text: `
{{LOCATION:Sri Lakshmi Nursing Home}}
{{LOCATION:No. 14, 5th Cross, Malleswaram}}, {{LOCATION:Bengaluru}} - {{LOCATION:560003}}
Ph: {{PHONE:080-2334 5671}}   Mob: {{PHONE:+91 98450 12873}}
Date: {{DATE:04-03-2025}}

To, Dr. {{NAME:S. Venkataraman}}, Consultant Nephrologist, {{LOCATION:Manipal Hospital}}, {{LOCATION:Old Airport Road}}
Ref: Smt. {{NAME:Lakshmamma}} W/o {{NAME:Ramaiah Gowda}}, 58 F, UHID {{MRN:SLN/2025/00418}}, Aadhaar {{OTHER_ID:4417 8823 9016}}
Resident of {{LOCATION:Hosahalli village}}, {{LOCATION:Tumakuru district}}.
Known case of T2DM x 15 yrs and HTN; now with serum creatinine 3.8 mg/dL, urea 96, K 5.6, Hb 8.9 g/dL, 3+ proteinuria. USG: both kidneys 8.6 cm, raised echogenicity. Kindly evaluate for CKD stage 4-5 and further management.
PMJAY card no. {{HEALTH_PLAN:PMJ-KA-77201453}}. Son {{NAME:Manjunath}} accompanies.
Dr. {{NAME:Anand Kulkarni}}, MBBS, MD, KMC Reg. No. {{LICENSE:48812}}
` },
{ id: 't4-018', kind: 'German referral letter', text: `
{{LOCATION:Praxis Dr. med. Schaefer}} - Allgemeinmedizin
{{LOCATION:Schoenhauser Allee 118}}, {{LOCATION:10437}} {{LOCATION:Berlin}}
Tel. {{PHONE:030 5555 4418}}  Fax {{FAX:030 5555 4419}}

{{LOCATION:Berlin}}, {{DATE:03.04.2025}}

Ueberweisung an: Kardiologie, {{LOCATION:Charite Campus Virchow-Klinikum}}
Patient: {{NAME:Mueller-Lindqvist, Karl-Heinz}}, geb. {{DATE:17.11.1949}}
Anschrift: {{LOCATION:Kastanienallee 7a}}, {{LOCATION:10435}} {{LOCATION:Berlin}}
Versichertennr.: {{HEALTH_PLAN:K417339208}}  (AOK Nordost)

Dear colleague, this 75-year-old gentleman has had exertional angina CCS II since {{DATE:January 2025}}. Ergometry on {{DATE:28.2.}} positive at 100 W with 2 mm ST depression. LDL 162 mg/dl. Please perform coronary angiography.
Mit freundlichen Gruessen,
Dr. med. {{NAME:Annelie Schaefer}}   LANR {{OTHER_ID:884120301}}
` },
{ id: 't4-019', kind: 'French referral letter', text: `
{{LOCATION:Cabinet Medical des Lilas}}
{{LOCATION:12 rue de Paris}}, {{LOCATION:93260}} {{LOCATION:Les Lilas}}
Tel {{PHONE:01 43 62 55 18}}  -  Fax {{FAX:01 43 62 55 19}}
{{LOCATION:Les Lilas}}, le {{DATE:3 avril 2025}}

Cher confrere, dear Dr {{NAME:Benali}},
I am referring Mme {{NAME:Helene Dubois-Mercier}}, nee le {{DATE:14/07/1931}} ({{AGE_OVER_89:93}} ans), Carte Vitale {{HEALTH_PLAN:2 31 07 75 114 052 37}}, for a geriatric assessment at {{LOCATION:Hopital Bretonneau}}. She lives at {{LOCATION:8 allee des Tilleuls}}, {{LOCATION:Bagnolet}}, and has had three falls since Christmas, the last on the {{DATE:28th of March}}. MMSE 21/30. Her son {{NAME:Jean-Baptiste}} ({{PHONE:+33 6 12 55 80 44}}) is her main carer.
Confraternellement,
Dr {{NAME:Claire Fontaine-Roux}}  RPPS {{OTHER_ID:10003344187}}
` },
{ id: 't4-020', kind: 'Spanish referral letter', text: `
{{LOCATION:Centro de Salud Lavapies}}
{{LOCATION:Calle de la Fe 12}}, {{LOCATION:28012}} {{LOCATION:Madrid}}   Tel. {{PHONE:+34 915 55 12 88}}
{{LOCATION:Madrid}}, {{DATE:3 de abril de 2025}}

To the Rheumatology Service, {{LOCATION:Hospital Universitario La Paz}}
Patient: D. {{NAME:Jose Luis Fernandez de Cordoba y Ruiz}}   DNI {{OTHER_ID:50884217-K}}   CIP/TSI {{HEALTH_PLAN:FRCJ501208117012}}
Address: {{LOCATION:Calle de Embajadores 45, 3o izq.}}, {{LOCATION:28012}} {{LOCATION:Madrid}}
56-year-old bus driver (EMT Madrid) with inflammatory back pain since age 30, HLA-B27 positive, sacroiliitis grade 3 bilateral on X-ray ({{DATE:12/02/2025}}). BASDAI 6.2. NSAIDs insufficient. Please assess for biologic therapy.
Wife: Dna. {{NAME:Pilar Montes}}, tel. {{PHONE:611 55 43 21}}.
Dra. {{NAME:Ines Aranda}}, Col. No. {{LICENSE:282856391}}
` },
{ id: 't4-021', kind: 'Mexican referral letter', text: `
{{LOCATION:Clinica San Rafael}}
{{LOCATION:Av. Insurgentes Sur 1602}}, {{LOCATION:Col. Credito Constructor}}, {{LOCATION:03940}} {{LOCATION:Ciudad de Mexico}}, CDMX
Tel. {{PHONE:+52 55 5555 0471}}

{{LOCATION:Ciudad de Mexico}}, {{DATE:03/04/2025}}
Dr. {{NAME:Alejandro Villasenor}}, Endocrinologia, {{LOCATION:Hospital Angeles Pedregal}}

Patient: Sra. {{NAME:Guadalupe "Lupita" Hernandez Xochitl}}, 49 years, CURP {{OTHER_ID:HEXG751104MDFRCD08}}, NSS (IMSS) {{HEALTH_PLAN:1199-75-0418-3}}
Domicile: {{LOCATION:Calle Moctezuma 88, int. 4}}, {{LOCATION:Col. Centro}}, {{LOCATION:Cuernavaca}}, Morelos
Referred for poorly controlled T2DM (HbA1c 11.2%) despite metformin 850 mg tid and glibenclamide 5 mg. Fundoscopy: mild NPDR. Her daughter {{NAME:Itzel}} phones on {{PHONE:777 555 3019}}.
Atte. Dr. {{NAME:Rodrigo Ponce}}, Ced. Prof. {{LICENSE:4417902}}
` },
{ id: 't4-022', kind: 'Philippine referral letter', text: `
{{LOCATION:Our Lady of Peace Clinic}}
{{LOCATION:Blk 5 Lot 12 Phase 2, Sampaguita St.}}, {{LOCATION:Brgy. San Isidro}}, {{LOCATION:Antipolo City}}, Rizal {{LOCATION:1870}}
Tel {{PHONE:(02) 8555 1423}} / {{PHONE:0917 555 8842}}

{{DATE:March 4, 2025}}
Dr. {{NAME:Ma. Teresa Dimaculangan}}, Pulmonology, {{LOCATION:Lung Center of the Philippines}}
Re: Mr. {{NAME:Bienvenido "Benny" Dela Cruz}} Jr., 61, PhilHealth PIN {{HEALTH_PLAN:19-025588341-7}}
Former jeepney driver, 40 pack-years, 2 months of hemoptysis and 5 kg weight loss. CXR: 4 cm RUL mass. GeneXpert negative. Kindly evaluate for bronchoscopy and biopsy.
Wife {{NAME:Corazon}} ({{PHONE:0918 555 2210}}).
Dr. {{NAME:Jesus Manalo}}, PRC Lic. No. {{LICENSE:0098812}}
` },
{ id: 't4-023', kind: 'Nigerian referral letter', text: `
{{LOCATION:Grace Specialist Clinic}}
{{LOCATION:Plot 14, Adeola Odeku Street}}, {{LOCATION:Victoria Island}}, {{LOCATION:Lagos}}
Tel: {{PHONE:+234 803 555 4182}}  Email: {{EMAIL:gracespecialist.vi@mailbox.example.ng}}
{{DATE:4/3/2025}}

The Consultant Haematologist, {{LOCATION:Lagos University Teaching Hospital}}, {{LOCATION:Idi-Araba}}
Dear Sir/Ma,
RE: MISS {{NAME:OLUWASEUN ADEBAYO-WILLIAMS}} (F, 19 yrs), Hospital No. {{MRN:GSC/0417/25}}, NHIA No. {{HEALTH_PLAN:NHIS-LA-20984417}}, NIN {{OTHER_ID:48812077306}}
Known sickle cell anaemia (HbSS) with 4 vaso-occlusive crises since {{DATE:November 2024}}, the most recent on {{DATE:1st March}} requiring 2 units of blood. PCV 19%. Kindly review for hydroxyurea.
Her mother, Mrs {{NAME:Folake Adebayo-Williams}}, can be reached on {{PHONE:0803 555 9017}}.
Thank you. Dr {{NAME:Chukwuemeka Nwosu}}, MDCN {{LICENSE:MDCN/R/44102}}
` },
];
