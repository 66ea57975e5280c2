// heldout13 notes4: devices, images and biometrics (h13-031..040). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-031',
    kind: 'implanted PA-pressure sensor readings export',
    text: `
PA PRESSURE SENSOR - PATIENT READINGS EXPORT  (clinic: {{LOCATION:Ochsner Heart and Vascular Institute}} HF program)
patient={{NAME:Lafayette Broussard}}  mrn={{MRN:OCH-7104418}}  dob={{DATE:1931-01-17}}  age={{AGE_OVER_89:95}}  ssn={{SSN:000-31-7702}}
sensor_sn={{DEVICE:PA18-441882}}  electronics_unit_sn={{DEVICE:EU-2207-8841}}  implanted={{DATE:2025-06-04}}
date        sys/dia/mean  HR  goal mean
{{DATE:2026-11-14}}  41/19/28     78  18-25
{{DATE:2026-11-15}}  44/21/30     81  18-25  -> RN call, furosemide 40 -> 80 mg x3 d
{{DATE:2026-11-17}}  36/15/24     74  18-25
Uploads from home modem {{IP:192.168.4.37}} via relay {{IP:203.0.113.58}}. Portal: {{URL:https://hf.monitor.example.com/patients/OCH-7104418}}
RN {{NAME:Celestine Arceneaux}}; caregiver niece {{NAME:Mireille Broussard}} {{PHONE:504-555-0186}}.
`,
  },
  {
    id: 'h13-032',
    kind: 'LVAD controller alarm log review',
    text: `
VAD CLINIC - controller log download {{DATE:11/03/2026}}   {{LOCATION:Intermountain Medical Center}}
Pt {{NAME:Hamid Rezaei-Lund}}  MRN {{MRN:IMC55018827}}  DT LVAD implanted {{DATE:02/14/2025}}
Pump SN {{DEVICE:HM3-441882}}   primary controller SN {{DEVICE:CTL-7720418}}   backup controller SN {{DEVICE:CTL-7720555}}
Alarm history (last 30 d):
{{DATE:10/12/2026}} 03:10  LOW FLOW 2.4 L/min (speed 5400 rpm, PI 2.1)  - drank 3 L after ED visit?
{{DATE:10/20/2026}} 22:47  DRIVELINE FAULT (power cable)  - swapped to backup controller by wife {{NAME:Shirin}}
{{DATE:10/21/2026}} 08:15  CONTROLLER FAULT CLEARED
Driveline exit site photos {{PHOTO:DL_exit_1103_a.jpg}}, {{PHOTO:DL_exit_1103_b.jpg}}: no drainage.
Home monitor uploads from {{IP:10.88.3.14}}; data portal {{URL:https://vad.portal.example.org/pt/IMC55018827/log}}
SSN for device registry (INTERMACS): {{SSN:000-55-9931}}. Coordinator {{NAME:Laurel Quintanilla}}, RN, pager 4471.
`,
  },
  {
    id: 'h13-033',
    kind: 'cranial remolding helmet 3D scan log',
    text: `
CRANIAL ORTHOSIS CLINIC - scan log, {{LOCATION:Cook Children's Medical Center}} orthotics
Infant {{NAME:Ezekiel Thornbury}} (DOB {{DATE:05/30/2026}}), MRN {{MRN:CC-0418827}}; mother {{NAME:Kassandra Thornbury}}, {{PHONE:817-555-0174}}
Guarantor SSN {{SSN:000-82-4471}}; Medicaid {{HEALTH_PLAN:TX5180447721}}
scan date   file                         CVAI   CI
{{DATE:09/02/2026}}  {{PHOTO:thornbury_0902_3D.obj}}   8.9%   92
{{DATE:10/07/2026}}  {{PHOTO:thornbury_1007_3D.obj}}   6.1%   89
{{DATE:11/11/2026}}  {{PHOTO:thornbury_1111_3D.obj}}   4.0%   86
Helmet SN {{DEVICE:CRO-26-04418}}, fitted {{DATE:09/16/2026}}; wear 23 h/day.
Parents view scans at {{URL:https://scans.orthoclinic.example.com/share/ET-4418}} (opened from {{IP:198.51.100.203}}).
Orthotist {{NAME:Rodrigo Santangelo}}, CO; fax {{FAX:817-555-0175}}.
`,
  },
  {
    id: 'h13-034',
    kind: 'smart inhaler sensor export',
    text: `
SMART INHALER EXPORT (csv pasted)  patient {{NAME:Kiona Redhorse}}  DOB {{DATE:2011-08-19}}  clinic MRN {{MRN:PH-22041187}}
controller sensor SN {{DEVICE:SNS-C-441882}}; rescue sensor SN {{DEVICE:SNS-R-207731}}; app account {{EMAIL:kredhorse.mom@famnet.example.com}}
timestamp,type,puffs,lat,lon,place
{{DATE:2026-11-02}}T07:10,controller,2,,,
{{DATE:2026-11-02}}T15:42,rescue,2,{{LOCATION:33.4152}},{{LOCATION:-111.8315}},{{LOCATION:Mesa High School}}
{{DATE:2026-11-04}}T16:05,rescue,4,{{LOCATION:33.4270}},{{LOCATION:-111.8449}},{{LOCATION:Red Mountain Park}}
{{DATE:2026-11-05}}T07:15,controller,2,,,
Rescue use 6 puffs/7 d; ACT 16/25; FEV1 78% predicted.
Synced from phone {{IP:100.81.22.140}}; report link {{URL:https://inhaler.share.example.com/r/KR-7Qx2}}.
Mother {{NAME:Winona Redhorse}} asked about school plan; school nurse fax {{FAX:480-555-0117}}.
`,
  },
  {
    id: 'h13-035',
    kind: 'ICD registry data collection form',
    text: `
ICD REGISTRY - DATA COLLECTION FORM v3 (abstracted {{DATE:10/30/2026}} by {{NAME:ebrennan}})
A. Demographics: last {{NAME:Oyelowo}} first {{NAME:Babatunde}} MI {{NAME:K}}; SSN {{SSN:000-19-4418}}; DOB {{DATE:09/03/1934}}; age {{AGE_OVER_89:92}}; ZIP {{LOCATION:60614}}; other ID (MRN) {{MRN:NMH-2204418}}
B. Admission {{DATE:10/26/2026}}; payer Medicare FFS, MBI {{HEALTH_PLAN:2TK7-WE4-HN18}}
C. History: NYHA II, LVEF 25%, prior MI, QRS 148 ms LBBB, eGFR 41
D. Procedure {{DATE:10/27/2026}}, operator NPI {{OTHER_ID:1992047781}}; CRT-D generator SN {{DEVICE:RZT 441882}}; RA lead SN {{DEVICE:BBL 2207718}}; RV lead SN {{DEVICE:QCJ 0441190}}; LV lead SN {{DEVICE:LVQ 7720418}}
E. Complications: none. Discharge {{DATE:10/28/2026}} to home.
Patient registry portal invitation sent to {{EMAIL:b.oyelowo@seniormail.example.com}}: {{URL:https://registry.example.org/enroll?token=8Fq2-B441}} from {{IP:10.12.40.9}}.
`,
  },
  {
    id: 'h13-036',
    kind: 'controlled-substance vault iris access log',
    text: `
PHARMACY VAULT ACCESS - iris reader export, {{LOCATION:Vanderbilt University Medical Center}} central pharmacy, {{DATE:2026-11-09}}
time  | user          | iris template        | action
00:14 | {{NAME:tokonkwo}}      | {{BIOMETRIC:IRS-88A1-4C20}}     | open, restock fentanyl 100 mcg/2 mL x25
02:41 | {{NAME:jheldstab}}     | {{BIOMETRIC:IRS-4410-77F3}}     | open, remove hydromorphone 2 mg x10
02:43 | {{NAME:jheldstab}}     | {{BIOMETRIC:IRS-4410-77F3}}     | door held 4 min (alarm)
05:58 | {{NAME:mvanderhoek}}   | {{BIOMETRIC:IRS-0C19-2B8E}}     | count
06:02 | (no match)    | {{BIOMETRIC:IRS-UNK-7731}}      | denied x3
Discrepancy: hydromorphone count short 1 vial; traced to override for {{NAME:Greer, Wilhelmina}} (MRN {{MRN:VU04418827}}, age {{AGE_OVER_89:90}}) on 8N; witness {{NAME:Oluchi Bassey}}, RN.
Reader workstation {{IP:10.201.7.55}}. Enrolment photo for unknown attempt {{PHOTO:vault_cam_0602.jpg}} sent to security ({{EMAIL:rxsecurity@vumc.example.org}}). Investigator {{NAME:Phineas Okafor}}, {{PHONE:615-555-0192}}.
`,
  },
  {
    id: 'h13-037',
    kind: 'pathology specimen tracking scan log',
    text: `
SPECIMEN TRACKING - courier route 7 ({{LOCATION:Sanford Clinic Fargo South}} -> {{LOCATION:Sanford Medical Center Fargo}} anatomic pathology)  {{DATE:11/13/2026}}
scan time | container      | patient                         | accession
13:02     | bag 1/3        | {{NAME:HAUGEN, ASTRID L}} ({{MRN:SF0044187}})   | {{OTHER_ID:S26-41882}}
13:02     | bag 2/3        | {{NAME:YELLOW BIRD, DARIUS}} ({{MRN:SF0071120}}) | {{OTHER_ID:S26-41883}}
13:03     | bag 3/3        | {{NAME:NGUYEN, THANH}} ({{MRN:SF0030498}})      | {{OTHER_ID:S26-41884}}
13:05     | vehicle        | van ND {{VEHICLE:3NC 441}}, VIN {{VEHICLE:1FTBR1C82MKA44120}}, driver {{NAME:Lyle Grunewald}}
13:41     | received AP    | scanned by {{NAME:ptorkelson}} at {{IP:10.60.2.88}}
Exception: bag 2/3 temperature logger read 31 C (limit 25 C); formalin specimen acceptable. Tracking page {{URL:https://track.sanfordlab.example.org/route7/20261113}}.
`,
  },
  {
    id: 'h13-038',
    kind: 'pediatric insulin pump and CGM download',
    text: `
DIABETES CLINIC - device download   {{DATE:11/10/2026}}   {{LOCATION:Children's Mercy Kansas City}}
Patient {{NAME:Marisela Ochoa-Fitzgerald}}, 12 y, MRN {{MRN:CMH7741882}}
Pump SN {{DEVICE:NG4418827H}}; CGM transmitter SN {{DEVICE:8GT4418}}; receiver/phone app. Guarantor (father {{NAME:Liam Fitzgerald}}) SSN {{SSN:000-66-1840}}.
14-d: TIR 62%, TBR 3%, TAR 35%, GMI 7.6%, CV 38%. Auto mode 91% of time. Basal 0.6 U/h; ICR 1:10; ISF 45.
Care team share: {{URL:https://clinic.cgmshare.example.com/p/MOF-7741}}; parent login from {{IP:172.16.88.41}}; mother {{EMAIL:ochoafitz.family@mail.example.net}}
School nurse {{NAME:Darcy Weatherby}}, {{LOCATION:Lee's Summit North High School}}, fax {{FAX:816-555-0155}}. CDCES {{NAME:Amaru Quispe}}, RN.
`,
  },
  {
    id: 'h13-039',
    kind: 'gait lab motion capture session and video consent',
    text: `
MOTION ANALYSIS LAB - session {{DATE:10/16/2026}}, {{LOCATION:Shriners Children's Portland}}
Patient {{NAME:Wren Abernathy-Cole}}, 9 y, spastic diplegia GMFCS II, MRN {{MRN:SHP-004417}}. Mother {{NAME:Tamsin Cole}} signed video consent (research use: yes; face blur: no).
Trials: barefoot x6, AFO x6; 39 markers (PiG), force plates 4; EMG 8 channels.
Files: {{PHOTO:WAC_1016_trial03.c3d}}, {{PHOTO:WAC_1016_sag.mp4}}, {{PHOTO:WAC_1016_cor.mp4}}; gait signature template {{BIOMETRIC:GS-WAC-0418}} (research only).
GDI 71 (R), 68 (L); knee flexion at IC 28 deg; popliteal angle 55/60.
Upload to study server {{IP:10.30.12.6}}; share link for orthopaedics {{URL:https://mal.shrinerspdx.example.org/v/WAC1016}}.
Engineer {{NAME:Obadiah Reinholt}}; PT {{NAME:Kalani Feliciano}}, DPT.
`,
  },
  {
    id: 'h13-040',
    kind: 'remote alcohol monitoring compliance report',
    text: `
REMOTE BREATH ALCOHOL MONITORING - COMPLIANCE REPORT to the court
Client {{NAME:Cheyenne Batiste-Holm}}  DOB {{DATE:07/07/1990}}  SSN last 4 {{SSN:2281}}  case {{OTHER_ID:2026-DR-004417}} (family division)
Device SN {{DEVICE:BRX-441882}}; enrolled {{DATE:09/01/2026}}; face enrolment {{BIOMETRIC:FACE-CBH-01}}; tests 3x daily.
{{DATE:10/18/2026}} 07:00  BrAC 0.000  face match {{BIOMETRIC:FM-7731-A}} 0.98
{{DATE:10/18/2026}} 21:00  BrAC 0.041  face match {{BIOMETRIC:FM-7731-B}} 0.96  retest 21:20 0.032  - POSITIVE
{{DATE:10/19/2026}} 13:00  MISSED   last GPS {{LOCATION:41.2565 N, 95.9345 W}}
{{DATE:10/19/2026}} 13:40  BrAC 0.000  face match FAILED {{BIOMETRIC:FM-7731-C}} 0.22 (different person in frame)
Uploads from {{IP:203.0.113.199}} and {{IP:198.51.100.12}}. Agency portal {{URL:https://monitor.breathcheck.example.com/case/2026-DR-004417}}.
Monitoring officer {{NAME:Reuben Castellanos}}, {{EMAIL:rcastellanos@monitoring.example.com}}, fax {{FAX:402-555-0115}}. Report to GAL {{NAME:Patrice Whitfield-Ng}}.
`,
  },
];
