// heldout8 notes 3: machine text in unfamiliar layouts (h8-021..030).
export default [
  {
    id: 'h8-021',
    kind: 'YAML medication reconciliation export',
    text: `
# medrec export v3 - generated {{DATE:2025-08-04}}T16:20:11-04:00 by {{NAME:kdesjardins}}
patient:
  name: "{{NAME:Okoro, Chidinma Blessing}}"
  mrn: "{{MRN:E66190428}}"
  dob: {{DATE:1990-03-27}}
  address: {line: "{{LOCATION:77 Ferncliff Ave, Unit 2}}", city: "{{LOCATION:Yonkers}}", state: NY, zip: "{{LOCATION:10705}}"}
  phone_mobile: "{{PHONE:914-555-0193}}"
  preferred_pharmacy: "{{LOCATION:Riverdale Apothecary}}, fax {{FAX:718-555-0140}}"
reconciled_by: {user: {{NAME:tbasquiat-lowe}}, role: PharmD, at: "{{DATE:2025-08-04}}T16:02"}
home_meds:
  - {drug: levothyroxine, dose: 88 mcg, freq: daily, ndc: "0378-1809-77", last_fill: "{{DATE:2025-07-12}}"}
  - {drug: sertraline, dose: 100 mg, freq: daily, rx_no: "{{OTHER_ID:RX7718204}}"}
  - {drug: enoxaparin, dose: 60 mg, freq: q12h, lot: "B2214K", note: "teaches self-injection; sister {{NAME:Ngozi}} helps"}
insurance: {payer: "Fidelis Care", member_id: "{{HEALTH_PLAN:FC0044721893}}", group: "G-77120"}
allergies: [penicillin (rash 2012), latex]
`,
  },
  {
    id: 'h8-022',
    kind: 'XCPD patient discovery XML',
    text: `
<!-- HIE patient discovery request captured for interface ticket INC-44821 ({{DATE:2025-05-16}}) -->
<PRPA_IN201305UV02 ITSVersion="XML_1.0">
  <creationTime value="{{DATE:20250516}}141522"/>
  <sender><device><id root="2.16.840.1.113883.3.7714" extension="EPIC-PRD"/><telecom value="https://hie.example.org/xcpd"/></device></sender>
  <queryByParameter>
    <livingSubjectName><value><given>{{NAME:Wilhelmina}}</given><given>{{NAME:Rae}}</given><family>{{NAME:Castellano-Brandt}}</family></value></livingSubjectName>
    <livingSubjectBirthTime><value value="{{DATE:19310709}}"/></livingSubjectBirthTime>
    <livingSubjectAdministrativeGender><value code="F"/></livingSubjectAdministrativeGender>
    <patientAddress><value><streetAddressLine>{{LOCATION:410 Magnolia Bluff Rd}}</streetAddressLine><city>{{LOCATION:Beaufort}}</city><state>SC</state><postalCode>{{LOCATION:29902}}</postalCode></value></patientAddress>
    <patientTelecom><value value="tel:{{PHONE:+1-843-555-0174}}"/></patientTelecom>
    <livingSubjectId><value root="2.16.840.1.113883.4.1" extension="{{SSN:000-71-4408}}"/></livingSubjectId>
    <livingSubjectId><value root="1.3.6.1.4.1.21367.13.20.3000" extension="{{MRN:BMH00412277}}"/></livingSubjectId>
  </queryByParameter>
</PRPA_IN201305UV02>
Ticket note ({{NAME:R. Okafor-Hale}}): patient is {{AGE_OVER_89:93}}; match failed because the responding gateway stores her as {{NAME:MINA CASTELLANO}}.
`,
  },
  {
    id: 'h8-023',
    kind: 'ASTM lab instrument records',
    text: `
Middleware trace, analyser CX-4 (chemistry), port COM3 -> LIS   captured {{DATE:09/18/2025}} by {{NAME:jmwangi}}
H|\\^&|||CX4^8.2.1|||||LIS||P|1|{{DATE:20250918}}073012
P|1||{{MRN:M00774129}}||{{NAME:FERREIRA^ANTONIO^J}}||{{DATE:19440228}}|M|||||DR {{NAME:HOLLOWAY}}
O|1|{{OTHER_ID:A25-261-00488}}||^^^BMP\\^^^MG|R||||||N||||SERUM
R|1|^^^NA|131|mmol/L|136-145|L||F||||{{DATE:20250918}}074455
R|2|^^^K|5.9|mmol/L|3.5-5.1|H||F
R|3|^^^CREA|2.41|mg/dL|0.7-1.3|H||F
R|4|^^^MG|1.5|mg/dL|1.7-2.2|L||F
C|1|I|Hemolysis index 2+; K may be falsely high|G
L|1|N
Comment: critical K not called (repeat pending); 6W-12 RN told at ext 4471. Analyser CX4-0089 QC in range.
`,
  },
  {
    id: 'h8-024',
    kind: 'infusion pump server log',
    text: `
pumpfleet.log (excerpt exported for safety event SE-25-1188)
ts={{DATE:2025-02-11}}T02:14:07Z host=pfs01 ip=10.44.12.7 evt=ALARM code=DOWNSTREAM_OCC pump_sn={{DEVICE:LVP8844172}} channel=B drug=heparin rate=18.0mL/h pt_id={{MRN:00388152}} room=4N-417
ts={{DATE:2025-02-11}}T02:14:55Z evt=SILENCE user={{NAME:awinterbottom}} badge_fp={{BIOMETRIC:FPT-7718-2204}}
ts={{DATE:2025-02-11}}T02:31:40Z evt=PROGRAM pump_sn={{DEVICE:LVP8844172}} user={{NAME:awinterbottom}} rate=1800mL/h WARN=HARD_LIMIT_OVERRIDE
ts={{DATE:2025-02-11}}T02:32:02Z evt=CANCEL user={{NAME:awinterbottom}} cosign_fp={{BIOMETRIC:FPT-6620-1178}} note="decimal error caught by second RN {{NAME:Marisol Quezada}}"
ts={{DATE:2025-02-11}}T02:40:11Z evt=SYNC wifi_ap=4N-AP3 pump_ip={{IP:172.20.31.88}} gateway=172.20.0.1
Reviewer summary: pt {{NAME:Cormac Delahunty}}, 67, on heparin nomogram; no harm. Pharmacy reviewer Dr. {{NAME:Anjali Mehra}}.
`,
  },
  {
    id: 'h8-025',
    kind: 'MPI duplicate merge ticket',
    text: `
HIM Data Integrity - Potential Duplicate Pair #DUP-2025-3307   Opened {{DATE:07/01/2025}}   Analyst: {{NAME:Shauna Pettibone}}
Record A: MRN {{MRN:3300417}}  {{NAME:NGUYEN, THANH LAN}}  DOB {{DATE:04/15/1959}}  SSN {{SSN:000-52-9917}}  {{LOCATION:1920 Delmar Blvd Apt 6}}, {{LOCATION:St. Louis}} MO {{LOCATION:63103}}
Record B: MRN {{MRN:3512268}}  {{NAME:NGUYEN, LAN T}}       DOB {{DATE:04/15/1959}}  SSN (none)       {{LOCATION:1920 Delmar}}, {{LOCATION:St Louis}} MO
Score 212/240 (probabilistic). Phone both {{PHONE:314-555-0157}}. Guarantor acct A {{ACCOUNT:G77410028}}, B {{ACCOUNT:G77922105}}.
Verified by phone with daughter {{NAME:Vy Tran}} on {{DATE:07/02/2025}}: same person; B created at ED registration during downtime.
Action: merge B into A {{DATE:07/03/2025}} 09:40 by {{NAME:spettibone}}; notify radiology (2 studies moved: accession {{OTHER_ID:RA-25-771204}}, {{OTHER_ID:RA-25-771219}}).
Not a duplicate: {{NAME:NGUYEN, THANH LAN}} DOB {{DATE:11/02/1988}} MRN {{MRN:2981554}} (different person, left alone).
`,
  },
  {
    id: 'h8-026',
    kind: 'LDIF directory entry for clinician',
    text: `
# LDIF export from provider directory, change request CR-8841 ({{DATE:2025-10-14}})
dn: uid={{NAME:eabernathy}},ou=Physicians,dc=valleyhealth,dc=example
cn: {{NAME:Eleanor Abernathy}}
givenName: {{NAME:Eleanor}}
sn: {{NAME:Abernathy}}
title: Hospitalist
mail: {{EMAIL:eleanor.abernathy@valleyhealth.example}}
telephoneNumber: {{PHONE:+1 509 555 0128}}
facsimileTelephoneNumber: {{FAX:+1 509 555 0129}}
physicalDeliveryOfficeName: {{LOCATION:Valley Regional Medical Center}}
street: {{LOCATION:3900 E Sprague Ave}}
l: {{LOCATION:Spokane Valley}}
postalCode: {{LOCATION:99206}}
employeeNumber: {{OTHER_ID:400771}}
npi: {{OTHER_ID:1912008847}}
waLicense: {{LICENSE:MD61044721}}
deaNumber: {{LICENSE:BA4418273}}
jpegPhoto:: (base64 omitted) file {{PHOTO:eabernathy_badge.jpg}}
palmVeinTemplateRef: {{BIOMETRIC:PV-0038-44172}}
description: covering for Dr {{NAME:Ravindran}} until {{DATE:2025-12-31}}
`,
  },
  {
    id: 'h8-027',
    kind: 'application stack trace with PHI',
    text: `
[ERROR] {{DATE:2025-04-22}} 03:17:45,882 [http-nio-8443-exec-12] c.v.portal.appt.BookingService - booking failed
com.valley.portal.appt.SlotConflictException: Slot {{DATE:2025-04-29}}/0930 already held for patient {{NAME:Precious Adjei-Mensah}} (mrn={{MRN:V00918233}}, dob={{DATE:2001-11-30}})
    at com.valley.portal.appt.BookingService.hold(BookingService.java:214)
    at com.valley.portal.appt.BookingController.book(BookingController.java:88)
Caused by: org.postgresql.util.PSQLException: duplicate key value violates unique constraint "slot_pk"
  Detail: Key (provider_id, start)=(ONC-07, {{DATE:2025-04-29}} 09:30) already exists.
Request: POST {{URL:https://portal.example.org/appt/book?patient=V00918233&ref=sms}} from {{IP:203.0.113.77}}
User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)
session user={{EMAIL:precious.am@example.com}} proxy_for=none
`,
  },
  {
    id: 'h8-028',
    kind: 'vaccine fridge excursion recall list',
    text: `
COLD CHAIN EXCURSION REPORT - {{LOCATION:Eastgate Pediatrics}}, {{LOCATION:Mesa}}   Unit: Fridge #2 (data logger DL-220)
Excursion {{DATE:01/18/2025}} 22:10 -> {{DATE:01/19/2025}} 06:45, max 14.2 C. Manufacturer says doses not viable. Reported by {{NAME:Brianna Holt}}, VFC coordinator.
Recall list (patients vaccinated from Fridge #2 after the excursion, before it was found):
patient,dob,vaccine,lot,given,parent,phone
"{{NAME:Yazzie, Kaden}}",{{DATE:2023-06-02}},DTaP-IPV-Hib,J55T2,{{DATE:2025-01-20}},{{NAME:Shandiin Yazzie}},{{PHONE:480-555-0102}}
"{{NAME:Alvarado, Sofia}}",{{DATE:2024-01-11}},PCV20,MK8891,{{DATE:2025-01-20}},{{NAME:Rosa Alvarado}},{{PHONE:480-555-0135}}
"{{NAME:Pham, Ethan}}",{{DATE:2020-09-29}},MMRV,X7714,{{DATE:2025-01-21}},{{NAME:Linh Pham}},{{PHONE:602-555-0181}}
"{{NAME:Whitaker, June}}",{{DATE:2024-03-15}},HepB,AB201,{{DATE:2025-01-21}},{{NAME:Garrett Whitaker}},{{PHONE:480-555-0166}}
Revaccination letters mailed {{DATE:01/22/2025}}; the {{NAME:Yazzie}} family asked for a text link instead: {{URL:https://book.example.com/eastgate/rv/KY-2214}}. Arizona state immunization registry (ASIIS) IDs updated: {{OTHER_ID:ASIIS-2280417}}, {{OTHER_ID:ASIIS-2280533}}.
`,
  },
  {
    id: 'h8-029',
    kind: 'PACS routing log',
    text: `
PACS route/forward log - outside study import queue
{{DATE:2025-03-06}} 11:02:13 C-STORE from AE=OUTSIDE_CD ip={{IP:192.168.40.25}} files=212 patient="{{NAME:HALLORAN^BRIDGET^M}}" pid={{MRN:HX-00471822}} study="CT CHEST W" studyDate={{DATE:20250301}}
{{DATE:2025-03-06}} 11:02:14 source disc: {{LOCATION:Mercy Hospital Ardmore}}, sending MRN {{MRN:AR4417209}}, key image {{PHOTO:IM-0001-0047.dcm}}
{{DATE:2025-03-06}} 11:04:51 RECONCILE by {{NAME:lfinnegan}}: match on name + DOB {{DATE:08/19/1947}}; new accession {{OTHER_ID:OS25-03-06-0091}}
{{DATE:2025-03-06}} 11:05:02 ROUTE -> AE=3DLAB ip={{IP:192.168.40.60}} (3D reconstruction for Dr {{NAME:Achterberg}})
{{DATE:2025-03-06}} 11:20:30 ROUTE -> cloud viewer link {{URL:https://images.example.net/share/7Hq2xKd91}} for referring PCP, expires {{DATE:2025-04-05}}
Note: 212 images; CTDIvol 8.4 mGy; DLP 312 mGy*cm.
`,
  },
  {
    id: 'h8-030',
    kind: 'portal web access log',
    text: `
Access log review for privacy complaint PC-25-0417 (patient {{NAME:Delphine Okwuosa}}, MRN {{MRN:4471092}})
{{IP:198.51.100.23}} - {{EMAIL:d.okwuosa@example.com}} [{{DATE:12/Jun/2025}}:19:02:11 -0500] "GET /chart/{{MRN:4471092}}/results HTTP/1.1" 200
{{IP:198.51.100.23}} - {{EMAIL:d.okwuosa@example.com}} [{{DATE:12/Jun/2025}}:19:03:40 -0500] "GET /chart/{{MRN:4471092}}/letters/visit-summary.pdf" 200
{{IP:100.66.7.140}} - {{EMAIL:kelechi.o@example.com}} [{{DATE:14/Jun/2025}}:07:45:02 -0500] "GET /chart/{{MRN:4471092}}/messages" 200 (proxy: husband {{NAME:Kelechi Okwuosa}}, proxy revoked {{DATE:May 30, 2025}})
{{IP:2001:db8:4d1::17}} - {{EMAIL:kelechi.o@example.com}} [{{DATE:14/Jun/2025}}:07:46:19 -0500] "GET /chart/{{MRN:4471092}}/photos/{{PHOTO:derm_upload_0611.jpg}}" 200
Finding: proxy revocation failed to propagate (cache). Direct link used: {{URL:https://mychart.example.org/chart/4471092/messages}}.
Investigator: {{NAME:Harriet Osei-Bonsu}}, privacy officer, {{PHONE:(708) 555-0142}}. Patient notified by letter {{DATE:06/20/2025}}.
`,
  },
];
