// train13 notes 3: visitor and sign-in logs, transfer and referral logs between facilities.
export default [
  {
    id: 't13-019',
    kind: 'ICU visitor log, pipe table with plates and badges',
    text: `
VISITOR LOG - Surgical ICU, {{LOCATION:Mercy Regional Medical Center}}, {{LOCATION:Durango}} CO
Date       | In    | Visitor              | Relation      | Patient (bed)        | Badge  | Vehicle
{{DATE:11/27/26}}   | 08:10 | {{NAME:Consuelo Archuleta}}   | wife          | {{NAME:Archuleta, R.}} (4)     | {{OTHER_ID:V-2231}} | CO {{VEHICLE:BZK-418}}
{{DATE:11/27/26}}   | 09:45 | Brother {{NAME:Felix Montoya}} | chaplain | {{NAME:Archuleta, R.}} (4)     | {{OTHER_ID:V-2232}} | -
{{DATE:11/27/26}}   | 11:02 | {{NAME:Darnell "Pooh" Hayes}} | friend        | {{NAME:Ketchum, Ivy}} (7)     | {{OTHER_ID:V-2233}} | NM {{VEHICLE:ATVK 219}}
{{DATE:11/27/26}}   | 13:30 | {{NAME:Naomi Redhouse}}       | daughter      | {{NAME:Redhouse, Wilbur}} (2) | {{OTHER_ID:V-2234}} | -
{{DATE:11/27/26}}   | 15:15 | Sgt. {{NAME:Laura Pike}} | LPCSO deputy  | Doe, Unknown (9)     | {{OTHER_ID:V-2235}} | unit 14
Restricted: bed 9 (police hold) - no visitors except {{LOCATION:La Plata County}} Sheriff. Bed 2 isolation: C. diff, gown and gloves.
Kiosk photo: {{PHOTO:visitor_V-2233_cam2.jpg}} (flagged, ID did not match).
{{DATE:11/27/26}}   | 17:40 | {{NAME:Kwame Asante-Ruiz}}    | son-in-law    | {{NAME:Redhouse, Wilbur}} (2) | {{OTHER_ID:V-2236}} | AZ {{VEHICLE:CRN4417}}
{{DATE:11/27/26}}   | 19:05 | {{NAME:Ivy Ketchum}}'s sister {{NAME:Rainy Ketchum}} | sister | {{NAME:Ketchum, Ivy}} (7) | {{OTHER_ID:V-2237}} | -
Evening desk: {{NAME:Marisela Chavez}}; security lead {{NAME:Tom Two Bulls}}. Next of kin for bed 2 lives in {{LOCATION:Shiprock}}; for bed 7, {{LOCATION:Bayfield}}.
`,
  },
  {
    id: 't13-020',
    kind: 'inter-facility transfer log, CSV without header',
    text: `
{{DATE:2026-11-20}} 02:14,{{NAME:Rahimi; Zahra}},F,{{DATE:1958-07-02}},{{LOCATION:Bam Hospital}},{{LOCATION:Kerman Shafa Hospital}},STEMI,Dr {{NAME:Karimi}},accepted
{{DATE:2026-11-20}} 06:40,{{NAME:Tehrani; Bahram}},M,{{DATE:1949-01-15}},{{LOCATION:Sirjan Imam Reza Clinic}},{{LOCATION:Kerman Shafa Hospital}},SAH,Dr {{NAME:Esfandiari}},accepted
{{DATE:2026-11-21}} 11:05,{{NAME:Mousavi; Shirin}},F,{{DATE:1990-11-30}},{{LOCATION:Rafsanjan Ali-ibn Abitaleb Hospital}},{{LOCATION:Afzalipour Hospital}},eclampsia,Dr {{NAME:Jafari-Nejad}},accepted
{{DATE:2026-11-21}} 19:55,{{NAME:Golzari; Arash}},M,{{DATE:2004-05-09}},{{LOCATION:Jiroft}} health post,{{LOCATION:Bahonar Hospital}},polytrauma,Dr {{NAME:Amini}},declined - no ICU bed
{{DATE:2026-11-22}} 04:30,{{NAME:Golzari; Arash}},M,{{DATE:2004-05-09}},{{LOCATION:Jiroft}} health post,{{LOCATION:Shahid Bahonar}} (2nd call),polytrauma,Dr {{NAME:Sadeghi}},accepted
{{DATE:2026-11-22}} 13:10,{{NAME:Kazemi; Parvin}},F,{{DATE:1933-02-20}},{{LOCATION:Zarand}} clinic,{{LOCATION:Kerman Shafa Hospital}},stroke,Dr {{NAME:Karimi}},accepted ({{AGE_OVER_89:93}} y)
{{DATE:2026-11-23}} 08:05,{{NAME:Baluch; Dadshah}},M,{{DATE:1977-09-01}},{{LOCATION:Kahnuj}} hospital,{{LOCATION:Afzalipour Hospital}},burns 30%,Dr {{NAME:Rostami}},accepted; ambulance {{VEHICLE:45 E 217 Iran 65}}
`,
  },
  {
    id: 't13-021',
    kind: 'referral log, numbered, with fax and account',
    text: `
Outgoing referrals, {{LOCATION:Riverbend Family Practice}} - week ending {{DATE:Nov 27}}
1. {{NAME:Abernathy, Hope}} -> Dermatology, {{LOCATION:Skin Care Associates of Lynchburg}} - faxed to {{FAX:434-555-0182}} {{DATE:11/23}}
2. {{NAME:Kruger, Dieter}} -> GI (colonoscopy) - {{LOCATION:Centra Lynchburg General}}, fax {{FAX:434-555-0160}}, auth # {{OTHER_ID:PA-88310452}}
3. {{NAME:Okoro, Chiamaka}} -> OB high risk - {{LOCATION:UVA Maternal-Fetal Medicine}}, {{LOCATION:Charlottesville}} (pt prefers {{LOCATION:Amherst}} satellite)
4. {{NAME:Thibodeaux, Remy}} -> Sleep lab (CPAP titration, ResMed) - self-pay, acct {{ACCOUNT:RFP-0042917}}
5. {{NAME:Sayavong, Khamla}} -> Cardiology - pending, Aetna member {{HEALTH_PLAN:W228819045}}
Sent by {{NAME:tkm}} / reviewed by Dr. {{NAME:Prudence Oyelaran-Hill}}.
`,
  },
  {
    id: 't13-022',
    kind: 'hospital entrance sign-in book, handwritten style transcription',
    text: `
Sign-in book, main entrance, {{LOCATION:Hospital Nacional Edgardo Rebagliati Martins}}, {{LOCATION:Jesus Maria}}, {{LOCATION:Lima}}
{{DATE:26/11/2026}}
07:55  {{NAME:Quispe Mamani, Juana}}        DNI {{OTHER_ID:45128830}}   visita a Hospitalizacion 8B (hijo)
08:20  {{NAME:Huaman Condori, Wilber}}      DNI {{OTHER_ID:70331452}}   proveedor - Medtronic (bombas)
09:05  {{NAME:Rodriguez de la Torre, Maria del Pilar}} DNI {{OTHER_ID:09877123}} visita UCI
09:40  {{NAME:Chavez Inca, Percy}}          DNI {{OTHER_ID:41906632}}   cita Cardiologia
10:12  {{NAME:Flores}} (no dio nombre)      sin DNI      delivery - Farmacia Central
Vigilante: {{NAME:Teodoro Yupanqui}}. Incidente: visitante de {{LOCATION:Villa El Salvador}} sin mascarilla, derivado a Admision.
`,
  },
  {
    id: 't13-023',
    kind: 'ambulance transfer manifest with vehicles and devices',
    text: `
TRANSFER MANIFEST  {{DATE:28.11.2026}}  ICU to ICU
From: {{LOCATION:Kantonsspital Graubuenden}}, {{LOCATION:Chur}}   To: {{LOCATION:Universitaetsspital Zuerich}}, {{LOCATION:Raemistrasse 100}}, {{LOCATION:8091 Zuerich}}
Patient: {{NAME:Caflisch, Gian-Reto}}, geb. {{DATE:03.09.1961}}, Fall-Nr {{MRN:KSGR-7730418}}
Vehicle: Rega helicopter {{VEHICLE:HB-ZRF}}; backup road ambulance GR {{VEHICLE:GR 41177}}
Team: Dr. med. {{NAME:Ursina Dosch}} (Notaerztin), {{NAME:Marco Cadruvi}} (Rettungssanitaeter)
Devices in transit: LVAD HeartMate 3 SN {{DEVICE:HM3-2194402}}, Medela Thopaz drain, syringe driver B. Braun SN {{DEVICE:PS-55810237}}
Receiving: Dr. {{NAME:Lea Brunner}}, Herzchirurgie, tel {{PHONE:044 555 11 80}}
Wife {{NAME:Seraina Caflisch}} follows by car from {{LOCATION:Domat/Ems}}.
`,
  },
  {
    id: 't13-024',
    kind: 'security sign-in log with IPs and kiosk photos',
    text: `
Contractor badge log (auto-export) - {{LOCATION:Sengkang General Hospital}}, Tower B
ts,name,company,host,kiosk_ip,photo
{{DATE:2026-11-25}} 08:02,{{NAME:Muthusamy Rajendran}},Philips Healthcare,Radiology,{{IP:192.0.2.41}},{{PHOTO:K2_0802_rajendran.png}}
{{DATE:2026-11-25}} 08:47,{{NAME:Nur Aisyah binte Rahmat}},Siemens Healthineers,Cath Lab,{{IP:192.0.2.41}},{{PHOTO:K2_0847_nuraisyah.png}}
{{DATE:2026-11-25}} 09:15,{{NAME:Goh Wei Liang}},ISS Facility,Ward 46,{{IP:192.0.2.44}},{{PHOTO:K4_0915_goh.png}}
{{DATE:2026-11-25}} 10:30,{{NAME:Phua Siew Hoon, Jacqueline}},Zuellig Pharma,Pharmacy,{{IP:192.0.2.44}},{{PHOTO:K4_1030_phua.png}}
Host escort for Cath Lab: {{NAME:Marcus Tan}} (nurse clinician). Lift lobby B to {{LOCATION:Sengkang Community Hospital}} link bridge closed.
`,
  },
  {
    id: 't13-025',
    kind: 'retrieval service referral log, bulleted',
    text: `
NETS referrals received Sun {{DATE:29/11}} (neonatal retrieval, {{LOCATION:Westmead}} base)
- 01:12 {{LOCATION:Orange Health Service}} - 34/40 twin II, RDS, on CPAP (Fisher & Paykel). Caller Dr {{NAME:Bree Kennedy}}. Outcome: retrieved to {{LOCATION:Royal North Shore}}.
- 04:45 {{LOCATION:Dubbo Base Hospital}} - term infant, seizures, mother {{NAME:Jacinta Kennedy}} (no relation to caller). Dr {{NAME:Sami Haddad}}. Outcome: advice only, phenobarbitone given.
- 09:30 {{LOCATION:Tamworth Rural Referral Hospital}} - 29/40, mother {{NAME:Tayla Fernando}}, father {{NAME:Ravi Fernando}} {{PHONE:0491 570 110}}. Retrieved by fixed wing {{VEHICLE:VH-NAO}} to {{LOCATION:John Hunter}}.
- 15:20 {{LOCATION:Bega}} ({{LOCATION:South East Regional Hospital}}) - query cardiac, PGE infusion. Consultant Dr {{NAME:Orla Finnegan}}.
Coordinator: {{NAME:Nina Petrakis}}.
`,
  },
  {
    id: 't13-026',
    kind: 'mortuary register, semicolon separated',
    text: `
MORTUARY REGISTER - {{LOCATION:Mulago National Referral Hospital}}, {{LOCATION:Kampala}}
{{OTHER_ID:MR/26/1184}}; {{NAME:Nakato Sarah}}; F; 44; ward 5C; {{DATE:24/11/2026}}; released {{DATE:26/11/2026}} to {{NAME:Ssemwanga Joseph}} (husband), {{LOCATION:Mukono}}
{{OTHER_ID:MR/26/1185}}; {{NAME:Okello Denis}}; M; 19; Casualty; {{DATE:25/11/2026}}; police case {{OTHER_ID:CRB 771/2026}} {{LOCATION:Wandegeya Police Station}}
{{OTHER_ID:MR/26/1186}}; unknown male; M; ~60; found {{LOCATION:Nakasero Market}}; {{DATE:25/11/2026}}; unclaimed
{{OTHER_ID:MR/26/1187}}; {{NAME:Atim Grace}}; F; {{AGE_OVER_89:91}}; ward 4B; {{DATE:26/11/2026}}; released to {{NAME:Opio Charles}}, {{LOCATION:Lira}}
Mortuary attendant on duty: {{NAME:Kizito}}. Formalin stock low; city authority notified.
`,
  },
  {
    id: 't13-027',
    kind: 'outpatient sign-in sheet, lower case, names and reasons',
    text: `
ortho clinic sign-in  {{DATE:12/02}}  {{LOCATION:hillcrest medical plaza}} suite 300
  time   name                       dob          dr
  0812   {{NAME:marcus delacroix}}            {{DATE:4/9/71}}       {{NAME:patel}}
  0815   {{NAME:ngozi okafor-bates}}          {{DATE:12/30/88}}     {{NAME:patel}}
  0830   {{NAME:bo-ra kim}}                   {{DATE:7/7/02}}       {{NAME:lindgren}}
  0841   {{NAME:summer wells}}                {{DATE:1/2/55}}       {{NAME:patel}}
  0902   {{NAME:ahmad zia haqqani}}           {{DATE:3/15/66}}      {{NAME:lindgren}}
note: front desk ({{NAME:brittani}}) - mr {{NAME:haqqani}} needs pashto interpreter; mrs {{NAME:wells}} brought her own x-rays from {{LOCATION:baptist east}}.
  0915   reverend {{NAME:calvin t. moore}} {{DATE:10/10/49}}     {{NAME:patel}}
  0920   {{NAME:thuy-linh pham}}              {{DATE:5/21/93}}      {{NAME:lindgren}}
late arrivals: {{NAME:grace o'brien}} (came from {{LOCATION:germantown}}, bus 3) and {{NAME:bishop}} (first name unknown, brought by {{LOCATION:collierville}} fire).
walk-in: mr {{NAME:deshawn bishop-tate}} - ssn {{SSN:000-71-3349}} given at the window, asked to fill form instead. insurance bcbs tn {{HEALTH_PLAN:ZGP448120093}}.
`,
  },
];
