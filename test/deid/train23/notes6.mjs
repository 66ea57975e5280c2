// train23 notes 6: telehealth and remote-monitoring logs, insurance and billing screens in capitals; lower-case
// patient e-mails, a dictated psychiatry note, a community health worker's text notes.
export default [
  {
    id: 't23-046',
    kind: 'remote monitoring alert log (all capitals)',
    text: `
REMOTE CARDIAC MONITORING - ALERT QUEUE - HEARTCARE PARTNERS, {{LOCATION:SPOKANE VALLEY}}
{{DATE:07/09/2025}} 0312  PT {{NAME:LONEBEAR, ARTHUR WILLIAM}}  DOB {{DATE:01/01/1951}}  DEVICE: MEDTRONIC AZURE XT DR SN {{DEVICE:RNL448190H}}
  EVENT: VT 188 BPM X 34 SEC, ATP SUCCESSFUL. NO SHOCK.
  TRANSMISSION FROM HOME MONITOR SN {{DEVICE:MYC-2204471}} AT IP {{IP:192.0.2.144}}
  ACTION: CALLED PT {{PHONE:509-555-0173}} - NO ANSWER. CALLED DAUGHTER {{NAME:CHARLENE LONEBEAR-WHITE}} {{PHONE:509-555-0128}} - PT ASLEEP, FEELS FINE. ADVISED ED IF SYMPTOMS.
  ROUTED TO DR {{NAME:VIKRAM SESHADRI}} (EP) AND NP {{NAME:JOSIE HALFMOON}} AT {{LOCATION:WELLPINIT}} CLINIC.
{{DATE:07/09/2025}} 0544  PT {{NAME:ABERG, LARS-OLOF}}  DOB {{DATE:06/30/1934}} ({{AGE_OVER_89:91}})  DEVICE: BOSTON SCI ACCOLADE SN {{DEVICE:BSC-771044}}
  EVENT: AF BURDEN 22% LAST 24H (NEW). ON NO ANTICOAGULANT - PT DECLINED IN {{DATE:MARCH}}.
  ACTION: MESSAGE TO PCP DR {{NAME:RUTH ANN SPEAKTHUNDER}}, {{LOCATION:CHENEY FAMILY MEDICINE}}, FAX {{FAX:509-555-0190}}. WIFE {{NAME:GUNILLA}} INFORMED.
TECH ON DUTY: {{NAME:M. ODUYA-FERRIS}} CCDS
`,
  },
  {
    id: 't23-047',
    kind: 'patient e-mail to a clinic (all lower case)',
    text: `
from: {{EMAIL:wairimu.kamau.njoroge@example.com}}
to: {{EMAIL:appointments@nairobi-west-clinic.example}}
date: mon, {{DATE:17 feb 2025}}
subject: rescheduling mum's diabetes review

hello, i'm writing for my mother {{NAME:mary wambui njoroge}} (hospital no {{MRN:nwh-0044719}}). she was booked to see dr {{NAME:otieno}} on {{DATE:20 february}} but she is upcountry in {{LOCATION:nyeri}} at my uncle {{NAME:peter kariuki}}'s place until the end of the month.
can we move it to {{DATE:6 march}}? my brother {{NAME:kamau}} will bring her from {{LOCATION:karen}} - their house is on {{LOCATION:ngong road}} near {{LOCATION:karen hospital}}.
her nhif number is {{HEALTH_PLAN:r0044719-8}} and mpesa receipt for the last visit was {{ACCOUNT:qkl7h2x9p0}} if you need it.
my number is {{PHONE:+254 722 555 014}}.
asante, {{NAME:wairimu}}
`,
  },
  {
    id: 't23-048',
    kind: 'insurance eligibility screen (all capitals)',
    text: `
ELIGIBILITY RESPONSE 271 - PARSED       RUN {{DATE:2025-06-30}} 07:40     CLERK {{NAME:DMONTOYA}}
SUBSCRIBER: {{NAME:VILLANUEVA-ACHEAMPONG, ROSALIND}}   ID {{HEALTH_PLAN:XGH884190771}}   GROUP 00417
DEPENDENT:  {{NAME:ACHEAMPONG, KWAME}} JR (SON)   DOB {{DATE:2011-03-04}}
ADDRESS ON FILE: {{LOCATION:77 PROVIDENCE ST UNIT 3}}, {{LOCATION:WORCESTER}} MA {{LOCATION:01604}}
PAYER: BLUE CROSS BLUE SHIELD OF MASSACHUSETTS   PLAN: HMO BLUE NEW ENGLAND
PCP ON FILE: {{NAME:EZINNE OKORO-LAMB}}, MD - {{LOCATION:GREAT BROOK VALLEY HEALTH CENTER}}
COPAY SPECIALIST $40. DEDUCTIBLE MET $1,200 OF $2,000.
GUARANTOR ACCT {{ACCOUNT:G-00441907}}   SSN ON FILE (MASKED) XXX-XX-{{SSN:4471}}
NOTE: MOTHER REPORTS NEW ADDRESS {{LOCATION:9 BELMONT ST}}, {{LOCATION:AUBURN}} - NOT YET UPDATED WITH PAYER.
HISTORY: PRIOR COVERAGE {{DATE:01/2022}}-{{DATE:12/2024}} MASSHEALTH STANDARD ID {{HEALTH_PLAN:100441907712}}. PORTAL LOOKUP BY SUBSCRIBER FROM {{IP:203.0.113.201}} ON {{DATE:06/28/2025}}. PRIOR ADDRESS {{LOCATION:3 CHANDLER ST APT 1}}, {{LOCATION:WORCESTER}}. SSN (FULL, ON PAPER FORM ONLY): {{SSN:000-54-7719}}.
`,
  },
  {
    id: 't23-049',
    kind: 'voice-dictation output, psychiatry outpatient note (all lower case)',
    text: `
psychiatry follow up {{NAME:yusuf emre kaya}} twenty nine year old man seen with his older sister {{NAME:elif}} at the {{LOCATION:kreuzberg}} outpatient clinic on {{DATE:the fourth of november}} new paragraph
he moved from {{LOCATION:izmir}} to {{LOCATION:berlin}} in {{DATE:july twenty twenty two}} and works nights at a bakery in {{LOCATION:neukolln}} comma lives in a shared flat at {{LOCATION:sonnenallee one hundred and twelve}} with two friends {{NAME:baris}} and {{NAME:deniz}} full stop
mood low for three months phq nine seventeen comma no suicidal plan comma sleeping four hours full stop his girlfriend {{NAME:johanna}} left in {{DATE:august}} full stop
started sertraline fifty milligrams by his gp doctor {{NAME:schulte-hoffmann}} full stop i increased to one hundred milligrams new paragraph
he asked that his father {{NAME:mehmet}} not be told anything comma the father calls the clinic from {{LOCATION:bornova}} comma noted in the chart full stop
review in four weeks with doctor {{NAME:adaeze nwankwo}} who speaks some turkish end of dictation
`,
  },
  {
    id: 't23-050',
    kind: 'ED tracking board snapshot (all capitals)',
    text: `
ED TRACKING BOARD  {{LOCATION:ALBERT EINSTEIN MEDICAL CENTER}}  {{DATE:12/31/2024}} 2358
RM  PATIENT                     AGE  CC                  MD/NP          RN        NOTES
01  {{NAME:PHAM, QUOC BAO}}              67   CP                  {{NAME:KIM}}            {{NAME:SHAQ}}      TROP X2 NEG. SON {{NAME:TUAN}} IN WR
02  {{NAME:O'DONNELL-NKEMELU, SHEA}}     24   ETOH                {{NAME:PATEL-ROSS}}     {{NAME:MAGGIE}}    BROUGHT BY FRIEND FROM {{LOCATION:FISHTOWN}}
03  {{NAME:WHITEHORSE, JOLENE}}          {{AGE_OVER_89:98}}   FALL                {{NAME:KIM}}            {{NAME:SHAQ}}      FROM {{LOCATION:ROSEWOOD GARDENS}}. DNR. NIECE {{NAME:TINA}} CB {{PHONE:215-555-0106}}
04  {{NAME:BARRIOS, ANGEL DE JESUS}}     31   GSW L THIGH         TRAUMA         {{NAME:DELROY}}    PPD AT BEDSIDE, DC# {{OTHER_ID:24-39-044190}}
05  {{NAME:HOLLOWAY, SUMMER}}            19   ABD PAIN, +HCG      {{NAME:ADEYEMI}}        {{NAME:MAGGIE}}    OB PAGED. BF {{NAME:RAY-RAY}} AT BEDSIDE
06  (HALLWAY) UNKNOWN MALE (ALIAS ALPHA) ~50  FOUND DOWN {{LOCATION:BROAD & OLNEY}}  {{NAME:PATEL-ROSS}}  {{NAME:DELROY}}  PD TO ID. TATTOO "MAMA {{NAME:LUZ}}" L FOREARM
WR: 14 WAITING. LONGEST 5H12M.
BOARD NOTES: AMBULANCE DIVERSION {{DATE:01/01/2025}} 0000-0200 PER {{LOCATION:TEMPLE UNIVERSITY HOSPITAL}} REQUEST. TRANSFERS PENDING: RM 03 TO {{LOCATION:CHESTNUT HILL HOSPITAL}} OBS. SECURITY LOG REF {{OTHER_ID:SEC-1231-0447}}. PD VEHICLE AT BAY: PA {{VEHICLE:MG-44719}}.
`,
  },
  {
    id: 't23-051',
    kind: 'community health worker text notes (all lower case)',
    text: `
chw notes - {{NAME:lucia mamani condori}} - week of {{DATE:9 june}}
mon: home visit familia {{NAME:choque apaza}}, {{LOCATION:calle 3, zona villa adela}}, {{LOCATION:el alto}}. baby {{NAME:wara}} 2 mo, weight 4.6 kg, breastfeeding ok. mom {{NAME:rosmery}} has cough 3 weeks - sputum pot given, take to {{LOCATION:centro de salud senkata}}.
tue: don {{NAME:eusebio quispe}} ({{AGE_OVER_89:93}}) bp 150/90, ran out of enalapril. grandson {{NAME:franz}} to pick up at {{LOCATION:farmacia la paz}} on {{LOCATION:av. juan pablo ii}}.
wed: meeting at {{LOCATION:unidad educativa mariscal sucre}} about school deworming with teacher prof. {{NAME:gladys}}.
thu: {{NAME:rosmery}} sputum positive. called dr {{NAME:ticona}} at {{LOCATION:hospital corea}}, starts tb treatment monday. contacts: husband {{NAME:wilmer}}, mother-in-law dona {{NAME:justina}}.
fri: data uploaded from tablet {{DEVICE:tab-ea-0447}}. my cell {{PHONE:+591 7 555 0142}}.
`,
  },
  {
    id: 't23-052',
    kind: 'billing statement print (all capitals)',
    text: `
STATEMENT OF ACCOUNT              {{LOCATION:SUNNYBROOK HEALTH SCIENCES CENTRE}}, {{LOCATION:2075 BAYVIEW AVE}}, {{LOCATION:TORONTO}} ON {{LOCATION:M4N 3M5}}
STATEMENT DATE: {{DATE:2025-08-01}}     ACCOUNT: {{ACCOUNT:SHS-7710449}}
BILL TO: {{NAME:MUKHERJEE-LAFLEUR, ANIRBAN}}
         {{LOCATION:1402-88 ERSKINE AVE}}
         {{LOCATION:TORONTO}} ON {{LOCATION:M4P 1Y3}}
PATIENT: {{NAME:LAFLEUR, CELINE}} (SPOUSE)     OHIP {{HEALTH_PLAN:4419-077-190-KT}}
SERVICE: PRIVATE ROOM DIFFERENTIAL {{DATE:JUL 11}}-{{DATE:JUL 16, 2025}}  5 DAYS @ $285.00   $1,425.00
         AMBULANCE CO-PAYMENT {{DATE:JUL 11, 2025}}                          $45.00
PAID BY SUN LIFE (CERT {{HEALTH_PLAN:SL-00441907}})                     -$1,140.00
BALANCE DUE                                                           $330.00
PAY ONLINE: {{URL:HTTPS://PAY.EXAMPLE.CA/SHS/7710449}}   QUESTIONS: {{PHONE:416-555-0184}}   E-MAIL {{EMAIL:BILLING@SUNNYBROOK.EXAMPLE.CA}}
`,
  },
  {
    id: 't23-053',
    kind: 'telehealth session log and chat (all lower case)',
    text: `
video visit log - session {{OTHER_ID:vv-25-441907}}
scheduled {{DATE:2025-03-12}} 14:00, provider dr. {{NAME:mariam al-khatib}}, patient {{NAME:yaw boateng-mensah}}
patient joined 14:02 from ip {{IP:198.51.100.77}} (location entered: {{LOCATION:kumasi}}, ghana - visiting family)
provider joined 14:04 from ip {{IP:10.22.4.19}}
chat:
[14:05] {{NAME:yaw}}: sorry connection bad, im at my aunt {{NAME:abena}}'s house in {{LOCATION:asokwa}}
[14:06] dr {{NAME:al-khatib}}: no problem. is your bp machine with you?
[14:07] {{NAME:yaw}}: yes omron, it says 148/92 this morning
[14:12] dr {{NAME:al-khatib}}: please get the creatinine done at {{LOCATION:komfo anokye}} before you fly back on {{DATE:the 28th}}. i'll send the form to {{EMAIL:yaw.bm@example.com}}
[14:13] {{NAME:yaw}}: my wife {{NAME:efua}} will scan it when i'm back in {{LOCATION:hamden}}
recording: none. link used: {{URL:https://meet.example.org/r/8h2k-q1}}
`,
  },
  {
    id: 't23-054',
    kind: 'school immunisation clinic list (all capitals)',
    text: `
SCHOOL-BASED IMMUNISATION - HPV DOSE 1 - {{LOCATION:ST. MARY'S CATHOLIC COLLEGE}}, {{LOCATION:BLACKBURN}} - {{DATE:14/10/2025}}
TEAM LEAD: {{NAME:BERNADETTE OKAFOR}} (SN)   VACCINATORS: {{NAME:FIONA HUGHES}}, {{NAME:ASMA PATEL}}
NO  NAME                          DOB          FORM   CONSENT  GIVEN  BATCH
1   {{NAME:AHMED, ZAKARIYA}}              {{DATE:02/05/2012}}   8G     Y        Y      GARDASIL 9 X014471
2   {{NAME:BRADSHAW, HOPE}}               {{DATE:19/11/2011}}   8G     Y        Y      X014471
3   {{NAME:KOWALCZYK, ZUZANNA}}           {{DATE:07/01/2012}}   8M     N (REFUSED - MUM {{NAME:AGNIESZKA}})
4   {{NAME:MIAH, SUMAIYA}}                {{DATE:30/08/2012}}   8M     Y        ABSENT (FAINTS - DO AT {{LOCATION:AUDLEY HEALTH CENTRE}})
5   {{NAME:O'NEILL, CONOR PATRICK}}       {{DATE:12/03/2012}}   8J     Y        Y      X014471
6   {{NAME:TEMPEST, SUMMER-ROSE}}         {{DATE:21/06/2012}}   8J     LATE CONSENT BY GRAN {{NAME:MAUREEN TEMPEST}} {{PHONE:01254 555 047}}
NOTES: FORM TUTOR MR {{NAME:HALLIWELL}} KEPT BAGS. NEXT SESSION {{DATE:09/12/2025}}.
`,
  },
];
