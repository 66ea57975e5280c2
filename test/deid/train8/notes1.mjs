// train8 notes 1: Welsh GP referral, Irish discharge summary, Nigerian social-work family history, Kenyan CHW
// home visit, Kerala discharge summary, Philippine barangay health worker note, Samoan chaplaincy note (NZ),
// employer letter for a Polish worker (UK), Ghanaian bereavement note.
export default [
  {
    id: 't8-001',
    kind: 'GP referral letter (Wales)',
    text: `
{{LOCATION:Ty Glas Surgery}}
{{LOCATION:14 Heol y Felin}}, {{LOCATION:Llandeilo}}, {{LOCATION:SA19 6PN}}
Tel {{PHONE:01632 960418}}   Fax {{FAX:01632 960419}}

{{DATE:3 November 2026}}

Dear Dr {{NAME:Bevan-Pritchard}},

Re: Mr {{NAME:Gareth Llewellyn Morgan}}, DOB {{DATE:17/02/1958}}, NHS No {{HEALTH_PLAN:485 777 3456}}
{{LOCATION:Pen-y-Bryn Farm}}, {{LOCATION:Ffairfach}}, {{LOCATION:Llandeilo}} {{LOCATION:SA19 6UA}}

Thank you for seeing this 68-year-old sheep farmer with a three-month history of exertional chest tightness, worse when
walking the top field. His father {{NAME:Emrys}} died of an infarct at 61. He drives a quad bike and his own Land Rover.
ECG here showed no acute change. He takes ramipril 5 mg and atorvastatin 40 mg. He would prefer to be seen at
{{LOCATION:Glangwili Hospital}} in {{LOCATION:Carmarthen}} rather than {{LOCATION:Morriston}}, as his daughter {{NAME:Ffion}}
works there. He is Welsh-speaking and his wife {{NAME:Angharad}} usually comes with him.
Examination: BP 152/88, pulse 76 regular, BMI 31. No murmur; Levine sign absent. QRISK3 18.4%. He has a Parkinson's-like tremor of
the left hand which he puts down to the cold. He was seen in the Cardiology Clinic in 2019 for palpitations; Holter then was normal.
Please reply via Welsh Clinical Portal or to {{EMAIL:tyglas.admin@wales.example.nhs.uk}}.

Yours sincerely,
Dr {{NAME:Rhiannon Evans}} MRCGP, GMC {{LICENSE:7044815}}
`,
  },
  {
    id: 't8-002',
    kind: 'discharge summary (Ireland)',
    text: `
{{LOCATION:University Hospital Galway}} - Department of Medicine for the Older Person
DISCHARGE SUMMARY
Patient: {{NAME:Bridget O'Flaherty}} (nee {{NAME:Ni Mhaoilchiarain}})   MRN {{MRN:G0094417}}
Address: {{LOCATION:Cottage 3}}, {{LOCATION:Bothar na Tra}}, {{LOCATION:Spiddal}}, Co. {{LOCATION:Galway}} {{LOCATION:H91 X2K4}}
Age: {{AGE_OVER_89:93}}   GMS card {{HEALTH_PLAN:6623019T}}
Admitted {{DATE:09/10/2026}}, discharged {{DATE:21/10/2026}}.
Mrs {{NAME:O'Flaherty}} fell at home and lay on the kitchen floor overnight until her neighbour {{NAME:Padraig Joyce}}
found her. CT brain was clear; she had rhabdomyolysis (CK 4,200) and a Garden I hip fracture managed conservatively.
She lives alone since her husband {{NAME:Colm}} died. Her son {{NAME:Declan}} lives in {{LOCATION:Oughterard}}, and a
daughter, {{NAME:Siobhan Keane}}, in Boston. The public health nurse {{NAME:Aoife Concannon}} will visit from
{{LOCATION:Spiddal Health Centre}}. Pendant alarm arranged (Careline unit {{DEVICE:CL-IE-0447182}}). Barthel 14/20 on discharge; Clinical Frailty Scale 6. Medications: Adcal-D3, alendronic
acid 70 mg weekly, paracetamol 1 g qds, Movicol sachets. Follow-up in the falls clinic on {{DATE:2 December 2026}}. GP: Dr {{NAME:Liam de Burca}}, {{LOCATION:Main Street}},
{{LOCATION:Moycullen}}.
Signed: Dr {{NAME:Orla Ni Bhriain}}, SpR (MCRN {{LICENSE:421087}})
`,
  },
  {
    id: 't8-003',
    kind: 'social-work family history (Nigeria)',
    text: `
SOCIAL WORK ASSESSMENT - {{LOCATION:Lagos University Teaching Hospital}}, {{LOCATION:Idi-Araba}}
Date: {{DATE:12 Oct 2026}}   Hosp No: {{MRN:LUTH/26/118402}}
Client: Mrs {{NAME:Folasade Adebayo-Ogunlana}}, 41 (ward board wrongly reads {{NAME:Adebayo-Ogunleye}}).
Family history: She was born in {{LOCATION:Ilesa}}, the third of seven children of Chief {{NAME:Adewale Adebayo}} (late)
and Mama {{NAME:Comfort}}, a trader at {{LOCATION:Oja Oba}} market. She married {{NAME:Tunde Ogunlana}} in {{DATE:December 2009}};
they live at {{LOCATION:No. 7 Adeniran Ogunsanya Street}}, {{LOCATION:Surulere}}. Four children: {{NAME:Tolu}} (15), {{NAME:Kemi}}
(12), {{NAME:Bisola}} (9) and {{NAME:Ayo}} (4). Her husband drives a danfo (reg {{VEHICLE:KJA 318 XL}}). Her younger brother
{{NAME:Segun}} sends money from Houston. Her pastor, Rev. {{NAME:Olumide Fashola}} (she calls him
Pastor {{NAME:Mide}}) of {{LOCATION:Redeemed Christian Church, Bode Thomas}}, has offered a room.
NHIA no. {{HEALTH_PLAN:NHIA-23-0081772}}. Husband reachable on {{PHONE:+234 803 555 0142}}.
Plan: fee waiver request to the Medical Social Welfare Unit; follow up with Mrs {{NAME:Ibironke}} (MSW).
`,
  },
  {
    id: 't8-004',
    kind: 'community health volunteer home visit (Kenya)',
    text: `
CHV HOME VISIT - {{LOCATION:Kibera}}, {{LOCATION:Gatwekera}} village
{{DATE:4/11/2026}}. CHV: {{NAME:Mercy Atieno Odhiambo}}. Link facility: {{LOCATION:Kibera South Health Centre}}.
Household head: {{NAME:Josphat Kiprono}}, 38, casual labourer at {{LOCATION:Industrial Area}} (employer Mwangaza Plastics Ltd).
Spouse {{NAME:Naomi Chebet}}, 34, HIV+, on TLD, last VL {{DATE:June 2026}} suppressed.
Children: {{NAME:Brian Kipchumba}} 10, {{NAME:Faith Jeptoo}} 6, baby {{NAME:Precious}} 5 months (weight 6.1 kg, on track).
Neighbour Mama {{NAME:Wanjiru}} keeps the baby when {{NAME:Naomi}} goes to {{LOCATION:Toi Market}}.
Grandmother {{NAME:Tabitha Kiprono}}, stated age {{AGE_OVER_89:96}}, came from {{LOCATION:Kapsabet}} and now sleeps in the
same room; cough two weeks, referred for GeneXpert. SHA no. {{HEALTH_PLAN:SHA-4471 0928 11}}, ID {{OTHER_ID:28 771 043}}.
M-Pesa line {{PHONE:0722 555 019}}. Next visit {{DATE:18/11/2026}}.
`,
  },
  {
    id: 't8-005',
    kind: 'discharge summary (Kerala, India)',
    text: `
{{LOCATION:Amrita Institute of Medical Sciences}}, {{LOCATION:Edappally}}, {{LOCATION:Kochi}} {{LOCATION:682041}}
DISCHARGE SUMMARY   UHID {{MRN:AIMS2604471}}   IP No {{OTHER_ID:IP/26/77310}}
Name: {{NAME:Sreekumari Amma K.}}, W/o Late {{NAME:Gopalakrishnan Nair}}, 72/F
Address: {{LOCATION:Thekkeveedu House}}, {{LOCATION:Kavumbhagam P.O.}}, {{LOCATION:Thiruvalla}}, {{LOCATION:Pathanamthitta Dist.}} - {{LOCATION:689102}}
DOA {{DATE:02.10.2026}}   DOD {{DATE:09.10.2026}}
Consultant: Dr. {{NAME:Anil Varghese Kurian}} MD DM (TCMC Reg {{LICENSE:45127}})
Course: Admitted with acute decompensated HF, EF 30%. Diuresed, started sacubitril/valsartan. Daughter
{{NAME:Latha Menon}} (Dubai) and son-in-law {{NAME:Rajeev Pillai}} were informed by phone {{PHONE:+971 50 555 2291}}.
Local bystander: nephew {{NAME:Unnikrishnan}}, {{PHONE:+91 94470 55512}}.
Review in Cardiology OPD after 2 weeks with echo. Aadhaar {{OTHER_ID:5512 8830 4471}} (for PMJAY, card {{HEALTH_PLAN:PMJAY-KL-0917734}}).
`,
  },
  {
    id: 't8-006',
    kind: 'barangay health worker note (Philippines)',
    text: `
BHW HOUSE VISIT - {{LOCATION:Purok 4}}, {{LOCATION:Barangay San Isidro}}, {{LOCATION:Tanauan City}}, Batangas
{{DATE:Oct. 28, 2026}}
Visited by: {{NAME:Ma. Luisa}} "{{NAME:Weng}}" {{NAME:Dimaculangan}}, BHW, with midwife {{NAME:Cherry Pie Macaraeg}}.
Patient: Lola {{NAME:Cion}} to the neighbours, registered as {{NAME:Consolacion de la Paz Reyes}}, {{AGE_OVER_89:91}} years.
Lives with granddaughter {{NAME:Kristine Joy Reyes-Villanueva}} and her partner {{NAME:Jun-Jun}} at {{LOCATION:Blk 12 Lot 7}},
{{LOCATION:Villa Esperanza Subd.}} BP 160/90 on amlodipine 10 mg; no stock at the {{LOCATION:San Isidro Barangay Health Station}},
so {{NAME:Kristine}} buys it at {{LOCATION:Mercury Drug Poblacion}}. PhilHealth PIN {{HEALTH_PLAN:02-051188273-4}}; senior citizen
ID {{OTHER_ID:TAN-SC-088173}}. Son {{NAME:Romeo}} is an OFW in Riyadh, cb of granddaughter {{PHONE:0917 555 0384}}.
To follow up at {{LOCATION:C.P. Reyes Hospital}} medicine OPD.
`,
  },
  {
    id: 't8-007',
    kind: 'hospital chaplaincy note (Samoan family, New Zealand)',
    text: `
Spiritual Care - {{LOCATION:Middlemore Hospital}}, Ward 21
Visit Saturday evening {{DATE:14/11/2026}}; written up Sunday {{DATE:15 November 2026}}.
Chaplain on call: {{NAME:Mere Tawhiri}}, with Rev. {{NAME:Tavita Leaupepe}} from the family's own church.
Patient {{NAME:Faamanu Tuilagi}}, 67, NHI {{HEALTH_PLAN:ZAC4471}}, end-stage renal failure, has chosen to stop dialysis.
About 30 family members present, led by his eldest daughter {{NAME:Losa Tuilagi-Faleolo}} and his brother {{NAME:Sione}}, who
came from {{LOCATION:Faleasiu}} in Samoa. Pastor {{NAME:Ioane Sapolu}} of {{LOCATION:EFKS Mangere East}} led a lotu in
Samoan and English. Family asked that the body go to {{LOCATION:Tipene Funerals}} in {{LOCATION:Otahuhu}} and then to the
family home at {{LOCATION:22 Buckland Road}}, {{LOCATION:Mangere East}}. Contact {{NAME:Losa}} on {{PHONE:021 555 0827}}.
Renal team aware; Karakia and an 'ava ceremony are welcome in the whanau room. Morphine syringe driver (T34) started at 2200.
No Medical Certificate of Cause of Death issues expected; Coroner not required. Family e-mail {{EMAIL:losa.faleolo@example.co.nz}}.
`,
  },
  {
    id: 't8-008',
    kind: 'employer letter about a Polish worker (England)',
    text: `
Fenland Fresh Produce Ltd, {{LOCATION:Unit 9 Boleness Road}}, {{LOCATION:Wisbech}}, {{LOCATION:PE13 2RB}}
HR: {{EMAIL:hr.wisbech@fenlandfresh.example.co.uk}}   Tel {{PHONE:01632 960752}}
{{DATE:2 November 2026}}
To the Occupational Health Service, {{LOCATION:North Cambridgeshire Hospital}}

Re: Mr {{NAME:Krzysztof Wojciechowski}}, employee no. {{OTHER_ID:FF-20931}}, NI {{OTHER_ID:QQ 12 34 56 C}}

Mr {{NAME:Wojciechowski}} has worked as a forklift operator at our {{LOCATION:Elm High Road}} site since {{DATE:March 2019}}.
Following his knee surgery at {{LOCATION:Addenbrooke's}} on {{DATE:28 September}} he wishes to return on restricted duties.
His line manager, {{NAME:Dorota Kaminska}}, speaks Polish with him; an interpreter, {{NAME:Agnieszka Lis}}, may also attend.
He lives at {{LOCATION:Flat 2}}, {{LOCATION:41 Norfolk Street}}, {{LOCATION:Wisbech}}. He holds a counterbalance licence
{{LICENSE:RTITB-771045}}. Please advise on fitness for work.

{{NAME:Stephen Bishop}}, HR Manager
`,
  },
  {
    id: 't8-009',
    kind: 'bereavement note, obituary style (Ghana)',
    text: `
BEREAVEMENT FOLLOW-UP - {{LOCATION:Komfo Anokye Teaching Hospital}}, Palliative Care Unit, {{LOCATION:Kumasi}}
Call made {{DATE:6th November 2026}} by {{NAME:Akosua Boatemaa}} (nurse counsellor).
The late Opanin {{NAME:Kwabena Owusu-Ansah}}, affectionately {{NAME:Papa Kobby}}, of {{LOCATION:Bantama}}, {{LOCATION:Kumasi}}, and
{{LOCATION:Asante Mampong}}, went to be with the Lord on {{DATE:19th October 2026}} aged {{AGE_OVER_89:94}}. A retired
headteacher of {{LOCATION:Mampong Presby Primary}}, he is survived by his wife, {{NAME:Adwoa Serwaa}}, children
{{NAME:Kofi}}, {{NAME:Yaa Asantewaa}} and {{NAME:Akua Nyarko}}, and many grandchildren. One-week observance was held at
{{LOCATION:Bantama Methodist Church}}; burial is set for Saturday {{DATE:5 December}}, at {{LOCATION:Tafo Cemetery}}.
Widow is sleeping poorly; daughter {{NAME:Yaa}} ({{PHONE:024 555 7831}}) will bring her to the clinic. Funeral brochure
photo kept as {{PHOTO:owusu_ansah_brochure.jpg}}.
`,
  },
];
