// heldout12 notes4: HL7 v2 in unfamiliar segment orders, CSV exports with odd headers, application logs
// (h12-031..040). A gold mark is {{TYPE:value}}; in HL7 a LAST^FIRST^MIDDLE field is one NAME span.
export default [
  {
    id: 'h12-031',
    kind: 'hl7-adt-a08-long',
    text: `
Interface error queue, message 88 of 112 (ADT^A08, rejected: IN2 before IN1):
MSH|^~\\&|REGADT|NWH|CLOVERLEAF|NWH|{{DATE:20251120}}143211||ADT^A08|MSG0044719|P|2.5.1
EVN|A08|{{DATE:20251120}}143200|||{{NAME:jkowalczyk}}^{{NAME:KOWALCZYK^JOANNA}}
PID|1||{{MRN:N0044718}}^^^NWH^MR~{{HEALTH_PLAN:1EG4TE5MK72}}^^^CMS^MC||{{NAME:ABERNETHY-SOLIS^GRACIELA^M}}||{{DATE:19300211}}|F|||{{LOCATION:1422 Cottonwood Ln}}^^{{LOCATION:Kearney}}^NE^{{LOCATION:68847}}||{{PHONE:(308)555-0148}}^PRN^PH|||W||{{ACCOUNT:V0099814477}}|{{SSN:000-23-4417}}
PD1|||{{LOCATION:Kearney Family Medicine}}^^4471|^{{NAME:HOLLOWAY^BRIDGET}}
ROL|1|AD|PP|^{{NAME:HOLLOWAY^BRIDGET^A}}|||||||||{{PHONE:(308)555-0160}}^WPN^PH~{{FAX:(308)555-0169}}^WPN^FX
NK1|1|{{NAME:SOLIS^REYNALDO}}|SON|{{LOCATION:88 W 39th St}}^^{{LOCATION:Kearney}}^NE^{{LOCATION:68845}}|{{PHONE:(308)555-0121}}
NK1|2|{{NAME:ABERNETHY^CLAUDE}}|BRO||{{PHONE:(402)555-0115}}|||||||||||||||||||||||||||||||{{AGE_OVER_89:97}}
PV1|1|I|{{LOCATION:CHI Health Good Samaritan}}^3N^312^1||||^{{NAME:ENGSTROM^PAUL}}
OBX|1|NM|21612-7^AGE^LN||{{AGE_OVER_89:95}}|a
IN2|1|{{SSN:000-23-4417}}|||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||
IN1|1|MCR|CMS|Medicare Part A||||||||||||{{NAME:ABERNETHY-SOLIS^GRACIELA}}|SEL
ZPI|1|{{PHOTO:N0044718_reg_photo.jpg}}|{{BIOMETRIC:PV-7730-44819}}
`,
  },
  {
    id: 'h12-032',
    kind: 'hl7-mfn-practitioner',
    text: `
Provider master file update (MFN^M02) from credentialing; STF/PRA rows for two clinicians:
MFI|PRA^Practitioner master file|CRED|UPD|||AL
MFE|MAD|{{DATE:20251117}}||{{OTHER_ID:PR-2231}}
STF|{{OTHER_ID:PR-2231}}||{{NAME:LINDQVIST-ADEYEMI^SOFIA^K}}|MD|F|{{DATE:19810922}}|A|||{{PHONE:(651)555-0142}}^WPN^PH~{{FAX:(651)555-0149}}^WPN^FX~^NET^Internet^{{EMAIL:slindqvist@example.org}}|{{LOCATION:2290 University Ave W}}^^{{LOCATION:Saint Paul}}^MN^{{LOCATION:55114}}
PRA|{{OTHER_ID:PR-2231}}||||||{{LICENSE:MN-58812}}^MD^MN~{{LICENSE:FL4471029}}^DEA|||NPI^{{OTHER_ID:1558204473}}
MFE|MAD|{{DATE:20251117}}||{{OTHER_ID:PR-2290}}
STF|{{OTHER_ID:PR-2290}}||{{NAME:MUKHERJEE^ARNAB}}|PA|M|||||{{PHONE:(651)555-0156}}^WPN^PH|{{LOCATION:Regions Hospital}}^^{{LOCATION:Saint Paul}}^MN
PRA|{{OTHER_ID:PR-2290}}||||||{{LICENSE:PA-7713}}^PA^MN|||NPI^{{OTHER_ID:1669305581}}
`,
  },
  {
    id: 'h12-033',
    kind: 'hl7-bar-p01',
    text: `
BAR^P01 from the billing interface (why is GT1 rejected?):
MSH|^~\\&|PATACCT|SJMC|CLAIMS|SJMC|{{DATE:20251121}}0610||BAR^P01|B771044|P|2.3
EVN|P01|{{DATE:20251121}}0610
PID|1||{{MRN:SJ-2204477}}||{{NAME:OYELOWO^TEMITOPE^A}}||{{DATE:19660504}}|M||||||||||{{ACCOUNT:40098877120}}
PV1|1|O|{{LOCATION:St. Joseph Medical Center}}^ENDO
DG1|1|I10|K21.9^Gastro-esophageal reflux disease without esophagitis^I10
PR1|1|CPT|43239^EGD with biopsy|{{DATE:20251118}}
GT1|1||{{NAME:OYELOWO^FUNMILAYO}}||{{LOCATION:6021 Bellaire Dr}}^^{{LOCATION:Tacoma}}^WA^{{LOCATION:98406}}|{{PHONE:(253)555-0187}}||{{DATE:19690312}}|F||SPO|{{SSN:000-66-1047}}
IN1|1|PRM01|60054|Premera Blue Cross|||||||||||{{NAME:OYELOWO^FUNMILAYO}}|02||||||||||||||||||{{HEALTH_PLAN:XJH604471928}}
`,
  },
  {
    id: 'h12-034',
    kind: 'hl7-oru-text-report',
    text: `
ORU^R01 with a free-text report in OBX|TX lines:
PID|1||{{MRN:00817744}}||{{NAME:DE LA FUENTE^ROSARIO^I}}||{{DATE:19410807}}|F
OBR|1|{{OTHER_ID:ORD44719}}|{{OTHER_ID:RAD-25-0918871}}|71046^XR CHEST 2V|||{{DATE:20251119}}2210
OBX|1|TX|IMP||Comparison: {{DATE:09/02/2025}}. Portable AP and lateral.||||||F
OBX|2|TX|IMP||New left lower lobe consolidation. Right PICC tip at the cavoatrial junction.||||||F
OBX|3|TX|IMP||Critical result called to {{NAME:Gwendolyn Asante}}, RN on 5 Mauka at 22:41 by Dr. {{NAME:Keoni Kahananui}}.||||||F
OBX|4|TX|IMP||Key images: {{PHOTO:DLF_CXR_20251119_key1.dcm}}, {{PHOTO:DLF_CXR_20251119_key2.dcm}}||||||F
NTE|1||Patient transferred from {{LOCATION:Kuakini Medical Center}}; daughter {{NAME:Leilani}} at {{PHONE:808-555-0128}}.
`,
  },
  {
    id: 'h12-035',
    kind: 'csv-odd-headers-outreach',
    text: `
exported from the pop-health tool; columns are the vendor's, not ours:
"PtNmLst","PtNmFst","DOB (mm-dd-yy)","AgeYr","Addr1","Cty","Zip5","PhPrim","PhAlt/FAX?","Ins#","LastA1c","Nxt Appt"
"{{NAME:Bjornsdottir}}","{{NAME:Sigrun}}","{{DATE:04-11-33}}","{{AGE_OVER_89:92}}","{{LOCATION:301 Harbor View Dr}}","{{LOCATION:Gig Harbor}}","{{LOCATION:98335}}","{{PHONE:253-555-0133}}","","{{HEALTH_PLAN:WA881047712}}","7.9","{{DATE:12-03-25}}"
"{{NAME:Ramirez Tejada}}","{{NAME:Ysabel}}","{{DATE:10-30-61}}","64","{{LOCATION:4417 S Yakima Ave}}","{{LOCATION:Tacoma}}","{{LOCATION:98408}}","{{PHONE:253-555-0175}}","{{FAX:253-555-0179}}","{{HEALTH_PLAN:WA220918344}}","9.4","{{DATE:12-09-25}}"
"{{NAME:Nakamura}}","{{NAME:Hideo}}","{{DATE:01-19-30}}","{{AGE_OVER_89:95}}","{{LOCATION:7 Orchard Loop}}","{{LOCATION:Puyallup}}","{{LOCATION:98371}}","{{PHONE:253-555-0102}}","","{{HEALTH_PLAN:WA330044719}}","6.8",""
"{{NAME:Oduya}}","{{NAME:Grace}}","{{DATE:07-07-80}}","45","{{LOCATION:12 Spruce Ct}}","{{LOCATION:Lakewood}}","{{LOCATION:98499}}","{{PHONE:253-555-0110}}","","{{HEALTH_PLAN:WA771029456}}","11.2","{{DATE:12-01-25}}"
`,
  },
  {
    id: 'h12-036',
    kind: 'csv-nemt-bookings',
    text: `
NEMT broker export, trips for {{DATE:2025-11-24}} (header row kept as-is):
trip_no;rider_last;rider_first;pickup_addr;pickup_city;dest_site;veh_plate;veh_vin;driver;wheelchair_y_n;notes
{{OTHER_ID:T-771044}};{{NAME:Mwangi}};{{NAME:Wanjiru}};{{LOCATION:5590 Lorain Ave}};{{LOCATION:Cleveland}};{{LOCATION:DaVita Lorain Dialysis}};{{VEHICLE:JKT 4417}};{{VEHICLE:1FDEE3FS8KDC44719}};{{NAME:D. Petrakis}};Y;chair 3 MWF
{{OTHER_ID:T-771045}};{{NAME:Hollis}};{{NAME:Arvella}};{{LOCATION:1180 E 105th St}};{{LOCATION:Cleveland}};{{LOCATION:Cleveland Clinic Main Campus}};{{VEHICLE:HBV 2290}};;{{NAME:R. Osei}};N;age {{AGE_OVER_89:93}}, escort {{NAME:Lorenzo Hollis}}
{{OTHER_ID:T-771046}};{{NAME:Szabo}};{{NAME:Istvan}};{{LOCATION:23 Elmwood Ave}};{{LOCATION:Lakewood}};{{LOCATION:Lakewood Hospital}} wound clinic;{{VEHICLE:JKT 4417}};;{{NAME:D. Petrakis}};N;call {{PHONE:216-555-0158}} on arrival
`,
  },
  {
    id: 'h12-037',
    kind: 'app-log-json-lines',
    text: `
pino logs from the refill-reminder service, level 30+ only:
{"level":30,"time":"{{DATE:2025-11-22}}T08:00:03.114Z","svc":"refill-remind","msg":"sms queued","to":"{{PHONE:+15705550143}}","patient":"{{NAME:Kavanagh, Siobhan}}","rx":"{{OTHER_ID:RX-4471902}}"}
{"level":40,"time":"{{DATE:2025-11-22}}T08:00:04.002Z","svc":"refill-remind","msg":"email bounced","to":"{{EMAIL:s.kavanagh.scranton@example.com}}","mrn":"{{MRN:GH-0771842}}"}
{"level":30,"time":"{{DATE:2025-11-22}}T08:01:12.880Z","svc":"portal-api","msg":"login ok","user":"{{NAME:mtrzaskowski}}","ip":"{{IP:203.0.113.77}}","faceMatch":"{{BIOMETRIC:FT-9f2c71e4}}"}
{"level":50,"time":"{{DATE:2025-11-22}}T08:01:15.441Z","svc":"portal-api","msg":"upload failed","file":"{{PHOTO:IMG_4471_rash_elbow.HEIC}}","user":"{{NAME:mtrzaskowski}}","ip":"{{IP:2001:db8:44:19::7}}","err":"EPAYLOAD"}
{"level":30,"time":"{{DATE:2025-11-22}}T08:02:40.017Z","svc":"billing","msg":"autopay ok","acct":"{{ACCOUNT:GB-55019872}}","card_last4":"{{ACCOUNT:4471}}"}
`,
  },
  {
    id: 'h12-038',
    kind: 'graphql-log',
    text: `
[gateway] {{DATE:2025-11-23}} 14:22:09 POST /graphql 200 412ms client={{IP:172.20.14.9}}
query PatientCard($mrn: String!) { patient(mrn: $mrn) { name dob phone address { line city zip } coverage { memberId } devices { serial } } }
variables: {"mrn":"{{MRN:KH-55102947}}"}
response: {"data":{"patient":{"name":"{{NAME:Ngata, Wiremu}}","dob":"{{DATE:1934-03-27}}","phone":"{{PHONE:(907) 555-0119}}",
 "address":{"line":"{{LOCATION:Mile 4.5 Tongass Hwy}}","city":"{{LOCATION:Ketchikan}}","zip":"{{LOCATION:99901}}"},
 "coverage":{"memberId":"{{HEALTH_PLAN:AKD-4471-0927}}"},"devices":[{"serial":"{{DEVICE:ICD-DR-PJN771044S}}"}]}}}
[gateway] {{DATE:2025-11-23}} 14:22:11 POST /graphql 200 96ms client={{IP:172.20.14.9}} op=AuditLog user={{NAME:hpaniani}}
`,
  },
  {
    id: 'h12-039',
    kind: 'ble-device-sync-log',
    text: `
glucose-meter pairing / sync trace (mobile SDK, verbose):
ts={{DATE:2025-11-19}}T06:58:02-07:00 evt=scan_found name="Contour NEXT" serial={{DEVICE:7802-4471-9930}} rssi=-61
ts={{DATE:2025-11-19}}T06:58:05-07:00 evt=paired owner="{{NAME:Benally, Marcus}}" acct={{ACCOUNT:GLU-0044719}} phone_ip={{IP:100.81.4.22}}
ts={{DATE:2025-11-19}}T06:58:09-07:00 evt=sync readings=14 last_value=214mg/dL meal_tag=fasting
ts={{DATE:2025-11-19}}T06:58:10-07:00 evt=share recipient="{{EMAIL:nurse.kayenta@example.org}}" caregiver="{{NAME:Rosita Benally}}" link={{URL:https://share.example.com/glucose/mbenally-7802}}
ts={{DATE:2025-11-19}}T06:58:12-07:00 evt=location lat={{LOCATION:36.7278}} lon={{LOCATION:-110.2546}} place="{{LOCATION:Kayenta}}" (chapter)
`,
  },
  {
    id: 'h12-040',
    kind: 'registration-change-history',
    text: `
Demographic change history, patient {{MRN:RMC-3310472}} (most recent first)
| when                | field          | old value                              | new value                           | user        |
|---------------------|----------------|----------------------------------------|-------------------------------------|-------------|
| {{DATE:2025-11-20}} 10:14 | legal_name     | {{NAME:Parveen Chaudhry}}                       | {{NAME:Parveen Chaudhry-Whitlock}}           | {{NAME:dmorrissey}}  |
| {{DATE:2025-11-20}} 10:15 | address        | {{LOCATION:77 Rosslyn Rd}}, {{LOCATION:Syracuse}} {{LOCATION:13208}}        | {{LOCATION:5 Lakeview Ter, Apt 3}}, {{LOCATION:Skaneateles}} {{LOCATION:13152}} | {{NAME:dmorrissey}}  |
| {{DATE:2025-11-20}} 10:15 | home_phone     | {{PHONE:315-555-0181}}                           | {{PHONE:315-555-0196}}                        | {{NAME:dmorrissey}}  |
| {{DATE:2025-11-20}} 10:16 | emergency_cont | {{NAME:Imran Chaudhry}} (brother)              | {{NAME:Neil Whitlock}} (spouse)              | {{NAME:dmorrissey}}  |
| {{DATE:2025-10-02}} 16:40 | drivers_lic    |                                        | NY {{LICENSE:771 044 928}}                      | kiosk-03    |
| {{DATE:2025-10-02}} 16:40 | id_photo       |                                        | {{PHOTO:RMC3310472_dl_scan.png}}              | kiosk-03    |
| {{DATE:2025-10-02}} 16:41 | palm_template  |                                        | {{BIOMETRIC:PS-00771A44}}                      | kiosk-03    |
`,
  },
];
