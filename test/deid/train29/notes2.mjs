// train29 notes 2: social-work narratives (housing, adult and child safeguarding, discharge planning,
// refugee resettlement, benefits, domestic abuse, carer's assessment, school liaison).
export default [
  {
    id: 't29-010',
    kind: 'social work housing assessment narrative',
    text: `
Social Work Assessment - housing
Seen on the ward {{DATE:11/02/2026}} with the patient's consent. {{NAME:Teodoro Quispe Mamani}} (55) was admitted after a fall on the stairs at the rooming house where he has lived since 2019, {{LOCATION:2217 W. Cermak Rd}}, {{LOCATION:Chicago}}, IL {{LOCATION:60608}}. Landlord is Mr {{NAME:Vukasinovic}}, who "fixes nothing". {{NAME:Teodoro}} shares a bathroom with four men; one of them, {{NAME:Efrain}}, brings him meals.
He came from {{LOCATION:Juliaca}}, Peru, in the nineties and worked at a meat-packing plant in {{LOCATION:Cicero}} until his back gave out. No SSDI. Medicaid pending: application {{OTHER_ID:IL-APP-5550918}}. SSN on file ends {{SSN:4471}}.
His sister, {{NAME:Florentina Quispe de Huaman}}, lives in {{LOCATION:Pilsen}} but "her husband does not want me there". His friend from the soccer league, {{NAME:Wilber Condori}}, offered his couch in {{LOCATION:Berwyn}} for two weeks.
{{NAME:Teodoro}} asked that nothing be sent to the rooming house; letters to the parish office at {{LOCATION:St. Pius V}}, {{LOCATION:1919 S. Ashland Ave}}, where Sister {{NAME:Dolores}} keeps his mail. Full SSN for the SSI application: {{SSN:000-38-4471}}. SSI application faxed to the {{LOCATION:Cicero}} field office, fax {{FAX:(708) 555-0191}}.
Plan: referral to {{LOCATION:Pacific Garden Mission}} as backup; SRO list given; follow-up with {{NAME:Wilber}} by phone {{PHONE:(708) 555-0163}}. Discussed with the charge nurse, {{NAME:Latonya}}.
{{NAME:Marisol Echeverria-Blum}}, LCSW
`,
  },
  {
    id: 't29-011',
    kind: 'adult safeguarding concern (social work)',
    text: `
ADULT SAFEGUARDING - CONCERN RECORD
Adult at risk: {{NAME:Elspeth Rountree}}, DOB {{DATE:02/08/1934}}, of {{LOCATION:4 Kiln Cottages}}, {{LOCATION:Long Marston}}, {{LOCATION:CV37 8RL}}. Hospital no {{MRN:WH2284710}}.
Raised by: {{NAME:Kerensa}}, OT, after home visit {{DATE:20 Feb}}.
Concern: {{NAME:Elspeth}}'s nephew {{NAME:Darren Lusk}} moved in last autumn "to help". Since then her pension has been going to an account in his name ({{ACCOUNT:40-55-12 00718844}}) and the Lifeline pendant ({{DEVICE:TUN-8815-0442}}) has been unplugged. The cleaner, {{NAME:Wioletta}}, told {{NAME:Kerensa}} that {{NAME:Darren}} shouts.
{{NAME:Elspeth}} says he is "a good boy really". She has capacity for this decision on the balance of probabilities. She would like her friend {{NAME:Gwenllian Pugh}} from the WI in {{LOCATION:Mickleton}} to be at any meeting.
Actions: Section 42 enquiry opened, case {{OTHER_ID:SG/26/00917}}. Bank's vulnerable customer team called. GP (Dr {{NAME:Ifeoma Castellanos}}, {{LOCATION:Chipping Campden Surgery}}) informed. Police not contacted at her request.
Worker: {{NAME:Rhodri Benyon}}
`,
  },
  {
    id: 't29-012',
    kind: 'child protection strategy discussion notes',
    text: `
Strategy discussion - {{DATE:24.02.26}}, by Teams
Child: {{NAME:Kaydence Mwale-Hutchins}}, aged 4, attends {{LOCATION:Little Acorns Nursery}}, {{LOCATION:Moss Side}}.
Present: {{NAME:Precious Nkemelu}} (social worker, chair), DC {{NAME:Sarah-Jane Llewelyn}} (Public Protection Unit), Dr {{NAME:Omid Farahani}} (community paediatrician), {{NAME:Bernadette}} (nursery manager), health visitor {{NAME:Kinga Zielinska}}.
{{NAME:Bernadette}} reported a bruise on the left cheek on {{DATE:23 February}}; {{NAME:Kaydence}} said "{{NAME:Jace}} did it". {{NAME:Jace}} is mum's new partner; surname believed to be {{NAME:Pettifer}}, from {{LOCATION:Wythenshawe}}. Mum ({{NAME:Tanisha Mwale}}) works nights at the Amazon warehouse in {{LOCATION:Trafford Park}}.
Maternal grandmother, {{NAME:Chipo Mwale}}, lives at {{LOCATION:19 Claremont Road}}, {{LOCATION:M14 4RT}}, and has cared for {{NAME:Kaydence}} before.
Dr {{NAME:Farahani}} will see {{NAME:Kaydence}} today at {{LOCATION:Royal Manchester Children's Hospital}}; photographs to be taken ({{PHOTO:RMCH_CP_0224_01.jpg}}).
Outcome: Section 47 enquiry. Child to stay with {{NAME:Chipo}} tonight. Police check on {{NAME:Pettifer}}; vehicle seen at the flat {{VEHICLE:MX19 KZT}}.
Minutes: {{NAME:Oluwaseun}} (business support)
`,
  },
  {
    id: 't29-013',
    kind: 'discharge planning social work note',
    text: `
SW discharge planning note, {{DATE:March 4, 2026}}
Met with {{NAME:Aiyana Whitehorse}} and her son {{NAME:Dakota}} at bedside. {{NAME:Aiyana}} (79) lives alone in a trailer on the edge of {{LOCATION:Browning}}, MT, an hour from the nearest pharmacy. She wants to go home. {{NAME:Dakota}} drives truck out of {{LOCATION:Great Falls}} and is gone two weeks at a time.
Her niece, {{NAME:Winona Bird Rattler}}, checks on her most days; she is a CNA at {{LOCATION:Blackfeet Community Hospital}}. Neighbour {{NAME:Lyle}} chops wood for her.
IHS eligible; Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}. Home health referral sent to {{LOCATION:Glacier Home Health}}; fax {{FAX:(406) 555-0127}}. DME: shower chair and walker ordered.
{{NAME:Aiyana}} asked that her grandson {{NAME:Tate}} be told she is fine "because he worries". {{NAME:Tate}} is at school in {{LOCATION:Missoula}}.
Ride home Friday with {{NAME:Winona}}. I will call {{NAME:Aiyana}} on {{PHONE:406-555-0144}} on Monday.
{{NAME:Brigid Halloran-Yazzie}}, MSW
`,
  },
  {
    id: 't29-014',
    kind: 'refugee resettlement social work narrative',
    text: `
Resettlement casework narrative
Family: {{NAME:Abdirahman Warsame Hirsi}}, his wife {{NAME:Hodan Ali Farah}}, and their children {{NAME:Sagal}} (9), {{NAME:Guled}} (6) and {{NAME:Ayaan}} (18 months). Arrived {{DATE:January 2026}} from {{LOCATION:Kakuma}} camp via {{LOCATION:Nairobi}}.
They are housed at {{LOCATION:1420 Riverside Ave, Apt 3C}}, {{LOCATION:Minneapolis}}, MN {{LOCATION:55454}}. {{NAME:Hodan}}'s cousin, {{NAME:Ubah}}, lives in the same block and took them to {{LOCATION:Cedar-Riverside}} clinic for the first appointments.
{{NAME:Abdirahman}} is worried about {{NAME:Guled}}, who does not sleep and wets the bed. Referral to child psychologist Dr {{NAME:Sahra Igal}} discussed; the family would prefer a Somali-speaking woman.
{{NAME:Sagal}} started at {{LOCATION:Cedar Riverside Community School}}; teacher Ms {{NAME:Lindqvist}} says she is "quick with numbers".
Documents: A-number {{OTHER_ID:A000-555-214}}; SSN issued {{SSN:000-52-1187}}. MA ID {{HEALTH_PLAN:MN00558172}}.
Next: appointment with caseworker {{NAME:Fartun}}, {{DATE:12 March}}.
{{NAME:Ilhan Duale}}, case manager
`,
  },
  {
    id: 't29-015',
    kind: 'benefits and financial hardship note',
    text: `
Welfare rights referral - notes of first meeting, {{DATE:16/02/2026}}
{{NAME:Gethin Vaughan-Price}} came with his partner, {{NAME:Summer}}. He has been off work from the quarry at {{LOCATION:Penmaenmawr}} since the amputation. Statutory sick pay ended. Council tax arrears; a letter from {{LOCATION:Conwy}} council was shown.
{{NAME:Summer}} works part-time at the Co-op in {{LOCATION:Llanfairfechan}}. They have two children, {{NAME:Osian}} and {{NAME:Nel}}. The rent is paid to Mrs {{NAME:Blodwen Hughes}}, the landlady, who "has been patient".
Universal Credit claim made today; National Insurance no. {{OTHER_ID:QQ 55 12 48 C}}. PIP form started, claimant reference {{OTHER_ID:PIP-5550-7781}}. Blue badge application: car is a Vauxhall Astra, {{VEHICLE:CX16 WRB}}.
Foodbank voucher given for {{LOCATION:Bangor Cathedral}} foodbank. {{NAME:Summer}} asked about the hardship fund; form left.
{{NAME:Gethin}}'s brother {{NAME:Iolo}} may be able to help with the mortgage on the garage; {{NAME:Gethin}} did not want him told yet.
Advisor: {{NAME:Carys Mbatha}}, Citizens Advice
`,
  },
  {
    id: 't29-016',
    kind: 'domestic abuse risk assessment narrative',
    text: `
DASH risk assessment - narrative, {{DATE:1 March 2026}}
Victim: {{NAME:Parisa Golestani}}, 32. Alleged perpetrator: husband {{NAME:Kourosh Rahimzadeh}}.
{{NAME:Parisa}} disclosed to midwife {{NAME:Aoife}} at booking. She said {{NAME:Kourosh}} took her passport and phone after they moved from {{LOCATION:Shiraz}} to {{LOCATION:Leeds}}; he checks her messages every night. Last incident {{DATE:26/02}}, at the flat on {{LOCATION:Harehills Lane}}: pushed against the fridge.
Her only friend here is {{NAME:Nasrin}}, who runs the sewing class at {{LOCATION:Shantona Women's Centre}}. {{NAME:Parisa}} can be contacted safely only through {{NAME:Nasrin}} ({{PHONE:0113 496 0719}}).
{{NAME:Kourosh}} drives a private-hire taxi, plate {{VEHICLE:YK70 PRH}}, licence {{LICENSE:PHD 005512}}. He has a brother, {{NAME:Behnam}}, in {{LOCATION:Bradford}}.
Score 16: high risk. MARAC referral sent. IDVA ({{NAME:Roisin Achterberg-Mensah}}) allocated. Refuge space offered in {{LOCATION:Huddersfield}}; {{NAME:Parisa}} declined for now.
Assessor: {{NAME:Aoife Brennan}}, safeguarding midwife
`,
  },
  {
    id: 't29-017',
    kind: "carer's assessment narrative",
    text: `
Carer's assessment
Carer: {{NAME:Ngaire Tuhiwai-Olsen}}, 67. Cared-for person: her husband, {{NAME:Bjorn}}, who has Lewy body dementia.
They moved from {{LOCATION:Invercargill}} to {{LOCATION:Nelson}} to be near their daughter {{NAME:Freya}}, but {{NAME:Freya}} has since moved to {{LOCATION:Brisbane}} for work.
{{NAME:Ngaire}} describes a typical day: {{NAME:Bjorn}} wakes at four, thinks the house at {{LOCATION:22 Tahunanui Drive}} is "the hotel", and looks for his mother, {{NAME:Astrid}}. She sleeps on the couch to hear the door. Her sister {{NAME:Ripeka}} comes on Sundays so {{NAME:Ngaire}} can go to {{LOCATION:Stoke Methodist Church}}.
{{NAME:Bjorn}} was seen at {{LOCATION:Nelson Hospital}} memory clinic by Dr {{NAME:Hamish Te Whata}}; NHI {{MRN:ZZZ5521}}.
{{NAME:Ngaire}} would like respite at {{LOCATION:Whareama Rest Home}}; their GP, Dr {{NAME:Anjali Kuruvilla}}, supports this.
{{NAME:Ngaire}}'s own health: hip pain, BP. Carer support subsidy applied for. Next review {{DATE:June 2026}}.
Assessor: {{NAME:Moana}} (NASC)
`,
  },
  {
    id: 't29-018',
    kind: 'school liaison social work note',
    text: `
School liaison - phone call {{DATE:18 Feb 2026}}
Spoke with Mr {{NAME:Oyekunle}}, head of year at {{LOCATION:Thomas Tallis School}}, about {{NAME:Temitope "Tope" Adesanya}} (Year 10).
{{NAME:Tope}} has missed 22 days this term. Mr {{NAME:Oyekunle}} said that {{NAME:Tope}} looks after her younger brothers, {{NAME:Damilola}} and {{NAME:Femi}}, while her mother, {{NAME:Folasade}}, is on dialysis at {{LOCATION:Guy's Hospital}} three afternoons a week.
{{NAME:Tope}}'s best friend, {{NAME:Maryam}}, walks with her from {{LOCATION:Kidbrooke}}. {{NAME:Tope}} wants to be a nurse.
Young carers referral to {{LOCATION:Greenwich Carers Centre}} made; Aunty {{NAME:Bisi}} (family friend, not related) may collect the boys from {{LOCATION:Invicta Primary}} on dialysis days.
School attendance officer: {{NAME:Chantelle Okafor}}, {{EMAIL:c.okafor@tallis.example.sch.uk}}.
{{NAME:Siobhan Gathoni}}, hospital social worker
`,
  },
];
