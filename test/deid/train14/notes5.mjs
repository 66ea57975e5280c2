// train14 notes 5: outpatient follow-ups in clinics of several countries.
export default [
  {
    id: 't14-037',
    kind: 'outpatient follow-up (UK, diabetes)',
    text: `
Diabetes clinic {{DATE:3 Nov 2026}}, {{LOCATION:Queen Elizabeth Hospital Gateshead}}
Dear Dr {{NAME:Hussain}}, {{LOCATION:Bensham Family Practice}}, {{LOCATION:Saltwell Road}}, {{LOCATION:Gateshead}} {{LOCATION:NE8 4XJ}}
Re: Mrs {{NAME:Nasreen Akhtar}}, DOB {{DATE:19/02/1961}}, NHS {{HEALTH_PLAN:485 777 3456}}
I saw {{NAME:Nasreen}} with her son {{NAME:Adil}} who interpreted (Urdu). HbA1c 71 from 84. On Trulicity 1.5 mg and metformin. Libre 2 sensor {{DEVICE:0M00A1F2K7}} shows time in range 52%.
Feet: monofilament intact. Retinal screening due. Plan: increase Trulicity to 3 mg.
Yours sincerely, Dr {{NAME:Catriona Dunleavy}}, Consultant Diabetologist. Fax {{FAX:0191 496 0712}}
PS: {{NAME:Nasreen}} mentioned her husband {{NAME:Mohammed Rafiq}} had a stroke in {{DATE:June 2026}} and is at {{LOCATION:Bede House}} rehab in {{LOCATION:Felling}}; carer strain noted, referred to {{LOCATION:Gateshead Carers}}. Dietitian {{NAME:Halima Begum-Short}} to see at {{LOCATION:Bensham Hospital}} on {{DATE:24 November}}.
Last clinic {{DATE:2 Jun 2026}}. eGFR 58, ACR 4.1. BP 138/82. Statin: atorvastatin 20 mg.
`,
  },
  {
    id: 't14-038',
    kind: 'outpatient follow-up (US, HIV clinic)',
    text: `
ID clinic f/u {{DATE:11/04/2026}}
{{NAME:Deshawn Okoro-Williams}} 31M, MRN {{MRN:5530981}}, ADAP {{HEALTH_PLAN:GA-ADAP-771204}}
On Biktarvy, VL <20, CD4 612. PrEP for partner {{NAME:Luis Ayala}} discussed, referred to {{LOCATION:AID Atlanta}} on {{LOCATION:Peachtree St NE}}.
Moved from {{LOCATION:Macon}} to {{LOCATION:East Point}} in {{DATE:August 2026}}; new address {{LOCATION:1180 Washington Rd, Apt 4C}}. Works at {{LOCATION:Hartsfield-Jackson}} (ramp crew).
Case manager Ms. {{NAME:Toya Pennington}}, e-mail {{EMAIL:tpennington@ryanwhite.example.org}}.
RTC 6 months. {{NAME:Ifeanyi Obi}}, NP, DEA {{LICENSE:MO5550219}}
Social: lives with roommate {{NAME:Trey Castellanos}}. Goes to {{LOCATION:Ebenezer Baptist Church}}. Insurance changes {{DATE:1/1/2027}}; pharmacy {{LOCATION:Walgreens}} on {{LOCATION:Main St}}, {{LOCATION:East Point}}. Labs drawn by {{NAME:Kiara}} (phlebotomy). Portal URL given: {{URL:https://mychart.example.org/signup}}.
Last labs {{DATE:5/14/2026}}: VL <20, CD4 580. Syphilis RPR nonreactive. HBV immune.
`,
  },
  {
    id: 't14-039',
    kind: 'outpatient follow-up (Australia, heart failure)',
    text: `
HF clinic review {{DATE:5/11/2026}}, {{LOCATION:Flinders Medical Centre}}
{{NAME:Con Papadakis}}, 86M, from {{LOCATION:Marion}}, attends with daughter {{NAME:Voula Stamatiou}}.
NYHA II. Weight 78.4 kg (79.9). On Entresto 49/51 bd, bisoprolol 5, spironolactone 25, dapagliflozin 10. K 4.9.
He still gardens at the {{LOCATION:Oaklands Park}} community garden and drives to the {{LOCATION:Greek Orthodox Church of St Nicholas}} in {{LOCATION:Thebarton}}.
CRT-D {{DEVICE:PRM-4472183}} checked: 98% BiV pacing.
GP Dr {{NAME:Madhavi Rangan}}. Review 3 months, HF nurse {{NAME:Georgie Flett}} phone follow-up {{DATE:19/11}}.
{{NAME:Voula}} asked about home help: referred to {{LOCATION:Domiciliary Care SA}}, {{LOCATION:Marion}} office. Son {{NAME:Stavros Papadakis}} in {{LOCATION:Melbourne}} joins reviews by phone {{PHONE:0491 570 233}}. Remote monitoring via {{URL:https://latitude.example.com.au/pt/44871}}.
NT-proBNP 1240 (2100 in August). Echo {{DATE:10/2026}}: LVEF 33%.
`,
  },
  {
    id: 't14-040',
    kind: 'outpatient follow-up (Canada, rheumatology)',
    text: `
Rheum clinic {{DATE:2026-11-06}}
{{NAME:Genevieve Ouellet-Nakashima}}, 44F, RAMQ {{HEALTH_PLAN:OUEG 8254 1717}}. RA, seropositive. DAS28-CRP 2.4 on methotrexate 20 mg weekly + Actemra.
Works as teacher at {{LOCATION:Ecole secondaire Jean-Grou}}, lives in {{LOCATION:Riviere-des-Prairies}}. Husband {{NAME:Kenji}}.
Ultrasound of hands by Dr {{NAME:Olufemi Ajayi}}: synovitis MCP2 R resolved.
Plan: continue, DEXA {{DATE:Feb 2027}}. cc Dr {{NAME:Hugues Lalonde}}, {{LOCATION:CLSC de Riviere-des-Prairies}}.
Note: pt asked that letters go to her work address, {{LOCATION:8351 Boulevard Perras}}, {{LOCATION:Montreal}}, {{LOCATION:H1E 7E3}}. Nurse {{NAME:Maude Bergeron-Tanaka}} taught SC injection. Pharmacy {{LOCATION:Jean Coutu}}, fax {{FAX:514-555-0192}}.
Last infusion {{DATE:2026-10-23}}. CRP 3. ESR 12. Hep B serology negative. Shingrix dose 2 due.
`,
  },
  {
    id: 't14-041',
    kind: 'outpatient follow-up (Nigeria, hypertension)',
    text: `
Medical Outpatient Clinic {{DATE:9/11/2026}}, {{LOCATION:Lagos University Teaching Hospital}}, {{LOCATION:Idi-Araba}}
Chief {{NAME:Olusegun Babatunde Adeyemi-Lawal}}, 68M, hosp no {{MRN:LUTH/MOPD/55218}}.
BP 152/94 on amlodipine 10, losartan 100. Creatinine 1.4. Echo LVH.
Lives {{LOCATION:12 Adeniyi Jones Avenue}}, {{LOCATION:Ikeja}}. Son {{NAME:Tunde}} in {{LOCATION:Abeokuta}} sends medications; wife Alhaja {{NAME:Kafayat}} at bedside.
Plan: add HCTZ, review 6/52. Seen by Dr {{NAME:Chiamaka Eze}}, SR to Prof. {{NAME:Ogundipe}}.
Family: daughter {{NAME:Folake Adeyemi-Lawal}} is a nurse at {{LOCATION:Lagos State University Teaching Hospital}}. Church: {{LOCATION:RCCG Redemption Camp}}. NHIA enrolee no {{HEALTH_PLAN:NHIA-LA-0048812}}. Pharmacist {{NAME:Emeka Uzor}} counselled on HCTZ and gout risk.
Previous visit {{DATE:12/08/2026}}. Urinalysis protein 1+. ECG: LVH by Sokolow-Lyon.
`,
  },
  {
    id: 't14-042',
    kind: 'outpatient follow-up (US, memory clinic)',
    text: `
Memory clinic {{DATE:11/10/2026}}
{{NAME:Harriet "Hattie" Goldfarb}}, {{AGE_OVER_89:90}}F, with daughter {{NAME:Miriam Goldfarb-Levy}} and caregiver {{NAME:Josefina}}.
MoCA 17/30 (19/30 in {{DATE:May 2026}}). On donepezil 10 mg. Some sundowning; melatonin.
Lives at {{LOCATION:Hebrew Home at Riverdale}}, {{LOCATION:Bronx}}. Attends Shabbat services at the home's synagogue with Rabbi {{NAME:Yehuda Blum}}.
Driving stopped in 2019. POA daughter. CDR 1.
{{NAME:Anjali Raghavan}}, MD, Geriatrics
Caregiver {{NAME:Josefina Almonte}} works 9-5 via {{LOCATION:Riverdale Home Care}}. Son {{NAME:Saul Goldfarb}} in {{LOCATION:Teaneck}} is alternate POA. Pt enjoyed telling us she was born on {{DATE:April 3, 1936}} in {{LOCATION:Borough Park}}. Social work {{NAME:Devorah Klein}} to review.
Previous MMSE 21/30. B12 and TSH normal. MRI {{DATE:6/2/2026}}: moderate small-vessel disease. Cornell scale 8.
`,
  },
  {
    id: 't14-043',
    kind: 'outpatient follow-up (Mexico, translated)',
    text: `
Consulta externa {{DATE:11/11/2026}}, {{LOCATION:Hospital General de Zona 1}}, {{LOCATION:Oaxaca de Juarez}}
Pac. {{NAME:Maria de la Luz Hernandez y Ruiz}}, 57F, NSS {{HEALTH_PLAN:4189 61 2233 5}}.
Type 2 DM, A1c 9.1. Insulin NPH 20/10. Retinopathy mild. Speaks Mixtec and Spanish; daughter {{NAME:Guadalupe}} translates.
From {{LOCATION:San Juan Copala}}; stays with sister {{NAME:Esperanza}} in {{LOCATION:Colonia Reforma}} for visits.
Dr {{NAME:Xochitl Ramirez de Alba}}; nutricion L.N. {{NAME:Ivan Zarate}}.
Next appointment {{DATE:9 de febrero de 2027}}. Community health promoter {{NAME:Eufemia Lopez Cruz}} of the {{LOCATION:Centro de Salud Santiago Juxtlahuaca}} to check glucose monthly. Husband {{NAME:Aurelio Sanchez Lopez}} works in {{LOCATION:Tlaxiaco}}.
Glucose 212 mg/dl. Creatinine 1.0. Metformin 850 mg bid added. Previous visit {{DATE:12/08/2026}}.
`,
  },
  {
    id: 't14-044',
    kind: 'outpatient follow-up (US, ortho post-op)',
    text: `
Ortho clinic {{DATE:11/12/26}} 2wk post-op
{{NAME:Will Foxworthy}} 58M s/p R TKA {{DATE:10/29/26}} at {{LOCATION:Twin Cities Orthopedics Surgery Center}}, {{LOCATION:Edina}}.
Staples removed, incision c/d/i. ROM 5-95. Ambulating with cane. DVT ppx aspirin 81 bid.
PT at {{LOCATION:Fairview PT}} in {{LOCATION:Burnsville}}. Wife {{NAME:Patience}} drives him. Return to work at {{LOCATION:3M Center}} in 6 weeks (office).
Next: 6 wk with Dr {{NAME:Gunnarsson}}. XR today: well-seated components.
{{NAME:Kelsey Dahl}}, PA-C, MN lic {{LICENSE:PA55102}}
Pt asked about skiing at {{LOCATION:Buck Hill}} this winter - advised no. Home exercise program given by PT {{NAME:Jorunn Halvorsen}}. Pt's daughter {{NAME:Ember Foxworthy}} is a nurse at {{LOCATION:Fairview Southdale Hospital}}.
Surgery {{DATE:10/29/26}}, Zimmer Persona implant. Aspirin 81 mg bid x 4 weeks. Next PT eval {{DATE:11/19/26}}.
`,
  },
  {
    id: 't14-045',
    kind: 'outpatient follow-up (Vietnam, translated)',
    text: `
Outpatient {{DATE:13/11/2026}}, {{LOCATION:Benh vien Cho Ray}}, {{LOCATION:Quan 5}}
BN {{NAME:Tran Thi Thu Hoa}}, 49F, ma BN {{MRN:CR2611-04527}}
HBV, on tenofovir. HBV DNA undetectable. Fibroscan 6.1 kPa. AFP 3.2.
From {{LOCATION:My Tho}}, {{LOCATION:Tien Giang}}; husband {{NAME:Nguyen Van Phuc}} drives her by motorbike {{VEHICLE:63-B1 224.18}}. Phone {{PHONE:0903 555 418}}.
BS {{NAME:Le Minh Quan}}.
Son {{NAME:Nguyen Minh Khoa}} works in {{LOCATION:Thu Duc}}; he will bring the medication book next visit. Re-check {{DATE:13/02/2027}}. Nurse {{NAME:Pham Thi Lan}}.
Started tenofovir {{DATE:03/2021}}. ALT 22. Creatinine 0.8. HBeAg negative.
`,
  },
  {
    id: 't14-046',
    kind: 'outpatient follow-up (UK, paediatric epilepsy)',
    text: `
Paediatric neurology clinic {{DATE:16/11/26}}, {{LOCATION:Alder Hey Children's Hospital}}
{{NAME:Kai Ogunleye-Murphy}}, 9y, with mum {{NAME:Roisin Murphy}} and nan {{NAME:Pat}}.
Focal epilepsy. Levetiracetam 500 mg bd. Seizure diary: 2 in 3 months (one at school, {{LOCATION:St Hilda's Primary}}, {{LOCATION:Walton}}).
Video of event on mum's phone reviewed ({{PHOTO:VID_20261102_0815.mp4}}): typical.
Plan: continue, EEG sleep-deprived. Epilepsy nurse {{NAME:Siobhan Gallagher-Ahmed}}, 0151 line.
Dr {{NAME:Rhiannon Evans-Adjei}}
Dad {{NAME:Tunde Ogunleye}} joined by phone from {{LOCATION:Lagos}}. School SENCO Mrs {{NAME:Carol Bibby}} to receive care plan. Rescue buccal midazolam plan e-mailed to {{EMAIL:senco@sthildas.example.sch.uk}}.
Last EEG {{DATE:14/07/2026}}: L centrotemporal spikes. Levetiracetam level n/a. Weight 31 kg.
`,
  },
];
