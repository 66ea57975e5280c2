// train23 notes 5: teletype and telegram-style messages, theatre lists and death records in capitals;
// voice-assistant transcripts, hurried resident notes and portal threads in lower case.
export default [
  {
    id: 't23-037',
    kind: 'theatre list printout (all capitals)',
    text: `
{{LOCATION:ROYAL VICTORIA INFIRMARY}} - MAIN THEATRES - LIST FOR TUESDAY {{DATE:18 FEBRUARY 2025}}
THEATRE 4 (GENERAL SURGERY)  SURGEON: MR {{NAME:OLUWASEUN ADEYINKA-GRAY}}   ANAES: DR {{NAME:HELGA BJORNSDOTTIR}}
0800 {{NAME:ARMSTRONG, GRACE}} 61F  LAP CHOLE. WARFARIN STOPPED {{DATE:13/02}}. BED 22, WARD 9.
0930 {{NAME:NASIR, MUHAMMAD ZUBAIR}} 45M  OPEN INGUINAL HERNIA R. URDU INTERPRETER BOOKED (REF {{OTHER_ID:INT-77104}}).
1100 {{NAME:LOWERY, BISHOP}} 38M  EXCISION PILONIDAL SINUS. LIVES {{LOCATION:BLYTH}}. DRIVER: PARTNER {{NAME:SKYE}}.
1300 {{NAME:CHARLTON-MBEKI, PATIENCE}} 72F  LAP RIGHT HEMICOLECTOMY (CA CAECUM). MDT {{DATE:04/02}}. STOMA NURSE {{NAME:ROWENA}}.
1530 {{NAME:DOBSON, WILL}} 19M  EXAMINATION UNDER ANAESTHESIA, PERIANAL ABSCESS. FROM {{LOCATION:HMP NORTHUMBERLAND}} WITH 2 OFFICERS.
NOTES: LATEX ALLERGY BED 22. MR {{NAME:ADEYINKA-GRAY}} ON LEAVE PM - REGISTRAR MS {{NAME:PAPADOPOULOU}} TO COVER.
LIST COMPILED BY {{NAME:BEV}} X 24417.
`,
  },
  {
    id: 't23-038',
    kind: 'voice-assistant transcript, elderly patient at home (all lower case)',
    text: `
device transcript, home hub, {{DATE:2025-04-02}}
user: hey, call my daughter
assistant: calling {{NAME:marguerite}}, mobile.
user: no, the other one. {{NAME:bernadette}}. in {{LOCATION:lafayette}}.
assistant: calling {{NAME:bernadette thibodeaux}} at {{PHONE:337-555-0119}}.
[call 4 min]
user: remind me to take my eliquis at nine and the lasix at noon
assistant: ok, reminders set for 9 am and 12 pm.
user: what time is my appointment with doctor {{NAME:boudreaux}}
assistant: your calendar shows "dr {{NAME:boudreaux}} cardiology, {{LOCATION:our lady of lourdes}}, {{DATE:april 8}}, 10:15 am".
user: and who's picking me up
assistant: your note says "{{NAME:t-bob}} picks up, or ms. {{NAME:celestine}} from {{LOCATION:st. genevieve church}}".
user: call {{NAME:t-bob}}
assistant: calling {{NAME:thaddeus robichaux}}, home, {{PHONE:337-555-0148}}.
account holder: {{NAME:odile robichaux}}, {{LOCATION:1207 rue chauvin}}, {{LOCATION:breaux bridge}} la {{LOCATION:70517}}. device id {{DEVICE:hh-4c-77-19-a0-02}}. voice profile {{BIOMETRIC:vp-2f91-odile}} (primary), {{BIOMETRIC:vp-77c0-tbob}} (guest).
`,
  },
  {
    id: 't23-039',
    kind: 'death record and mortuary release (all capitals)',
    text: `
MORTUARY RELEASE FORM   {{LOCATION:AUCKLAND CITY HOSPITAL}}   REF {{OTHER_ID:MORT-25-0412}}
DECEASED: {{NAME:FALEOLO, TAVITA IOANE}}   NHI {{OTHER_ID:ZZC7741}}   DOB {{DATE:14/08/1946}}   DOD {{DATE:03/07/2025}} 0215
PLACE OF DEATH: WARD 64 (RENAL)   CERTIFIED BY: DR {{NAME:CHEN YUE}}
CORONER: NOT REQUIRED (DISCUSSED WITH DR {{NAME:RAWIRI PAENGA}}, ON-CALL REG).
RELEASED TO: {{LOCATION:TAUTAI FUNERAL SERVICES}}, {{LOCATION:87 GREAT SOUTH RD}}, {{LOCATION:PAPATOETOE}}   FUNERAL DIRECTOR {{NAME:SIONE TAUFA'AO}}
NEXT OF KIN: WIFE {{NAME:LUPE FALEOLO}} ({{AGE_OVER_89:90}}) AND SON {{NAME:IOANE}} JR, CONTACT {{PHONE:021 555 0417}}
CHURCH: {{LOCATION:EFKS MANGERE EAST}} - MINISTER FAIFEAU {{NAME:SALAVE'A}} ATTENDED.
PROPERTY: WEDDING RING, WATCH, HEARING AID (SN {{DEVICE:OT-88190472}}) RETURNED TO FAMILY. SIGNED {{NAME:K. ALAPATI}} {{DATE:03/07/2025}}
`,
  },
  {
    id: 't23-040',
    kind: 'resident hurried cross-cover note (all lower case)',
    text: `
xcover {{DATE:1/19}} 0215 called by rn {{NAME:saoirse}} re 7n-22 {{NAME:abdulkadir, hodan}} 63f
hypotension 82/50 after hd today at {{LOCATION:davita on lake st}}. asx. mentating. given 250 ns, bp 96/58. cbc/bmp sent. on midodrine 10 tid already.
husband {{NAME:farah}} at bedside, somali only, used interpreter {{NAME:ayaan}} #{{OTHER_ID:70418}} via phone.
also: pt's nephrologist dr {{NAME:lindgren-osei}} wants page if sbp <80 again (pager 2291).
separately 7n-15 {{NAME:joaquin "jack" beltran-ochoa}} asking for discharge ama to get to daughter {{NAME:itzel}}'s quinceanera in {{LOCATION:cicero}}. talked him down, will re-eval am. his wife {{NAME:araceli}} ok with plan.
7n-9 {{NAME:bjork, freya}} 88f sundowning, ciwa n/a, cam not done. sitter req to {{NAME:dayo}} (staffing).
- {{NAME:p. ramaswamy}} pgy2
`,
  },
  {
    id: 't23-041',
    kind: 'HL7-era results feed dumped as text (all capitals)',
    text: `
MSH|^~\\&|LAB|{{LOCATION:ST MARYS DULUTH}}|EHR|{{LOCATION:ESSENTIA}}|{{DATE:20250904}}1633||ORU^R01|{{OTHER_ID:MSG00441907}}|P|2.3
PID|1||{{MRN:E7731904}}^^^SMDC||{{NAME:DEFOE^WINONA^GRACE}}||{{DATE:19590311}}|F|||{{LOCATION:1420 E 4TH ST}}^^{{LOCATION:DULUTH}}^MN^{{LOCATION:55805}}||{{PHONE:(218)555-0163}}|||||{{ACCOUNT:A0044190771}}|{{SSN:000-62-4419}}
PV1|1|I|{{LOCATION:ST MARYS MEDICAL CENTER}}^4W^12||||{{OTHER_ID:1447190022}}^{{NAME:GOODSKY^ELIAS}}^^^^MD
OBR|1||{{OTHER_ID:L25-904-1177}}|CBC^COMPLETE BLOOD COUNT|||{{DATE:20250904}}1402
OBX|1|NM|WBC||14.7|K/UL|4.0-11.0|H
OBX|2|NM|HGB||8.1|G/DL|12.0-16.0|L
NTE|1||CALLED TO {{NAME:RAINY BOSHEY}} RN BY {{NAME:LUUKKONEN}} 1630
`,
  },
  {
    id: 't23-042',
    kind: 'patient-portal thread with a school nurse (all lower case)',
    text: `
from: {{NAME:rosa maria pacheco de oliveira}}  to: school nurse, {{LOCATION:lincoln elementary}}  {{DATE:sep 3}}
hi ms {{NAME:hargreaves}}, my son {{NAME:davi}} starts 2nd grade tomorrow. he has an epipen (peanut) and inhaler (albuterol). the forms from dr {{NAME:amaechi}} at the {{LOCATION:children's clinic on 5th}} are attached: {{PHOTO:davi_allergy_plan.jpg}}.
his grandma dona {{NAME:celia}} picks him up most days, she doesn't speak english (portuguese). if you need someone who speaks english call his dad {{NAME:marcos}} {{PHONE:978-555-0132}}. we live on {{LOCATION:chelmsford st}} near the {{LOCATION:lowell}} high school.
from: {{NAME:karen hargreaves}}, rn  {{DATE:sep 3}}
thanks, got it. i'll keep one epipen in the office and one with his teacher ms {{NAME:oduya}}. please send the second pen in his backpack.
`,
  },
  {
    id: 't23-043',
    kind: 'telegram-style outreach radio message (all capitals)',
    text: `
RADIO LOG {{LOCATION:FLYING DOCTOR BASE}} {{LOCATION:BROKEN HILL}}  {{DATE:21 JUNE 2025}}
1012 CALL FROM {{LOCATION:TIBOOBURRA}} CLINIC SISTER {{NAME:NAOMI KENNEDY}}: MALE 44 {{NAME:GARRY BROWN}} FROM {{LOCATION:PINDERA DOWNS STATION}}, CRUSH INJURY L LEG UNDER QUAD BIKE. ?COMPARTMENT.
1015 DR {{NAME:ROHAN WICKRAMASINGHE}} ADVISES IV ACCESS, ANALGESIA, ELEVATE. RETRIEVAL TASKED, {{VEHICLE:VH-FVM}} KING AIR.
1040 WIFE {{NAME:TRACEY}} PHONED BASE ON SAT PHONE {{PHONE:0147 555 091}}, WANTS TO FLY WITH HIM. DECLINED - WEIGHT.
1102 SECOND CALL {{LOCATION:WHITE CLIFFS}}: CHILD {{NAME:KIRRA PAPPIN}} 6, FEVER, RASH. MOTHER {{NAME:DELPHINE}}. MEDICAL CHEST ITEM 12 GIVEN.
1150 AIRCRAFT DEPARTED {{LOCATION:TIBOOBURRA}} WITH PT, DESTINATION {{LOCATION:BROKEN HILL BASE HOSPITAL}}. MEDICARE {{HEALTH_PLAN:2441 90771 3}}.
OPERATOR {{NAME:JAN DE BRUIN}}
`,
  },
  {
    id: 't23-044',
    kind: 'peer support group chat summary (all lower case)',
    text: `
notes from tuesday night group, {{LOCATION:unity house}} basement, {{DATE:nov 11}} - facilitator {{NAME:cass}}
present: {{NAME:marlon}}, {{NAME:deb t}}, {{NAME:ngozi}}, {{NAME:big will}}, {{NAME:ash}}, father {{NAME:o'rourke}} (visiting)
{{NAME:marlon}} 90 days clean, got a room at the {{LOCATION:bridgeway shelter}} on {{LOCATION:halsted}}. caseworker ms. {{NAME:yolanda}} helping with id.
{{NAME:deb t}} relapsed, back at detox at {{LOCATION:haymarket center}}, her sponsor {{NAME:rhonda}} visiting.
{{NAME:ngozi}} asked about naloxone - given kit, lot 4471 (not tracked).
{{NAME:will}} said his mom in {{LOCATION:gary}} is in hospice, wants to go see her but no car. {{NAME:ash}} offered a ride.
next week: guest speaker from {{LOCATION:heartland alliance}}. snacks: {{NAME:cass}}.
admin note for the file: room booked through {{DATE:december 16}} with {{LOCATION:st. sabina}} parish office, contact {{EMAIL:rooms@example.org}}, fax {{FAX:773-555-0140}}. grant renewal due {{DATE:jan 31}}. sign-in sheets scanned, shred paper copy.
`,
  },
  {
    id: 't23-045',
    kind: 'dialysis unit run sheet (all capitals)',
    text: `
HAEMODIALYSIS RUN SHEET   {{LOCATION:KIDDERMINSTER RENAL SATELLITE UNIT}}   CHAIR 7   MON {{DATE:14/04/25}}
PT: {{NAME:CHOUDHURY, RAHIMA BEGUM}}   HOSP NO {{MRN:W1044719}}   NHS {{OTHER_ID:485 777 3456}}
ACCESS: L RADIOCEPHALIC AVF (FORMED {{DATE:MAR 2022}}). MACHINE: FRESENIUS 5008S SN {{DEVICE:5YBA4417}}
PRE WT 62.4 POST 60.1 (DW 60.0). BP PRE 164/88 POST 132/74. QB 300 QD 500 4H.
HEPARIN 1000 U BOLUS. NO ALARMS. K BATH 2.0.
TRANSPORT: {{LOCATION:STOURPORT}} - TAXI CO, DRIVER {{NAME:DAVE}} WAITS IN CAR PARK.
HUSBAND {{NAME:ABDUL MALIK}} ({{AGE_OVER_89:91}}) NOT WELL - DAUGHTER {{NAME:SHAHNAZ}} NOW MAIN CONTACT {{PHONE:07700 900514}}.
NURSE {{NAME:TAMSIN REES-ODUYA}} / HCA {{NAME:LIBBY}}.   NEPHROLOGIST DR {{NAME:GOVINDARAJAN}} TO REVIEW AT {{LOCATION:WORCESTERSHIRE ROYAL}} {{DATE:28/04}}.
`,
  },
];
