// train19 notes 7: claims and billing tool calls, device and biometric logs, RAG chunks, a no-PHI prompt.
export default [
  {
    id: 't19-055',
    kind: 'function call (insurance eligibility)',
    text: `
check_eligibility({"payer": "Aetna", "member_id": "{{HEALTH_PLAN:W555208841}}", "group": "0861552",
  "subscriber": {"name": "{{NAME:Marisol Echeverria-Ugarte}}", "dob": "{{DATE:1975-09-23}}", "ssn_last4": "{{SSN:0417}}"},
  "dependent": {"name": "{{NAME:Iker Echeverria}}", "dob": "{{DATE:2011-02-14}}"},
  "provider_npi": "{{OTHER_ID:1555029384}}", "service_date": "{{DATE:2026-12-01}}"})
-> {"eligible": true, "copay": 40, "account": "{{ACCOUNT:PT-ACCT-0093317}}", "notes": "address on file {{LOCATION:2207 Mission St}}, {{LOCATION:San Francisco}} {{LOCATION:94110}}"}
assistant: Coverage confirmed for {{NAME:Iker}}'s visit on {{DATE:December 1}} at {{LOCATION:UCSF Benioff Children's Hospital}}. The mother, {{NAME:Marisol}}, asked that statements go to her sister {{NAME:Itziar Ugarte Zubizarreta}} at {{LOCATION:455 Valencia St}}; guarantor account {{ACCOUNT:GTR-5550-22817}}. Full SSN {{SSN:000-41-0417}} stays masked in the UI.
`,
  },
  {
    id: 't19-056',
    kind: 'support ticket (pacemaker remote monitoring)',
    text: `
Case {{OTHER_ID:RM-44910}} - missed transmissions
Patient: {{NAME:Teodor Mihailescu}}, {{AGE_OVER_89:92}}, {{LOCATION:Cluj-Napoca}} (moved from {{LOCATION:Turda}} on {{DATE:01.10.2026}})
Device: Medtronic Azure pacemaker, serial {{DEVICE:RNB405512H}}; bedside monitor serial {{DEVICE:MC2-5550-7781}}
Last transmission {{DATE:14.10.2026}} from {{IP:192.0.2.144}}. Granddaughter {{NAME:Ioana Mihailescu-Pop}} ({{EMAIL:ioana.mpop@example.ro}}) says the monitor is unplugged at the new flat on {{LOCATION:Strada Motilor 58}}.
Clinic: {{LOCATION:Institutul Inimii Cluj}}, tech {{NAME:Andrei Rus}}.
Resolution ({{DATE:20.10.2026}}): {{NAME:Andrei Rus}} visited with the district nurse {{NAME:Mirela Szabo}}; monitor plugged in, 3 transmissions received. Dr {{NAME:Dan Olteanu}} reviewed: pacing 98% V, battery 6.1 years. Next in-clinic check {{DATE:April 2027}}.
`,
  },
  {
    id: 't19-057',
    kind: 'RAG chunk (occupational health, driving)',
    text: `
...[truncated] and therefore Mr {{NAME:Grzegorz Nowicki}} should not drive his HGV until reviewed. He had a first seizure on {{DATE:2 November 2026}} at the {{LOCATION:Tesco distribution centre}} in {{LOCATION:Daventry}}, witnessed by a colleague, {{NAME:Marek}}. CT head at {{LOCATION:Northampton General Hospital}} normal; EEG pending. DVLA licence {{LICENSE:NOWIC703150G99XK}}; employer notified with consent. He lives at {{LOCATION:8 Abington Grove}}, {{LOCATION:Northampton}} {{LOCATION:NN1 4QW}} with his partner {{NAME:Kasia Lewandowska}}. Keppra 500 mg BD started by Dr {{NAME:Olusegun Bankole}}. Occ health nurse {{NAME:Fern Hollis}}, {{PHONE:01604 555 233}}...
[next chunk] ...Group 2 licence rules apply: 5 years seizure-free off medication...
[next chunk] ...he asked that his mother {{NAME:Halina Nowicka}} in {{LOCATION:Rzeszow}} is not told. Return-to-work meeting booked {{DATE:4 December}} with HR adviser {{NAME:Summer Kaur}} at the {{LOCATION:Daventry}} site...
`,
  },
  {
    id: 't19-058',
    kind: 'agent scratchpad (identity verification)',
    text: `
verify_identity step log
- caller claims to be {{NAME:Precious Ndlovu}}, DOB {{DATE:30/04/1986}}
- kb: {{NAME:Precious Ndlovu}}, {{LOCATION:45 Jan Smuts Avenue}}, {{LOCATION:Parktown}}, {{LOCATION:Johannesburg}}; SA ID {{OTHER_ID:8604300555087}}
- voiceprint match score 0.91 against template {{BIOMETRIC:VP-ZA-220918}}
- caller gave old address in {{LOCATION:Bulawayo}} (Zimbabwe) first, then corrected
decision: verified (2 of 3). Share results only; refer medication queries to Dr {{NAME:Nomvula Sithole}} at {{LOCATION:Hillbrow Clinic}}.
- note: caller's cousin {{NAME:Thulani Khumalo}} on the account as proxy; his ID {{OTHER_ID:7901155555081}}, phone {{PHONE:+27 82 555 0416}}
- bank ref for co-payment {{ACCOUNT:FNB-62555018843}} - not read out
- final: sent the results link {{URL:https://results.example.co.za/r/7QK2-88TD}} by SMS to {{PHONE:+27 71 555 0399}}; logged by agent {{NAME:Lindiwe Mokoena}}
`,
  },
  {
    id: 't19-059',
    kind: 'prompt with no PHI (template request)',
    text: `
Write a generic patient leaflet on warfarin and INR monitoring. Mention vitamin K foods (spinach, kale), interactions with aspirin, ibuprofen and St John's Wort, and that Coumadin and Marevan are brand names. Keep it to 300 words, grade 7 reading level, suitable for clinics in Ontario, Wales and New South Wales. Do not include any patient names. Cite the CHEST guidelines and the Morisky scale only if needed.
Follow-up from the user: "Also make a version in Welsh and one in Punjabi. Refer people to their anticoagulation clinic or NHS 111 Wales." No names or addresses added.
`,
  },
  {
    id: 't19-060',
    kind: 'tool call (police and DVLA-style vehicle query)',
    text: `
{"tool": "log_incident", "args": {"type": "patient vehicle in ambulance bay", "reporter": "{{NAME:Hamish Cunningham}}",
 "site": "{{LOCATION:Raigmore Hospital}}, {{LOCATION:Inverness}}", "date": "{{DATE:2026-11-26}}",
 "vehicle": {"make": "Vauxhall Corsa", "plate": "{{VEHICLE:SV19 KXE}}", "vin": "{{VEHICLE:W0L0XCF0855123987}}"},
 "owner": "{{NAME:Morag Sinclair}} (patient in Ward 2C)", "owner_licence": "{{LICENSE:SINCL755128MS9AB}}",
 "cctv": "{{PHOTO:bay2_cam3_1426.mp4}}", "action": "moved by porter {{NAME:Duncan}} with keys from son {{NAME:Lachlan}}"}}
follow_up: {"tool": "notify_family", "args": {"to": "{{NAME:Lachlan Sinclair}}", "phone": "{{PHONE:07700 900858}}", "message": "Your mum's car was moved to the multi-storey at {{LOCATION:Old Perth Road}}, level 2."}}
incident closed by security supervisor {{NAME:Alasdair Munro}} on {{DATE:2026-11-27}}; second car (blue Skoda Octavia {{VEHICLE:SF22 LWN}}) belonged to visitor {{NAME:Eilidh Fraser}} from {{LOCATION:Nairn}}.
`,
  },
  {
    id: 't19-061',
    kind: 'eval transcript (de-identification of a referral)',
    text: `
INPUT: "Ref: {{NAME:Adjoa Mensah-Bonsu}}, 62, from {{LOCATION:Kumasi}}, now at {{LOCATION:Flat 2, 19 Peckham Rye}}, {{LOCATION:SE15 3NX}}. SSN (US, from previous insurer) {{SSN:000-55-4108}}. Card acct {{ACCOUNT:4111-0000-5550-1047}}. Seen at {{LOCATION:King's College Hospital}} {{DATE:10 Nov}}; daughter {{NAME:Akosua}} fax {{FAX:020 7946 0331}}."
EXPECTED: all 9 identifiers removed; "Ghana", "Twi" and "sickle cell" kept.
OUTPUT: 8/9 removed ("{{LOCATION:Kumasi}}" left). FAIL.
reviewer: {{NAME:o.adu-gyamfi}}
INPUT 2: "{{NAME:Kofi Boateng}}, {{AGE_OVER_89:90}}, {{LOCATION:Ridge Hospital}}, {{LOCATION:Accra}}; palm-vein ID {{BIOMETRIC:PV-GH-00418}}; SSN {{SSN:000-22-9174}}; bank acct {{ACCOUNT:GCB-1155-0093}}."
OUTPUT: all 7 removed. PASS.
`,
  },
  {
    id: 't19-062',
    kind: 'model answer (handover summary, Nordic)',
    text: `
Handover for tonight, {{LOCATION:Haukeland universitetssjukehus}}, post 3:
- {{NAME:Sigrid Aasland}} ({{AGE_OVER_89:95}}), hip # op {{DATE:25.11}}, delirium (4AT 6). Son {{NAME:Eirik}} sleeps in the relatives' room; daughter {{NAME:Solveig Aasland Berg}} travels from {{LOCATION:Voss}}.
- {{NAME:Aleksi Heikkinen}}, 58, Finnish tourist, NSTEMI; wife {{NAME:Aino}} at {{LOCATION:Hotel Norge}}. EHIC card {{HEALTH_PLAN:80246-0000555127}}.
- {{NAME:Nils-Ante Sara}}, 70, Sami reindeer herder from {{LOCATION:Kautokeino}}, pneumonia. North Sami interpreter by phone {{PHONE:+47 555 01 882}}.
On call: {{NAME:Kari Bjornstad}}.
- Bed 12: {{NAME:Liv Haugen}}, 44, awaiting {{LOCATION:Voss sjukehus}} transfer tomorrow; ambulance booked via {{NAME:Torstein}} at AMK.
Relatives' phone list in the ward office. {{NAME:Sigrid}}'s hearing aid (Oticon, serial {{DEVICE:OTC-2255-80913}}) is in the drawer.
Morning addendum ({{DATE:27.11}}): {{NAME:Aleksi Heikkinen}}'s insurer contact in {{LOCATION:Tampere}} ({{EMAIL:claims@example.fi}}) called; repatriation flight via {{LOCATION:Bergen Lufthavn Flesland}} considered. {{NAME:Nils-Ante}}'s sister {{NAME:Marit Sara Eira}} arrived from {{LOCATION:Karasjok}}.
`,
  },
  {
    id: 't19-063',
    kind: 'RAG chunks (dialysis unit letters)',
    text: `
[[doc 1]] ...who dialyses at {{LOCATION:Fresenius Kidney Care Mesa}} MWF second shift. Mr {{NAME:Hosteen Begay}} lives in {{LOCATION:Tuba City}} and drives 3 hours each way with his niece {{NAME:Shandiin Tsosie}}; their truck (plate AZ {{VEHICLE:CTN4417}})... 
[[doc 2]] ...AV fistula creation by Dr {{NAME:Raghav Menon}} at {{LOCATION:Banner Desert Medical Center}} on {{DATE:05/12/2026}}; Kt/V 1.4... Navajo is his first language; medicine man {{NAME:Ashkii Yazzie}} consulted with family consent...
[[doc 3]] ...transplant evaluation at {{LOCATION:Mayo Clinic Arizona}}, coordinator {{NAME:Lorena Beltran}} {{PHONE:480-555-0171}}, fax {{FAX:480-555-0172}}...
[[doc 4]] ...{{NAME:Hosteen Begay}}'s wife {{NAME:Nizhoni Begay}} died in {{DATE:June 2025}}; he now lives alone near {{LOCATION:Moenkopi}}. Social worker {{NAME:Darlene Manygoats}} at {{LOCATION:Tuba City Regional Health Care}}, {{PHONE:928-555-0114}}...
[[doc 5]] ...{{NAME:Hosteen}}'s home phone {{PHONE:928-555-0166}}; chapter house at {{LOCATION:Coalmine Canyon}}; niece {{NAME:Shandiin}} can be emailed at {{EMAIL:shandiin.t@example.net}}...
`,
  },
  {
    id: 't19-064',
    kind: 'support ticket (research consent and biobank)',
    text: `
Ticket {{OTHER_ID:BIO-7720}} | queue: Research IT
"{{NAME:Hakan Aydin}} withdrew consent on {{DATE:24 Nov 2026}} but his sample ({{OTHER_ID:BBK-55-000913}}) and fingerprint ID {{BIOMETRIC:FP-TR-88301}} are still in the study export at {{URL:https://biobank.example.com/export/2026-11}}. He is enrolled through {{LOCATION:Hacettepe University Hospital}}, {{LOCATION:Sihhiye}}, {{LOCATION:Ankara}}. Please delete. - {{NAME:Zeynep Karaca}}, study coordinator, {{EMAIL:zkaraca@example.edu.tr}}, {{PHONE:+90 312 555 0119}}"
Update by {{NAME:Emre Sahin}}: removed from export; DB row purged; licence key for the export tool rotated (SPSS licence unaffected).
Reopened {{DATE:26 Nov 2026}} by {{NAME:Zeynep Karaca}}: a second export on host {{IP:203.0.113.77}} still had the row. Photo of consent form {{PHOTO:consent_aydin_scan.jpg}} also removed. Participant's daughter {{NAME:Defne Aydin}} notified by post to {{LOCATION:Bahcelievler Mahallesi, 7. Cadde No 14}}, {{LOCATION:Cankaya}}.
Note: the fingerprint template {{BIOMETRIC:FP-TR-88301}} is also purged from the clinic's kiosk at {{LOCATION:Hacettepe Adult Hospital}}, per {{NAME:Emre Sahin}}.
`,
  },
];
