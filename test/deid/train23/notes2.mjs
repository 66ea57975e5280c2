// train23 notes 2: pager messages and switchboard logs in capitals, quick nursing notes and search-box queries
// in lower case, a VA-style legacy progress note, a mental-health text line.
export default [
  {
    id: 't23-010',
    kind: 'pager message log (all capitals)',
    text: `
PAGING SYSTEM EXPORT {{DATE:10/22/2025}}  {{LOCATION:MERCY HEALTH ST. ANNE}}  OPERATOR {{NAME:LAKISHA W}}
2301 TO 4471 (DR {{NAME:AYODELE}}): PT {{NAME:KRISTIANSEN, BO}} RM 512 K 6.1 REPEAT PENDING, PLS CALL X3322 - {{NAME:FAITH}} RN
2309 TO 4471: 2ND PAGE. {{NAME:KRISTIANSEN}} NOW HR 48. RRT CALLED.
2314 FROM 4471: ON MY WAY. GIVE CA GLUCONATE 1G, ECG STAT.
2340 TO 5188 (HOSPITALIST {{NAME:NGUYEN THI LAN}}): NEW ADMIT FROM ED, {{NAME:BARAKZAI, GUL MAKAI}} 71F, DKA. FAMILY ({{NAME:NAVEED}}, SON) CB {{PHONE:419-555-0172}}
0012 TO 5188: INTERPRETER PASHTO VIA VRI IS DOWN, USE LANGUAGE LINE ID {{OTHER_ID:LL-884120}}
0105 TO 2290 (PHARM {{NAME:DEEPIKA}}): INSULIN GTT ORDER NEEDS VERIFY RM 606
0220 TO 4471: {{NAME:KRISTIANSEN}} K 5.2 AFTER LOKELMA, WIFE {{NAME:ASTRID}} ASKING FOR UPDATE - HER CELL {{PHONE:419-555-0139}}
0410 TO SECURITY: VISITOR FROM {{LOCATION:PERRYSBURG}} IN LOBBY ASKING FOR {{NAME:BARAKZAI}}, NOT ON LIST
`,
  },
  {
    id: 't23-011',
    kind: 'quick nursing notes (all lower case)',
    text: `
{{DATE:3/8}} 0700 rn {{NAME:t. mahlangu}}: pt {{NAME:oyelaran, funmilayo}} resting, pain 3/10 after oxy 5. foley draining clear. husband {{NAME:kunle}} stayed overnight on recliner.
{{DATE:3/8}} 0930: pt to ir for picc, consent signed w/ dr {{NAME:hashemi}}. picc 4fr power, lot 22k0419 (not a serial). pt asked that her pastor, rev {{NAME:abiodun}} from {{LOCATION:redeemed christian church, grove st}}, be allowed to visit.
{{DATE:3/8}} 1340: back from ir. daughter {{NAME:tolu}} on phone from {{LOCATION:lagos}}, wants call back on whatsapp {{PHONE:+234 803 555 0142}}. told her to use the portal.
{{DATE:3/8}} 1600 {{NAME:g. castellanos-mora}} lpn: vanc trough drawn. walked in hall w/ pt x2, steady w/ rolling walker. dietitian {{NAME:brigid}} left note re renal diet.
{{DATE:3/8}} 1845: {{NAME:kunle}} went home to {{LOCATION:hilliard}} to feed the dogs, back tomorrow am. pt settled, call light in reach. endorsed to nights ({{NAME:wiremu}}).
`,
  },
  {
    id: 't23-012',
    kind: 'switchboard and bed-bureau log (all capitals)',
    text: `
BED BUREAU LOG  {{LOCATION:ROYAL INFIRMARY OF EDINBURGH}}  FRI {{DATE:06 DEC 2024}}
0815 GP DR {{NAME:MACLEOD}} ({{LOCATION:BONNYRIGG HEALTH CENTRE}}) REFERS {{NAME:ISLA FRASER-MUNRO}}, 34, ?SEPSIS. CHI {{OTHER_ID:1208901144}}. TO AMU.
0840 NHS 24 REFERS {{NAME:GRZEGORZ WOJCIECHOWSKI}}, 58, CHEST PAIN, FROM {{LOCATION:17/3 CALDER GROVE}}, {{LOCATION:SIGHTHILL}}. TO ED VIA SAS.
0912 {{LOCATION:ST JOHN'S LIVINGSTON}} REQUEST TRANSFER OF {{NAME:MOHAMED ABDIRAHMAN ISSE}} TO WARD 118 (NEUROSURGERY). ACCEPTED BY MR {{NAME:KOUTSOUKOS}}.
1004 SWITCHBOARD: DAUGHTER OF {{NAME:ELSPETH BAIN}} RINGING FROM {{LOCATION:THURSO}}, PUT THROUGH TO WARD 206. CALLBACK {{PHONE:01847 555 019}}
1130 DELAYED DISCHARGE: {{NAME:HAMISH GUNN}}, {{AGE_OVER_89:96}}, AWAITING BED AT {{LOCATION:DUNEDIN HOUSE CARE HOME}}, {{LOCATION:CRAIGLOCKHART}}. SW {{NAME:PRIYA NAIR}}.
1215 NB GLASGOW COMA SCALE AND NEWS2 ARE NOT PEOPLE - DATA CLERK {{NAME:JB}} PLS STOP TYPING THEM IN NAME FIELD.
1420 {{LOCATION:WESTERN GENERAL}} ASKS FOR ICU BED FOR {{NAME:AILSA DRUMMOND-KAUR}}, 41. NONE - ESCALATED TO SITE MANAGER {{NAME:COLIN AITKEN}}. PATIENT HELD IN {{LOCATION:WGH}} RECOVERY. DATE OF NEXT REVIEW {{DATE:07 DEC 2024}}.
`,
  },
  {
    id: 't23-013',
    kind: 'search-box queries from a clinical intranet (all lower case)',
    text: `
query log export, intranet search, {{DATE:2025-05-19}}
> dr {{NAME:aroha te whata}} pager
> {{NAME:okafor}} neuro clinic fax
> hba1c target elderly
> patient {{NAME:miguel angel de la cruz y zamora}} mrn {{MRN:0051290}}
> how to order cxr portable
> {{LOCATION:ellerslie}} dialysis unit phone
> {{NAME:ciaran}} physio {{LOCATION:greenlane}}
> warfarin inr 4.2 no bleeding
> {{NAME:siobhan mac an tsaoir}} consent form
> ward 32 {{LOCATION:middlemore}} parking
> {{NAME:grace bishop}} social worker
> nkda abbreviation meaning
> {{LOCATION:starship}} picu transfer form
> {{NAME:pita havili}} {{DATE:12/04/1988}}
> ekg machine not printing
> {{LOCATION:24 great south rd}} {{LOCATION:otahuhu}}
> who is on call ortho tonight {{NAME:lemalu}}?
> interpreter samoan
> {{NAME:hone}} whanau meeting room booking
> fax number for {{LOCATION:counties manukau}} district nursing {{LOCATION:papakura}}
> {{FAX:09 555 0147}} who owns this fax
> ssn {{SSN:000-12-4471}} lookup (wrong system - us visitor?)
> {{IP:192.0.2.61}} printer ward 7
> {{LOCATION:remuera}} {{LOCATION:42 victoria ave}} home visit {{DATE:23/05}}
`,
  },
  {
    id: 't23-014',
    kind: 'VA-style legacy progress note (all capitals)',
    text: `
LOCAL TITLE: PRIMARY CARE NOTE            STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: {{DATE:APR 03, 2025}}@09:14   ENTRY DATE: {{DATE:APR 03, 2025}}@10:02:11
AUTHOR: {{NAME:RUNNINGWATER,LORETTA J}}   EXP COSIGNER: {{NAME:ABERCROMBIE,DEAN}}
URGENCY:                                   STATUS: COMPLETED
PT: {{NAME:SAMPSON,CORNELIUS T}}  SSN: {{SSN:000-44-8816}}  {{LOCATION:TUCSON VAMC}} - {{LOCATION:CASA GRANDE CBOC}}
79 YO ARMY VETERAN (KOREA DMZ 1967-68), LIVES IN {{LOCATION:ELOY}} WITH WIFE {{NAME:BERNADETTE}}. F/U HTN, CKD3, PTSD.
BP 142/88. ON LISINOPRIL 20, AMLODIPINE 10. PCL-5 38. SEES DR. {{NAME:ESPINOZA-LUJAN}} MH Q2MO.
VETERAN REQUESTS TRAVEL PAY TO {{LOCATION:PHOENIX}} FOR UROLOGY. BENEFICIARY TRAVEL REF {{OTHER_ID:BT-25-093318}}.
HOME TELEHEALTH BP CUFF SN {{DEVICE:A&D-5133204}}. SON {{NAME:CORNELIUS}} JR HELPS WITH MYHEALTHEVET.
/ES/ {{NAME:LORETTA J RUNNINGWATER}}, RN
ADDENDUM {{DATE:APR 07, 2025}}: WIFE CALLED - NEW ADDRESS {{LOCATION:1120 W SUNLAND GIN RD}}, {{LOCATION:ARIZONA CITY}} AZ {{LOCATION:85123}}. VA HEALTH BENEFITS ID {{HEALTH_PLAN:VHIC-4419077}}. TRAVEL CLAIM SUBMITTED VIA {{URL:HTTPS://ACCESSVA.EXAMPLE.GOV/BTSSS/4419}}. PAY TO ACCT ENDING {{ACCOUNT:7719}}.
`,
  },
  {
    id: 't23-015',
    kind: 'crisis text line transcript (all lower case)',
    text: `
texter: hey. idk if this is the right place
counselor ({{NAME:jules}}): you're in the right place. i'm {{NAME:jules}}. what's going on tonight?
texter: my name is {{NAME:kaveh}}. i got discharged from {{LOCATION:sheppard pratt}} on friday the {{DATE:9th}} and i feel like i'm falling apart again
counselor: thank you for telling me, {{NAME:kaveh}}. are you safe right now?
texter: yeah im at my cousin {{NAME:darya}}'s apartment in {{LOCATION:towson}}. {{LOCATION:dulaney valley rd}}. she's asleep
counselor: is there someone on your care team you can reach tomorrow?
texter: my therapist ms. {{NAME:abramowitz}} at the {{LOCATION:greenspring clinic}}. her number is {{PHONE:410-555-0199}}
counselor: that's a good plan. do you have your safety plan from discharge?
texter: yeah dr {{NAME:oyewole}} wrote it w me. it says call {{NAME:darya}} or 988
counselor: you're doing that right now by texting. can we go through the first step together?
`,
  },
  {
    id: 't23-016',
    kind: 'teletype transfer request (all capitals)',
    text: `
TLX 0447 FM {{LOCATION:BOSASO GENERAL HOSPITAL}} TO {{LOCATION:HARGEISA GROUP HOSPITAL}} ATTN DR {{NAME:ABDILLAHI WARSAME}}
DTG 0930Z {{DATE:16 MAY 25}}
REQ TRANSFER PT {{NAME:FADUMO HASSAN GUULED}} F 26 G3P2 AT 34/40 ECLAMPSIA X2 FITS GIVEN MGSO4 4G IV + 10G IM
BP 170/115 NOW 150/100 ON LABETALOL. PROTEINURIA 3+. FETAL HR 140 REG.
HUSBAND {{NAME:CALI MAXAMED}} TRAVELLING WITH PT. CONTACT VIA CLINIC SAT PHONE {{PHONE:+252 90 555 0114}}
TRANSPORT BY ROAD VIA {{LOCATION:GAROWE}} - ETA 14 HRS. ESCORT MIDWIFE {{NAME:SAHRA}}.
PLS CONFIRM BED AND BLOOD (O POS X2). RPT O POS.
MSG ENDS. OPR {{NAME:YUSUF}}
`,
  },
  {
    id: 't23-017',
    kind: 'patient-portal message thread, physiotherapy (all lower case)',
    text: `
from: {{NAME:maeve o'sullivan-rahimi}}  to: {{NAME:declan}} (physio)  sent {{DATE:22 jan 2025}}
hi {{NAME:declan}}, quick one - my knee is still swelling after the stairs at work ({{LOCATION:cork university hospital}} laundry, basement). the exercises from {{DATE:jan 9th}} are fine but the step-ups kill me. should i keep going? my gp dr {{NAME:lynch}} in {{LOCATION:douglas}} said to ask you. also can i switch to the {{LOCATION:mallow}} clinic, it's nearer my mam's house in {{LOCATION:ballyclough}}.

from: {{NAME:declan fitzgerald-adeyemi}}  sent {{DATE:23 jan 2025}}
hi {{NAME:maeve}}, drop the step-ups for a week and keep the quads sets and bike. ice after work. i've asked {{NAME:orla}} at the front desk to move you to {{LOCATION:mallow}}, thursdays with {{NAME:senan}}. ring {{PHONE:021 555 0190}} if the swelling goes hot or red.
`,
  },
  {
    id: 't23-018',
    kind: 'ward handover sheet, paediatrics (all capitals)',
    text: `
PAEDS WARD 3 HANDOVER {{DATE:11/06}} 1930   DAY: {{NAME:S. NAIDOO}}  NIGHT: {{NAME:R. PILLAY-MOODLEY}}
1 {{NAME:MTHEMBU, LWAZI}} 4Y M  BRONCHIOLITIS, HFNC 2L/KG. MUM {{NAME:ZANELE}} RESIDENT. ACCOUNT {{ACCOUNT:PMB-000412288}}.
2 {{NAME:VAN WYK, JUANITA}} 9Y F  DKA RESOLVING, SC INSULIN FROM 2200. SCHOOL: {{LOCATION:LAERSKOOL DE KRUIN}}. GRAN {{NAME:SANNIE}} PHONES NIGHTLY.
3 {{NAME:GOVENDER, AARAV}} 7M M  GASTRO, IVF. FROM {{LOCATION:CHATSWORTH}}, UNIT 6. DAD {{NAME:KUBENDRAN}} CELL {{PHONE:082 555 0173}}.
4 {{NAME:BOTHA-NKOSI, GIFT}} 12Y M  #SUPRACONDYLAR K-WIRES. FOR THEATRE LIST {{DATE:12/06}} IF SPACE.
5 {{NAME:MOKOENA, PRECIOUS}} 2Y F  TB MENINGITIS SUSPECTED, LP DONE. REFERRAL FROM {{LOCATION:EDENDALE HOSPITAL}}. SOCIAL WORKER {{NAME:THANDEKA}} TO SEE AM.
NOTE: MEDICAL AID NO FOR BED 2 IS {{HEALTH_PLAN:DISC-0033921874}} (DISCOVERY) - ADMIN PLS UPDATE.
`,
  },
];
