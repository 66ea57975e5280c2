// train23 notes 7: long teletype-style discharge summaries and police/ambulance liaison forms in capitals,
// long lower-case portal threads, dictation and chat, biometric and access logs.
export default [
  {
    id: 't23-055',
    kind: 'teletype discharge summary, long (all capitals)',
    text: `
DISCHARGE SUMMARY - {{LOCATION:KORLE BU TEACHING HOSPITAL}} - DEPT OF MEDICINE - UNIT 3
NAME: {{NAME:AMPOFO-DANQUAH, NANA YAA SERWAA}}   FOLDER NO: {{MRN:KB/25/004471}}   AGE: 58   SEX: F
ADDRESS: {{LOCATION:HSE NO. 14, ABOFU STREET}}, {{LOCATION:ACHIMOTA}}, {{LOCATION:ACCRA}}  (NEAR {{LOCATION:PRESBY CHURCH, ABOFU}})
GHANAPOST GPS: {{LOCATION:GA-412-7739}}   NHIS: {{HEALTH_PLAN:NHIS-0044719077}}   GHANA CARD: {{OTHER_ID:GHA-000441907-3}}
DATE OF ADMISSION: {{DATE:02/08/2025}}   DATE OF DISCHARGE: {{DATE:15/08/2025}}
CONSULTANT: DR {{NAME:KWABENA OSEI-TUTU}}   HOUSE OFFICER: DR {{NAME:EFUA GRACE ARTHUR}}
DIAGNOSES: 1. HYPERTENSIVE EMERGENCY WITH PRES  2. CKD STAGE 3B  3. T2DM
HISTORY: BROUGHT IN BY HUSBAND {{NAME:OPANIN KOFI DANQUAH}} AND SON {{NAME:KWAME}} WITH HEADACHE, BLURRED VISION AND TWO FITS AT HOME. BP 230/140 ON ARRIVAL. MRI BRAIN AT {{LOCATION:37 MILITARY HOSPITAL}}: PARIETO-OCCIPITAL VASOGENIC OEDEMA.
COURSE: IV LABETALOL, THEN NIFEDIPINE RETARD 20MG BD, AMLODIPINE 10MG, LOSARTAN HELD (K 5.6). PHENYTOIN LOADED, WEANED BY DAY 7. VISION RECOVERED DAY 4. REVIEWED BY NEPHROLOGY (DR {{NAME:ABDUL-RAHMAN IDDRISU}}).
CARE AT HOME: DAUGHTER {{NAME:AKOSUA}} (NURSE AT {{LOCATION:RIDGE HOSPITAL}}) WILL CHECK BP DAILY. HOME BP MACHINE SN {{DEVICE:OMR-HEM7120-4471}}.
FOLLOW UP: MOPD {{DATE:29/08/2025}}, RENAL CLINIC {{DATE:12/09/2025}}. CONTACT: {{PHONE:024 555 0147}} (HUSBAND), {{PHONE:020 555 0191}} (SON).
SIGNED: DR {{NAME:E. G. ARTHUR}} FOR DR {{NAME:OSEI-TUTU}}
`,
  },
  {
    id: 't23-056',
    kind: 'patient-portal thread about records access (all lower case)',
    text: `
message 1 - from {{NAME:tevita fonua}} - {{DATE:10 june 2025}}
hi, i need copies of my records from my knee surgery at {{LOCATION:middlemore}} in 2019 for my acc claim ({{OTHER_ID:acc-44190771}}). my case manager {{NAME:losaline}} says the clinic has to send them to {{EMAIL:claims.team@example.co.nz}}. my address now is {{LOCATION:14b tui street}}, {{LOCATION:mangere east}}, {{LOCATION:auckland}} {{LOCATION:2024}}. phone {{PHONE:022 555 0418}}.

message 2 - from {{NAME:helen mcgillivray}} (medical records) - {{DATE:11 june 2025}}
kia ora {{NAME:tevita}}, we need a signed release form. you can sign online at {{URL:https://records.example.nz/release?id=77104}}. for privacy we verified your login came from {{IP:203.0.113.9}}, is that you?

message 3 - from {{NAME:tevita fonua}} - {{DATE:11 june 2025}}
yes that's my work computer at the freight depot in {{LOCATION:onehunga}}. also can you include the physio notes from {{LOCATION:manukau superclinic}}, the physio was {{NAME:kirsten de wet}}. and my mum {{NAME:mele}} wants to know if she can get her records too, she's {{AGE_OVER_89:90}} so i do her stuff.

message 4 - from {{NAME:helen mcgillivray}} - {{DATE:12 june 2025}}
got it, sent. for your mum, she needs to name you as her agent on a separate form - or her epoa papers if she has them.
`,
  },
  {
    id: 't23-057',
    kind: 'police-hospital liaison form (all capitals)',
    text: `
POLICE / HOSPITAL LIAISON FORM          {{LOCATION:ROYAL LONDON HOSPITAL}}, {{LOCATION:WHITECHAPEL}}
DATE {{DATE:03/05/2025}}  TIME 0140   CAD REF {{OTHER_ID:CAD 0441 03MAY25}}   OFFICER PC {{NAME:DANIEL ADEBOWALE-SMITH}} {{OTHER_ID:4471HT}}
PATIENT: {{NAME:NOWAK, KAROLINA}}   DOB {{DATE:11/09/1996}}   ADDRESS {{LOCATION:FLAT 22, SUTTON HOUSE}}, {{LOCATION:HOMERTON HIGH ST}}, {{LOCATION:E9 6JQ}}
INJURIES: LACERATION L FOREARM, ?ASSAULT WITH BOTTLE OUTSIDE {{LOCATION:THE DOLPHIN PUB}}, {{LOCATION:MARE ST}}. SUTURED IN ED BY DR {{NAME:ABIMBOLA FADAHUNSI}}.
SUSPECT DESCRIBED AS MALE, KNOWN TO PT AS "{{NAME:KUBA}}" - {{NAME:JAKUB ZIELINSKI}}, EX-PARTNER. DRIVES GREY VW GOLF REG {{VEHICLE:LR17 KZP}}.
PATIENT CONSENTS TO PHOTOGRAPHS OF INJURIES: {{PHOTO:RLH_ED_0140_01.JPG}}, {{PHOTO:RLH_ED_0140_02.JPG}}
SAFEGUARDING: IDVA {{NAME:SHANTELLE OBI}} INFORMED, MARAC REFERRAL. FRIEND {{NAME:PAULINA}} TO STAY WITH PT AT REFUGE? NO - PT GOING TO SISTER {{NAME:MAGDA}} IN {{LOCATION:LEYTON}}.
PT MOBILE {{PHONE:07700 900771}}. NI NO {{OTHER_ID:QQ 12 34 56 C}}.
ED CONSULTANT: DR {{NAME:RAVINDRA BHATTACHARYA}}   NURSE IN CHARGE {{NAME:BLESSING OKONKWO}}
`,
  },
  {
    id: 't23-058',
    kind: 'voice-dictation output, geriatric home visit (all lower case)',
    text: `
home visit note doctor {{NAME:sunniva haldorsen}} geriatric outreach {{DATE:the ninth of january twenty twenty five}} new paragraph
patient {{NAME:olav kristoffer bakke}} {{AGE_OVER_89:ninety six}} years old seen at his farmhouse at {{LOCATION:nedre lia gard}} outside {{LOCATION:lillehammer}} with his niece {{NAME:solveig bakke-amundsen}} and home nurse {{NAME:jorunn}} from {{LOCATION:fabergstolen}} home care full stop
he lives alone since his wife {{NAME:ingeborg}} died in {{DATE:october}} comma his neighbour {{NAME:per-ivar}} brings wood and checks on him morning and evening full stop
falls two in the last month comma one in the barn full stop mmse twenty four out of thirty full stop orthostatic drop twenty five systolic comma stopped doxazosin new paragraph
safety alarm pendant serial {{DEVICE:safe-no-0044719}} fitted but he takes it off at night full stop niece will ask the alarm centre in {{LOCATION:gjovik}} about a bed sensor full stop
pharmacist {{NAME:ahmad rahimi}} at {{LOCATION:apotek 1 lillehammer}} will make a multidose pack full stop
next visit with doctor {{NAME:haldorsen}} in four weeks comma or earlier if {{NAME:jorunn}} calls {{PHONE:+47 555 01 447}} end of dictation
`,
  },
  {
    id: 't23-059',
    kind: 'access-control and biometric log (all capitals)',
    text: `
PHARMACY VAULT ACCESS LOG   {{LOCATION:CEDARS-SINAI MARINA DEL REY HOSPITAL}}   EXPORTED {{DATE:2025-11-02}}
TIME   USER                         METHOD         TEMPLATE ID                RESULT
0612   {{NAME:NAKASHIMA-BELL, RYO}} PHARMD      FINGERPRINT    {{BIOMETRIC:FPT-7731-A0}}                GRANTED
0640   {{NAME:OYELOWO, FOLASADE}} CPHT          FINGERPRINT    {{BIOMETRIC:FPT-4471-C2}}                GRANTED
0703   {{NAME:HAKOBYAN, ARMEN}} RPH             IRIS           {{BIOMETRIC:IRS-00918-K}}                DENIED (RETRY)
0704   {{NAME:HAKOBYAN, ARMEN}} RPH             IRIS           {{BIOMETRIC:IRS-00918-K}}                GRANTED
0930   {{NAME:VASQUEZ Y LLORENTE, PILAR}}       BADGE+PIN      BADGE {{OTHER_ID:CSM-441907}}           GRANTED
1115   UNKNOWN                      FACE           {{BIOMETRIC:FACE-UNM-77}}                 DENIED - ALERT
NOTE: 1115 IMAGE SAVED {{PHOTO:VAULT_CAM2_1115.JPG}}. SECURITY (OFFICER {{NAME:TUIASOSOPO}}) REVIEWED - DELIVERY DRIVER FROM CARDINAL, NO ACCESS ATTEMPTED BEYOND DOOR.
AUDIT CC: PHARMACY DIRECTOR DR. {{NAME:GWENDOLYN ACHTERBERG}}, COMPLIANCE {{EMAIL:RX.COMPLIANCE@CSMDR.EXAMPLE.ORG}}
`,
  },
  {
    id: 't23-060',
    kind: 'chat transcript with a pharmacy (all lower case)',
    text: `
[{{DATE:2025-07-14}} 16:20] customer: hi im picking up for my husband {{NAME:arjun venkataraman}}, dob {{DATE:5/5/1979}}
[16:21] pharmacist {{NAME:noor}}: hi! i can help. is this the metformin and the atorvastatin?
[16:21] customer: yes and also the ozempic pen, dr {{NAME:szczepanski}} said it was sent yesterday
[16:23] pharmacist {{NAME:noor}}: the ozempic needs prior auth, we faxed dr {{NAME:szczepanski}}'s office at {{FAX:(630) 555-0119}} this morning. the other two are ready.
[16:24] customer: ugh ok. i'm {{NAME:lakshmi}} btw. can you text me when it's approved, {{PHONE:(630) 555-0142}}
[16:24] pharmacist {{NAME:noor}}: will do. also his insurance changed? we have member id {{HEALTH_PLAN:zgp4419077}} on file
[16:25] customer: new one is {{HEALTH_PLAN:w0044719021}}, through my job at {{LOCATION:edward hospital}}
[16:26] pharmacist {{NAME:noor}}: updated. pick up at the {{LOCATION:ogden ave}} store drive-thru, show your dl. we'll need the last four of his ssn for the controlled log? no - not for these, never mind.
[16:26] customer: lol ok. my sister-in-law {{NAME:kavya}} might pick up tomorrow instead, she's on the list
[16:27] pharmacist {{NAME:noor}}: yes i see {{NAME:kavya ramanathan}} as authorised. see you soon!
`,
  },
  {
    id: 't23-061',
    kind: 'ambulance patient care record, rural (all capitals)',
    text: `
PATIENT CARE RECORD   {{LOCATION:KAMLOOPS}} STATION 271   EVENT {{OTHER_ID:25-104471}}   {{DATE:AUG 23 2025}}
LOCATION: {{LOCATION:KM 42, HWY 5A}} NEAR {{LOCATION:QUILCHENA}}, BC - PULLOUT BY {{LOCATION:NICOLA LAKE}}
PT: {{NAME:JULES ST-ONGE-MANUEL}}  M  DOB {{DATE:1962-02-17}}  BC PHN {{HEALTH_PLAN:9044 719 077}}
FROM: {{LOCATION:SPAXOMIN}}, {{LOCATION:DOUGLAS LAKE RD}}. NLAKA'PAMUX / SYILX FAMILY. WIFE {{NAME:DORIS MANUEL}} DRIVING BEHIND IN PICKUP BC {{VEHICLE:PL 7741Z}}.
HX: FELL FROM HORSE AT RODEO GROUNDS, LANDED ON R SHOULDER. HELMET NO. LOC NO. PAIN 8/10 R CLAVICLE, DEFORMITY.
VS: BP 138/82 HR 96 RR 20 SPO2 97% GCS 15. FENTANYL 50 MCG IN X2. SLING AND SWATHE.
DEST: {{LOCATION:ROYAL INLAND HOSPITAL}}. REPORT TO CHARGE NURSE {{NAME:AMRIT DHALIWAL}}.
ELDER {{NAME:MARY JACK}} ({{AGE_OVER_89:92}}) ON SCENE, ASKED THAT FAMILY BE CALLED: SON {{NAME:BRANDON}} {{PHONE:250-555-0177}}.
CREW: PCP {{NAME:K. LAROCQUE}} (LIC {{LICENSE:BC-EMA-044719}}), ACP {{NAME:S. WU}} (LIC {{LICENSE:BC-EMA-077190}}).
`,
  },
  {
    id: 't23-062',
    kind: 'portal message from a patient abroad (all lower case)',
    text: `
subject: blood thinner while travelling - {{NAME:ayelet ben-david}} (mrn {{MRN:44190771}})

shalom dr {{NAME:gutierrez-noor}},
i'm in {{LOCATION:haifa}} with my parents until {{DATE:july 30}} (my dad {{NAME:yosef}} is {{AGE_OVER_89:91}} and needs me here) and i ran out of warfarin. my inr here at {{LOCATION:rambam}} was 3.6 on {{DATE:july 8}}. the doctor there, dr {{NAME:zoabi}}, gave me coumadin 2.5 which is the same thing? he said to repeat at the {{LOCATION:maccabi clinic}} on {{LOCATION:herzl street}}.
my cousin {{NAME:noa shapiro}} in {{LOCATION:ramat gan}} is a nurse and can draw it. can you look at the results if i upload them? here is the link from their portal: {{URL:https://results.example.co.il/s/kq77a}}
also my husband {{NAME:daniel}} back home in {{LOCATION:skokie}} says a letter came about my device check - the loop recorder, serial {{DEVICE:lnq-22-0447190}}. can it wait till {{DATE:august}}?
my israeli phone: {{PHONE:+972 54 555 0177}}. thanks, {{NAME:ayelet}}
`,
  },
  {
    id: 't23-063',
    kind: 'legacy HIS discharge summary, psychiatry (all capitals)',
    text: `
DISCHARGE SUMMARY - {{LOCATION:ST. JOHN OF GOD HOSPITAL}}, {{LOCATION:STILLORGAN}}         PRINTED {{DATE:30/09/2025}}
PATIENT: {{NAME:MAC GIOLLA PHADRAIG, CATHAL}}   MRN {{MRN:SJOG-0044719}}   DOB {{DATE:08/02/1983}}   PPSN {{OTHER_ID:7731904QA}}
ADMITTED {{DATE:02/09/2025}} (VOLUNTARY)   DISCHARGED {{DATE:29/09/2025}}   CONSULTANT: DR {{NAME:NIAMH UI BHRIAIN}}
DIAGNOSIS: BIPOLAR AFFECTIVE DISORDER, CURRENT EPISODE MANIC WITHOUT PSYCHOTIC FEATURES.
BACKGROUND: LIVES WITH PARTNER {{NAME:SORCHA}} AND DAUGHTER {{NAME:AOIBHINN}} (6) AT {{LOCATION:12 CLONKEEN ROAD}}, {{LOCATION:DEANSGRANGE}}, {{LOCATION:CO. DUBLIN}} {{LOCATION:A94 X7K4}}. WORKS AS A SECONDARY TEACHER AT {{LOCATION:BLACKROCK COLLEGE}}.
COURSE: LITHIUM RESTARTED, LEVEL 0.8 ON {{DATE:25/09}}. OLANZAPINE 10MG NOCTE. SLEEP NORMALISED. INSIGHT GOOD BY WEEK 3. OT AND PSYCHOLOGY (DR. {{NAME:FEARGAL DOYLE}}) INPUT.
BROTHER {{NAME:EOGHAN}} ASKED NOT TO BE GIVEN INFORMATION - RESPECTED.
FOLLOW UP: {{LOCATION:CLUAIN MHUIRE}} COMMUNITY MENTAL HEALTH TEAM, KEY WORKER {{NAME:TRISH NOLAN}} CNS, {{DATE:07/10/2025}}. LITHIUM LEVEL AT GP (DR {{NAME:O'MAHONY}}, {{LOCATION:KILL LANE SURGERY}}).
DRIVING: ADVISED NOT TO DRIVE X 3 MONTHS (LICENCE {{LICENSE:IE 831044719}}).
`,
  },
  {
    id: 't23-064',
    kind: 'night-shift group chat of a ward team (all lower case)',
    text: `
[ward 6 nights chat] sat {{DATE:22 nov}}
22:04 {{NAME:ama}}: bay 2 bed 4 mrs {{NAME:szabo}} keeps asking for her son {{NAME:laszlo}}. he's driving from {{LOCATION:debrecen}}?? no wait from {{LOCATION:dover}}, arrives 2am
22:06 {{NAME:kieran}}: ok. security know? main doors lock at 11
22:07 {{NAME:ama}}: told {{NAME:gary}} on the front desk
22:40 {{NAME:priyanka}}: side room 3 mr {{NAME:oyelaran}} news 7, doctor {{NAME:chukwuemeka}} (fy1) coming. sepsis 6 started
23:15 {{NAME:kieran}}: bed 9 {{NAME:wilhelmina "billie" crouch}} {{AGE_OVER_89:97}} fell in toilet, no injury, datix {{OTHER_ID:w44719}} done
23:16 {{NAME:ama}}: has her daughter been called? {{NAME:june}}? number on front of notes {{PHONE:01304 555 019}}
23:20 {{NAME:kieran}}: left voicemail. she lives in {{LOCATION:deal}} so won't come tonight
01:58 {{NAME:gary}}: {{NAME:laszlo szabo}} at front door, sending him up
02:30 {{NAME:priyanka}}: {{NAME:oyelaran}} going to hdu, handed to sister {{NAME:grace}}. his wife {{NAME:folake}} is on her way from {{LOCATION:folkestone}}
06:45 {{NAME:ama}}: handover at 7:30 in the office pls. biscuits from {{NAME:kieran}}'s mum
`,
  },
];
