// heldout11 notes7: tool calls, audit trails, portal pastes and vendor payloads seen by the gateway (h11-059..064).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-059', 'llm-tool-call-transcript', String.raw`
assistant -> tool: lookup_patient({"name": "{{NAME:Ambrose Kettering-Yeo}}", "dob": "{{DATE:1932-09-15}}"})
tool -> assistant:
{"found": true, "mrn": "{{MRN:KH-00917744}}", "name": {"family": "{{NAME:Kettering-Yeo}}", "given": ["{{NAME:Ambrose}}", "{{NAME:Linus}}"]},
 "age": {{AGE_OVER_89:93}}, "ssn": "{{SSN:000-37-4418}}", "address": {"line": "{{LOCATION:77 Quarry Hill Rd}}", "city": "{{LOCATION:Montpelier}}", "state": "VT", "zip": "{{LOCATION:05602}}"},
 "coverage": [{"payer": "Medicare", "id": "{{HEALTH_PLAN:3PL8-HX2-RW19}}"}, {"payer": "AARP Supplement", "id": "{{HEALTH_PLAN:AS-44187220-11}}"}],
 "portal": {"user": "{{EMAIL:ambrose.ky@example.net}}", "last_login_ip": "{{IP:192.0.2.141}}", "login_method": "face", "face_template": "{{BIOMETRIC:FT-KH00917744-v2}}"},
 "emergency_contact": {"name": "{{NAME:Philippa Yeo}}", "relation": "daughter", "phone": "{{PHONE:+1-802-555-0164}}"},
 "chart_link": "{{URL:https://ehr.example-cvmc.org/chart/KH-00917744/summary}}"}
assistant -> tool: get_recent_labs({"mrn": "{{MRN:KH-00917744}}", "days": 30})
tool -> assistant: [{"loinc": "2160-0", "name": "Creatinine", "value": 1.62, "unit": "mg/dL", "date": "{{DATE:2025-11-12}}"}, {"loinc": "33914-3", "name": "eGFR", "value": 39, "date": "{{DATE:2025-11-12}}"}]
assistant -> user: Mr. {{NAME:Kettering-Yeo}}'s creatinine was 1.62 mg/dL on {{DATE:Nov 12}} (eGFR 39, CKD 3b). Metformin should be reduced to max 1000 mg/day; consider stopping if eGFR < 30.
`),

n('h11-060', 'portal-thread-lowercase', String.raw`
pls summarize what this pt wants, portal thread below (copied from inbasket):

from: {{NAME:tasha greer-okoro}} | sent {{DATE:11/22/25}} 1:14am
hey its {{NAME:tasha}} again. so the dr {{NAME:lindqvist}} said to send pics of the rash so here they are ({{PHOTO:20251121_231904.jpg}}, {{PHOTO:20251121_231922.jpg}}). also my husband {{NAME:dre}} got a parking ticket in ur garage on thurs when he brought me, plate {{VEHICLE:LVR 7741}}, can u validate it?? and i need the form for my job signed, my employee # is {{OTHER_ID:PX-200418}}. my ssn ends in {{SSN:0917}} if they need it lol. born {{DATE:june 3 1990}}. thx

from: {{NAME:tasha greer-okoro}} | sent {{DATE:11/22/25}} 9:40am
forgot - new address {{LOCATION:118 magnolia terr apt 2}}, {{LOCATION:decatur}} ga {{LOCATION:30030}}, and the pharmacy is {{LOCATION:kroger on n decatur rd}}. my daughter {{NAME:amara}} has the same rash now, shes 6, her chart is {{MRN:PD-4471823}}

from: {{NAME:kwame lindqvist}}, md | sent {{DATE:11/22/25}} 12:02pm
hi {{NAME:tasha}}, looks like it could be scabies for you and {{NAME:amara}} - nurse {{NAME:bev}} will call {{PHONE:404 555 0192}} today.
`),

n('h11-061', 'ehr-audit-trail-prompt', String.raw`
Our privacy officer asked me to explain this access log in plain English. Was anything inappropriate?

