// train9 notes 3: New Zealand district-nurse roster (markdown), Brazilian telehealth booking JSON, Polish interface error
// log, Toronto dialysis chair schedule (fixed width), Japanese trial subject YAML, Manitoba care-home admission form,
// Ghanaian immunisation register CSV, Israeli e-mail headers, Lithuanian pharmacy dispensing TSV.
export default [
  {
    id: 't9-019',
    kind: 'district nursing visit roster (markdown, New Zealand)',
    text: `
### District nursing - {{LOCATION:Porirua}} team - run sheet Fri {{DATE:27 Nov}}
Nurse: {{NAME:Mere Te Huia}} RN   Car: {{VEHICLE:NZH417}} (pool)   Mobile {{PHONE:021 555 0394}}

| Time | Client | NHI | Address | Visit | Notes |
|---|---|---|---|---|---|
| 08:30 | {{NAME:Tipene Rangihuna}} | {{OTHER_ID:ZKT4471}} | {{LOCATION:22 Kenepuru Drive}}, {{LOCATION:Kenepuru}} | VAC dressing | dog at gate, wife {{NAME:Aroha}} home |
| 09:45 | {{NAME:Faaolo Tuilagi-Leota}} | {{OTHER_ID:ZLM0932}} | {{LOCATION:5/18 Champion Street}}, {{LOCATION:Cannons Creek}} | insulin check | Samoan; daughter {{NAME:Losa}} interprets |
| 11:00 | {{NAME:Grace Pomare}} | {{OTHER_ID:ZQP7716}} | {{LOCATION:Kapiti Health Centre}} clinic room | leg ulcer | compression 4-layer |
| 13:30 | {{NAME:Sione Vaipulu}} | {{OTHER_ID:ZRA2285}} | {{LOCATION:41 Mungavin Ave}}, {{LOCATION:Ranui Heights}} | PICC flush | Tongan Methodist minister visits Fri |
| 15:00 | {{NAME:Hinewai Parata-Walker}} | {{OTHER_ID:ZJC5570}} | {{LOCATION:Te Rauparaha Village}} rest home, rm 12 | palliative | whanau hui {{DATE:1/12}}, GP Dr {{NAME:Ropata}} |
`,
  },
  {
    id: 't9-020',
    kind: 'telehealth booking API payload (JSON, Brazil)',
    text: `
POST /api/v2/agendamentos  -> 422 Unprocessable Entity ("cpf invalido")
{
  "paciente": {
    "nome": "{{NAME:Antonia Conceicao dos Santos Ferreira}}",
    "nome_social": "{{NAME:Tonha}}",
    "cpf": "{{OTHER_ID:000.417.882-19}}",
    "cns": "{{HEALTH_PLAN:898 0045 1172 0036}}",
    "nascimento": "{{DATE:1950-03-22}}",
    "telefone": "{{PHONE:+55 71 5555-0148}}",
    "email": "{{EMAIL:tonha.ferreira@example.com.br}}",
    "endereco": { "logradouro": "{{LOCATION:Rua Direta do Uruguai, 1140}}", "bairro": "{{LOCATION:Uruguai}}", "cidade": "{{LOCATION:Salvador}}", "uf": "BA", "cep": "{{LOCATION:40450-080}}" }
  },
  "profissional": { "nome": "Dra. {{NAME:Iracema Tupinamba}}", "crm": "{{LICENSE:CRM-BA 27741}}" },
  "unidade": "{{LOCATION:UBS Alagados}}",
  "data_hora": "{{DATE:2026-12-01}}T10:20:00-03:00",
  "link_sala": "{{URL:https://tele.example.com.br/sala/8Hq2xK7}}",
  "acompanhante": "{{NAME:Joao Batista Ferreira Neto}} (filho)"
}
`,
  },
  {
    id: 't9-021',
    kind: 'interface error log (Poland)',
    text: `
2026-11-26 03:14:07,551 ERROR [hl7-listener-2] ORU mapping failed msgid=MC88120415 src={{IP:192.0.2.44}}:2575
  cause: PID-5 family name too long (>35): "{{NAME:Wierzbicka-Szczepanska-Brzeczyszczykiewicz}}"
  pesel={{OTHER_ID:55030101193}} dob={{DATE:1955-03-01}} ward=OIOM {{LOCATION:Szpital Wojewodzki w Bielsku-Bialej}}
2026-11-26 03:14:07,552 WARN  [hl7-listener-2] NK1 dropped: "{{NAME:Brzeczyszczykiewicz}}^{{NAME:Grzegorz}}" phone="{{PHONE:+48 33 555 18 40}}"
2026-11-26 03:14:09,003 INFO  [retry] requeued by user={{NAME:m.lewandowska}} host={{IP:198.51.100.17}}
2026-11-26 03:20:44,918 ERROR [addr-normalizer] cannot parse "{{LOCATION:ul. Gen. Jozefa Bema 12/4}}, {{LOCATION:43-300 Bielsko-Biala}}" (token "Gen." read as title)
2026-11-26 03:21:02,100 INFO  [addr-normalizer] fallback: city={{LOCATION:Bielsko-Biala}} postal={{LOCATION:43-300}}
# ticket {{OTHER_ID:INC-0091447}} opened by {{NAME:Pawel Nowicki-Kubacki}} ({{EMAIL:p.nowicki@example.pl}})
`,
  },
  {
    id: 't9-022',
    kind: 'dialysis chair schedule (fixed width, Toronto)',
    text: `
HEMODIALYSIS UNIT - {{LOCATION:HUMBER RIVER HEALTH}} - MWF SHIFT 2 - WEEK OF {{DATE:NOV 30 2026}}
CHAIR PATIENT                    MRN        ACCESS        DW(kg) RIDE / NOTES
----- -------------------------- ---------- ------------- ------ -----------------------------------------
 07   {{NAME:GHORBANI, Shirin}}          {{MRN:HR0447128}}  L AVF         61.5   Wheel-Trans {{OTHER_ID:WT-228174}}
 08   {{NAME:TEHRANI-NEJAD, Dariush}}    {{MRN:HR0447302}}  R IJ tunneled 78.0   son {{NAME:Kaveh}} drives, {{LOCATION:North York}}
 09   {{NAME:ABDULLAHI, Hawa}}           {{MRN:HR0451177}}  L AVG         54.2   Somali interp; lives {{LOCATION:Dixon Rd}}
 10   {{NAME:DE SOUSA FARIA, Manuel}}    {{MRN:HR0438840}}  L AVF         83.7   transfer from {{LOCATION:St. Joseph's Health Centre}}
 11   {{NAME:KHORSANDI, Mahin}}          {{MRN:HR0452019}}  R AVF         66.0   {{AGE_OVER_89:90}} y, Farsi only, daughter {{NAME:Roya}} {{PHONE:416-555-0179}}
 12   {{NAME:WOLFE, Raven}}              {{MRN:HR0449911}}  L AVF         72.3   from {{LOCATION:Nipissing First Nation}}, stays {{LOCATION:Ronald McDonald House}}? (check)
Charge RN: {{NAME:Parisa Amini}}   Nephrologist: Dr. {{NAME:Bahram Mostafavi}}   OHIP billing: see Kt/V sheet
`,
  },
  {
    id: 't9-023',
    kind: 'clinical trial subject record (YAML, Japan)',
    text: `
subject:
  screening_no: {{OTHER_ID:JP-07-0142}}
  site: {{LOCATION:Kameda Medical Center}} ({{LOCATION:Kamogawa}}, Chiba)
  name_kanji_romaji: {{NAME:Hasegawa Tomoko}}
  name_kana: {{NAME:HASEGAWA TOMOKO}}
  birth: {{DATE:1946-10-08}}
  insured_no: {{HEALTH_PLAN:01-3947-2281}}
  address: {{LOCATION:2-14-7 Higashimachi}}, {{LOCATION:Kamogawa-shi}} {{LOCATION:296-0041}}
  phone: {{PHONE:04-7092-5550}}
  consent:
    signed: {{DATE:2026-11-09}}
    witness: {{NAME:Morikawa Kenji}}
    legally_acceptable_rep: {{NAME:Hasegawa Shun}} (son, lives {{LOCATION:Funabashi}})
  investigator: Dr. {{NAME:Yoshida Rei}}
  crc: {{NAME:Aoki Natsumi}}
  randomised: {{DATE:2026-11-16}}
  arm: blinded
  events:
    - {{DATE:2026-11-20}} grade 1 nausea, ondansetron
    - {{DATE:2026-11-24}} fall at home, no fracture (X-ray at {{LOCATION:Kamogawa Municipal Hospital}})
`,
  },
  {
    id: 't9-024',
    kind: 'personal care home admission form (Manitoba)',
    text: `
PERSONAL CARE HOME ADMISSION - {{LOCATION:Actionmarguerite St. Vital}}
[x] Permanent   [ ] Respite            Admission date: {{DATE:2026-11-23}}
Resident: {{NAME:Bighetty}}, {{NAME:Angelique Marie}}      Known as: "{{NAME:Angie}}"
DOB: {{DATE:1932-02-29}} (age {{AGE_OVER_89:94}})        Manitoba Health reg: {{HEALTH_PLAN:114 772 398}}   PHIN {{OTHER_ID:108 447 215}}
Treaty status no.: {{OTHER_ID:2640058401}} ({{LOCATION:Pukatawagan}} / {{LOCATION:Mathias Colomb Cree Nation}})
Previous address: {{LOCATION:Box 61}}, {{LOCATION:Pukatawagan}} MB {{LOCATION:R0B 1G0}}
Language: Cree (Rocky Cree), some English. Catholic; priest Fr. {{NAME:Antoine Desjarlais}} at {{LOCATION:St. Joseph's Parish}}.
Substitute decision maker: {{NAME:Delphine Bighetty-Ross}} (niece)  {{PHONE:204-555-0182}}  {{EMAIL:dbross@example.ca}}
Second contact: {{NAME:Eli Hope}} (grandson)  {{PHONE:204-555-0133}}
Physician: Dr. {{NAME:Chinedu Ugwu-Friesen}}
Belongings: hearing aids L/R serials {{DEVICE:2219-4471}} / {{DEVICE:2219-4472}}, beaded moccasins, photo of late husband {{NAME:Gilbert}}.
`,
  },
  {
    id: 't9-025',
    kind: 'child immunisation register (CSV, Ghana)',
    text: `
"CWC register","{{LOCATION:Kumasi South Hospital}}","Outreach point: {{LOCATION:Atonsu Agogo}}","Month: {{DATE:November 2026}}"
"Reg no","Child","Sex","DOB","Mother/Carer","Phone","House no","Vaccine","Date given","Given by"
"{{OTHER_ID:KSH/CWC/26/1172}}","{{NAME:Ama Serwaa Owusu}}","F","{{DATE:02/09/2026}}","{{NAME:Akosua Boakye}}","{{PHONE:024 555 8813}}","{{LOCATION:AK-411-7720}}","Penta2, PCV2, Rota2","{{DATE:04/11/2026}}","{{NAME:N. Adjei}}"
"{{OTHER_ID:KSH/CWC/26/1173}}","{{NAME:Kwame Nkansah Jnr}}","M","{{DATE:15/08/2026}}","{{NAME:Abena Nkansah}}","{{PHONE:020 555 3947}}","{{LOCATION:AK-398-1150}}","Penta3, PCV3, IPV","{{DATE:11/11/2026}}","{{NAME:N. Adjei}}"
"{{OTHER_ID:KSH/CWC/26/1174}}","{{NAME:Fatima Iddrisu}}","F","{{DATE:30/06/2026}}","Hajia {{NAME:Memunatu}}","{{PHONE:055 555 0291}}","{{LOCATION:Zongo Line 4}}","MR1 deferred - fever","","{{NAME:E. Asamoah}}"
"{{OTHER_ID:KSH/CWC/26/1175}}","{{NAME:Nana Yaw Boateng}}","M","{{DATE:21/10/2026}}","{{NAME:Yaa Asantewaa Boateng}}","","{{LOCATION:Kumasi}} ({{LOCATION:Suame Magazine}})","BCG, OPV0","{{DATE:22/10/2026}}","{{NAME:E. Asamoah}}"
`,
  },
  {
    id: 't9-026',
    kind: 'e-mail headers and signature (Israel)',
    text: `
Return-Path: <{{EMAIL:shira.ben-ami@example.co.il}}>
Received: from mail.example.co.il ({{IP:203.0.113.201}}) by mx.example.co.il; Tue, {{DATE:24 Nov 2026}} 09:41:12 +0200
From: "{{NAME:Shira Ben-Ami}}" <{{EMAIL:shira.ben-ami@example.co.il}}>
To: "{{NAME:Yehuda Katz-Rosenthal}}" <{{EMAIL:ykatz@example.co.il}}>
Subject: {{NAME:Mordechai Lipschitz}} - pre-op clearance before shabbat

{{NAME:Yehuda}}, Reb {{NAME:Mordechai}} (ID {{OTHER_ID:000347118}}) is booked for TAVI at {{LOCATION:Shaare Zedek}} on {{DATE:3/12}}. He is {{AGE_OVER_89:92}} and lives with his son {{NAME:Avraham}} in {{LOCATION:Bnei Brak}}, {{LOCATION:Rabbi Akiva St 118}}. Clalit member {{HEALTH_PLAN:7744-1029-33}}. Please send the echo from {{LOCATION:Maccabi Ramat Gan}}.

--
Dr. {{NAME:Shira Ben-Ami}}, Cardiology Fellow
{{LOCATION:Shaare Zedek Medical Center}} | {{LOCATION:Shmuel Bait St 12}}, {{LOCATION:Jerusalem}}
{{PHONE:02-555-5712}}
`,
  },
  {
    id: 't9-027',
    kind: 'pharmacy dispensing log (TSV, Lithuania)',
    text: `
vaistine	{{LOCATION:Eurovaistine, Gedimino pr. 24}}, {{LOCATION:Vilnius}}
data	receptas	pacientas	asmens_kodas	vaistas	kiekis	farmacininkas
{{DATE:2026-11-25}}	{{OTHER_ID:RX-LT-4471882}}	{{NAME:Jurgita Kazlauskiene}}	{{OTHER_ID:47704120018}}	Xarelto 20 mg	28	{{NAME:R. Petraitis}}
{{DATE:2026-11-25}}	{{OTHER_ID:RX-LT-4471903}}	{{NAME:Algirdas Zukauskas}}	{{OTHER_ID:33911050027}}	Ozempic 1 mg	1 pen	{{NAME:R. Petraitis}}
{{DATE:2026-11-26}}	{{OTHER_ID:RX-LT-4472210}}	{{NAME:Ieva Vaitkute}}	{{OTHER_ID:60301300019}}	Ventolin	2	{{NAME:A. Balciunaite}}
{{DATE:2026-11-26}}	{{OTHER_ID:RX-LT-4472388}}	{{NAME:Vytautas Brazauskas}}	{{OTHER_ID:34508220031}}	Concor 5 mg	30	{{NAME:A. Balciunaite}}
pastaba: {{NAME:Brazauskas}} picked up by neighbour {{NAME:Egle Janonyte}} with power of attorney; delivery address {{LOCATION:Zirmunu g. 67-12}}, {{LOCATION:LT-09105}}.
`,
  },
];
