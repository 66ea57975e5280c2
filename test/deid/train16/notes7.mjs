// train16 notes 7: reporting and records behind public health work: an electronic lab report, an HIV
// surveillance case report, a perinatal hepatitis B follow-up, an immunisation-registry audit, an occupational
// lead register, a botulism investigation, a blood-donor lookback, a travel clinic record, a vaccination
// campaign data-quality memo and a research cohort tracing log.
export default [
  {
    id: 't16-055',
    kind: 'electronic lab report, human-readable (US)',
    text: `
ELR - reportable result
Patient: {{NAME:Okonkwo-Baptiste, Marguerite}}  DOB {{DATE:1961-02-14}}  Sex F  MRN {{MRN:MRN00458812}}  SSN {{SSN:000-62-1180}}
Address: {{LOCATION:77 Rue Pasteur Ln}}, {{LOCATION:Lafayette}}, LA {{LOCATION:70506}}  Phone {{PHONE:337-555-0145}}
Ordering: {{NAME:Benoit Thibodeaux}}, NP, {{LOCATION:Acadiana Family Clinic}}, fax {{FAX:337-555-0190}}
Performing lab: {{LOCATION:Lafayette General Medical Center Laboratory}}  Accession {{OTHER_ID:LG25-118274}}
Specimen collected {{DATE:2025-11-17}} 08:30; result {{DATE:2025-11-19}}
Test: Vibrio vulnificus culture, wound (left leg) - POSITIVE
Insurance: Humana Gold, member {{HEALTH_PLAN:H55512398401}}. Sent from interface {{IP:192.0.2.114}}.
Comment: patient crabbed at {{LOCATION:Cypremort Point}} with grandson {{NAME:Remy}} on {{DATE:Nov 12}}.
Second ELR, same patient, {{DATE:2025-11-20}}: blood culture also positive; transferred to {{LOCATION:Ochsner Lafayette General}} ICU. Husband {{NAME:Antoine Baptiste}}, {{PHONE:337-555-0177}}; daughter {{NAME:Josette}} lives in {{LOCATION:Breaux Bridge}}. Vehicle at the boat launch: plate {{VEHICLE:LA 551 BRX}}.
`,
  },
  {
    id: 't16-056',
    kind: 'HIV surveillance case report (US)',
    text: `
HIV/AIDS ADULT CASE REPORT (confidential)
State no. {{OTHER_ID:GA-25-H-00981}}  Name: {{NAME:Demetrius Lamont Gaines}}  aka "{{NAME:Meech}}"
DOB {{DATE:08/30/1994}}  SSN {{SSN:000-18-7742}}  Medicaid {{HEALTH_PLAN:555839201774}}
Residence at dx: {{LOCATION:1450 Fulton Industrial Blvd SW, Apt 1107}}, {{LOCATION:Atlanta}}, GA {{LOCATION:30336}}; county {{LOCATION:Fulton}}
Facility of dx: {{LOCATION:Grady Ponce de Leon Center}}, MRN {{MRN:G8831047}}. First positive {{DATE:10/21/2025}}, VL 88,400, CD4 412.
Partner services: 3 named partners - {{NAME:Travis Hollins}}, "{{NAME:Dre}}" (met at {{LOCATION:Piedmont Park}}), {{NAME:Kendrick Amadi}}; notified by DIS {{NAME:Yolanda Pressley}}.
Reporter {{NAME:Adaeze Nwachukwu}}, MD; fax to state {{FAX:404-555-0172}}. Not identifiers: HIV-1, Biktarvy, CDC.
`,
  },
  {
    id: 't16-057',
    kind: 'perinatal hepatitis B case management (US)',
    text: `
Perinatal Hep B prevention - case management
Mother: {{NAME:Nguyen Thi Lan}} (goes by {{NAME:Lana}}), HBsAg+, HBeAg+, DOB {{DATE:3/9/1992}}, MRN {{MRN:KP-55120874}}
Infant: Baby Boy {{NAME:Nguyen}}, named {{NAME:Kevin Tran}}, born {{DATE:10/02/2025}} at {{LOCATION:Kaiser Permanente Santa Clara Medical Center}}, MRN {{MRN:KP-55120991}}
HBIG + HepB-1 at 3 h. HepB-2 {{DATE:11/3/2025}} at {{LOCATION:Tully Road}} pediatrics (Dr. {{NAME:Pham Minh Chau}}). HepB-3 due {{DATE:4/2/2026}}; PVST at 9-12 mo.
Health plan: Medi-Cal {{HEALTH_PLAN:91555820A}}. Household contacts screened: father {{NAME:Tran Quoc Bao}}, grandmother {{NAME:Le Thi Hoa}} ({{AGE_OVER_89:93}}, from {{LOCATION:Hue}}).
Home: {{LOCATION:2281 Story Rd #14}}, {{LOCATION:San Jose}} {{LOCATION:95122}}. Case manager {{NAME:Marisol Echeverria}}, {{EMAIL:m.echeverria@example.org}}.
`,
  },
  {
    id: 't16-058',
    kind: 'immunisation registry access audit',
    text: `
IIS user access audit - flagged lookups, {{DATE:November 2025}}
user           | name                    | org                                  | IP              | patient looked up                 | when
kmorrissette   | {{NAME:Kayla Morrissette}}       | {{LOCATION:Riverside Pediatrics of Bangor}}       | {{IP:198.51.100.21}}   | {{NAME:Morrissette, Owen}} (her son)       | {{DATE:11/03}} 19:44
dbenally       | {{NAME:Darlene Benally}}         | {{LOCATION:Chinle Comprehensive Health Care}}     | {{IP:203.0.113.9}}     | {{NAME:Tsosie, Aaliyah}}                  | {{DATE:11/07}} 02:13
rsvacc_admin   | {{NAME:Rajesh Sivakumar}}        | {{LOCATION:Walgreens #5512}}, {{LOCATION:Edison}}         | {{IP:192.0.2.201}}     | 41 records (bulk)                 | {{DATE:11/12}} 11:00
Login portal: {{URL:https://iis.example.gov/login}}; audit export {{URL:https://iis.example.gov/audit?m=2025-11}}.
Reviewer {{NAME:Siobhan Gallagher-Osei}}. Action: accounts of the first two suspended pending interview; bulk export was a pharmacy reminder run.
Interview {{DATE:11/19/2025}}: {{NAME:Darlene Benally}} said the lookup was for her niece at a night clinic; supervisor {{NAME:Rosita Yellowhair}} confirmed no visit. Her state nursing licence {{LICENSE:RN-AZ-255180}} reported to the board. Password reset link {{URL:https://iis.example.gov/reset?u=dbenally}} disabled.
`,
  },
  {
    id: 't16-059',
    kind: 'adult blood lead register entry (occupational, US)',
    text: `
ABLES register - elevated BLL (workplace)
Worker {{NAME:Tuan Anh Vo}}, DOB {{DATE:5/19/1987}}, SSN {{SSN:000-73-4419}}, BLL 48 ug/dL ({{DATE:10/30/2025}}).
Employer: {{LOCATION:Gulf Coast Battery Recycling}}, {{LOCATION:6600 Old Pascagoula Rd}}, {{LOCATION:Theodore}}, AL {{LOCATION:36582}}.
Also works weekends at {{LOCATION:Bayou La Batre}} boat yard sanding hulls for Mr. {{NAME:Curtis Ladnier}}.
Take-home exposure: children {{NAME:Kimberly}} and {{NAME:Danny Vo}} tested at {{LOCATION:Mobile County Health Department}} Family Health, BLL 7 and 9.
Worker's commercial DL {{LICENSE:AL CDL 5552810}}; forklift cert no. {{LICENSE:FL-55-0912}}. Pay via direct deposit acct {{ACCOUNT:005558120744}} (for the MRP wage claim).
OSHA referral {{DATE:11/14/2025}}; physician {{NAME:Harriet Obi-Lancaster}}, MD, lic. {{LICENSE:MD-AL-55180}}.
`,
  },
  {
    id: 't16-060',
    kind: 'foodborne botulism investigation (Canada, Nunavik)',
    text: `
Botulism investigation - {{LOCATION:Kuujjuaq}}
Cases: {{NAME:Elisapie Annanack}} (54) and her brother {{NAME:Jaaji Annanack}} (61), both ate fermented seal flipper (igunak) prepared at the family camp near {{LOCATION:Kangiqsualujjuaq}} on {{DATE:Oct 31}}.
Both medevaced {{DATE:Nov 2}} from {{LOCATION:Tulattavik Health Centre}} to {{LOCATION:Montreal General Hospital}}; antitoxin given. Flight {{VEHICLE:C-GXNK}} (air ambulance).
Others who shared the meal: {{NAME:Lucassie Baron}}, {{NAME:Annie Tooktoo}}, cousin {{NAME:Willie Emudluk}} - monitored by nurse {{NAME:Caroline Gordon-Ittukallak}}.
Samples sent to the national lab; container photo {{PHOTO:igunak_container_1102.jpg}}.
Regional public health (Nunavik), {{PHONE:819-555-0154}}, {{EMAIL:sante.publique@example.ca}}. Inuktitut terms (igunak) are not names.
`,
  },
  {
    id: 't16-061',
    kind: 'blood donor lookback (Chagas, Spain)',
    text: `
Lookback - donor positive for T. cruzi antibodies
Donor {{NAME:Wilber Choque Mamani}}, donor no. {{OTHER_ID:DON-MAD-0555127}}, born in {{LOCATION:Cochabamba}}, living at {{LOCATION:Calle de Oca 57, 3o B}}, {{LOCATION:28025 Madrid}} ({{LOCATION:Carabanchel}}).
Donations: {{DATE:14/03/2023}} ({{LOCATION:Centro de Transfusion de la Comunidad de Madrid}}), {{DATE:02/02/2024}} (mobile unit at {{LOCATION:Parroquia Santa Maria Madre de la Iglesia}}), {{DATE:05/11/2025}} (index, mobile unit bus {{VEHICLE:5521 KLM}}).
Recipients traced: {{NAME:Encarnacion Villalobos Ruiz}} ({{AGE_OVER_89:90}}, {{LOCATION:Hospital 12 de Octubre}}, NHC {{MRN:1205558}}) - deceased 2024, unrelated; {{NAME:Ignacio de la Serna y Baeza}} ({{LOCATION:Hospital Gregorio Maranon}}, NHC {{MRN:3305571}}) - serology negative {{DATE:20/11/2025}}.
Donor referred to Dr. {{NAME:Inmaculada Prieto Arroyo}}, tropical medicine, {{LOCATION:Hospital La Paz-Carlos III}}. Tarjeta sanitaria {{HEALTH_PLAN:MDRD555012880014}}.
Recipient 2's family: wife {{NAME:Covadonga Baeza Iturbe}}, {{PHONE:+34 91 555 2218}}, asked for the letter to go to their son in {{LOCATION:Alcala de Henares}} ({{LOCATION:Calle Mayor 12}}). Donor's workplace: {{LOCATION:Mercamadrid}} fruit market, stall of {{NAME:Hermanos Choque}} (his uncles {{NAME:Fortunato}} and {{NAME:Efrain Choque}}).
Bank account for the donor's travel refund: {{ACCOUNT:ES55 0049 5555 1220 1122 0033}}. Donor ID photo {{PHOTO:DON0555127_dni.jpg}}.
`,
  },
  {
    id: 't16-062',
    kind: 'pre-travel clinic record (UK)',
    text: `
Travel health consultation  {{DATE:24/11/2025}}  {{LOCATION:Nomad Travel Clinic}}, {{LOCATION:Bristol}} branch
Traveller: {{NAME:Bartholomew "Barty" Ashworth-Nkemelu}}, NHS no. {{OTHER_ID:555 210 4478}}, passport seen.
Itinerary: {{DATE:12 Jan 2026}} - {{DATE:3 Mar 2026}}: volunteer at {{LOCATION:Kiwoko Hospital}} (Uganda), then trekking to {{LOCATION:Bwindi}} and a week in {{LOCATION:Zanzibar Town}} ({{LOCATION:Stone Town}}) with girlfriend {{NAME:Freya Lindgren}}.
Vaccines: YF (certificate {{OTHER_ID:ICVP-GB-5558120}}), typhoid, rabies x3, hep A. Malarone prescribed. Card payment ref {{ACCOUNT:TXN-55-77120931}}.
Emergency contact: mother {{NAME:Philippa Ashworth}}, {{PHONE:07700 900 155}}. Nurse {{NAME:Gemma Okorie}}, NMC PIN {{LICENSE:05I1555E}}.
Not names: Malarone, Stamaril, Uganda, Tanzania, Swahili.
`,
  },
  {
    id: 't16-063',
    kind: 'vaccination campaign data-quality memo (Indonesia)',
    text: `
Memo: BIAS MR catch-up data quality - Kabupaten {{LOCATION:Lombok Timur}}
From dr. {{NAME:Ni Luh Putu Ayu Saraswati}} to Kepala Puskesmas of {{LOCATION:Selong}}, {{LOCATION:Masbagik}}, {{LOCATION:Aikmel}}.
Date {{DATE:21 November 2025}}.
1. Duplicate records: child {{NAME:Lalu Muhammad Zaki}} entered twice (NIK {{OTHER_ID:5203015550180002}}) at {{LOCATION:SDN 2 Selong}} and {{LOCATION:Posyandu Melati}}, {{LOCATION:Desa Pancor}}.
2. Dashboard {{URL:https://bias.example.go.id/lotim/dashboard}} shows 112% at {{LOCATION:Masbagik}} - denominator from 2020.
3. Upload from {{IP:203.0.113.77}} at night by user {{NAME:baiq.nurhasanah}}.
4. Face-photo consent forms: template {{BIOMETRIC:FACE-LTM-88120}} stored on a staff phone - delete.
Contact {{EMAIL:dinkes.lotim@example.go.id}}, fax {{FAX:0376 555 218}}.
`,
  },
  {
    id: 't16-064',
    kind: 'cohort study tracing log (South Africa)',
    text: `
Birth-cohort study - participant tracing log, wave 7
PID {{OTHER_ID:BC-0871}}: {{NAME:Lerato Khumalo}}, last address {{LOCATION:4417 Mokoena Street}}, {{LOCATION:Jabavu}}, {{LOCATION:Soweto}}
 {{DATE:03/11/2025}} phone {{PHONE:071 555 0388}} no answer; WhatsApp read.
 {{DATE:05/11/2025}} home visit: gogo {{NAME:Martha Khumalo}} ({{AGE_OVER_89:91}}) says she moved to {{LOCATION:Mamelodi East}}, works at {{LOCATION:Denneboom Mall}} Pick n Pay.
 {{DATE:08/11/2025}} found; re-consented; fingerprint re-enrolled {{BIOMETRIC:BCFP-0871-R2}}, voice sample {{BIOMETRIC:VOX-0871-07}}.
 Incentive paid to bank acct {{ACCOUNT:6255 5510 334}}, ref {{ACCOUNT:BC7-0871}}. Medical aid {{HEALTH_PLAN:DSC-555-20418}}.
PID {{OTHER_ID:BC-0902}}: {{NAME:Sizwe "Mr T" Tshabalala}} - deceased ({{DATE:June 2025}}, per brother {{NAME:Bongani}}); verified at {{LOCATION:Avalon Cemetery}} register.
Tracer {{NAME:Nokuthula Zwane}}; study SSN field left blank (not South African). Photo of ID {{PHOTO:BC0871_id_front.png}}.
PID {{OTHER_ID:BC-0915}}: {{NAME:Thandeka Ngubane}}, moved from {{LOCATION:Orlando East}} to her aunt Ma {{NAME:Dudu Ngubane}} in {{LOCATION:Tembisa}} ({{LOCATION:Ivory Park}}); next visit {{DATE:02/12/2025}} at {{LOCATION:Chris Hani Baragwanath}} research unit.
`,
  },
];
