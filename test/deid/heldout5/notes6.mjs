// heldout5 notes 6: messages, noisy text, front-desk and programme logs, and two notes without PHI.
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-051',
    kind: 'portal-thread-typos',
    text: `
Portal thread - "travel letter for insulin pens" (export {{DATE:2025-07-01}})
[{{DATE:6/28/25}} 22:14] from {{NAME:Oleksandra Hnatyuk}} (proxy for son {{NAME:Taras}}):
  helo dr {{NAME:mcnamarra}} , we fly to {{LOCATION:Lviv}} on {{DATE:july 12}} to see babusia, need leter that {{NAME:Taras}} caries insulin pens + needles
  + his pump (omnipod, PDM serial {{DEVICE:PDM-88K2-41173}}) in hand luggage. his dob is {{DATE:4 sept 2012}} if need. Diakuiu!
[{{DATE:6/30/25}} 08:41] from {{NAME:Colm McNamara}}, MD:
  Dear Ms. {{NAME:Hnatyuk}}, letter attached. Please bring it with the pharmacy labels. Safe travels.
[{{DATE:6/30/25}} 19:02] from {{NAME:Oleksandra Hnatyuk}}:
  thank u so much!!! also my new email is {{EMAIL:olesya.hnatyuk@example.com}} plz update. and new cell {{PHONE:267 555 0147}}
Attachment: {{URL:https://portal.example.org/msg/att/55120934/Hnatyuk_Taras_travel_letter.pdf}}
Audit: message 1 sent from {{IP:100.64.22.190}}; message 3 from {{IP:2001:db8:4a1:22::7}}. Proxy access verified {{DATE:03/2024}}.
`,
  },
  {
    id: 'h5-052',
    kind: 'ocr-faxed-prescription',
    text: `
--- OCR TEXT OF INBOUND FAX, page 1 of 1, rec'd {{DATE:O3/O4/2O25}} 11:O2 from {{FAX:(8l6) 555-Ol84}} ---
 PR ESCRIPTION          {{LOCATION:P a r k v i e w   F a m i l y   M e d}}
 {{LOCATION:6O1 NW Barry Rd}} , {{LOCATION:Kansas Ci ty}} , MO {{LOCATION:64l55}}     Ph {{PHONE:816- 555 -Ol22}}
 Pt : {{NAME:AD EWALE  ,  FOLASADE}}      DOB : {{DATE:l2 /O7 / l96O}}
 Addr: {{LOCATION:8809 N  Oak Trfy  #3O4}}
 SS# {{SSN:49l-55-O238}}   Ins: MO HealthNet {{HEALTH_PLAN:1OO2884l9}}
 Rx: gabapentin 3OO mg caps  Sig: l cap PO TID   Disp: #9O (ninety)   RF: 2
 Dr. {{NAME:R. Kowalewski-Brandt}}    DEA {{LICENSE:BK4l9O227}}    NPI {{OTHER_ID:l447O9283l}}
 Date {{DATE:3-4-25}}      Signature on file
--- end of page. Fax sent to pharmacy {{FAX:816-555-0159}} by {{NAME:tbanerjee}} ---
`,
  },
  {
    id: 'h5-053',
    kind: 'lower-case-urology-dictation',
    text: `
urology clinic dictation, dictated {{DATE:10 24 2024}}, transcribed {{DATE:10 25 2024}}
patient is {{NAME:eustace obiora-grant}} date of birth {{DATE:april nine nineteen forty nine}} medical record {{MRN:u a s seven seven two one zero four}} social
{{SSN:four one two five five zero three eight six}} he is seen today with his wife {{NAME:pearl}} for psa of 9 point 4 up from 6 point 1 in march 
of this year comma mri prostate pi rads 4 lesion left peripheral zone 11 millimeters period he worked at the shipyard in {{LOCATION:pascagoula}} for 30
years and lives at {{LOCATION:one four one one magnolia bend}} in {{LOCATION:moss point}} period ipss 14 comma shim 17 comma ecog 0 period
plan mri fusion biopsy on {{DATE:november twelfth}} at {{LOCATION:gulf pines surgery center}} comma hold aspirin 5 days comma
cipro 500 one hour before period call {{PHONE:two two eight five five five zero one four six}} for questions period
dictated by doctor {{NAME:amadou diallo}} end of dictation
`,
  },
  {
    id: 'h5-054',
    kind: 'visitor-security-log',
    text: `
SECURITY DESK - VISITOR LOG, behavioural health unit 6W, {{DATE:11/30/2024}}
time  | visitor               | ID checked (state DL)     | visiting (pt)           | badge   | vehicle            | out
10:05 | {{NAME:Latrice Whitmore}}      | GA {{LICENSE:058441927}}              | {{NAME:Whitmore, Dion}}          | {{OTHER_ID:V-2218}}  | GA {{VEHICLE:RKX4471}}         | 11:20
10:40 | {{NAME:Peter}} "{{NAME:Petey}}" {{NAME:Vo}}   | GA {{LICENSE:061092334}}              | {{NAME:Vo, Kimberly}}            | {{OTHER_ID:V-2219}}  | --                 | 11:55
13:12 | {{NAME:Gwendolyn Ashby-Reyes}} | AL {{LICENSE:8812047}}                | {{NAME:Ashby-Reyes, Malachi}}    | {{OTHER_ID:V-2220}}  | AL {{VEHICLE:52AB119}}         | 14:30
Kiosk face match for restricted visitor list run on each; 13:12 visitor flagged as possible match to template {{BIOMETRIC:FM-BH-00917}} - cleared by
Sgt. {{NAME:Olufemi Adeyemi}} after ID review. Kiosk {{IP:10.60.8.15}}. Contraband check: none. Unit RN {{NAME:Bethany Korhonen}}.
`,
  },
  {
    id: 'h5-055',
    kind: 'milk-bank-donor-screen',
    text: `
HUMAN MILK BANK - DONOR SCREENING SUMMARY
Donor no. {{OTHER_ID:MB-D-250188}}   {{NAME:Summer Kealoha-Brandt}}, 33   DOB {{DATE:02/06/1992}}   Phone {{PHONE:(971) 555-0114}}
Infant: {{NAME:Rowan}}, born {{DATE:04/19/2025}} at {{LOCATION:Willamette Falls Birthing Center}}, thriving per Dr. {{NAME:Nadia Farouk}} (letter {{DATE:5/20/25}}).
Serology drawn {{DATE:05/22/2025}}: HIV 1/2 Ag/Ab NR, HTLV I/II NR, HBsAg NR, HCV Ab NR, syphilis NR.
Meds: levothyroxine 50 mcg (acceptable), no herbals. No tobacco, no cannabis (UDS neg). Alcohol: none.
Approved {{DATE:05/29/2025}}. Freezer check: home chest freezer -20 C. Milk drop-off: {{LOCATION:Clackamas Depot at Rosewood Clinic}}.
Donor portal: {{URL:https://donor.example.org/milk/MB-D-250188}} (login from {{IP:198.51.100.203}} recorded).
Screener {{NAME:Willa Pruett}}, IBCLC.
`,
  },
  {
    id: 'h5-056',
    kind: 'blood-donor-deferral-letter',
    text: `
{{LOCATION:Heartland Community Blood Center}}
{{DATE:September 8, 2025}}

Mr. {{NAME:Pham Duc Anh}}
{{LOCATION:1907 S. Grand Blvd, Apt B}}
{{LOCATION:Sioux Falls}}, SD {{LOCATION:57105}}

Donor ID: {{OTHER_ID:HCB-0477219}}

Dear Mr. {{NAME:Pham}},
Thank you for coming to the {{LOCATION:Empire Mall}} blood drive on {{DATE:August 30}}. Your identity was confirmed with your palm-vein
record ({{BIOMETRIC:PV-HCB-7711204}}). Your fingerstick haemoglobin was 12.1 g/dL, below our minimum of 13.0 g/dL for male donors,
so you were deferred for 8 weeks. You may donate again after {{DATE:October 25, 2025}}.
Your recent donation history and results are at {{URL:https://donors.example.net/history?d=HCB-0477219}}.
Questions: donor services {{PHONE:605-555-0193}}. Medical director: Dr. {{NAME:Ingeborg Tveit}}.
`,
  },
  {
    id: 'h5-057',
    kind: 'isolation-hotel-check-log',
    text: `
ISOLATION HOTEL PROGRAM - {{LOCATION:Lakeview Inn & Suites}}, {{LOCATION:2200 Frontage Rd}} - daily nurse check log
Guest: {{NAME:Ruth Okoye-Sandberg}}, {{AGE_OVER_89:97}}F (with daughter {{NAME:Adaeze Sandberg}} as caregiver), rm 214, folio {{ACCOUNT:LV-88130045}}.
Kiosk face check-in template {{BIOMETRIC:FC-LV-33018}}. Daughter's car in lot, MN plate {{VEHICLE:MKT 771}}.
{{DATE:1/14}} T 37.9 HR 92 SpO2 94% RA, cough, eating 50%. Paxlovid renally dosed (eGFR 41): 150/100 BID.
{{DATE:1/15}} T 37.4 HR 86 SpO2 95%. Pulse ox loaned serial {{DEVICE:PO-LV-2291}}.
{{DATE:1/16}} T 37.0 HR 80 SpO2 96%. Ambulating to bathroom with walker. Isolation ends {{DATE:01/20/2025}}.
Daughter cell {{PHONE:651-555-0161}}. PCP Dr. {{NAME:Halvard Rask}} at {{LOCATION:Roseville Family Physicians}} updated by fax {{FAX:651-555-0108}}.
Nurses: {{NAME:Mercy Adjei}}, RN; {{NAME:Tom Vue}}, LPN.
`,
  },
  {
    id: 'h5-058',
    kind: 'adult-protective-services-referral',
    text: `
ADULT PROTECTIVE SERVICES - REPORT FROM MANDATED REPORTER
Report {{DATE:02/12/2025}} 16:20 by {{NAME:Cheyenne Runningwater}}, LCSW, {{LOCATION:Big Horn Valley Clinic}}, {{PHONE:406-555-0172}}. APS intake {{OTHER_ID:APS-25-00719}}.
Vulnerable adult: {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Brubaker}}, {{AGE_OVER_89:90}}, DOB {{DATE:12/25/1934}}, SSN {{SSN:516-55-0393}}.
Address: {{LOCATION:77 Lodge Grass Rd}}, {{LOCATION:Hardin}}, MT {{LOCATION:59034}}.
Concern: grandson {{NAME:Travis Brubaker}} living in home; pt reports his SS check "goes to {{NAME:Travis}}", no food in home on visit {{DATE:2/11}},
wood stove out, indoor temp 51 F. Weight 54 kg (61 kg in {{DATE:Aug 2024}}). Pressure injury sacrum stage 2.
Grandson's pickup, MT plate {{VEHICLE:3-4471A}}, seen parked in drive. Neighbour {{NAME:Loretta Stands Over Bull}} ({{PHONE:406-555-0106}}) brings meals some days.
Capacity: MoCA 17/30. Medical POA unknown. Immediate safety: referred to {{LOCATION:Hardin Senior Living}} respite bed.
`,
  },
  {
    id: 'h5-059',
    kind: 'telepharmacy-verification-log',
    text: `
TELEPHARMACY REMOTE VERIFICATION LOG - remote site {{LOCATION:Wolf Point Clinic Pharmacy}} (cam {{IP:10.77.3.21}}) -> verifying pharmacist at hub ({{IP:10.77.0.9}})
Tech {{NAME:Kimberly Bearcrane}}, CPhT, login fingerprint {{BIOMETRIC:TP-FP-0329}}; pharmacist {{NAME:Hamid Rostami}}, RPh, MT licence {{LICENSE:PHA-RPH-LIC-6104}}, fingerprint {{BIOMETRIC:TP-FP-0017}}.
{{DATE:05/06/2025}} 09:14 Rx {{OTHER_ID:6620419}} {{NAME:Ortiz-Lonebear, Delphine}} DOB {{DATE:11/02/1971}} - metformin 500 mg #60. Images {{PHOTO:rx6620419_vial.jpg}}, {{PHOTO:rx6620419_label.jpg}}. VERIFIED 09:16.
{{DATE:05/06/2025}} 09:31 Rx {{OTHER_ID:6620427}} {{NAME:Fourstar, Willard}} DOB {{DATE:07/19/1958}} - lisinopril 20 mg #90. NDC mismatch (10 mg stocked) - REJECTED, re-picked, verified 09:40.
{{DATE:05/06/2025}} 10:02 Rx {{OTHER_ID:6620431}} {{NAME:Grant, Hope}} DOB {{DATE:03/03/2001}} - amoxicillin 875 mg #20. Counselling by video 10:05-10:09.
Counsel note: pt {{NAME:Fourstar}} called at {{PHONE:406-555-0128}} re: corrected strength.
`,
  },
  {
    id: 'h5-060',
    kind: 'patient-education-no-phi',
    text: `
HEAT ILLNESS AT ENDURANCE EVENTS - runner handout (rev. 2025)
Drink to thirst; do not drink more than about 800 mL per hour. Hyponatremia (sodium below 135 mmol/L) can kill.
Warning signs: confusion, vomiting, headache, collapse. A core temperature above 40 C with confusion is heat stroke: cool first, transport second.
Cold-water immersion cools about 0.15-0.20 C per minute. Ice towels rotated every 2-3 minutes help when no tub is available.
Do not take ibuprofen (e.g. 400 mg) during the race. Caffeine up to 3 mg/kg is fine if you are used to it.
If you take lisinopril, furosemide 20 mg or lithium, ask your doctor before race day. Those with sickle cell trait: pace carefully.
Medical tents are at miles 6, 13, 20 and the finish. Call 911 for chest pain. Race-day forecast: check the morning of the event.
Reviewed by the medical committee in March; next review in 2027. Questions: ask the tent staff, not the course marshals.
`,
  },
];
