// train25 notes 2: East Africa (Kenya, Uganda, Tanzania, Ethiopia): CHV household register, mission-hospital
// discharge, SHA pre-auth, VHT referral, dispensary ledger, snakebite transfer, fistula hospital letter, insurance form.
export default [
  {
    id: 't25-010',
    kind: 'community health promoter household visit (Kenya)',
    text: `
CHP HOUSEHOLD VISIT - {{LOCATION:Kakamega}} County, {{LOCATION:Lurambi}} sub-county, {{LOCATION:Shirere}} ward
Community unit: {{LOCATION:Mwiyala CU}}   CHP: {{NAME:Everlyne Akinyi Wekesa}}   Date: {{DATE:06/05/2025}}
Household: {{NAME:WANJALA Patrick Simiyu}} (head)  HH no. {{OTHER_ID:MWY-0217}}
Location: {{LOCATION:Mwiyala}} village, 200 m past {{LOCATION:Friends Church Mwiyala}}, the blue gate opposite the posho mill
Members: wife {{NAME:Nanjala}} (on FP, depo due {{DATE:14 June}}), children {{NAME:Baraka}} 6, {{NAME:Imani}} 3, {{NAME:Neema}} 8 mo.
Grandfather Mzee {{NAME:Simiyu Wafula}}, age {{AGE_OVER_89:92}}, bedridden since stroke; pressure sore sacrum - photo sent by WhatsApp
({{PHOTO:IMG-20250506-WA0014.jpg}}) to nurse {{NAME:Moses Kiprotich}} at {{LOCATION:Lurambi Dispensary}}.
M-Pesa no. for transport refund: {{ACCOUNT:0712555046}}.  SHA no. of head: {{HEALTH_PLAN:SHA-24-0551-8830}}.
Next visit {{DATE:20/05/2025}}. CHA {{NAME:Peter Shikuku}} informed; asked Dr {{NAME:Nafula}} at {{LOCATION:Kakamega County General Hospital}} about a ripple mattress.
{{NAME:Baraka}} attends {{LOCATION:Mwiyala Primary School}}; class teacher Mrs. {{NAME:Janet Wekesa}} (no relation).
`,
  },
  {
    id: 't25-011',
    kind: 'mission hospital discharge summary (Uganda)',
    text: `
{{LOCATION:Kagando Hospital}} (Church of Uganda), P.O. Box {{LOCATION:2032}}, {{LOCATION:Kasese}}
DISCHARGE SUMMARY   IP No. {{MRN:KAG/IP/25/03318}}
Name: {{NAME:Masika Florence Biira}}   Age 41 F   Tribe: Mukonzo   Religion: Anglican
Village: {{LOCATION:Kyarumba}} LC1, {{LOCATION:Kyarumba}} sub-county   Admitted {{DATE:03/04/2025}}  Discharged {{DATE:11/04/2025}}
Dx: Cryptococcal meningitis in advanced HIV (CD4 42). CrAg LFA positive; Kernig sign positive; therapeutic LP x4.
Rx: Amphotericin B + flucytosine (AMBITION regimen), then fluconazole 800 mg. Resume TLD at 4-6 weeks.
Review at ART clinic ({{LOCATION:Kagando ART Clinic}}) with Dr {{NAME:Baluku Jonathan Mbusa}} on {{DATE:25th April}}.
Attendant: sister {{NAME:Kabugho Jovia}} ({{PHONE:0772 555 031}}). VHT {{NAME:Muhindo Ezra}} to do home visit.
Signed: Dr {{NAME:Hannah O'Rourke-Brennan}} (volunteer, Ireland) and Dr {{NAME:Kule Asaph}}.
Social history: husband {{NAME:Bwambale Yofesi}} died {{DATE:Jan 2023}}; 4 children with grandmother {{NAME:Kabugho Agnes}}. Counsellor {{NAME:Mbambu Grace}} did disclosure.
Fluconazole from {{LOCATION:Kasese Municipal Health Centre III}}. Ambulance back home arranged by Fr. {{NAME:Kule Benon}}.
Guardian consent thumbprint stored as {{BIOMETRIC:THB-KAG-25-03318}}. The ward's oldest patient, {{NAME:Mbusa Yeremiya}} ({{AGE_OVER_89:99}}), was also visited by his grandson.
`,
  },
  {
    id: 't25-012',
    kind: 'VHT referral form (Uganda, northern)',
    text: `
VILLAGE HEALTH TEAM REFERRAL FORM   Serial {{OTHER_ID:VHT-GU-0441}}
From VHT: {{NAME:Okello Geoffrey Ojok}}   Village: {{LOCATION:Pece Lukung}}   Parish: {{LOCATION:Laroo}}   Division: {{LOCATION:Bardege}}
District: {{LOCATION:Gulu}}   Date: {{DATE:12-Jan-2025}}
To: {{LOCATION:St. Mary's Hospital Lacor}}
Patient: {{NAME:Akello Brenda}} (child of {{NAME:Aber Christine}}), age 2 yrs, wt 9.0 kg
Danger signs: convulsions x2, unable to drink. RDT positive. Rectal artesunate 200 mg given 7:30pm. Rx: iCCM.
Transport: boda boda of {{NAME:Opiyo Denis}}, reg {{VEHICLE:UEK 118R}}.
Mother's phone: {{PHONE:+256 782 555 094}}. Counter-referral expected back to VHT {{NAME:Ojok}}.
VHT notes: child's twin {{NAME:Apio}} also has fever; mother brought both. Grandmother {{NAME:Lamaro Santa}} stays with the other children at home.
Counter-referral received {{DATE:15-Jan-2025}}: discharged well by Dr {{NAME:Ocen Patrick}}, ward sister {{NAME:Adong Grace}}.
`,
  },
  {
    id: 't25-013',
    kind: 'dispensary outpatient ledger (Tanzania)',
    text: `
ZAHANATI YA {{LOCATION:MAMBA MYAMBA}} - OPD REGISTER (transcribed into English), {{LOCATION:Same}} District, Kilimanjaro
Clinical officer: {{NAME:Elibariki Mrema}}   Date {{DATE:17.09.2025}}
S/N  Name                          Age  Hamlet (kitongoji)        Dx                        Referred
311  {{NAME:Neema Elisante Mbwambo}}         34  {{LOCATION:Ndolwa}}                    UTI                       no
312  {{NAME:Baraka Kimaro}}                   7   {{LOCATION:Mpinji}}                    pneumonia                 no
313  Bibi {{NAME:Maria Shoo}}                 {{AGE_OVER_89:90}}  {{LOCATION:Kwizu}}                     HTN, knee OA              no
314  {{NAME:Emanuel Mfinanga}}                 52  {{LOCATION:Bangalala}}                 snake bite (L foot)       yes -> {{LOCATION:Same District Hospital}}
315  {{NAME:Rehema Said Mnzava}}              19  {{LOCATION:Ndolwa}}                    ANC 1st visit             no
CHF card numbers: 311 {{HEALTH_PLAN:iCHF-KLM-40021}}, 313 {{HEALTH_PLAN:iCHF-KLM-40088}}.
Remarks by CO {{NAME:Mrema}}: 314 ({{NAME:Mfinanga}}) given TT and tramadol; his son {{NAME:Godlisten}} went with him on the motorbike. Bibi {{NAME:Shoo}} lives with
granddaughter {{NAME:Happiness Shoo}}, who collects her amlodipine. DMO Dr {{NAME:Joyce Nkya}} signed the register on {{DATE:30.09.2025}}.
`,
  },
  {
    id: 't25-014',
    kind: 'snakebite transfer note (Kenya, Baringo)',
    text: `
TRANSFER NOTE  {{LOCATION:Kabarnet County Referral Hospital}} -> {{LOCATION:Moi Teaching and Referral Hospital}}, {{LOCATION:Eldoret}}
{{DATE:23rd Oct 2025}}, 0215hrs
{{NAME:Chepkemoi Ruto}}, 14F, from {{LOCATION:Kimalel}}, {{LOCATION:Marigat}}; bitten by puff adder while herding goats near {{LOCATION:Lake Baringo}} at 1800hrs.
Received 10 vials SAIMR polyvalent antivenom (lot 24K07). 20WBCT unclotted at 6h. Compartment syndrome L leg developing.
Please review for fasciotomy. Father {{NAME:Kiprop arap Ruto}} accompanying, tel {{PHONE:0722 555 014}}.
Referring MO: Dr {{NAME:Jepchumba Keter}}   Ambulance {{VEHICLE:KDK 482F}}   Receiving: Dr {{NAME:Wambui Ng'ang'a}} (ortho registrar)
Hospital no. {{MRN:KCRH-2025-11877}}.
Addendum 0620hrs: received at MTRH by Dr {{NAME:Ng'ang'a}}; fasciotomy done by Mr {{NAME:Kipngetich Langat}}, FRCS. Mother {{NAME:Jerotich}} arrived by matatu.
Teacher from {{LOCATION:Kimalel Primary School}}, Mr {{NAME:Kiplagat Chemjor}}, brought her school fees receipt for the social worker {{NAME:Faith Jelimo}}.
`,
  },
  {
    id: 't25-015',
    kind: 'fistula hospital referral letter (Ethiopia)',
    text: `
{{LOCATION:Bahir Dar Hamlin Fistula Centre}}
Date: {{DATE:Tir 12, 2017 E.C.}} ({{DATE:20 January 2025}})
To: {{LOCATION:Addis Ababa Fistula Hospital}}, Reconstructive Unit
Re: W/ro {{NAME:Genet Alemu Tadesse}}, 26 yrs, Card No. {{MRN:BDF-0937}}
She comes from {{LOCATION:Dera}} woreda, kebele {{LOCATION:04}}, a 2-day walk from {{LOCATION:Hamusit}}. Obstructed labour for 4 days at home in
{{DATE:Meskerem 2016}}; stillbirth. Two previous repairs here (by Dr {{NAME:Mulu Muleta}} and Dr {{NAME:Andrew Browning-Tait}}) failed.
Now total urethral loss; needs ileal conduit assessment.
Husband Ato {{NAME:Tesfaye Worku}} left; she is accompanied by her mother W/ro {{NAME:Alemitu Gebeyehu}}.
Kebele ID: {{OTHER_ID:DR-04-118-2291}}.  Contact via health extension worker {{NAME:Yeshi Desalegn}} {{PHONE:+251 918 555 027}}.
Sincerely, Dr {{NAME:Biruk Haile-Mariam}}
The health officer {{NAME:Mekdes Assefa}} at {{LOCATION:Hamusit Health Center}} arranged the ambulance. Her brother {{NAME:Getachew Alemu}} may come later.
Please contact our social worker {{NAME:Saba Gebremedhin}} ({{EMAIL:saba.g@example.org.et}}) on arrival.
`,
  },
  {
    id: 't25-016',
    kind: 'SHA pre-authorisation (Kenya, Nairobi)',
    text: `
SOCIAL HEALTH AUTHORITY - PRE-AUTHORISATION
Facility: {{LOCATION:Mater Misericordiae Hospital}}, {{LOCATION:Dunga Road}}, {{LOCATION:South B}}, {{LOCATION:Nairobi}}  (code {{OTHER_ID:FID-22-10883}})
Beneficiary: {{NAME:Otieno Kevin Omondi}}   SHA no. {{HEALTH_PLAN:CR5524810037-2}}   ID/Passport: {{OTHER_ID:00557201}}
DOB {{DATE:02/02/1967}}   Tel {{PHONE:0733 555 077}}   Email {{EMAIL:k.otieno67@example.co.ke}}
Residence: {{LOCATION:Kibera}}, {{LOCATION:Laini Saba}} village, behind {{LOCATION:Olympic Primary School}}
Procedure: coronary angiogram +/- PCI; ECG: inferior STEMI {{DATE:30/06/2025}}, thrombolysed at {{LOCATION:Mbagathi Hospital}}.
Cardiologist: Dr {{NAME:Zipporah Gathoni Kamau}}   Pre-auth no. {{OTHER_ID:PA/NBI/25/77103}}
Portal: {{URL:https://sha.example.go.ke/preauth/77103}}   submitted from {{IP:198.51.100.42}}
Dependants on the same number: spouse {{NAME:Akinyi Grace Otieno}}, children {{NAME:Brian Ouma}} and {{NAME:Sharon Atieno}}. Previous admission at {{LOCATION:Kenyatta National Hospital}}
({{DATE:Nov 2022}}, DKA) under Dr {{NAME:Mwangi Kuria}}. Approved by {{NAME:Esther Chebet}}, SHA clinical reviewer, {{DATE:01/07/2025}} 10:15.
Member verification at the front desk by facial match: template {{BIOMETRIC:FACE-SHA-55-0018273}}.
`,
  },
  {
    id: 't25-017',
    kind: 'TB contact-tracing form (Ethiopia, urban)',
    text: `
TB CONTACT INVESTIGATION  {{LOCATION:Kolfe Keranio}} sub-city, woreda {{LOCATION:07}}, house no. {{LOCATION:1142}}
Index case: {{NAME:Abebe Kebede Wolde}}, 33M, GeneXpert MTB detected RIF not detected ({{DATE:08/03/2025}}), unit TB no. {{OTHER_ID:KK/07/TB/25/061}}
Health centre: {{LOCATION:Kolfe Health Center}}   HEW: {{NAME:Tigist Bekele}}
Contacts screened {{DATE:15/03/2025}}:
 - wife {{NAME:Almaz Tadesse}}, 29, no symptoms, TPT (3HP) started
 - son {{NAME:Dawit Abebe}}, 5, cough 3 wk -> CXR at {{LOCATION:St. Peter's Specialized Hospital}}
 - neighbour who shares the compound, {{NAME:Kidist Yohannes}}, 40, no symptoms
 - the index case's grandmother {{NAME:Zewditu Mekonnen}}, said to be {{AGE_OVER_89:101}}, cough chronic - sputum sent
Phone of index: {{PHONE:0911 555 036}}
Follow-up: HEW {{NAME:Tigist}} and supervisor {{NAME:Meseret Girma}} revisit on {{DATE:22/03/2025}}. The landlord, Ato {{NAME:Solomon Desta}}, agreed to open a window.
Ethiopian calendar on the card: {{DATE:Megabit 6, 2017}}.
`,
  },
  {
    id: 't25-018',
    kind: 'private insurance claim attachment (Tanzania)',
    text: `
CLAIM ATTACHMENT - Jubilee Health (member services)   Claim no. {{OTHER_ID:JH-DSM-25-009912}}
Member: {{NAME:Fatma Juma Abdallah}}   Card {{HEALTH_PLAN:JUB-TZ-771203-01}}   Dependant: {{NAME:Salim Hamisi}} (husband)
Address: Plot {{LOCATION:221}}, {{LOCATION:Mikocheni B}}, {{LOCATION:Kinondoni}}, {{LOCATION:Dar es Salaam}}; P.O. Box {{LOCATION:33091}}
Treating facility: {{LOCATION:Aga Khan Hospital, Dar es Salaam}}, {{LOCATION:Ocean Road}}
Date of service: {{DATE:04-Aug-2025}}   Invoice {{ACCOUNT:AKH-INV-4471902}}
Diagnosis: Dengue fever with warning signs; platelets 41; NS1 positive.
Doctor: Dr {{NAME:Ramadhani Kiwelu}}   Pharmacist: {{NAME:Upendo Massawe}}
Glucometer serial {{DEVICE:GLM-55A-203118}} issued to member (diabetic).
Supporting note from Dr {{NAME:Kiwelu}}: patient was seen first at {{LOCATION:Regency Medical Centre}} by Dr {{NAME:Anitha Shah}} on {{DATE:02-Aug-2025}}.
Member's employer HR officer: {{NAME:Hussein Mwinyi Khamis}}. Fax from hospital: {{FAX:+255 22 555 0143}}.
`,
  },
];
