// heldout14 notes4.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-028',
    kind: 'e-mail thread with signatures and quoted replies',
    text: `
From: "{{NAME:Okonkwo, Chiamaka}}" <{{EMAIL:c.okonkwo@lakeviewhealth.example.org}}>
To: {{EMAIL:darnell.fitch@example.com}}
Cc: {{EMAIL:transitions@lakeviewhealth.example.org}}
Date: Tue, {{DATE:17 Nov 2026}} 09:41:07 -0600
Subject: RE: Dad's discharge to {{LOCATION:Briarwood}} - paperwork
X-Originating-IP: [{{IP:192.0.2.144}}]

Hi {{NAME:Darnell}},
{{LOCATION:Briarwood}} confirmed a bed for your father for Thursday {{DATE:11/19}}. They need the signed admission packet and a copy
of his Medicaid card ({{HEALTH_PLAN:IL-1120448839}}) before transport. I attached the PASRR result. His hospital account for
this stay is HAR {{ACCOUNT:40017788}} if the billing office calls you.

{{NAME:Chiamaka Okonkwo}}, MSW, LCSW | Transitions of Care
{{LOCATION:Lakeview Regional Hospital}} | {{LOCATION:1700 Grand Ave}}, {{LOCATION:Waukegan}}, IL {{LOCATION:60085}}
P {{PHONE:847-555-0120}} | F {{FAX:847-555-0121}}

> On Mon, {{DATE:Nov 16, 2026}} at 8:02 PM {{NAME:Darnell Fitch}} <{{EMAIL:darnell.fitch@example.com}}> wrote:
> Ms {{NAME:Okonkwo}} - my sister {{NAME:Renata}} and I toured {{LOCATION:Briarwood}} today. Pop ({{NAME:Clarence Fitch}}, room 4112) says he
> wants the room by the window lol. What do you need from us? I'm POA. My cell is {{PHONE:224-555-0164}}.
> -- 
> {{NAME:Darnell Fitch}} | {{LOCATION:Gurnee}} | sent from my phone
`,
  },
  {
    id: 'h14-029',
    kind: 'automated dispensing cabinet override report',
    text: `
ADC OVERRIDE & DISCREPANCY REPORT   facility {{LOCATION:Mercy Medical Center North Iowa}}   run {{DATE:2026-11-20}} 23:59
profile: OVERRIDE (no pharmacist verification)   cabinet 4E-MAIN   period {{DATE:11/20/2026}} 00:00-23:59
TIME   USER          BIO-ID                 PATIENT                  MRN        MED                       QTY  WITNESS
02:14  {{NAME:kschmitt}}      {{BIOMETRIC:FP#0x7A11C2}}         {{NAME:HOLM, ARNE}}               {{MRN:MC552190}}   naloxone 0.4 mg/mL          1   --
02:15  {{NAME:kschmitt}}      {{BIOMETRIC:FP#0x7A11C2}}         {{NAME:HOLM, ARNE}}               {{MRN:MC552190}}   ondansetron 4 mg inj        1   --
09:40  {{NAME:tmbeki}}        {{BIOMETRIC:FP#0x91F0B8}}         {{NAME:RASMUSSEN, DORTHE}}        {{MRN:MC553017}}   HYDROmorphone 1 mg inj      1   {{NAME:agarcia2}}
09:41  {{NAME:tmbeki}}        {{BIOMETRIC:FP#0x91F0B8}}         {{NAME:RASMUSSEN, DORTHE}}        {{MRN:MC553017}}   waste 0.5 mg                -   {{NAME:agarcia2}}
17:03  {{NAME:lhuang}}        PIN (bio fail x3)      {{NAME:ELK SHOULDER, MARIAN}}     {{MRN:MC550884}}   alteplase 1 mg (CathFlo)    1   --
DISCREPANCY {{OTHER_ID:DSC-26-4471}}: count 11 expected 12, lorazepam 2 mg/mL, pocket B3, found by {{NAME:lhuang}}, resolved by RPh
  {{NAME:Ogunleye}} 18:20 (documented waste missing for pt {{NAME:RASMUSSEN}}, age {{AGE_OVER_89:95}}).
Notes: user {{NAME:lhuang}} re-enrolled fingerprint 17:30, new template {{BIOMETRIC:FP#0x91F7D3}}; badge photo updated {{PHOTO:badge_lhuang_1120.jpg}}
`,
  },
  {
    id: 'h14-030',
    kind: 'wristband printer spool (ZPL) from a registration desk',
    text: `
^XA
^FX --- spool job 88141, printer {{LOCATION:Adventist Glen Oaks}} ED REG-2, user {{NAME:mvilla}}, {{DATE:2026-11-21}} 19:44 ---
^FO40,30^A0N,34,34^FD{{NAME:KALLIVAYALIL, ROSAMMA}}^FS
^FO40,70^A0N,26,26^FDDOB {{DATE:09/14/1933}}  {{AGE_OVER_89:93}}Y  F^FS
^FO40,100^A0N,26,26^FDMRN {{MRN:GO-2248193}}   FIN {{ACCOUNT:730019844}}^FS
^FO40,130^A0N,22,22^FDALLERGY: SULFA   ATT: {{NAME:DESAI, H}}^FS
^FO420,30^BY2^BCN,60,N,N^FD{{MRN:GO-2248193}}^FS
^FO420,100^BQN,2,3^FDQA,{{URL:https://pid.adventist.example.org/p/GO-2248193}}^FS
^XZ
^XA
^FX --- reprint requested by {{NAME:mvilla}}: wrong name spelling (was "{{NAME:KALIVAYALIL}}") ---
^FO40,30^A0N,34,34^FD{{NAME:KALLIVAYALIL, ROSAMMA}}^FS
^FO40,100^A0N,26,26^FDMRN {{MRN:GO-2248193}}   FIN {{ACCOUNT:730019844}}^FS
^XZ
`,
  },
  {
    id: 'h14-031',
    kind: 'nurse advice line call detail records (CSV)',
    text: `
call_id,start_utc,ani,member_id,caller_name,relationship,voice_id,disposition,callback,agent
{{OTHER_ID:NL-8812407}},{{DATE:2026-11-21}}T02:14:09Z,{{PHONE:+1-405-555-0113}},{{HEALTH_PLAN:OKH776120031}},"{{NAME:Bertha Nightengale}}",self,{{BIOMETRIC:VID-33017}},ED NOW,,{{NAME:rnkim}}
{{OTHER_ID:NL-8812411}},{{DATE:2026-11-21}}T02:31:50Z,{{PHONE:+1-405-555-0187}},{{HEALTH_PLAN:OKH772008104}},"{{NAME:Jolene Harjo}}",daughter,{{BIOMETRIC:VID-33102}},HOME CARE,{{PHONE:405-555-0187}},{{NAME:rnkim}}
{{OTHER_ID:NL-8812415}},{{DATE:2026-11-21}}T03:05:22Z,{{PHONE:+1-918-555-0148}},,"unknown caller",neighbor,,911 ADVISED,,{{NAME:rnpatel}}
{{OTHER_ID:NL-8812420}},{{DATE:2026-11-21}}T04:40:13Z,{{PHONE:+1-405-555-0126}},{{HEALTH_PLAN:OKH770331765}},"{{NAME:Wilbur Tsatoke}}",self,{{BIOMETRIC:VID-29984}},APPT 24H,{{PHONE:405-555-0126}},{{NAME:rnpatel}}
# note on {{OTHER_ID:NL-8812415}}: caller reported neighbour Mr {{NAME:Elmer Goodbear}} ({{AGE_OVER_89:92}}) on floor at {{LOCATION:610 S Choctaw Ave}}, {{LOCATION:El Reno}}; EMS dispatched
# {{OTHER_ID:NL-8812420}} continued as web chat from {{IP:198.51.100.61}}
# recordings: {{URL:https://qa.nurseline.example.com/rec/NL-8812407}}
`,
  },
  {
    id: 'h14-032',
    kind: 'ambulance patient care record (XML fragment)',
    text: `
<pcr id="{{OTHER_ID:PCR-2026-1121-0093}}" agency="Tri-County EMS" unit="Medic 12">
  <crew>
    <member role="lead" name="{{NAME:Ruben Castillo}}" cert="Paramedic" license="{{LICENSE:P-118204}}"/>
    <member role="driver" name="{{NAME:Kaylee Strand}}" cert="EMT" license="{{LICENSE:E-220917}}"/>
  </crew>
  <incident date="{{DATE:2026-11-21}}" type="MVC">
    <location>{{LOCATION:SR-99 NB at Avenue 12}}</location><city>{{LOCATION:Madera}}</city>
    <vehicle role="patient" plate="{{VEHICLE:8RTK551}}" vin="{{VEHICLE:2T1BURHE0JC044917}}" damage="front, airbags deployed"/>
    <vehicle role="other" plate="{{VEHICLE:6WHA220}}"/>
  </incident>
  <patient>
    <name><family>{{NAME:Sandoval}}</family><given>{{NAME:Refugio}}</given></name>
    <dob>{{DATE:1934-01-06}}</dob><age unit="years">{{AGE_OVER_89:92}}</age>
    <address>{{LOCATION:1820 Sunrise Ave}}, {{LOCATION:Madera}}, CA {{LOCATION:93638}}</address>
    <ssn>{{SSN:000-43-8817}}</ssn>
    <insurance payer="Medicare" id="{{HEALTH_PLAN:2KP9-YT6-RF18}}"/>
    <nok name="{{NAME:Graciela Sandoval Ortiz}}" relation="granddaughter" phone="{{PHONE:559-555-0124}}"/>
  </patient>
  <vitals time="15:02" bp="96/58" hr="112" rr="22" spo2="94" gcs="14"/>
  <destination>{{LOCATION:Community Regional Medical Center}}</destination>
  <attachments><file>{{PHOTO:scene_0093_01.jpg}}</file><file>{{PHOTO:scene_0093_02.jpg}}</file></attachments>
</pcr>
`,
  },
  {
    id: 'h14-033',
    kind: 'hospital visitor-management kiosk log',
    text: `
VISITOR LOG  {{LOCATION:Cedar Hills Rehabilitation Hospital}}  lobby kiosk K2   Sat {{DATE:21 Nov 2026}}
12:02 CHECK-IN  visitor {{NAME:Amadou Diallo}}  ID scanned: driver licence OR {{LICENSE:7781402}}  photo {{PHOTO:vis_k2_1202.jpg}}  face match {{BIOMETRIC:FM-2026-88101}}
      visiting {{NAME:Mariama Diallo}} (rm 214)   relationship: son   badge V-0412
12:05 CHECK-IN  visitor {{NAME:Kristin Vogel}}  ID scanned: driver licence WA {{LICENSE:VOGELKL518PA}}  photo {{PHOTO:vis_k2_1205.jpg}}
      visiting {{NAME:Herbert Vogel}} (rm 118, age {{AGE_OVER_89:96}})   face match {{BIOMETRIC:FM-2026-88102}} (0.97)
12:20 DENIED    visitor {{NAME:Troy Askew}}  ID: OR {{LICENSE:5520931}}  on restricted list for pt {{NAME:Vogel}} (order {{DATE:11/02/2026}})
      security notified (officer {{NAME:R. Dunbar}})  car in lot plate OR {{VEHICLE:412 LZT}} (per camera {{PHOTO:lot_cam2_1221.jpg}})
13:48 CHECK-OUT {{NAME:Amadou Diallo}}
14:10 CHECK-IN  visitor Pastor {{NAME:Ellen Rourke}}  clergy badge  visiting {{NAME:Mariama Diallo}}
sync to cloud {{IP:203.0.113.58}} OK
`,
  },
  {
    id: 'h14-034',
    kind: 'courier proof-of-delivery record for a specialty pharmacy',
    text: `
PROOF OF DELIVERY   order {{OTHER_ID:SP-4471102}}   carrier ref {{OTHER_ID:1Z55E4470394418822}}
Ship from: {{LOCATION:Orsini Specialty Pharmacy}}, {{LOCATION:Elk Grove Village}}, IL
Ship to:   Mr. {{NAME:Jerome Batiste}}, {{LOCATION:2210 Lapeyrouse St}}, {{LOCATION:New Orleans}}, LA {{LOCATION:70119}}
Contents: 1 cold-chain box (Rx {{OTHER_ID:RX-990184}}), temp logger {{DEVICE:TL-7704418}}
Delivered: {{DATE:11/20/2026}} 11:42 CST   Driver: {{NAME:Marcus Thibodeaux}} (route 14)
Received by: {{NAME:Loretta Batiste}} (wife)   Signature: {{PHOTO:pod_sig_4471102.png}}   Photo at door: {{PHOTO:pod_door_4471102.jpg}}
GPS at scan: {{LOCATION:29.97612, -90.07381}}
Exception: none. Logger max 7.8 C. Patient's refill hotline {{PHONE:1-877-555-0129}}; tracking
{{URL:https://track.orsini.example.com/pod/SP-4471102}}
`,
  },
  {
    id: 'h14-035',
    kind: 'integration engine error log (JSON lines)',
    text: `
{"ts":"{{DATE:2026-11-22}}T03:14:07.118Z","chan":"ADT_IN_REG","lvl":"ERROR","src":"{{IP:10.12.40.77}}","msg":"PID-19 format","pid3":"{{MRN:RMC8841027}}","pid5":"{{NAME:FOLAU^SIAOSI^T}}","pid7":"{{DATE:19340219}}","pid19":"{{SSN:000-55-1294}}X"}
{"ts":"{{DATE:2026-11-22}}T03:14:07.240Z","chan":"ADT_IN_REG","lvl":"WARN","msg":"PID-11 city not in table","pid11":"{{LOCATION:88 Kapiolani Blvd}}^^{{LOCATION:Hnl}}^HI^{{LOCATION:96814}}","age":"{{AGE_OVER_89:92}}"}
{"ts":"{{DATE:2026-11-22}}T03:15:52.003Z","chan":"ORU_OUT_HIE","lvl":"ERROR","dest":"{{URL:https://hie.example.net/fhir/Patient/RMC8841027}}","http":409,"msg":"duplicate subscriber","in1_36":"{{HEALTH_PLAN:HMSA-3372018804}}"}
{"ts":"{{DATE:2026-11-22}}T03:16:30.551Z","chan":"SIU_IN_SCHED","lvl":"ERROR","src":"{{IP:10.12.40.81}}","msg":"unknown provider","pv1_7":"{{OTHER_ID:PR-55210}}^{{NAME:KAHANANUI}}^{{NAME:LEIMOMI}}","acct":"{{ACCOUNT:V00044718290}}"}
{"ts":"{{DATE:2026-11-22}}T03:20:01.000Z","chan":"SYS","lvl":"INFO","msg":"retry queue 3 msgs; alert sent to {{EMAIL:interface-oncall@rmc.example.org}}; ticket {{OTHER_ID:INC0048812}} by svc_ensemble"}
`,
  },
  {
    id: 'h14-036',
    kind: 'appointment reminder SMS batch export (CSV)',
    text: `
batch,send_at,to,first_name,last_name,appt,clinic,confirm_link,status
R-1121,{{DATE:2026-11-23}} 09:00,{{PHONE:+17735550181}},{{NAME:Guadalupe}},{{NAME:Ocampo}},{{DATE:11/25}} 08:30,{{LOCATION:Pilsen Family Health}},{{URL:https://rmd.example.com/c/8fK2q}},DELIVERED
R-1121,{{DATE:2026-11-23}} 09:00,{{PHONE:+17735550146}},{{NAME:Bogdan}},{{NAME:Wisniewski}},{{DATE:11/25}} 09:15,{{LOCATION:Pilsen Family Health}},{{URL:https://rmd.example.com/c/8fK2r}},CONFIRMED
R-1121,{{DATE:2026-11-23}} 09:00,{{PHONE:+13125550107}},{{NAME:Ayesha}},{{NAME:Siddiqui}},{{DATE:11/25}} 10:00,{{LOCATION:Back of the Yards Clinic}},{{URL:https://rmd.example.com/c/8fK2s}},FAILED-LANDLINE
R-1121,{{DATE:2026-11-23}} 09:00,{{PHONE:+17735550163}},{{NAME:Precious}},{{NAME:Adebayo}},{{DATE:11/25}} 10:30,{{LOCATION:Back of the Yards Clinic}},{{URL:https://rmd.example.com/c/8fK2t}},REPLIED
# reply from {{PHONE:+17735550163}} {{DATE:11/23}} 09:04: "this is her mom {{NAME:Funmi}}, {{NAME:precious}} is at school, can we do friday"
# link click for row 2 from {{IP:100.64.22.18}} at 09:07 (confirmed)
# opt-outs: {{PHONE:+17735550190}} ({{NAME:Herrera, Jose}})  -- template ES-REM-2 v4, sender short code 55512
`,
  },
];
