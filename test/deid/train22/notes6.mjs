// train22 notes 6: long letters and meeting minutes from many countries; people in running text without titles,
// eponyms, organisms, brands, teams, charities and software unmarked.
export default [
  {
    id: 't22-045',
    kind: 'nephrology family meeting',
    text: `
Family meeting - conservative kidney management, {{DATE:Nov 12, 2026}}, {{LOCATION:Hennepin Healthcare}}, {{LOCATION:Minneapolis}}
Patient: {{NAME:Abdikarim Hassan Nur}}, 81, MRN {{MRN:HH-7730195}}, eGFR 9. Present: wife {{NAME:Faadumo}}, sons {{NAME:Liban}} and {{NAME:Guled}},
daughter {{NAME:Sahra}} (on speaker from {{LOCATION:Columbus}}), community health worker {{NAME:Ayan}} from {{LOCATION:Cedar-Riverside}}, nephrologist
{{NAME:Bjorn Halvorsen}}, palliative NP {{NAME:Keisha}}. {{NAME:Liban}} said Aabo would rather not go to the dialysis unit on {{LOCATION:Riverside Avenue}}
three times a week. {{NAME:Sahra}} asked about Alport and about polycystic kidney disease in the family; {{NAME:Guled}} has PKD. Calciphylaxis absent.
Plan: conservative care, Epo (Retacrit) monthly, Lokelma, Hospice referral later. Medica member ID {{HEALTH_PLAN:MCA-40018823-01}};
hospital account {{ACCOUNT:7700418235}}. {{NAME:Sahra}}'s e-mail {{EMAIL:sahra.nur@example.com}}; {{NAME:Liban}} {{PHONE:612-555-0177}}.
`,
  },
  {
    id: 't22-046',
    kind: 'sports medicine letter',
    text: `
Sports Medicine Clinic, {{LOCATION:Aspetar}}, {{LOCATION:Doha}}, {{DATE:17 Nov 2026}}
{{NAME:Youssef El-Amrani}}, 22, midfielder. Osgood-Schlatter in adolescence. Now an ACL rupture (Lachman 3+, pivot shift positive).
His agent {{NAME:Karim Benali}} and physio {{NAME:Joaquim}} attended; his mother {{NAME:Latifa}} joined by video from {{LOCATION:Tetouan}}.
Reconstruction with a BTB graft by {{NAME:Pieter de Villiers}}. Club doctor {{NAME:Hamad}} at Al-Sadd informed. QID {{OTHER_ID:29850400112}}.
Catapult GPS vest data and the Nordbord results were reviewed. Return-to-play protocol per FIFA Medical.
MRI images {{PHOTO:MRI_KNEE_R_YEA_1117.dcm}}. Agent e-mail {{EMAIL:k.benali@example.ma}}.
`,
  },
  {
    id: 't22-047',
    kind: 'psychiatry family meeting',
    text: `
First Episode Psychosis Service, family meeting {{DATE:21/11/2026}}, {{LOCATION:Lambeth Hospital}}
{{NAME:Tendai Mupfumira}}, 20, second-year student at {{LOCATION:King's College London}}. Present: mother {{NAME:Rumbidzai}}, uncle {{NAME:Farai}}, his
housemate {{NAME:Ollie}}, care coordinator {{NAME:Jaz}}, psychiatrist {{NAME:Asif Qureshi}}. PANSS positive 24. Cannabis (skunk) daily.
Aripiprazole (Abilify Maintena) discussed. {{NAME:Rumbidzai}} asked whether the church in {{LOCATION:Mutare}} should be told; {{NAME:Farai}} prefers not.
{{NAME:Ollie}} noticed he was talking to the radiator. Student Support and the Hearing Voices Network. {{NAME:Tendai}}'s tutor Prof {{NAME:Hallam}}
agreed an interruption. Housing: {{LOCATION:Stamford Street Apartments}}, room 7.14. NHS {{OTHER_ID:485 777 3456}}.
Addendum {{DATE:28/11/2026}}: {{NAME:Tendai}} moved back to {{NAME:Rumbidzai}}'s flat at {{LOCATION:Flat 9, Cotton Gardens Estate}}, {{LOCATION:Kennington}}, {{LOCATION:SE11 4PY}}.
{{NAME:Farai}}'s Oyster-linked bank account for the bursary: {{ACCOUNT:20-55-01 41887203}}. {{NAME:Ollie}} keeps in touch. Depot given by {{NAME:Jaz}}. Mum {{PHONE:07700 900449}}.
`,
  },
  {
    id: 't22-048',
    kind: 'workers compensation consult',
    text: `
Occupational Medicine - work injury consult {{DATE:11/13/2026}}
{{NAME:Florentino Huaman Quispe}}, 46, framer for Rocky Ridge Builders, fell from a ladder at a site on {{LOCATION:Sable Blvd}} in {{LOCATION:Aurora}}.
Calcaneus fracture (Bohler angle 12). Foreman {{NAME:Travis}} brought him; his wife {{NAME:Yolanda}} and son {{NAME:Brayan}} came later.
Claim {{OTHER_ID:WC-26-0091843}}, adjuster {{NAME:Marcy Kwiatkowski}} at Pinnacol, fax {{FAX:303-555-0145}}. SSN {{SSN:000-61-2237}}.
CO driver licence {{LICENSE:18-442-7731}}. His pickup ({{VEHICLE:CO BRX-442}}) is still at the site. Spanish (Peruvian Quechua at home);
interpreter {{NAME:Ruth}}. Home {{LOCATION:1550 Dayton St, Apt 3}}, {{LOCATION:Aurora}}, CO {{LOCATION:80010}}.
{{NAME:Chanel Washington}}, MD, MPH
`,
  },
  {
    id: 't22-049',
    kind: 'geriatric oncology letter',
    text: `
{{LOCATION:Institut Curie}}, {{LOCATION:Paris}} - lettre au medecin traitant (English), {{DATE:8 November 2026}}
Cher confrere Dr {{NAME:Lefebvre}},
{{NAME:Marguerite Ndiaye-Rousseau}}, {{AGE_OVER_89:90}}, lives at {{LOCATION:17 rue Oberkampf}}, {{LOCATION:75011}} {{LOCATION:Paris}}, with her companion {{NAME:Jean-Baptiste}}.
Her goddaughter {{NAME:Aminata}} and her neighbour Madame {{NAME:Chevalier}} came. G8 score 11. Hormone receptor positive breast cancer; letrozole
(Femara). Paget disease of the nipple absent. Carte Vitale {{HEALTH_PLAN:2 36 04 75 111 000 42}}. Her son {{NAME:Ousmane}} in {{LOCATION:Dakar}} will call.
{{NAME:Helene Vasseur}}, oncogeriatre
Addendum {{DATE:15 novembre 2026}}: {{NAME:Jean-Baptiste}} called from the {{LOCATION:Hopital Saint-Antoine}}, where he is in for a hernia. {{NAME:Aminata}} will stay with
{{NAME:Marguerite}} at {{LOCATION:rue Oberkampf}}. Infirmiere {{NAME:Nadia Belkacem}} visits daily. Bone scan at {{LOCATION:Hopital Tenon}} on {{DATE:2 decembre}}. Phone {{PHONE:01 55 50 42 18}}.
`,
  },
  {
    id: 't22-050',
    kind: 'endocrine letter (thyroid)',
    text: `
Thyroid Clinic, {{LOCATION:Tan Tock Seng Hospital}}, Singapore, {{DATE:20 Nov 2026}}
Dear Dr {{NAME:Goh}}, {{NAME:Nurul Ain binte Rahmat}}, 34, Graves disease with orbitopathy (CAS 4). TRAb 18. Her husband {{NAME:Faizal}} and
her mother-in-law Mak {{NAME:Esah}} were present; her colleague {{NAME:Wei Ling}} from {{LOCATION:Changi General Hospital}} Pharmacy came for support.
Hashimoto excluded. Carbimazole 30 mg; selenium. Radioiodine deferred. Lives at {{LOCATION:Blk 512 Bedok North Ave 3, #08-221}}, Singapore {{LOCATION:460512}}.
NRIC {{OTHER_ID:S0012345Z}}. Phone {{PHONE:+65 5550 1837}}.
{{NAME:Arjun Pillai}}, Endocrinology
`,
  },
  {
    id: 't22-051',
    kind: 'school meeting (type 1 diabetes)',
    text: `
Meeting at {{LOCATION:Cherrybrook Technology High School}}, {{DATE:11 November 2026}}
Student: {{NAME:Hinewai Boateng-Park}}, 13, type 1 diabetes, Omnipod 5 (PDM serial {{DEVICE:OP5-PDM-7741203}}) with Dexcom G7.
Present: dad {{NAME:Kwabena}}, mum {{NAME:Soo-ah}}, year adviser Mr {{NAME:Kearney}}, PE teacher {{NAME:Georgie}}, diabetes educator {{NAME:Thuy}}
from {{LOCATION:Westmead Children's}}. Hypos at sport; Glucagon (Baqsimi) in the sick bay. Coeliac screen negative. Her best friend {{NAME:Ava}}
knows the signs. Diabetes NSW camps offered. Dexcom Clarity shared with {{EMAIL:kwabena.bp@example.com.au}}. Address {{LOCATION:6 Shepherds Drive}},
{{LOCATION:Cherrybrook}} NSW {{LOCATION:2126}}.
`,
  },
  {
    id: 't22-052',
    kind: 'haematology letter (thalassaemia)',
    text: `
Thalassaemia Centre, {{LOCATION:Whittington Hospital}}, {{DATE:26/11/2026}}
Dear Dr {{NAME:Christodoulou}}, {{NAME:Panayiota Hadjipetrou}}, 36, transfusion-dependent beta thalassaemia, Jadenu for iron overload. T2* MRI
cardiac 18 ms. Her husband {{NAME:Arsen Hovhannisyan}} and their daughter {{NAME:Ani}} came; {{NAME:Arsen}}'s mother {{NAME:Siranush}} minds {{NAME:Ani}} on clinic days.
Yersinia enterocolitica risk with chelation was explained. UK Thalassaemia Society. She works at {{LOCATION:Green Lanes Pharmacy}} in {{LOCATION:Harringay}}.
Blood bank ID band {{OTHER_ID:BT-55821-09}}. Phone {{PHONE:020 7946 0317}}.
{{NAME:Chiamaka Eze-Lawson}}, Consultant Haematologist
`,
  },
  {
    id: 't22-053',
    kind: 'multi-disciplinary meeting minutes (ALS)',
    text: `
MND multidisciplinary clinic, {{LOCATION:Beaumont Hospital}}, {{DATE:Nov 25, 2026}}
{{NAME:Seamus Twomey}}, 58, ALS. ALSFRS-R 31. Present: wife {{NAME:Bernadette}}, daughter {{NAME:Roisin}}, his former employer {{NAME:Tadhg Carey}} (a farm
supplies firm in {{LOCATION:Macroom}}), IMNDA nurse {{NAME:Orla}}. Riluzole (Rilutek). PEG by the Gastro team. NIV: ResMed Lumis, serial {{DEVICE:22183347701}}.
Voice banking with ModelTalker: voiceprint file {{BIOMETRIC:VB-ST-20261125}}. Eye-gaze via Tobii Dynavox. His brother {{NAME:Con}} drives from {{LOCATION:Ballyvourney}}.
Medical card {{HEALTH_PLAN:MC-0094471K}}. Eircode {{LOCATION:P12 K7T3}}.
`,
  },
];
