// train16 notes 6: more outbreaks and contact follow-up (Ebola with biometric check-in, hepatitis A at a church
// supper, diphtheria in a camp, HFMD at a preschool, dengue, leptospirosis after floods, TB in a prison,
// a meat plant, scabies at a mission school).
export default [
  {
    id: 't16-046',
    kind: 'Ebola contact follow-up sheet (DRC)',
    text: `
Fiche de suivi des contacts - EVD, zone de sante de {{LOCATION:Bulape}}, aire de sante {{LOCATION:Dikolo}} (English working copy)
Source case: {{NAME:Mbuyi Tshibanda Kalonji}}, died {{DATE:02/09/2025}} at {{LOCATION:HGR Bulape}}; safe burial in {{LOCATION:Bambalaie}}.
Day-21 follow-up ends {{DATE:23/09/2025}}. Daily check-in by fingerprint on the tracer phone (template IDs below).
 1 {{NAME:Ngalula Mbuyi}} (widow) - {{LOCATION:Bambalaie}} - template {{BIOMETRIC:FP-KAS-000412}} - seen daily, afebrile
 2 {{NAME:Kabongo Ilunga}} (brother) - {{LOCATION:Dikolo}} market - template {{BIOMETRIC:FP-KAS-000413}} - fever {{DATE:09/09}}, isolated at the CTE
 3 Soeur {{NAME:Marie-Therese Kapinga}} (nurse, {{LOCATION:CS Dikolo}}) - template {{BIOMETRIC:FP-KAS-000414}} - vaccinated rVSV {{DATE:05/09}}
 4 Pasteur {{NAME:Jean-Pierre Lukusa}} (washed the body, {{LOCATION:Eglise CBCO Bambalaie}}) - no template, lost {{DATE:06/09}}, found at {{LOCATION:Mweka}}
Tracer: {{NAME:Kabeya Mutombo}}, phone {{PHONE:+243 81 555 2207}}, IMEI {{DEVICE:355510087654329}}.
`,
  },
  {
    id: 't16-047',
    kind: 'hepatitis A church supper investigation (US)',
    text: `
HAV outbreak - attendees of the Thanksgiving-season supper at {{LOCATION:Bethel AME Church}}, {{LOCATION:412 Chestnut St}}, {{LOCATION:Wilmington}}, NC {{LOCATION:28401}}, {{DATE:October 19, 2025}}
Food handler case: {{NAME:Cornelius "June" Pettiford}}, 58, made the potato salad; IgM anti-HAV positive {{DATE:11/2}}; MRN {{MRN:NHR-00558213}} at {{LOCATION:Novant Health New Hanover Regional}}.
Secondary cases: {{NAME:Evangeline Moore}} (71), Deacon {{NAME:Roosevelt Faison}} (80), {{NAME:Precious McKoy}} (34).
PEP clinic at the church fellowship hall {{DATE:11/5}} and {{DATE:11/6}}: 186 vaccinated, 12 given IG (over 40 with liver disease).
Pastor {{NAME:Reginald Batts}} shared the attendance sign-in sheet. Epi {{NAME:Tamsin Greer}}, {{PHONE:910-555-0128}}, fax {{FAX:910-555-0129}}.
Household of the food handler: wife {{NAME:Earlene Pettiford}}, grandson {{NAME:Malik Pettiford-Jones}} (attends {{LOCATION:Gregory Elementary}}); both vaccinated {{DATE:11/3}}. The potato salad eggs came from {{LOCATION:Food Lion #1512}} on {{LOCATION:Carolina Beach Rd}}. Soc. Sec. no. on the old intake was {{SSN:000-59-3381}}.
`,
  },
  {
    id: 't16-048',
    kind: 'diphtheria cases in a displacement camp (Bangladesh)',
    text: `
Diphtheria case register - {{LOCATION:Camp 15}} ({{LOCATION:Jamtoli}}), {{LOCATION:Ukhia}}, {{LOCATION:Cox's Bazar}}
FCN / name / age / block / onset / DAT / contacts
{{OTHER_ID:FCN-155-0381}} / {{NAME:Mohammed Ayaz}} / 6 / {{LOCATION:Block C-4}} / {{DATE:8 Nov}} / yes / 11
{{OTHER_ID:FCN-155-0412}} / {{NAME:Rahima Begum}} / 9 / {{LOCATION:Block C-4}} / {{DATE:10 Nov}} / no / 8
{{OTHER_ID:FCN-155-0997}} / {{NAME:Nur Kalima}} / 14 / {{LOCATION:Block E-2}} / {{DATE:11 Nov}} / yes / 15
All three attend the {{LOCATION:Learning Centre 15-C-07}} (teacher {{NAME:Shafiqul Islam}}) and the madrasa of Hafez {{NAME:Abu Taher}}.
Treated at {{LOCATION:MSF Hospital on the Hill}} ({{LOCATION:Kutupalong}}). Contacts given azithromycin and Td/Penta by CHW {{NAME:Sumaiya Khatun}}.
Not annotated: Rohingya (people), Bangladesh, Myanmar.
`,
  },
  {
    id: 't16-049',
    kind: 'HFMD preschool notification (Singapore)',
    text: `
HFMD - preschool cluster notification
Centre: {{LOCATION:Little Acorns Kindergarten}}, {{LOCATION:Blk 308 Tampines Street 32}}, {{LOCATION:#01-115}}, Singapore {{LOCATION:520308}}
Cases (K1 Rainbow class): {{NAME:Tan Jia Hui}}, {{NAME:Muhammad Irfan bin Rosli}}, {{NAME:Aarav Pillai}}, {{NAME:Chloe Lim Xin Yi}}; teacher {{NAME:Nurul Ain binte Hassan}} also ill.
Onsets {{DATE:17 Nov}} - {{DATE:20 Nov 2025}}. {{NAME:Aarav}} admitted to {{LOCATION:KK Women's and Children's Hospital}} (poor feeding).
Principal Mdm {{NAME:Goh Siew Lan}} notified {{DATE:21/11/2025}}, {{PHONE:6555 2108}}.
Centre closed 10 days; disinfection by {{LOCATION:Tampines West}} cleaning vendor.
`,
  },
  {
    id: 't16-050',
    kind: 'dengue cluster and vector survey (Sri Lanka)',
    text: `
Dengue cluster - MOH area {{LOCATION:Kolonnawa}}, GN division {{LOCATION:Wellampitiya}}
Cases week 46: {{NAME:W.A. Nimal Perera}} ({{LOCATION:No. 41/3, Sedawatta Road}}), {{NAME:Fathima Rizna}} ({{LOCATION:Kotikawatta}}), {{NAME:K.G. Dilrukshi Kumari}}, {{NAME:Roshan Fernando}} - all admitted {{LOCATION:National Hospital of Sri Lanka}} or {{LOCATION:Kolonnawa Base Hospital}}.
Common site: {{LOCATION:St. Mary's Church}} renovation (water-filled tyres), and the {{LOCATION:Orugodawatta}} tyre yard owned by Mr. {{NAME:Lalith Samarasinghe}}.
Breteau index 42. Premises served notices: 7. Fogging {{DATE:15/11}} and {{DATE:18/11}}.
PHI (public health inspector, a job title here) {{NAME:Sunil Wickramasinghe}}, {{PHONE:077 555 3821}}; MOH Dr. {{NAME:Shiromi Jayawardena}}.
Week 47: two further cases, {{NAME:Chathura Bandara}} (works at the {{LOCATION:Orugodawatta}} tyre yard) and {{NAME:Mohamed Rilwan}} ({{LOCATION:Salamulla}} flats); tyre yard owner fined at {{LOCATION:Colombo Magistrate's Court}}. Not names: Aedes aegypti, NS1, Panadol.
`,
  },
  {
    id: 't16-051',
    kind: 'leptospirosis after flooding (Fiji)',
    text: `
Post-flood LTDD surveillance - {{LOCATION:Ba}} subdivision
Lepto cases ({{DATE:1-20 Nov 2025}}): {{NAME:Josaia Vakacegu}} (cane farmer, {{LOCATION:Rarawai}}), {{NAME:Mereani Tuisawau}} ({{LOCATION:Votua}} village), {{NAME:Ravinesh Chand}} ({{LOCATION:Veisaru}} sector), {{NAME:Salote Naivalu}} ({{LOCATION:Namosau}}).
All waded floodwater; two kept pigs at home. Admitted {{LOCATION:Ba Mission Hospital}} and {{LOCATION:Lautoka Hospital}}.
Doxycycline prophylaxis distributed at {{LOCATION:Ba Methodist Church}} hall and {{LOCATION:Rarawai Sangam School}}.
Village health worker {{NAME:Litia Rokobuli}}, Turaga ni koro {{NAME:Peni Cakau}}. SDMO Dr. {{NAME:Anish Prasad}}, {{PHONE:+679 555 4102}}.
`,
  },
  {
    id: 't16-052',
    kind: 'TB contact screening in a prison (Lithuania)',
    text: `
TB contact screening - {{LOCATION:Pravieniskes Correctional Facility}}, unit 3
Index inmate {{NAME:Darius Kazlauskas}}, personal code {{OTHER_ID:38505550112}}, MDR-TB confirmed {{DATE:2025-10-28}} at {{LOCATION:Vilnius University Hospital Santaros Klinikos}} TB unit.
Cellmates: {{NAME:Mindaugas Petrauskas}}, {{NAME:Vytautas Jankauskas}}, {{NAME:Aleksandr Kuznetsov}}; workshop (carpentry) contacts: {{NAME:Andrius Zukauskas}}, {{NAME:Tomas Balciunas}}.
Visitors in the last 3 months: mother {{NAME:Ona Kazlauskiene}} from {{LOCATION:Jonava}}; girlfriend {{NAME:Egle Vaitkute}}, {{LOCATION:Kaunas}} ({{LOCATION:Sanciai}}).
Released contact: {{NAME:Rolandas Stankevicius}}, now at {{LOCATION:Kaunas}} shelter "{{LOCATION:Betanija}}" - letter sent to {{LOCATION:Kaunas}} public health centre.
Screening IGRA + CXR {{DATE:2025-11-10}}; 2 IGRA positive. Physician Dr. {{NAME:Rasa Mikalauskaite}}.
Released contact {{NAME:Rolandas Stankevicius}}: found {{DATE:2025-11-18}} at {{LOCATION:Kaunas Clinics}} emergency, IGRA negative; new mobile {{PHONE:+370 655 55 412}}.
The prison's transport van {{VEHICLE:KRT 551}} took the index to hospital with two guards ({{NAME:Audrius Paulauskas}}, {{NAME:Jurgita Sakalauskiene}}) - both screened.
`,
  },
  {
    id: 't16-053',
    kind: 'COVID workplace cluster at a meat plant (Germany)',
    text: `
Clusterbericht - {{LOCATION:Fleischwerk Rheda-Nord}}, {{LOCATION:Am Schlachthof 12}}, {{LOCATION:33378 Rheda-Wiedenbruck}}
Stand {{DATE:24.11.2025}}: 27 positive PCR, mainly cutting line B. Contract workers housed at {{LOCATION:Pension Bauer}} ({{LOCATION:Hauptstr. 88}}, {{LOCATION:Verl}}) and shared flats in {{LOCATION:Gutersloh}}.
Shuttle bus {{VEHICLE:GT-FW 512}} (driver {{NAME:Ionut Popescu}}) carries 40 workers per shift.
Named contacts without phone: {{NAME:Marian Dumitrescu}}, {{NAME:Bogdan Stoica}}, {{NAME:Kamila Wisniewska}}, {{NAME:Petar Georgiev}}.
Betriebsarzt Dr. {{NAME:Heike Vornholt}}; Gesundheitsamt contact {{NAME:Sebastian Kruger}}, {{PHONE:05241 555 1290}}, fax {{FAX:05241 555 1299}}.
Not annotated: Romanian, Bulgarian, Polish (nationalities), Nordrhein-Westfalen (state).
Named contacts found on {{DATE:25.11.2025}} at a flat in {{LOCATION:Gutersloh}} ({{LOCATION:Blessenstatte 14}}): {{NAME:Marian Dumitrescu}} and {{NAME:Bogdan Stoica}} positive; {{NAME:Petar Georgiev}} had moved to {{LOCATION:Oelde}}. Interpreter {{NAME:Alina Moraru}}.
`,
  },
  {
    id: 't16-054',
    kind: 'scabies and impetigo at a mission boarding school (Solomon Islands)',
    text: `
Skin disease outbreak - {{LOCATION:St. Joseph's Tenaru}} boarding school, Guadalcanal
Visit {{DATE:12 Nov 2025}} by Dr. {{NAME:Wilson Haununu}} and nurse {{NAME:Ruth Kengalu}} from {{LOCATION:National Referral Hospital}}, {{LOCATION:Honiara}}.
Dormitories: {{LOCATION:Bishop Epalle}} house (boys, 64 with scabies) and {{LOCATION:Sister Claudia}} house (girls, 22).
Referred with infected sores: {{NAME:Junior Ramoifuila}}, {{NAME:Hope Sikua}}, {{NAME:Lency Tahisihaka}}.
Head teacher Br. {{NAME:Peter Maeta}}. Students from Malaita, Makira and Western Province villages went home for the break, letters to their clinics.
Ivermectin MDA for all 412 students and staff on {{DATE:13 Nov}}.
`,
  },
];
