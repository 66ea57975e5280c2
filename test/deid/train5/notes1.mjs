// train5 notes 1: US regional clinics, ICU and nursing handoffs, rapid response / code blue, wound, hospice, home health aide.
export default [
  {
    id: 't5-001',
    kind: 'rural clinic visit (Appalachia)',
    text: `
{{LOCATION:Caney Fork Family Practice}} - {{LOCATION:Hyden}}, KY
Visit {{DATE:10/14/2025}}   Provider: Dr. {{NAME:Wendell Sizemore}}, DO
Pt: {{NAME:Loretta Mae Caudill}}   DOB {{DATE:02/09/1951}}   Chart # {{MRN:CF-0041187}}
Address: {{LOCATION:RR 2 Box 114-A}}, {{LOCATION:Wooton}}, KY {{LOCATION:41776}} (no street numbers up the holler; mail goes to {{LOCATION:PO Box 62}}, {{LOCATION:Hyden}} {{LOCATION:41749}})
Home ph {{PHONE:606-555-0148}}, son {{NAME:Delmer}} cell {{PHONE:(606) 555-0193}}
74 yo F, black lung widow (husband {{NAME:Arlie Caudill}} d. 2019, worked for Peabody). CC: SOB x 3 wk, 2-pillow orthopnea.
BP 152/94, P 88, RR 22, SpO2 89% RA -> 93% on 2 L. Wt 81.4 kg (up 3.1 kg). JVP 9 cm. 2+ pitting edema to knees.
BNP 1,240. Cr 1.4, K 4.9. EF 35% on echo from 2023.
A/P: HFrEF exacerbation (I50.23). Furosemide 40 mg PO BID x 3 d, recheck BMP Friday. NYHA III.
Kentucky Medicaid ID {{HEALTH_PLAN:9400117238}}; Passport Health Plan. Next appt {{DATE:Oct 21}} 9:30 AM.
Pt's dog "Biscuit" rides in the truck with her; granddaughter {{NAME:Kaylee}} drives.
`,
  },
  {
    id: 't5-002',
    kind: 'tribal health (IHS) clinic note',
    text: `
{{LOCATION:Chinle Comprehensive Health Care Facility}} - Outpatient
Encounter date: {{DATE:2025-03-04}}   HRN: {{MRN:CH 418822}}
Patient: {{NAME:Begay, Darlene R.}}   Age 62   Census #: {{OTHER_ID:C-07731}}
Lives 9 mi S of {{LOCATION:Many Farms}} on {{LOCATION:N-59}}, no running water; nearest phone is at chapter house {{PHONE:928-555-0172}}.
CHR {{NAME:Loren Yazzie}} visits weekly. Daughter {{NAME:Shandiin Begay-Tso}} ({{PHONE:928.555.0118}}).
DM2 with A1c 10.2 (was 9.6 in Nov), LDL 131, eGFR 58, UACR 220. Foot exam: monofilament 6/10 sites bilat.
Started semaglutide 0.25 mg weekly; metformin 1000 mg BID continued. Retinal camera image {{PHOTO:IHS_RET_418822_OD_20250304.jpg}} read by telemed.
Traditional healer consult (Hataalii) welcomed by pt. F/u 4 wks with Dr. {{NAME:Nizhoni Tsinajinnie}} at {{LOCATION:Many Farms Health Station}}.
Signed: {{NAME:R. Harjo}}, FNP  {{DATE:3/4/25}} 15:42
`,
  },
  {
    id: 't5-003',
    kind: 'VA primary care note',
    text: `
LOCAL TITLE: PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE OUTPATIENT NOTE
DATE OF NOTE: {{DATE:JAN 22, 2025}}@10:14   ENTRY DATE: {{DATE:JAN 22, 2025}}@11:02:37
AUTHOR: {{NAME:MCALLISTER,FIONA J}}   EXP COSIGNER: {{NAME:OKAFOR,CHIDI}}
URGENCY:   STATUS: COMPLETED
PATIENT: {{NAME:HOLLOWAY,GUY T}}   SSN: {{SSN:212-40-7781}}   DOB {{DATE:04/30/1948}}
Station: {{LOCATION:Hampton VAMC}} / CBOC {{LOCATION:Virginia Beach}}
76 y/o Vietnam-era Army veteran, SC 70% (PTSD, tinnitus). Agent Orange exposure ({{LOCATION:Phu Cat}} 1968-69).
PHQ-2 = 1, AUDIT-C 3, C-SSRS negative. BP 138/82. A1c 7.4.
Son SSG {{NAME:Travis Holloway}} deployed; mail: {{LOCATION:Unit 3050 Box 215}}, APO AE {{LOCATION:09096}}.
Vet uses PIV card; facial template {{BIOMETRIC:FT-VA-77120445}} captured at kiosk for My HealtheVet ID proofing.
Plan: tamsulosin 0.4 mg qhs, audiology consult, MOVE! program. RTC 6 mo.
/es/ {{NAME:FIONA J. MCALLISTER}}, PA-C
`,
  },
  {
    id: 't5-004',
    kind: 'FQHC visit, Spanish-English mixed',
    text: `
{{LOCATION:Clinica Campesina del Valle}} - {{LOCATION:Woodburn}}, OR
Fecha: {{DATE:12 de mayo de 2025}}   Paciente: {{NAME:Maria de los Angeles Ruiz Quintero}}
Expediente {{MRN:00731559}}   Fecha de nac. {{DATE:03/11/1988}}
Interprete: {{NAME:Ignacio Bautista}} (Mixteco-Spanish), ID {{OTHER_ID:INT-2281}}
Pt trabaja en los viveros (nursery) en {{LOCATION:Aurora}}; esposo {{NAME:Fidel Ruiz}} tel {{PHONE:503-555-0164}}.
S: "me duele la cabeza desde el lunes", nausea, no fever. Pesticide exposure? Says the crew sprayed on {{DATE:5/9}}.
O: TA 124/78, FC 96, Temp 36.9. Cholinesterase pending. Neuro grossly nl, CN II-XII intact.
A: Cefalea tensional vs organophosphate exposure (T60.0X1A).
P: ibuprofeno 400 mg c/8h PRN, hydration, return precautions. OHP (Oregon Health Plan) ID {{HEALTH_PLAN:KY7741209}}.
Domicilio: {{LOCATION:1180 N Settlemier Ave Apt 12}}, {{LOCATION:Woodburn}} {{LOCATION:97071}}.
Cita de seguimiento {{DATE:19/05/2025}} con Dra. {{NAME:Esperanza Villalobos}}.
`,
  },
  {
    id: 't5-005',
    kind: 'ICU flowsheet free text',
    text: `
MICU Bed 14 | {{NAME:Nakamura, Kenji}} | MRN {{MRN:5520913}} | Adm {{DATE:06/02/2025}} | Attending {{NAME:Delacroix}}
0400 Sedation: propofol 30 mcg/kg/min, RASS -2, CPOT 1. Fentanyl 50 mcg/h.
0400 Vent: AC/VC 420/16/PEEP 10/FiO2 0.5. ABG 7.31/48/72/24. P/F 144.
0600 Levophed 0.08 mcg/kg/min, MAP 63-68. Vaso 0.03 U/min added per Dr. {{NAME:Amara Delacroix}}.
0615 Wife {{NAME:Emiko}} called from {{LOCATION:Honolulu}} ({{PHONE:808-555-0126}}), updated by RN.
0700 CRRT (Prismaflex s/n {{DEVICE:PF7A-22170}}) running, UF net -100 mL/h, filter changed 0200.
0800 Foley draining 15 mL/h. K 5.2, Mg 1.8, iCa 1.02 -> Ca gluconate 2 g given. Lactate 3.4 -> 2.9.
0830 Chest film {{PHOTO:CXR_5520913_0602_0812.dcm}}: ETT 4 cm above carina.
0900 Handed off to {{NAME:Bryce O'Hanlon}}, RN. Room 14 isolation: contact+droplet.
`,
  },
  {
    id: 't5-006',
    kind: 'SBAR nursing handoff',
    text: `
SBAR - 5 West Med/Surg, Rm 512-B - Sat {{DATE:08/16/2025}} 1900
S: {{NAME:Iris Wainwright}}, {{AGE_OVER_89:93}} y/o F. POD 2 s/p ORIF L hip (S72.002A). New confusion since 1500.
B: Hx AFib on apixaban (held), CKD 3b, hearing aids (Phonak, serial {{DEVICE:PH-1922-77418}} L). Lives at {{LOCATION:Magnolia Terrace Assisted Living}}, {{LOCATION:Mobile}}.
A: HR 112 irreg, BP 98/56, T 38.1, SpO2 91% 2L. CAM-ICU positive. UO 20 mL/h x 3 h. Hgb 8.1 (from 9.4).
R: Paged Dr. {{NAME:Dean Rutherford}} (pager 4471) at 1850 - awaiting callback. Suggest CBC, BMP, lactate, UA, blood cx x2.
Daughter {{NAME:Winter Wainwright-Lopez}} (HCPOA) at bedside; cell {{PHONE:251-555-0139}}.
Giving RN: {{NAME:Rose Kim}}, RN  Receiving: {{NAME:Young-Ho Park}}, RN
`,
  },
  {
    id: 't5-007',
    kind: 'I-PASS handoff list',
    text: `
I-PASS | Night float | Gen Peds, {{LOCATION:St. Brigid Children's Hospital}} | {{DATE:02/27/2025}}
1) {{NAME:Faith Oyelaran}} 4 yo, Rm 3102. I: stable/watcher. P: RSV bronchiolitis, HFNC 8 L 40%. A: wean per RT, if WOB up call PICU. S: mom {{NAME:Bisi}} rooming in. S(ynth): repeated back by Dr. {{NAME:Page}}.
2) {{NAME:Jaxon King}} 11 mo, Rm 3106. I: stable. P: Kawasaki, IVIG 2 g/kg done {{DATE:2/26}}. A: echo AM, ASA 30-50 mg/kg/d. Fever curve.
3) {{NAME:Ngoc Anh Tran}} (goes by "{{NAME:Annie}}") 15 yo, Rm 3110. I: watcher. P: DKA resolving, AG 14 -> 11. A: transition to SC insulin when AG closed x2. Pump is Omnipod, PDM s/n {{DEVICE:OP5-80331729}}.
4) {{NAME:Tran Van Minh}} - Annie's dad - wants call at {{PHONE:(714) 555-0105}} before any procedure.
Handoff from Dr. {{NAME:Hillary Page}} to Dr. {{NAME:Ahmed bin Rashid}}. 7/10 pain goal for #3 not applicable.
`,
  },
  {
    id: 't5-008',
    kind: 'rapid response note',
    text: `
RAPID RESPONSE TEAM NOTE
Called: {{DATE:11/03/2025}} 02:17 to 7 North rm 719 by {{NAME:Kelsey Brown}}, RN for SBP 78.
Pt: {{NAME:Cormac MacDougall}}, 68M, MRN {{MRN:003-884-219}}, POD1 lap colectomy.
On arrival 02:20: HR 128 sinus tach, BP 82/44, RR 26, SpO2 94% 4L, T 38.6. GCS 15. Mottled knees.
Lactate 4.8. WBC 17.9. Abd distended, JP with 250 mL serosanguinous.
Actions: 2 L LR bolus, pip-tazo 4.5 g, blood cx x2, CT A/P ordered. qSOFA 2. Surgery (Dr. {{NAME:Gay Underwood}}) at bedside 02:41.
Outcome: transferred to SICU bed 6 at 03:30. Wife {{NAME:Siobhan MacDougall}} notified at {{PHONE:412-555-0187}}.
RRT members: {{NAME:D. Okonkwo}} RN, {{NAME:L. Fairbanks}} RT, Dr. {{NAME:M. Esposito}} (ICU fellow).
`,
  },
  {
    id: 't5-009',
    kind: 'code blue record',
    text: `
CODE BLUE RECORD - {{LOCATION:Mercy Regional Medical Center}}, {{LOCATION:Durango}}
Date {{DATE:09/21/2025}}  Location: Cath lab holding bay 3   Pt {{NAME:Harlan Wood}}   Age 57   MRN {{MRN:MR7730015}}
Arrest witnessed 14:02, initial rhythm VF. Defib 200 J x1 (LIFEPAK 15 s/n {{DEVICE:LP15-44192087}}).
14:04 CPR, epi 1 mg IV. 14:06 VF -> shock 200 J. 14:08 amiodarone 300 mg. 14:10 ROSC, ETCO2 38.
Post-ROSC 12-lead: STEMI anterior; to lab 1 with Dr. {{NAME:Priya Venkataraman}}. TTM 36 C.
Recorder: {{NAME:Bush, Amanda}} RN. Team leader: Dr. {{NAME:Elias Haddad}}. Family (brother {{NAME:Roy Wood}}) in waiting area, {{PHONE:970-555-0110}}.
Code cart #4 restocked; Zoll pads lot 22B411 (not patient-specific).
`,
  },
  {
    id: 't5-010',
    kind: 'wound ostomy nurse consult',
    text: `
WOC NURSING CONSULT {{DATE:4/17/2025}}
{{NAME:Antoinette D'Angelo}}  MRN {{MRN:44019827}}  Rm 622  DOB {{DATE:7/1/1946}}
Consult by Dr. {{NAME:Raymond Hill}} for peristomal skin breakdown; end colostomy (2024, diverticular perf).
Stoma 30 mm round, budded 1 cm, moist red. Peristomal MASD 2 o'clock to 7 o'clock. Pouch wear 1 day (goal 4-5).
Stage 3 pressure injury sacrum 4.2 x 3.1 x 0.6 cm, 20% slough, moderate serous. Braden 13. No tunneling.
Photos: {{PHOTO:WOC_44019827_sacrum_20250417.jpg}}, {{PHOTO:WOC_44019827_stoma_20250417.jpg}} uploaded to Epic Haiku by {{NAME:J. Ward}}, CWOCN.
Plan: convex 1-pc pouch (Hollister 8631), stoma powder + skin barrier, Mepilex Border sacral, Q2h turns, low-air-loss mattress.
Supplies ship to home: {{LOCATION:2207 Hollyhock Ln}}, {{LOCATION:Cherry Hill}}, NJ {{LOCATION:08003}} via Byram Healthcare.
Niece {{NAME:Gina Petrillo}} to learn pouch changes; email {{EMAIL:gina.petrillo77@mailbox.example}}.
`,
  },
  {
    id: 't5-011',
    kind: 'hospice aide visit note',
    text: `
{{LOCATION:Heartland Valley Hospice}} - Aide Visit
Pt: {{NAME:Ward, Evangeline}}   Age {{AGE_OVER_89:96}}   DOS Mon {{DATE:3/10/25}}   Time in 0905 / out 1010
Address {{LOCATION:418 County Road 1250}}, {{LOCATION:Ness City}}, KS {{LOCATION:67560}}
Bed bath, oral care (swabs), lotion to heels, repositioned L side. Skin on coccyx intact, blanchable.
Ate 3 bites oatmeal, sips of Ensure. Resp even, some mottling feet. PPS 30%. Pain 2/10 per PAINAD.
Husband {{NAME:Walter}} ({{AGE_OVER_89:98}} yrs old himself) sitting with her; cat "Mister Whiskers" on bed.
Hospice RN {{NAME:Brenda Kohlmeier}} notified of mottling by phone {{PHONE:785-555-0166}}. Next aide visit {{DATE:3/12}}.
Aide: {{NAME:Tammy Schoenhals}}, CNA   Medicare MBI {{HEALTH_PLAN:7QK4-TW2-MV61}}
`,
  },
  {
    id: 't5-012',
    kind: 'home health aide log',
    text: `
HOME HEALTH AIDE WEEKLY LOG - {{LOCATION:Sunrise Home Care of the Ozarks}}
Client: {{NAME:Joyce Ann Pettibone}}   Client # {{OTHER_ID:HHA-20931}}   Week of {{DATE:7/7/2025}}
Addr: {{LOCATION:5511 Farm Road 186}}, {{LOCATION:Rogersville}} MO {{LOCATION:65742}}   Gate code 1987
Mon: shower chair, BP 146/80, BS 182. Tues: laundry, meal prep; client's sister {{NAME:Opal}} visited.
Wed: client fell in kitchen, no injury, called agency {{PHONE:417-555-0199}} and supervisor {{NAME:Crystal Nees}}.
Thurs: took client to {{LOCATION:Mercy Clinic Rogersville}} for INR (2.6). Fri: Lifeline button tested, unit ID {{DEVICE:LL-8823-0417}}.
EVV clock-in by voiceprint {{BIOMETRIC:VP-55120984}}. Aide {{NAME:Dakota Renfro}}.
`,
  },
];
