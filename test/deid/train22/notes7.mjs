// train22 notes 7: long letters, consults and family meetings with many people and places in running text, and the
// rarer identifiers (accounts, SSNs, licences, vehicles, IPs, URLs, biometrics, faxes) in context.
export default [
  {
    id: 't22-054',
    kind: 'complex discharge letter with family meeting',
    text: `
Discharge summary and family meeting note - {{LOCATION:Massachusetts General Hospital}}, {{LOCATION:Boston}}
Admitted {{DATE:11/02/2026}}, discharged {{DATE:11/20/2026}}. Patient {{NAME:Nadezhda Petrovna Volkova}} ({{NAME:Nadya}}), 84, MRN {{MRN:0044718826}}.

{{NAME:Nadya}} was admitted from {{LOCATION:Brighton}} with Streptococcus pneumoniae pneumonia and a Takotsubo cardiomyopathy (EF 35%, recovered
to 50%). Hyponatraemia from SIADH. Her granddaughter {{NAME:Alina Baranauskas}} and {{NAME:Alina}}'s husband {{NAME:Jurgis}} met with us on {{DATE:Nov 18}};
her son {{NAME:Vadim}} joined from {{LOCATION:Vilnius}} by Zoom. Her neighbour and close friend {{NAME:Tamar Mirzoyan}} (who calls her "Babushka")
has been bringing her meals. Her old friend {{NAME:Rivka}} from {{LOCATION:Temple Emeth}} in {{LOCATION:Chestnut Hill}} visited twice.

She goes to {{LOCATION:Hebrew SeniorLife - Roslindale}} for short-term rehab. Their admissions fax {{FAX:617-555-0102}}. MassHealth
{{HEALTH_PLAN:100287446512}}; Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}. Hospital account {{ACCOUNT:H00918274551}}. Home address
{{LOCATION:1010 Commonwealth Ave, Apt 5C}}, {{LOCATION:Brighton}}, MA {{LOCATION:02135}}. {{NAME:Alina}}: {{PHONE:617-555-0138}},
{{EMAIL:alina.baranauskas@example.net}}. Patient Gateway activity from {{IP:192.0.2.144}}.

Follow-up: Cardiology (Heart Failure Clinic) in 2 weeks; PCP Dr {{NAME:Hovsepian}} at {{LOCATION:Brookline Community Health Center}}.
Entresto not started (BP). Lasix 20 mg daily. Dictated by {{NAME:Ngozi Uchenna-Price}}, MD; cc {{NAME:Ravi}} (case management).
`,
  },
  {
    id: 't22-055',
    kind: 'immigration health consult',
    text: `
Refugee Health Clinic, {{LOCATION:Harborview Medical Center}}, {{LOCATION:Seattle}} - {{DATE:November 10, 2026}}
{{NAME:Hamid Rahimi Nazari}}, 39, arrived from {{LOCATION:Kabul}} via {{LOCATION:Doha}} on {{DATE:Sept 28}}. With him: wife {{NAME:Zarghona}}, children {{NAME:Mursal}} (12),
{{NAME:Ahmad Zia}} (9) and {{NAME:Bibi Hawa}} (3), and his cousin {{NAME:Shafiq}}, who arrived in 2023 and works at Boeing in {{LOCATION:Renton}}.
Strongyloides serology positive for {{NAME:Hamid}} and {{NAME:Mursal}} - ivermectin. Schistosoma negative. Hepatitis B surface antigen positive in {{NAME:Zarghona}};
Hepatology referral. Latent TB in {{NAME:Hamid}} (QuantiFERON positive). Giardia lamblia in {{NAME:Bibi Hawa}}'s stool. Their caseworker {{NAME:Lindsey}}
at Lutheran Community Services, and the Dari interpreter {{NAME:Wahid}} (badge {{OTHER_ID:HMC-INT-2219}}).
A-number {{OTHER_ID:A-000-114-552}}. SSN applied for; {{NAME:Shafiq}}'s SSN {{SSN:000-22-8145}} given as contact reference. Apple Health {{HEALTH_PLAN:200718446WA}}.
Family lives at {{LOCATION:3910 S Othello St, Unit 214}}, {{LOCATION:Seattle}}, WA {{LOCATION:98118}}. Phone {{PHONE:206-555-0167}}.
{{NAME:Meseret Alemu}}, MD
`,
  },
  {
    id: 't22-056',
    kind: 'ED consult (toxicology)',
    text: `
Toxicology consult {{DATE:2026-11-19}} 02:40, {{LOCATION:Royal North Shore}}, {{LOCATION:St Leonards}}
{{NAME:Jarrah Thompson-Ngo}}, 19, found by flatmates {{NAME:Kyra}} and {{NAME:Bailey}} at {{LOCATION:12/40 Pacific Highway}}, {{LOCATION:Crows Nest}}, after
taking his brother's Seroquel and Panadol. Paracetamol level 210 at 6 h - above the Rumack-Matthew line; NAC (Acetadote two-bag regimen).
His mum {{NAME:Linh}} was called on {{PHONE:0491 570 310}}; his dad {{NAME:Garry Thompson}} is driving from {{LOCATION:Orange}} in the work ute, rego
{{VEHICLE:CT 71 QK}}. He works at JB Hi-Fi {{LOCATION:Chatswood}}, manager {{NAME:Tegan}}. Mental Health Liaison ({{NAME:Sunil}}) to see in the morning.
Medicare {{HEALTH_PLAN:5120 44871 3}}. Lifeline and headspace details given. NSW licence {{LICENSE:18492736}}.
{{NAME:Marika Papageorgiou}}, Tox Reg
`,
  },
  {
    id: 't22-057',
    kind: 'neurology letter (epilepsy)',
    text: `
Epilepsy Service, {{LOCATION:Queen Elizabeth University Hospital}}, {{LOCATION:Glasgow}}, {{DATE:16/11/2026}}
Dear Dr {{NAME:MacLeod}},
{{NAME:Chisomo Banda-Grant}}, 24, juvenile myoclonic epilepsy, came with her flatmate {{NAME:Eilidh}} and her boyfriend {{NAME:Ruaridh}}. Two tonic-clonic
seizures after night shifts at Amazon {{LOCATION:Gourock}}. Dravet and Lennox-Gastaut are not in question. Valproate (Epilim) is unsuitable;
levetiracetam (Keppra) increased to 1 g bd and lamotrigine added. Todd paresis not seen. Epilepsy Scotland leaflet.
She has been told to stop driving and to inform DVLA; licence {{LICENSE:BANDA912243C99LM}}, car a Fiat 500 ({{VEHICLE:SV19 RKZ}}). Her mum {{NAME:Chifundo}}
in {{LOCATION:Blantyre}} (Malawi, not the Lanarkshire one) worries by WhatsApp. Seizure diary on the EpSMon app; video of an event sent to
{{EMAIL:epilepsy.nurses@example.scot}} as {{PHOTO:VID_20261114_0312.mp4}}.
Address {{LOCATION:2/1, 45 Dumbarton Road}}, {{LOCATION:Partick}}, {{LOCATION:G11 6RA}}. Mobile {{PHONE:07700 900261}}.
{{NAME:Ines Vasconcelos}}, Consultant Neurologist; ESN {{NAME:Kirsteen}}
`,
  },
  {
    id: 't22-058',
    kind: 'family meeting (paediatric oncology)',
    text: `
Family meeting {{DATE:Nov 16, 2026}}, Hematology/Oncology, {{LOCATION:Texas Children's Hospital}}, {{LOCATION:Houston}}
Patient {{NAME:Santiago "Santi" Gutierrez Olvera}}, 7, B-ALL, MRN {{MRN:TCH-90441872}}. Present: mother {{NAME:Xochitl}}, father {{NAME:Arturo}}, tia {{NAME:Lorena}},
madrina {{NAME:Pilar Echeverria}}, oncologist {{NAME:Nkechi Obi}}, child life {{NAME:Kelsey}}, chaplain Father {{NAME:Tran}}. MRD positive at day 29.
Philadelphia-like ALL; discussed blinatumomab (Blincyto) and CAR-T at {{LOCATION:Baylor St. Luke's}}. Pneumocystis prophylaxis (Bactrim).
{{NAME:Santi}}'s teacher at {{LOCATION:Hartsfield Elementary}}, Ms {{NAME:Oyelowo}}, is setting up homebound school. {{NAME:Arturo}} works at the {{LOCATION:Port of Houston}}
(supervisor {{NAME:Dale}}) and asked about FMLA. Family lives at {{LOCATION:7715 Cullen Blvd}}, {{LOCATION:Houston}}, TX {{LOCATION:77051}}.
Billing: guarantor account {{ACCOUNT:GA-44180237}}; CHIP {{HEALTH_PLAN:CHIP-771094528}}. {{NAME:Xochitl}} {{PHONE:713-555-0125}}.
Ronald McDonald House and the Candlelighters family grant discussed. Photo consent for {{PHOTO:santi_clinic_1116.heic}}.
`,
  },
  {
    id: 't22-059',
    kind: 'gastroenterology consult (transplant kidney, CMV)',
    text: `
GI consult {{DATE:11/22/2026}} for {{NAME:Oyelaran}} team, 8 Tower, {{LOCATION:Vanderbilt University Medical Center}}
{{NAME:Ta'Shawna Moseley}}, 42, kidney transplant 2024, with diarrhoea and weight loss. Cytomegalovirus PCR 48,000. Colonoscopy (Olympus CF-HQ190,
scope {{DEVICE:2815533}}) showed ulcers; CMV colitis. Clostridioides difficile negative. Whipple disease not suspected.
Her mother {{NAME:Bernice}} and her cousin {{NAME:Dre}} ({{NAME:Andre Moseley}}) came from {{LOCATION:Clarksville}}. Her pastor Rev. {{NAME:Otis Greenlee}} of
{{LOCATION:Greater Mt. Zion Baptist Church}} called. Valganciclovir (Valcyte); mycophenolate (CellCept) held. Transplant coordinator {{NAME:Heather}}.
She works at {{LOCATION:Fort Campbell}} commissary. TN licence {{LICENSE:084412709}}. Portal: {{URL:https://myhealth.example.com/visit/TM42}}, last login
from {{IP:203.0.113.201}}. Home {{LOCATION:411 Madison St}}, {{LOCATION:Clarksville}}, TN {{LOCATION:37040}}.
{{NAME:Sung-min Yoo}}, GI fellow
`,
  },
  {
    id: 't22-060',
    kind: 'memory clinic family meeting',
    text: `
Family conference, {{LOCATION:Baycrest}}, {{LOCATION:Toronto}}, {{DATE:November 23, 2026}}
{{NAME:Moshe Rosenzweig}}, {{AGE_OVER_89:92}}, frontotemporal dementia (behavioural variant); Pick disease on the differential historically. Present: daughters {{NAME:Miriam}}
and {{NAME:Dahlia}}, son-in-law {{NAME:Anil Chatterjee}}, granddaughter {{NAME:Shira}}, PSW {{NAME:Rosalinda}} (from {{LOCATION:Bulacan}}), and his longtime friend
{{NAME:Izzy Birnbaum}}, {{AGE_OVER_89:96}}. Huntington disease excluded. {{NAME:Moshe}} keeps trying to drive to his old shop on {{LOCATION:Spadina Avenue}};
the car ({{VEHICLE:BKRT 442}}) was moved to {{NAME:Anil}}'s garage in {{LOCATION:Thornhill}}. Alzheimer Society First Link and Behavioural Supports Ontario.
Wander tag with GPS (Project Lifesaver, transmitter {{DEVICE:PLI-5507712}}); facial photo on file {{PHOTO:MR_face_2026.jpg}}.
Address {{LOCATION:3 Bathurst Manor Drive}}, {{LOCATION:North York}}, ON {{LOCATION:M3H 3Z2}}. {{NAME:Miriam}} {{PHONE:647-555-0112}}.
`,
  },
  {
    id: 't22-061',
    kind: 'infection consult (returning traveller)',
    text: `
Tropical and Infectious Diseases, {{LOCATION:Hospital for Tropical Diseases}}, {{LOCATION:London}}, {{DATE:14 November 2026}}
Dear Dr {{NAME:Nnamdi}},
{{NAME:Bongani Zulu}}, 55, returned from {{LOCATION:Eshowe}} with fever; Plasmodium falciparum 2.1%, Artesunate given. Rickettsia africae also
possible (eschar). Travelled with his wife {{NAME:Nomvula}} and his brother-in-law {{NAME:Sibusiso}}, who stayed with their aunt Gogo {{NAME:Thandeka}} in
{{LOCATION:KwaDlangezwa}}. Employer: he drives for Stagecoach from the {{LOCATION:Catford}} bus garage; manager {{NAME:Terry Pocock}}.
PSV licence {{LICENSE:ZULU9603055B99KP}}. Fitness to drive letter via the NHS e-Referral. Emergency contact {{NAME:Nomvula}} {{PHONE:020 7946 0588}}.
Address {{LOCATION:56 Bromley Road}}, {{LOCATION:SE6 2TP}}. Fit note sent to {{EMAIL:bongani.zulu@example.co.uk}}.
{{NAME:Kemi Adesanya}}, Specialty Registrar
`,
  },
  {
    id: 't22-062',
    kind: 'genetic counselling letter (cancer syndrome)',
    text: `
{{LOCATION:Peter MacCallum Cancer Centre}}, Familial Cancer Centre, {{DATE:12 November 2026}}
Dear Dr {{NAME:Ratnayake}},
{{NAME:Siobhan Tuilagi}} attended with her sister {{NAME:Fetu}}, her partner {{NAME:Brendan}}, and her aunt {{NAME:Losaline}}. Lynch syndrome (MSH2) confirmed;
Amsterdam II criteria met. Her grandfather {{NAME:Tavita}} died of bowel cancer in {{LOCATION:Apia}}. Cousins {{NAME:Sefo}}, {{NAME:Malia}} and {{NAME:Iosefa}} in {{LOCATION:Otara}}
should be offered cascade testing. Colonoscopy every 2 years through the National Bowel Cancer Screening Program; aspirin (CAPP2).
{{NAME:Fetu}} works at {{LOCATION:Dandenong Hospital}}. Sample {{OTHER_ID:FCC-26-09174}}. Myriad-style report upload {{URL:https://fcc.example.org.au/r/09174}}.
Address {{LOCATION:22 Kidds Road}}, {{LOCATION:Doveton}} VIC {{LOCATION:3177}}. Phone {{PHONE:03 5550 4471}}. Fax for the GP {{FAX:03 5550 4472}}.
{{NAME:Hyun-woo Baek}}, Genetic Counsellor
`,
  },
  {
    id: 't22-063',
    kind: 'spinal injury rehab family meeting',
    text: `
Spinal Injuries Unit, {{LOCATION:Stoke Mandeville Hospital}}, {{LOCATION:Aylesbury}}, family meeting {{DATE:13/11/2026}}
{{NAME:Kieran Oduya-Walsh}}, 26, T6 complete after a motorbike crash on the {{LOCATION:A41}} near {{LOCATION:Tring}}. Present: mum {{NAME:Bridget}}, stepdad {{NAME:Femi}},
girlfriend {{NAME:Lauren}}, physio {{NAME:Mags}}, OT {{NAME:Rohan}}, consultant {{NAME:Isolde Brennan}}. Autonomic dysreflexia education. Heterotopic
ossification on X-ray. Back Up Trust and Aspire mentor {{NAME:Dean}}. He was a scaffolder for a firm in {{LOCATION:Hemel Hempstead}}; boss {{NAME:Mick}} visited.
Bike {{VEHICLE:KX68 WPO}} written off; police ref {{OTHER_ID:TVP-43260118}}. Wheelchair (Quickie Nitrum, serial {{DEVICE:QN-2611-48832}}). Gait lab hand-vein
scan for the FES bike login {{BIOMETRIC:HV-0071-22K}}. Home {{LOCATION:19 Chiltern Road}}, {{LOCATION:Wendover}} {{LOCATION:HP22 6DA}}.
Bank for the PIP claim: account ending {{ACCOUNT:00418817}}. Mum {{PHONE:07700 900707}}.
`,
  },
  {
    id: 't22-064',
    kind: 'rheumatology consult (lupus) with portal and SSN',
    text: `
Rheumatology consult {{DATE:Nov 26, 2026}}, {{LOCATION:Grady Memorial Hospital}}, {{LOCATION:Atlanta}}
{{NAME:Precious Adeola Johnson}}, 30, SLE with class IV nephritis. Anti-dsDNA 480, C3 low. Libman-Sacks not seen on echo. Lupus anticoagulant positive.
Her mother {{NAME:Yewande}}, her sister {{NAME:Faith}}, and her roommate {{NAME:Courtney}} were here. Benlysta and mycophenolate; Plaquenil continued.
Her supervisor at {{LOCATION:Hartsfield-Jackson}} ({{NAME:Darnell}}) needs an FMLA form, faxed to {{FAX:404-555-0183}}. SSN {{SSN:000-58-3371}}. Georgia
Medicaid {{HEALTH_PLAN:GA-118830247}}. Account {{ACCOUNT:GMH-6021847}}. Lupus Foundation of America and the {{LOCATION:Grady}} Lupus Clinic.
Address {{LOCATION:880 Joseph E. Lowery Blvd NW}}, {{LOCATION:Atlanta}}, GA {{LOCATION:30318}}. Portal link {{URL:https://portal.example.org/gmh/pj30}},
login from {{IP:198.51.100.93}}. Fingerprint sign-in at the kiosk {{BIOMETRIC:KIOSK-FP-88102}}. Phone {{PHONE:404-555-0149}}.
{{NAME:Oluwatobi Fashola}}, MD / {{NAME:Marisa Delgado-Chen}}, PharmD
`,
  },
];
