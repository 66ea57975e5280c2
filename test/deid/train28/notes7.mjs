// train28 notes 7: housing and shelter referrals, tenancy and environmental-health visits, social-care records with the rarer identifiers (t28-055..064).
export default [
  {
    id: 't28-055',
    kind: "shelter referral (family, US)",
    text: `
FAMILY SHELTER REFERRAL - coordinated entry   Referral date {{DATE:02/11/2026}}   HMIS client ID {{OTHER_ID:HMIS-0044172}}
Head of household: {{NAME:Latoya Pruitt-Sanders}}  DOB {{DATE:05/30/1991}}  SSN {{SSN:000-55-1472}}
Children: {{NAME:Jamari Sanders}} (9), {{NAME:Nevaeh Sanders}} (6), {{NAME:Zion Pruitt}} (14 mo). {{NAME:Jamari}} attends {{LOCATION:Harriet Tubman Elementary}}; McKinney-Vento liaison Ms. {{NAME:Carla Dunning}}.
Last stable address: {{LOCATION:1623 Gallatin St NE}}, {{LOCATION:Washington}}, DC {{LOCATION:20017}} (evicted {{DATE:Jan 29}}; landlord {{NAME:Vincent Marchese}} of {{LOCATION:Marchese Realty}}).
Since then: 3 nights in car (2011 Nissan Altima, DC tag {{VEHICLE:GV 4417}}) at {{LOCATION:Fort Lincoln}} shopping centre lot, then cousin {{NAME:Tanisha Pruitt}}'s couch in {{LOCATION:Capitol Heights}}, MD.
Health: {{NAME:Zion}} has asthma (albuterol via AeroChamber), followed at {{LOCATION:Children's National}} {{LOCATION:Shaw}} clinic, MRN {{MRN:CN-00774152}}. {{NAME:Latoya}} 22 wks pregnant, OB at {{LOCATION:Unity Health Care Upper Cardozo}}.
Income: TANF; SNAP EBT card {{ACCOUNT:5077 0000 4417 2210}}. Medicaid {{HEALTH_PLAN:00004417552}}.
Contact: cell {{PHONE:(202) 555-0156}}, e-mail {{EMAIL:latoyaps91@example.net}}. Intake worker {{NAME:Desmond Achterberg-Ruiz}}, fax to {{LOCATION:Virginia Williams Family Resource Center}} {{FAX:202-555-0170}}.
Albuterol HFA, Flovent 44 mcg; prenatal vitamins. DC Department of Human Services placement. Shelter check-in palm-vein template {{BIOMETRIC:PV-0044172}}.
Referral entered {{DATE:02/11/2026}} by {{NAME:Desmond Achterberg-Ruiz}}; approved {{NAME:Shanice Gilliard}} {{DATE:02/12/2026}}.
`,
  },
  {
    id: 't28-056',
    kind: "housing disrepair / environmental health visit (damp and mould, child asthma)",
    text: `
Private sector housing - inspection note. Case {{OTHER_ID:PSH-26-1182}}. Officer {{NAME:Imran Siddiqui}}, EHO. Visit {{DATE:14 October 2026}}.
Property: {{LOCATION:Flat 11}}, {{LOCATION:Brindley House}}, {{LOCATION:62 Alcester Road}}, {{LOCATION:Moseley}}, {{LOCATION:Birmingham}} {{LOCATION:B13 8EB}}.
Tenant: {{NAME:Zainab Olawale}} with children {{NAME:Ayomide}} (4, severe asthma, admitted twice to {{LOCATION:Birmingham Children's Hospital}}) and {{NAME:Tobi}} (9).
Referral from asthma nurse {{NAME:Grainne Hegarty}} (letter faxed {{FAX:0121 555 0418}}) and GP Dr {{NAME:Harpreet Sohal}} at {{LOCATION:Moseley Medical Centre}}.
Landlord: {{NAME:Pavlos Georgiou}}, {{LOCATION:Georgiou Lettings}}, {{LOCATION:14 Hagley Road}}, {{LOCATION:Edgbaston}}; HMO licence {{LICENSE:HMO/2024/04417}}. Letting agent e-mail {{EMAIL:lettings@georgiou.example.co.uk}}.
Findings: black mould bedroom 2 (photos {{PHOTO:PSH1182_bed2_01.jpg}}, {{PHOTO:PSH1182_bed2_02.jpg}}), humidity 78%, extractor broken, window seal failed. Category 1 hazard (damp and mould) under HHSRS.
Improvement notice to be served. {{NAME:Ayomide}}'s hospital no. {{MRN:BCH 0441725}} (per mum's letter). Tenant mob {{PHONE:07700 900733}}.
HHSRS Category 1; Stachybotrys not tested. Montelukast, Clenil Modulite, Ventolin. Fire service referral for smoke alarms.
Inspection note {{DATE:15/10/2026}}, {{NAME:I. Siddiqui}}; principal EHO {{NAME:Bronagh Devlin}}.
`,
  },
  {
    id: 't28-057',
    kind: "rough sleeper outreach and hotel placement (Melbourne)",
    text: `
Assertive outreach - {{DATE:2/7/2026}} - {{LOCATION:Flinders Street Station}} / {{LOCATION:Enterprize Park}}
Client: {{NAME:Wayne "Bluey" Cartwright}}, 58, Aboriginal (Wiradjuri, from {{LOCATION:Wagga Wagga}}). Medicare {{HEALTH_PLAN:2555 04172 1}}. CRN (Centrelink) {{OTHER_ID:000 417 552K}}.
Sleeping under the {{LOCATION:Sandridge Bridge}} since his room at {{LOCATION:Gatwick Private Hotel}} closed. Cough, weight loss - TB screen requested at {{LOCATION:St Vincent's Hospital Melbourne}}.
Worker {{NAME:Nhung Trinh}} and nurse {{NAME:Matilda Ashgrove}} (Cohealth) placed him at {{LOCATION:Hotel Enterprize}}, {{LOCATION:44 Spencer Street}}, room 512 for 5 nights.
Sister {{NAME:Doreen Cartwright}} in {{LOCATION:Narrandera}} ({{PHONE:02 5550 4172}}) happy to hear from him. His dog "Biscuit" is with mate {{NAME:Stevo}} at {{LOCATION:Footscray}}.
Housing application VHR {{OTHER_ID:VHR-4417210}} submitted online via {{URL:https://housing.example.gov.au/apply}} (confirmation e-mail to worker {{EMAIL:n.trinh@cohealth.example.org.au}}).
Sputum x3 for AFB; CXR RUL cavity. Homes Victoria priority access. Hotel voucher account {{ACCOUNT:VIC-HE-004417}}.
Outreach record {{DATE:2/7/2026}}, {{NAME:Nhung Trinh}}; team leader {{NAME:Jack Murrungun}}.
`,
  },
  {
    id: 't28-058',
    kind: "domestic abuse refuge referral (MARAC)",
    text: `
MARAC referral - high risk (DASH 17)   Date {{DATE:08/09/2026}}   Referrer: IDVA {{NAME:Carys Pritchard}}, {{LOCATION:Cardiff Women's Aid}}
Victim: {{NAME:Samira Hashemi}} (Persian; prefers Farsi interpreter), 34. Children {{NAME:Darius}} (8) and {{NAME:Yasmin Hashemi-Nouri}} (5).
Address (not to be disclosed to perpetrator): {{LOCATION:19 Clive Street}}, {{LOCATION:Grangetown}}, {{LOCATION:Cardiff}} {{LOCATION:CF11 7JB}}.
Perpetrator: {{NAME:Kourosh Nouri}}, DOB {{DATE:02/03/1984}}, taxi driver (licence {{LICENSE:CCC-HCD-04417}}), vehicle {{VEHICLE:CP21 XKE}}. Bail address in {{LOCATION:Newport}}.
Refuge space offered in {{LOCATION:Swansea}} ({{LOCATION:Swansea Women's Aid}}); school transfer from {{LOCATION:Ninian Park Primary}}.
Health: GP {{LOCATION:Grangetown Health Centre}}; A&E attendance at {{LOCATION:University Hospital of Wales}} {{DATE:6 Sept}} (MRN {{MRN:UHW-G4417720}}), head injury.
Safe contact: IDVA only, {{PHONE:029 2055 5417}}. {{NAME:Samira}}'s new secure e-mail {{EMAIL:s.h.safe@example.org}}; phone IMEI of the new handset {{DEVICE:35-417705-552104-2}} recorded to check for tracking apps.
DASH risk checklist 17/27. Head CT normal. All Wales MARAC protocol. Refuge referral system login from {{IP:198.51.100.219}}.
Referral {{DATE:08/09/2026}} {{NAME:Carys Pritchard}}; MARAC coordinator {{NAME:Dilwyn Evans}}.
`,
  },
  {
    id: 't28-059',
    kind: "supported-housing tenancy record with biometric door entry",
    text: `
Supported housing - tenancy sign-up, {{LOCATION:Canal Side Foyer}}, {{LOCATION:3 Wharf Road}}, {{LOCATION:Stockport}} {{LOCATION:SK4 1PR}}. {{DATE:1 December 2026}}.
Young person: {{NAME:Kyle Ashworth-Mbeki}}, 18 (care leaver, from {{LOCATION:Wythenshawe}}). Personal adviser {{NAME:Ffion Parry}}. Key worker {{NAME:Oluwatobi Adebanjo}}.
Door entry: fingerprint enrolment template {{BIOMETRIC:FPX-4417-KAM}}; fob serial {{DEVICE:HID-0044172-SK}}.
Previous placements: {{LOCATION:Birchfield Children's Home}}, {{LOCATION:Denton}}; foster carers {{NAME:Glenys}} and {{NAME:Barry Holt}} in {{LOCATION:Hyde}}.
Health: ADHD (Elvanse 50 mg), GP {{LOCATION:Heaton Mersey Medical Practice}}. CAMHS discharged {{DATE:June 2026}}.
Rent account {{ACCOUNT:CSF-00417-22}}; Universal Credit housing element direct. Bank: {{ACCOUNT:00-55-41 11744102}}.
NI number {{OTHER_ID:QQ 55 41 72 C}}. Phone {{PHONE:07700 900281}}.
Elvanse (lisdexamfetamine) 50 mg. Local offer for care leavers applied. Welcome pack photo for ID badge {{PHOTO:CSF_KAM_badge.png}}.
Sign-up {{DATE:1/12/2026}}: {{NAME:Oluwatobi Adebanjo}}; manager {{NAME:Hope Littlewood}}.
`,
  },
  {
    id: 't28-060',
    kind: "TB-linked shelter screening day (face recognition kiosk)",
    text: `
Shelter TB screening - {{LOCATION:Pine Street Inn}}, {{LOCATION:444 Harrison Ave}}, {{LOCATION:Boston}} MA {{LOCATION:02118}}. {{DATE:03/16/2026}}.
Mobile CXR van (unit plate MA {{VEHICLE:417-PHX}}) from {{LOCATION:Boston Health Care for the Homeless Program}}; radiographer {{NAME:Felix Adeyinka-Ross}}.
Guests with abnormal films: {{NAME:Rafael "Flaco" Ortiz Medina}} (bed U-17; MRN {{MRN:BHCHP-004417}}), {{NAME:Terrence O'Shaughnessy}} (bed L-22), {{NAME:Bilal Yusufzai}} (overflow at {{LOCATION:Southampton Street Shelter}}).
Check-in kiosk face template IDs (shelter system): {{NAME:Rafael}} {{BIOMETRIC:FACE-88172}}, {{NAME:Terrence}} {{BIOMETRIC:FACE-88190}}. Kiosk sync from {{IP:203.0.113.58}}.
{{NAME:Rafael}}'s SSN {{SSN:000-72-4415}} used for MassHealth {{HEALTH_PLAN:000441725510}} re-enrolment. Sister {{NAME:Marisela Ortiz}} in {{LOCATION:Lawrence}} {{PHONE:978-555-0176}}.
Next steps: sputum x3, referral to {{LOCATION:Boston Medical Center}} TB clinic, fax {{FAX:617-555-0183}}.
QuantiFERON, Xpert Ultra, sputum smear. Massachusetts DPH TB program notified. Shelter system URL {{URL:https://guests.example.org/kiosk}}.
Screening day report {{DATE:03/17/2026}} by {{NAME:Felix Adeyinka-Ross}}; TB nurse {{NAME:Bonnie Tran-Moreau}}.
`,
  },
  {
    id: 't28-061',
    kind: "food-bank and home-delivered meals welfare note (rural Alaska)",
    text: `
Elder welfare visit - {{LOCATION:Bethel}}, AK. Community health aide {{NAME:Agnes Nanuk}} with social worker {{NAME:Levi Kasayulie}}. {{DATE:January 20, 2026}}.
Elder: {{NAME:Nellie Andrew Chanar}}, {{AGE_OVER_89:96}}, lives {{LOCATION:House 14}}, {{LOCATION:Tundra Ridge Road}}. Yup'ik; granddaughter {{NAME:Rayna Chanar}} interprets.
Stove oil out, house 52F. Emergency fuel via {{LOCATION:Orutsararmiut Native Council}}. Meals on wheels from {{LOCATION:Bethel Senior Center}}; driver {{NAME:Hank Beaver}} noted 3 meals uneaten.
Seen at {{LOCATION:Yukon-Kuskokwim Delta Regional Hospital}} {{DATE:1/21}} for cough - chart {{MRN:YK-0417755}}. Son {{NAME:Joseph Chanar}} Sr. lives upriver in {{LOCATION:Akiak}} ({{PHONE:907-555-0143}}).
IHS beneficiary; Medicaid {{HEALTH_PLAN:000441700AK}}; SSN {{SSN:000-19-4402}}. Referral e-mailed to {{EMAIL:elders@onc.example.org}}.
Coal/stove oil; CO detector present. Alaska Native Tribal Health Consortium elder programme. Fuel assistance account {{ACCOUNT:ONC-FA-0441}}.
Visit note {{DATE:01/20/2026}}, {{NAME:Agnes Nanuk}}, CHA; reviewed by {{NAME:Levi Kasayulie}} {{DATE:01/22/2026}}.
`,
  },
  {
    id: 't28-062',
    kind: "housing first intake with online portal audit",
    text: `
Housing First - intake {{DATE:2026-04-09}}. Programme worker {{NAME:Aurelie Nkemdirim}}.
Client: {{NAME:Tomasz Brzezinski}}, 51, no Polish papers (arrived 2004), SSN {{SSN:000-48-1177}}. Previous address {{LOCATION:2230 W Division St}}, {{LOCATION:Chicago}} (lost {{DATE:Nov 2025}}).
Nights at {{LOCATION:Pacific Garden Mission}}; day at {{LOCATION:Harold Washington Library}}. Drinks at {{LOCATION:Cafe Lura}} on {{LOCATION:Milwaukee Ave}} with friend {{NAME:Jurek}}.
Health: alcohol use, cellulitis, seen {{LOCATION:Cook County Health}} {{LOCATION:Stroger Hospital}} (MRN {{MRN:CCH 0441772}}). Needs ID: Illinois ID {{LICENSE:B652-0441-7721}} expired.
Application submitted via {{URL:https://ces.example.org/intake/44172}} from library PC {{IP:198.51.100.140}}; login {{NAME:tbrzezinski51}}.
Brother {{NAME:Zbigniew Brzezinski}} in {{LOCATION:Rzeszow}}, Poland, e-mail {{EMAIL:zbyszek.b@example.pl}}.
Landlord match: {{NAME:Daphne Kowalski-Oyelaran}}, {{LOCATION:1802 N Kedzie Ave}}, {{LOCATION:Unit 3R}}; rental licence {{LICENSE:CHI-RR-2026-0417}}. Rent subsidy account {{ACCOUNT:HF-00441-772}}.
Cephalexin 500 mg QID; thiamine. Originally from Poland; Illinois resident since 2004. Biometric at shelter bed check: {{BIOMETRIC:PGM-FP-77104}}.
Intake closed {{DATE:2026-04-10}} by {{NAME:Aurelie Nkemdirim}}; housing navigator {{NAME:Benedict Olejniczak}}.
`,
  },
  {
    id: 't28-063',
    kind: "adult social care needs assessment (South Asian family, carer)",
    text: `
Care Act assessment - {{LOCATION:Leicester}} City Council ASC. Assessor {{NAME:Bhavna Mistry}}. {{DATE:10/11/2026}}.
Person: {{NAME:Harbhajan Kaur Sidhu}}, {{AGE_OVER_89:92}}, lives with son {{NAME:Gurdev Singh Sidhu}} and daughter-in-law {{NAME:Manjit}} at {{LOCATION:41 Loughborough Road}}, {{LOCATION:Belgrave}}, {{LOCATION:Leicester}} {{LOCATION:LE4 5LJ}}.
Attends {{LOCATION:Guru Nanak Gurdwara}}, {{LOCATION:Holy Bones}}, and day centre at {{LOCATION:Peepul Centre}} on Tuesdays.
Carer strain: {{NAME:Manjit}} works nights at {{LOCATION:Walkers crisps factory}}, {{LOCATION:Beaumont Leys}}. Grandson {{NAME:Jaskaran "Jas" Sidhu}} helps weekends, studies at {{LOCATION:De Montfort University}}.
Falls x3; pendant alarm serial {{DEVICE:TC-LIFE-004417}}; key safe fitted. District nurse {{NAME:Olena Kravchenko}}.
Direct payment account {{ACCOUNT:DP-LCC-0044172}}. GP {{LOCATION:Belgrave Health Centre}} fax {{FAX:0116 555 0417}}. Hospital no. ({{LOCATION:Leicester Royal Infirmary}}) {{MRN:S0441772}}.
Falls risk (FRAT) high; Timed Up and Go 24 s. {{LOCATION:Leicestershire}} Partnership NHS Trust memory service. Assessment e-mail {{EMAIL:asc.assess@leicester.example.gov.uk}}.
Assessment signed {{DATE:10/11/2026}} {{NAME:Bhavna Mistry}}; authorised {{NAME:Raj Chauhan}} {{DATE:14/11/2026}}.
`,
  },
  {
    id: 't28-064',
    kind: "complaint call record (landlord and sanitation, Lagos)",
    text: `
Environmental health complaint line - Lagos State. Call {{DATE:17/05/2026}}, officer {{NAME:Folasade Adebayo-Ogundipe}}.
Caller: {{NAME:Chukwuemeka "Emeka" Obi-Nnadi}}, tenant, {{LOCATION:14 Adeniran Ogunsanya Street}}, {{LOCATION:Surulere}}. Phone {{PHONE:0803 555 0417}}.
Complaint: landlord Alhaji {{NAME:Kabiru Danjuma}} has not cleared the septic overflow since April; three children in the compound with diarrhoea, one ({{NAME:Kamsi}}, 2) admitted to {{LOCATION:Lagos University Teaching Hospital}}, hospital no. {{MRN:LUTH/26/044172}}.
Other tenants: Mrs {{NAME:Bisi Akinwale}} (shop at {{LOCATION:Ojuelegba}}), {{NAME:Ifeanyi Okeke}}, {{NAME:Yetunde Bakare}}. Nearby eatery: {{LOCATION:Mama Put Iya Basira}} buka at the corner of {{LOCATION:Bode Thomas Street}}.
Caller sent photos on WhatsApp ({{PHOTO:septic_adeniran_1.jpg}}, {{PHOTO:septic_adeniran_2.jpg}}) and an e-mail to {{EMAIL:ehcomplaints@lagos.example.ng}}. Sanitation officer {{NAME:Musa Ibrahim}} to visit {{DATE:20/05/2026}}. Complaint ID {{OTHER_ID:LEH-26-04417}}.
ORS and zinc for the children; Vibrio not suspected. Lagos State Environmental Protection Agency copied. Officer's licence (EHO registration) {{LICENSE:EHORCN-004417}}.
Logged {{DATE:17/05/2026}} by {{NAME:F. Adebayo-Ogundipe}}; escalated to Engr. {{NAME:Tunde Bakare-Williams}}.
`,
  },
];
