// train21 notes 2: transport bookings and home-visit plans (US, Canada, Australia, New Zealand, South Africa, Kenya, Philippines, Mexico, Poland).
export default [
  {
    id: 't21-010',
    kind: 'NEMT transport booking (US, rural route)',
    text: `
NON-EMERGENCY TRANSPORT REQUEST   booked {{DATE:11/23/2026}} by {{NAME:Darlene Whitebird}}, scheduler
Member: {{NAME:Harlan "Bud" Yazzie}}   Medicaid ID {{HEALTH_PLAN:NM40098812}}
Pickup: {{LOCATION:RR 2 Box 118}}, {{LOCATION:Crownpoint}}, NM {{LOCATION:87313}} - dirt road past {{LOCATION:Chapter House}}, blue trailer
Drop-off: {{LOCATION:Gallup Indian Medical Center}}, dialysis unit, {{LOCATION:516 E Nizhoni Blvd}}, {{LOCATION:Gallup}}
Appt {{DATE:11/30}} 0645, wheelchair van, escort: granddaughter {{NAME:Shandiin Begay}} {{PHONE:505-555-0147}}
Vehicle assigned: NM plate {{VEHICLE:8RTK512}}  driver {{NAME:Leroy Tsosie}}
`,
  },
  {
    id: 't21-011',
    kind: 'home care visit plan (Canada, unit-civic format)',
    text: `
HOME CARE VISIT PLAN - {{LOCATION:Ottawa}} North-East, week of {{DATE:Nov 30, 2026}}
Client: {{NAME:Gisele Belanger-Tremblay}}  OHIP {{HEALTH_PLAN:5550-118-842-TK}}
Address: {{LOCATION:1204-285 Montreal Rd}}, {{LOCATION:Vanier}}, ON {{LOCATION:K1L 6C3}}  buzz 1204, door code given by son
PSW: {{NAME:Merveille Kabongo}} AM x7; nurse {{NAME:Ravinder Gill}} RPN Mon/Thu for wound (Mepilex Border, sacrum stage 2)
Pharmacy: {{LOCATION:Pharmaprix Vanier}}, blister packs, {{PHONE:613-555-0199}}
Day program Wed at {{LOCATION:Centre de jour Guigues}}, {{LOCATION:Lowertown}}
Son {{NAME:Luc}} lives in {{LOCATION:Gatineau}} (Quebec) - primary contact.
`,
  },
  {
    id: 't21-012',
    kind: 'community nursing referral (Australia, unit/number, suburb, postcode)',
    text: `
Community Nursing Referral  {{DATE:26/11/2026}}
Client: {{NAME:Jarrah Moriarty}} (Aboriginal, prefers "Jaz")  Medicare {{HEALTH_PLAN:2955 51234 1}}
Address: {{LOCATION:4/17 Wattle Grove Cres}}, {{LOCATION:Woodridge}} QLD {{LOCATION:4114}}
Referred from {{LOCATION:Logan Hospital}} ward 3B, d/c {{DATE:25/11}}
Needs: IV cefazolin via PICC (Baxter Infusor), daily, until {{DATE:9 Dec}}
Aunty {{NAME:Maureen Walker}} stays Tue-Thu; otherwise at {{LOCATION:Kingston}} with cousin.
Aboriginal health worker {{NAME:Dale Costello}}, {{LOCATION:Yulu-Burri-Ba}} clinic.
`,
  },
  {
    id: 't21-013',
    kind: 'district nurse handover (New Zealand, rural delivery)',
    text: `
District nursing - {{LOCATION:Kaitaia}} team  {{DATE:27/11/26}}
{{NAME:Hemi Te Rangi Paewai}}, NHI {{MRN:ZAB4521}}, lives {{LOCATION:1288 State Highway 10, RD 3}}, {{LOCATION:Kaitaia}} {{LOCATION:0483}} - gate after {{LOCATION:Pamapuria School}}, second house on left.
Leg ulcers both legs, compression 3-layer. Wife {{NAME:Aroha}}; moko {{NAME:Tama}} drives him to {{LOCATION:Te Hiku Hauora}} on Fridays.
Whanau hui planned at {{LOCATION:Te Rarawa Marae}} re: going to {{LOCATION:Switzer Residential Care}} in {{LOCATION:Kaitaia}}.
RN {{NAME:Kiri Mokaraka}}
`,
  },
  {
    id: 't21-014',
    kind: 'home visit schedule (South Africa, township and erf)',
    text: `
CHW HOME VISIT ROUTE - {{LOCATION:Khayelitsha Site B}}, Thursday {{DATE:26 Nov 2026}}
1. {{NAME:Nomvula Mqhayi}} - {{LOCATION:Erf 20431, Ntlazane Street}}, {{LOCATION:Harare}} section - ART adherence, TLD refill
2. {{NAME:Sipho Dlamini}} - {{LOCATION:shack C88 next to Lookout Hill}} - TB DOT, day 41 (Rifafour)
3. Gogo {{NAME:Thandeka Ngcobo}}, {{AGE_OVER_89:96}} yrs - {{LOCATION:43 Mew Way}}, {{LOCATION:Kuyasa}} - bedsores, family to fetch wheelchair at {{LOCATION:Site B Day Hospital}}
Team leader: {{NAME:Zukiswa Booi}} {{PHONE:072 555 0193}}
`,
  },
  {
    id: 't21-015',
    kind: 'referral slip (Kenya, estate and box number)',
    text: `
REFERRAL FORM MOH 100   {{DATE:20/11/2026}}
From: {{LOCATION:Kangemi Health Centre}}  To: {{LOCATION:Kenyatta National Hospital}}
Client: {{NAME:Wanjiru Kamau}}  F 52  NHIF {{HEALTH_PLAN:5550-2281}}
Residence: {{LOCATION:Gichagi village}}, {{LOCATION:Kangemi}}, {{LOCATION:Westlands Sub-County}}; postal {{LOCATION:P.O. Box 3321-00625}}, {{LOCATION:Kangemi}}
Reason: breast lump 4 cm, for FNA. Escort husband {{NAME:Peter Njoroge Mwangi}} {{PHONE:0722 555 608}}
Referring officer: {{NAME:Achieng Otieno}}, Clinical Officer
`,
  },
  {
    id: 't21-016',
    kind: 'discharge plan (Philippines, purok, barangay)',
    text: `
DISCHARGE PLAN   {{LOCATION:Vicente Sotto Memorial Medical Center}}   {{DATE:Nov. 24, 2026}}
Pt: {{NAME:Ma. Concepcion "Connie" dela Cruz-Bacalso}}  Hosp no. {{MRN:VS-26-008812}}
Home: {{LOCATION:Purok 5, Sitio Lower Kalunasan}}, {{LOCATION:Barangay Kalunasan}}, {{LOCATION:Cebu City}} {{LOCATION:6000}}
F/u at {{LOCATION:Kalunasan Health Center}} for BP check; PhilHealth {{HEALTH_PLAN:01-055512345-6}}
Take Losartan 50 mg OD. Transport: son {{NAME:Jun-Jun Bacalso}} via habal-habal; tricycle plate {{VEHICLE:GA 4812}}.
Parish priest Fr. {{NAME:Ramil Abellanosa}} of {{LOCATION:Sto. Nino de Kalunasan Chapel}} will visit.
`,
  },
  {
    id: 't21-017',
    kind: 'hoja de referencia (Mexico, colonia, C.P., s/n)',
    text: `
HOJA DE REFERENCIA  {{DATE:19/11/2026}}
Unidad: {{LOCATION:Centro de Salud Rural San Juan Chamula}}
Paciente: {{NAME:Juana Gomez Lopez}}, 41 a, tsotsil
Domicilio: {{LOCATION:Domicilio conocido s/n}}, {{LOCATION:paraje Yaltem}}, {{LOCATION:San Juan Chamula}}, Chis.
Envio a: {{LOCATION:Hospital de las Culturas}}, {{LOCATION:Av. Periferico Norte Poniente 84}}, {{LOCATION:Col. Maria Auxiliadora}}, {{LOCATION:San Cristobal de las Casas}}, C.P. {{LOCATION:29290}}
Motivo: colecistitis, Murphy +. Acompana esposo {{NAME:Mariano Perez Hernandez}}; traductora {{NAME:Rosa Diaz}}.
Dr. {{NAME:Emiliano Cruz Vazquez}}, ced. prof. {{LICENSE:8812305}}
`,
  },
  {
    id: 't21-018',
    kind: 'skierowanie (Poland, ul./m., kod pocztowy)',
    text: `
SKIEROWANIE do szpitala  {{DATE:23.11.2026}}
Pacjent: {{NAME:Stanislawa Wrobel-Kaczmarczyk}}, PESEL {{OTHER_ID:40062500000}}
Adres: {{LOCATION:ul. Pilsudskiego 14 m. 7}}, {{LOCATION:37-700}} {{LOCATION:Przemysl}}
Do: {{LOCATION:Wojewodzki Szpital im. sw. Ojca Pio}}, {{LOCATION:Przemysl}}, oddzial wewnetrzny
Rozpoznanie: niewydolnosc serca NYHA III. Leki: Bisocard 5 mg, Furosemid 40 mg.
Wnuczka {{NAME:Zofia}} tel. {{PHONE:+48 555 201 778}}. Lekarz: {{NAME:Tomasz Grabowiecki}}, PWZ {{LICENSE:3881204}}
`,
  },
];
