// train22 notes 5: consult notes and family meetings with dense identifiers (accounts, plans, licences, devices,
// biometrics, web identifiers) among people named by first name, surname or nickname.
export default [
  {
    id: 't22-038',
    kind: 'cardiac device clinic letter',
    text: `
Device Clinic, {{LOCATION:Sunnybrook Health Sciences Centre}}, {{LOCATION:Toronto}}, {{DATE:November 18, 2026}}
Dear Dr {{NAME:Mensah}},
{{NAME:Anwar Siddiqui}}, 77, OHIP {{HEALTH_PLAN:5550-118-204-KT}}, with hypertrophic cardiomyopathy and an ICD (Boston Scientific
Dynagen, serial {{DEVICE:BSX-D150-447210}}). Remote monitoring via LATITUDE from home hub {{DEVICE:LAT-6290-118834}}; last upload
from {{IP:198.51.100.27}}. Two appropriate shocks for VT on {{DATE:Nov 2}}. Amiodarone started. He came with his daughter {{NAME:Rukhsana}}
and her husband {{NAME:Omar}}; his granddaughter {{NAME:Zoya}} is a nurse at {{LOCATION:North York General}}. MTO told: no driving for
6 months; licence {{LICENSE:S1123-44871-50312}}. Home: {{LOCATION:44 Thorncliffe Park Drive, Apt 1702}}, {{LOCATION:East York}}, ON {{LOCATION:M4H 1J9}}.
Phone {{PHONE:416-555-0141}}; fax to the family doctor {{FAX:416-555-0190}}.
{{NAME:Kalinda Featherstone}}, MD FRCPC
`,
  },
  {
    id: 't22-039',
    kind: 'family meeting (neonatal unit)',
    text: `
NICU family meeting, {{LOCATION:Royal Women's Hospital}}, {{LOCATION:Parkville}}, {{DATE:19/11/2026}}
Baby {{NAME:Lani Taufa-Mitchell}}, born {{DATE:02/11/2026}} at 26+3 weeks, UR {{MRN:RW66104528}}. Present: mum {{NAME:Seini}}, dad {{NAME:Josh Mitchell}},
{{NAME:Seini}}'s mother {{NAME:Mele}}, neonatologist {{NAME:Tomoko Hayashi}}, NUM {{NAME:Bridget}}, social worker {{NAME:Akosua}}.
{{NAME:Tomoko}} explained the grade III IVH and the Staphylococcus epidermidis line sepsis. Necrotising enterocolitis has not occurred.
Retinopathy of prematurity screening by the ROP team Tuesday. {{NAME:Seini}} asked about the {{LOCATION:Ronald McDonald House}} at {{LOCATION:Flemington Road}};
{{NAME:Josh}} drives from {{LOCATION:Werribee}} after work at the Toyota dealership (boss {{NAME:Craig}} has been flexible). Footprint
card scanned as {{BIOMETRIC:FPT-NB-6610452}}. Photos for the family: {{PHOTO:Lani_day17.jpg}}. Dad's phone {{PHONE:0491 570 233}}.
`,
  },
  {
    id: 't22-040',
    kind: 'pain clinic letter',
    text: `
Pain Management Service, {{LOCATION:Walton Centre}}, {{LOCATION:Fazakerley}}, {{DATE:10/11/2026}}
Dear Dr {{NAME:Okwuosa}},
{{NAME:Niamh Ni Dhomhnaill}}, 41, complex regional pain syndrome of the left foot after a Lisfranc injury at work
(she is a postwoman for Royal Mail at the {{LOCATION:Bootle}} delivery office). Seen with her partner {{NAME:Dev}} and her friend {{NAME:Tash}}.
Spinal cord stimulator trial (Abbott Proclaim, IPG serial {{DEVICE:IPG-3662-0051874}}). Tapentadol (Palexia) tapered. Pain Toolkit and the
Pain Concern helpline. Her union rep {{NAME:Moira}} has a copy with consent. NI number {{OTHER_ID:QQ 12 34 56 C}}.
Address {{LOCATION:8 Stanley Park Avenue North}}, {{LOCATION:L4 7XE}}. Mobile {{PHONE:07700 900593}}.
{{NAME:Gabriel Adeyinka-Morris}}, Consultant in Pain Medicine
`,
  },
  {
    id: 't22-041',
    kind: 'HIV paediatric transition meeting',
    text: `
Transition meeting {{DATE:Nov 21, 2026}}, {{LOCATION:Baylor College of Medicine Children's Foundation}}, {{LOCATION:Gaborone}}
{{NAME:Kagiso Mogapi}}, 17, perinatal HIV, on Dolutegravir. Present: grandmother Mma {{NAME:Boitumelo}}, aunt {{NAME:Neo}}, peer supporter {{NAME:Tumi}},
and the adult clinic nurse {{NAME:Onalenna}} from {{LOCATION:Princess Marina Hospital}}. {{NAME:Kagiso}} is in Form 5 at {{LOCATION:Naledi Senior Secondary School}};
his teacher Mr {{NAME:Sebego}} knows only that he has a chronic illness. Cryptosporidium excluded. Teen Club and the Botswana-Baylor
Adolescent Programme continue. Home in {{LOCATION:Old Naledi}}, plot {{LOCATION:3314}}. Omang {{OTHER_ID:000418527}}. Phone {{PHONE:+267 71 555 018}}.
Recorded by {{NAME:Goitseone Ramotswa}}
Addendum {{DATE:Nov 28, 2026}}: {{NAME:Kagiso}}'s viral load remains suppressed. Mma {{NAME:Boitumelo}} asked that letters go to the {{LOCATION:Bontleng Clinic}}. {{NAME:Neo}} works at
{{LOCATION:Game City}} and can bring him on Saturdays. Photo for the Teen Club album {{PHOTO:teenclub_KM_1128.jpg}}. Fingerprint for the pharmacy dispensing system
{{BIOMETRIC:BW-PH-0091742}}.
`,
  },
  {
    id: 't22-042',
    kind: 'bariatric surgery MDT letter',
    text: `
Bariatric MDT outcome, {{LOCATION:Musgrove Park Hospital}}, {{LOCATION:Taunton}}, {{DATE:24/11/2026}}
Re: {{NAME:Shannon Tregenza}}, BMI 48, type 2 diabetes on Mounjaro, OSA on CPAP (ResMed AirSense 11, serial {{DEVICE:23241187562}}).
Discussed by {{NAME:Rupert}} (surgeon), {{NAME:Folake}} (dietitian), {{NAME:Hamza}} (psychologist). Cushing syndrome excluded by dexamethasone
suppression. Helicobacter pylori breath test positive - eradicate before sleeve gastrectomy. {{NAME:Shannon}}'s mum {{NAME:Carol}} and her best
friend {{NAME:Kerensa}} attended the Tier 3 Weight Management Programme with her. She works at {{LOCATION:Hinkley Point C}} canteen.
Address {{LOCATION:Rose Cottage}}, {{LOCATION:Stogursey}}, {{LOCATION:TA5 1PT}}. E-mail {{EMAIL:shan.tregenza@example.co.uk}}.
`,
  },
  {
    id: 't22-043',
    kind: 'allergy clinic letter',
    text: `
Allergy Clinic, {{LOCATION:Starship Children's Hospital}}, {{DATE:15 November 2026}}
Dear Dr {{NAME:Paewai}},
{{NAME:Mia-Rose Tangitu}}, 9, anaphylaxis to cashew at a birthday party at {{LOCATION:Rainbow's End}}; her friend's mum {{NAME:Gina}} gave
EpiPen Jr. Skin prick: cashew 11 mm, pistachio 9 mm. Component Ana o 3 positive. Dad {{NAME:Rawiri}} and stepmum {{NAME:Jess}} came, with
Nana {{NAME:Huia}}. School ({{LOCATION:Otahuhu Primary}}) teacher Mr {{NAME:Faleolo}} will get the ASCIA action plan. Allergy NZ resources.
NHI {{MRN:PQR7713}}. Address {{LOCATION:5 Princes Street}}, {{LOCATION:Otahuhu}}. Contact {{PHONE:027 555 0118}}.
{{NAME:Saoirse Ryan-Mahuika}}, Paediatric Allergist
`,
  },
  {
    id: 't22-044',
    kind: 'home visit note (frailty)',
    text: `
Virtual Ward / Hospital at Home visit {{DATE:22.11.2026}}
{{NAME:Ethel Pennington}}, {{AGE_OVER_89:99}}, at {{LOCATION:11 Wesley Terrace}}, {{LOCATION:Redruth}} {{LOCATION:TR15 2EF}}. Escherichia coli urosepsis on IV
ertapenem via midline. Her neighbour {{NAME:Pam}} has a key; her great-niece {{NAME:Jasmine Tonkin}} visits daily from {{LOCATION:Camborne}}.
Her late husband's friend {{NAME:Wilf}}, {{AGE_OVER_89:93}}, phones every evening. Pendant alarm via Careline, unit {{DEVICE:CL-TUNS-559102}}.
Doro phone. Rockwood CFS 6. NEWS2 3. Cornwall Council social care number {{OTHER_ID:SC-88214}}. GP Dr {{NAME:Opie}} at {{LOCATION:Clinton Road Surgery}}.
{{NAME:Adaeze}} (ACP)
Addendum {{DATE:23.11.2026}}: {{NAME:Jasmine}}'s husband {{NAME:Kernow}} fitted a key safe at {{LOCATION:11 Wesley Terrace}}. {{NAME:Pam}} will keep her spare key.
Blood cultures negative at 48 h. {{NAME:Ethel}} wishes to stay at home; ReSPECT form completed with Dr {{NAME:Opie}} and {{NAME:Jasmine}}. Careline callback {{PHONE:01209 555 014}}.
`,
  },
];
