// heldout13 notes2: administrative and revenue-cycle text (h13-011..020). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-011',
    kind: 'financial assistance application worksheet',
    text: `
FINANCIAL ASSISTANCE APPLICATION - counsellor worksheet   app # {{OTHER_ID:FAP-26-10472}}   {{LOCATION:St. Luke's Magic Valley}}
Applicant {{NAME:Yesenia Calderon Ruiz}}  DOB {{DATE:01/22/1988}}  SSN {{SSN:000-72-1184}}  guarantor acct {{ACCOUNT:SLMV-22018847}}
Address {{LOCATION:642 Elm St N, Trlr 9}}, {{LOCATION:Twin Falls}} ID {{LOCATION:83301}}   cell {{PHONE:208-555-0131}}
Household: spouse {{NAME:Efrain Calderon}} SSN {{SSN:000-72-3390}} (seasonal, dairy); children {{NAME:Alexa}} (9) and {{NAME:Junior}} (4), no SSN listed.
Income: paystubs {{DATE:08/2026}}-{{DATE:10/2026}}, $2,940/mo; checking at Snake River CU acct {{ACCOUNT:7730418825}} (bal $312); routing 124101555 not recorded.
Assets: 2011 Chevy Silverado VIN {{VEHICLE:1GCRKSE38BZ204417}} (exempt, work vehicle).
Medicaid screen: denied {{DATE:09/14/2026}}, case {{OTHER_ID:ID-DHW-5520841}}. FPL 148% -> 75% discount tier.
Docs uploaded by applicant from {{IP:100.72.14.201}} via {{URL:https://pay.stlukesmv.example.org/fap/FAP-26-10472}}. Counsellor {{NAME:Hollis Aguirre}}, {{DATE:11/02/2026}}.
`,
  },
  {
    id: 'h13-012',
    kind: 'good faith estimate for a self-pay patient',
    text: `
GOOD FAITH ESTIMATE (No Surprises Act)   GFE ID {{OTHER_ID:GFE-7720-0419}}   issued {{DATE:October 27, 2026}}
Patient: {{NAME:Niamh Delacroix-Abara}}, DOB {{DATE:12/05/1990}}, {{EMAIL:niamh.da@postbox.example.org}}, {{PHONE:(503) 555-0104}}
Service: laparoscopic cholecystectomy, scheduled {{DATE:November 18, 2026}}, primary dx K80.20
Convening provider: {{NAME:Takeshi Brannigan}}, MD (NPI {{OTHER_ID:1619002847}}), {{LOCATION:Cascade Surgical Associates}}, {{LOCATION:9480 SW Barnes Rd Ste 410}}, {{LOCATION:Portland}} OR {{LOCATION:97225}}
  CPT 47562   surgeon fee       $2,150.00
Co-providers: {{LOCATION:Providence St. Vincent Medical Center}} facility $6,480.00 (rev 0360, 0370, 0710); anesthesia {{NAME:Priya Szabo}}, CRNA, NPI {{OTHER_ID:1346671209}}, $1,120.00 (00790, 10 units)
Total estimate $9,750.00. If billed $400 or more above this estimate you may dispute within 120 days of the bill: see the federal page https://www.cms.example.gov/nosurprises.
Patient viewed the estimate at {{URL:https://estimates.cascadesurgical.example.com/gfe/GFE-7720-0419}} from {{IP:198.51.100.141}} and signed electronically.
Self-pay account {{ACCOUNT:CSA-SP-0417733}}. Prepared by {{NAME:lbjornstad}}, fax {{FAX:(503) 555-0109}}.
`,
  },
  {
    id: 'h13-013',
    kind: 'credit balance refund worksheet',
    text: `
CREDIT BALANCE / REFUND REQUEST   worksheet 26-1187   dept: PFS   {{DATE:11-09-2026}}
Guarantor: {{NAME:Oduya-Kessler, Bernadette}}   acct {{ACCOUNT:H700418829}}   MRN {{MRN:00441872}}
Visit {{DATE:07-22-2026}} ED; charges 3,120.00; payments: patient 250.00 ({{DATE:07-22-2026}}, Mastercard x{{ACCOUNT:0923}}); primary BCBS 2,611.40; secondary Medicaid {{HEALTH_PLAN:MD88120447}} 411.60 (paid in error, should be 0)
Credit 153.00 -> refund to payer; 250.00 -> refund to patient at {{LOCATION:311 Prospect Ave}}, {{LOCATION:Hartford}} CT {{LOCATION:06106}}
Patient called {{DATE:11-04-2026}} from {{PHONE:860-555-0187}} asking for refund by card; card on file expired, so check issued.
Patient later chose e-refund: bank acct ending {{ACCOUNT:6604}}, entered at {{URL:https://refunds.hartfordpfs.example.org/r/H700418829}} from {{IP:192.168.0.23}}.
Approved {{NAME:T. Marchetti-Yoon}} (supervisor), {{DATE:11-10-2026}}. Reason codes CO-45, OA-23. Batch total 4 refunds.
`,
  },
  {
    id: 'h13-014',
    kind: 'PBM pharmacy desk audit letter',
    text: `
DESK AUDIT NOTICE - claims selected for review   audit # {{OTHER_ID:DA-26-33871}}
To: Pharmacist in charge {{NAME:Ngozi Abernathy-Iwu}}, RPh (lic {{LICENSE:RPH.0044718}}), {{LOCATION:Carver Street Pharmacy}}, NCPDP 4418820, fax {{FAX:912-555-0171}}
Submit hard copies within 14 days. Claims:
1. Rx {{OTHER_ID:7731044}}  fill {{DATE:08/02/2026}}  {{NAME:Lorenzo Pettaway}} DOB {{DATE:03/16/1958}}  NDC 00378-3512-93 qty 30  prescriber DEA {{LICENSE:BW8840117}}
2. Rx {{OTHER_ID:7731288}}  fill {{DATE:08/09/2026}}  {{NAME:Ayanna Pettaway}} DOB {{DATE:10/30/1961}}  NDC 59762-0020-01 qty 90  prescriber DEA {{LICENSE:AO5521946}}
3. Rx {{OTHER_ID:7734410}}  fill {{DATE:08/21/2026}}  {{NAME:Clement Rhodes}} DOB {{DATE:01/04/1931}} (age {{AGE_OVER_89:95}})  NDC 00093-0058-01 qty 120  days supply 30 vs sig 1 BID
Auditor {{NAME:Josephine Wexford}}, {{EMAIL:audits@pbmreview.example.com}}, phone {{PHONE:(800) 555-0144}}. Upload: {{URL:https://audit.pbmreview.example.com/case/DA-26-33871}}
`,
  },
  {
    id: 'h13-015',
    kind: 'eligibility verification call log',
    text: `
ELIG CALL LOG - pre-registration, {{LOCATION:Baptist Health Lexington}}
{{DATE:11/19/26}} 10:02 called Humana provider line {{PHONE:1-800-555-0177}}, IVR then rep {{NAME:Shaniqua}} (ref # {{OTHER_ID:HUM-1119-8840217}}).
Pt {{NAME:Delbert Ray Spurlock}}, DOB {{DATE:08/08/1949}}, member {{HEALTH_PLAN:H44180227}}, subscriber self; IVR also asked SSN last 4, gave {{SSN:5106}}. Active {{DATE:01/01/2026}}. MA-PD HMO, PCP must refer.
PCP Dr. {{NAME:Anika Haldane}}, referral on file # {{OTHER_ID:RF77120488}} valid to {{DATE:02/18/27}}. Deductible met; OOP 1,840/4,900.
Secondary: KY Medicaid {{HEALTH_PLAN:8820417715}} (QMB). Tertiary none.
Wife {{NAME:Opal Spurlock}} {{PHONE:859-555-0149}} confirmed address {{LOCATION:4418 Tates Creek Rd}}, {{LOCATION:Lexington}} {{LOCATION:40517}}.
Encounter acct {{ACCOUNT:BHL-9930412}}. Verified by {{NAME:jcombs2}}.
`,
  },
  {
    id: 'h13-016',
    kind: 'Medicaid estate recovery notice',
    text: `
NOTICE OF INTENT TO FILE CLAIM - ESTATE RECOVERY UNIT
{{DATE:October 14, 2026}}
To the Personal Representative, Estate of {{NAME:Hildegard M. Voss}}
c/o {{NAME:Konrad Voss}}, {{LOCATION:PO Box 1182}}, {{LOCATION:New Ulm}}, MN {{LOCATION:56073}}
Decedent: {{NAME:Hildegard M. Voss}}; date of death {{DATE:July 3, 2026}}, aged {{AGE_OVER_89:94}}; DOB {{DATE:February 19, 1932}}; SSN {{SSN:000-44-8120}}; MA ID {{HEALTH_PLAN:00718845}}; last residence {{LOCATION:Oak Hills Living Center}}.
Medical assistance paid {{DATE:March 2019}} through {{DATE:June 2026}}: $187,442.18 (nursing facility, waiver, capitation).
Probate: {{LOCATION:Brown County}} District Court, file {{OTHER_ID:08-PR-26-117}}. Our claim will be filed against the homestead at {{LOCATION:1020 S German St}}, {{LOCATION:New Ulm}} and the decedent's account at Citizens Bank {{ACCOUNT:00418827710}}.
Hardship waiver forms: {{URL:https://eru.mn-dhs.example.gov/waiver?case=ERU-2026-4471}}. Case worker {{NAME:Ines Fjelstad}}, {{PHONE:651-555-0128}}, fax {{FAX:651-555-0129}}.
`,
  },
  {
    id: 'h13-017',
    kind: 'ambulance balance-bill dispute letter',
    text: `
To: Patient Accounts, Heartland Ambulance Service                               {{DATE:Nov 2, 2026}}
From: {{NAME:Corazon Villareal-Pike}}, {{LOCATION:1550 N 27th St, Apt 204}}, {{LOCATION:Lincoln}}, NE {{LOCATION:68503}}
Re: run # 26-118804, patient {{NAME:Felipe Villareal}} (my father), your account {{ACCOUNT:HAS-0441-8820}}
You billed us $2,388 for a transfer on {{DATE:Aug 14, 2026}} from {{LOCATION:Bryan East Campus}} to {{LOCATION:Madonna Rehabilitation Hospital}}. His plan (member {{HEALTH_PLAN:NEB7741880}}) paid the in-network rate and the EOB (claim {{OTHER_ID:C2026081488120}}) shows patient responsibility $100. Ground ambulance is out of network by your choice, not ours. Please reprocess and stop the statements. Dad is {{AGE_OVER_89:90}} and these letters scare him.
Your statement of {{DATE:Oct 20}} says to pay at {{URL:https://pay.heartlandems.example.com/a/HAS04418820}}; I will not pay until you answer.
Call me at {{PHONE:402-555-0108}} or write {{EMAIL:cora.pike@homemail.example.com}}.
`,
  },
  {
    id: 'h13-018',
    kind: 'interpreter agency monthly invoice',
    text: `
INVOICE 2026-10-117   LinguaCare Interpreting   to: {{LOCATION:Harborview Medical Center}} AP, fax {{FAX:206-555-0197}}
date       | pt (MRN)                          | lang     | interp | mins | mode | ref
{{DATE:10/02/2026}} | {{NAME:Tran Thi Bich}} ({{MRN:H4418207}})         | Vietnamese | {{NAME:LNguyen}} #{{OTHER_ID:I-2291}} | 45 | OPI | {{OTHER_ID:LC-88401}}
{{DATE:10/07/2026}} | {{NAME:Abdirahman Warsame}} ({{MRN:H4420981}})    | Somali   | {{NAME:FAden}} #{{OTHER_ID:I-1873}} | 90 | in person | {{OTHER_ID:LC-88522}}
{{DATE:10/19/2026}} | {{NAME:Oksana Melnychuk}} ({{MRN:H3908112}})      | Ukrainian | {{NAME:IKovalenko}} #{{OTHER_ID:I-2410}} | 30 | VRI | {{OTHER_ID:LC-88709}}
{{DATE:10/28/2026}} | {{NAME:Tekle Gebremariam}} ({{MRN:H4431470}})     | Tigrinya | {{NAME:HBerhe}} #{{OTHER_ID:I-2288}} | 120 | in person | {{OTHER_ID:LC-88930}}
Rates: OPI 1.10/min, VRI 1.95/min, in person 2-hr minimum. Remit by ACH on file.
Disputes: {{EMAIL:billing@linguacare.example.com}}, {{PHONE:206-555-0195}}.
`,
  },
  {
    id: 'h13-019',
    kind: 'insurance card scan OCR',
    text: `
CARD SCAN - front/back, 2 cards, registration {{DATE:11/21/2026}}, image {{PHOTO:cards_00882041_1121.tif}}
CARD 1 FRONT: SUMMIT PEAK HEALTH  PPO
 Member: {{NAME:JONAS B LINDQVIST-ORTEGA}}   Member ID: {{HEALTH_PLAN:SPH 4418 2207 01}}
 Group: 770418   RxBIN 610014  RxPCN MEDDPRIME  RxGRP SPHRX
 Dependents: 02 {{NAME:ELENA LINDQVIST-ORTEGA}}  03 {{NAME:MATEO LINDQVIST-ORTEGA}}
 PCP copay $25  ER $250
CARD 1 BACK: providers call {{PHONE:(800) 555-0166}}; www.summitpeak.example.com
CARD 2 FRONT: DELTA SMILE DENTAL  subscriber {{NAME:ELENA ORTEGA}}  ID {{HEALTH_PLAN:DSD0077318840}}  group 55120
CARD 2 BACK: old subscriber no. (SSN) {{SSN:000-38-5512}} - payer says do not use after 2024; claims fax {{FAX:(800) 555-0169}}
Registrar note: patient's MRN {{MRN:7720418}}; DOB {{DATE:1983-05-30}}; home {{LOCATION:1822 Blake St}}, {{LOCATION:Denver}} CO {{LOCATION:80202}}.
`,
  },
  {
    id: 'h13-020',
    kind: 'Ontario auto insurance treatment plan (OCF-18)',
    text: `
OCF-18 TREATMENT AND ASSESSMENT PLAN - summary sent to insurer {{DATE:2026-10-09}}
Part 1 Applicant: {{NAME:Harjit Kaur Dhillon}}, DOB {{DATE:1985-03-11}}, {{LOCATION:77 Sandalwood Pkwy E, Unit 14}}, {{LOCATION:Brampton}} ON {{LOCATION:L6Z 1Y5}}, tel {{PHONE:905-555-0148}}
Part 2 Insurer: Lakeshore Mutual; claim {{OTHER_ID:LM-26-0771840}}; policy {{ACCOUNT:AUT 4418 2209}}; adjuster {{NAME:Geoffrey Ng}}, fax {{FAX:416-555-0183}}
Accident {{DATE:2026-08-28}}: rear-ended on {{LOCATION:Highway 410}} near {{LOCATION:Bovaird Dr}}; her vehicle ON plate {{VEHICLE:CDXT 418}}; other vehicle ON plate {{VEHICLE:BRKM 902}}. Driver's licence {{LICENSE:D4418-77120-85311}}. OHIP {{HEALTH_PLAN:4418 882 207 KP}}.
Part 4 Health practitioner: {{NAME:Mireille Okafor-Roy}}, physiotherapist, College reg. {{LICENSE:17742}}, {{LOCATION:Springdale Physiotherapy}}.
Injuries: WAD II (S13.4), lumbar sprain (S33.5). Goals: return to work as a PSW; NDI 38%.
Plan: 12 physio sessions, $1,872.00 in total; assessment of home {{DATE:2026-10-20}}.
Signed by applicant {{DATE:2026-10-09}}; submitted through HCAI, document {{OTHER_ID:HCAI-9904418827}}, from clinic workstation {{IP:10.14.2.77}}.
Clinic note: client reports headaches 4/10, sleep 5 h/night, driving anxiety on {{LOCATION:Highway 410}}; she now takes the bus from {{LOCATION:Bramalea City Centre}} terminal. Husband {{NAME:Gurpreet Dhillon}} drives her to sessions.
`,
  },
];
