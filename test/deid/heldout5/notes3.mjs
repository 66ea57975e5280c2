// heldout5 notes 3: machine formats pasted into notes (vCard, iCalendar, DICOM dump, ZPL label,
// syslog, fixed-width extract, e-mail headers, Markdown table, YAML, query strings).
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-021',
    kind: 'vcard-emergency-contacts',
    text: `
Emergency contacts imported from patient app ({{DATE:2025-06-02}}), patient {{NAME:Tuyet Mai Pham}}, MRN {{MRN:E4410297}}:
BEGIN:VCARD
VERSION:3.0
N:{{NAME:Pham}};{{NAME:Quang Minh}};;;
FN:{{NAME:Quang Minh Pham}}
NOTE:husband
TEL;TYPE=CELL:{{PHONE:+1-714-555-0138}}
EMAIL;TYPE=HOME:{{EMAIL:qm.pham@example.net}}
ADR;TYPE=HOME:;;{{LOCATION:9921 Bolsa Ave Apt 14}};{{LOCATION:Westminster}};CA;{{LOCATION:92683}};USA
BDAY:{{DATE:1969-04-30}}
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:{{NAME:Pham-Delgado}};{{NAME:Kim}};;;
FN:{{NAME:Kim Pham-Delgado}}
NOTE:daughter, nurse
TEL;TYPE=CELL:{{PHONE:(657) 555-0170}}
TEL;TYPE=WORK:{{PHONE:714-555-0100}};ext=2231
EMAIL:{{EMAIL:kim.phamdelgado@example.org}}
URL:{{URL:https://social.example.com/u/kimphamdelgado}}
END:VCARD
Reviewed with pt via Vietnamese interpreter (ID {{OTHER_ID:VI-30918}}). Pt prefers daughter called first ("goi con gai toi truoc").
`,
  },
  {
    id: 'h5-022',
    kind: 'icalendar-appointment',
    text: `
Pasted from scheduling inbox (invite bounced):
BEGIN:VCALENDAR
PRODID:-//Clinic Scheduler//EN
BEGIN:VEVENT
UID:{{OTHER_ID:appt-88120455@sched.example.org}}
DTSTAMP:{{DATE:20250310}}T151200Z
DTSTART;TZID=America/Denver:{{DATE:20250317}}T093000
DTEND;TZID=America/Denver:{{DATE:20250317}}T100000
SUMMARY:Video visit - {{NAME:Begaye}}, {{NAME:Shandiin}} - post-partum f/u (Dr. {{NAME:Oberholtzer}})
LOCATION:{{URL:https://tele.example.org/join/7Kq2-BEGAYE-S-8812}}
ATTENDEE;CN="{{NAME:Shandiin Begaye}}":mailto:{{EMAIL:shandiin.b@example.com}}
ATTENDEE;CN="{{NAME:Leif Oberholtzer}} MD":mailto:{{EMAIL:loberholtzer@clinic.example.org}}
DESCRIPTION:DOB {{DATE:08/15/1999}}. MRN {{MRN:NM-6620431}}. Baby {{NAME:Ahiga}} born {{DATE:02/20/2025}} at {{LOCATION:Shiprock Valley Birth Center}}. Call {{PHONE:505-555-0182}} if no video.
END:VEVENT
END:VCALENDAR
Note: bounce because patient e-mail mistyped at registration; corrected {{DATE:3/10}}. Visit completed {{DATE:3/17}}, EPDS 6/30.
`,
  },
  {
    id: 'h5-023',
    kind: 'dicom-header-dump',
    text: `
PACS QA ticket 55127 - wrong-patient check, header of {{PHOTO:IM-0001-0042.dcm}} (series 3, CT head w/o):
(0008,0020) StudyDate            DA  {{DATE:20250122}}
(0008,0050) AccessionNumber      SH  {{OTHER_ID:CT25012200871}}
(0008,0080) InstitutionName      LO  {{LOCATION:Harbor Point Medical Center}}
(0008,0090) ReferringPhysician   PN  {{NAME:AKINTOLA^FOLAKE^O}}
(0008,1010) StationName          SH  CTSCAN02
(0010,0010) PatientName          PN  {{NAME:MARCHAND^ODILE^T}}
(0010,0020) PatientID            LO  {{MRN:HP00382716}}
(0010,0030) PatientBirthDate     DA  {{DATE:19311105}}
(0010,0040) PatientSex           CS  F
(0010,1010) PatientAge           AS  {{AGE_OVER_89:093}}Y
(0010,1040) PatientAddress       LO  {{LOCATION:55 Quarry Rd}}^{{LOCATION:Rockport}}^ME^{{LOCATION:04856}}
(0010,2154) PatientTelephone     SH  {{PHONE:207-555-0149}}
(0018,0060) KVP                  DS  120
(0020,000D) StudyInstanceUID     UI  {{OTHER_ID:1.2.840.113619.2.55.3.604688119.971.1737550000.1}}
Compared against RIS order for {{NAME:MARCHAND, ODILE}}: match. Second file {{PHOTO:IM-0001-0043.dcm}} also checked. Closed by {{NAME:vpatel}}.
`,
  },
  {
    id: 'h5-024',
    kind: 'zpl-wristband-job',
    text: `
Wristband printer error log, printer ADM-WB-03, job re-sent {{DATE:2025-04-30}} 14:02:
^XA
^FO40,30^A0N,34,34^FD{{NAME:ABDULLAHI, FARHIYA}}^FS
^FO40,70^A0N,26,26^FDDOB: {{DATE:07/04/1958}}  F  Age: 66^FS
^FO40,100^A0N,26,26^FDMRN: {{MRN:40088213}}  FIN: {{ACCOUNT:9100455621}}^FS
^FO40,130^A0N,22,22^FDAttn: {{NAME:GUERRERO-VILLA, M}}  ALLERGY: PCN, LATEX^FS
^FO40,160^A0N,22,22^FDPalmSecure: {{BIOMETRIC:PV-22-0918375}}^FS
^FO500,40^BQN,2,4^FDQA,{{MRN:40088213}}^FS
^XZ
Reason: ribbon out. Old band removed and shredded by {{NAME:Aaliyah Crump}}, PCT. Two-identifier check with pt and son {{NAME:Mahad Abdullahi}}.
`,
  },
  {
    id: 'h5-025',
    kind: 'hospital-at-home-syslog',
    text: `
Hospital-at-home hub log extract attached to nursing note (pt {{NAME:Ignatius Mbeki-Rowe}}, MRN {{MRN:HH-2204519}}):
{{DATE:2025-08-11}}T02:14:07Z hub[{{DEVICE:HUB-4G-00A7731}}] INFO link up wan={{IP:198.51.100.77}} lte_rssi=-91
{{DATE:2025-08-11}}T02:14:09Z hub INFO paired spo2={{DEVICE:OX-BT-55190}} bp={{DEVICE:BPC-88023-K}} scale=none
{{DATE:2025-08-11}}T02:31:40Z spo2 WARN value=87 hr=112 threshold=88 patient_id={{MRN:HH-2204519}}
{{DATE:2025-08-11}}T02:31:41Z hub INFO alert sent to command center host={{IP:10.44.2.18}}
{{DATE:2025-08-11}}T02:36:02Z tablet INFO video call start user={{NAME:rnkowalski}} peer={{IP:203.0.113.45}} login=voiceprint:{{BIOMETRIC:VPR-HH-0771}}
{{DATE:2025-08-11}}T02:58:19Z spo2 INFO value=93 hr=96 (on 2 L via concentrator)
Nurse {{NAME:Renata Kowalski}}, RN: pt found with cannula off; replaced. Wife {{NAME:Portia Mbeki-Rowe}} ({{PHONE:414-555-0168}}) aware. Address
{{LOCATION:2716 N. Holton St}}, {{LOCATION:Milwaukee}}. Paramedic visit not needed.
`,
  },
  {
    id: 'h5-026',
    kind: 'fixed-width-legacy-extract',
    text: `
Legacy registration extract (fixed width), batch {{DATE:19-NOV-2024}}, rows 118-121. Columns: MRN(10) LAST(14) FIRST(12) DOB(8) SSN(9) ZIP(5) ACCT(10)
{{MRN:0000417762}}{{NAME:KALANI}}        {{NAME:MAKANA}}      {{DATE:19700316}}{{SSN:558550921}}{{LOCATION:96720}}{{ACCOUNT:A003381922}}
{{MRN:0000417763}}{{NAME:OYELARAN}}      {{NAME:ADEOLA}}      {{DATE:19881102}}{{SSN:621550744}}{{LOCATION:30310}}{{ACCOUNT:A003381923}}
{{MRN:0000417764}}{{NAME:NOWAKOWSKA}}    {{NAME:ZOFIA}}       {{DATE:19291224}}{{SSN:330550186}}{{LOCATION:60630}}{{ACCOUNT:A003381924}}
{{MRN:0000417765}}{{NAME:TAUFA}}         {{NAME:SIONE}}       {{DATE:20110507}}         {{LOCATION:84119}}{{ACCOUNT:A003381925}}
Row 121: SSN blank (minor). Row 120 flagged: age {{AGE_OVER_89:94}}, duplicate of MRN {{MRN:0000290115}}? Merge requested by {{NAME:dlefebvre}} on {{DATE:11/20/2024}}.
`,
  },
  {
    id: 'h5-027',
    kind: 'email-headers-forwarded',
    text: `
Forwarded by patient to clinic inbox, scanned into media tab:
Received: from mail.example.net ({{IP:192.0.2.214}}) by mx.clinic.example.org; Mon, {{DATE:14 Apr 2025}} 09:12:44 -0500
From: "{{NAME:Nkechi Ude}}" <{{EMAIL:nkechi.ude@example.net}}>
To: "Dermatology Nurse Line" <dermnurse@clinic.example.org>
Cc: {{EMAIL:obinna.ude@example.com}}
Date: Mon, {{DATE:14 Apr 2025}} 09:12:40 -0500
Subject: Fwd: pictures of my son's rash - {{NAME:Chukwuemeka}} DOB {{DATE:3/9/2019}}

Hello, these are the pictures ({{PHOTO:rash_day3.HEIC}}, {{PHOTO:rash_day4.HEIC}}). It started after the pool at {{LOCATION:Bellhaven Rec Center}} on {{DATE:4/9}}.
His cream from Dr. {{NAME:Fairweather}} is finished. My husband {{NAME:Obinna}} is cc'd. Mobile {{PHONE:404-555-0153}}.
-- sent from my phone
Nurse reply by {{NAME:Lydia Strand}}, RN {{DATE:04/14/2025}}: likely molluscum, appt booked {{DATE:4/22}}; photos moved to chart.
`,
  },
  {
    id: 'h5-028',
    kind: 'markdown-hbot-log',
    text: `
## Hyperbaric oxygen therapy - treatment log
**Patient:** {{NAME:Ferdinand}} "{{NAME:Ferdie}}" {{NAME:Castellano}} | **DOB:** {{DATE:1951-08-19}} | **MRN:** {{MRN:W00731845}} | **Dx:** osteoradionecrosis mandible (M27.2)
**Protocol:** 2.4 ATA x 90 min, 30 pre-op + 10 post-op (Marx). Referring: Dr. {{NAME:Yusuf Demirci}}, oral surgery.

| Tx # | Date       | Chamber | ATA | Air breaks | Ear (TEED) | Glucose | Tech |
|------|------------|---------|-----|------------|------------|---------|------|
| 1    | {{DATE:2025-01-06}} | 2 | 2.4 | 2 x 5 min | 0/0 | 142 | {{NAME:RJ}} |
| 2    | {{DATE:2025-01-07}} | 2 | 2.4 | 2 x 5 min | 1/0 | 131 | {{NAME:RJ}} |
| 3    | {{DATE:2025-01-08}} | 1 | 2.4 | 2 x 5 min | 0/0 | 155 | {{NAME:MLT}} |
| 4    | {{DATE:2025-01-09}} | 2 | 2.0 | held, URI  | 2/1 | 160 | {{NAME:MLT}} |

Tx 4 at 2.0 ATA per Dr. {{NAME:Ngozi Uchenna-Park}}; ENT (Dr. {{NAME:Abernathy}}) to see for myringotomy if TEED 3.
Wife {{NAME:Carmela}} drives; parking validation for plate {{VEHICLE:7RKD295}}.
`,
  },
  {
    id: 'h5-029',
    kind: 'yaml-referral-payload',
    text: `
Referral bot payload (YAML) stuck in queue, pasted for manual entry:
referral:
  id: {{OTHER_ID:RF-9931-204}}
  received: {{DATE:2025-05-19}}T16:40:00-04:00
  patient:
    name: "{{NAME:Oluwaseun Adeyinka-Bell}}"
    preferred_name: "{{NAME:Seun}}"
    dob: {{DATE:1987-02-11}}
    ssn_last4: "{{SSN:0776}}"
    phone: "{{PHONE:+1 (202) 555-0187}}"
    email: {{EMAIL:seun.ab@example.org}}
    address:
      line1: "{{LOCATION:1450 Harvard St NW}}"
      line2: "{{LOCATION:Unit 607}}"
      city: {{LOCATION:Washington}}
      zip: "{{LOCATION:20009}}"
  coverage:
    payer: Capitol Mutual Health
    member_id: {{HEALTH_PLAN:CFQ11893042}}
    group: 4400812
  billing_account: {{ACCOUNT:PB-7720194}}
  to_specialty: rheumatology
  reason: "ANA 1:640 speckled, dsDNA 88, C3 low; malar rash"
  intake_link: {{URL:https://intake.example.org/r/RF-9931-204?tok=8f2ac1}}
  referring_npi: {{OTHER_ID:1588206743}}
`,
  },
  {
    id: 'h5-030',
    kind: 'vaccine-clinic-qr-checkin',
    text: `
Pop-up flu/COVID clinic at {{LOCATION:St. Casimir Parish Hall}}, {{DATE:10/18/2025}}. QR check-in scans that failed to post (raw):
{{URL:https://checkin.example.org/v?pid=771203&n=WOJCIK_STANISLAW&dob=19400214}}
{{URL:https://checkin.example.org/v?pid=771219&n=LEAVITT_HOPE&dob=19820930}}
{{URL:https://checkin.example.org/v?pid=771224&n=MALIETOA_SINA&dob=20160511}}
Scanner tablet {{IP:172.16.40.23}} lost Wi-Fi 09:10-09:42.
Entered by hand: {{NAME:Stanislaw Wojcik}} (DOB {{DATE:02/14/1940}}, registry ID {{OTHER_ID:IIS-3300718}}), Fluzone HD 0.5 mL L deltoid lot UT8812JA;
{{NAME:Hope Leavitt}} ({{DATE:9/30/1982}}), Spikevax 2025-26 0.5 mL R deltoid; {{NAME:Sina Malietoa}} ({{DATE:5/11/2016}}) with mother {{NAME:Faafetai Malietoa}}, FluMist.
Vaccinators {{NAME:Bernadette Ng}}, RN and {{NAME:Tadeusz Zielinski}}, PharmD.
`,
  },
];
