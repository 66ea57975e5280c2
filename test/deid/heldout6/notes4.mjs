// heldout6 notes, part 4: local forms from outside the US, written in English. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-031',
    kind: 'New Zealand ACC injury claim',
    text: `
ACC45 INJURY CLAIM - lodged electronically {{DATE:2/3/2025}} (day/month)
Claim no. {{OTHER_ID:10089417552}}   NHI {{HEALTH_PLAN:ZBK4471}}
Patient: {{NAME:Te Rangi Horomona-Walsh}}   DOB {{DATE:17/08/1992}}   Ethnicity: NZ Maori, Irish
Address: {{LOCATION:41B Kowhai Street}}, {{LOCATION:Kensington}}, {{LOCATION:Whangarei}} {{LOCATION:0112}}   Mobile {{PHONE:021 555 0148}}
Employer: self-employed (fencing contractor). Injury date {{DATE:31/01/2025}}, 16:30, at {{LOCATION:Pukenui Road}}, farm gate.
Cause: quad bike rolled on slope, pinned L leg. Quad rego {{VEHICLE:KJF228}}. ICD-10 S82.1 (fracture proximal tibia).
Seen at {{LOCATION:Whangarei Base ED}}; ORIF {{DATE:1 Feb}}. Fitness: fully unfit {{DATE:31/1/25}} to {{DATE:14/3/25}}.
Provider: {{NAME:Aroha Tipene}}, GP, {{LOCATION:Tikipunga Medical Centre}}, provider ID {{OTHER_ID:G7P114}}, MCNZ {{LICENSE:48821}}
Partner {{NAME:Kiri}} to be contacted re weekly compensation: {{PHONE:09 555 0172}}.
`,
  },
  {
    id: 'h6-032',
    kind: 'Australian NDIS plan review report',
    text: `
NDIS PLAN REASSESSMENT - ALLIED HEALTH REPORT (Occupational Therapy)
Participant: {{NAME:Lachlan Fitzgibbon-Tran}}   NDIS no. {{HEALTH_PLAN:431 882 019}}   DOB {{DATE:04/05/2009}}
Address: {{LOCATION:Unit 3, 27 Banksia Pde}}, {{LOCATION:Mount Gravatt}} QLD {{LOCATION:4122}}
Plan nominee: mother {{NAME:Siobhan Fitzgibbon}} {{PHONE:0491 570 156}}, {{EMAIL:siobhan.fitz@mail.example.com.au}}
Plan dates: {{DATE:12 March 2024}} - {{DATE:11 March 2025}}. Support coordinator {{NAME:Kwame Ansah-Doyle}}.
Diagnosis: spastic diplegic CP (GMFCS III), ADHD. School: {{LOCATION:Holland Park State High}} year 10.
Assessments {{DATE:2/12/2024}}: COPM performance 4.1, satisfaction 3.6; Box and Blocks R 38, L 31.
Equipment: Permobil F3 power chair SN {{DEVICE:PF3-24-118204}} (6 yrs old, seat rails cracked); hoist used nightly.
Recommend: replacement chair, 40 h OT, 20 h physio. Quote from supplier attached.
{{NAME:Maddison Kealey}}, OT (AHPRA {{LICENSE:OCC0002184476}}), {{LOCATION:Bayside Kids Therapy}}, ph {{PHONE:(07) 5550 1184}}, fax {{FAX:(07) 5550 1185}}
`,
  },
  {
    id: 'h6-033',
    kind: 'UK Mental Health Act AMHP report',
    text: `
AMHP OUTLINE REPORT - Mental Health Act 1983, application under s.2
Patient: {{NAME:Ptolemy Ashworth-Bello}}   NHS No. {{HEALTH_PLAN:943 476 5919}}   DoB {{DATE:11.11.1986}}
Usual address: {{LOCATION:Flat 9, Lanark House}}, {{LOCATION:Tiverton Road}}, {{LOCATION:Bristol}} {{LOCATION:BS3 4PN}}
Assessment Sat {{DATE:8th March 2025}} at {{LOCATION:Southmead 136 suite}} following s.136 detention by PC {{NAME:Halloran}} on {{LOCATION:Clifton Suspension Bridge}}.
Nearest relative (s.26): mother, {{NAME:Funmilayo Bello}}, {{LOCATION:22 Coronation Rd}}, {{LOCATION:Weston-super-Mare}};
  consulted by phone {{PHONE:01632 960418}} at 14:05; did not object.
Medical recommendations: Dr {{NAME:Eluned Prothero}} (s.12 approved) and Dr {{NAME:Sandeep Virdi}} (previous acquaintance).
Bed: {{LOCATION:Fromeside}} ward 2. Conveyed by ambulance, call sign not recorded.
Property: wallet, phone (IMEI {{DEVICE:35-209912-447182-6}}) given to mother. Dog taken by neighbour.
AMHP: {{NAME:Gideon Marchetti}}, SWE reg {{LICENSE:SW118204}}, {{EMAIL:gideon.marchetti@amhp.example.org.uk}}
`,
  },
  {
    id: 'h6-034',
    kind: 'UK ambulance patient report handover',
    text: `
ePCR HANDOVER (ATMIST)   Incident {{OTHER_ID:NW-250417-0331}}   {{DATE:17/04/25}}
Age: {{AGE_OVER_89:92}}   Name: {{NAME:Edna May Pilkington}}   DOB {{DATE:02/02/1933}}   NHS {{HEALTH_PLAN:485 777 3456}}
Time of onset: found on floor by carer 07:10, last seen well 22:00. Address: {{LOCATION:4 Ribble Close}}, {{LOCATION:Longridge}}, {{LOCATION:PR3 3XT}}
Mechanism: fall from bed, long lie ~9 h. Injuries: shortened externally rotated L leg, skin tear R forearm.
Signs: RR 20, SpO2 94% air, HR 96 irreg, BP 108/62, GCS 14 (E4 V4 M6), BM 6.1, T 35.4, NEWS2 7.
Treatment: paracetamol IV 1 g, morphine 2 mg IV x2, scoop, warming. Key safe code given to crew and returned to carer.
GP: {{LOCATION:Longridge Health Centre}}. Next of kin: son {{NAME:Graham}} {{PHONE:07700 900731}}.
Crew: {{NAME:J. Mistry}} (paramedic, HCPC {{LICENSE:PA41827}}) / {{NAME:O. Haworth}} (ECA). Handed to Sister {{NAME:Aoife Brennan}} at {{LOCATION:Royal Preston}} 09:47.
`,
  },
  {
    id: 'h6-035',
    kind: 'India PM-JAY pre-authorisation request',
    text: `
PRE-AUTHORISATION REQUEST - Ayushman Bharat PM-JAY   Request ID {{OTHER_ID:PMJAY-KA-2025-0041187}}
Hospital: {{LOCATION:Sri Lakshmi Narasimha Multispeciality Hospital}}, {{LOCATION:Hosur Road}}, {{LOCATION:Bengaluru}} {{LOCATION:560068}}
Beneficiary: Smt. {{NAME:Kamala Devi Narayanaswamy}}   W/o Late Sri {{NAME:K. Narayanaswamy}}   Age 58 F
PM-JAY ID {{HEALTH_PLAN:PM8KX2A7F}}   Aadhaar (masked) XXXX XXXX {{OTHER_ID:4471}}   Ration card {{OTHER_ID:KA-BPL-0882190}}
Address: {{LOCATION:No. 14, 3rd Cross, Ragigudda Slum}}, {{LOCATION:Jayanagar 9th Block}}, {{LOCATION:Bengaluru}}
Mobile {{PHONE:+91 98450 55512}}
Package: SG039C (cholecystectomy, laparoscopic) Rs 22,800. Admission {{DATE:21-05-2025}}; USG {{DATE:19-05-2025}} multiple calculi, CBD 5 mm.
Treating doctor: Dr. {{NAME:R. Venkatesh}}, MS (Gen Surg), KMC reg. no. {{LICENSE:78120}}
PMAM: {{NAME:Pushpa}} {{PHONE:080-5550-4471}}  Photo of beneficiary at kiosk {{PHOTO:PMJAY_kiosk_0041187.jpg}}
`,
  },
  {
    id: 'h6-036',
    kind: 'South African Road-to-Health booklet entries',
    text: `
ROAD TO HEALTH BOOKLET - clinic entries (copied into referral to {{LOCATION:Chris Hani Baragwanath}} paeds)
Child: {{NAME:Lwazi Mthembu}}   DOB {{DATE:2024/09/14}}   Birth wt 2.4 kg   Clinic folder {{MRN:KTC-24-1187}}
Mother: {{NAME:Nomvula Mthembu}} ID {{OTHER_ID:9203150884086}}   Cell {{PHONE:072 555 0196}}
Address: {{LOCATION:Stand 4471, Extension 2}}, {{LOCATION:Orange Farm}}, {{LOCATION:1841}}
{{DATE:14 Oct 2024}} 6 wk: wt 4.1 kg, OPV1, hexavalent 1, PCV1, RV1. Mother HIV+ on TLD, VL LDL; infant PCR neg (birth).
{{DATE:11 Nov 2024}} 10 wk: wt 4.9 kg, immunisations given. Breastfeeding.
{{DATE:9 Dec 2024}} 14 wk: wt 5.0 kg (crossing down), infant PCR #2 sent; lab no. NHLS {{OTHER_ID:GP25-0009182}}.
{{DATE:20 Jan 2025}}: wt 5.1 kg, WAZ -2.4, cough 2 wks. Referred. Gogo ({{NAME:MaDlamini}}) accompanies.
Nurse: Sr {{NAME:T. Khumalo}}, {{LOCATION:Kapok Clinic}}. SANC {{LICENSE:14418827}}
`,
  },
  {
    id: 'h6-037',
    kind: 'Irish nursing home common summary assessment',
    text: `
COMMON SUMMARY ASSESSMENT REPORT (Nursing Homes Support Scheme)
Applicant: {{NAME:Bridget Ni Fhlannagain}} ({{NAME:Biddy}})   PPSN {{OTHER_ID:7712048TA}}   DOB {{DATE:18/06/1931}}
Age {{AGE_OVER_89:93}}. Address {{LOCATION:Cnoc na Greine}}, {{LOCATION:Ballinrobe}}, {{LOCATION:Co. Mayo}} {{LOCATION:F31 KX28}}
GMS medical card {{HEALTH_PLAN:1187204W}}. GP: Dr {{NAME:Colm Mac Giolla Bhride}}, {{LOCATION:Ballinrobe Medical Centre}}
Geriatrician: Dr {{NAME:Una Prendergast}} ({{LOCATION:Mayo University Hospital}}), seen {{DATE:3rd April 2025}}.
Barthel 6/20; MMSE 16/30; Waterlow 17. Two falls since Christmas. Lives alone; nephew {{NAME:Seamus Flanagan}} calls daily,
tel {{PHONE:094 555 0217}}. Home care 2 h/day not enough. Preferred home: {{LOCATION:Aras Mhuire}}, {{LOCATION:Castlebar}}.
Assessor: {{NAME:Niamh Ruane}}, PHN, NMBI PIN {{LICENSE:113872}}. Completed {{DATE:10/04/2025}}.
`,
  },
  {
    id: 'h6-038',
    kind: 'Scottish immediate discharge letter',
    text: `
IMMEDIATE DISCHARGE LETTER - {{LOCATION:Ninewells Hospital}}, Ward 7
CHI {{HEALTH_PLAN:2509541123}}   {{NAME:DUNBAR-KERR}}, {{NAME:Alasdair}}   {{DATE:25/09/1954}} shown on wristband as {{DATE:25-Sep-54}}
Address {{LOCATION:7/2 Perth Road}}, {{LOCATION:Dundee}} {{LOCATION:DD1 4JR}}   Tel {{PHONE:01382 555 019}}
Admitted Mon {{DATE:16/06/25}}, discharged Fri {{DATE:20/06/25}}. Consultant: Dr {{NAME:Kirsteen McLauchlan}}.
Dx: community-acquired pneumonia (CURB-65 2), AKI stage 1 (creat 142 -> 88).
Meds changed: ramipril withheld, restart when U&E checked; amoxicillin to complete 7 days.
GP actions: U&E in 1/52; CXR 6/52. Home oxygen not needed (SpO2 95% air).
Letter copied to patient and {{LOCATION:Tay Court Medical Practice}} by SCI Gateway {{DATE:20.06.2025}}.
Pharmacist {{NAME:R. Baxendale}}; ward clerk {{NAME:Dot}}.
`,
  },
  {
    id: 'h6-039',
    kind: 'Malaysian clinic referral (MyKad)',
    text: `
SURAT RUJUKAN / REFERRAL LETTER                                    Tarikh: {{DATE:07/07/2025}}
Kepada: Pakar Endokrin, {{LOCATION:Hospital Sultanah Aminah}}, {{LOCATION:Johor Bahru}}
Nama: {{NAME:Nurul Aisyah binti Kamarulzaman}}   MyKad {{OTHER_ID:880412-01-5564}}   Umur 37
Alamat: {{LOCATION:No. 18, Jalan Merbau 3}}, {{LOCATION:Taman Daya}}, {{LOCATION:81100}} {{LOCATION:Johor Bahru}}, Johor
Tel: {{PHONE:012-555 4471}}   Suami: {{NAME:Mohd Hafiz bin Abdullah}} {{PHONE:019-555 0831}}
Dear colleague, thank you for seeing this lady with Graves' disease, relapsed after carbimazole stopped in {{DATE:Jan 2025}}.
fT4 38 pmol/L, TSH < 0.01, TRAb 9.8. Mild proptosis, CAS 2/7. Now on carbimazole 30 mg OD, propranolol 40 mg BD.
Please consider RAI versus surgery. Previous notes: {{LOCATION:Klinik Kesihatan Tampoi}} folder {{MRN:KKT/2019/08812}}.
Dr {{NAME:Lim Wei Ling}}, MMC {{LICENSE:61127}}, {{LOCATION:Klinik Famili Daya}}. Faks {{FAX:07-555 3318}}
`,
  },
  {
    id: 'h6-040',
    kind: 'Manitoba workers compensation physician report',
    text: `
WORKERS COMPENSATION BOARD - PHYSICIAN'S INITIAL REPORT                Claim {{OTHER_ID:2025-118-4471}}
Worker: {{NAME:Pelletier, Gaetan-Joseph}}   PHIN {{HEALTH_PLAN:118 204 771}}   DOB {{DATE:1977 11 05}}
Address {{LOCATION:509 Provencher Blvd}}, {{LOCATION:Winnipeg}} MB {{LOCATION:R2H 0H1}}   Phone {{PHONE:204-555-0193}}
Employer: grain terminal (name on form). Date of accident {{DATE:2025-02-26}}; first seen {{DATE:2025-02-27}} at {{LOCATION:Seven Oaks}} urgent care.
History: slipped on ice at rail siding, fell on outstretched R hand. Snuffbox tender; scaphoid views neg; cast, repeat XR 10-14 d.
Capabilities: no use of R hand; may do light one-handed duties. Est. return {{DATE:April 2025}}.
Practitioner: Dr {{NAME:Halvard Anyanwu}}, CPSM {{LICENSE:22418}}, billing # {{OTHER_ID:77120}}. Fax {{FAX:204-555-0199}}
`,
  },
];
