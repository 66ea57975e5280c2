// train29 notes 4: incident and complaint reports (fall, medication error, family complaint and response,
// aggression, missing patient, lost property, car-park incident, needlestick).
export default [
  {
    id: 't29-028',
    kind: 'incident report (fall)',
    text: `
INCIDENT REPORT  Ref {{OTHER_ID:IR-2026-005513}}
Date/time of incident: {{DATE:07/02/2026}} 03:20   Location: {{LOCATION:Larkspur Ward}}, bay 2, {{LOCATION:Royal Cornwall Hospital}}, {{LOCATION:Truro}}
Person affected: {{NAME:Ezekiel Trevaskis}}, hospital no {{MRN:RCH7718204}}, age {{AGE_OVER_89:91}}
Description: Patient found on floor beside bed by HCA {{NAME:Malgorzata Pietrzak}}. He said he was "going to feed the chickens at {{LOCATION:Zennor}}". Bed rails down (documented decision), sensor mat {{DEVICE:AMT-5502-118}} not connected to the call system.
Injuries: skin tear left forearm, no head strike witnessed. Doctor (Dr {{NAME:Kwabena Osei-Tutu}}) reviewed at 03:45; no anticoagulant. CT head not indicated.
Next of kin: son {{NAME:Jory Trevaskis}}, informed 08:10 on {{PHONE:01872 555 306}}.
Reported by: {{NAME:Tegan}} (nurse in charge). Reviewed by ward manager {{NAME:Loveday Pascoe}} {{DATE:08/02/2026}}.
Severity: low harm. Duty of candour: verbal apology given to {{NAME:Jory}}.
`,
  },
  {
    id: 't29-029',
    kind: 'incident report (medication error)',
    text: `
Medication incident - {{DATE:Feb 21 2026}}
Patient {{NAME:Rangi Tawhiri-Lopez}}, MRN {{MRN:00561823}}, room 412, {{LOCATION:Mercy San Juan Medical Center}}, {{LOCATION:Carmichael}}.
Enoxaparin 40 mg given at 21:00 although the 09:00 dose had already been charted as given on the MAR. Discovered by {{NAME:Ngozi Abara}}, RN, at the 23:00 check. Pyxis {{DEVICE:PX-4410-0093}} log shows two withdrawals, both under badge {{OTHER_ID:B55-20417}}.
Patient informed by the hospitalist, Dr {{NAME:Vikram Raghunathan}}; his partner, {{NAME:Dolores Ybarra}}, was present and asked that their daughter {{NAME:Marisela}} be updated by phone ({{PHONE:916-555-0188}}).
No bleeding. Anti-Xa not required per pharmacy ({{NAME:Thuy Nguyen}}, PharmD).
Incident entered in the safety portal from {{IP:203.0.113.212}}; report link {{URL:https://safety.example.org/events/SJ-26-05521}}. Pharmacy faxed the dose-check sheet to the unit on {{FAX:916-555-0107}}.
Contributing factors: agency nurse new to the unit; MAR scanner ({{DEVICE:ZEB-DS8178-55201}}) failed at the bedside and the dose was documented later from the station.
Filed by {{NAME:Ngozi Abara}}, RN. Manager: {{NAME:Corbin Littlewolf}}.
`,
  },
  {
    id: 't29-030',
    kind: 'complaint letter from a relative',
    text: `
{{LOCATION:12 Heol y Felin}}
{{LOCATION:Pontypridd}}
{{LOCATION:CF37 4LP}}
{{DATE:2 March 2026}}

Patient Advice and Liaison Service
{{LOCATION:Royal Glamorgan Hospital}}

Dear Sir or Madam,
I am writing about my mother, {{NAME:Angharad Prosser}}, who was on Ward 9 from {{DATE:14 February}} to {{DATE:26 February}}.
On the Saturday my sister {{NAME:Nerys}} found Mam sitting in a wet bed at visiting time. A nurse called {{NAME:Kelechi}} was very kind, but the others told {{NAME:Nerys}} they were "short". Mam's dentures went missing and have not been found. Nobody told us she had been moved to the discharge lounge, and my brother-in-law {{NAME:Dafydd}} drove from {{LOCATION:Merthyr}} to the wrong place.
Mam is 87 and has lived in {{LOCATION:Cilfynydd}} all her life. She has not been the same since.
I would like a meeting with the ward sister and an apology. My phone number is {{PHONE:01443 555 782}} and my e-mail is {{EMAIL:gwen.prosser-lloyd@post.example.co.uk}}.
Yours faithfully,
{{NAME:Gwenda Prosser-Lloyd}}
`,
  },
  {
    id: 't29-031',
    kind: 'complaint response letter',
    text: `
Our ref: {{OTHER_ID:COMP/26/0441}}
{{DATE:20 March 2026}}

Dear Mrs {{NAME:Prosser-Lloyd}},
Thank you for your letter about your mother, Mrs {{NAME:Angharad Prosser}}. I am sorry for the distress caused.
I have spoken with Sister {{NAME:Bethan Rees-Adeyemi}} and the staff on duty. On {{DATE:15 February}} the ward had two nurses off sick; the nurse your sister spoke to, {{NAME:Kelechi Nwachukwu}}, has since been thanked for her care, and the staff who spoke to {{NAME:Nerys}} have reflected on what was said.
The dentures were not found; a claim for replacement has been opened (claim no. {{OTHER_ID:LP-555-3012}}).
About the transfer to the discharge lounge: we accept that the family should have been told, and that Mr {{NAME:Dafydd Prosser}} had a wasted journey. A new checklist is now used on Ward 9.
Sister {{NAME:Rees-Adeyemi}} would be pleased to meet you and {{NAME:Nerys}} on {{DATE:2 April}} in the {{LOCATION:Dewi Sant}} meeting room.
Yours sincerely,
{{NAME:Huw Tregaron}}
Director of Nursing, {{LOCATION:Royal Glamorgan Hospital}}, {{LOCATION:Ynysmaerdy}}, {{LOCATION:Llantrisant}} {{LOCATION:CF72 8XR}}
`,
  },
  {
    id: 't29-032',
    kind: 'incident report (violence and aggression)',
    text: `
V&A incident {{OTHER_ID:DATIX 118402}}  {{DATE:28/02/2026}} 22:50
Where: ED majors, {{LOCATION:Northwick Park Hospital}}, {{LOCATION:Harrow}}.
Patient {{NAME:Sorin Dumitrescu}} (hospital no {{MRN:NWP4410722}}) became agitated while waiting for a CT. He threw a chair toward HCA {{NAME:Yaw Boateng}} and shouted about his employer in {{LOCATION:Wembley}}. His friend, {{NAME:Ionut}}, tried to calm him.
Security officers {{NAME:Kaspars}} and {{NAME:Thabo Radebe}} attended; police called, incident number {{OTHER_ID:CAD 7731/28FEB}}. PC {{NAME:Lowri Jenkins-Asante}} took statements.
CCTV camera {{DEVICE:CAM-ED-07}} at IP {{IP:192.0.2.147}} recorded the event; footage saved as {{PHOTO:ED_majors_2250_280226.mp4}}.
No injury to staff. {{NAME:Yaw}} declined OH referral. Patient later apologised; alcohol level high.
Reporter: {{NAME:Sunita Raval}}, nurse in charge.
`,
  },
  {
    id: 't29-033',
    kind: 'missing patient report',
    text: `
MISSING PERSON (INPATIENT) - {{DATE:16 Feb 2026}}
Name: {{NAME:Hamish Bell-Oyinlola}}   DOB: {{DATE:30/11/1944}}   MRN: {{MRN:MH-0031187}}
Last seen: 14:05 in the day room of {{LOCATION:Rowan Ward}}, {{LOCATION:Carseview Centre}}, {{LOCATION:Dundee}}, by student nurse {{NAME:Eun-ji}}.
Description: white, 5'9", grey beard, blue anorak, carrying a Tesco bag. Walks with a stick. Known to head for the house where he grew up, {{LOCATION:23 Baffin Street}}, and for {{LOCATION:Broughty Ferry}} harbour.
Informed: police 14:40 (ref {{OTHER_ID:PS-20260216-0912}}); wife {{NAME:Catriona}} on {{PHONE:01382 555 614}}; daughter {{NAME:Rona Bell}} in {{LOCATION:Arbroath}}.
Outcome: found 16:20 by a bus driver, Mr {{NAME:Gurpreet Dhillon}}, at the stop on {{LOCATION:Arbroath Road}}; returned by police. Physical check by Dr {{NAME:Ainsley Mowat}}: cold, no injury.
`,
  },
  {
    id: 't29-034',
    kind: 'lost property report',
    text: `
Lost property report  {{DATE:03/03/26}}
Owner: {{NAME:Paulo Falaniko}}, ward 5B, {{LOCATION:Counties Manukau}} site, {{LOCATION:Middlemore Hospital}}
Item: hearing aid, right, Phonak, serial {{DEVICE:PH-2219-5583}}; also phone (Samsung, IMEI {{DEVICE:35-555012-448190-3}}).
Last seen on the meal tray at lunch. Porter {{NAME:Siaosi}} and domestic {{NAME:Ritu Prasad}} searched the trolley and the bins in the kitchen.
Mr {{NAME:Falaniko}}'s grandson, {{NAME:Iosefa}}, says the hearing aid was bought through ACC (claim {{OTHER_ID:ACC 5550 3317}}).
Notified: ward clerk {{NAME:Tui}}, security, and audiology at {{LOCATION:Manukau SuperClinic}}.
Contact for family: {{PHONE:09 555 0172}}, {{EMAIL:iosefa.f@mail.example.nz}}.
`,
  },
  {
    id: 't29-035',
    kind: 'security incident (car park)',
    text: `
Security log entry {{DATE:25 January 2026}} 19:32
Location: multi-storey car park, level 3, {{LOCATION:Ninewells Hospital}}.
A visitor, Mrs {{NAME:Aurelia Constantinescu}}, reported her car window smashed; a handbag with her blue badge and her husband's medication taken. Car: silver Skoda Octavia {{VEHICLE:SP68 UHX}}. Second vehicle damaged: {{VEHICLE:SV21 NNB}} (owner not known, note left).
Witness {{NAME:Declan Ferrie}} saw two youths run toward {{LOCATION:Menzieshill}}. Police ref {{OTHER_ID:PS-20260125-3318}}.
Cameras 14 and 15 (NVR {{IP:198.51.100.23}}): images exported to {{PHOTO:CP3_1932_250126_cam14.jpg}} and {{PHOTO:CP3_1932_250126_cam15.jpg}}.
{{NAME:Aurelia}}'s husband, {{NAME:Radu}}, is an inpatient on ward 8; pharmacy ({{NAME:Fenella}}) will re-supply. Taxi home to {{LOCATION:Lochee}} arranged.
Officer: {{NAME:Grzegorz}} (badge {{OTHER_ID:S-0419}})
`,
  },
  {
    id: 't29-036',
    kind: 'incident report (needlestick injury)',
    text: `
Sharps injury - staff incident {{OTHER_ID:OH-26-0211}}
Injured: {{NAME:Dagny Thorsdottir}}, staff nurse, employee no {{OTHER_ID:E0558120}}.
{{DATE:12/02/2026}} 10:15, treatment room, Ward 32, {{LOCATION:Freeman Hospital}}, {{LOCATION:Newcastle upon Tyne}}.
Hollow-bore needle after a subcutaneous injection to source patient {{NAME:Bartholomew Nkosi}} (MRN {{MRN:FRH0922174}}). Wound bled freely, washed. Reported to the nurse in charge, {{NAME:Precious}}.
Source consented to BBV testing; bloods taken by Dr {{NAME:Yusuf Erdogan}}. OH (Occupational Health) seen same day by Sister {{NAME:Maeve Doherty}}.
{{NAME:Dagny}}'s husband, {{NAME:Einar}}, collected her. She lives in {{LOCATION:Gosforth}}.
Staff badge and palm-vein template for the drug room ({{BIOMETRIC:PV-FRH-0558120}}) suspended while {{NAME:Dagny}} is on leave; her occupational health fax copy went to {{FAX:0191 555 0166}}.
Safety device not used: the retractable syringes ran out on {{DATE:10 February}}; stores order {{OTHER_ID:PO-555-77120}}.
`,
  },
];