timestamp            | user       | name                | workstation    | ip            | auth                     | patient (MRN)                       | action
{{DATE:2025-11-15}} 02:11:07 | {{NAME:rbanerjee}}  | {{NAME:Rohan Banerjee}} RN    | WS-ED-14       | {{IP:10.16.4.114}}   | badge+FP {{BIOMETRIC:FP-0441-R1}}  | {{NAME:VANTERPOOL, Desmond}} ({{MRN:60017743}}) | chart open
{{DATE:2025-11-15}} 02:14:52 | {{NAME:rbanerjee}}  | {{NAME:Rohan Banerjee}} RN    | WS-ED-14       | {{IP:10.16.4.114}}   | badge+FP {{BIOMETRIC:FP-0441-R1}}  | {{NAME:VANTERPOOL, Desmond}} ({{MRN:60017743}}) | MAR admin
{{DATE:2025-11-16}} 23:48:30 | {{NAME:cquillfeather}} | {{NAME:Corinne Quillfeather}} | VPN           | {{IP:198.51.100.203}} | password+face {{BIOMETRIC:FC-0977-A}} | {{NAME:VANTERPOOL, Desmond}} ({{MRN:60017743}}) | demographics view, print
{{DATE:2025-11-16}} 23:51:02 | {{NAME:cquillfeather}} | {{NAME:Corinne Quillfeather}} | VPN           | {{IP:198.51.100.203}} | password+face {{BIOMETRIC:FC-0977-A}} | {{NAME:VANTERPOOL, Lisette}} ({{MRN:60021188}}) | demographics view
Notes: {{NAME:Corinne Quillfeather}} works in billing at the {{LOCATION:Christiansted}} office and is the ex-sister-in-law of the patient. Mr. {{NAME:Vanterpool}} complained on {{DATE:11/20}}; complaint {{OTHER_ID:PRV-25-0441}}. The printout was found in a car (Jeep, USVI plate {{VEHICLE:CBD 4418}}) in the lot.
`),

n('h11-062', 'vendor-support-chat', String.raw`
[Support chat transcript - PharmaVoice IVR refill line - ticket {{OTHER_ID:PV-881204}}]
Agent {{NAME:Kira}}: Thanks for contacting PharmaVoice support! How can I help?
Customer ({{NAME:Dolores Aguirre-Benn}}, pharmacist, {{LOCATION:Benn Family Pharmacy}}, {{LOCATION:Las Cruces}}): the voice login keeps failing for one of our patients, {{NAME:Rigoberto Salcido}}, DOB {{DATE:1941-04-02}}, Rx account {{ACCOUNT:BFP-00441872}}.
Agent {{NAME:Kira}}: I can see his voiceprint {{BIOMETRIC:VP-BFP-44187-03}} was re-enrolled on {{DATE:10/30/2025}} from caller ID {{PHONE:575-555-0126}}. The failed attempts on {{DATE:11/19}} came from {{PHONE:575-555-0129}}.
Customer: that's his son {{NAME:Arturo}}'s cell. can {{NAME:arturo}} have his own voiceprint as a proxy?
Agent {{NAME:Kira}}: Yes, enrol him at {{URL:https://enroll.example-pharmavoice.com/proxy?acct=BFP-00441872}}. The enrolment page logs the IP, ours shows the last attempt from {{IP:203.0.113.172}}.
Customer: ok. also please update his address to {{LOCATION:2410 Calle de Suenos}}, {{LOCATION:Mesilla}}, NM {{LOCATION:88046}}.
Agent {{NAME:Kira}}: Done! Anything else?
Customer: no thanks. our store NCPDP is 3244187, and my pharmacist license is {{LICENSE:RPH-4418}} if you need it.
`),

n('h11-063', 'chat-prompt-no-phi', String.raw`
explain to a new grad nurse, in plain words, how to use the CHA2DS2-VASc and HAS-BLED scores. use a made-up example: 78-year-old woman with hypertension and diabetes, prior TIA in 2021, CrCl 48 mL/min, on aspirin 81 mg. include what a score of 6 vs 2 means for anticoagulation, mention apixaban 5 mg BID vs 2.5 mg BID dose-reduction criteria (age >= 80, weight <= 60 kg, Cr >= 1.5 mg/dL), and when to call the provider. no real patient info please, this is for a teaching slide on Tuesday at 0730 for 4 West (ext 4417). ICD-10 I48.91, Z79.01.
Also add a table: CHA2DS2-VASc 0 = no anticoagulation, 1 = consider, >= 2 = recommend. HAS-BLED >= 3 = high bleeding risk, address modifiable factors (BP > 160 systolic, labile INR, alcohol >= 8 drinks/week, NSAIDs). Warfarin target INR 2.0-3.0. Reference: 2023 ACC/AHA/ACCP/HRS guideline, page 44.
`),

n('h11-064', 'yaml-placard-renewal', String.raw`
help me fill the DMV placard renewal from this intake (yaml from our forms app):

applicant:
  name: {{NAME:Ngozi Ifeoma Castellanos}}
  dob: {{DATE:1938-12-01}}
  age: 86
  dl_number: {{LICENSE:D4418-2207-1938}}    # state CA
  ssn_last4: "{{SSN:7720}}"
  address: {{LOCATION:5506 Carlton Way, Unit 9}}, {{LOCATION:Los Angeles}}, CA {{LOCATION:90028}}
  phone: "{{PHONE:323-555-0187}}"
  email: {{EMAIL:ngozi.castellanos@example.org}}
  photo: {{PHOTO:id_photo_2025-11-10.png}}
vehicles:
  - {plate: "{{VEHICLE:8KPW441}}", make: Toyota, model: Sienna, owner: self}
  - {plate: "{{VEHICLE:7RTD118}}", make: Honda, model: Fit, owner: "grandson {{NAME:Emeka Castellanos}}"}
certification:
  provider: {{NAME:Ludmila Oyarzun}}, MD
  license: {{LICENSE:A144187}}
  condition: "cannot walk 200 ft without stopping (COPD, GOLD 3, FEV1 0.98 L), uses rollator"
  duration: permanent
  signed: {{DATE:2025-11-10}}
submission:
  portal: {{URL:https://forms.example-dmv.ca.gov/placard/REG-195-4418220}}
  client_ip: {{IP:172.16.44.18}}
`),
];
