// train9 notes 1: US registration face sheet, NHS ward bed board (markdown), Kenyan clinic CSV, South African HL7 ADT,
// Australian FHIR Patient, Irish e-mail thread with signatures, Norwegian YAML referral, EHR audit log, PhilHealth screen.
export default [
  {
    id: 't9-001',
    kind: 'registration face sheet (US, key: value)',
    text: `
PATIENT FACE SHEET                         Printed {{DATE:11/24/2026}} 07:42  by {{NAME:kmarchetti}}
---------------------------------------------------------------------------------
Patient Name ......: {{NAME:OYELARAN-BISHOP, Temperance Adaeze}}
Preferred Name ....: {{NAME:Tempe}}
DOB ...............: {{DATE:02/19/1961}}        Sex: F     Language: Yoruba / English
MRN ...............: {{MRN:00-4471-8823}}       Acct/HAR: {{ACCOUNT:HAR-77310045}}
SSN ...............: {{SSN:000-41-7762}}
Address ...........: {{LOCATION:4417 Quail Hollow Rd}}, {{LOCATION:Apt 3C}}
City/State/ZIP ....: {{LOCATION:Greenville}}, SC {{LOCATION:29607}}
Home Phone ........: {{PHONE:(864) 555-0193}}      Mobile: {{PHONE:864-555-0127}}
Email .............: {{EMAIL:tempe.bishop61@example.com}}
Employer ..........: Michelin North America - {{LOCATION:Laurens Plant}}
Emergency Contact .: {{NAME:Bishop, Will}} (husband)  {{PHONE:864-555-0150}}
Guarantor .........: Self
Primary Ins .......: BlueCross BlueShield of South Carolina  Member ID {{HEALTH_PLAN:ZCB884102277}}  Grp 0047712
Secondary Ins .....: Medicare Part B  MBI {{HEALTH_PLAN:4TE7-QH2-MK81}}
PCP ...............: {{NAME:Hollis Grace}}, MD - {{LOCATION:Parkside Family Medicine}}
Admitting Dx ......: I48.91 Atrial fibrillation, unspecified
Attending .........: {{NAME:Fairbanks, Amos}} DO     Service: Cardiology
Advance Directive .: on file (scanned {{DATE:03/2024}})
Comments ..........: Pt prefers "Tempe". Sister {{NAME:Modupe}} may call from Lagos; OK to share room number only.
`,
  },
  {
    id: 't9-002',
    kind: 'ward bed board (NHS, markdown table)',
    text: `
## Ward 7B (Elderly Care) - bed board {{DATE:27/11/2026}} 08:00 - {{LOCATION:Royal Hallamshire Hospital}}

| Bed | Patient | Age | NHS No | Consultant | Plan / EDD | Comments |
|-----|---------|-----|--------|------------|------------|----------|
| 1 | {{NAME:MCCALLUM, Isobel}} | {{AGE_OVER_89:94}} | {{OTHER_ID:485 777 3456}} | Dr {{NAME:Okwuosa}} | EDD {{DATE:29/11}} | daughter {{NAME:Fiona}} to collect, lives {{LOCATION:Crookes}} |
| 2 | {{NAME:PRZYBYLSKI, Tadeusz}} | 88 | {{OTHER_ID:943 476 5919}} | Dr {{NAME:Hussain-Lowe}} | awaiting POC | Polish interpreter booked |
| 3 | {{NAME:ABERNETHY, Grace "Gracie"}} | {{AGE_OVER_89:91}} | {{OTHER_ID:401 023 2137}} | Dr {{NAME:Okwuosa}} | D2A {{LOCATION:Birley Moor Care Home}} | Parkinson's, Sinemet times critical |
| 4 | (empty - deep clean) | | | | | |
| 5 | {{NAME:SUMMERS, Eric}} | 79 | {{OTHER_ID:733 645 2210}} | Dr {{NAME:Ng}} | OT assess | from {{LOCATION:14 Sandygate Park}}, {{LOCATION:S10 5TL}} |
| 6 | {{NAME:Ni Bhraonain, Siobhan}} | 83 | {{OTHER_ID:605 114 8892}} | Dr {{NAME:Hussain-Lowe}} | IV abx day 3 | Klebsiella UTI, ESBL, side room |

Nurse in charge: {{NAME:Rhiannon Pryce-Jones}} (bleep 2231). Discharge coordinator: {{NAME:Dev Mistry}} ext 61440.
`,
  },
  {
    id: 't9-003',
    kind: 'HIV clinic appointment export (Kenya, CSV)',
    text: `
# export: ccc_appointments.csv  facility={{LOCATION:Kisumu County Referral Hospital}}  run={{DATE:2026-11-26}}T18:05
ccc_no,patient_name,sex,dob,phone,village,sub_county,appt_date,treatment_supporter,notes
{{OTHER_ID:13939-02231}},{{NAME:Achieng Otieno}},F,{{DATE:1988-04-12}},{{PHONE:+254 712 555 041}},{{LOCATION:Nyalenda B}},{{LOCATION:Kisumu East}},{{DATE:2026-12-03}},{{NAME:Okoth Odhiambo}} (husband),VL due
{{OTHER_ID:13939-04118}},{{NAME:Wanjiru Kamau}},F,{{DATE:1979-09-30}},{{PHONE:+254 722 555 388}},{{LOCATION:Manyatta}},{{LOCATION:Kisumu Central}},{{DATE:2026-12-03}},{{NAME:Mercy Njeri}} (sister),"moved from {{LOCATION:Eldoret}}, transfer letter seen"
{{OTHER_ID:13939-05527}},{{NAME:Kiprotich Cheruiyot}},M,{{DATE:1995-01-07}},{{PHONE:+254 733 555 902}},{{LOCATION:Kondele}},{{LOCATION:Kisumu Central}},{{DATE:2026-12-04}},,TLD refill 3/12
{{OTHER_ID:13939-06630}},{{NAME:Faith Auma Were}},F,{{DATE:2001-11-22}},,{{LOCATION:Obunga}},{{LOCATION:Kisumu West}},{{DATE:2026-12-05}},{{NAME:Pamela Were}} (mother),"adolescent clinic, school: {{LOCATION:Kisumu Girls High School}}"
{{OTHER_ID:13939-07014}},{{NAME:Baraka Mwangi}},M,{{DATE:1990-06-15}},{{PHONE:+254 701 555 617}},{{LOCATION:Nyamasaria}},{{LOCATION:Kisumu East}},{{DATE:2026-12-05}},,"works {{LOCATION:Kibos Sugar factory}}, prefers Sat"
`,
  },
  {
    id: 't9-004',
    kind: 'HL7 v2 ADT^A01 (South Africa)',
    text: `
Interface error queue - message held (PV1-3 location not mapped). Raw message:
MSH|^~&|TRAKCARE|{{LOCATION:CHRIS HANI BARAGWANATH}}|HIE|GPDOH|{{DATE:20261125}}1432||ADT^A01|MSG00418827|P|2.5
EVN|A01|{{DATE:20261125}}1430
PID|1||{{MRN:BA20419983}}^^^CHBAH^MR~{{OTHER_ID:8102155800087}}^^^ZAF^NI||{{NAME:MAHLANGU}}^{{NAME:SIPHOKAZI}}^{{NAME:NOMVULA}}||{{DATE:19810215}}|F|||{{LOCATION:2281 VILAKAZI STREET}}^^{{LOCATION:ORLANDO WEST}}^GT^{{LOCATION:1804}}^ZAF||^PRN^PH^^{{PHONE:27^11^5550186}}
NK1|1|{{NAME:MAHLANGU}}^{{NAME:THEMBA}}|BRO|{{LOCATION:14 MOROKA NORTH}}^^{{LOCATION:SOWETO}}^GT|{{PHONE:0825550143}}
PV1|1|I|W21^B07^01||||{{OTHER_ID:0412877}}^{{NAME:NAIDOO}}^{{NAME:PRIYANKA}}^^^DR|||MED||||7
IN1|1|DISCOVERY|DHMS|Discovery Health Medical Scheme|||||||||||||||||||||||||||||||||{{HEALTH_PLAN:DH4471208805}}
Ticket note: A01 resent by {{NAME:L. van Wyk}} after ward W21 mapped. PID-11 suburb check ok.
`,
  },
  {
    id: 't9-005',
    kind: 'FHIR R4 Patient resource (Australia)',
    text: `
Pasted from the integration sandbox, please check why the contact is dropped:
{
  "resourceType": "Patient",
  "id": "pt-88213",
  "identifier": [
    { "system": "http://ns.electronichealth.net.au/id/hi/ihi/1.0", "value": "{{OTHER_ID:8003 6080 0003 9721}}" },
    { "system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "{{HEALTH_PLAN:2953 48172 1}}" },
    { "system": "urn:oid:1.2.36.146595217.1.1", "value": "{{MRN:ASH-0077412}}" }
  ],
  "name": [ { "family": "{{NAME:Japaljarri}}", "given": [ "{{NAME:Warren}}", "{{NAME:Jupurrurla}}" ] } ],
  "telecom": [ { "system": "phone", "value": "{{PHONE:(08) 8951 5550}}" } ],
  "gender": "male",
  "birthDate": "{{DATE:1969-07-03}}",
  "address": [ { "line": [ "{{LOCATION:House 27}}" ], "city": "{{LOCATION:Yuendumu}}", "state": "NT", "postalCode": "{{LOCATION:0872}}" } ],
  "extension": [ { "url": "http://hl7.org.au/fhir/StructureDefinition/indigenous-status", "valueCoding": { "code": "1" } } ],
  "contact": [ { "relationship": [ { "text": "aunty" } ], "name": { "text": "{{NAME:Topsy Napaljarri Nelson}}" }, "telecom": [ { "value": "{{PHONE:0455 550 218}}" } ] } ],
  "generalPractitioner": [ { "display": "{{LOCATION:Yuendumu Health Centre}}" } ]
}
Language: Warlpiri. Transfer from {{LOCATION:Alice Springs Hospital}} planned {{DATE:1 Dec}}.
`,
  },
  {
    id: 't9-006',
    kind: 'e-mail thread with headers and signatures (Ireland)',
    text: `
From: {{NAME:Aoife Ni Chonaill}} <{{EMAIL:aoife.nichonaill@example.ie}}>
Sent: Thursday {{DATE:26 November 2026}} 16:12
To: {{NAME:Ciaran Mac Giolla Phadraig}} <{{EMAIL:c.macgiollaphadraig@example.ie}}>
Cc: Bed Management <{{EMAIL:bedmgmt.cuh@example.ie}}>
Subject: RE: transfer - {{NAME:Padraig O Sullivan}} (MRN {{MRN:0931177}})

{{NAME:Ciaran}},
Spoke to his wife {{NAME:Nuala}} - she is happy for him to go to {{LOCATION:Bantry General}} closer to home ({{LOCATION:Ballylickey}}). His GP is Dr {{NAME:Eamon Kiely}}, {{LOCATION:Main Street}}, {{LOCATION:Bantry}}, {{LOCATION:P75 X248}}. Medical card no. {{HEALTH_PLAN:2291447K}}.
Tinzaparin and Entresto to continue. Bloods Mon {{DATE:30/11}}.

Kind regards,
{{NAME:Aoife}}
--
{{NAME:Aoife Ni Chonaill}} | Clinical Nurse Manager 2 | Cardiology
{{LOCATION:Cork University Hospital}}, {{LOCATION:Wilton}}, {{LOCATION:Cork}} {{LOCATION:T12 DC4A}}
T: {{PHONE:+353 21 555 2847}} | F: {{FAX:+353 21 555 2850}}
`,
  },
  {
    id: 't9-007',
    kind: 'referral as YAML dump (Norway)',
    text: `
# henvisning.yaml (exported by DIPS, pasted for the LLM summary)
referral:
  id: {{OTHER_ID:HV-2026-118842}}
  received: {{DATE:2026-11-23}}
  from:
    practitioner: {{NAME:Ingrid Solbakken}}
    hpr_number: {{LICENSE:9144871}}
    clinic: {{LOCATION:Tromsdalen legekontor}}
    address: {{LOCATION:Hans Nilsens vei 41}}, {{LOCATION:9020 Tromsdalen}}
  to: {{LOCATION:Universitetssykehuset Nord-Norge}}, Nevrologisk poliklinikk
  patient:
    name: {{NAME:Ante Mikkel Gaup}}
    fodselsnummer: "{{OTHER_ID:030458 47310}}"
    born: {{DATE:1958-04-03}}
    address: {{LOCATION:Boratbokcearru 12}}, {{LOCATION:9520 Kautokeino}}
    phone: "{{PHONE:+47 555 41 220}}"
    language: [Northern Sami, Norwegian]
    next_of_kin: {{NAME:Berit Gaup}} (wife), {{PHONE:+47 555 41 221}}
  question: >
    Tremor both hands since spring, worse with coffee. Started propranolol 10 mg. No Parkinson signs.
    Reindeer herder, travels to {{LOCATION:Karasjok}} in winter. Needs Sami interpreter; son {{NAME:Nils Aslak}} can help.
`,
  },
  {
    id: 't9-008',
    kind: 'EHR access audit log (break-the-glass review)',
    text: `
BREAK-THE-GLASS REVIEW  case {{OTHER_ID:PRV-26-0419}}   reviewer: {{NAME:T. Blackfeather}} (Privacy Office)
Patient: {{NAME:HAWTHORNE, Summer J}}  MRN {{MRN:7720194}}  (VIP flag: staff member, {{LOCATION:Lakeview Campus}})

timestamp            | user_id    | user_name              | workstation  | ip            | action
{{DATE:2026-11-19}} 22:14:07 | {{NAME:rkowalczyk}} | {{NAME:Kowalczyk, Renata}} RN  | WS-4E-011    | {{IP:10.44.8.211}}   | BTG override - reason "care"
{{DATE:2026-11-19}} 22:14:31 | {{NAME:rkowalczyk}} | {{NAME:Kowalczyk, Renata}} RN  | WS-4E-011    | {{IP:10.44.8.211}}   | viewed Notes > Psych Intake
{{DATE:2026-11-20}} 09:02:55 | {{NAME:aboateng2}}  | {{NAME:Boateng, Akosua}} MD    | WS-ED-104    | {{IP:10.44.12.37}}   | viewed Results
{{DATE:2026-11-21}} 13:40:12 | {{NAME:jhope}}      | {{NAME:Hope, Jordan}} (Registration) | {{IP:203.0.113.58}} (VPN) | - | printed Face Sheet

Finding: {{NAME:Kowalczyk}} not on care team (pt was on 6W, user assigned 4E). Interviewed {{DATE:11/24}}: states patient is her neighbour on {{LOCATION:Larkspur Court}}. Referred to HR; manager {{NAME:Dolores Etsitty}} notified.
`,
  },
  {
    id: 't9-009',
    kind: 'PhilHealth eligibility screen (fixed width)',
    text: `
+--------------------------------------------------------------------------------+
| PHILHEALTH e-CLAIMS - MEMBER ELIGIBILITY                 {{DATE:11-26-2026}} 10:11 AM   |
+--------------------------------------------------------------------------------+
| PIN          : {{HEALTH_PLAN:19-052447718-3}}       Status : ACTIVE (Formal Economy)     |
| Member       : {{NAME:DELA PAZ}}, {{NAME:MA. LOURDES}} {{NAME:BAUTISTA}}                             |
| Birthdate    : {{DATE:08-14-1972}}             Sex    : F                          |
| Address      : {{LOCATION:Blk 12 Lot 7 Sampaguita St.}}, {{LOCATION:Brgy. Malanday}}            |
|                {{LOCATION:Marikina City}}, Metro Manila {{LOCATION:1805}}                       |
| Employer     : Rustan Commercial Corp. (PEN 20-000117744-5)                     |
| Dependent    : {{NAME:DELA PAZ}}, {{NAME:JOSE RIZALINO}} JR.  (spouse)                        |
| Facility     : {{LOCATION:AMANG RODRIGUEZ MEMORIAL MEDICAL CENTER}}                    |
| Confinement  : {{DATE:11-22-2026}} to {{DATE:11-26-2026}}    Case rate: CAP-MR  J18.9      |
| Attending    : {{NAME:ANGELES}}, {{NAME:RENATO Q.}}  PRC {{LICENSE:0088172}}                   |
| Encoder      : {{NAME:jmanalastas}}                                             |
+--------------------------------------------------------------------------------+
`,
  },
];
