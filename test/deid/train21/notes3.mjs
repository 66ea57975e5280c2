// train21 notes 3: forms and bookings in Europe and the Caucasus (Spain, Portugal, Italy, Sweden, Norway, Finland, Estonia, Lithuania, Georgia, Armenia).
export default [
  {
    id: 't21-019',
    kind: 'informe de alta (Spain, piso and puerta)',
    text: `
INFORME DE ALTA - {{LOCATION:Hospital Universitario de Cruces}}, {{LOCATION:Barakaldo}}   {{DATE:20/11/2026}}
Paciente: {{NAME:Itziar Etxeberria Goikoetxea}}  NHC {{MRN:3300918}}  TIS {{HEALTH_PLAN:ETXE550412}}
Domicilio al alta: {{LOCATION:C/ Sabino Arana 23, 4o izda.}}, {{LOCATION:48902}} {{LOCATION:Barakaldo}} (Bizkaia)
Control en {{LOCATION:Centro de Salud Zuazo}} con enfermera {{NAME:Aitor Urrutia}}.
Tratamiento: Sintrom segun pauta, Adiro 100. Hija {{NAME:Maite}}: {{PHONE:944 555 071}}.
Fdo. Dra. {{NAME:Nerea Lopez de Arana}}, col. {{LICENSE:48/4411}}
`,
  },
  {
    id: 't21-020',
    kind: 'pedido de transporte (Portugal, andar, codigo postal)',
    text: `
PEDIDO DE TRANSPORTE NAO URGENTE  {{DATE:27-11-2026}}
Utente: {{NAME:Joaquim Manuel dos Reis Tavares}}  N. utente SNS {{HEALTH_PLAN:555 118 442}}
Recolha: {{LOCATION:Rua Dr. Manuel Arriaga, 41, 2o Dto}}, {{LOCATION:3000-254}} {{LOCATION:Coimbra}}
Destino: {{LOCATION:Centro Hospitalar e Universitario de Coimbra}}, Hospital de Dia de Oncologia
Sessoes: {{DATE:2/12}}, {{DATE:9/12}}, {{DATE:16/12}}. Acompanhante: esposa {{NAME:Maria de Fatima}}.
Corporacao: {{LOCATION:Bombeiros Voluntarios de Coimbra}}, viatura {{VEHICLE:AB-55-XQ}}
`,
  },
  {
    id: 't21-021',
    kind: 'lettera di dimissione (Italy, frazione, CAP, scala/interno)',
    text: `
{{LOCATION:Ospedale San Giovanni Bosco}} - {{LOCATION:Torino}}, {{DATE:22/11/2026}}
Sig.ra {{NAME:Carmela Di Stefano in Barbero}}, anni 84
Residente in {{LOCATION:Via Cigna 112, scala C, int. 9}}, {{LOCATION:10155}} {{LOCATION:Torino}} (quartiere {{LOCATION:Barriera di Milano}})
Dimessa presso {{LOCATION:RSA Villa Serena}}, {{LOCATION:frazione Santena di Sotto}}, {{LOCATION:Chieri}} (TO)
Terapia: Coumadin, Lasix 25 mg. Medico curante dott. {{NAME:Pierluigi Amato}}.
Nipote {{NAME:Gianluca Barbero}} {{EMAIL:g.barbero@example.it}}
`,
  },
  {
    id: 't21-022',
    kind: 'remiss (Sweden, lgh number, postnummer)',
    text: `
Remiss {{DATE:2026-11-24}}
Fran: {{LOCATION:Vardcentralen Rosengard}}, {{LOCATION:Malmo}}
Till: Minnesmottagningen, {{LOCATION:Skanes universitetssjukhus}}, {{LOCATION:Lund}}
Patient: {{NAME:Ingrid Lindqvist}}, pnr {{OTHER_ID:19380214-0000}}
Adress: {{LOCATION:Amiralsgatan 86 lgh 1102}}, {{LOCATION:214 37}} {{LOCATION:Malmo}}
Bor med sonen {{NAME:Per-Olof}}; hemtjanst fran {{LOCATION:Attendo Fosie}}.
MoCA 19. Lakare {{NAME:Amira Haddad}}
`,
  },
  {
    id: 't21-023',
    kind: 'hjemmesykepleie vedtak (Norway, kommune)',
    text: `
Vedtak om hjemmesykepleie  {{DATE:18.11.2026}}
Bruker: {{NAME:Aslak Somby}}, f. {{DATE:03.01.1934}}
Adresse: {{LOCATION:Gamle Bossekopveien 12}}, {{LOCATION:9510}} {{LOCATION:Alta}}
Tiltak: insulin (NovoRapid FlexPen) morgen og kveld, tilsyn fra {{LOCATION:Alta helsesenter}}.
Parorende: datter {{NAME:Elle Marja Somby Eira}} i {{LOCATION:Kautokeino}}, tlf {{PHONE:+47 555 41 882}}
Saksbehandler {{NAME:Trond Haugland}}, {{LOCATION:Alta kommune}} tildelingskontor
`,
  },
  {
    id: 't21-024',
    kind: 'home visit note (Finland, A/B staircase)',
    text: `
Kotikaynti {{DATE:25.11.2026}} klo 10
{{NAME:Eino Kettunen}}, {{AGE_OVER_89:92}} v.  Osoite {{LOCATION:Hameenkatu 14 B 21}}, {{LOCATION:33100}} {{LOCATION:Tampere}}
Kotihoito {{LOCATION:Kaleva}} alue. Wife {{NAME:Helmi}} died in spring.
Falls alarm bracelet (Everon) serial {{DEVICE:EV-6640-20417}} checked. Daughter {{NAME:Riikka Kettunen-Saari}} lives in {{LOCATION:Nokia}}.
Nurse {{NAME:Satu Niemi}}
`,
  },
  {
    id: 't21-025',
    kind: 'saatekiri (Estonia, talu and vald)',
    text: `
Saatekiri {{DATE:21.11.2026}}
Patsient: {{NAME:Maie Tamm}}, isikukood {{OTHER_ID:44107150000}}
Elukoht: {{LOCATION:Vahe talu}}, {{LOCATION:Karksi-Nuia}}, {{LOCATION:Mulgi vald}}, {{LOCATION:69104}} {{LOCATION:Viljandimaa}}
Suunatud: {{LOCATION:Viljandi Haigla}} kirurgia. Perearst {{NAME:Kalev Kask}}, {{LOCATION:Abja perearstikeskus}}.
Poeg {{NAME:Rein}} tel {{PHONE:+372 555 1903}}
`,
  },
  {
    id: 't21-026',
    kind: 'siuntimas (Lithuania, g. and butas)',
    text: `
Siuntimas konsultacijai {{DATE:2026-11-19}}
Pacientas: {{NAME:Vytautas Jankauskas}}, 71 m.
Adresas: {{LOCATION:Savanoriu pr. 178-45}}, {{LOCATION:LT-03154}} {{LOCATION:Vilnius}} ({{LOCATION:Naujamiestis}})
I: {{LOCATION:Vilniaus universiteto ligonines Santaros klinikos}}, kardiologija
Gydytoja {{NAME:Rasa Petrauskiene}}, {{LOCATION:Naujamiescio poliklinika}}. Dukra {{NAME:Egle}} {{EMAIL:egle.j@example.lt}}
`,
  },
  {
    id: 't21-027',
    kind: 'referral (Georgia, Tbilisi block/flat)',
    text: `
Referral {{DATE:26.11.2026}}  {{LOCATION:Tbilisi}}
Patient: {{NAME:Nino Beridze-Kapanadze}}, 66, personal no. {{OTHER_ID:01005550123}}
Address: {{LOCATION:Vazha-Pshavela Ave., 3rd block, bldg 12, flat 48}}, {{LOCATION:Saburtalo}}, {{LOCATION:Tbilisi}} {{LOCATION:0186}}
To {{LOCATION:Todua Clinic}}, endocrinology, for thyroid nodule (TI-RADS 4).
Son {{NAME:Giorgi Kapanadze}} works at {{LOCATION:Rustavi Azot}} plant; mob {{PHONE:+995 555 21 44 07}}.
Dr {{NAME:Tamar Javakhishvili}}
`,
  },
  {
    id: 't21-028',
    kind: 'outpatient referral (Armenia, marz and village)',
    text: `
Outpatient referral {{DATE:17.11.2026}}
{{NAME:Anahit Hovhannisyan}}, 58, village {{LOCATION:Areni}}, Vayots Dzor marz, {{LOCATION:Getapnya St. 9}}
Seen at {{LOCATION:Yeghegnadzor Medical Center}}; referred to {{LOCATION:Nairi Medical Center}}, {{LOCATION:Yerevan}}.
Husband {{NAME:Levon}} works at {{LOCATION:Areni Wine Factory}}. Cousin {{NAME:Armen Sargsyan}} in {{LOCATION:Arabkir}} district will host.
Doctor {{NAME:Karine Grigoryan}}, phone {{PHONE:+374 55 550 218}}
`,
  },
];
