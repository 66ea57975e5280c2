// train28 notes 6: home-visiting and health-visitor notes, safeguarding and welfare-check narratives (t28-046..054).
export default [
  {
    id: 't28-046',
    kind: "health visitor new-birth visit (UK)",
    text: `
HEALTH VISITING - NEW BIRTH VISIT   {{DATE:19/01/2026}}   HV: {{NAME:Bernadette Okonjo-Hale}}  (RGN, SCPHN)
Baby: {{NAME:Ezra Mackintosh-Adu}}, born {{DATE:06/01/2026}} at {{LOCATION:Royal Infirmary of Edinburgh}}, 38+2, 3.1 kg. CHI {{HEALTH_PLAN:0601265557}}.
Mother {{NAME:Rhiannon Mackintosh}} (28), father {{NAME:Kojo Adu}} (31, works nights at {{LOCATION:Amazon EDI4}} in {{LOCATION:Dunfermline}}).
Home: {{LOCATION:2F1}}, {{LOCATION:14 Montgomery Street}}, {{LOCATION:Edinburgh}} {{LOCATION:EH7 5JU}}. Second-floor tenement flat, pram kept in stair.
Feeding: breastfeeding, latch reviewed. Weight 3.02 kg (down 2.6%). Cord off.
Maternal mood: EPDS 9. {{NAME:Rhiannon}}'s mum {{NAME:Gaynor Mackintosh}} staying from {{LOCATION:Merthyr Tydfil}} until the end of January.
Previous child: none. Family GP {{LOCATION:Leith Links Medical Practice}}, Dr {{NAME:Fiona Strachan}}.
Safe sleep discussed (Next to Me crib), car seat (Maxi-Cosi) fitted. Smoke alarm present.
Next contact: 6-8 week review {{DATE:24/02/2026}} at {{LOCATION:Leith Community Treatment Centre}}. HV mob {{PHONE:07700 900551}}.
Vitamin D drops (Abidec). Guthrie (newborn blood spot) done day 5. Public Health Scotland schedule. Baby's car seat base serial {{DEVICE:MC-FAM-0441772}}.
Record closed {{DATE:19/01/2026}} {{NAME:B. Okonjo-Hale}}; HV team lead {{NAME:Morag Pettigrew}}.
`,
  },
  {
    id: 't28-047',
    kind: "home visiting programme note (nurse-family partnership style, US)",
    text: `
Home visit #14 - NFP   Client {{NAME:Destiny Haywood}}, 17   Visit {{DATE:07/22/2026}} 15:30-16:45   Nurse Home Visitor: {{NAME:Grace Oyelaran-Pike}}, BSN
Location: grandmother's apartment, {{LOCATION:4117 Wentworth Ave}}, {{LOCATION:Apt 2}}, {{LOCATION:Chicago}}, IL {{LOCATION:60609}} ({{LOCATION:Fuller Park}}). Grandmother {{NAME:Lorraine Haywood}} present for part.
Baby {{NAME:Kaiden Haywood}} (8 wks): Wt 4.9 kg. Immunizations at 2 mo due {{DATE:Aug 3}} at {{LOCATION:Near South Health Center}}.
{{NAME:Destiny}} back at {{LOCATION:Tilden Career Community Academy}} in fall; daycare slot at {{LOCATION:Little Sprouts Learning Academy}} ({{LOCATION:47th St}}) pending CCAP.
Baby's father {{NAME:Marquise "Quise" Bell}} texts her but "not around". She named her friend {{NAME:Jasmine Okoro}} as a support person.
WIC appointment {{DATE:7/29}}. Client cell {{PHONE:(773) 555-0129}}. Medicaid {{HEALTH_PLAN:000774125IL}}; SSN {{SSN:000-29-4471}}.
Safety: smoke detector batteries replaced by nurse. No firearms in home per grandmother.
Next visit {{DATE:08/05/2026}}.
Ages and Stages (ASQ-3) on track; EPDS 6. Illinois DHS home visiting data system ID {{OTHER_ID:NFP-IL-044172}}.
Documented by {{NAME:Grace Oyelaran-Pike}} {{DATE:07/22/2026}}; supervisor {{NAME:Faith Abernethy}}.
`,
  },
  {
    id: 't28-048',
    kind: "safeguarding concern narrative (adult, financial abuse)",
    text: `
ADULT SAFEGUARDING - CONCERN RECORD   Ref {{OTHER_ID:ASC-2026-00471}}   Received {{DATE:11 Sept 2026}}
Adult at risk: {{NAME:Harold Ebenezer Frobisher}}, {{AGE_OVER_89:91}}, lives alone at {{LOCATION:7 Chapel Row}}, {{LOCATION:Lostwithiel}} {{LOCATION:PL22 0BZ}}.
Raised by: district nurse {{NAME:Tamsin Rowe}} ({{LOCATION:Lostwithiel Health Centre}}) - noticed new "lodger" and unpaid bills.
Concern: nephew {{NAME:Darren Frobisher}} ({{LOCATION:Bodmin}}) has bank card; {{NAME:Harold}} says he "gave it for shopping". Statement shows cash withdrawals from {{LOCATION:St Austell}} and {{LOCATION:Plymouth}} ATMs. Account {{ACCOUNT:00-55-17 41177204}} (sort code and number).
Lodger: {{NAME:Kieran "Kez" Pascoe}}, 30s, van {{VEHICLE:WK66 ZRT}} outside.
{{NAME:Harold}}'s solicitor {{NAME:Morwenna Tregenza}} ({{LOCATION:Tregenza & Hocking}}, {{LOCATION:Fore Street}}, {{LOCATION:Lostwithiel}}) - LPA not registered.
Capacity for finances to be assessed by social worker {{NAME:Yusuf Lambe}}. Police informed ({{LOCATION:Liskeard}} police, log {{OTHER_ID:CAD-0417-11092026}}).
Niece {{NAME:Jennifer Pollard}} in {{LOCATION:Truro}} willing to help, {{PHONE:01872 555 048}}.
MMSE 22/30; Abbreviated Mental Test 7/10. {{LOCATION:Cornwall}} Council safeguarding hub. Bank fraud team fax {{FAX:0345 555 0417}}.
Recorded by {{NAME:Tamsin Rowe}} {{DATE:11/09/2026}}; triaged by {{NAME:Yusuf Lambe}} {{DATE:12/09/2026}}.
`,
  },
  {
    id: 't28-049',
    kind: "welfare check narrative (public-health nurse with police)",
    text: `
Welfare check - requested by {{LOCATION:Maple Ridge}} pharmacy (missed methadone x3)
{{DATE:Dec 30 2026}}, 11:20. Attended {{LOCATION:22456 Lougheed Hwy}}, {{LOCATION:Unit 308}}, {{LOCATION:Maple Ridge}} BC with Cst. {{NAME:Ravinder Gill}} (RCMP).
Client: {{NAME:Shawna Kootenhayoo}}, 42. PHN {{HEALTH_PLAN:9005 550 417}}. Door answered after 10 min; confused, hypothermic (35.1 tympanic), heat off (BC Hydro disconnection).
Daughter {{NAME:Kaylee Kootenhayoo}} (19) arrived from {{LOCATION:Mission}}; said mother's partner {{NAME:Troy Gendron}} left {{DATE:Dec 26}} in their car (BC plate {{VEHICLE:RK4 17T}}).
Ambulance to {{LOCATION:Ridge Meadows Hospital}}; MRN there {{MRN:RMH-0074417}}. Pharmacist {{NAME:Helen Tsang}} ({{LOCATION:Haney Place Pharmacy}}) informed. Fax to prescriber Dr {{NAME:Amos Wolfchild}} {{FAX:604-555-0193}}.
Landlord {{NAME:Parminder Dhaliwal}} agreed to let in Hydro contractor. Follow-up by outreach worker {{NAME:Sage Desjarlais}} {{DATE:Jan 2}}.
Methadone 80 mg daily; naloxone kit given. BC Centre for Disease Control guidance. Hospital portal upload {{IP:203.0.113.140}}.
Note by {{NAME:Sage Desjarlais}} {{DATE:Dec 30 2026}}; cc Dr {{NAME:Amos Wolfchild}}.
`,
  },
  {
    id: 't28-050',
    kind: "child safeguarding strategy discussion note",
    text: `
Strategy discussion - {{DATE:03/03/2026}} 14:00 (Teams). Chair: {{NAME:Anita Chaudhry}}, MASH.
Child: {{NAME:Lily-Mae Summers}}, 3, DOB {{DATE:14/07/2022}}, NHS {{HEALTH_PLAN:000 417 5528}}. Sibling {{NAME:Bishop Summers}} (7) at {{LOCATION:Hillside Primary Academy}}.
Address: {{LOCATION:58 Cranbrook Road}}, {{LOCATION:Parkstone}}, {{LOCATION:Poole}} {{LOCATION:BH12 3EQ}}.
Presentation: bruising to left ear and cheek seen by nursery ({{LOCATION:Busy Bees Poole}}), keyworker {{NAME:Kerry Wakeham}}. Mum {{NAME:Amber Summers}} says fell off sofa.
Mum's partner {{NAME:Connor Raikes}} - previous DV call-outs ({{DATE:Nov 2025}}). Paternal grandmother {{NAME:Sandra Summers}} ({{LOCATION:Ferndown}}) offered to have children.
Paediatric CP medical at {{LOCATION:University Hospitals Dorset}} ({{LOCATION:Poole Hospital}}) today 16:30 with Dr {{NAME:Emeka Obi}}. Photos by police photographer {{PHOTO:DP-0303-LMS-01.tif}} to {{PHOTO:DP-0303-LMS-06.tif}}.
Police: DC {{NAME:Holly Vine}}. Social worker {{NAME:Will Hardacre}}. Health: named nurse {{NAME:Grace Tubb}}.
Bruising pattern in non-mobile child per NICE; skeletal survey, clotting screen. {{LOCATION:Dorset}} safeguarding procedures followed. Strategy minutes e-mailed to {{EMAIL:mash@bcp.example.gov.uk}}.
Minutes {{NAME:Anita Chaudhry}} {{DATE:03/03/2026}}; distributed {{DATE:04/03/2026}}.
`,
  },
  {
    id: 't28-051',
    kind: "health visitor notes, traveller site",
    text: `
HV contact - {{LOCATION:Tolpits Lane}} Traveller site, pitch 9, {{LOCATION:Watford}} {{LOCATION:WD18 9QD}}   Thu {{DATE:9 April}}
Family: {{NAME:Bridget McDonagh}} (24) and husband {{NAME:Patrick "Paddy" Ward}}; children {{NAME:Mary-Ellen}} (4), {{NAME:Martin}} (2), baby {{NAME:Kathleen}} (5 wks).
Baby's red book updated. {{NAME:Mary-Ellen}} not registered with a GP - registered today with {{LOCATION:Bridgewater Surgeries}}. Immunisations behind; arranged catch-up at the site via outreach nurse {{NAME:Ciara Flynn}}.
Grandmother {{NAME:Nora McDonagh}} (pitch 4) says family will travel to {{LOCATION:Appleby}} for the horse fair in June and then {{LOCATION:Ballinasloe}}.
Caravan reg {{VEHICLE:YT19 OPX}} (towing vehicle). {{NAME:Bridget}}'s phone {{PHONE:07700 900612}}. Liaison officer {{NAME:Tom Joyce}} (GRT liaison, county council).
MMR, 4-in-1 pre-school booster, Bexsero. {{LOCATION:Hertfordshire}} GRT health pathway. Red book photo {{PHOTO:redbook_McDonagh_K.jpg}}.
HV note {{DATE:09/04/2026}} {{NAME:Ciara Flynn}}; entered {{NAME:Dympna Reilly}}.
`,
  },
  {
    id: 't28-052',
    kind: "safeguarding referral (modern slavery suspicion, nail bar)",
    text: `
Safeguarding referral - suspected labour exploitation
Site: {{LOCATION:Glamour Nails}}, {{LOCATION:Unit 4}}, {{LOCATION:Castle Mall}}, {{LOCATION:Norwich}} {{LOCATION:NR1 3DD}}.
Worker seen at walk-in sexual health clinic ({{LOCATION:Norwich Sexual Health Clinic}}, {{LOCATION:Kimberley Street}}) {{DATE:22/06/2026}}: {{NAME:Nguyen Van Hung}}, says 17, documents held by boss "{{NAME:Anh Tuan}}". Sleeps above shop with 4 others; address given as {{LOCATION:27 Rose Lane}}, {{LOCATION:Flat 2}}.
Interpreter {{NAME:Pham Thu Trang}} (language line ID {{OTHER_ID:LL-77412}}). Clinician Dr {{NAME:Lucy Arbuthnot}}.
NRM referral submitted by {{NAME:Janet Oyinlola-Rudd}} (safeguarding lead) {{DATE:23/06}}; police (Op Aidant) ref {{OTHER_ID:NRM-2026-044178}}. Young person placed at {{LOCATION:Barnardo's safe house}} in {{LOCATION:Great Yarmouth}}.
His mother {{NAME:Le Thi Hoa}} in Nghe An province, district {{LOCATION:Dien Chau}}; he has her number {{PHONE:+84 555 417 229}}.
Chlamydia NAAT negative; Hep B vaccine dose 1. He says he came from Vietnam by lorry via France. Worker's phone IMEI {{DEVICE:35-441772-055104-7}}.
Referral written {{DATE:23/06/2026}} {{NAME:J. Oyinlola-Rudd}}; reviewed Dr {{NAME:Lucy Arbuthnot}}.
`,
  },
  {
    id: 't28-053',
    kind: "welfare check (elderly, heatwave, Paris)",
    text: `
Plan canicule - appel et visite de controle, {{DATE:12/08/2026}}
Personne inscrite au registre: Mme {{NAME:Simone Abecassis}}, {{AGE_OVER_89:94}} ans, {{LOCATION:17 rue de la Roquette}}, {{LOCATION:4e etage}}, {{LOCATION:75011 Paris}}. Tel fixe {{PHONE:01 55 50 44 17}}.
Pas de reponse aux appels 9h et 11h. Gardienne Mme {{NAME:Fatima Oukili}} ouvre a 12h10 avec agent CCAS {{NAME:Theo Marchetti}}.
Mme {{NAME:Abecassis}} dans son fauteuil, T 38.2, bouche seche. Appel SAMU; transport vers {{LOCATION:Hopital Saint-Antoine}}.
Fils {{NAME:Gilles Abecassis}} a {{LOCATION:Marseille}} prevenu ({{PHONE:06 55 50 12 98}}); petite-fille {{NAME:Myriam}} viendra ce soir.
Voisine Mme {{NAME:Jacqueline Ferrand}} (3e etage) avait vu Mme {{NAME:Abecassis}} le {{DATE:10 aout}}.
Medecin traitant Dr {{NAME:Benjamin Sitbon}}, {{LOCATION:Centre de sante Belleville}}; fax {{FAX:01 55 50 44 90}}.
Hydratation, paracetamol; pas d'AINS. Alerte ARS Ile-de-France niveau 3. Dossier CCAS {{OTHER_ID:CCAS-11-2026-0417}}.
Fiche redigee le {{DATE:12/08/2026}} par {{NAME:Theo Marchetti}}; visee par Mme {{NAME:Odile Vasseur}}.
`,
  },
  {
    id: 't28-054',
    kind: "safeguarding child protection conference summary (NZ, Maori whanau)",
    text: `
Family group conference summary - Oranga Tamariki, {{LOCATION:Kaitaia}} site. {{DATE:4 May 2026}}, held at {{LOCATION:Te Ahu}} centre, {{LOCATION:Matthews Avenue}}.
Tamariki: {{NAME:Ariki Tane Paraone}} (6), {{NAME:Mereana Paraone}} (4). NHI {{HEALTH_PLAN:ZZZ0417}} and {{HEALTH_PLAN:ZZZ0418}}.
Present: mother {{NAME:Huia Paraone}}; koro {{NAME:Wiremu Paraone}} ({{AGE_OVER_89:90}}) from {{LOCATION:Ahipara}}; aunty {{NAME:Hine Te Awa}}; social worker {{NAME:Losa Faaiuaso}}; PHN {{NAME:Margaret Tipene-Leach}}; kaumatua {{NAME:Matiu Rata}} opened with karakia.
Concerns: school attendance at {{LOCATION:Kaitaia Primary}} 41%; house at {{LOCATION:12 Puckey Avenue}} has no power since {{DATE:March 2026}}.
Plan: children to stay with aunty {{NAME:Hine}} at {{LOCATION:Awanui}}; whanau hui again {{DATE:1 June}}. {{LOCATION:Te Hiku Hauora}} nurse to enrol both at {{LOCATION:Te Hiku Hauora}} clinic.
Contact aunty {{PHONE:021 555 0417}}.
B4 School Check not done; {{NAME:Ariki}} due MMR2. Te Tai Tokerau / Northland region. Meeting notes uploaded {{URL:https://ot.example.govt.nz/fgc/0417}}.
Summary {{DATE:5 May 2026}} by {{NAME:Losa Faaiuaso}}; supervisor {{NAME:Hemi Walker}}.
`,
  },
];
