// train27 notes 7: home-care and community visit logs typed on phones (lower case), and home-care agency records in capitals.
export default [
  {
    id: 't27-055',
    kind: 'home-care aide visit log typed on phone (lower case)',
    text: `
visit log - carer app - aide {{NAME:precious mhlanga}} - client {{NAME:dorothy aldous-pike}} ({{AGE_OVER_89:94}})
mon {{DATE:2/3}} 07:32 arrived {{LOCATION:9 orchard close}}, {{LOCATION:great shelford}}. she was up already, tea made. bp 138/80. took her amlodipine and bisoprolol from the dosette.
{{DATE:2/3}} 08:10 her son {{NAME:julian}} rang from {{LOCATION:ely}}, says he will come sat. told him about the red heel.
{{DATE:2/3}} 08:20 photo of heel uploaded {{PHOTO:img_20260302_0820.jpg}} for district nurse {{NAME:ros whitcombe}}.
{{DATE:2/3}} 18:05 tea visit. neighbour mr. {{NAME:tariq hussain}} had brought soup. pendant alarm (tunstall lifeline, serial {{DEVICE:tl-4471-88302}}) tested ok.
{{DATE:3/3}} 07:40 no answer at door. key safe used. found on sofa, a bit muddled, said she was "waiting for {{NAME:harold}}" (late husband). called 111, then {{NAME:julian}} on {{PHONE:07700 900 582}}.
{{DATE:3/3}} 09:15 paramedics {{NAME:kieran}} and {{NAME:sade}} here, urine dip positive, gp dr. {{NAME:mahalingam}} at {{LOCATION:shelford medical practice}} will do antibiotics (nitrofurantoin). stayed till 10:00.
{{DATE:3/3}} 12:30 pharmacy {{LOCATION:day lewis sawston}} delivered. logged off. - {{NAME:precious}}
`,
  },
  {
    id: 't27-056',
    kind: 'community nurse phone notes (lower case)',
    text: `
district nursing - mobile notes - rn {{NAME:olamide fashola}} - {{DATE:15 oct 2026}}
09:05 {{NAME:kowhai, tane}} - {{LOCATION:14b pohutukawa drive}}, {{LOCATION:manurewa}}. leg ulcer l gaiter, 4 layer compression reapplied. photo {{PHOTO:wound_kowhai_1510.heic}}. wife {{NAME:mihi}} says he is not elevating. nhi {{OTHER_ID:qbt2209}}
09:50 drove to {{LOCATION:clendon park}} - {{NAME:siaosi leiataua}} not home, neighbour said he is staying with his daughter {{NAME:lagi}} in {{LOCATION:mangere east}}. rang {{PHONE:021 555 0917}}, will see him there tmrw.
10:40 {{NAME:begum, rokeya}} ({{AGE_OVER_89:90}}), {{LOCATION:flat 6, 220 great south road}}, {{LOCATION:papatoetoe}}. insulin pen check, bgl 14.2, grandson {{NAME:rafiq}} gives evening dose. interpreter not needed, grandson translates bengali.
11:30 car (work fleet {{VEHICLE:lkm442}}) got a flat on {{LOCATION:te irirangi drive}}, lost 40 min.
12:45 {{NAME:erueti, hemi}}, {{LOCATION:botany downs}} - picc flush, dressing change, picc in since {{DATE:1/10}}. iv ab via opat, elastomeric pump {{DEVICE:inf-2207-k}} changed.
14:00 handover texted to {{NAME:sela}} (afternoon rn) and to coordinator {{EMAIL:dn.counties@example.org.nz}}.
`,
  },
  {
    id: 't27-057',
    kind: 'home-care agency visit verification export (capitals)',
    text: `
EVV VISIT EXPORT - {{LOCATION:SUNRISE HOME HEALTH AGENCY}} - PAYROLL WEEK {{DATE:07/12/2026}}-{{DATE:07/18/2026}}
CAREGIVER {{NAME:YOLANDA ESTRADA-PACHECO}}   EMP {{OTHER_ID:SH-2291}}   HHA CERT {{LICENSE:HHA-TX-0447102}}
DATE   CLIENT                     MEDICAID ID       IN     OUT    GPS CHECK  ADDRESS
{{DATE:07/13}}  {{NAME:CUEVAS, ROSENDO}}           {{HEALTH_PLAN:518847230}}       08:00  12:00  OK         {{LOCATION:1207 W MULBERRY AVE}}, {{LOCATION:SAN ANTONIO}}
{{DATE:07/13}}  {{NAME:MBEKI-JOHNSON, LUCILLE}}    {{HEALTH_PLAN:518902216}}       13:00  15:00  FAIL 0.8MI {{LOCATION:422 DIVINE ST}}, {{LOCATION:SAN ANTONIO}}
{{DATE:07/14}}  {{NAME:CUEVAS, ROSENDO}}           {{HEALTH_PLAN:518847230}}       08:00  12:00  OK         {{LOCATION:1207 W MULBERRY AVE}}, {{LOCATION:SAN ANTONIO}}
{{DATE:07/15}}  {{NAME:GRAYHORSE, NADINE}}         {{HEALTH_PLAN:518771409}}       09:00  11:00  OK         {{LOCATION:88 BROOKHOLLOW}}, {{LOCATION:LEON VALLEY}}
EXCEPTION NOTE {{DATE:07/13}}: CLIENT {{NAME:MBEKI-JOHNSON}} WAS AT DAUGHTER {{NAME:CHARLENE}}'S HOUSE ON {{LOCATION:NOGALITOS ST}} - VISIT DONE THERE, SUPERVISOR {{NAME:DIEGO ARRIAGA}} APPROVED.
CAREGIVER VEHICLE TX {{VEHICLE:LKR-4471}} (MILEAGE CLAIM 31 MI). SSN ON FILE {{SSN:000-52-8813}}.
AGENCY CONTACT: {{EMAIL:EVV@SUNRISE-HH.EXAMPLE.COM}}. STATE PORTAL {{URL:HTTPS://EVV.EXAMPLE.GOV/VISITS/SH-2291}}. SUPERVISOR RN LICENSE TX {{LICENSE:884102}}.
`,
  },
  {
    id: 't27-058',
    kind: 'palliative home visit texts between nurses (lower case)',
    text: `
hospice team whatsapp export - {{DATE:05/12/2026}}
[08:02] {{NAME:ayesha}}: morning. mr {{NAME:yilmaz}} ({{NAME:huseyin yilmaz}}, {{LOCATION:31 wood green road}}, {{LOCATION:n22 6xe}}) overnight agitated per wife {{NAME:sevgi}}. syringe driver (serial {{DEVICE:bd-msd-88124}}) running, midaz 10 mg/24h
[08:05] {{NAME:tomasz}}: i can go at 9. is the son {{NAME:murat}} there? he did the turkish last time
[08:06] {{NAME:ayesha}}: yes {{NAME:murat}} is staying there. daughter {{NAME:elif}} flying in from {{LOCATION:izmir}} tonight
[09:48] {{NAME:tomasz}}: seen. rattly breathing, added glycopyrronium. dr {{NAME:nwosu}} ok by phone. imam {{NAME:hafiz abdulkadir}} from {{LOCATION:wood green mosque}} visiting at 12
[09:50] {{NAME:tomasz}}: family asked for the just-in-case meds to be left. dna-cpr form in the red folder
[17:20] {{NAME:ayesha}}: {{NAME:sevgi}} rang, he died peacefully 17:05. verification by {{NAME:tomasz}} 18:00. undertaker {{LOCATION:haringey muslim funeral service}} informed. 
[17:22] {{NAME:bilal}} (on call): thanks both. bereavement pack to {{EMAIL:sevgi.yilmaz@example.co.uk}}
[17:30] {{NAME:ayesha}}: death verification form uploaded to the record. family gp {{LOCATION:bounds green group practice}} informed by fax {{FAX:020 7946 0521}}.
`,
  },
  {
    id: 't27-059',
    kind: 'home-care supervisor incident record (capitals)',
    text: `
INCIDENT RECORD - {{LOCATION:CARELINK HOME SUPPORT}}, {{LOCATION:HAMILTON}} ON   REF {{OTHER_ID:INC-2026-0388}}
DATE OF INCIDENT {{DATE:FEB 03 2026}} 16:40   REPORTED BY PSW {{NAME:MARICEL BAUTISTA-LIM}}
CLIENT {{NAME:STOJANOVIC, MILICA}}  {{AGE_OVER_89:95}}  {{LOCATION:78 CANNON ST E}}, {{LOCATION:HAMILTON}}   OHIP {{HEALTH_PLAN:2290 441 871 XP}}
WHAT HAPPENED: PSW ARRIVED FOR EVENING VISIT, CLIENT'S GRANDSON {{NAME:LUKA STOJANOVIC}} REFUSED ENTRY, SMELL OF GAS.
PSW CALLED 911 FROM DRIVEWAY. FIRE CREW FROM STATION 1 AND UNION GAS ATTENDED. CLIENT TAKEN BY EMS TO {{LOCATION:HAMILTON GENERAL}}.
GRANDSON LEFT IN GREY SILVERADO PLATE {{VEHICLE:CPLT 882}} BEFORE POLICE ARRIVED. CONSTABLE {{NAME:R. DHALIWAL}} BADGE {{OTHER_ID:2217}}.
FAMILY CONTACT: DAUGHTER-IN-LAW {{NAME:SNEZANA}} {{PHONE:905-555-0133}}, LIVES IN {{LOCATION:STONEY CREEK}}.
CARE COORDINATOR {{NAME:AMIRA HADDAD}} (HOME AND COMMUNITY CARE) FAXED {{FAX:905-555-0190}}.
PHOTOS OF KITCHEN TAKEN BY FIRE, NOT BY PSW.
FOLLOW-UP {{DATE:FEB 04 2026}}: CLIENT ADMITTED TO {{LOCATION:ST. JOSEPH'S HEALTHCARE HAMILTON}} (TRANSFERRED), CO LEVEL 28 PPM. SERVICES ON HOLD. PSW SUPERVISOR {{NAME:GURLEEN SANDHU}}.
`,
  },
  {
    id: 't27-060',
    kind: 'remote monitoring nurse log (lower case)',
    text: `
rpm nurse log - {{NAME:charlotte nakamura-beaulieu}} rn - {{DATE:2026-04-21}}
pt {{NAME:gaurav deshpande}}, {{LOCATION:4410 walnut lake rd}}, {{LOCATION:west bloomfield}} mi. hub serial {{DEVICE:hub-8830-41772}}, last sync ip {{IP:203.0.113.58}}
weight up 2.1 kg in 3 days. called {{PHONE:248-555-0129}}, wife {{NAME:sunanda}} answered. ankles swollen. extra furosemide 40 per hf protocol, dr {{NAME:aziz-mercado}} notified.
video visit link sent: {{URL:https://visit.example.com/r/8830-41772}}
pt {{NAME:margarethe lindholm}} ({{AGE_OVER_89:92}}) - no readings since {{DATE:4/18}}. daughter {{NAME:karin}} in {{LOCATION:traverse city}} says tablet {{DEVICE:tab-2219-0071}} unplugged by cleaner. she will ask neighbour {{NAME:walt}} to plug it in.
pt {{NAME:obadiah washington}} - bp 176/104 twice. no symptoms. on amlodipine, losartan. message to pcp dr. {{NAME:feldstein-okoro}} via portal {{URL:https://portal.example.org/msg/55120}}.
`,
  },
  {
    id: 't27-061',
    kind: 'home infusion nurse visit note on tablet (capitals)',
    text: `
HOME INFUSION VISIT  {{DATE:09/09/2026}}  NURSE {{NAME:JOSEPHINE ABENA ASANTE}} RN  LIC {{LICENSE:RN-MA-2230418}}
PT {{NAME:O'SULLIVAN-REYES, BRENDAN}}  MRN {{MRN:HI-7710284}}  DOB {{DATE:12/01/1971}}
ADDR {{LOCATION:61 WINTER ST}}, {{LOCATION:FRAMINGHAM}} MA {{LOCATION:01702}} (BASEMENT APT, SIDE DOOR)
THERAPY: IVIG 35 G Q4W. PUMP CADD SERIAL {{DEVICE:CADD-1F-553014}}. LOT NOT PHI.
VITALS PRE 128/74 HR 72, POST 122/70 HR 76. NO REACTION.
PARTNER {{NAME:HOLLIS}} PRESENT. DOG (NAMED WINSTON) SHUT IN KITCHEN.
NEXT VISIT {{DATE:10/07/2026}}. NOTE SENT TO DR {{NAME:KAMARA}}, {{LOCATION:LAHEY HOSPITAL}} IMMUNOLOGY, FAX {{FAX:781-555-0174}}.
MILEAGE: PERSONAL CAR MA {{VEHICLE:7GT 381}}, 46 MI FROM {{LOCATION:WORCESTER}} BRANCH.
DOCUMENT UPLOADED FROM TABLET {{DEVICE:IPAD-HI-0442}} AT IP {{IP:198.51.100.140}}.
PARTNER PHONE {{PHONE:508-555-0136}}. SPECIALTY PHARMACY SHIPMENT TRACKING {{OTHER_ID:1Z-77W-0912-2219}}. NEXT IGG LEVEL DUE {{DATE:OCT 2026}}.
`,
  },
  {
    id: 't27-062',
    kind: 'hospital-at-home rounds list (lower case)',
    text: `
hospital at home - virtual ward round - {{DATE:18/11/2026}} - consultant dr {{NAME:yusuf kaplan}}
1. {{NAME:morag sinclair}} ({{AGE_OVER_89:93}}), {{LOCATION:12 glebe terrace}}, {{LOCATION:alloa}} - cellulitis day 4, iv cefazolin via elastomer. her friend {{NAME:jessie}} sleeps over. photos reviewed {{PHOTO:leg_sinclair_d4.png}}. improving.
2. {{NAME:anand ramaswamy}}, {{LOCATION:stirling}} ({{LOCATION:raploch}}) - copd exacerbation, spo2 91%. nebs. wife {{NAME:lalitha}} worried, wants admission to {{LOCATION:forth valley royal}}. discuss.
3. {{NAME:agnieszka zielinska-boyd}}, {{LOCATION:bannockburn}} - hf, weight down 3 kg. can go back to gp dr {{NAME:macrae}} tomorrow.
4. {{NAME:will summers}} (yes, {{NAME:will}}), {{LOCATION:falkirk}} - pyelo, oral switch. brother {{NAME:grant summers}} drives him to bloods at {{LOCATION:falkirk community hospital}}.
team: {{NAME:iona}} (anp), {{NAME:kwabena}} (pharmacist), dr. {{NAME:fenella ruthven}} (reg)
ambulance key codes and door codes kept in the secure app only. scottish ambulance service not called today.
`,
  },
  {
    id: 't27-063',
    kind: 'home care needs assessment typed on phone (lower case)',
    text: `
needs assessment - social care - worker {{NAME:ngozi ekwueme-lund}} - {{DATE:09.03.2026}}
client {{NAME:aurelio bonnici}} dob {{DATE:22.01.1940}} lives at {{LOCATION:triq il-kappillan 17}}, {{LOCATION:zebbug}} with his sister {{NAME:carmela}} ({{AGE_OVER_89:91}}).
id card {{OTHER_ID:0441240m}}. referred by {{LOCATION:mater dei hospital}}, ward manager sr. {{NAME:doris galea}} (a nursing title, not a relative).
needs help with washing and meals. nephew {{NAME:joseph "joe" bonnici}} visits sundays from {{LOCATION:mosta}}. email {{EMAIL:joe.bonnici@example.com.mt}}
stairs steep, bedroom upstairs. commode and key safe to be ordered. telecare from {{LOCATION:aghtar 179 centre}}? pendant serial to follow.
parish priest fr {{NAME:anton vella}} of {{LOCATION:st philip's parish church}} brings communion.
follow up {{DATE:23.03.2026}}. service agreement {{URL:https://care.example.mt/agreements/ab-2026-114}}.
assessment tool used: barthel index 55/100 (a score). fsws referral form faxed {{FAX:2155 0419}}. worker mobile {{PHONE:+356 7955 0182}}.
`,
  },
  {
    id: 't27-064',
    kind: 'community mental health outreach log (capitals)',
    text: `
OUTREACH TEAM LOG - {{LOCATION:KENSINGTON}} / {{LOCATION:FISHTOWN}} - {{DATE:AUG 22 2026}}
10:15 FOUND "{{NAME:SHORTY}}" ({{NAME:DARNELL WHITAKER-BOONE}}) UNDER EL AT {{LOCATION:KENSINGTON AVE}} AND {{LOCATION:SOMERSET ST}}. WOUND L FOREARM (XYLAZINE). PHOTO {{PHOTO:OUT_0822_DW.JPG}} WITH CONSENT.
10:40 DROVE HIM TO {{LOCATION:PREVENTION POINT}}, WOUND CARE BY NP {{NAME:ROSALIND OKAFOR}}.
11:30 CHECKED ON {{NAME:MARISOL "MARI" DELGADO-FUENTES}} AT {{LOCATION:ST. FRANCIS INN}}. MISSED INVEGA SUSTENNA ON {{DATE:8/15}}. CASE MANAGER {{NAME:TREVOR BANKOLE}} {{PHONE:215-555-0146}}.
13:00 {{NAME:BISHOP}} (SURNAME, FIRST NAME {{NAME:AMOS}}) ASKING ABOUT HIS ID - SSN CARD LOST, LAST 4 {{SSN:6610}}. DOB {{DATE:1/30/1979}}. APPT AT SOCIAL SECURITY OFFICE ON {{LOCATION:NORTH BROAD}}.
14:15 VAN PA {{VEHICLE:ZKT-4419}} TO {{LOCATION:TEMPLE EPISODIC}} WITH {{NAME:DESTINY}} (SELF-HARM THOUGHTS), HANDED TO CRISIS RN {{NAME:PAULA MWANGI}}.
STAFF: {{NAME:LUIS CARABALLO}} (PEER), {{NAME:HEATHER QUINN}} (SW). REFERRALS ENTERED AT {{URL:HTTPS://OUTREACH.EXAMPLE.ORG/REF/0822}}.
16:30 DEBRIEF AT {{LOCATION:ONE DAY AT A TIME}} OFFICE, {{LOCATION:2532 N BROAD ST}}. NARCAN KITS GIVEN 6 (NOT PHI). NEXT SHIFT LEAD {{NAME:TANISHA OGUNLEYE}}.
`,
  },
];
