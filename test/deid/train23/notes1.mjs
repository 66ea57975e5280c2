// train23 notes 1: teletype discharge summaries and legacy HIS printouts in capitals, patient-portal messages
// and text messages in lower case.
export default [
  {
    id: 't23-001',
    kind: 'teletype discharge summary (all capitals)',
    text: `
*** MERIDIAN HIS V2.3 *** DISCHARGE SUMMARY *** PRINTED {{DATE:14-MAR-1998}} 0412 ***
PATIENT: {{NAME:OKONKWO-BELLO, ADAEZE CHIOMA}}   UNIT NO: {{MRN:00-41-7720}}   WARD: 7B
ADMITTED: {{DATE:02-MAR-1998}}   DISCHARGED: {{DATE:13-MAR-1998}}   CONSULTANT: DR {{NAME:W. HOPE-MANSFIELD}}
ADDRESS: {{LOCATION:FLAT 3, 41 ALDRED ROAD}}, {{LOCATION:KILBURN}}, {{LOCATION:LONDON}} {{LOCATION:NW6 1AY}}
GP: DR {{NAME:R. SUNDARALINGAM}}, {{LOCATION:CRICKLEWOOD HEALTH CENTRE}}, TEL {{PHONE:020 7946 0312}}
NOK: HUSBAND {{NAME:EMEKA BELLO}} TEL {{PHONE:07700 900418}}
DIAGNOSIS: COMMUNITY ACQUIRED PNEUMONIA, RIGHT LOWER LOBE. TYPE 2 DM.
HISTORY: 52 YR OLD NIGERIAN LADY, SOB AND FEVER 3/7. CXR RLL CONSOLIDATION. NKDA.
TREATED IV CEFUROXIME AND CLARITHROMYCIN, SWITCHED TO PO AMOXICILLIN ON DAY 4. O2 WEANED DAY 6.
SEEN BY DIABETES NURSE SISTER {{NAME:MCGRATH}}... METFORMIN 500MG BD CONTINUED, GLICLAZIDE 40MG ADDED.
DAUGHTER {{NAME:NGOZI}} INTERPRETED (IGBO) ON WARD ROUND - PATIENT PREFERS ENGLISH FOR WRITTEN MATTER.
FOLLOW UP: CHEST CLINIC {{DATE:24-APR-1998}} WITH REPEAT CXR. DICTATED DR {{NAME:A. NWACHUKWU}} SHO. TYPED {{NAME:JMK}}
`,
  },
  {
    id: 't23-002',
    kind: 'patient-portal message (all lower case)',
    text: `
subject: question about my dad's pills after discharge

hi, this is {{NAME:hope delacroix-ybarra}}, i'm the daughter of {{NAME:anselmo ybarra}} (dob {{DATE:4/9/1941}}, mrn {{MRN:88213406}}). he came home from {{LOCATION:st. vincent's on the plaza}} yesterday and the discharge paper says eliquis 5 twice a day but his old bottle from {{LOCATION:walgreens on mesa verde dr}} says 2.5. which one is right?? he's 84, weighs maybe 130 lb. also dr {{NAME:kowalczyk}} told us to stop the lasix but the nurse ({{NAME:tiffani}} i think) said keep it.
we live at {{LOCATION:2207 calle del norte}}, {{LOCATION:las cruces}} {{LOCATION:88005}} so the pharmacy is close. you can call me at {{PHONE:575-555-0183}} or my brother {{NAME:will ybarra}} at {{PHONE:575-555-0144}}, he's in {{LOCATION:albuquerque}} but answers faster lol.
thanks, {{NAME:hope}}

-- reply from {{NAME:marisol t.}}, rn, cardiology clinic, {{DATE:june 3}} --
hi {{NAME:hope}}, the 2.5 mg dose is correct because of his age and weight. i have let dr {{NAME:kowalczyk}} know about the furosemide question and she will message you today. please bring all bottles to his visit on {{DATE:june 11}}.
p.s. from {{NAME:hope}} again, {{DATE:june 4}}: the pharmacy now says the new rx went to their {{LOCATION:el paseo rd}} store instead. their fax is {{FAX:575-555-0121}} if the clinic can resend. the appointment letter for {{DATE:june 11}} came to the old address on {{LOCATION:avenida de mesilla}}.
`,
  },
  {
    id: 't23-003',
    kind: 'legacy lab report printout (all capitals)',
    text: `
CLINICAL CHEMISTRY - CUMULATIVE REPORT               PAGE 1 OF 1
PT: {{NAME:TAUFA, SIOSAIA LATU}}          DOB: {{DATE:11/30/1957}}   SEX: M
MRN: {{MRN:K0093318}}   ACCT: {{ACCOUNT:V00441827733}}   LOC: {{LOCATION:KAISER MOANALUA}} 4W
ORDERING: {{NAME:FIFITA, MELE}} MD    COPY TO: {{NAME:PALAKIKO, KEONI}} APRN, {{LOCATION:WAIANAE COAST COMP HLTH CTR}}
ACCESSION: {{OTHER_ID:C25-118734}}  COLLECTED: {{DATE:08/19/25}} 0545 BY {{NAME:RLT}}
 NA        134 L   (136-145)
 K         5.8 H   (3.5-5.1)   HEMOLYZED - RECOLLECT
 CREAT     2.41 H  (0.70-1.30)
 EGFR      29      CKD-EPI 2021
 HBA1C     9.2 H
 TROP I HS 12      (<20 NG/L)
CRITICAL CALLED TO {{NAME:LEILANI K}} RN 0631 READ BACK OK. CALLED BY {{NAME:D. AHSAN}} MLS(ASCP)
PERFORMED AT: {{LOCATION:DIAGNOSTIC LABORATORY SERVICES}}, {{LOCATION:475 N KUAKINI ST}}, {{LOCATION:HONOLULU}} HI {{LOCATION:96817}}  CLIA {{OTHER_ID:12D0998871}}
`,
  },
  {
    id: 't23-004',
    kind: 'text-message thread with a clinic (all lower case)',
    text: `
[sms] clinic: reminder from {{LOCATION:riverside family practice}}: {{NAME:bishop, grace}} appt tue {{DATE:9/16}} 10:40 w/ dr {{NAME:olatunji}}. reply c to confirm, r to reschedule. {{PHONE:(804) 555-0101}}
[sms] pt: r. car in shop, can we do thurs?? this is {{NAME:summer}} her granddaughter btw
[sms] clinic: we have thu {{DATE:9/18}} 2:15 with np {{NAME:ruthie van zandt}}. ok?
[sms] pt: ok. does she need fasting labs. also pls send the forms to {{EMAIL:summer.bishop77@example.com}} not her old aol
[sms] clinic: no fasting needed. forms sent. parking is behind the {{LOCATION:mechanicsville library}} on {{LOCATION:atlee rd}}.
[sms] pt: thx. grandpa {{NAME:earl}} might bring her in his truck if i'm stuck at work at {{LOCATION:dollar general dc}} in {{LOCATION:hanover}}
[sms] clinic: that's fine. tell {{NAME:earl}} the side door by pharmacy is open til 5.
[sms] clinic: reminder: bring your new card. our records show plan id {{HEALTH_PLAN:vpc-00447190}} and balance on account {{ACCOUNT:rfp-0044719}} of $25. pay at {{URL:https://pay.example.com/rfp}} or at the desk, {{LOCATION:8191 atlee station rd}}, {{LOCATION:mechanicsville}} va {{LOCATION:23116}}.
[sms] pt: ok will pay thursday {{DATE:9/18}}. thx
`,
  },
  {
    id: 't23-005',
    kind: 'radiology report, legacy RIS (all capitals)',
    text: `
RADIOLOGY REPORT        {{LOCATION:ST. BRIGID'S GENERAL HOSPITAL}} - {{LOCATION:ENNISCORTHY}}
NAME: {{NAME:NI DHUBHGHAILL, AOIFE}}    HOSP NO: {{MRN:H0392218}}    DOB: {{DATE:22.06.1979}}
EXAM: CT PULMONARY ANGIOGRAM          DATE: {{DATE:07.01.2025}}    ACC: {{OTHER_ID:RAD-25-003316}}
REFERRER: DR {{NAME:CIARAN O HUIGINN}}, ED    CLINICAL: SOB, PLEURITIC CP, D-DIMER 2.1, WELLS 4.5
TECHNIQUE: OMNIPAQUE 350 80ML VIA 18G LEFT ACF. SCANNER: SIEMENS SOMATOM SN {{DEVICE:74113}}.
FINDINGS: FILLING DEFECTS RIGHT LOWER LOBE SEGMENTAL AND SUBSEGMENTAL ARTERIES. RV/LV 0.8. NO INFARCT. SMALL RIGHT EFFUSION.
COMPARISON: CXR SAME DAY AND CT ABDOMEN {{DATE:MARCH 2021}} ({{LOCATION:WEXFORD GENERAL}}).
IMPRESSION: ACUTE RIGHT LOWER LOBE PE WITHOUT RV STRAIN. DISCUSSED WITH DR {{NAME:O HUIGINN}} AT 1714.
REPORTED BY: DR {{NAME:TADHG MAC CARTHAIGH}} FFR RCSI    IMAGES: {{PHOTO:CTPA_AOIFE_070125.DCM}}
`,
  },
  {
    id: 't23-006',
    kind: 'voice-dictation output, clinic letter (all lower case, unpunctuated in places)',
    text: `
dictation start clinic letter to doctor {{NAME:farida haidari}} at {{LOCATION:westgate medical practice}} {{LOCATION:14 arbroath road}} {{LOCATION:dundee}} {{LOCATION:dd4 6ej}} re {{NAME:zahra mohammadi}} date of birth {{DATE:third of august nineteen ninety}} chi {{OTHER_ID:0308905512}} comma seen today {{DATE:twelfth of february}} in the thyroid clinic full stop
{{NAME:zahra}} is a thirty four year old persian speaking lady who came with her husband {{NAME:reza}} and her sister {{NAME:shirin karimi}} who translated full stop she moved from {{LOCATION:mashhad}} to {{LOCATION:lochee}} two years ago and works at {{LOCATION:ninewells}} in the kitchens full stop
graves disease on carbimazole twenty milligrams free t4 now eighteen tsh suppressed full stop no eye disease on clinical activity score new paragraph
plan continue carbimazole recheck in six weeks at {{LOCATION:kings cross health centre}} comma consider radioiodine if relapse full stop
yours sincerely doctor {{NAME:euan mcilwraith}} consultant endocrinologist dictation end typed {{NAME:km}} {{DATE:13/02}}
`,
  },
  {
    id: 't23-007',
    kind: 'ward handover sheet (all capitals)',
    text: `
WARD 14 (ORTHOGERIATRICS) - NIGHT HANDOVER SUN {{DATE:2/11}}  NURSE IN CHARGE {{NAME:PRECIOUS DLAMINI}}
BED 1  {{NAME:HAUGEN, SOLVEIG}} {{AGE_OVER_89:93}}F  #NOF L DHS {{DATE:2/9}}. DELIRIUM, 4AT 6. DAUGHTER {{NAME:INGRID}} TO VISIT 0800. DNACPR IN NOTES.
BED 2  {{NAME:PRZYBYLSKI, TADEUSZ}} 81M  #PUBIC RAMI, FWB. LIVES ALONE {{LOCATION:OSWALD ST}}, NEEDS OT HOME VISIT. NEIGHBOUR MRS {{NAME:HOLLOWAY}} HAS KEY.
BED 3  {{NAME:GOLDBERG, MIRIAM}} {{AGE_OVER_89:90}}F  PERIPROSTHETIC #. ON APIXABAN - HELD. RABBI {{NAME:FINKELSTEIN}} CALLED, PLS LET IN AFTER HOURS.
BED 4  {{NAME:ABERNATHY, WILL}} 77M  WRIST ORIF, FOR D/C TO {{LOCATION:ELM LODGE CARE HOME}} IN {{LOCATION:HEXHAM}} TOMORROW. TRANSPORT BOOKED, REF {{OTHER_ID:NEAS-44190}}.
BED 5  {{NAME:KHUMALO, SIPHO}} 68M  ANKLE ORIF. TEMP 38.1 AT 2200 - CULTURES SENT, ON-CALL DR {{NAME:ADEBAYO}} AWARE. NBM FROM 0200 FOR WASHOUT.
BED 6  EMPTY - CLEANING (C DIFF).
`,
  },
  {
    id: 't23-008',
    kind: 'chat transcript, hospital web chat (all lower case)',
    text: `
[chat started {{DATE:2025-10-04}} 19:02] visitor: hi is anyone there
agent {{NAME:joy}}: hi, you're chatting with {{LOCATION:mercy riverbend hospital}} patient services. how can i help?
visitor: my mom {{NAME:teresa guadalupe ramos de la fuente}} was moved from icu last night and i cant find her. she's dob {{DATE:2/2/52}}
agent {{NAME:joy}}: thanks. i can see she's on 5 north now. what's your name and relationship?
visitor: {{NAME:ximena ramos}}, daughter. im driving from {{LOCATION:eau claire}}, should be there by 9
agent {{NAME:joy}}: visiting ends at 8:30 but the charge nurse {{NAME:dwayne}} can let you in. use the emergency entrance on {{LOCATION:state st}}.
visitor: ok. also my tia {{NAME:conchita}} wants updates, can she call?
agent {{NAME:joy}}: only people on the release form can get updates by phone. she's listed as emergency contact, {{PHONE:715-555-0167}}? if so yes.
visitor: yes thats her cell. thank u
[chat ended 19:11, transcript sent to {{EMAIL:ximena.r.ramos@example.net}}]
[follow-up chat {{DATE:2025-10-05}} 08:15] visitor: hi again, {{NAME:ximena}} here. mom is being sent to rehab at {{LOCATION:lakeview terrace}} in {{LOCATION:altoona}}, is that near {{LOCATION:menomonie}}?
agent {{NAME:carlos}}: yes, about 25 minutes. the social worker {{NAME:britt anne olmstead}} will call you before noon.
`,
  },
  {
    id: 't23-009',
    kind: 'ambulance run sheet (all capitals)',
    text: `
{{LOCATION:CARBON COUNTY}} EMS  PATIENT CARE REPORT  INC# {{OTHER_ID:25-0914-0377}}  UNIT MEDIC 12  VEH PA {{VEHICLE:ZLM-4410}}
DISPATCHED 0217 {{DATE:09/14/25}}  ON SCENE 0231  TRANSPORT 0248  AT DEST 0316
SCENE: {{LOCATION:88 STONY CREEK RD}}, {{LOCATION:JIM THORPE}}, PA {{LOCATION:18229}} (FARMHOUSE, LONG LANE)
PT: {{NAME:YAZZIE, DARLENE}}  58F  DOB {{DATE:05/27/1967}}  HUSBAND {{NAME:LEROY YAZZIE}} ON SCENE
CC: SOB, ORTHOPNEA X2 DAYS. HX CHF, AFIB ON XARELTO, COPD ON 2L HOME O2 (INOGEN SN {{DEVICE:IO5-22817643}}).
VS 0235 BP 188/104 HR 132 IRREG RR 32 SPO2 81% RA  GCS 15  LUNGS RALES BILAT  BGL 212
TX: CPAP 7.5, NTG 0.4 SL X3, 12 LEAD AFIB RVR NO STEMI. SPO2 94% ON CPAP.
DEST: {{LOCATION:ST LUKE'S GNADEN HUETTEN}} ED, REPORT TO {{NAME:K. SCHAEFFER}} RN. BED 9.
CREW: {{NAME:T. VOLKOV}} NRP (LIC {{LICENSE:PA-P-019922}}), {{NAME:M. REDHAWK}} EMT
`,
  },
];
