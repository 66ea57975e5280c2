// heldout14 notes2.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-010',
    kind: 'high-school 504 plan meeting notes by a counsellor',
    text: `
{{LOCATION:Cherry Creek High School}} - Section 504 Plan Meeting Notes
Student: {{NAME:Mateo Ruiz-Hollander}}   Student ID: {{OTHER_ID:S0441982}}   Grade 10   DOB {{DATE:04/09/2010}}
Meeting date: {{DATE:September 17, 2026}}   Case manager: {{NAME:Allison Greer}}, School Counselor
Present: parents {{NAME:Carla Ruiz}} and {{NAME:Benjamin Hollander}}; teachers Mr. {{NAME:Ostrander}} (Chem), Ms. {{NAME:Yazzie}} (PE);
school nurse {{NAME:Dana Pettibone}}

Summary: {{NAME:Mateo}} has type 1 diabetes and uses an insulin pump (serial {{DEVICE:OMN-4U-8819274}}) with a CGM that shares
readings to his mother's phone. He missed 11 days last spring.
Accommodations agreed: snacks and water in every class; may check glucose in class; may go to the health office
at any time with an escort; make-up tests within 5 school days; no PE participation if glucose < 70 or > 300.
Parents asked that the CGM follower app on the nurse's iPad be linked: share link {{URL:https://follow.cgm.example.com/s/mrh-77a1}}.
Parent contacts: {{NAME:Carla}} {{PHONE:303-555-0135}} ({{EMAIL:carla.ruiz@example.com}}); {{NAME:Ben}} {{PHONE:303-555-0152}}
Home: {{LOCATION:15520 E Orchard Pl}}, {{LOCATION:Centennial}}, CO {{LOCATION:80015}}
Review date: {{DATE:March 2027}}. Plan signed electronically; audit IP {{IP:198.51.100.87}}.
`,
  },
  {
    id: 'h14-011',
    kind: 'lower-case community WhatsApp group visiting-sick list',
    text: `
*visiting the sick - weekly list* (posted by hajja {{NAME:fatima}} {{DATE:23/11}})
assalamu alaikum everyone, please visit if you can and send a message first
1. brother {{NAME:yusuf okonjo}}, {{LOCATION:royal london hospital}} ward 12e, knee op went well. his wife {{NAME:halima}} {{PHONE:07700 900561}}
2. aunty {{NAME:khadija begum}}, she is {{AGE_OVER_89:92}} now mashallah, back home at {{LOCATION:14 ashfield street}} {{LOCATION:e1 2ah}}, the
   carers come 4 times a day. her grandson {{NAME:rahim}} says visits after asr are best
3. uncle {{NAME:tariq mahmood}} - still at {{LOCATION:st joseph's hospice}} in {{LOCATION:hackney}}. family asked for no phone calls,
   only dua. his son is {{NAME:imran}} {{PHONE:07700 900672}}
4. sister {{NAME:amina warsame}} had her baby girl on {{DATE:20th november}} at {{LOCATION:homerton}}, both well alhamdulillah
5. mr {{NAME:abdi}} from the friday circle, his mum ({{AGE_OVER_89:97}}) passed in {{LOCATION:hargeisa}} on {{DATE:18/11}}. janaza was there
lifts: {{NAME:bilal}} can drive people on saturday, his car is the grey corolla {{VEHICLE:LR19 XKT}}
any changes message me or email {{EMAIL:visitsick.eastlondon@example.org}}
jazakallah khair - {{NAME:fatima}}
`,
  },
  {
    id: 'h14-012',
    kind: 'estate litigation attorney\'s letter requesting capacity records',
    text: `
LONE STAR PROBATE PARTNERS LLP
Attorneys at Law | {{LOCATION:2200 Ross Avenue, Suite 4100}}, {{LOCATION:Dallas}}, TX {{LOCATION:75201}}
Tel {{PHONE:214-555-0188}} | Fax {{FAX:214-555-0189}} | {{EMAIL:mblum@lonestarprobate.example.com}}

{{DATE:November 6, 2026}}

Custodian of Records, {{LOCATION:Presbyterian Village North}}
Re: Estate of {{NAME:Eleanor Rae Castellano}} (DOB {{DATE:02/11/1931}}, SSN {{SSN:000-14-9920}}); {{LOCATION:Dallas County}}
Probate Court No. 2, Cause No. {{OTHER_ID:PR-26-03318-2}}

Dear Custodian:
This firm represents {{NAME:Theresa Castellano Burke}}, a beneficiary under Mrs. {{NAME:Castellano}}'s will of
{{DATE:April 4, 2019}}. A later codicil dated {{DATE:July 19, 2025}} is contested on the ground that the testator,
then aged {{AGE_OVER_89:94}}, lacked capacity. Pursuant to the enclosed subpoena, please produce: all nursing and
physician notes from {{DATE:June 1, 2025}} through {{DATE:August 31, 2025}}, cognitive screening results, the
visitor log, and any photographs taken for her chart, including the admission photo ({{PHOTO:resident_photo_4419.jpg}}).
Her resident number was {{MRN:PVN-4419}}.
Very truly yours,
{{NAME:Miriam Blum}}, Texas Bar No. {{LICENSE:24071186}}
`,
  },
  {
    id: 'h14-013',
    kind: 'transit authority return-to-duty form for a bus operator',
    text: `
CAPITAL METRO TRANSIT - RETURN TO DUTY CLEARANCE (operators)
Operator: {{NAME:WASHINGTON, DESHAWN L.}}   Badge {{OTHER_ID:40917}}   Garage: North   SSN {{SSN:000-33-7180}}
CDL: TX {{LICENSE:38817725}} class B, P endorsement, exp {{DATE:03/14/2028}}   DOT medical card exp {{DATE:08/2027}}
Off duty since {{DATE:10/02/2026}} (incident: collapsed at the wheel, bus 2214, Route 7, no passengers hurt).
Workers comp claim {{OTHER_ID:WC-88120-TX}}. Incident video pulled from bus cameras: {{PHOTO:bus2214_cam3_1002.mp4}}.

Medical examiner's section:
Examiner: {{NAME:Lorraine Tejeda}}, DO   National Registry no. {{LICENSE:3320145877}}   Clinic fax {{FAX:(512) 555-0177}}
Findings: syncope {{DATE:10/02/2026}}; work-up at {{LOCATION:St. David's Medical Center}} negative except orthostatic hypotension
(BP 132/80 lying, 104/66 standing). Medication adjusted. Holter {{DATE:10/09/2026}} normal. Event monitor serial
{{DEVICE:ZK-0048831}} returned.
Determination: qualified, 12-month card. Must report any further episode.

Operations: cleared to return {{DATE:11/02/2026}} after 2 days of ride-along with trainer {{NAME:Mike Baptiste}}.
HR contact {{NAME:Yolanda Pruitt}} {{PHONE:512-555-0125}}. Operator's personal vehicle (garage lot permit 118) plate {{VEHICLE:LKP-4492}}.
`,
  },
  {
    id: 'h14-014',
    kind: 'lower-case sibling text thread about a parent in hospice',
    text: `
[group: mom updates]
{{NAME:jen}} ({{DATE:11/20}} 7:02 pm): hospice nurse {{NAME:tasha}} came today. mom is sleeping most of the day now. she said maybe days to a week
{{NAME:jen}}: they upped the morphine to 5mg every 2 hrs as needed. the lorazepam is for agitation only
{{NAME:marcus}}: i can fly in sat. landing {{LOCATION:bwi}} 2:40. can someone get me
{{NAME:jen}}: uncle {{NAME:ray}} can, hes driving the old van {{VEHICLE:8CX2214}}
{{NAME:lisa}}: the hospice # is {{PHONE:410-555-0133}} if anyone needs it, after hours press 2
{{NAME:lisa}}: also the chaplain father {{NAME:okafor}} is coming sunday
{{NAME:marcus}}: is she still at {{LOCATION:gilchrist}} or home
{{NAME:jen}}: home. {{LOCATION:2419 hollins ferry rd}}. hospital bed is in the dining room
{{NAME:jen}}: sent pics of her with the grandkids {{PHOTO:IMG_8812.jpg}} {{PHOTO:IMG_8813.jpg}}
{{NAME:lisa}}: crying. she is {{AGE_OVER_89:91}} and still bossing the nurses lol
{{NAME:jen}}: funeral home said call ms {{NAME:greenberg}} when it happens {{PHONE:410-555-0170}}. the prepaid plan # is {{ACCOUNT:PN-220917}}
{{NAME:marcus}}: whats her medicare # again the airline wants it for bereavement fare?? {{NAME:jen}}: no they dont. dont give it out
{{NAME:lisa}}: ok ok. love you all
`,
  },
  {
    id: 'h14-015',
    kind: 'ALL-CAPS funeral home first-call removal sheet',
    text: `
{{LOCATION:HARGROVE & SONS FUNERAL HOME}} - FIRST CALL / REMOVAL SHEET
CALL RECEIVED: {{DATE:11/21/2026}} 03:42   TAKEN BY: {{NAME:D. PEMBERTON}}
DECEASED: {{NAME:OKAFOR-LYNCH, CORNELIUS AMBROSE}}   AGE: {{AGE_OVER_89:98}}   DOB: {{DATE:01/30/1928}}
SSN: {{SSN:000-37-4410}}   VETERAN: YES (ARMY, KOREA) - DD214 ON FILE
PLACE OF DEATH: {{LOCATION:WESTMINSTER CANTERBURY}}, RM 2207, {{LOCATION:1600 WESTBROOK AVE}}, {{LOCATION:RICHMOND}}, VA {{LOCATION:23227}}
TIME OF DEATH: 02:55 PRONOUNCED BY {{NAME:K. ABERNATHY}}, RN (HOSPICE)
ATTENDING PHYSICIAN TO SIGN: DR {{NAME:SUNIL VARGHESE}}   OFFICE {{PHONE:804-555-0109}}   FAX {{FAX:804-555-0118}}
INFORMANT / NOK: {{NAME:PATRICIA OKAFOR-LYNCH}} (DAUGHTER) {{PHONE:804-555-0164}}, {{LOCATION:9 TUCKAHOE CREEK CT}}, {{LOCATION:HENRICO}}, VA
HOSPICE: {{LOCATION:BON SECOURS HOSPICE}}   MEDICAL RECORD {{MRN:BSH-0718823}}
DISPOSITION: CREMATION - AUTHORIZATION NO. {{OTHER_ID:CR-2026-1142}}
** PACEMAKER PRESENT - MUST BE REMOVED BEFORE CREMATION. DEVICE SERIAL {{DEVICE:PJN 778102 H}} (PER HOSPICE) **
PERSONAL EFFECTS: WEDDING RING, WATCH (LEFT WITH DAUGHTER)
REMOVAL BY: {{NAME:T. HARGROVE}} / {{NAME:J. MILES}}   VAN 2   ARRIVED 04:30
NOTES: FAMILY REQUESTS VIEWING BEFORE CREMATION {{DATE:11/23}}. OBIT TO RUN IN RTD {{DATE:11/24}}.
`,
  },
  {
    id: 'h14-016',
    kind: 'volunteer driver program trip log',
    text: `
Faith in Action Volunteer Drivers - trip log, driver {{NAME:Gordon Lisle}}, week of {{DATE:Nov 9, 2026}}
Driver car: 2019 Honda CR-V, Michigan plate {{VEHICLE:EJK 2290}} (insurance on file)
| date  | client                 | pick-up                         | destination                       | miles |
| {{DATE:11/9}}  | Mrs. {{NAME:Irene Kowalski}}    | {{LOCATION:412 Cherry St}}, {{LOCATION:Alpena}}         | {{LOCATION:MidMichigan Medical Center}}         | 6.2   |
| {{DATE:11/10}} | Mr. {{NAME:Hollis Dupree}}      | {{LOCATION:88 N Third Ave}}, apt 3, {{LOCATION:Alpena}}  | {{LOCATION:Thunder Bay Dialysis}}                | 4.1   |
| {{DATE:11/12}} | Mr. {{NAME:Hollis Dupree}}      | same                            | same                              | 4.1   |
| {{DATE:11/12}} | {{NAME:Wanda Pike}} (age {{AGE_OVER_89:95}})  | {{LOCATION:2701 US-23 S}}, {{LOCATION:Ossineke}}        | {{LOCATION:Alcona Health Center}}                | 22.8  |
| {{DATE:11/13}} | Mrs. {{NAME:Irene Kowalski}}    | {{LOCATION:412 Cherry St}}                   | {{LOCATION:Walgreens}} on {{LOCATION:Chisholm}}               | 1.9   |
Notes: Mrs. {{NAME:Pike}} needed the wheelchair; her daughter {{NAME:Bonnie}} rode along. Mr. {{NAME:Dupree}} was dizzy after
dialysis on the 12th - waited 20 min with him, the nurse {{NAME:Chantal}} checked BP 98/60 before we left.
Client IDs for reimbursement: {{NAME:Kowalski}} {{OTHER_ID:FIA-0217}}, {{NAME:Dupree}} {{OTHER_ID:FIA-0344}}, {{NAME:Pike}} {{OTHER_ID:FIA-0409}}.
Coordinator: {{NAME:Marge Tuttle}} {{PHONE:989-555-0112}}
`,
  },
  {
    id: 'h14-017',
    kind: 'son\'s power-of-attorney letter to a bank',
    text: `
{{NAME:Nikolaos Papadakis}}
{{LOCATION:31-18 Ditmars Blvd}}, Apt 5C, {{LOCATION:Astoria}}, NY {{LOCATION:11105}}
{{PHONE:(718) 555-0146}} / {{EMAIL:nick.papadakis@example.com}}

{{DATE:November 2, 2026}}
Apple Ridge Savings Bank - Estate & Fiduciary Services
Fax: {{FAX:(212) 555-0123}}

Re: Activation of durable power of attorney - {{NAME:Eleni Papadakis}}, accounts {{ACCOUNT:0033-718802-4}} (checking)
and {{ACCOUNT:0033-718802-9}} (savings)

To whom it may concern,
My mother, {{NAME:Eleni Papadakis}}, is {{AGE_OVER_89:92}} and since her stroke on {{DATE:September 19}} cannot manage her finances.
Her power of attorney, signed {{DATE:May 11, 2021}}, takes effect on a physician's certificate of incapacity. I
enclose the letter of Dr. {{NAME:Anastasia Kourti}} of {{LOCATION:Mount Sinai Queens}} dated {{DATE:10/28/2026}}, which states that
my mother has severe aphasia. Mom's Social Security number for your records: {{SSN:000-71-3309}}. Her
Medicare number ({{HEALTH_PLAN:7MH4-TR2-QA55}}) is on the enclosed card copy only because your form asked for it.
Please note the new mailing address: {{LOCATION:Amsterdam Nursing Home}}, {{LOCATION:1060 Amsterdam Ave}}, {{LOCATION:New York}}, NY {{LOCATION:10025}}.
Thank you,
{{NAME:Nikolaos Papadakis}}
`,
  },
  {
    id: 'h14-018',
    kind: 'summer camp health form completed by a parent',
    text: `
CAMP WINNEBAGO HILLS - CAMPER HEALTH FORM (parent/guardian completes)
Camper: {{NAME:Noa Kealoha-Brandt}}   DOB {{DATE:2014-07-22}}   Cabin: Bluejay 4   Session 2 ({{DATE:July 5}}-{{DATE:July 26}})
Parent/guardian 1: {{NAME:Leilani Kealoha}}   cell {{PHONE:(608) 555-0139}}   {{EMAIL:leilani.k@example.net}}
Parent/guardian 2: {{NAME:Stefan Brandt}}   cell {{PHONE:(608) 555-0150}}
Home address: {{LOCATION:715 Jenifer St}}, {{LOCATION:Madison}}, WI {{LOCATION:53703}}
Insurance: Quartz, member ID {{HEALTH_PLAN:QZ8814273-02}}, group 41100 (copy of card front {{PHOTO:noa_ins_card_front.jpg}})
Doctor: Dr. {{NAME:Helen Marchetti}}, {{LOCATION:UW Health West Clinic}}, {{PHONE:608-555-0175}}
Allergies: peanuts (anaphylaxis {{DATE:Aug 2022}}), amoxicillin (rash). EpiPen Jr 0.15 mg x2 packed, lot 3KB917 exp {{DATE:04/27}}.
Medications: cetirizine 10 mg daily. Asthma: albuterol 90 mcg 2 puffs as needed.
Other: {{NAME:Noa}} gets homesick - letters help. She may be picked up only by us or her grandmother {{NAME:Mahina Kealoha}},
who is {{AGE_OVER_89:90}} and will come in a blue Toyota (plate {{VEHICLE:BT-70419}}).
Signed {{NAME:Leilani Kealoha}}, {{DATE:05/30/2026}}
`,
  },
];
