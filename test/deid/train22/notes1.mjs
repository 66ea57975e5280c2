// train22 notes 1: clinic letters and consult notes, people named in running text without titles, beside
// capitalised look-alikes (eponyms, organisms, brands, services, programmes) that stay unmarked.
export default [
  {
    id: 't22-001',
    kind: 'gastroenterology clinic letter',
    text: `
Gastroenterology Clinic, {{LOCATION:Royal Gwent Hospital}}
Date of clinic: {{DATE:12 November 2026}}

Dear {{NAME:Rhiannon}},

Re: {{NAME:Amara Nwachukwu-Lindqvist}}, DOB {{DATE:04/09/1987}}, Hospital No {{MRN:G4471093}}
{{LOCATION:14 Heol y Nant}}, {{LOCATION:Caerphilly}} {{LOCATION:CF83 1QT}}

{{NAME:Amara}} and her brother {{NAME:Tomasz}} came in together today. Her Crohn disease has flared since September, with
six loose stools a day and a faecal calprotectin of 890. Stelara was started in {{DATE:March 2025}} by {{NAME:Gethin Prys-Evans}}
and the Humira before that was stopped because of a psoriasiform rash. Clostridioides difficile toxin was negative.
{{NAME:Tomasz}} works for Tata Steel at {{LOCATION:Port Talbot}} and drives her to the Infusion Unit; their mother {{NAME:Halina}}
lives with them. I have asked the IBD Nurse Team to book an MR enterography and a Pillcam review.

Yours sincerely,
{{NAME:Oluwaseun Adebayo-Hughes}}, Consultant Gastroenterologist
cc {{NAME:R. Pritchard}}, GP, {{LOCATION:Bryntirion Surgery}}
`,
  },
  {
    id: 't22-002',
    kind: 'endocrine consult note',
    text: `
Endocrinology consult - {{DATE:Nov 18, 2026}}
Patient: {{NAME:Keoni Kahananui}}  MRN {{MRN:7720-1184}}

Seen with {{NAME:Keoni}}'s wife {{NAME:Leilani}} and their eldest, {{NAME:Makana}}, who translates for his grandmother Tutu {{NAME:Malia}}.
Presenting with fatigue, hyperpigmentation and a sodium of 128; the picture is Addison disease until proven otherwise.
Synacthen test booked. He coaches football at {{LOCATION:Kamehameha Schools}} in {{LOCATION:Kapalama}}; his employer,
{{NAME:Bishop}} (the athletic director, {{NAME:Walter Bishop}}), has been told he needs a week off.
Graves disease in his sister {{NAME:Noelani}}, treated with radioactive iodine at {{LOCATION:Queen's Medical Center}}.
Plan: hydrocortisone 15/5/5, fludrocortisone 100 mcg, MedicAlert bracelet, sick-day rules leaflet from the
Addison's Disease Self-Help Group. Call {{PHONE:(808) 555-0143}} for results.
-- {{NAME:Priyanka Raghunathan}} MD
Addendum {{DATE:Nov 21, 2026}}: Synacthen 30-min cortisol 82 nmol/L - Addison disease confirmed; 21-hydroxylase antibodies positive. {{NAME:Leilani}} asked that
{{NAME:Keoni}}'s school, {{LOCATION:Kamehameha Schools}}, keep an emergency Solu-Cortef kit. {{NAME:Makana}} set up the MyChart proxy ({{URL:https://mychart.example.org/proxy/kk884}});
login from {{IP:192.0.2.77}}. HMSA member {{HEALTH_PLAN:HMSA-55018824}}. Uncle {{NAME:Kawika}} in {{LOCATION:Waianae}} has vitiligo and will be screened.
`,
  },
  {
    id: 't22-003',
    kind: 'family meeting record (ICU)',
    text: `
Family meeting, Intensive Care Unit, {{LOCATION:St Vincent's Hospital}}, {{LOCATION:Darlinghurst}}
{{DATE:20/11/2026}} 15:30

Present: {{NAME:Dimitra}} (wife), {{NAME:Yiannis}} and {{NAME:Eleni}} (children), Father {{NAME:Kosmas Stavrou}} from
{{LOCATION:St Sophia Cathedral}}, neighbour {{NAME:Bronwyn Tulloch}}, {{NAME:Kat Nguyen}} (social work), {{NAME:Sione Fifita}} (ICU registrar).
Patient: {{NAME:Georgios Papadakis}}, {{AGE_OVER_89:91}}, MRN {{MRN:SV0093317}}.

{{NAME:Sione}} explained that {{NAME:Georgios}} has Klebsiella pneumoniae bacteraemia with multi-organ failure and that the
Sepsis Pathway has not turned things around. {{NAME:Dimitra}} asked whether the Ventilator could be kept on until
{{NAME:Nikos}} flies in from {{LOCATION:Thessaloniki}}; {{NAME:Eleni}} thinks Dad would not want that. {{NAME:Bronwyn}},
who has looked after their dog for years, said he talked about dying at home in {{LOCATION:Earlwood}}.
Agreed: comfort-focused care after {{NAME:Nikos}} arrives on {{DATE:22/11}}. Palliative Care Team and Pastoral Care informed.
`,
  },
  {
    id: 't22-004',
    kind: 'paediatric clinic letter to GP',
    text: `
{{LOCATION:Alder Hey Children's Hospital}}, Respiratory Department
{{DATE:3rd November 2026}}

Dear Dr {{NAME:Osei}},

{{NAME:Zainab Abdirahman}} (DOB {{DATE:17.02.2019}}, NHS No {{OTHER_ID:943 476 5919}}) came with her mum {{NAME:Hodan}} and her
aunt {{NAME:Faduma}}. Cystic fibrosis, F508del homozygous, on Kaftrio since the summer. Pseudomonas aeruginosa was grown
again in October; we have started Tobi Podhaler. Her teacher at {{LOCATION:Granton Primary School}}, Mrs {{NAME:Whelan}},
has asked for a care plan, which {{NAME:Hodan}} will take in. The family moved to {{LOCATION:Flat 3, 88 Smithdown Road}},
{{LOCATION:Liverpool}} {{LOCATION:L15 3JL}}; please update your records. Physio {{NAME:Ciara}} will visit under the
CF Outreach Programme.

With best wishes,
{{NAME:Benedikt Aalto}}, Consultant in Paediatric Respiratory Medicine
`,
  },
  {
    id: 't22-005',
    kind: 'neurology consult note',
    text: `
Neurology - new patient. {{DATE:Nov 20 2026}}.
{{NAME:Tenzin Dolkar}} was referred by {{NAME:Ochieng}} at the {{LOCATION:Jackson Heights}} practice for episodes of
diplopia and ptosis worse in the evening. Ice-pack test positive, AChR antibodies pending. No Guillain-Barre features.
She came with her husband {{NAME:Pemba}} and her employer, {{NAME:Grace Liu}}, who owns the Golden Lotus Nail Salon on
{{LOCATION:37th Avenue}}. {{NAME:Grace}} offered to adjust her shifts. Myasthenia Gravis Foundation leaflets given.
Pyridostigmine 30 mg tds. CT chest for thymoma. Follow up in the Neuromuscular Clinic.
Interpreter (Tibetan) {{NAME:Lobsang}}, ID {{OTHER_ID:INT-40917}}.
{{NAME:Ravi Menon-Castellanos}}, MD
Addendum {{DATE:Nov 24 2026}}: AChR antibodies positive (12.4 nmol/L). {{NAME:Tenzin}} called from her sister {{NAME:Yangchen}}'s flat in {{LOCATION:Woodside}}; she
had worse ptosis after a long shift. {{NAME:Grace}} drove her to {{LOCATION:Elmhurst Hospital}} for the CT, which showed no thymoma. Lambert-Eaton antibodies
negative. {{NAME:Pemba}} asked about the MGFA support group that meets at {{LOCATION:Queens Public Library}} on {{LOCATION:Northern Boulevard}}. Prednisone
taper to start; Bactrim not needed. Next visit {{DATE:12/15/2026}} with {{NAME:Ravi}}; text reminders to {{PHONE:(718) 555-0124}}.
`,
  },
  {
    id: 't22-006',
    kind: 'rheumatology letter',
    text: `
Dear {{NAME:Siobhan}},
Thank you for asking me to see Mr {{NAME:Dariusz Wojciechowski}}, 58, a welder at Harland & Wolff in {{LOCATION:Belfast}},
seen on {{DATE:19/11/2026}}. Bilateral MCP synovitis, RF and anti-CCP strongly positive, DAS28 5.6. Schirmer test normal,
no Raynaud phenomenon. Sjogren syndrome unlikely. We discussed methotrexate and he would like to talk it over with his
partner {{NAME:Ewa}} and their neighbour {{NAME:Declan}}, a retired pharmacist who helps him with his Dosette box.
He lives at {{LOCATION:27 Beersbridge Road}}, {{LOCATION:BT5 4RT}}. Mobile {{PHONE:07700 900412}}.
Bloods via the Phlebotomy Hub; Rheumatology Nurse Helpline to follow. Regards, {{NAME:Aoife Ni Bhriain}}
Addendum {{DATE:26/11/2026}}: {{NAME:Ewa}} rang; {{NAME:Dariusz}} is worried about the Tuesday shifts. {{NAME:Declan}} will collect the methotrexate from {{LOCATION:Gordon's
Chemists on the Newtownards Road}}. His daughter {{NAME:Zofia}} lives in {{LOCATION:Lisburn}} and will take him to the {{LOCATION:Musgrave Park Hospital}} Biologics
Clinic if needed. Hepatitis B and C serology negative; varicella IgG positive. Folic acid 5 mg weekly. {{NAME:Siobhan}}, please see him if the
ALT rises. Phone {{PHONE:028 9555 0147}}; e-mail {{EMAIL:d.wojciechowski@example.co.uk}}.
`,
  },
  {
    id: 't22-007',
    kind: 'memory clinic letter',
    text: `
Memory Assessment Service, {{LOCATION:Fulbourn Hospital}}
{{DATE:14 Nov 2026}}
Re {{NAME:Ingrid Solveig Haugland}}, aged {{AGE_OVER_89:94}}, {{LOCATION:6 Mill Lane}}, {{LOCATION:Histon}}

{{NAME:Ingrid}} came with her daughter {{NAME:Astrid}} and her son-in-law {{NAME:Mehmet}}. ACE-III 71/100, MoCA 19/30.
MRI shows hippocampal atrophy; Alzheimer disease with vascular features. Lewy body disease not suggested.
She still plays bridge with {{NAME:Dorothy}} and {{NAME:Pip}} at {{LOCATION:Histon Methodist Church}} hall on Tuesdays.
{{NAME:Astrid}} has Lasting Power of Attorney. We started donepezil (Aricept) 5 mg and referred to the Admiral Nurse Service
and Dementia Friends. Grandson {{NAME:Leif}} set up her Alexa reminders.
Dr {{NAME:Joanna Kowalczyk-Reid}}, Old Age Psychiatry
`,
  },
  {
    id: 't22-008',
    kind: 'ED consult (infectious diseases)',
    text: `
ID consult {{DATE:11/21/2026}} - {{NAME:Arash Tehrani}}, 34M, MRN {{MRN:00918227}}
Returned from {{LOCATION:Shiraz}} and {{LOCATION:Yazd}} on {{DATE:Nov 9}} with fever and rigors. Brucella serology sent,
Salmonella Typhi blood cultures pending. Lives with his partner {{NAME:Sepideh}} and her sister {{NAME:Golnar}} in
{{LOCATION:Westwood}}. Works at {{LOCATION:Ronald Reagan UCLA Medical Center}} as a Radiology tech, so Employee Health notified.
Contacts: cousin {{NAME:Babak}} (travelled too), {{PHONE:310-555-0187}}. Started doxycycline and rifampin; ceftriaxone until
cultures final. Infection Control: standard precautions. PICC placement by the Vascular Access Team if needed.
{{NAME:Hye-jin Park}}, ID fellow; attending {{NAME:Femi}}
Addendum {{DATE:11/23/2026}}: Brucella melitensis grew in 2/4 bottles; Microbiology notified the Public Health Lab and {{NAME:Femi}} spoke to
Dr {{NAME:Kazemi}} at {{LOCATION:LA County Public Health}}. {{NAME:Golnar}} confirmed that the family ate unpasteurised cheese in {{LOCATION:Marvdasht}}. {{NAME:Babak}} has
fevers too and is seen at {{LOCATION:Kaiser Permanente West LA}}. {{NAME:Sepideh}} asked for a work note for her employer, a dental office on
{{LOCATION:Wilshire Blvd}}. Employee Health case {{OTHER_ID:EH-26-3310}}. {{NAME:Arash}}'s portal e-mail {{EMAIL:arash.t@example.com}}.
`,
  },
  {
    id: 't22-009',
    kind: 'cardiology clinic letter',
    text: `
Cardiology Outpatients, {{LOCATION:Waikato Hospital}}, {{LOCATION:Hamilton}}
{{DATE:25 November 2026}}
Kia ora Dr {{NAME:Tane Hohaia}},
I saw {{NAME:Wiremu Te Rangi}} (NHI {{MRN:ZKL4721}}) with his wife {{NAME:Mereana}} and his nephew {{NAME:Hemi}}.
Marfan syndrome suspected: aortic root 4.6 cm on echo, Steinberg and Walker signs positive, ectopia lentis on slit
lamp. Losartan started. His cousin {{NAME:Aroha Ngata}} died suddenly at 41, so Genetics and the Inherited Cardiac
Conditions Service will see the whanau. He lives on {{LOCATION:Kahikatea Drive}}, {{LOCATION:Ngaruawahia}}, and works at
Fonterra {{LOCATION:Te Rapa}}. Contact {{PHONE:021 555 0193}}.
Naku noa, {{NAME:Yusuf Demirci}}, Cardiologist
Addendum {{DATE:2 December 2026}}: {{NAME:Mereana}} rang to say that {{NAME:Hemi}}'s daughter {{NAME:Kiri}} has long arms and flat feet; she will be seen in the
Genetics clinic at {{LOCATION:Starship}} in {{LOCATION:Grafton}}. {{NAME:Wiremu}}'s brother {{NAME:Rangi}} lives in {{LOCATION:Huntly}} and prefers to be seen at
{{LOCATION:Te Kohao Health}}. Beta-blocker (metoprolol) added. Loeys-Dietz and Ehlers-Danlos vascular type are in the gene panel. Whanau hui
arranged at {{LOCATION:Turangawaewae Marae}} with the Maori Health Service; contact {{EMAIL:wiremu.terangi@example.co.nz}}.
`,
  },
  {
    id: 't22-010',
    kind: 'haematology consult',
    text: `
Haematology advice note {{DATE:2026-11-16}}
Asked by {{NAME:Chukwuma}} on Ward 7B about {{NAME:Fatoumata Diallo}}, 29, known sickle cell disease (HbSS), admitted
with a vaso-occlusive crisis. Parvovirus B19 IgM sent. Her partner {{NAME:Moussa}} and her pastor, Pastor {{NAME:Emmanuel Boateng}}
of {{LOCATION:Deeper Life Bible Church}} in {{LOCATION:Peckham}}, visited. Exchange transfusion via the Apheresis Unit if
Hb falls below 60. Hydroxycarbamide (Siklos) to restart on discharge. Sickle Cell Society support line given.
Her school-age son {{NAME:Ibrahim}} is staying with neighbour {{NAME:Joy}} on {{LOCATION:Choumert Grove}}.
{{NAME:Lars-Erik Johansson}}, Haematology SpR, bleep 4412
Addendum {{DATE:2026-11-17}}: Hb 58; exchange via the Apheresis Unit done. {{NAME:Fatoumata}}'s mother {{NAME:Aissatou}} arrived from {{LOCATION:Conakry}} and stays
with her cousin {{NAME:Mariama Bah}} in {{LOCATION:Camberwell}}. {{NAME:Ibrahim}}'s teacher at {{LOCATION:Bellenden Primary}}, Mr {{NAME:Kowalewski}}, asked for a letter.
Penicillin V prophylaxis continued; Pneumovax due. Her employer, a bakery in {{LOCATION:Rye Lane}}, has been told. Contact {{NAME:Moussa}} {{PHONE:07700 900318}}.
`,
  },
];
