// heldout10 notes7: unusual casing, OCR and dumps (h10-059..064); h10-063 has no PHI.
export default [
{ id: 'h10-059', kind: 'ALL-CAPS search and rescue radio log', text: `
SEARCH AND RESCUE RADIO LOG -- INCIDENT {{OTHER_ID:SAR-25-0447}} -- {{LOCATION:OLYMPIC NATIONAL PARK}}
1412 RP {{NAME:MARGARET}} "{{NAME:PEGGY}}" {{NAME:LINDSTROM}} CALLED FROM {{PHONE:360-555-0128}}: HUSBAND {{NAME:HOWARD LINDSTROM}}, AGE {{AGE_OVER_89:90}}, FELL ON {{LOCATION:HOH RIVER TRAIL}} NEAR MILE 7.5.
1420 PAGED TEAM 2. LEADER {{NAME:OKONJO}} EN ROUTE IN SAR TRUCK WA EXEMPT {{VEHICLE:44718}}.
1455 PT VEHICLE LOCATED AT TRAILHEAD: WHITE SUBARU FORESTER WA {{VEHICLE:BRX4471}}.
1610 CONTACT. PT ALERT, GCS 15, HR 96, BP 100/62, R HIP PAIN, SHORTENED AND EXTERNALLY ROTATED. SPO2 95 (NOT AN AGE).
1615 GPS {{LOCATION:47.8612 N, 123.8871 W}}. LITTER CARRY X 6.
1840 HANDED TO {{LOCATION:FORKS COMMUNITY HOSPITAL}} MEDIC 61. PT DOB {{DATE:02 MAR 1935}}. MEDICARE {{HEALTH_PLAN:7RT4-KD2-MM18}}.
1850 DAUGHTER {{NAME:KRISTIN LINDSTROM-OYE}} NOTIFIED AT {{PHONE:206-555-0171}}; EMAIL {{EMAIL:KLOYE@EXAMPLE.COM}}.
LOG KEPT BY DISPATCHER {{NAME:R. TALLMAN}}. PHOTO OF SCENE {{PHOTO:SAR0447_SCENE1.JPG}}.
` },
{ id: 'h10-060', kind: 'all lower-case patient-portal message thread', text: `
from: {{EMAIL:tuppence.okoro@example.net}}  sent {{DATE:nov 3}} 11:48 pm
hi dr {{NAME:haverford}} its {{NAME:tuppence okoro}} again (dob {{DATE:4/19/84}}). the rash from the amoxicillin is spreading to my neck, pics attached {{PHOTO:rash_neck_1.jpg}} {{PHOTO:rash_neck_2.jpg}}. temp 99.1. my mom {{NAME:grace okoro}} says go to urgent care but the one on {{LOCATION:ridgeway ave}} closes at 9. can i take benadryl 25 mg? i weigh 61 kg. also my new insurance is member id {{HEALTH_PLAN:w447182019}} if that matters. call me {{PHONE:336 555 0109}}
---
reply from {{NAME:lhaverford}} (clinic), {{DATE:nov 4}} 8:02 am:
{{NAME:tuppence}} -- yes diphenhydramine 25-50 mg every 6 h is fine. stop amoxicillin. if lips or tongue swell go to {{LOCATION:moses cone hospital}} ed. i sent cetirizine to your pharmacy on {{LOCATION:battleground ave}}. -- {{NAME:lydia haverford}}, np
---
audit: message opened from {{IP:198.51.100.14}}; attachment store {{URL:https://portal.example.org/msg/99120/att}}
` },
{ id: 'h10-061', kind: 'OCR of a faxed veterans home admission face sheet', text: `
---- pg 1/2 ---- FR0M: {{FAX:(4O6) 555-Ol87}} ---- {{DATE:ll/O6/2O25}} 14:2l ----
M0NTANA VETERANS H0ME ADM1SSI0N FACE SHEET
Res1dent: {{NAME:Ha lvorson, Arn e}}    SSN: {{SSN:OOO-4l-8827}}   D0B: {{DATE:O7/l4/l93l}}   Age: {{AGE_OVER_89:94}}
VA f1le no: {{OTHER_ID:C-2887l04}}   Branch: USMC l95O-l953 (years only)
Prev addr: {{LOCATION:4l2 Sp ruce St}}, {{LOCATION:Co lumbia Fa lls}} MT {{LOCATION:599l2}}
N0K: {{NAME:Ing rid Ha lvorson}} (da ughter) ph {{PHONE:4O6-555-Ol44}}
Phys: Dr {{NAME:Okaf or}}   Medicare {{HEALTH_PLAN:5TR2-QW4-NK7l}}
Dx: CHF (I5O.9), CKD 3b, BPH. Allerg: sulfa.
Veh1cle to be st0red: l998 F0rd F-l5O M T {{VEHICLE:7-447lA}}
---- pg 2/2 ---- sent to {{LOCATION:Montana Veterans Home}}, {{LOCATION:Columbia Falls}}; resident ph0t0 {{PHOTO:res_ph0to_l1O6.tif}} ----
` },
{ id: 'h10-062', kind: 'key=value dump from a wearable fall-detection hub', text: `
event=FALL_DETECTED ts={{DATE:2025-11-17}}T05:42:19-05:00 subscriber_id={{OTHER_ID:SUB-0044718}} subscriber_name="{{NAME:Cordelia Pettigrew}}" age={{AGE_OVER_89:95}}
address="{{LOCATION:17 Old Post Rd}}, {{LOCATION:Wethersfield}}, CT {{LOCATION:06109}}" pendant_sn={{DEVICE:PD-77A1-0918}} hub_sn={{DEVICE:HB-4471-22}} hub_ip={{IP:192.168.0.117}}
voice_verify=voiceprint {{BIOMETRIC:VP-4471-CP}} result=match confidence=0.91 (not an age)
contact_1="{{NAME:Everett Pettigrew}}" phone={{PHONE:860-555-0156}} relation=son
contact_2="Mrs. {{NAME:Hollis}}" phone={{PHONE:860-555-0157}} relation=neighbor
dispatch=EMS eta_min=9 hr_bpm=104 spo2=96
billing_acct={{ACCOUNT:PERS-8812047}} plan_id={{HEALTH_PLAN:MA-HMO 447182201}}
care_portal={{URL:https://care.example.com/subscriber/SUB-0044718/events}}
` },
{ id: 'h10-063', kind: 'orthokeratology lens care instructions (no PHI)', text: `
ORTHO-K LENS CARE -- PATIENT HANDOUT (rev. 2025)
1. Wash hands with unscented soap; dry with a lint-free towel.
2. Insert lenses at bedtime with one drop of preservative-free saline in the bowl.
3. Remove in the morning with the DMV plunger after 2-3 drops of rewetting solution.
4. Clean with hydrogen peroxide 3% system for at least 6 hours; never use tap water.
5. Replace the lens case every 3 months; lenses yearly.
6. Call the office if redness, pain or blurred vision lasts more than 1 hour after removal.
Typical first-week acuity: 20/40 on day 1, 20/25 by day 7. Myopia up to -4.50 D and astigmatism up to 1.50 D.
Follow-up schedule: day 1, week 1, month 1, month 3, then every 6 months.
` },
{ id: 'h10-064', kind: 'YAML occupational health fit-for-duty record for a crane operator', text: `
record:
  type: fitness_for_duty
  worker: {name: "{{NAME:Tevita Fifita}}", dob: "{{DATE:1979-12-08}}", employee_no: "{{OTHER_ID:E-440718}}"}
  employer: Pacific Stevedoring Co   # employer, not PHI
  site: "{{LOCATION:Terminal 5, Port of Oakland}}"
  exam_date: "{{DATE:2025-11-06}}"
  vision: {od: "20/20", os: "20/25", color: "normal"}
  audiogram: {left_4k_db: 35, right_4k_db: 40}
  bp: "142/90"
  a1c: 6.9
  sleep_study: {ahi: 31, cpap_sn: "{{DEVICE:CP-4471820}}", compliance_pct: 82}
  cdl: "CA {{LICENSE:D4471882}}"
  crane_cert: "NCCCO {{LICENSE:0447182}}"
  ssn_last4: "{{SSN:8820}}"
  clinic: "{{LOCATION:Concentra Oakland}}"
  examiner: "{{NAME:Lucia Ferreira}}, DO"
  examiner_email: "{{EMAIL:lferreira@example.com}}"
  result: "fit with restriction: CPAP use >= 4 h/night, recheck {{DATE:May 2026}}"
  time_clock_enrol: "hand geometry {{BIOMETRIC:HG-7710}}"
  document: "{{URL:https://occhealth.example.com/ffd/E-440718/2025-11-06.pdf}}"
` },
];
