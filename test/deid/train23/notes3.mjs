// train23 notes 3: fax-era referral and registration screens in capitals, dictation and portal text in lower case,
// an IT help-desk ticket, a microbiology report, a home-visit text thread.
export default [
  {
    id: 't23-019',
    kind: 'fax cover and referral, legacy system (all capitals)',
    text: `
*** FAX *** {{LOCATION:PINE RIDGE IHS HOSPITAL}} - BEHAVIORAL HEALTH ***  PAGES: 4
TO: {{LOCATION:RAPID CITY REGIONAL}} INTAKE  FAX {{FAX:605-555-0177}}   FROM: {{NAME:WANBLI TWO BULLS}}, LCSW  FAX {{FAX:605-555-0108}}
DATE: {{DATE:01/28/2025}}   RE: {{NAME:IRON CLOUD, TATANKA L}}   DOB {{DATE:02/14/1993}}   CHART {{MRN:0045771}}
32 YO LAKOTA MALE, LIVES IN {{LOCATION:KYLE}} WITH GRANDMOTHER {{NAME:WINONA IRON CLOUD}} ({{AGE_OVER_89:91}}). ALCOHOL USE DISORDER, SEVERE. 2 WITHDRAWAL SEIZURES {{DATE:DEC 2024}}.
REQUESTS INPATIENT DETOX THEN TREATMENT AT {{LOCATION:NEW BEGINNINGS}} OR {{LOCATION:OYATE WELLNESS CENTER}}.
MEDICAID ID {{HEALTH_PLAN:SD7730091224}}. TRIBAL ID {{OTHER_ID:OST-19931402}}. SISTER {{NAME:HOPE IRON CLOUD}} DRIVES (BLUE SILVERADO, PLATE {{VEHICLE:2-44817}}).
PLEASE CALL {{NAME:WANBLI}} AT {{PHONE:605-555-0160}} WITH BED DATE.
CONFIDENTIAL: 42 CFR PART 2 PROTECTED.
`,
  },
  {
    id: 't23-020',
    kind: 'IT help-desk ticket about the portal (all lower case)',
    text: `
ticket #{{OTHER_ID:inc0092231}}  opened {{DATE:2025-02-17}} 08:44  caller: {{NAME:nomvula khoza-pretorius}} (patient)
issue: can't log in to patient portal, says account locked. user name {{NAME:nkhoza82}}. last successful login from {{IP:203.0.113.58}} on {{DATE:feb 12}}, failed attempts today from {{IP:198.51.100.201}} (she says that's her work pc at woolworths head office in {{LOCATION:cape town}}).
verified identity: dob {{DATE:07/07/1982}}, last 4 of phone {{PHONE:0155}}, address {{LOCATION:12 jacaranda cres}}, {{LOCATION:sunnyside}}.
reset sent to {{EMAIL:n.khoza.p@example.co.za}}. link {{URL:https://portal.example.org/reset?t=8f21c0}} expires 24h.
note: her husband {{NAME:johan pretorius}} also asked for proxy access to her chart - told him she must add him herself under settings.
resolved 08:59 by {{NAME:sipho n}} (tier 1). escalate to {{NAME:marta}} if mfa app (authenticator) not working.
follow-up {{DATE:2025-02-18}}: second lockout, login attempt from {{IP:198.51.100.14}} ({{LOCATION:johannesburg}} per geo) - not her. forced password change, flagged to security ({{EMAIL:soc@example.org}}). ssn on file masked xxx-xx-{{SSN:0447}}; account number {{ACCOUNT:pt-77190442}} unchanged.
`,
  },
  {
    id: 't23-021',
    kind: 'microbiology report (all capitals)',
    text: `
MICROBIOLOGY - FINAL REPORT     {{LOCATION:CHRISTCHURCH HOSPITAL}} LABORATORY     LAB NO {{OTHER_ID:MB25-0441820}}
PATIENT: {{NAME:TE AWEKOTUKU, RANGI HEMI}}   NHI {{OTHER_ID:ZZB4412}}   WARD 24   DOB {{DATE:03/10/1961}}
REQUESTED BY: DR {{NAME:HOLLY TEMPLETON-NGATA}}   SPECIMEN: BLOOD CULTURE X2 (L ARM, PICC)   COLLECTED {{DATE:11/03/2025}}
ORGANISM 1: STAPHYLOCOCCUS AUREUS (MRSA)  BOTH SETS, TTP 11H
  VANCOMYCIN      S  MIC 1
  DAPTOMYCIN      S
  FLUCLOXACILLIN  R
  CLINDAMYCIN     R (INDUCIBLE)
COMMENT: PHONED TO DR {{NAME:TEMPLETON-NGATA}} 0715 {{DATE:13/03}} BY {{NAME:A. VAIPULU}}. ID ADVICE: DR {{NAME:FARQUHARSON}}, PAGER 818 (NOT A PHONE NUMBER).
PATIENT WAS TRANSFERRED FROM {{LOCATION:ASHBURTON HOSPITAL}}; COPY TO GP DR {{NAME:S. MCALLISTER}}, {{LOCATION:TINWALD MEDICAL CENTRE}}.
ADDENDUM {{DATE:14/03/2025}}: REPEAT CULTURES NO GROWTH AT 48H. TTE AT {{LOCATION:CHRISTCHURCH HOSPITAL}} NO VEGETATION. TOE BOOKED {{DATE:17/03}}. PICC REMOVED, TIP SENT (LAB NO {{OTHER_ID:MB25-0442107}}). WIFE {{NAME:MERE}} UPDATED BY PHONE, WHANAU STAYING AT {{LOCATION:RONALD MCDONALD HOUSE}} ON {{LOCATION:RICCARTON AVE}}.
`,
  },
  {
    id: 't23-022',
    kind: 'voice-dictation output, ED note (all lower case)',
    text: `
emergency department note patient {{NAME:dmitri alekseevich sokolov}} age sixty seven arrived by private car driven by his neighbour {{NAME:bohdan}} from {{LOCATION:brighton beach}} period chief complaint left sided weakness since about six am period
his wife {{NAME:lyudmila}} says he was last known well at eleven pm when he went to bed period history of atrial fibrillation not anticoagulated because of a bleed in {{DATE:january}} no wait that was {{DATE:january twenty twenty four}} period
exam nihss nine right gaze preference left facial droop left arm drift period ct head no bleed ct angiogram right m2 occlusion period
discussed with stroke neurology doctor {{NAME:abena owusu-ansah}} who accepted for thrombectomy at {{LOCATION:maimonides}} period transfer by fdny unit period
son {{NAME:pavel}} called from {{LOCATION:haifa}} on {{PHONE:+972 50 555 0163}} and was updated in russian by interpreter {{NAME:galina}} id {{OTHER_ID:7731}} period
dictated by doctor {{NAME:marcus ohene}} attending end of dictation
`,
  },
  {
    id: 't23-023',
    kind: 'registration screen print (all capitals)',
    text: `
ADT REGISTRATION - SCREEN 2 OF 3                                      USER: {{NAME:MKOWALSKI}}
LAST: {{NAME:ESTRADA DE LOS SANTOS}}  FIRST: {{NAME:MARIA DEL CARMEN}}  MI: {{NAME:Y}}   SEX: F   DOB: {{DATE:08/02/1948}}
SSN: {{SSN:000-71-2205}}   MRN: {{MRN:4417032}}   VISIT: {{ACCOUNT:900288144}}
ADDR1: {{LOCATION:1518 W CERMAK RD APT 2R}}   CITY: {{LOCATION:CHICAGO}}   ST: IL   ZIP: {{LOCATION:60608}}
HOME: {{PHONE:(312) 555-0186}}   CELL: {{PHONE:(312) 555-0137}}   LANG: SPANISH   INTERP: Y
EMPLOYER: RETIRED (WAS NABISCO BAKERY, {{LOCATION:KEDZIE AVE}})
NOK: {{NAME:LUZ ESTRADA}} (DAUGHTER) {{PHONE:(708) 555-0111}}, {{LOCATION:CICERO}}
PCP: {{NAME:ALVARADO-BAUTISTA, RAMON}} MD   {{LOCATION:ALIVIO MEDICAL CENTER}}
INS 1: MEDICARE MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}   INS 2: MEDICAID {{HEALTH_PLAN:713390552}}
ADV DIR: Y   PHOTO ID SCANNED: {{PHOTO:IMG_ID_4417032.JPG}}
`,
  },
  {
    id: 't23-024',
    kind: 'home-visit nurse text thread (all lower case)',
    text: `
{{DATE:11/4}} 08:02 {{NAME:anjali}} (home health rn): morning! on my way to mr {{NAME:feliciano}} at {{LOCATION:44 lincoln ave}}, {{LOCATION:passaic}}. then mrs. {{NAME:adebayo-cole}} in {{LOCATION:clifton}}
08:05 {{NAME:dee}} (scheduler): k. note mr {{NAME:feliciano}}'s daughter {{NAME:yesenia}} said the dog is out front, call her first {{PHONE:973-555-0122}}
08:41 {{NAME:anjali}}: done w {{NAME:feliciano}}. wound 3x2 cm, granulating, no odor. wound vac (kci sn {{DEVICE:vnt0087712}}) alarm keeps going off, ordered new canister
08:43 {{NAME:anjali}}: photos uploaded {{PHOTO:feliciano_sacrum_1104_a.jpg}} {{PHOTO:feliciano_sacrum_1104_b.jpg}}
09:30 {{NAME:anjali}}: {{NAME:adebayo-cole}} bp 168/94, missed her amlodipine x3d. husband {{NAME:tunde}} says pharmacy on {{LOCATION:van houten}} closed. called dr {{NAME:wexler}} office
09:32 {{NAME:dee}}: ok i'll fax the rx to {{LOCATION:cvs allwood}}. their fax {{FAX:973-555-0150}}
`,
  },
  {
    id: 't23-025',
    kind: 'old mainframe discharge abstract (all capitals)',
    text: `
DISCHARGE ABSTRACT - MEDICAL RECORDS DEPT - {{LOCATION:MANILA DOCTORS HOSPITAL}}
HOSP NO {{MRN:93-004418}}  PATIENT {{NAME:DELA PAZ, MA. CORAZON "CORY" SISON}}  AGE 66  F
ADDRESS {{LOCATION:BLK 12 LOT 7 PHASE 2, MABUHAY HOMES}}, {{LOCATION:BRGY. SAN ISIDRO}}, {{LOCATION:ANTIPOLO CITY}}, RIZAL
PHILHEALTH NO {{HEALTH_PLAN:19-000512873-4}}   SENIOR CITIZEN ID {{OTHER_ID:SC-ANT-004471}}
ADMITTED {{DATE:02 JAN 2025}} DISCHARGED {{DATE:09 JAN 2025}} ATTENDING DR {{NAME:JOSELITO MACARAEG}}
FINAL DX: DENGUE WITH WARNING SIGNS. T2DM. PLT NADIR 22K ON {{DATE:05 JAN}}.
DISPOSITION: HOME, IMPROVED. CONDUCTED BY SON {{NAME:JUN-JUN}} ({{NAME:EMMANUEL}}) - SEE {{NAME:EMMANUEL DELA PAZ}}, CONTACT {{PHONE:0917 555 0148}}
HUSBAND {{NAME:RODRIGO}} ({{AGE_OVER_89:90}}) STAYS AT HOME; BARANGAY HEALTH WORKER ATE {{NAME:LINDA}} TO VISIT.
`,
  },
  {
    id: 't23-026',
    kind: 'patient-portal message from a carer (all lower case)',
    text: `
to: dr {{NAME:rosenbaum-achterberg}}'s team, {{LOCATION:park slope family medicine}}
hi, i'm {{NAME:precious ndlovu}}, the home aide for {{NAME:saul weintraub}} ({{AGE_OVER_89:94}}, dob {{DATE:10/3/1930}}). i'm writing with his permission (he dictated this, i typed).
he fell in the bathroom on sunday {{DATE:6/1}}, no head strike, but his left hip is bruised and he won't use the walker. his son {{NAME:avi}} is in {{LOCATION:teaneck}} and can only come weekends. his daughter-in-law {{NAME:rivka}} handles the medicare stuff.
can someone come to the apartment? address {{LOCATION:322 prospect park west, apt 5c}}, {{LOCATION:brooklyn}} {{LOCATION:11215}}. buzzer doesn't work, call me at {{PHONE:347-555-0179}}.
also his hearing aid (phonak, left, sn {{DEVICE:1932r0471}}) went missing at the {{LOCATION:jcc}} pool last week if anyone from there calls.
thank you, {{NAME:precious}}
`,
  },
  {
    id: 't23-027',
    kind: 'ambulance handover message, mobile data terminal (all capitals)',
    text: `
MDT MSG 0642 FROM AMB 4471 (REG {{VEHICLE:WX21 KFJ}}) TO {{LOCATION:QUEEN ELIZABETH HOSPITAL BIRMINGHAM}} ED
ETA 12 MIN. {{NAME:HUSSAIN, ZAINAB BIBI}} 79F FROM {{LOCATION:42 KYOTTS LAKE RD}}, {{LOCATION:SPARKBROOK}} {{LOCATION:B11 1JA}}.
FOUND ON FLOOR BY GRANDSON {{NAME:ADEEL}} AT 0555. LONG LIE ?8H. HIP SHORTENED AND ROTATED L. CK PENDING.
NEWS2 5. BP 98/60 HR 104 AF. GLUC 7.2. GCS 14 (CONFUSED - NORMALLY 15 PER FAMILY).
MEDS: APIXABAN, BISOPROLOL, METFORMIN, LATANOPROST. NKDA. DNACPR - NO.
NHS NO {{OTHER_ID:943 476 5870}}. GP {{LOCATION:SPARKBROOK MEDICAL PRACTICE}}.
FAMILY FOLLOWING IN OWN CAR: {{NAME:ADEEL}} AND HIS FATHER {{NAME:MOHAMMED TARIQ}}, MOB {{PHONE:07700 900233}}.
CREW {{NAME:J. OKONJO}} / {{NAME:P. WHITTAKER}}.
ADDENDUM 0710: HANDED TO ED STAFF NURSE, BED MAJORS 6. PT ID BAND PRINTED. GRANDSON'S ADDRESS FOR POLICE (HOUSE WAS LEFT OPEN): {{LOCATION:17 WARWICK RD}}, {{LOCATION:GREET}}, {{LOCATION:B11 2UE}}. PREVIOUS ADMISSION {{LOCATION:HEARTLANDS HOSPITAL}} {{DATE:NOV 2023}}. KEYSAFE CODE GIVEN TO {{LOCATION:BIRMINGHAM COMMUNITY HEALTHCARE}} DISTRICT NURSES.
`,
  },
];
