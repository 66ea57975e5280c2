// train23 notes 4: occupational-health and pharmacy printouts in capitals, family group chat and dictated
// home-visit notes in lower case, a security incident log, a lab requisition, a biometric-enrolment record.
export default [
  {
    id: 't23-028',
    kind: 'pharmacy label and dispensing log (all capitals)',
    text: `
{{LOCATION:FARMACIA SAN JUDAS TADEO}} - {{LOCATION:2930 S CENTRAL AVE}}, {{LOCATION:PHOENIX}} AZ {{LOCATION:85040}}  TEL {{PHONE:602-555-0114}}  FAX {{FAX:602-555-0115}}
RX# {{OTHER_ID:6621408}}   FILLED {{DATE:07/21/25}}   REFILLS 2 BEFORE {{DATE:01/21/26}}
{{NAME:QUISPE HUAMAN, WILFREDO}}   DOB {{DATE:09/09/1970}}
ELIQUIS 5 MG TABLET  #60   TAKE 1 TABLET BY MOUTH TWICE DAILY
PRESCRIBER: {{NAME:GALLARDO-ITURBE, NOEMI}} NP   DEA {{LICENSE:MG4471093}}   NPI {{OTHER_ID:1588990012}}
PLAN: AHCCCS  ID {{HEALTH_PLAN:A44190277}}  BIN 610494 PCN ADV GRP RX8888
PICKED UP BY: WIFE {{NAME:FLORENCIA}} - ID AZ DL {{LICENSE:D07741329}}
COUNSELED BY RPH {{NAME:T. BEGAY-YELLOWHORSE}} - SPANISH, WITH QUECHUA PHRASES BY PT'S NIECE {{NAME:KUSI}}
`,
  },
  {
    id: 't23-029',
    kind: 'family group chat pasted into a message (all lower case)',
    text: `
pasted from our family chat for dr {{NAME:lindqvist}}, sorry it's messy - {{NAME:astrid}}

[{{DATE:14/05}} 21:10] {{NAME:astrid}}: farmor fell again at {{LOCATION:solbacken}} (the care home in {{LOCATION:skelleftea}}), they sent her to {{LOCATION:norrlands universitetssjukhus}}
[{{DATE:14/05}} 21:12] {{NAME:nils-erik}}: which ward? i can drive from {{LOCATION:lycksele}} tomorrow
[{{DATE:14/05}} 21:15] {{NAME:astrid}}: ortopeden. nurse said her name is spelled {{NAME:britt-marie haapaniemi}} in the system not haapanen
[{{DATE:14/05}} 21:20] {{NAME:jonna}}: she's {{AGE_OVER_89:92}}, they shouldn't operate without asking us. who is her doctor
[{{DATE:14/05}} 21:21] {{NAME:astrid}}: dr {{NAME:lindqvist}} and a young one called {{NAME:emre}}
[{{DATE:15/05}} 07:02] {{NAME:nils-erik}}: personnummer for the form is {{OTHER_ID:19320811-4402}}, don't post it anywhere else
[{{DATE:15/05}} 07:05] {{NAME:jonna}}: lol you just posted it
`,
  },
  {
    id: 't23-030',
    kind: 'occupational-health fitness report (all capitals)',
    text: `
OCCUPATIONAL HEALTH - FITNESS FOR WORK   {{LOCATION:PORT HEDLAND}} SITE MEDICAL CENTRE
EMPLOYEE: {{NAME:KOOMBARRA JACKSON, DARCY}}   EMP NO {{OTHER_ID:BHP-0071144}}   DOB {{DATE:12/12/1988}}
ADDRESS: {{LOCATION:7 KABBARLI ST}}, {{LOCATION:SOUTH HEDLAND}} WA {{LOCATION:6722}}
ROLE: HAUL TRUCK OPERATOR, {{LOCATION:YANDI MINE}}. HR LIC WA {{LICENSE:4419027}}
REVIEW {{DATE:03 OCT 2025}} AFTER SYNCOPE AT WORK {{DATE:28 SEP 2025}}. ECG SINUS, QTC 442. HOLTER (SN {{DEVICE:HLT-22-0471}}) NO ARRHYTHMIA. ECHO NORMAL.
AUDIOGRAM: MILD NIHL BILAT. SPIROMETRY NORMAL. DRUG AND ALCOHOL SCREEN NEGATIVE.
SEEN WITH PARTNER {{NAME:SHANAYA}} AND HIS UNCLE {{NAME:CLIFFORD KOOMBARRA}}, ABORIGINAL HEALTH WORKER FROM {{LOCATION:WIRRAKA MAYA}}.
OUTCOME: FIT FOR DUTIES WITH RESTRICTION - NO SOLO NIGHT SHIFTS X4 WEEKS. REVIEW BY DR {{NAME:ANNELIESE VOGT}} (MEDICARE PROV {{OTHER_ID:2441907B}}).
`,
  },
  {
    id: 't23-031',
    kind: 'dictated district-nurse home-visit note (all lower case)',
    text: `
home visit {{DATE:12 march}} to {{NAME:eilidh campbell}} at {{LOCATION:croft 4, borve}}, {{LOCATION:isle of harris}} {{LOCATION:hs3 3ht}}
present her husband {{NAME:angus john}} and the home carer {{NAME:magda wisniewska}} from {{LOCATION:bays care}}
{{NAME:eilidh}} is recovering from a left below knee amputation done at {{LOCATION:western isles hospital}} in {{LOCATION:stornoway}} stump healing well no dehiscence
she speaks gaelic mostly the minister reverend {{NAME:calum macaulay}} was visiting and helped with some words
pressure areas intact braden seventeen
plan district nurse {{NAME:kirsty}} twice weekly and physio from {{LOCATION:tarbert}} on {{DATE:the 19th}}
prosthetics appointment at {{LOCATION:raigmore}} to be arranged ferry booked via {{LOCATION:leverburgh}}
nurse {{NAME:ishbel morrison}}
`,
  },
  {
    id: 't23-032',
    kind: 'security incident log (all capitals)',
    text: `
SECURITY INCIDENT REPORT  {{OTHER_ID:IR-25-1187}}   {{LOCATION:GRADY MEMORIAL}} - ED AMBULANCE BAY
DATE/TIME: {{DATE:08/30/2025}} 0214   OFFICER: SGT. {{NAME:M. OKORIE}} BADGE {{OTHER_ID:4471}}
SUBJECT: VISITOR {{NAME:DESHAWN "TANK" MCCRAY}}, DL GA {{LICENSE:058441907}}, STATES HE IS BROTHER OF PT {{NAME:TERRELL MCCRAY}} (TRAUMA BAY 2).
VEHICLE LEFT IN AMBULANCE LANE: BLACK DODGE CHARGER GA TAG {{VEHICLE:RKL 4417}}, VIN {{VEHICLE:2C3CDXBG5KH554471}}. TOWED BY {{LOCATION:PIEDMONT TOWING}}.
SUBJECT BECAME VERBAL AT TRIAGE DESK, CALMED BY CHAPLAIN REV. {{NAME:ADAOBI NWOSU}}. NO ARREST. APD CASE {{OTHER_ID:252418833}}.
CCTV STILL SAVED: {{PHOTO:CAM14_0214_0830.PNG}}
ALSO PRESENT: MOTHER {{NAME:LORRAINE MCCRAY}} OF {{LOCATION:1190 JOSEPH E BOONE BLVD}}, {{LOCATION:ATLANTA}} {{LOCATION:30314}}.
FOLLOW-UP {{DATE:08/31/2025}}: VEHICLE RELEASED FROM {{LOCATION:PIEDMONT TOWING}} LOT AT {{LOCATION:1440 CHATTAHOOCHEE AVE NW}}. INSURANCE POLICY STATED BY OWNER: NOT PROVIDED. COPY OF REPORT FAXED TO APD ZONE 1 ({{FAX:404-555-0166}}) AND TO RISK MGMT {{EMAIL:RISK@GRADY.EXAMPLE.ORG}}.
`,
  },
  {
    id: 't23-033',
    kind: 'patient-portal message, fertility clinic (all lower case)',
    text: `
hi dr {{NAME:wu-hollings}} and team,
it's {{NAME:leilani kahananui}} (partner of {{NAME:june park}}). our egg retrieval is booked {{DATE:oct 2}} at the {{LOCATION:kapiolani}} ivf suite. couple of things:
1) {{NAME:june}}'s new insurance card came, member id {{HEALTH_PLAN:hmsa-8841907722}}, group 77014. the old one ended {{DATE:sept 30}}.
2) my mom {{NAME:pualani}} will drive us from {{LOCATION:kaneohe}}. is it ok if she waits in the lobby?
3) the consent form link ({{URL:https://consent.example.org/ivf/88190}}) keeps timing out on my phone. i tried from home wifi and from work ({{LOCATION:queens}} hr office) - same.
4) our donor code is {{OTHER_ID:d-4471-k}} in case that matters for the paperwork.
mahalo, {{NAME:lani}} ({{PHONE:808-555-0192}}, {{EMAIL:lani.kahananui@example.com}})
`,
  },
  {
    id: 't23-034',
    kind: 'lab requisition, legacy order screen (all capitals)',
    text: `
ORDER REQUISITION  LAB  PRIORITY: ROUTINE          {{LOCATION:TBILISI CENTRAL HOSPITAL}} / OUTPATIENT
PT: {{NAME:BERIDZE, NINO GIORGIS ASULI}}    ID {{OTHER_ID:01024077213}}    DOB {{DATE:19.04.1975}}
REFERRING: DR {{NAME:LEVAN KAPANADZE}} (HEPATOLOGY)    COPY: DR {{NAME:ANA MKHITARYAN}}
TESTS: HCV RNA QUANT, HCV GENOTYPE, LFT, CBC, AFP, INR
CLINICAL: HCV CIRRHOSIS CHILD A, ON SOF/VEL SINCE {{DATE:02.2025}}. NO ALCOHOL.
ADDRESS: {{LOCATION:VAZHA-PSHAVELA AVE 41, APT 19}}, {{LOCATION:VAKE}}, {{LOCATION:TBILISI}} {{LOCATION:0186}}
CONTACT: HUSBAND {{NAME:GIORGI}} {{PHONE:+995 599 55 01 47}}
SPECIMEN TAKEN {{DATE:11.09.2025}} 0830 BY {{NAME:T.G.}}   TUBE BARCODE {{OTHER_ID:GE250911-0447}}
`,
  },
  {
    id: 't23-035',
    kind: 'biometric enrolment record, methadone clinic (all capitals)',
    text: `
OTP DOSING SYSTEM - PATIENT ENROLMENT     {{LOCATION:NORTHSIDE RECOVERY CENTER}}, {{LOCATION:BALTIMORE}}
CLIENT: {{NAME:PETRAUSKAS, TOMAS}} ALIAS "{{NAME:TOMMY P}}"   CLIENT NO {{MRN:NRC-20417}}
DOB {{DATE:03/15/1984}}   SSN {{SSN:000-39-7741}}   MD MEDICAID {{HEALTH_PLAN:77190044123}}
PALM VEIN TEMPLATE: {{BIOMETRIC:PV-77A2-91C4-0E13}}   FINGERPRINT BACKUP: {{BIOMETRIC:FP-R2-448190}}
PHOTO ON FILE: {{PHOTO:NRC20417_FACE.JPG}}
EMERGENCY CONTACT: SISTER {{NAME:RASA PETRAUSKAITE}} {{PHONE:443-555-0127}}
DOSING: METHADONE 80 MG DAILY, TAKE-HOMES: NONE (PHASE 1). COUNSELOR {{NAME:KEISHA ODUYA}}, LCPC.
CONSENT TO RELEASE TO PROBATION OFFICER {{NAME:D. WRZESNIEWSKI}}, FAX {{FAX:410-555-0102}}. ENROLLED BY {{NAME:JRH}} {{DATE:09/02/2025}}.
`,
  },
  {
    id: 't23-036',
    kind: 'chat with an after-hours nurse line (all lower case)',
    text: `
nurse line chat {{DATE:2025-12-26}} 23:48
user: my son {{NAME:koa}} is 3 and threw up 6 times since dinner at grandma's in {{LOCATION:hilo}}. we're staying at her place on {{LOCATION:kilauea ave}}.
nurse {{NAME:bernadette}}: i'm sorry he's sick. is he peeing? any blood in the vomit or green color?
user: peed at 10. no blood. he's sleepy but wakes up. im {{NAME:malia}} btw, his mom
nurse {{NAME:bernadette}}: thanks {{NAME:malia}}. small sips of pedialyte, 5 ml every 5 minutes. if no pee by 6am or he's hard to wake, go to {{LOCATION:hilo medical center}} er.
user: ok. his dr is dr {{NAME:nakamura-silva}} in {{LOCATION:kona}}, can you tell her
nurse {{NAME:bernadette}}: i'll send this chat to her office. i'll also call you back at 2am - is {{PHONE:808-555-0155}} right?
user: yes. thank you so much
user: update 5:40am - he peed and kept down juice. we'll see dr {{NAME:nakamura-silva}} at the {{LOCATION:kealakehe}} clinic on {{DATE:dec 29}} when we're back on the {{LOCATION:kona}} side. my husband {{NAME:ikaika}} is driving over the saddle road to get us.
`,
  },
];
