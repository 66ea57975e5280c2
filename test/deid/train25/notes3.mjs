// train25 notes 3: Southern Africa (Zambia, South Africa) and NGO/mission paperwork with international staff:
// rural health post referral, SA district-hospital referral, medical-aid authorisation, volunteer roster, incident
// report, mission-clinic letter, RAF form, death notification, mobile-clinic log.
export default [
  {
    id: 't25-019',
    kind: 'rural health post referral (Zambia)',
    text: `
REPUBLIC OF ZAMBIA - MINISTRY OF HEALTH   REFERRAL FORM
From: {{LOCATION:Chikuni Rural Health Post}}, {{LOCATION:Monze}} District   To: {{LOCATION:Monze Mission Hospital}}
Date: {{DATE:02/09/2025}}   Time: 14:30
Name: {{NAME:Mweemba Choolwe}}   Sex: F   Age: 31   NRC: {{OTHER_ID:555120/61/1}}
Village: {{LOCATION:Siamasimbi}}, under Chief {{NAME:Choongo}}; landmark: next to {{LOCATION:Chikuni Parish}} grinding mill
Complaint: PPH after home delivery at 0600 (placenta retained). Misoprostol 600 mcg given, IV line, est. loss 800 ml.
Accompanied by husband {{NAME:Hachoongo Moonga}} and TBA {{NAME:Mainza Nchimunya}}.
Referring officer: EHT {{NAME:Lubinda Mwiinga}}   Phone: {{PHONE:+260 977 555 318}}
Transport: Zambulance (motorbike) {{VEHICLE:ALB 3318}}.
Receiving note: seen by Dr {{NAME:Kalaba Mwansa}} and midwife Sr. {{NAME:Precious Hamweemba}}. Manual removal of placenta under ketamine.
Baby girl well, named {{NAME:Chipo}} by her grandmother {{NAME:Inonge Mweemba}}. Discharged {{DATE:05/09/2025}}.
`,
  },
  {
    id: 't25-020',
    kind: 'district hospital referral letter (South Africa, Eastern Cape)',
    text: `
{{LOCATION:Zithulele Hospital}}, Private Bag {{LOCATION:X504}}, {{LOCATION:Mqanduli}}, {{LOCATION:5080}}
{{DATE:2025/06/18}}

To the Registrar on call, Paediatric Surgery, {{LOCATION:Frere Hospital}}, {{LOCATION:East London}}
Re: {{NAME:Lithemba Mbeki-Ntsele}} (3 yrs), folder no. {{MRN:ZH 0552 718}}, RSA ID {{OTHER_ID:2203155512089}}
Mother: {{NAME:Nosipho Ntsele}}, cell {{PHONE:072 555 0146}}; home: {{LOCATION:Xhora Mouth}} location, {{LOCATION:Elliotdale}},
near the {{LOCATION:Mhlahlane}} spaza shop. Speaks isiXhosa.
Burns (hot porridge) 18% TBSA, partial thickness, {{DATE:15 June}}. Photographs {{PHOTO:ZH_burns_0615_a.png}} and {{PHOTO:ZH_burns_0615_b.png}} attached.
Road ambulance booked via EMS ref {{OTHER_ID:EC-EMS-250618-1132}}.
Kind regards, Dr {{NAME:Ben Gaunt-Whitlock}} / Dr {{NAME:Siyabonga Dlamini}} (comm serve)   HPCSA {{LICENSE:MP 0817734}}
Background: {{NAME:Lithemba}} lives with gogo {{NAME:Nomakhaya Ntsele}} while mom works in {{LOCATION:Mthatha}}. CHW {{NAME:Zoleka Mgwigwi}} knows the homestead.
Pain: paracetamol and morphine syrup. Tetanus up to date per Road to Health booklet.
`,
  },
  {
    id: 't25-021',
    kind: 'medical-aid authorisation letter (South Africa)',
    text: `
Discovery Health - Hospital Authorisation
Auth no: {{OTHER_ID:AUTH 55-0187-2241}}   Date issued: {{DATE:4 March 2025}}
Main member: {{NAME:Pieter Johannes van der Merwe}}   Membership no: {{HEALTH_PLAN:418 550 913}}   Dependant 02: {{NAME:Annelie van der Merwe}}
Address: {{LOCATION:7 Jacaranda Avenue}}, {{LOCATION:Lynnwood Glen}}, {{LOCATION:Pretoria}}, {{LOCATION:0081}}
Admitting hospital: {{LOCATION:Netcare Unitas Hospital}}, {{LOCATION:Centurion}}   Practice no: {{OTHER_ID:5520118}}
Admission date: {{DATE:10/03/2025}}; procedure: total knee replacement (R); implant: Zimmer NexGen (device serial to be recorded).
Treating doctor: Dr {{NAME:Thandeka Mokoena-Smit}}, orthopaedic surgeon
Queries: {{PHONE:0860 555 998}} or fax {{FAX:011 555 0412}}.
Please note: co-payment of R 5,000 applies (non-DSP hospital). Case manager: {{NAME:Riana Botha}}. Dependant's GP: Dr {{NAME:Jacobus Pretorius}}, {{LOCATION:Menlyn Medical Centre}}.
Implant serial recorded post-op: {{DEVICE:ZNG-55-882013-R}}.
Pre-authorisation letters are faxed to the hospital case-management office on {{FAX:012 555 0977}}.
`,
  },
  {
    id: 't25-022',
    kind: 'NGO volunteer roster and contact sheet (Malawi/Zambia border mission)',
    text: `
{{LOCATION:Mtendere Mission Hospital}} ({{LOCATION:Chirundu}}) - VISITING TEAM ROSTER, {{DATE:June 2025}}
Team lead: Dr {{NAME:Tavita Faleolo}} (Samoa / NZ), anaesthetics
Dr {{NAME:Maarja Tamm}} (Estonia), obstetrics - arriving {{DATE:06 Jun}} via {{LOCATION:Kenneth Kaunda International Airport}}
Sr {{NAME:Aoife McGuinness}} (theatre nurse) - from {{LOCATION:Letterkenny}}
Dr {{NAME:Rivka Ben-Ami}} (paediatrics) and her husband {{NAME:Yossi Ben-Ami}} (logistics)
Dr {{NAME:Ani Hovhannisyan}} (Armenia) - ophthalmology camp at {{LOCATION:Siavonga District Hospital}}
Mr {{NAME:Lasha Gelashvili}} (Georgia), biomed engineer - oxygen concentrators (serials {{DEVICE:OC-7F-118834}}, {{DEVICE:OC-7F-118835}})
Driver: {{NAME:Bwalya "BJ" Mulenga}}, Land Cruiser {{VEHICLE:BAF 2417}}
Guest house: {{LOCATION:Lusaka Road}} plot {{LOCATION:88}}; team WhatsApp admin {{NAME:Dakota Running-Deer}} {{PHONE:+260 966 555 210}}
Departures: Dr {{NAME:Maarja}} leaves {{DATE:27 June}}; Dr {{NAME:Aigerim Seitkali}} (Kazakhstan) replaces her. Mrs {{NAME:Mereana Walker}} (Maori, midwife tutor) runs CPD on Thursdays.
Local staff leads: Matron {{NAME:Memory Banda}}, Sr {{NAME:Chikondi Phiri}}, clinical officer {{NAME:Kondwani Zulu}}. Laundry: Mrs {{NAME:Tembo}}.
`,
  },
  {
    id: 't25-023',
    kind: 'clinic incident report (South Africa, Cape Flats)',
    text: `
INCIDENT REPORT - {{LOCATION:Hanover Park CHC}}   Ref {{OTHER_ID:WC-IR-2025-0449}}
Date of incident: Friday {{DATE:14 November 2025}}? -> corrected to {{DATE:13/11/2025}}
Reported by: PN {{NAME:Fadiela Abrahams}}   Witness: security guard {{NAME:Jerome "Jerry" Februarie}}
Patient involved: {{NAME:Ashwin Pillay}}, folder {{MRN:HP-88-40127}}, lives {{LOCATION:Flat 12}}, {{LOCATION:Block C}}, {{LOCATION:Athwood Court}}, {{LOCATION:Hanover Park}}
Description: patient's laptop with his own CCTV screenshots (IP camera {{IP:192.0.2.118}}) was taken from the waiting room. SAPS {{LOCATION:Philippi}}
case no. {{OTHER_ID:CAS 211/11/2025}}. No clinical harm. Patient later seen by Dr {{NAME:Zainab Isaacs}}.
Manager informed: {{NAME:Gerald Kotze}}, {{EMAIL:gerald.kotze@example.org.za}}.
Follow-up: patient's brother {{NAME:Kevin Pillay}} came on {{DATE:17/11/2025}} to ask for the CCTV footage; referred to facility manager. Sr {{NAME:Nokuthula Mabaso}}
documented that Mr {{NAME:Pillay}} was calm. No further action by Dr {{NAME:Isaacs}}.
`,
  },
  {
    id: 't25-024',
    kind: 'mission clinic letter to family abroad (Cameroon)',
    text: `
{{LOCATION:Mbingo Baptist Hospital}}, P.O. Box {{LOCATION:42}}, {{LOCATION:Bamenda}}
{{DATE:29 August 2025}}
Dear Mr. {{NAME:Che}},
Your father, Pa {{NAME:Che Ndifor Lucas}}, aged {{AGE_OVER_89:93}}, was admitted on {{DATE:21/08/2025}} with a chronic subdural haematoma after a fall at home in
{{LOCATION:Bafut}} ({{LOCATION:Mbebeli}} quarter, below the palace). Burr-hole drainage was done by Dr {{NAME:Bernard Neba}}; he is now talking and eating.
His daughter {{NAME:Ngum Esther}} is with him. The bill so far is FCFA 410,000 (account {{ACCOUNT:MBH-0098813}}). You may pay through
the link {{URL:https://pay.example.cm/mbh/0098813}} or to your sister by mobile money {{ACCOUNT:677 555 042}}.
Please call Sister {{NAME:Lum Comfort}} on {{PHONE:+237 677 555 019}} for news. God bless,
Rev. Dr. {{NAME:Wilfred Tanyi}}, Chaplain
P.S. His neighbour Mama {{NAME:Fri Martha}} will keep the house. Your brother {{NAME:Che Godlove}} in {{LOCATION:Buea}} has also been informed.
For the US visa letter you requested, we have recorded your details as given: {{NAME:Emmanuel Che Ndifor}}, SSN {{SSN:000-61-4420}}, {{LOCATION:Silver Spring}}, Maryland.
`,
  },
  {
    id: 't25-025',
    kind: 'road accident fund medical report (South Africa)',
    text: `
RAF 1 - SERIOUS INJURY ASSESSMENT (extract)
Claimant: {{NAME:Mpho Sello Radebe}}   ID no. {{OTHER_ID:8807125555083}}   Claim ref {{OTHER_ID:RAF/560/2207/8}}
Address: {{LOCATION:2231 Vilakazi Street}}, {{LOCATION:Orlando West}}, {{LOCATION:Soweto}}, {{LOCATION:1804}}
Accident: {{DATE:12 December 2024}} on the {{LOCATION:N12}} near {{LOCATION:Eldorado Park}}; passenger in taxi {{VEHICLE:HTV 447 GP}}; driver's licence of claimant {{LICENSE:4005 5500 3KJP}}
Treated at {{LOCATION:Chris Hani Baragwanath Academic Hospital}} ({{DATE:12/12/2024}} - {{DATE:03/01/2025}}): L femur shaft fracture, IMN.
Nail serial {{DEVICE:SYN-TFN-55A09182}}. WPI 14% (AMA Guides 6th ed.).
Examined {{DATE:02 May 2025}} by Dr {{NAME:Nomvula Khumalo}}, {{LOCATION:Rosebank Medical Centre}}.
Collateral: claimant's mother {{NAME:Dikeledi Radebe}} reports he was a taxi marshal at {{LOCATION:Bara Taxi Rank}}. Occupational therapist {{NAME:Lerato Mahlangu}},
orthopaedic surgeon Dr {{NAME:Johan Erasmus}}, and clinical psychologist {{NAME:Ayesha Moosa}} also assessed him.
`,
  },
  {
    id: 't25-026',
    kind: 'death notification (Zambia, district hospital)',
    text: `
NOTIFICATION OF DEATH   {{LOCATION:Kalomo District Hospital}}
Deceased: {{NAME:Nalukui Sitali Mubita}}   Sex F   Age: {{AGE_OVER_89:98}}   NRC: {{OTHER_ID:555401/82/1}}
Usual residence: {{LOCATION:Namwianga}} area, {{LOCATION:Kalomo}}; formerly of {{LOCATION:Mongu}} ({{LOCATION:Lealui}} village)
Date of death: {{DATE:17/10/2025}} at 03:10   Place: Female Ward
Cause: (a) aspiration pneumonia (b) advanced dementia. Informant: grandson {{NAME:Sitali Inambao}}, {{PHONE:0955 555 620}}.
Certifying officer: Dr {{NAME:Chanda Kapembwa}}   Body released to {{LOCATION:Kalomo Funeral Parlour}} on {{DATE:18.10.2025}}.
Remarks: the deceased had been cared for by her daughter {{NAME:Mubita Liseli}} and by home-based care volunteer {{NAME:Nasilele Akapelwa}}.
Burial at {{LOCATION:Namwianga}} cemetery. Entered in the register by {{NAME:Brian Mumba}}, records clerk.
`,
  },
  {
    id: 't25-027',
    kind: 'mobile clinic log in lower case (Limpopo farms)',
    text: `
mobile clinic log - farm route B, wk of {{DATE:3 feb}}
mon: {{LOCATION:tshipise}} farm compound. seen 41. {{NAME:tshilidzi nemakonde}} bp 180/104 - switched to amlodipine 10 + HCTZ. gogo {{NAME:ramaano}} (granny, {{AGE_OVER_89:95}}) eyes - cataract, list for {{LOCATION:elim hospital}}.
tue: {{LOCATION:mopane}} packhouse. seasonal workers from {{LOCATION:beitbridge}} & {{LOCATION:chiredzi}}: {{NAME:tendai chiwenga}} TB symptoms - sputum.
wed: {{LOCATION:musina}} town, at {{LOCATION:nancefield}} community hall. {{NAME:mmbangiseni}} (no surname given) pregnant 30wk.
thu: vehicle {{VEHICLE:FVB 551 L}} broke down at {{LOCATION:waterpoort}} - tow by {{NAME:kobus}}.
sister {{NAME:rudzani mudau}} / driver {{NAME:thabo}}
fri: admin. restock from {{LOCATION:musina hospital}} pharmacy (pharmacist mr {{NAME:livhuwani makhado}}). amlodipine, HCTZ, enalapril, Panado, ORS.
note: {{NAME:tendai}}'s employer {{NAME:koos van zyl}} says he can come to {{LOCATION:tshikuwi}} clinic on {{DATE:10 feb}}.
`,
  },
];
