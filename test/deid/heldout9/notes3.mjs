// heldout9 notes 3: machine text in layouts the other sets did not use (h9-021..030).
export default [
{ id: 'h9-021', kind: 'EDIFACT lab report message', text: String.raw`
Interface error queue, message held (unknown sender code). Raw EDIFACT:
UNB+UNOC:3+LABNORD:ZZ+PRAXISWEST:ZZ+{{DATE:251103}}:0614+00004471'
UNH+1+MEDRPT:D:96A:UN'
BGM+LRP+{{OTHER_ID:LR2511030471}}+9'
DTM+137:{{DATE:20251103}}0614:203'
NAD+PO++{{NAME:Reinholt}}:{{NAME:Sabine}}::Dr.+{{LOCATION:Hauptstrasse 112}}+{{LOCATION:Bielefeld}}++{{LOCATION:33602}}'
COM+{{PHONE:0521 5550173}}:TE'
COM+{{FAX:0521 5550174}}:FX'
PNA+PAT++{{MRN:P0088211}}:PID+++WE:{{NAME:Kaczmarek}}+GN:{{NAME:Bogumila}}'
DTM+329:{{DATE:19380517}}:102'
ADR++1:{{LOCATION:Am Sparrenberg 9}}+{{LOCATION:Bielefeld}}++{{LOCATION:33602}}'
RFF+ZZZ:{{HEALTH_PLAN:K881204736}}'
RES+HB:14.2:g/dl'
RES+CREA:1.42:mg/dl'
RES+EGFR:34:ml/min'
UNT+14+1'
UNZ+1+00004471'
Note from interface analyst {{NAME:mschulte}}: patient age 87 per sender, mapping table row 88.
` },
{ id: 'h9-022', kind: 'VistA FileMan inquiry dump', text: `
Select PATIENT NAME: {{NAME:WOJNAROWSKI,CASIMIR T}}       {{DATE:03-12-1931}}    {{SSN:000-41-8826}}     YES     SC VETERAN
NAME: {{NAME:WOJNAROWSKI,CASIMIR T}}                   SEX: MALE
  DATE OF BIRTH: {{DATE:MAR 12,1931}}                  AGE: {{AGE_OVER_89:94}}
  STREET ADDRESS [LINE 1]: {{LOCATION:77 KOSCIUSZKO AVE}}   ZIP+4: {{LOCATION:18702-4410}}
  CITY: {{LOCATION:WILKES-BARRE}}                         STATE: PENNSYLVANIA
  PHONE NUMBER [RESIDENCE]: {{PHONE:570-555-0186}}
  PRIMARY ELIGIBILITY CODE: SC LESS THAN 50%          PERIOD OF SERVICE: KOREA
  CLAIM NUMBER: {{OTHER_ID:C 24 418 902}}
  K-NAME OF PRIMARY NOK: {{NAME:WOJNAROWSKI,HALINA}}    K-RELATIONSHIP TO PATIENT: DAUGHTER
  K-PHONE NUMBER: {{PHONE:570-555-0191}}
  DATE ENTERED: {{DATE:JUN 4,1996}}
Raw global: ^DPT(7712904,0)="{{NAME:WOJNAROWSKI,CASIMIR T}}^M^{{DATE:2310312}}^^^^^^{{SSN:000418826}}"
Printed by {{NAME:TKOVACH}} on {{DATE:NOV 18,2025}}@0912 at {{LOCATION:WILKES-BARRE VAMC}}.
` },
{ id: 'h9-023', kind: 'home gateway INI config', text: `
; Support ticket 55120 - home telemonitoring hub not uploading. Config exported by field tech {{NAME:Arturo Penaloza}}.
[hub]
serial={{DEVICE:HG2-00994417}}
firmware=4.2.17
wan_ip={{IP:100.72.14.203}}
lan_ip={{IP:192.168.1.44}}
[patient]
name={{NAME:Lorraine Bettencourt}}
dob={{DATE:1944-09-02}}
mrn={{MRN:2208841}}
address={{LOCATION:16 Ferry Landing Rd}}, {{LOCATION:Tiverton}} RI {{LOCATION:02878}}
caregiver_phone={{PHONE:+1-401-555-0133}}
[peripherals]
scale_sn={{DEVICE:BS-7712-0419}}
bp_cuff_sn={{DEVICE:BPC-44810773}}
spo2_sn={{DEVICE:OX3-55819}}
[upload]
endpoint=https://rpm.example.com/api/v2/readings
last_ok={{DATE:2025-11-02}}T06:15:00
alert_email={{EMAIL:rpm-nurses@example.com}}
` },
{ id: 'h9-024', kind: 'Windows event log XML', text: `
<Event><System><Provider Name="EpicPrintAgent"/><EventID>4104</EventID><TimeCreated SystemTime="{{DATE:2025-11-07}}T22:41:09Z"/>
<Computer>WS-ONC-3F-17</Computer></System>
<EventData><Data Name="User">{{NAME:kfairweather}}</Data><Data Name="ClientIP">{{IP:10.48.3.117}}</Data>
<Data Name="Document">Chemo calendar - {{NAME:PRZYBYLSKI, ZOFIA}} (MRN {{MRN:30072214}}) DOB {{DATE:1959-01-26}}</Data>
<Data Name="Printer">\\\\prt-onc-02</Data><Data Name="Pages">3</Data></EventData></Event>
<Event><System><EventID>4104</EventID><TimeCreated SystemTime="{{DATE:2025-11-07}}T22:44:51Z"/></System>
<EventData><Data Name="User">{{NAME:kfairweather}}</Data><Data Name="ClientIP">{{IP:10.48.3.117}}</Data>
<Data Name="Document">Face sheet - {{NAME:OKONKWO, CHIDERA}} SSN {{SSN:000-67-1140}}</Data></EventData></Event>
<Event><System><EventID>4104</EventID><TimeCreated SystemTime="{{DATE:2025-11-07}}T22:47:30Z"/></System>
<EventData><Data Name="User">{{NAME:kfairweather}}</Data><Data Name="Document">Insurance card copy - {{NAME:Okonkwo, Chidera}} - guarantor {{NAME:Emeka Okonkwo}} SSN {{SSN:000-67-2201}}</Data><Data Name="Pages">1</Data></EventData></Event>
Privacy note: printing outside her assigned clinic flagged by {{NAME:Ngozi Eze-Lawson}}, privacy analyst, case {{OTHER_ID:PRV-25-0912}}.
` },
{ id: 'h9-025', kind: 'DICOMweb QIDO JSON', text: `
QIDO-RS /studies?PatientID={{MRN:LH55091}} returned:
[{"00080020":{"vr":"DA","Value":["{{DATE:20251012}}"]},
  "00080050":{"vr":"SH","Value":["{{OTHER_ID:CT25-771209}}"]},
  "00080090":{"vr":"PN","Value":[{"Alphabetic":"{{NAME:Fairbairn}}^{{NAME:Douglas}}"}]},
  "00100010":{"vr":"PN","Value":[{"Alphabetic":"{{NAME:Tupou}}^{{NAME:Mele}}^{{NAME:Losana}}"}]},
  "00100020":{"vr":"LO","Value":["{{MRN:LH55091}}"]},
  "00100030":{"vr":"DA","Value":["{{DATE:19300214}}"]},
  "00101010":{"vr":"AS","Value":["{{AGE_OVER_89:095}}Y"]},
  "00081030":{"vr":"LO","Value":["CT HEAD WO CONTRAST"]},
  "00180060":{"vr":"DS","Value":["120"]},
  "00081190":{"vr":"UR","Value":["{{URL:https://pacs.example.org/dicomweb/studies/1.2.840.99999.7.25101244}}"]}}]
Retrieved from {{IP:172.20.14.9}} by {{NAME:ahernandez}}. Key image exported: {{PHOTO:tupou_ct_key1.dcm}}.
` },
{ id: 'h9-026', kind: 'HL7 v2 with escapes and CR markers', text: String.raw`
Trace from the interface engine (segments shown with <CR>):
MSH|^~\&|LABSYS|{{LOCATION:ROCKCASTLE}}|EHR|RRH|{{DATE:20251105}}1130||ORM^O01|88412|P|2.3<CR>
PID|1||{{MRN:RR0091283}}^^^MR||{{NAME:HOLLINGSHEAD}}^{{NAME:VERNA}}^{{NAME:MAE}}||{{DATE:19410628}}|F|||{{LOCATION:1402 CHESTNUT RIDGE RD}}^^{{LOCATION:MOUNT VERNON}}^KY^{{LOCATION:40456}}||{{PHONE:(606)555-0144}}<CR>
NTE|1||Dtr {{NAME:Sharla}} \T\ son-in-law {{NAME:Boyd Mullins}} will bring pt\F\call {{PHONE:606-555-0157}}<CR>
ORC|NW|{{OTHER_ID:ORD55120}}||||||||||{{NAME:PATEL}}^{{NAME:NIRAV}}^^^^MD<CR>
OBR|1|{{OTHER_ID:ORD55120}}||CBC^COMPLETE BLOOD COUNT|||{{DATE:20251105}}1100<CR>
DG1|1||D64.9^ANEMIA UNSPECIFIED^I10<CR>
` },
{ id: 'h9-027', kind: 'SQL result grid in incident ticket', text: `
INC-40127: duplicate reminder texts. Query output pasted by DBA {{NAME:Priyanka Raghunathan}}:
+--------+----------------------+------------+--------------+----------------------+
| pat_id | full_name            | dob        | mobile       | appt_ts              |
+--------+----------------------+------------+--------------+----------------------+
| {{MRN:771203}} | {{NAME:Esquivel, Marisa}}     | {{DATE:1985-02-11}} | {{PHONE:915-555-0118}} | {{DATE:2025-11-20}} 09:15:00  |
| {{MRN:771203}} | {{NAME:Esquivel, Marisa}}     | {{DATE:1985-02-11}} | {{PHONE:915-555-0118}} | {{DATE:2025-11-20}} 09:15:00  |
| {{MRN:802114}} | {{NAME:Yazzie-Begay, Rolanda}}| {{DATE:1972-12-30}} | {{PHONE:505-555-0172}} | {{DATE:2025-11-20}} 10:00:00  |
| {{MRN:455091}} | {{NAME:Thibodeau, Gaston}}    | {{DATE:1929-06-05}} | {{PHONE:915-555-0150}} | {{DATE:2025-11-21}} 13:30:00  |
+--------+----------------------+------------+--------------+----------------------+
4 rows in set (0.03 sec).
Second query (guarantors of the duplicated row):
| guar_acct    | guar_name            | guar_ssn    |
| {{ACCOUNT:G-00771203}}   | {{NAME:Esquivel, Ramon}}      | {{SSN:000-44-7120}} |
| {{ACCOUNT:G-00802114}}   | {{NAME:Begay, Lorenzo}}       | {{SSN:000-39-0418}} |
2 rows in set (0.01 sec). Root cause: retry loop in sms worker on host {{IP:10.201.8.44}}; fixed in build 7.3.2.
` },
{ id: 'h9-028', kind: 'print spooler and scan-to-email log', text: `
[scan2mail] {{DATE:2025-10-30}} 16:02:11 MFP-ORTHO-1 ({{IP:192.168.40.21}}) user={{NAME:jtremblay}}
  to={{EMAIL:rosalind.achebe@example.com}} subj="Your x-rays" att={{PHOTO:Scan_Achebe_R_knee_20251030.pdf}} size=2.1MB
[scan2mail] {{DATE:2025-10-30}} 16:05:40 MFP-ORTHO-1 user={{NAME:jtremblay}}
  to={{EMAIL:workcomp.claims@example.org}} subj="Claim {{OTHER_ID:WC-558-20931}} {{NAME:Achebe}} note" att=note.pdf
[spool] {{DATE:2025-10-30}} 16:07:02 job 4411 "Work status - {{NAME:Rosalind Achebe}} - DOB {{DATE:04/07/1977}}" -> prt-ortho-2 (2 pages)
Reviewer {{NAME:Ines Barrow-Castellanos}}: scan sent to patient's personal e-mail at her request (authorisation on file {{DATE:10/29/2025}}).
` },
{ id: 'h9-029', kind: 'GraphQL request log', text: `
POST /graphql  200  412ms  ip={{IP:2001:db8:4a1::17}}  ua="PortalApp/5.1 iOS"
query { patient(id: "{{MRN:PT-00918273}}") { name dob appointments(from: "{{DATE:2025-11-01}}") { id provider } } }
response: {"data":{"patient":{"name":"{{NAME:Hamid Karimzadeh}}","dob":"{{DATE:1966-08-19}}",
 "appointments":[{"id":"A-7712","provider":"{{NAME:Solveig Amundsen}}, MD"}]}}}
POST /graphql  200  95ms  ip={{IP:2001:db8:4a1::17}}
mutation { updateContact(patient: "{{MRN:PT-00918273}}", email: "{{EMAIL:h.karimzadeh@example.net}}", phone: "{{PHONE:+1 (818) 555-0129}}") { ok } }
mutation { uploadPhoto(patient: "{{MRN:PT-00918273}}", file: "{{PHOTO:IMG_4471_rash.HEIC}}") { url } } -> "{{URL:https://portal.example.com/media/PT-00918273/IMG_4471_rash}}"
` },
{ id: 'h9-030', kind: 'face-recognition door access audit', text: `
Behavioral health unit 4W - door controller audit, export {{DATE:11/09/2025}}
time      door          credential                    result   person
02:14:07  4W-MAIN       face:{{BIOMETRIC:FT-88120-ac41}}          GRANT    {{NAME:Ofori, Kwesi}} (RN)
02:15:30  4W-MEDROOM    palm:{{BIOMETRIC:PV-77310-0b9e}}          GRANT    {{NAME:Lindqvist, Marta}} (RN)
02:31:55  4W-MAIN       face:{{BIOMETRIC:FT-90033-17d2}}          DENY     unknown - matched visitor {{NAME:Darnell Whitlock}} (banned {{DATE:10/02/2025}})
02:32:40  4W-MAIN       badge 44710                   GRANT    Security Officer {{NAME:Bristow}}
Visitor's car per lot camera: black Dodge Charger {{VEHICLE:KTR-4409}} ({{PHOTO:lotcam_0232_frame118.jpg}}).
Patient involved: {{NAME:Whitlock, Jamal}}, MRN {{MRN:61190732}}. Report by {{NAME:Dale Honeycutt}}, house supervisor.
` },
];
