// heldout7 notes3: logs, forms and machine text (h7-021..030). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-021',
    kind: 'alphanumeric pager log',
    text: `
PAGING SYSTEM EXPORT - pager 4-2217 (nephrology fellow on call)  {{DATE:2025-04-11}} 18:00 to {{DATE:2025-04-12}} 07:00
18:42 FROM 5W RN {{NAME:KATIE}} RE {{NAME:MOLINA-VEGA, ESTEBAN}} RM 512 K 6.1 REPEAT PENDING PLS CALL X4-5512
19:07 FROM ED DR {{NAME:SHAH}} NEW CONSULT {{NAME:GRUBER HELMUT}} {{MRN:09918204}} CR 7.8 UOP 0 CALL 4-6030
20:15 OUTSIDE CALL DR {{NAME:PHUONG NGUYEN}} {{LOCATION:LAKEVIEW DIALYSIS}} RE PT {{NAME:ODUYA}} MISSED TX X2 CB {{PHONE:312 555 0133}}
22:48 FROM ICU {{NAME:JEN}} PT {{NAME:ACHTERBERG D}} {{MRN:H00451290}} CRRT CIRCUIT CLOTTED AGAIN 3RD TIME PLS ADVISE X3-3100
01:20 FROM 7E CHARGE RN RE Mrs {{NAME:Odile Bertrand-Kamau}} DOB {{DATE:3/3/33}} AGE {{AGE_OVER_89:92}} FAMILY WANTS UPDATE DTR {{NAME:NICOLE}} {{PHONE:773-555-0148}}
03:55 FROM TRANSFER CTR ACCEPT REQ {{LOCATION:MERCY HARVARD}} PT {{NAME:T. WILKES-ABARA}} HD CATH NEEDED CALL 4-2900
06:10 TEST PAGE
Note: names of patients and staff appear as typed by the sender.`,
  },
  {
    id: 'h7-022',
    kind: 'computer-aided dispatch incident log',
    text: `
CAD INCIDENT DETAIL  Inc# {{OTHER_ID:25-087714}}  Type: MVC W/ INJ  Pri 1  Rec'd {{DATE:08/02/2025}} 16:51:07
Loc: {{LOCATION:US-30 EB AT MM 122}}  X-st: {{LOCATION:Old Lincoln Hwy}} / {{LOCATION:Buckeye Rd}}  Twp: {{LOCATION:Ligonier Township}}
Caller: {{NAME:DEANNA PURVIS}}  CB: {{PHONE:724-555-0127}}  (witness, not involved)
16:51:40 NARR: 2 VEH, ONE ON ITS SIDE. SILVER PICKUP PA {{VEHICLE:ZKT-4471}}, BLUE SEDAN OH {{VEHICLE:JHP 2093}}
16:52:12 DISP M14, E61, PSP TROOP A
16:58:30 M14 ONSCENE. 1 PT, F, 19, SEATBELTED, C/O NECK PAIN, GCS 15
17:03:02 M14 NARR: 2ND PT DRIVER OF PICKUP {{NAME:LESTER HOLLOWAY}} DOB {{DATE:06/14/1961}} REFUSING, RMA SIGNED
17:19:44 M14 TRANSPORTING TO {{LOCATION:EXCELA LATROBE HOSPITAL}}, ETA 17:38
17:41:10 M14 AT DEST. PT NAME {{NAME:CAYLEE VOSBURGH}} DOB {{DATE:02/09/2006}}
18:02:55 TOW: ROTATION TOW FOR BOTH VEH. VIN PICKUP {{VEHICLE:1FTEW1EP4MKD44719}}
Dispatcher: {{NAME:tmcelhaney}}   Call closed 18:20:17`,
  },
  {
    id: 'h7-023',
    kind: 'barcode medication administration scan log',
    text: `
BCMA SCAN AUDIT  unit 4 South  shift {{DATE:10/08/2025}} 19:00-07:00  exported {{DATE:10/09/2025}} 07:32
time   user      patient_wristband        scanned_item                 result
19:44  {{NAME:aokafor}}   {{MRN:MR00441287}}/{{NAME:HALVORSEN,INGRID}}   NDC 0409-4888-10 heparin 5000u  MATCH
19:46  {{NAME:aokafor}}   {{MRN:MR00441287}}/{{NAME:HALVORSEN,INGRID}}   NDC 0054-4297-25 (furosemide)   MATCH
21:02  {{NAME:aokafor}}   manual entry (band unreadable)             insulin lispro 4 u           OVERRIDE - reason "band smudged"
21:05  {{NAME:aokafor}}   {{MRN:MR00450918}}/{{NAME:DUBOIS-MENSAH,FELIX}}  NDC 0006-0227-31           WRONG PATIENT ALERT - cancelled
23:30  {{NAME:rsalonga}}  {{MRN:MR00450918}}/{{NAME:DUBOIS-MENSAH,FELIX}}  acetaminophen 650 mg         MATCH
Scanner serials: {{DEVICE:DS8178-22419940}} (cart 2); replacement band printed at 21:10 by {{NAME:rsalonga}}.
Compliance this shift: 96.2% (goal >= 95%). Manager follow-up with {{NAME:Adaeze Okafor}}, RN re: manual entry.`,
  },
  {
    id: 'h7-024',
    kind: 'appointment letter produced from a merge template',
    text: `
[MERGE TEMPLATE: APPT_REMIND_v3 | generated {{DATE:2025-06-02}} | batch 118]
Ms {{NAME:Precious Ndlovu-Hartley}}
{{LOCATION:Flat 3, 41 Cavendish Road}}
{{LOCATION:Bristol}}
{{LOCATION:BS6 7RX}}
Hospital number: {{MRN:RVJ4471902}}   NHS number: {{HEALTH_PLAN:943 476 5919}}
Dear Ms {{NAME:Ndlovu-Hartley}},
Your appointment in the Orthoptic Clinic, {{LOCATION:Bristol Eye Hospital}}, is on Wednesday {{DATE:18 June 2025}} at 10:40 with Mrs {{NAME:F. Abiodun}}.
Please bring your glasses and a list of medicines. If you cannot attend, call {{PHONE:0117 496 0712}} (booking office, weekdays 8-4)
or e-mail the clinic. Text reminders go to {{PHONE:07700 900 418}}.
<<IF SPECIAL_NEEDS>> Interpreter booked: Shona. <<END IF>>
Yours sincerely, Outpatient Booking Team`,
  },
  {
    id: 'h7-025',
    kind: 'research pre-screening log',
    text: `
PRE-SCREENING LOG - NCT05544719 (AF ablation vs drug) - Site 014 - month {{DATE:09/2025}}
| scr #  | init | age | sex | source                   | date screened | outcome                            | by  |
| 014-061 | {{NAME:R.D.}}  | 67  | M   | EP clinic Dr {{NAME:Ahuja}}      | {{DATE:09/02/2025}}    | eligible, consented {{DATE:09/09/2025}}       | {{NAME:KM}}  |
| 014-062 | {{NAME:O.A.}}  | 74  | F   | ED discharge list        | {{DATE:09/03/2025}}    | SF: LVEF 30% (< 35%)               | {{NAME:KM}}  |
| 014-063 | {{NAME:M.F.-K.}} | 58 | F  | self-referral (web form)  | {{DATE:09/05/2025}}    | declined (travel from {{LOCATION:Kenosha}})    | {{NAME:JT}}  |
| 014-064 | {{NAME:W.B.}}  | 81  | M   | cardiology Dr {{NAME:Lindqvist}} | {{DATE:09/11/2025}}    | SF: prior ablation {{DATE:2019-03}}         | {{NAME:KM}}  |
| 014-065 | {{NAME:H.Y.}}  | 62  | M   | EP clinic                | {{DATE:09/17/2025}}    | pending echo {{DATE:9/24}}                 | {{NAME:JT}}  |
Notes: 014-061 is {{NAME:Rolando Dimaculangan}}, enrolment ID {{OTHER_ID:AFX-014-0027}}; consent version 4.1 (IRB 2023-0817, not PHI).
CHA2DS2-VASc range 1-5 in this month's screens. Coordinators: {{NAME:Kamala Mukherjee}} ({{NAME:KM}}), {{NAME:Jonas Thorsen}} ({{NAME:JT}}).`,
  },
  {
    id: 'h7-026',
    kind: 'clinical trial adverse event CRF',
    text: `
ADVERSE EVENT CRF (page 22)  Protocol ONC-7741-302   Site 0381   Subject {{OTHER_ID:0381-0019}}   Initials {{NAME:H-L-P}}
AE term (verbatim): immune-mediated colitis        MedDRA PT: Colitis (10009887)
Onset: {{DATE:14SEP2025}}   Resolved: {{DATE:02OCT2025}}   CTCAE v5 grade: 3   Serious: Yes (hospitalisation)
Relationship to study drug: related   Action: drug interrupted   Outcome: recovered/resolved
Hospitalised {{DATE:16SEP2025}} to {{DATE:21SEP2025}} at {{LOCATION:Piedmont Atlanta Hospital}}; stool C. diff neg; colonoscopy {{DATE:17SEP2025}}.
Treatment: methylprednisolone 1 mg/kg/day, taper over 6 weeks; infliximab not required.
SAE report # {{OTHER_ID:SAE-0381-004}} faxed to sponsor safety {{FAX:+1 919 555 0164}} on {{DATE:17SEP2025}} (within 24 h).
Year of birth: 1949 (CRF collects year only). Investigator signature: {{NAME:Adebayo Ferreira}}, MD  {{DATE:06OCT2025}}
CRA query Q-118 (not PHI): "please confirm grade at onset" - answered by {{NAME:ljovanovic}}.`,
  },
  {
    id: 'h7-027',
    kind: 'transplant coordinator call log (living kidney donor)',
    text: `
LIVING DONOR PROGRAM - INDEPENDENT LIVING DONOR ADVOCATE / COORDINATOR CALLS
Potential donor: {{NAME:Tamsin Oyelowo-Burke}}, 34, DOB {{DATE:05/19/1991}}, donor ID {{OTHER_ID:LD-25-0147}}
Intended recipient: her uncle {{NAME:Cornelius Burke}}, MRN {{MRN:TX-0044719}}, UNOS {{OTHER_ID:WXR4471}} (ESRD, HD MWF at {{LOCATION:DaVita Westheimer}})
{{DATE:Jan 6}} 10:15 call to donor {{PHONE:(713) 555-0109}}: reviewed 24-h urine (CrCl 118 mL/min, protein 62 mg/day), BP 118/72 ambulatory.
  Discussed: she may withdraw at any time with a nonspecific medical reason given to the family.
{{DATE:Jan 13}} 14:40 e-mail from donor ({{EMAIL:tamsin.ob@example.org}}): employer leave approved; asks about travel reimbursement (NLDAC).
{{DATE:Jan 21}} CT angiogram: single renal artery each side, L kidney preferred. HLA crossmatch negative (flow).
{{DATE:Jan 27}} selection committee: approved. Surgery tentatively {{DATE:03/04/2026}} at {{LOCATION:Houston Methodist Hospital}}.
Donor lives {{LOCATION:Pearland}}; husband {{NAME:Ikenna}} will drive. ILDA: {{NAME:Perpetua Santiago}}, LCSW. Coordinator: {{NAME:Gideon Weiss}}, RN, CCTC`,
  },
  {
    id: 'h7-028',
    kind: 'self-service check-in kiosk log (key=value)',
    text: `
kiosk=LOBBY-03 site="{{LOCATION:Northgate Family Health Center}}" ts={{DATE:2025-07-15}}T08:02:11-05:00 event=checkin_start
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:02:40-05:00 event=id_scan doc=DL state=TX number="{{LICENSE:40718822}}" name="{{NAME:VILLARREAL, JOSEFINA}}" dob={{DATE:1979-12-30}}
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:02:52-05:00 event=face_photo file={{PHOTO:lobby03_20250715_080252.jpg}} match_template={{BIOMETRIC:FM-3b90c1d7}}
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:03:30-05:00 event=insurance_card payer="Superior HealthPlan" member="{{HEALTH_PLAN:U90044718}}"
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:04:05-05:00 event=copay amount=0.00 account={{ACCOUNT:GA-771902}}
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:04:19-05:00 event=update_phone new="{{PHONE:+1 956 555 0181}}" old="{{PHONE:956-555-0140}}"
kiosk=LOBBY-03 ts={{DATE:2025-07-15}}T08:04:22-05:00 event=checkin_done appt=0815 provider="{{NAME:Saldana, Ricardo}} PA-C" mrn={{MRN:NG-2209917}} ip={{IP:172.20.4.33}}`,
  },
  {
    id: 'h7-029',
    kind: 'faxed records request with transmission header',
    text: `
{{DATE:11/03/2025}} 14:22   {{FAX:5125550118}}   HEALTH INFO MGMT          PAGE 001/004
TO: Medical Records, {{LOCATION:Seton Northwest Hospital}}          FAX: {{FAX:512-555-0190}}
FROM: {{NAME:Glenda Farquharson}}, paralegal, on behalf of the patient      PHONE: {{PHONE:512-555-0117}}
RE: {{NAME:Marcus A. Delacroix-Tobin}}   DOB {{DATE:07/04/1988}}   SSN {{SSN:000-55-1207}}
Dates of service requested: {{DATE:05/10/2025}} through {{DATE:06/02/2025}} (ED visit and admission, L tibial plateau fracture).
Records: ED notes, operative report, imaging (CD with DICOM), billing ledger, account {{ACCOUNT:HAR 4410029917}}.
HIPAA authorisation signed by patient {{DATE:10/30/2025}} enclosed (pages 2-4). Deliver electronically to
{{EMAIL:records@farquharson-law.example.com}} or mail to {{LOCATION:600 Congress Ave Ste 1400}}, {{LOCATION:Austin}}, TX {{LOCATION:78701}}.
CONFIDENTIALITY NOTICE: this facsimile contains protected health information...`,
  },
  {
    id: 'h7-030',
    kind: 'home-infusion delivery manifest',
    text: `
HOME INFUSION PHARMACY - DELIVERY MANIFEST  Route 7   Driver: {{NAME:Obinna Eze-Whitfield}}   Van 7   Thu {{DATE:12/04/25}}
Stop 1  {{NAME:Reyes, Paloma}}  {{LOCATION:2209 Calle Serena}}, {{LOCATION:Chula Vista}} {{LOCATION:91914}}  Rx {{OTHER_ID:RX7731804}}  ertapenem 1 g x7, elastomeric pumps x7, NS flush
        Signed by patient 09:12 - signature image {{PHOTO:sig_7731804_0912.png}}. Cold chain 2-8 C OK.
Stop 2  {{NAME:Abernethy, Colin}}  {{LOCATION:918 Hilltop Dr Unit B}}, {{LOCATION:Chula Vista}} {{LOCATION:91911}}  Rx {{OTHER_ID:RX7731822}}  TPN 2 L x7, lipids, pump tubing
        Left with wife {{NAME:Moira}} (authorised). Pump serial {{DEVICE:CADD-3317-02291}} swapped for service.
Stop 3  {{NAME:Tran, Minh-Thu}}  {{LOCATION:4410 Main St Apt 12}}, {{LOCATION:San Ysidro}}  - NO ANSWER 11:40, called {{PHONE:619-555-0177}}, redelivery 15:00 OK.
Pharmacist on call: {{NAME:Leocadia Bautista}}, PharmD.`,
  },
];
