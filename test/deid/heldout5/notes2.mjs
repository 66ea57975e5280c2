// heldout5 notes 2: licensing, fitness, legal and administrative paperwork.
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-011',
    kind: 'driver-rehab-evaluation',
    text: `
DRIVER REHABILITATION PROGRAM - CLINICAL AND ON-ROAD EVALUATION
Client: {{NAME:Hope Arceneaux-Lindgren}}   DOB {{DATE:May 3, 1984}}   Referral from Dr. {{NAME:Will Okereke}} (PM&R)
VR case no. {{OTHER_ID:VR-2025-118304}}   Driver licence MN {{LICENSE:K-551-280-774-916}} (restriction code B, corrective lenses)
Dx: T10 complete SCI after MVC {{DATE:August 2023}}. Manual wheelchair, independent transfers.
Clinical: visual acuity 20/25 OU, fields 140 deg, contrast normal; UE strength 5/5 throughout, grip 38 kg R / 35 kg L.
Trail Making A 29 s, B 71 s. Brake reaction time with hand control 0.61 s (norm < 0.70).
Vehicle: client's 2019 minivan, VIN {{VEHICLE:2C4RC1BG7KR551903}}, plate {{VEHICLE:HPL 203}}, to be fitted with push-rotate hand control,
spinner knob and left-foot accelerator block by {{LOCATION:Northstar Mobility}}, {{LOCATION:Blaine}}.
On-road {{DATE:04/09/2025}}: 42 min, residential, arterial and interstate. Safe lane changes, one wide right turn.
Recommendation: cleared to drive with listed equipment after 4 training sessions. Report to DVS medical unit.
Evaluator: {{NAME:Grant Halloran}}, OTR/L, CDRS. Mother {{NAME:Faith Arceneaux}} observed. Next session {{DATE:Apr 16}}.
`,
  },
  {
    id: 'h5-012',
    kind: 'faa-airman-medical',
    text: `
AVIATION MEDICAL EXAMINATION - narrative supplement
Applicant: {{NAME:Sung-min Yoon}}   DOB {{DATE:1979-12-08}}   MedXPress confirmation {{OTHER_ID:MX-40FK29Q}}
Pilot certificate no. {{LICENSE:3390172}} (ATP). Class applied: first. Exam date {{DATE:2025-02-19}}.
SSN provided on form: {{SSN:512-55-0392}}. Address: {{LOCATION:7704 Larkspur Ct}}, {{LOCATION:Olathe}}, KS {{LOCATION:66061}}.
Item 18: kidney stone {{DATE:Nov 2023}}, passed spontaneously, CT {{DATE:12/2023}} clear; urology letter from Dr. {{NAME:Ebere Nwachukwu}} on file.
Vision: distant 20/15 each eye uncorrected, near 20/20, colour vision passed (Ishihara 14/14). Hearing: conversational voice at 6 ft.
BP 128/82, pulse 64. ECG: sinus rhythm, no change from {{DATE:02/2024}}.
Issued: first-class certificate, no limitations. Employer: regional airline (not recorded).
Examiner: Dr. {{NAME:Clementine Adair}}, AME, designee no. {{LICENSE:48817-2}}; clinic {{LOCATION:Prairie Air Medical}} {{PHONE:913-555-0186}}.
`,
  },
  {
    id: 'h5-013',
    kind: 'boxing-prebout-physical',
    text: `
STATE ATHLETIC COMMISSION - PRE-BOUT PHYSICAL
Event: Friday Night Fights, {{LOCATION:Eastgate Armory}}, {{DATE:March 28, 2025}}. Weigh-in {{DATE:3/27/2025}}.
Fighter: {{NAME:Adebayo}} "{{NAME:Bayo}}" {{NAME:Ogunleye}}   DOB {{DATE:10/10/1997}}   Federal ID {{OTHER_ID:KY-221908}}   Commission licence {{LICENSE:PB-0044791}}
Identity confirmed by fingerprint on commission scanner ({{BIOMETRIC:AC-FP-7718842}}) and photo {{PHOTO:Ogunleye_ID_front.png}}.
Record 11-2. Last bout {{DATE:01/18/2025}} (TKO loss, 45-day suspension served). MRI brain {{DATE:12/2024}} normal.
Exam: BP 124/78, HR 58, weight 160.2 lb. Pupils equal, fundi normal, no nystagmus. Romberg negative. Hands: old boxer's fracture R 5th MC, healed.
Cleared. Ringside physicians Dr. {{NAME:Mirela Dragomir}} and Dr. {{NAME:Hank Oyelowo}}. Corner: trainer {{NAME:Rocky Sandoval}}.
Opponent {{NAME:Julian}} "{{NAME:Jules}}" {{NAME:Marchetti}} examined separately (see his form).
`,
  },
  {
    id: 'h5-014',
    kind: 'health-care-proxy-notary',
    text: `
HEALTH CARE PROXY - EXECUTION PAGE
I, {{NAME:Wilhelmina Osei-Bonsu}}, of {{LOCATION:14 Cranberry Hollow Rd}}, {{LOCATION:Wareham}}, MA {{LOCATION:02571}}, born {{DATE:02/29/1936}},
appoint my nephew {{NAME:Kwame Asante}}, {{LOCATION:Apt 3R, 88 Linden St}}, {{LOCATION:Brockton}}, MA {{LOCATION:02301}}, tel {{PHONE:508-555-0163}},
as my health care agent. Alternate: my friend {{NAME:Summer Pike}}, {{PHONE:(774) 555-0109}}.
Signed this {{DATE:14th day of April, 2025}} at {{LOCATION:Cranberry Hollow Rest Home}}.
Witness 1: {{NAME:Lorraine Beaulieu}}, {{LOCATION:6 Paddock Way}}, {{LOCATION:Marion}}, MA.   Witness 2: {{NAME:Anthony Pires}}, {{LOCATION:New Bedford}}, MA.
Notary: {{NAME:Deborah Quaye}}, commission no. {{LICENSE:NP-2031-77419}}, expires {{DATE:Aug 30, 2028}}.
Attending note: pt has capacity for this decision (Aid to Capacity Evaluation 0/8 concerns), Dr. {{NAME:Rashid Haddad}}, {{DATE:4/14/25}}.
`,
  },
  {
    id: 'h5-015',
    kind: 'insurance-eob',
    text: `
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: {{DATE:05/02/2025}}     Member: {{NAME:TERESITA M LACSON}}     Member ID: {{HEALTH_PLAN:XQH 884 217 301}}
Patient: {{NAME:ANDRES LACSON}} (dependent 02)     Group: 0073316     Claim no.: {{OTHER_ID:2025112O4477810}}
Provider: DR. {{NAME:PILAR ECHEVARRIA}} / {{LOCATION:SUNNYSLOPE PEDIATRICS}}     Patient account: {{ACCOUNT:SP-00918344}}
Service date   Code    Description             Billed    Allowed   Plan paid   You owe
{{DATE:04/07/2025}}     99214   Office visit           $212.00   $131.40   $106.40     $25.00 copay
{{DATE:04/07/2025}}     87880   Strep test, rapid        $38.00    $17.22    $17.22      $0.00
{{DATE:04/09/2025}}     J0696   Ceftriaxone 250 mg       $61.00    $4.10     $4.10       $0.00
Deductible met year to date: $750 of $1,500. Out-of-pocket: $1,180 of $4,000.
Remark N130: consult plan benefit documents. Appeal within 180 days: write to Appeals, PO Box 30771, or fax {{FAX:1-866-555-0143}}.
See your claims online at {{URL:https://member.example-health.com/eob/2025112O4477810?m=XQH884217301}}.
Subscriber SSN on file ending {{SSN:2290}}. Questions: {{PHONE:1-800-555-0171}} (TTY 711).
`,
  },
  {
    id: 'h5-016',
    kind: 'pharmacy-ivr-transcript',
    text: `
AUTOMATED REFILL LINE - call transcript (speech to text), {{LOCATION:Ridgeway Family Pharmacy}} store 0412
[system] Thank you for calling. Please say or enter your prescription number.
[caller] {{OTHER_ID:four four oh one nine two six}}
[system] I heard {{OTHER_ID:4401926}}. For security, please say your date of birth.
[caller] {{DATE:june nineteenth nineteen fifty one}}
[system] Thank you, {{NAME:Marjorie}}. Voice match confirmed (voiceprint {{BIOMETRIC:VP-0412-88371}}).
[system] Your refill of atorvastatin 40 milligrams, 90 tablets, will be ready Thursday {{DATE:July 10th}} after 2 PM.
[caller] can you add my husband's too, it's {{NAME:Gerald}}, {{NAME:Gerald Fenstermacher}}, his number is {{OTHER_ID:four four oh three three eight one}}
[system] Prescription {{OTHER_ID:4403381}} has no refills remaining. We will contact Dr. {{NAME:Okwuosa}} for you.
[system] To receive a text when ready, say your mobile number.
[caller] {{PHONE:six oh eight five five five oh one nine one}}
[system] Texts will go to {{PHONE:six oh eight five five five oh one nine one}}. Goodbye.
Call metadata: caller ID {{PHONE:608-555-0191}}, {{DATE:07/08/2025}} 18:22, 2 min 14 s. Member {{HEALTH_PLAN:WPS71104428}} on file.
`,
  },
  {
    id: 'h5-017',
    kind: 'answering-service-sheet',
    text: `
AFTER-HOURS ANSWERING SERVICE - MESSAGE SHEET for {{LOCATION:Lakeshore Ob-Gyn Associates}}, night of {{DATE:9/6/25}}
#1 23:08  Caller {{NAME:Precious Eze}}, pt, DOB {{DATE:12/01/1995}}, 36 wks, "leaking fluid since 10pm". CB {{PHONE:216-555-0137}}.
          Paged Dr. {{NAME:Forrest Lindahl}} 23:09, returned 23:15, sent to L&D at {{LOCATION:Cuyahoga Valley Women's Hospital}}.
#2 00:41  Caller Mrs. {{NAME:Hwang}} for daughter {{NAME:Ji-ah Hwang}} (pt, 17), heavy bleeding after D&C on {{DATE:Sept 4}}. CB {{PHONE:(440) 555-0178}}.
          Dr. {{NAME:Lindahl}} advised ED, called back 00:52.
#3 03:17  Pharmacy {{LOCATION:Quick-Rx on Detroit Ave}} re: Rx for {{NAME:Natalia Bondarenko}}, clarification of dose (nifedipine ER 30 mg). Fax {{FAX:216-555-0124}}.
#4 05:55  {{NAME:Grant}} (husband of pt {{NAME:Ivy Mattingly}}) asking appt time, non-urgent, hold for office. Pt MRN per caller {{MRN:00-771-204}}.
Operator: {{NAME:shawna.k}} / operator 31.
`,
  },
  {
    id: 'h5-018',
    kind: 'funeral-home-release',
    text: `
RELEASE OF REMAINS TO FUNERAL HOME
Decedent: {{NAME:Eleanor Frances Tuimavave}}   Age {{AGE_OVER_89:96}}   DOB {{DATE:1/13/1929}}   MRN {{MRN:71-55820}}   SSN {{SSN:404-55-7728}}
Date/time of death: {{DATE:02/03/2025}} 04:17, pronounced by {{NAME:Kamalei Akana}}, RN, on 3 East; attending Dr. {{NAME:Marcus Ibekwe}} notified 04:30.
ME case: not an ME case (expected death, hospice). Autopsy declined by next of kin.
Next of kin: daughter {{NAME:Losa Tuimavave-Reed}}, {{LOCATION:31 Pali View Pl}}, {{LOCATION:Kaneohe}}, HI {{LOCATION:96744}}, {{PHONE:808-555-0119}}.
Released to: {{LOCATION:Windward Memorial Chapel}}, {{LOCATION:46-001 Kamehameha Hwy}}; funeral director {{NAME:Alika Fonoti}}, licence {{LICENSE:FD-1729}}.
Removal {{DATE:02/03/2025}} 09:40. ID band checked x2, belongings bag (dentures, 1 ring) sent with body.
Hospital account {{ACCOUNT:HA-90031847}}. Death certificate worksheet faxed to funeral home {{FAX:808-555-0147}}.
`,
  },
  {
    id: 'h5-019',
    kind: 'emergency-hold-application',
    text: `
APPLICATION FOR EMERGENCY EVALUATION (72-HOUR HOLD)
Person: {{NAME:Bohdan Kravets}}, aka "{{NAME:Bo}}"   DOB {{DATE:03/30/1990}}   SSN {{SSN:531-55-0817}}
Found at {{LOCATION:Tri-County Transit Center}}, {{LOCATION:Eastvale}}, {{DATE:10/27/2024}} approx 19:30.
Petitioner: Officer {{NAME:Dana Whitfield}}, badge {{OTHER_ID:4712}}, incident {{OTHER_ID:24-118830}}.
Facts: stated he "will not be here tomorrow", had a rope in backpack, 2 prior attempts per mother {{NAME:Halyna Kravets}} ({{PHONE:951-555-0104}}).
ED eval at {{LOCATION:Riverside Regional Behavioral}}: C-SSRS high risk, PHQ-9 24/27, BAL 0.00, UDS negative. Vitals normal.
Hold affirmed by Dr. {{NAME:Emeka Chukwu}}, psychiatrist, {{DATE:10/28/2024}} 02:10. Patient's rights advisement given; interpreter not needed.
Weapons: none at home per mother. Vehicle: none.
`,
  },
  {
    id: 'h5-020',
    kind: 'record-amendment-request',
    text: `
{{LOCATION:212 Sweetgum Trail}}
{{LOCATION:Mabank}}, TX {{LOCATION:75147}}
{{DATE:March 3, 2025}}

Health Information Management
{{LOCATION:Cedar Creek Regional Medical Center}}
Fax {{FAX:903-555-0183}}

Re: request to amend my record, MRN {{MRN:CCR0039914}}

To whom it may concern,
My name is {{NAME:Rosemary}} "{{NAME:Ro}}" {{NAME:Guidry}} and my date of birth is {{DATE:October 2, 1962}}, not {{DATE:October 20, 1962}} as it is printed on my
discharge papers from {{DATE:2/11/25}}. The discharge summary also lists my husband as "{{NAME:Randy}}"; his name is {{NAME:Randall Guidry}}
and he is not my emergency contact - my sister {{NAME:Charlene Pruitt}} is, at {{PHONE:903-555-0116}}.
Please correct this and send confirmation to {{EMAIL:roguidry62@example.com}}.
Sincerely, {{NAME:Rosemary Guidry}}
`,
  },
];
