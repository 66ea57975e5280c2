// heldout14 notes1.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-001',
    kind: 'family caregiver\'s notebook log',
    text: `
DAD'S BOOK - kept by {{NAME:Rosalind}} (daughter). Bring this to every appointment!!
Dad = {{NAME:Walter Eugene Pruitt}}, born {{DATE:3 Feb 1935}} -> he is {{AGE_OVER_89:91}} now, whatever he tells the nurses.
Medicare card {{HEALTH_PLAN:4TQ2-JK8-MW71}}. Supplement (the blue card) {{HEALTH_PLAN:PLX558201447}}.
Dr. {{NAME:Hannigan}} office {{PHONE:(614) 555-0183}}, their fax {{FAX:(614) 555-0190}} for the forms.
Pharmacy is the {{LOCATION:Kroger}} on {{LOCATION:Sawmill Rd}} - refills ready 5 days after they call.

{{DATE:Oct 3}} - Fell getting out of the recliner ~2am. No hit to head (he says). Big bruise left hip, I took
  pictures: {{PHOTO:IMG_4471.HEIC}}, {{PHOTO:IMG_4472.HEIC}}. BP on the home cuff 148/86, pulse 72.
{{DATE:Oct 4}} - Aide from the agency ({{NAME:Marisol}}) came 9-1. She says he ate half the oatmeal. Gave Tylenol 500mg x2.
{{DATE:Oct 6}} - Hearing aid left side dead again. Serial on the box {{DEVICE:HA-22K9041173}}. Called the
  hearing place, they want it mailed.
{{DATE:Oct 9}} - Neighbor {{NAME:Gus Vandermolen}} (the one with the snowblower) says Dad was out at the mailbox
  in his slippers at 6am. {{NAME:Gus}}'s cell {{PHONE:614-555-0127}} if something happens when I'm at work.
{{DATE:Oct 11}} - Memory clinic at {{LOCATION:Riverside Methodist}}. MoCA 17/30 (was 19/30 in {{DATE:March 2025}}).
  They changed donepezil 5 to 10 mg. Next visit {{DATE:01/22/2027}}.
{{DATE:Oct 14}} - My brother {{NAME:Clay}} took the car keys. Dad's Buick plate {{VEHICLE:JRX 4471}} - we are selling it.
Notes for {{NAME:Clay}}: the portal login is mine, don't change the password. SSN for the Medicaid
application is in the safe ({{SSN:000-41-7752}}), please don't text it to anyone.
`,
  },
  {
    id: 'h14-002',
    kind: 'landlord\'s letter to a housing officer',
    text: `
Beaconsfield Lettings
{{LOCATION:41 Ormeau Road}}, {{LOCATION:Belfast}} {{LOCATION:BT7 1EB}}  |  tel {{PHONE:028 9649 6021}}  |  {{EMAIL:lettings@beaconsfield.example.co.uk}}

{{DATE:12 November 2026}}

FAO {{NAME:Siobhan Carberry}}, Tenancy Sustainment Officer
Re: Mr {{NAME:Desmond Quigley}}, {{LOCATION:Flat 3}}, {{LOCATION:17 Rugby Avenue}}, {{LOCATION:Belfast}} {{LOCATION:BT7 1RD}}

Dear Ms {{NAME:Carberry}},

I am writing as the landlord of the above flat. Mr {{NAME:Quigley}} is {{AGE_OVER_89:93}} and has lived there since 1998.
On Sunday {{DATE:8 November}} the tenant below, Mrs {{NAME:Aoife Dunne}}, heard him calling and rang 999. He was
taken to the {{LOCATION:Ulster Hospital}} and I understand he is now on a ward there (hospital number
{{MRN:UH4471920}}, which his nephew {{NAME:Ciaran}} gave me so I could pass it on to you).

When we went in with the paramedics the flat was not safe: the gas hob had been left on, newspapers were
stacked to the ceiling and there was no food in the fridge. I have photographs ({{PHOTO:rugby_ave_flat3_01.jpg}} to
{{PHOTO:rugby_ave_flat3_14.jpg}}) and can send them on request. His H&C number is {{HEALTH_PLAN:320 558 1946}} if that
helps the social worker.

His nephew can be reached on {{PHONE:07700 900314}}. I do not want to end the tenancy; I want to know what support
can be put in before he comes home. Tenancy reference {{OTHER_ID:BL/T/20417}}.

Yours sincerely,
{{NAME:Margaret Ferris}}
Director
`,
  },
  {
    id: 'h14-003',
    kind: 'employer\'s sick-leave and return-to-work form',
    text: `
NORTHGATE LOGISTICS INC. - EMPLOYEE LEAVE & RETURN-TO-WORK FORM (HR-27)
Section A (completed by HR)
Employee: {{NAME:Tremaine Odell Whitfield}}    Employee #: {{OTHER_ID:NL-0048813}}    SSN (last 4): {{SSN:6619}}
Home address: {{LOCATION:2207 Kessler Blvd}}, {{LOCATION:Indianapolis}}, IN {{LOCATION:46222}}
Supervisor: {{NAME:Dana Kowalczyk}}, Dock 4    Leave start: {{DATE:10/19/2026}}    Expected return: {{DATE:11/16/2026}}
Company vehicle assigned: Ford Transit, plate IN {{VEHICLE:TK58120}}, VIN {{VEHICLE:1FTBR1C85MKA29914}} (keys returned to fleet desk)
STD claim no. {{OTHER_ID:STD-2026-771904}} (third-party administrator, fax {{FAX:(317) 555-0149}})
Reason given by employee: "back surgery, lumbar fusion L4-L5"

Section B (completed by treating provider)
Provider: {{NAME:Priya Raghunathan}}, MD    Indiana licence {{LICENSE:01067733A}}    Phone {{PHONE:(317) 555-0162}}
Date of surgery {{DATE:10/21/2026}}. May return {{DATE:11/16/2026}} with restrictions: no lifting > 20 lb, no forklift,
sit/stand as needed, 6 h days x 2 weeks. Forklift certification card {{LICENSE:FC-99431}} suspended until cleared.

Section C (employee acknowledgement)
Signed {{NAME:T. Whitfield}} {{DATE:11/09/2026}} - scanned signature {{PHOTO:hr27_whitfield_sig.png}}
HR rep {{NAME:lmorrissey}}   e-mail to {{EMAIL:hr.leave@northgate.example.com}}
`,
  },
  {
    id: 'h14-004',
    kind: 'university disability-services accommodation letter',
    text: `
Office of Accessibility Resources | {{LOCATION:University of New Mexico}}
{{LOCATION:Mesa Vista Hall}}, Room 2021 | {{PHONE:505-555-0111}} | {{EMAIL:access@unm-oar.example.edu}}

Date: {{DATE:September 2, 2026}}
To: Instructors of {{NAME:Naomi Begay-Tsosie}} (Banner ID {{OTHER_ID:101884572}})
From: {{NAME:Jerome Atcitty}}, Accommodation Specialist

This letter confirms that the above student is registered with our office for the Fall 2026 semester.
Accommodations approved on {{DATE:08/28/2026}}:
  - 1.5x time on exams in a reduced-distraction room (book at least 5 business days ahead)
  - may leave class without penalty for medical needs; may have water and snacks in class
  - may carry and use an insulin pump and glucose monitor in exams ({{DEVICE:PMP-7721-0433-X}}; receiver kept on desk)
  - flexible attendance when the student provides notice through the portal
Details of the condition are confidential and are not to be requested. Questions about exam
logistics go to the proctoring desk ({{PHONE:505-555-0114}}). Student's residence for notification
purposes: {{LOCATION:Coronado Hall}}, rm 318.

Student contact: {{EMAIL:nbegaytsosie@unm.example.edu}}   Mother (emergency): {{NAME:Loretta Begay}} {{PHONE:505-555-0196}}
Request submitted online from {{IP:100.64.91.7}}. Case file link (staff only): {{URL:https://oar.unm.example.edu/cases/101884572}}
Renewal due {{DATE:January 2027}}.
`,
  },
  {
    id: 'h14-005',
    kind: 'church weekly prayer list',
    text: `
ST. BRENDAN'S PARISH - PRAYER CHAIN, week of {{DATE:November 15}}
Please keep in your prayers:
* {{NAME:Agnes Ostrowski}}, who turns {{AGE_OVER_89:96}} on Thursday, home from {{LOCATION:Mercy Hospital}} and resting at her
  daughter {{NAME:Helen}}'s house. Cards may be sent to {{LOCATION:88 Linden Street}}, {{LOCATION:Scranton}}, PA {{LOCATION:18505}}.
* Fr. {{NAME:Dominic}} asks prayers for {{NAME:Luis Arroyo Pena}}, in rehab at {{LOCATION:Allied Skilled Nursing}} after his stroke.
* {{NAME:Beatrice}} "{{NAME:Bea}}" {{NAME:Kimura}}, age {{AGE_OVER_89:94}}, who moved to {{LOCATION:Holy Family Residence}} last week.
* The family of {{NAME:Raymond Sokol}}, who died on {{DATE:November 9}}. Funeral Mass Friday {{DATE:11/20}} 10 AM,
  viewing at {{LOCATION:Kiesel Funeral Home}} the evening before.
* {{NAME:Tammy}} and {{NAME:Dev}} and their baby son, still in the NICU at {{LOCATION:Geisinger CMC}}.
Meal train for the {{NAME:Sokol}} family: {{URL:https://mealtrain.example.com/sokol-family-8812}}
Prayer chain coordinator: Sr. {{NAME:Mary Lou}} {{PHONE:570-555-0148}} or {{EMAIL:prayerchain@stbrendan.example.org}}
Remember: only share what the person has asked us to share.
`,
  },
  {
    id: 'h14-006',
    kind: 'estate executor\'s records request after a death',
    text: `
{{NAME:Harold J. Whitcombe}}, Executor
Estate of {{NAME:Frances Louise Whitcombe}}, deceased
{{LOCATION:1120 Brookhaven Drive}}, {{LOCATION:Macon}}, GA {{LOCATION:31204}}
{{PHONE:(478) 555-0107}}   {{EMAIL:hjwhitcombe@example.net}}

{{DATE:October 30, 2026}}

Health Information Management
{{LOCATION:Atrium Health Navicent}}
Via fax {{FAX:(478) 555-0155}}

Re: Request for complete medical records of {{NAME:Frances L. Whitcombe}}
Date of birth {{DATE:06/14/1929}} - Date of death {{DATE:09/27/2026}} (age {{AGE_OVER_89:97}})
Medical record no. {{MRN:NV00618842}}   SSN {{SSN:000-62-1187}}

I am the court-appointed executor of my mother's estate ({{LOCATION:Bibb County}} Probate Court, estate file
{{OTHER_ID:2026-PR-00917}}). Enclosed are my Letters Testamentary issued {{DATE:10/15/2026}}, a copy of the death
certificate (state file no. {{OTHER_ID:2026-GA-041175}}) and a copy of my driver's licence ({{LICENSE:058812440}}).
Please send the records from {{DATE:January 2025}} onward, including her stay at {{LOCATION:Carlyle Place}}.
Any fee may be charged to the estate account at Colony Bank, account {{ACCOUNT:4410078823}}.

Sincerely,
{{NAME:Harold J. Whitcombe}}
`,
  },
  {
    id: 'h14-007',
    kind: 'pet-sitter\'s handover note',
    text: `
hi {{NAME:Deb}}! handover for the week - Mrs. {{NAME:Lindqvist}} is still in hospital so it's just us + the dogs

- {{NAME:Ingrid}} fell on the back steps Tues {{DATE:11/3}}, she's at {{LOCATION:Swedish First Hill}}, 6th floor.
  her son {{NAME:Erik}} says hip surgery went ok, she may go to rehab in {{LOCATION:Ballard}} after. his number {{PHONE:206-555-0178}}
- dogs: Pepper (old lab, 1/2 rimadyl w/ dinner) and Moose. don't let Moose out front, he runs.
- house: {{LOCATION:6514 27th Ave NW}}. the doorbell cam caught the fall, {{NAME:Erik}} asked me to save it, it's on the
  laptop as {{PHOTO:frontdoor_1103_0652.mp4}}. DO NOT delete.
- her car ({{VEHICLE:BXK4410}}, silver Subaru) stays in the garage, {{NAME:Erik}} has the keys
- mail: she gets a lot of pharmacy stuff from {{LOCATION:Bartell Drugs}}, just stack it on the piano
- her medical alert pendant was on the counter when i got here (serial on the back {{DEVICE:MX3-0098172}}) -
  {{NAME:Erik}} says take it to the hospital on thursday. her hospital room phone is {{PHONE:206-555-0121}} ext 6614
- pay: {{NAME:Erik}} venmo'd me, sitter invoice #{{ACCOUNT:PS-1187}}
- Mrs {{NAME:Lindqvist}} turns {{AGE_OVER_89:90}} in december!! card is in the drawer, get everyone to sign it
thanks!! - {{NAME:Kayla}}
`,
  },
  {
    id: 'h14-008',
    kind: 'home-help agency visit handover sheet',
    text: `
BRIGHTWAYS HOME SUPPORT - VISIT HANDOVER (carer to carer)
Client: Mr. {{NAME:Ebenezer Adjei-Mensah}}    Client no: {{OTHER_ID:BW-33107}}    NHS no: {{HEALTH_PLAN:943 476 5918}}
Address: {{LOCATION:Flat 12, Wedmore House}}, {{LOCATION:Cowley Road}}, {{LOCATION:Oxford}} {{LOCATION:OX4 1JE}}   Key safe: ask office
Next of kin: {{NAME:Abena Adjei-Mensah}} (daughter) {{PHONE:07700 900428}}, lives in {{LOCATION:Reading}}
GP: Dr {{NAME:Fenwick}}, {{LOCATION:Manzil Way Surgery}} {{PHONE:01865 555 204}}

Mon {{DATE:16 Nov}} 08:00 ({{NAME:Grace O.}}) - Prompted meds from dosette (am slot). Breakfast porridge, ate all.
  Pendant alarm base unit beeping - low battery. Unit serial {{DEVICE:TL-BU-558107}}. Reported to office.
Mon {{DATE:16 Nov}} 12:30 ({{NAME:Piotr W.}}) - Lunch, soup. He says his knee is sore. Cream applied as per MAR.
Mon {{DATE:16 Nov}} 18:00 ({{NAME:Grace O.}}) - Daughter visited. She asked for the care plan review to be moved to
  {{DATE:24/11/2026}}. Told her to ring the office on {{PHONE:01865 555 260}}.
Tue {{DATE:17 Nov}} 08:10 ({{NAME:Hui Min L.}}) - Found him on the floor by the bed, alert, says he slid down. No injury seen.
  Did NOT lift - called 111 and the office. Photo of the floor area for the incident form: {{PHOTO:BW33107_1711_fall.jpg}}.
  Incident ref {{OTHER_ID:INC-2026-0912}}. Daughter informed 08:40.
Office note: falls risk review booked with the OT, {{DATE:19 November}}. Staff log in via app with fingerprint; {{NAME:Hui Min}}'s
  visit check-in template {{BIOMETRIC:FP-T-40917}} failed twice, manual check-in approved by {{NAME:jfarrow}}.
`,
  },
  {
    id: 'h14-009',
    kind: 'neighbour\'s written statement to adult protective services',
    text: `
STATEMENT OF REPORTING PARTY - Adult Protective Services, {{LOCATION:Pima County}}
APS intake no. {{OTHER_ID:APS-26-118830}}   Taken by: {{NAME:Rebecca Solano}} ({{EMAIL:rsolano@aps-az.example.gov}})
Date: {{DATE:11/18/2026}}

My name is {{NAME:Leonard Abeyta}}. I live at {{LOCATION:3311 E Calle Fresno}}, {{LOCATION:Tucson}} {{LOCATION:85716}}, next door to
Mrs. {{NAME:Consuelo Ybarra}}, who is {{AGE_OVER_89:90}} years old. I have known her for twenty years.

Since about mid-October a man who says he is her grandson, {{NAME:Adrian}}, has been staying there. He drives
a black Dodge Charger, Arizona plate {{VEHICLE:CBL7734}}. Twice I saw him leave with her checkbook. On {{DATE:Nov 14}}
she came to my door crying and said she had not eaten since the day before. She told me he took her
Social Security card. Her number is on a paper she gave me to keep safe: {{SSN:000-58-2236}}.

I drove her to the {{LOCATION:El Rio Health}} clinic on {{DATE:Nov 16}}; the nurse there said she was dehydrated. I took
photos of the kitchen and the empty pill boxes on my phone ({{PHOTO:IMG_2026-11-14_0931.jpg}},
{{PHOTO:IMG_2026-11-14_0933.jpg}}). I can email them. My phone: {{PHONE:520-555-0193}}.

Her daughter {{NAME:Marisela Ybarra}} lives in {{LOCATION:Nogales}} and her number is {{PHONE:520-555-0140}}.
Signed: {{NAME:Leonard Abeyta}}
`,
  },
];
