// heldout4 notes, part 4: calls, messaging, exports, research, IT, medical ID, travel medicine.
export default [
  {
    id: 'h4-034',
    kind: 'poison control case record',
    text: `
REGIONAL POISON CENTER - CASE RECORD
Case # {{OTHER_ID:PC25-0411-0882}}   Call {{DATE:11-Apr-2025}} 19:42   SPI: {{NAME:M. Larkspur}}, RN, CSPI
Caller: {{NAME:Jasmine Whitfield}} (mother), at home in {{LOCATION:Louisville}}, {{PHONE:(502) 555-0179}}
Patient: {{NAME:Kai Whitfield}}, 2 y, 13 kg
Substance: great-grandmother's amlodipine 10 mg, up to 3 tablets missing (30 mg = 2.3 mg/kg), possibly metoprolol tartrate 50 mg. The great-grandmother ({{NAME:Odessa Whitfield}}, {{AGE_OVER_89:95}}) keeps pills in a weekly organiser.
Ingestion est. 19:15. Asymptomatic. HR 120 on mother's smartwatch.
Recommendation: ED now (toddler CCB + beta-blocker); charcoal if airway protected; observe 24 h.
Called ahead to {{LOCATION:Ohio Valley Children's Hospital}}, spoke with Dr. {{NAME:Felicity Ambrose}}.
Follow-up {{DATE:4/12}} 08:00: glucose 142, BP nadir 88/50, HR 110; no insulin needed; home {{DATE:4/12}} 20:00. Outcome: minor effect. Substance code 1001, outcome code 2.
`,
  },
  {
    id: 'h4-035',
    kind: 'nurse advice line telephone triage',
    text: `
NURSE ADVICE LINE - TELEPHONE TRIAGE (adult protocol: chest pain)
Call received Sat {{DATE:04/26/2025}} 23:48, after-hours line
Caller: patient {{NAME:Bill Haverford}}, DOB {{DATE:09/03/1961}}, callback {{PHONE:316-555-0124}}, MRN {{MRN:KS0091127}}
Identity verified by voiceprint match ({{BIOMETRIC:VP-7730-1184}}) and DOB.
Symptoms: pressure-like chest pain 6/10 x 40 min radiating to the left jaw, diaphoresis. HTN, T2DM (A1c 8.4). Took aspirin 81 mg x1.
Disposition: call 911 now. Caller agreed; wife {{NAME:Joyce}} dialling. Address for EMS: {{LOCATION:4419 N. Woodlawn St}}, {{LOCATION:Wichita}}, KS {{LOCATION:67220}}.
On-call Dr. {{NAME:Guy Ransome}} notified 23:55; ED at {{LOCATION:Wesley Plains Medical Center}} notified.
Follow-up call {{DATE:04/27/2025}} 08:10: admitted, inferior STEMI, PCI to RCA.
RN: {{NAME:Rhonda Mbeki}}, RN (KS license {{LICENSE:13-118204}})
`,
  },
  {
    id: 'h4-036',
    kind: 'secure clinician chat export',
    text: `
SECURE CHAT EXPORT - channel #5north-hospitalist, exported {{DATE:2025-04-17}} 18:02 by {{NAME:tnakashima}}
[{{DATE:2025-04-17}} 07:12] @{{NAME:rokafor}}: anyone covering bed 14? pt {{NAME:Elsbeth Varga}} ({{MRN:4471-0093}}) trop 0.09 -> 0.31
[07:13] @{{NAME:hcastellano}}: mine. she's {{AGE_OVER_89:90}}, type 2 MI vs ACS, EKG unchanged
[07:15] @{{NAME:rokafor}}: family wants cath?? son {{NAME:Gyorgy}} called at 6am
[07:16] @{{NAME:hcastellano}}: talked to him yesterday, goals comfort-leaning, will re-discuss. POLST says selective tx
[07:20] @{{NAME:jabernethy}}: echo can squeeze her in at 10, EF was 55 in {{DATE:Jan 2025}}
[07:31] @{{NAME:tnakashima}}: fyi pharmacy flagged heparin, wt is 41 kg not 54
[09:47] @{{NAME:hcastellano}}: family mtg moved to 3pm, son's cell {{PHONE:412-555-0157}}, daughter-in-law {{NAME:Kata}} emails from {{EMAIL:kata.varga77@webmail.example.com}}
[09:48] @{{NAME:rokafor}}: +1
[11:02] @{{NAME:jabernethy}}: prelim: new apical akinesis, EF 40, looks like takotsubo. clip {{PHOTO:VARGA_E_TTE_0417_A4C.dcm}}
[11:05] @{{NAME:hcastellano}}: will update family. thanks all
[14:10] system: @{{NAME:hcastellano}} signed in from {{IP:10.44.18.207}}
`,
  },
  {
    id: 'h4-037',
    kind: 'SMS appointment reminder log',
    text: `
SMS OUTBOUND/INBOUND LOG - reminders (vendor account 8812)
to={{PHONE:+15125550143}} sent={{DATE:2025-04-28}}T14:00Z msg="Hi {{NAME:Joy}}, reminder: MRI at {{LOCATION:Capitol Imaging - Mopac}} on Wed {{DATE:4/30}} at 7:15 AM. Reply C to confirm, R to reschedule. No metal. {{URL:https://txc.example.io/r/Jq8sK2}}"
to={{PHONE:+15125550188}} sent={{DATE:2025-04-28}}T14:00Z msg="MR. {{NAME:ADEWALE}}, your colonoscopy prep starts {{DATE:5/1}}. Video: https://www.gi-prep-videos.example.org/split-dose"
from={{PHONE:+15125550188}} recv={{DATE:2025-04-28}}T14:06Z msg="C. this is his daughter {{NAME:grace}}, he cant read texts"
to={{PHONE:+15125550121}} sent={{DATE:2025-04-28}}T14:01Z msg="{{NAME:Summer}}: Dr. {{NAME:Page}} has an opening tomorrow {{DATE:4/29}} 9:40a. Book: {{URL:https://txc.example.io/b/77QmZ1}}"
from={{PHONE:+15125550121}} recv={{DATE:2025-04-28}}T14:20Z msg="will take it!! thx"
to={{PHONE:+15125550166}} sent={{DATE:2025-04-28}}T14:02Z msg="Your results are ready. Log in at https://mychart.example.org to view. STOP to opt out"
to={{PHONE:+15125550109}} sent={{DATE:2025-04-28}}T14:03Z msg="{{NAME:Rich}} - balance 45.00 due on acct {{ACCOUNT:0098812207}}: {{URL:https://pay.example-billing.com/p/0098812207}}"
`,
  },
  {
    id: 'h4-038',
    kind: 'patient-reported outcomes CSV export',
    text: `
PROMs EXPORT (CSV) - joint replacement pathway - generated {{DATE:05/02/2025}} 01:00
response_id,mrn,patient_name,survey,timepoint,completed_at,score,ip_address,device
R-100441,{{MRN:LOSC-0071183}},"{{NAME:Pemberton, Guy}}",HOOS JR,6wk,{{DATE:2025-04-25}} 09:14,62.4,{{IP:68.112.40.19}},iPad
R-100442,{{MRN:RB-44120}},"{{NAME:Tennant, Will}}",KOOS JR,6wk,{{DATE:2025-04-22}} 20:51,58.9,{{IP:2600:1700:8e3a:4410::2b}},Android
R-100443,{{MRN:00-4471-982}},"{{NAME:Halvorsen, Ingrid}}",KOOS JR,6wk,{{DATE:2025-04-23}} 11:02,66.0,{{IP:174.62.9.250}},Windows
R-100444,{{MRN:LOSC-0071201}},"{{NAME:Fairbanks, Hope}}",PROMIS-10,pre-op,{{DATE:2025-04-30}} 16:45,GPH 42.3 / GMH 50.8,{{IP:98.203.77.14}},iPhone
R-100445,{{MRN:LOSC-0071215}},"{{NAME:Lucero, Dawn}}",EQ-5D-5L,1yr,{{DATE:2025-05-01}} 07:30,0.812 / VAS 80,,kiosk-clinic-3
# resend for R-100444: {{URL:https://proms.losc.example.org/s/HF-71201-aa93}}
`,
  },
  {
    id: 'h4-039',
    kind: 'clinical trial serious adverse event report',
    text: `
SERIOUS ADVERSE EVENT REPORT - Protocol ONC-AX-302 (NCT05588120)
Site 014 - {{LOCATION:Cedar Point Regional Medical Center}}   PI: {{NAME:Leopold Anand}}, MD
Subject ID {{OTHER_ID:014-0093}}   Initials {{NAME:R-T-M}}   Year of birth 1958   Sex F
Event: febrile neutropenia, CTCAE grade 4, onset {{DATE:18-MAR-2025}}, hospitalised {{DATE:19-MAR-2025}} to {{DATE:24-MAR-2025}}.
Study drug AX-118 200 mg PO daily, cycle 3 day 9; last dose {{DATE:17-MAR-2025}}. Interrupted; restarted at dose level -1 on {{DATE:07-APR-2025}}.
Relatedness: probably related. Expected per IB v6.0 section 5.3.
ANC nadir 0.1 x10^9/L, Tmax 39.4 C. Blood cultures: Klebsiella pneumoniae. Meropenem x5 d, G-CSF.
Study wearable serial {{DEVICE:WT-302-00471}}; ePRO diary {{URL:https://epro.example-cro.com/s/014-0093}} submitted from {{IP:71.205.33.146}}.
Outcome: recovered {{DATE:24-MAR-2025}}.
Reporter: {{NAME:Naledi Khumalo}}, CRC, {{EMAIL:nkhumalo@cedarpointonc.org}}, {{PHONE:503-555-0160}}. Sponsor safety fax {{FAX:+1 609 555 0133}}.
Initial report {{DATE:20-MAR-2025}}; follow-up 1 {{DATE:08-APR-2025}}.
`,
  },
  {
    id: 'h4-040',
    kind: 'biobank accession log',
    text: `
BIOBANK ACCESSION LOG - freezer F-07 (-80 C), rack 3
Consent form v4.2 ({{DATE:2024-02-01}}); IRB 2019-0417.
sample_id | donor | mrn | collected | type | aliquots | box/pos
{{OTHER_ID:BB-25-004471}} | {{NAME:QUIROGA, ESTEBAN}} | {{MRN:7730145}} | {{DATE:03-Apr-25}} 10:15 | plasma EDTA | 6 x 0.5 mL | B12/A1-A6
{{OTHER_ID:BB-25-004472}} | {{NAME:QUIROGA, ESTEBAN}} | {{MRN:7730145}} | {{DATE:03-Apr-25}} 10:15 | buffy coat | 2 | B12/A7-A8
{{OTHER_ID:BB-25-004480}} | {{NAME:MBEKI, NOMSA}} | {{MRN:8841207}} | {{DATE:04-Apr-25}} 14:40 | FFPE block from {{OTHER_ID:S25-09102}} | 1 | cabinet 2
{{OTHER_ID:BB-25-004491}} | {{NAME:von Ahlefeldt, Konstantin}} | {{MRN:5509318}} | {{DATE:07-Apr-25}} 08:05 | serum | 4 x 1 mL | B13/C1-C4
Note: {{NAME:N. Mbeki}} withdrew consent {{DATE:4/22/2025}}; block returned to pathology, aliquots destroyed (witness {{NAME:Carmen Oduya}}).
`,
  },
  {
    id: 'h4-041',
    kind: 'IT service desk incident (patient portal proxy)',
    text: `
IT SERVICE DESK - INCIDENT INC0098120 (P3) opened {{DATE:2025-04-15}} 08:22
Category: Patient Portal > Account access > suspected proxy misuse
Caller: {{NAME:Harriet Quinlan-Ross}} (HIM privacy), ext 5512, {{EMAIL:hquinlanross@ferncliffvalley.org}}
Description: portal user {{NAME:dawn.kessler84}} (patient {{NAME:Dawn Kessler}}, MRN {{MRN:FV-0311877}}) says she never granted proxy access to {{NAME:Kessler, Mark}}, linked {{DATE:04/12/2025}}. Proxy activity:
  {{DATE:2025-04-12}} 21:14:07  login OK  src {{IP:172.58.44.19}}
  {{DATE:2025-04-13}} 06:02:51  login OK  src {{IP:172.58.44.19}}
  {{DATE:2025-04-14}} 23:40:16  download CCD  src {{IP:2607:fb90:2a1c:77e0::1f}}  via node {{IP:10.20.4.31}}
Face re-enrolment template {{BIOMETRIC:FACE-TPL-00931-K}} created during the proxy link - revoke.
Profile photo uploaded by proxy: {{PHOTO:kessler_profile_20250412.heic}} (removed).
Record page: {{URL:https://portal.ferncliffvalley.org/patients/FV-0311877/proxies}}
Portal build 2024.11.3.117; KB https://kb.ferncliffvalley.org/portal/proxy-access
Action: proxy revoked 09:05; reset link sent to {{EMAIL:dawn.kessler84@inbox.example.com}}; privacy incident logged.
Resolved by {{NAME:Guy Okonkwo}} {{DATE:2025-04-15}} 11:48.
`,
  },
  {
    id: 'h4-042',
    kind: 'medical ID bracelet enrolment form',
    text: `
MEDICAL ID BRACELET ENROLMENT - pharmacy counter form
Member ID {{OTHER_ID:MID-0044-7718-2}}. Engraving: "TYPE 1 DIABETIC / INSULIN PUMP / ID {{OTHER_ID:MID-0044-7718-2}}"
Wearer: {{NAME:Jovanovic, Luka}}   DOB {{DATE:06/30/2001}}   {{PHONE:(720) 555-0195}}   {{EMAIL:luka.j01@mailbox.example.net}}
Address: {{LOCATION:2250 Larimer St Unit 1104}}, {{LOCATION:Denver}}, CO {{LOCATION:80205}}
Emergency contacts: {{NAME:Milica Jovanovic}} (mother, {{LOCATION:Belgrade}}) {{PHONE:+381 11 555 0142}}; {{NAME:Tess Ahlgren}} (partner) {{PHONE:720.555.0164}}
Conditions: T1DM since age 9, coeliac disease. No allergies.
Devices: insulin pump SN {{DEVICE:1209933}}; CGM transmitter ID {{DEVICE:8GM4KQ}}.
Physician: Dr. {{NAME:Farah Iqbal}}, {{LOCATION:Mile High Endocrine Associates}}, {{PHONE:303-555-0117}}.
Wallet card photo {{PHOTO:JOVANOVIC_L_walletcard.png}}; online profile {{URL:https://medid.example.com/m/MID-0044-7718-2}}
Enrolled {{DATE:April 29, 2025}} by {{NAME:Tony Reyes}}, {{LOCATION:Larimer Square Pharmacy}}.
`,
  },
  {
    id: 'h4-043',
    kind: 'travel medicine consultation',
    text: `
TRAVEL MEDICINE CONSULTATION   {{DATE:03/05/2025}}   {{LOCATION:Globetrotter Travel Health Clinic}}, {{LOCATION:Minneapolis}}
Traveller: {{NAME:Halima Abdirahman}}, 34 F, MRN {{MRN:TRV-20417}}, passport {{OTHER_ID:N48821907}}, self-pay account {{ACCOUNT:SP-88120-447}}
Itinerary: {{LOCATION:Nairobi}} and {{LOCATION:Mombasa}}, Kenya, {{DATE:4/20/2025}}-{{DATE:5/18/2025}}, then {{LOCATION:Hargeisa}}; visiting relatives, rural stays.
Given today: typhoid Vi (lot T2291A); yellow fever (ICVP signed); IPV booster. Hep A series completed 2018. MMR immune.
Rabies PrEP: day 0 today, day 7 on {{DATE:3/12}}.
Malaria: atovaquone-proguanil 250/100 mg daily from 1-2 days before until 7 days after return.
Travellers' diarrhoea: azithromycin 1 g single dose, standby.
Advised to enrol in the traveller programme at https://step.state.example.gov.
Contact in Kenya: brother {{NAME:Abdiqani Abdirahman}}, {{PHONE:+254 722 555 018}}.
Clinician: {{NAME:Bjorn Halvorsen}}, MD, CTH
`,
  },
  {
    id: 'h4-044',
    kind: 'travel clinic standing orders (no PHI)',
    text: `
TRAVEL CLINIC STANDING ORDERS - ADULT (reviewed annually)
Hepatitis A: 1440 ELISA units IM; dose 2 at 6-12 months.
Typhoid Vi polysaccharide: 25 mcg IM; revaccinate every 2 years if risk continues.
Japanese encephalitis: 0.5 mL IM day 0 and day 28 (accelerated day 0 and day 7, ages 18-65).
Yellow fever: 0.5 mL SC; contraindicated under 6 months and with thymus disorder; precaution age 60 and over.
Rabies PrEP: day 0 and day 7, 1 mL IM deltoid.
Oral cholera vaccine: 100 mL buffer, at least 10 days before travel.
Malaria chemoprophylaxis per the current Yellow Book chapter; G6PD before primaquine or tafenoquine.
Document lot, site and VIS edition; report reactions to VAERS.
Policy TM-007 version 12, approved by the Pharmacy & Therapeutics Committee in 2024. Questions: ext 2290.
`,
  },
];
