// train27 notes 1: telephone triage and nurse-advice line logs, in capitals or lower case throughout.
export default [
  {
    id: 't27-001',
    kind: 'nurse advice line call log (capitals)',
    text: `
NURSE ADVICE LINE - CALL LOG        LINE 3        {{DATE:14/03/2026}} 02:41
CALL ID {{OTHER_ID:NAL-26-0314-00877}}   NURSE: {{NAME:TAMSIN OYELOWO-GRANT}} RN
CALLER: {{NAME:MBALI DLAMINI-FOURIE}} (MOTHER) CB {{PHONE:021 555 0184}}
PT: {{NAME:LWAZI FOURIE}} DOB {{DATE:09/11/2023}} AGE 2Y
CALLING FROM GRANDMOTHER'S HOUSE, {{LOCATION:14 KOEBERG CRESCENT}}, {{LOCATION:MILNERTON}}, {{LOCATION:7441}}.
CC: BARKING COUGH, STRIDOR AT REST? MOTHER HOLDS PHONE TO CHILD - AUDIBLE STRIDOR.
PROTOCOL: CROUP (SCHMITT-THOMPSON). WESTLEY SCORE NOT APPLICABLE BY PHONE.
DISPO: ED NOW. ADVISED {{LOCATION:RED CROSS WAR MEMORIAL CHILDREN'S HOSPITAL}}; FATHER {{NAME:PIETER}} WILL DRIVE.
NO DEXAMETHASONE AT HOME. NO KNOWN ALLERGIES. LAST PARACETAMOL 120 MG AT 23:00.
CALLBACK 03:15 - NO ANSWER. CALLBACK 03:30 - SPOKE WITH {{NAME:PIETER}}, IN TRIAGE AT {{LOCATION:RONDEBOSCH}}.
AUDIT: CALL RECORDING {{OTHER_ID:REC-0314-00877-A}}. SCHMITT-THOMPSON CROUP GUIDELINE V2025, WESTLEY AND SILVERMAN SCALES NOT SCORED. NURSE LICENCE {{LICENSE:SANC 14-402771}}. SUMMARY FAXED TO GP ON {{FAX:021 555 0199}}.
`,
  },
  {
    id: 't27-002',
    kind: 'after-hours triage log (lower case)',
    text: `
after hours triage - {{LOCATION:riverbend family practice}} - sat {{DATE:21 feb}}
taken by {{NAME:k. achterberg}} rn, call 19:05
caller {{NAME:ngaire te awa}} ({{NAME:ngaire}} is the daughter), ph {{PHONE:027 555 0391}}
pt {{NAME:huia te awa}} {{AGE_OVER_89:91}}f, lives alone at {{LOCATION:7 pukeko lane}}, {{LOCATION:otorohanga}}. nhi {{OTHER_ID:zkm4418}}
c/o dizzy since lunch, fell against the dresser, small skin tear l forearm. no loc. on warfarin (marevan) 3mg, inr last week 2.8.
neighbour {{NAME:bruce mcallister}} found her, sitting with her now.
advised: bleeding on warfarin + fall + age = needs assessment tonight. ambulance declined by pt. daughter driving from {{LOCATION:te kuiti}}, eta 40 min, will take her to {{LOCATION:waikato hospital}} ed.
gp dr {{NAME:faleolo}} to be faxed summary monday, fax {{FAX:07 555 0260}}.
safety net given. cb at 20:15: on the road, pt alert.
note: marevan is the warfarin brand; the inr machine at the practice is a coaguchek xs, not the patient's. summary also e-mailed to {{EMAIL:reception@riverbend.example.nz}} for dr {{NAME:faleolo}} (healthlink edi {{OTHER_ID:rivbfp}}).
`,
  },
  {
    id: 't27-003',
    kind: 'nurse line triage record (capitals)',
    text: `
TELEPHONE TRIAGE RECORD - {{LOCATION:MERCY NORTH CLINIC}}
DATE {{DATE:06-02-2026}}  TIME 1422  TRIAGE RN {{NAME:BLESSING ACHEAMPONG}}
PATIENT {{NAME:GUADALUPE ITZEL RAMIREZ DE LA TORRE}}  MRN {{MRN:00831176}}  DOB {{DATE:04-19-1961}}
PHONE ON FILE {{PHONE:(915) 555-0117}}  ALT (SON {{NAME:JOAQUIN}}) {{PHONE:(915) 555-0163}}
LANGUAGE SPANISH - INTERPRETER {{NAME:ARACELI}} ID {{OTHER_ID:45120}} ON LINE
REASON: SWELLING L CALF 3 DAYS AFTER FLIGHT FROM {{LOCATION:TORREON}}. NO CP, NO SOB. WELLS NOT SCORED BY PHONE.
MEDS: METFORMIN 1000 MG BID, JARDIANCE 10 MG, LISINOPRIL 20 MG.
DISPOSITION: SEEN TODAY - SENT TO {{LOCATION:LAS PALMAS URGENT CARE}} ON {{LOCATION:N MESA ST}} FOR DUPLEX.
PT STAYING WITH DAUGHTER {{NAME:YESENIA RAMIREZ OCHOA}} AT {{LOCATION:5120 ALAMEDA AVE APT 3}}, {{LOCATION:EL PASO}} TX {{LOCATION:79905}}.
FOLLOW-UP CALL {{DATE:06-03-2026}} 0915: DUPLEX POSITIVE L POPLITEAL DVT, STARTED XARELTO 15 MG BID. COPAY CARD {{ACCOUNT:XR-5521-0098}}. PT RETURNING TO {{LOCATION:TORREON}} {{DATE:06-20-2026}}; LETTER FOR AIRLINE E-MAILED TO {{EMAIL:YRAMIREZ.OCHOA@EXAMPLE.COM}}.
`,
  },
  {
    id: 't27-004',
    kind: 'pharmacist on-call line (lower case)',
    text: `
on-call pharmacist phone log, {{DATE:3/9/26}}
21:10 call from {{NAME:shira ben-haim}} re her father {{NAME:yosef ben-haim}} ({{AGE_OVER_89:93}}), dob {{DATE:2/2/1933}}
he took two doses of eliquis 5 by mistake tonight (carer {{NAME:ruta}} gave one at 6, he took another at 8).
rx # {{OTHER_ID:6650214}} filled at {{LOCATION:walgreens on coney island ave}}.
no bleeding, no black stool. weight 58 kg, crcl about 30 last month per dr {{NAME:lichtenstein}}.
advised skip tomorrow morning dose, resume evening. poison control not needed but number given (1-800-222-1222 is the national line, not pt's).
call back number {{PHONE:718-555-0142}}. lives at {{LOCATION:1450 ocean pkwy apt 6f}}, {{LOCATION:brooklyn}}.
carer agency {{LOCATION:bikur cholim home care}} informed by daughter.
-- {{NAME:d. oyebanji}}, pharmd
follow-up {{DATE:3/10/26}} 09:00: spoke with {{NAME:ruta}} (carer, lithuanian), gave morning dose skipped as advised, no bruising. pdmp not relevant. pharmacist licence (ny) {{LICENSE:051882}}.
`,
  },
  {
    id: 't27-005',
    kind: 'occupational health helpline (capitals)',
    text: `
OCC HEALTH HELPLINE - NEEDLESTICK REPORT
REF {{OTHER_ID:OH-NS-2026-0419}}    RECEIVED {{DATE:19 APR 2026}} 06:52
EMPLOYEE: {{NAME:SIOSAIA FIFITA}}  STAFF NO {{OTHER_ID:E207731}}  WARD 9B
SITE: {{LOCATION:MIDDLEMORE HOSPITAL}}, {{LOCATION:OTAHUHU}}
REPORTED BY CHARGE NURSE {{NAME:ANAHERA WIREMU}}. SOURCE PATIENT NHI {{OTHER_ID:PRX3391}} (NAME WITHHELD ON LINE).
HOLLOW-BORE NEEDLE, L INDEX FINGER, BLED FREELY. WASHED. SOURCE CONSENT FOR HIV/HBV/HCV BLOODS OBTAINED BY DR {{NAME:VAILEA}}.
EMPLOYEE HEP B IMMUNE (ANTI-HBS 240 IN 2021).
ADVICE: ATTEND ED WITHIN 2 H FOR PEP ASSESSMENT. MANAGER {{NAME:C. HOHAIA}} INFORMED.
EMPLOYEE MOBILE {{PHONE:021 555 0706}}. HOME {{LOCATION:22 TUI STREET}}, {{LOCATION:MANGERE BRIDGE}}.
FOLLOW-UP {{DATE:22 APR 2026}}: SOURCE BLOODS NEGATIVE. PEP STOPPED. BASELINE ANTI-HBS REPEATED. NEXT BLOODS AT 6 WEEKS ({{DATE:31 MAY 2026}}) AT STAFF HEALTH ({{LOCATION:MIDDLEMORE HOSPITAL}}). ACC CLAIM {{OTHER_ID:ACC-44120977}}.
`,
  },
  {
    id: 't27-006',
    kind: 'mental health crisis line log (lower case)',
    text: `
crisis line - contact log - saturday {{DATE:7 march}} - worker {{NAME:eilidh macphee}}
caller gives name as {{NAME:callum}} ("just {{NAME:cal}}"), mobile {{PHONE:07700 900 418}}
says he is in his car in the car park at {{LOCATION:loch lomond shores}}, near {{LOCATION:balloch}}.
drank half a bottle of whisky, has his dad's tablets (co-codamol, sertraline).
kept talking 38 min. he gave his address as {{LOCATION:flat 2/1, 41 kelvinhaugh street}}, {{LOCATION:glasgow}} {{LOCATION:g3 8nu}}.
reg {{VEHICLE:sf19 kxo}} (grey corsa).
police scotland contacted 23:47, incident {{OTHER_ID:pi-0307-2611}}. officer {{NAME:mhairi sutherland}} called back 00:05: found, safe, taken to {{LOCATION:royal alexandra hospital}}.
his sister {{NAME:kirsty mcgarrigle}} (nee {{NAME:macleod}}) rang the line at 00:20, told her only that he is safe.
worker notes: gaelic-speaking? no, english only. risk matrix completed (sad persons not used). follow-up text to {{PHONE:07700 900 418}} on {{DATE:9 march}}: replied "cheers, home now, gp on {{DATE:11th}}". gp practice {{LOCATION:anniesland medical practice}}, fax {{FAX:0141 555 0873}}.
`,
  },
  {
    id: 't27-007',
    kind: 'telephone triage queue export (capitals)',
    text: `
TRIAGE QUEUE EXPORT - {{DATE:2026-01-12}} - POD B
SEQ  TIME  PT                           CALLBACK         DISPO        NURSE
0041 0712  {{NAME:OKAFOR-BELLO, ADAEZE}}        {{PHONE:404-555-0181}}     SELF CARE    {{NAME:JVM}}
0042 0715  {{NAME:NGUYEN THI KIM LOAN}}          {{PHONE:404-555-0126}}     PCP 24H      {{NAME:JVM}}
0043 0731  {{NAME:BISHOP, WILL}}                 {{PHONE:470-555-0199}}     ED NOW       {{NAME:RKT}}
0044 0738  {{NAME:ABERNATHY, SUMMER}}            {{PHONE:678-555-0110}}     SELF CARE    {{NAME:RKT}}
0045 0802  {{NAME:HALVORSEN, TORBJORN}}          {{PHONE:404-555-0154}}     911          {{NAME:JVM}}
0046 0810  {{NAME:QASIMI, FARZANEH}}             {{PHONE:770-555-0102}}     PCP TODAY    {{NAME:DLW}}
NOTES: 0043 CP RADIATING TO JAW, ASPIRIN ADVISED, DRIVEN BY WIFE {{NAME:GRACE}} TO {{LOCATION:PIEDMONT ATLANTA}}.
0045 FOUND BY NEIGHBOR {{NAME:DESHAWN PRUITT}} ON FLOOR AT {{LOCATION:880 PONCE DE LEON AVE NE UNIT 4}}; EMS DISPATCHED.
0046 FARSI INTERPRETER, SON {{NAME:BEHROOZ}} ALSO ON CALL. UTI SYMPTOMS, PCP DR. {{NAME:ANSARI}} SLOT 1340.
LEGEND: JVM, RKT, DLW ARE NURSE INITIALS. SELF CARE / PCP 24H / ED NOW / 911 ARE SCHMITT-THOMPSON DISPOSITIONS. QUEUE SERVER {{IP:203.0.113.9}}. NEXT EXPORT {{DATE:2026-01-13}}.
`,
  },
  {
    id: 't27-008',
    kind: 'nurse advice chat-to-call log (lower case)',
    text: `
advice line note {{DATE:jan 30}} 16:20 - {{NAME:marisol}} rn (ext 4417)
pt {{NAME:tjarnadottir, helga}} dob {{DATE:11/06/1988}} mrn {{MRN:5520381}}
pregnant 34 wks, g2p1, called from work ({{LOCATION:dakota county service center}}, {{LOCATION:apple valley}}).
headache since 10am not relieved by tylenol, seeing spots. home bp cuff (omron) 152/98 and 148/101.
preeclampsia symptoms -> l&d now. husband {{NAME:ragnar}} picking her up, going to {{LOCATION:fairview southdale}}.
ob dr {{NAME:mwangi-holt}} notified via page. l&d charge {{NAME:jo pettersen}} expecting her.
pt email for after-visit summary: {{EMAIL:helga.tj@example.net}}
home bp cuff omron m7 is not a device identifier; no serial recorded. triage guideline: schmitt-thompson pregnancy - hypertension. interpreter not needed (icelandic and english). l&d arrival confirmed 17:05 by {{NAME:jo}}.
`,
  },
  {
    id: 't27-009',
    kind: 'poison information centre log (capitals)',
    text: `
POISONS INFORMATION CENTRE - CASE {{OTHER_ID:PIC26-110385}}
RECEIVED {{DATE:02/05/26}} 10:14 FROM GP SURGERY - DR {{NAME:ANJALI VENKATARAMAN}}, {{LOCATION:MOUNT DRUITT MEDICAL CENTRE}}
PH {{PHONE:(02) 5550 1846}}  FAX {{FAX:(02) 5550 1847}}
PATIENT: {{NAME:KOBE WATSON-DJERRKURA}}, 3Y, 14 KG. MOTHER {{NAME:TAHLIA WATSON}}.
AT AUNTY {{NAME:MARLENE}}'S HOUSE IN {{LOCATION:EMERTON}}: FOUND WITH OPEN BLISTER OF NANS' AMLODIPINE 10 MG, UP TO 3 TABS MISSING.
RISK: POTENTIALLY SERIOUS. ADVISED ED ({{LOCATION:BLACKTOWN HOSPITAL}}), 12 H OBSERVATION, ECG, BSL.
FOLLOW-UP CALL 18:00 TO ED REGISTRAR DR {{NAME:FINNEGAN O'ROURKE}}: HR 104, BP 88/50, ON OBS.
OUTCOME {{DATE:03/05/26}}: DISCHARGED 09:00 TO MOTHER, NO CALCIUM OR INSULIN-DEXTROSE NEEDED. AMLODIPINE BRAND (NORVASC) CHEMIST BLISTER RETURNED TO {{LOCATION:PRICELINE PHARMACY MOUNT DRUITT}}. CHILD'S MEDICARE {{HEALTH_PLAN:5521 90331 2}}.
`,
  },
];
