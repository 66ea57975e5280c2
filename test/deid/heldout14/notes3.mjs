// heldout14 notes3.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-019',
    kind: 'pharmacy dispensing labels (three labels, printed text)',
    text: `
=================================================================
 {{LOCATION:HILLCREST COMMUNITY PHARMACY}}  {{LOCATION:900 E Main St}}, {{LOCATION:Ventura}} CA {{LOCATION:93001}}  {{PHONE:(805) 555-0191}}
 Rx# {{OTHER_ID:6021884}}        Filled: {{DATE:11/14/2026}}      Orig: {{DATE:09/02/2026}}
 {{NAME:ZAMBRANO, LUCILA M}}
 {{LOCATION:4410 Telegraph Rd}} #12, {{LOCATION:Ventura}} CA {{LOCATION:93003}}
 METOPROLOL SUCC ER 25 MG TAB  Qty: 90   NDC 62037-0831-90
 TAKE 1 TABLET BY MOUTH ONCE DAILY. DO NOT CRUSH OR CHEW.
 Dr. {{NAME:K. Oyelaran}}   DEA {{LICENSE:BO4417729}}     Refills: 3 by {{DATE:09/02/2027}}
 Discard after: {{DATE:11/14/2027}}   Lot 2L114A   RPh: {{NAME:jmt}}
=================================================================
 Rx# {{OTHER_ID:6021885}}        Filled: {{DATE:11/14/2026}}
 {{NAME:ZAMBRANO, LUCILA M}}     DOB {{DATE:03/05/1936}}
 FUROSEMIDE 20 MG TAB  Qty: 30   TAKE 1 TABLET IN THE MORNING
 Dr. {{NAME:K. Oyelaran}}    Refills: 5    RPh: {{NAME:jmt}}
=================================================================
 Rx# {{OTHER_ID:6021902}}        Filled: {{DATE:11/14/2026}}
 {{NAME:ZAMBRANO, ERNESTO}}     (spouse - pick up together)
 TAMSULOSIN 0.4 MG CAP Qty: 90   TAKE 1 CAPSULE AT BEDTIME
 Dr. {{NAME:R. Castaneda-Ibarra}}  Refills: 1   RPh: {{NAME:jmt}}
 Ins: Medi-Cal BIN 610494  ID {{HEALTH_PLAN:91822047F}}   Copay $0.00
 Pickup signature pad: {{NAME:LUCILA ZAMBRANO}} {{DATE:11/15/2026}} 10:22  sig img {{PHOTO:sig_6021884_1115.tif}}
 ID check (scheduled drug law): fingerprint {{BIOMETRIC:PU-FP-6021884}} matched
=================================================================
`,
  },
  {
    id: 'h14-020',
    kind: 'pharmacy refill queue screen export',
    text: `
REFILL QUEUE  store 0417  user {{NAME:bkaplan}}  ws 04 ({{IP:10.41.7.22}})  printed {{DATE:2026-11-18}} 07:55
STAT  | RX#      | PATIENT                 | DOB        | PLAN ID            | DRUG                     | DUE
READY | {{OTHER_ID:7730114}}  | {{NAME:NGATA, HEMI}}             | {{DATE:1951-06-30}} | {{HEALTH_PLAN:ZKW448120771}}       | apixaban 5 mg            | {{DATE:11-18}}
HOLD  | {{OTHER_ID:7730129}}  | {{NAME:DUBOIS-KANE, ODILE}}      | {{DATE:1930-11-02}} | {{HEALTH_PLAN:1EG4-TE5-MK72}}      | donepezil 10 mg          | {{DATE:11-18}}
      |          |   note: pt is {{AGE_OVER_89:96}}, daughter {{NAME:Solange}} picks up; call {{PHONE:702-555-0117}} first
PA    | {{OTHER_ID:7730131}}  | {{NAME:ABERNATHY, TYRELL J}}     | {{DATE:1988-02-14}} | {{HEALTH_PLAN:W882149301}}         | adalimumab pen           | {{DATE:11-19}}
      |          |   PA ref {{OTHER_ID:PA-55120884}} faxed to Dr {{NAME:Guzman}} {{FAX:702-555-0161}}
READY | {{OTHER_ID:7730140}}  | {{NAME:PHAM, THI LAN}}           | {{DATE:1944-08-21}} | {{HEALTH_PLAN:MPL-0043817}}        | latanoprost 0.005%       | {{DATE:11-19}}
RTS   | {{OTHER_ID:7730152}}  | {{NAME:OYELOWO, GRACE}}          | {{DATE:1979-12-09}} | cash                     | sertraline 50 mg         | {{DATE:11-12}}
      |          |   return to stock after 10 days; left vmail {{PHONE:702-555-0108}} x2
Auto-refill enrolment changed by IVR: {{NAME:PHAM, THI LAN}} voice ID match {{BIOMETRIC:VP-0915-44321}} score 0.93
Delivery route 6 tomorrow: {{NAME:NGATA}} ({{LOCATION:2288 Paradise Rd}}, {{LOCATION:Las Vegas}}), {{NAME:PHAM}} ({{LOCATION:631 Sahara Ave}} unit 4)
`,
  },
  {
    id: 'h14-021',
    kind: 'chemistry analyser result export (CSV)',
    text: `
# export: {{DATE:2026-11-19}}T14:05:33  analyser AU5822 S/N 2211078  host LIS-02  operator {{NAME:tnakashima}}
SampleID,Accession,MRN,Name,DOB,Sex,Loc,Test,Result,Unit,Flag,Collected
S1,{{OTHER_ID:26-323-00811}},{{MRN:E2204417}},"{{NAME:HALLORAN, BRIDGET}}",{{DATE:19350417}},F,5W-12,K,5.9,mmol/L,H,{{DATE:20261119}}1210
S1,{{OTHER_ID:26-323-00811}},{{MRN:E2204417}},"{{NAME:HALLORAN, BRIDGET}}",{{DATE:19350417}},F,5W-12,CREA,2.41,mg/dL,H,{{DATE:20261119}}1210
S2,{{OTHER_ID:26-323-00817}},{{MRN:E3381092}},"{{NAME:MWANGI, PETER K}}",{{DATE:19620903}},M,ED-04,TROP-T,48,ng/L,H,{{DATE:20261119}}1218
S3,{{OTHER_ID:26-323-00820}},{{MRN:E0017734}},"{{NAME:SZABO, ILONA}}",{{DATE:19311228}},F,CCU-3,NA,128,mmol/L,L,{{DATE:20261119}}1221
S3,{{OTHER_ID:26-323-00820}},{{MRN:E0017734}},"{{NAME:SZABO, ILONA}}",{{DATE:19311228}},F,CCU-3,ALB,2.9,g/dL,L,{{DATE:20261119}}1221
QC1,,,"LEVEL 1 CONTROL",,,,K,4.0,mmol/L,,{{DATE:20261119}}0600
# comment S3: age {{AGE_OVER_89:94}}, critical Na phoned to RN {{NAME:Farida Osei}} 14:02 by {{NAME:tnakashima}}, read-back OK
# comment S2: delta check vs {{DATE:2026-11-18}} 19 ng/L; Dr {{NAME:Leclerc}} notified
# LOINC 2823-3 (K), 2160-0 (CREA), 2951-2 (NA); reagent lot 44810 exp {{DATE:2027-03}}
`,
  },
  {
    id: 'h14-022',
    kind: 'ambulance dispatch (CAD) event chronology',
    text: `
EVENT {{OTHER_ID:E26-1119-00447}}  TYPE 26-C-1 SICK PERSON  PRI 2
LOC: {{LOCATION:4607 RIVERSIDE DR}}  APT 210  {{LOCATION:RIVER OAKS TOWERS}}  XST: {{LOCATION:BAYOU RD}} / {{LOCATION:W 44TH ST}}
MAP: 1123-B   LAT/LON {{LOCATION:29.75981, -95.41822}}   CITY {{LOCATION:HOUSTON}}
CALLER: {{NAME:YVONNE BREAUX}} (NEIGHBOR)  CB {{PHONE:713-555-0102}}   ANI/ALI {{PHONE:713-555-0102}} WPH2
PT: {{AGE_OVER_89:93}} YOF, WEAK, NOT EATING 3 DAYS, ALERT. NAME PER CALLER {{NAME:ODESSA THIBODEAUX}}
14:11:08 CALL RECV  (CT {{NAME:RMORALES}})
14:11:52 PROQA 26-C-1 COMPLETED
14:12:30 M41 DISP  M41 ENRT
14:19:45 M41 ONSC
14:20:10 NARR: GATE CODE GIVEN BY CALLER; BUILDING MGR {{NAME:TOMAS LERMA}} {{PHONE:713-555-0199}} MEETING CREW
14:31:02 M41 TRANSPORTING TO {{LOCATION:MEMORIAL HERMANN TMC}} - PT'S OWN CAR TX {{VEHICLE:NKT-4421}} LEFT IN LOT 2
14:48:16 M41 AT DEST
NARR: PCR {{OTHER_ID:PCR-26-558120}} LINKED. FACILITY MRN {{MRN:MH00441872}} ADDED BY {{NAME:KJONES}}
`,
  },
  {
    id: 'h14-023',
    kind: 'bed-management board screen (capacity command centre)',
    text: `
CAPACITY BOARD  {{LOCATION:ST. VINCENT MERCY}}  {{DATE:21-NOV-2026}} 06:00  census 412/436  boarders ED 9
UNIT 6 NORTH (MED/TELE)  beds 32  occ 31  pending DC 4
 BED   PATIENT                   MRN         AGE  ADM         EDD         FLAGS            ACTION
 601A  {{NAME:KOWALCZYK, STANLEY}}       {{MRN:V0092817}}    {{AGE_OVER_89:91}}   {{DATE:11/17}}       {{DATE:11/21}}       FALL, SITTER     DC to {{LOCATION:Lakeshore Manor}} 11:00, transport booked
 603B  {{NAME:ADEYEMI-COLE, FOLAKE}}     {{MRN:V1138820}}    58   {{DATE:11/19}}       {{DATE:11/23}}       CONTACT          await echo
 607A  {{NAME:NGUYEN, BAO}}              {{MRN:V0774102}}    77   {{DATE:11/20}}       {{DATE:11/22}}       --               PT/OT eval
 612A  {{NAME:LAFLEUR, JEAN-BAPTISTE}}    {{MRN:V0050173}}    {{AGE_OVER_89:99}}   {{DATE:11/15}}       {{DATE:11/21}}       DNR, HOSPICE     home w/ hospice, son {{NAME:Andre}} {{PHONE:419-555-0184}}
 615B  {{NAME:OKAFOR, CHIDI}}            {{MRN:V1200451}}    34   {{DATE:11/21}}       TBD         ISO-AIRBORNE     needs neg-pressure -> 5S
 EVS TURNOVER TICKETS: 601A {{OTHER_ID:EVS-88412}}  612A {{OTHER_ID:EVS-88413}}
 BED REQUESTS FROM ED: {{NAME:PRZYBYLSKI, HANNA}} ({{MRN:V1200477}}, {{AGE_OVER_89:90}}F, NSTEMI)  req by {{NAME:dmcallister}}
 ESCALATION: house supervisor {{NAME:Renee Whitlock}} x44120; overflow to PACU after 10:00 per {{NAME:JSHAH}}
`,
  },
  {
    id: 'h14-024',
    kind: 'patient transport booking screen (UK non-emergency)',
    text: `
PATIENT TRANSPORT SERVICE - BOOKING CONFIRMATION           Booking ref: {{OTHER_ID:PTS-7Q4-2281}}
Booked by: {{NAME:Kelly Marsh}} (ward clerk, {{LOCATION:Freeman Hospital}} ward 27)   {{DATE:19/11/2026}} 15:42
Patient: Mr {{NAME:Alistair Dunmore}}   DOB {{DATE:08/04/1934}}   NHS No {{HEALTH_PLAN:485 777 3291}}   Hosp No {{MRN:F4471038}}
Pick-up: {{LOCATION:Freeman Hospital}}, ward 27, ready 10:30 on Fri {{DATE:20/11/2026}}
Drop-off: {{LOCATION:2 Seaview Court}}, {{LOCATION:Marine Approach}}, {{LOCATION:South Shields}} {{LOCATION:NE33 2LS}}
Mobility: C2 (wheelchair, own chair)   Oxygen: 2 L/min via concentrator at home (serial {{DEVICE:EV-CN-3381726}})
Escort: wife, Mrs {{NAME:Jean Dunmore}} (aged {{AGE_OVER_89:90}}) - travels with patient   Contact {{PHONE:0191 496 0187}}
Access: key safe, stairlift; neighbour Mr {{NAME:Tomlinson}} (no. 4) has spare key {{PHONE:0191 496 0142}}
Vehicle allocated: crew 2 / {{VEHICLE:NK19 PXW}}   ETA window 10:30-12:30
Eligibility: criteria 3 met (medical need for trained staff)   Confirmation SMS to {{PHONE:07700 900183}}
`,
  },
  {
    id: 'h14-025',
    kind: 'insurer call-centre ticket',
    text: `
TICKET {{OTHER_ID:CS-20261117-004418}}   channel: phone   queue: Member Services Tier 1   agent: {{NAME:ashah}}
Member: {{NAME:TAUMOEPEAU, SIONE}}   Member ID {{HEALTH_PLAN:XGK900441873}}   Group 62500   DOB {{DATE:12/01/1948}}
Caller: {{NAME:Mele Taumoepeau}} (spouse, authorised rep on file)   ANI {{PHONE:801-555-0136}}
Verification: DOB + ZIP {{LOCATION:84119}} + SSN last 4 ({{SSN:2291}}) + voiceprint (passive) {{BIOMETRIC:VB-4471-AA09}} - PASS
Reason: address change and claim status
  Old address: {{LOCATION:3790 S 2700 W}}, {{LOCATION:West Valley City}} UT {{LOCATION:84119}}
  New address: {{LOCATION:1144 W Riverside Dr}}, {{LOCATION:Murray}} UT {{LOCATION:84123}}
  Claim {{OTHER_ID:CLM-26-00918832}} (DOS {{DATE:10/29/2026}}, {{LOCATION:Intermountain Medical Center}}) pended: needs ITS form.
  Emailed the form to {{EMAIL:mele.t@example.com}} at 10:14.
Agent notes: caller upset, husband in rehab after stroke. Offered case management referral, accepted
  -> warm transfer to RN {{NAME:Cody Barlow}}. Callback scheduled {{DATE:11/19}} 2-4 pm at {{PHONE:801-555-0172}}.
Portal session at time of call: {{IP:100.72.14.201}}, {{URL:https://members.healthplan.example.com/claims/CLM-26-00918832}}
Disposition: RESOLVED-PARTIAL   handle time 14:32
`,
  },
  {
    id: 'h14-026',
    kind: 'fax cover sheet with transmission header',
    text: `
{{DATE:11/20/2026}} 16:47   FROM: {{FAX:5085550138}}   TO: {{FAX:5085550196}}   P. 001/006
================================================================
                   F A X   T R A N S M I S S I O N
                {{LOCATION:Blackstone Valley Community Health}}
        {{LOCATION:42 Cumberland Hill Rd}}, {{LOCATION:Woonsocket}}, RI {{LOCATION:02895}}
================================================================
TO:    Dr. {{NAME:Adaeze Nwosu}}, {{LOCATION:Rhode Island Hospital}} Cardiology
FAX:   {{FAX:(508) 555-0196}}          PHONE: {{PHONE:(508) 555-0190}}
FROM:  {{NAME:Paula DeMelo}}, referral coordinator
FAX:   {{FAX:(508) 555-0138}}          PHONE: {{PHONE:(508) 555-0137}}
DATE:  {{DATE:November 20, 2026}}       PAGES (incl. cover): 6
RE:    {{NAME:SOUSA, MANUEL J.}}  DOB {{DATE:07/22/1940}}  MRN {{MRN:BV-118204}}  SSN {{SSN:000-24-6619}}
       Urgent referral - new AF, CHA2DS2-VASc 4. Please schedule within 2 weeks.
       Insurance: Neighborhood Health Plan, ID {{HEALTH_PLAN:NHP0071142}}
       Patient's cell {{PHONE:(401) 555-0129}}; prefers Portuguese - daughter {{NAME:Fatima}} interprets.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in
error, call {{PHONE:(508) 555-0137}} and destroy all copies.
`,
  },
  {
    id: 'h14-027',
    kind: 'wristband and specimen barcode scan dump',
    text: `
# scanner {{DEVICE:HS-8800-4417202}} bound to ws {{IP:172.20.14.9}} / user {{NAME:pquintero}}   {{DATE:2026-11-22}}
[07:02:11] WB  ^{{MRN:M4471829}}^{{NAME:ABUBAKAR}}^{{NAME:HAUWA}}^{{DATE:19900512}}^F^
[07:02:14] MED ^NDC0409-4888-02^LOT 33218DK^EXP {{DATE:2027-08}}^
[07:02:15] RESULT OK  5-rights pass  ({{NAME:ABUBAKAR, HAUWA}})
[07:15:40] WB  ^{{MRN:M4471902}}^{{NAME:VAN DER BERG}}^{{NAME:WILLEM}}^{{DATE:19320704}}^M^ALLERGY:PCN^
[07:15:42] SPEC ^{{OTHER_ID:C26-1122-0418}}^LAV 4ML^CBC^
[07:15:44] MISMATCH: label patient {{NAME:VAN DEN BERG, WILMA}} {{MRN:M4471903}} != band {{MRN:M4471902}}  -> OVERRIDE DENIED
[07:16:05] PRINT LABEL {{OTHER_ID:C26-1122-0419}} for {{MRN:M4471902}} (age {{AGE_OVER_89:94}})   printer LBL-6W-2
[07:31:27] WB  ^{{MRN:M4472010}}^{{NAME:TUIASOSOPO}}^{{NAME:FAALUGA}}^{{DATE:19571130}}^M^
[07:31:29] BADGE RE-AUTH  {{NAME:pquintero}}  finger template {{BIOMETRIC:FT-22-08812}}  OK
`,
  },
];
