// heldout9 notes 7: odd casing, OCR, rich-text and chatbot formats; one note without PHI (h9-059..064).
export default [
{ id: 'h9-059', kind: 'ALL CAPS ambulance billing abstract', text: `
*** TRI-COUNTY EMS BILLING - CLAIM ABSTRACT (DOT MATRIX REPRINT) ***
RUN NO 25-118204        DOS {{DATE:11/02/25}}        UNIT MEDIC 7        CREW {{NAME:HARLAN PRUITT}} / {{NAME:J OKAFOR}}
PT NAME  {{NAME:QUINLAN, MAUREEN BRIDGET}}             DOB {{DATE:07/14/1934}}   AGE {{AGE_OVER_89:91}}   SEX F
SSN      {{SSN:000-29-6617}}                    PH  {{PHONE:(570) 555-0148}}
ADDR     {{LOCATION:RR 2 BOX 118}}              {{LOCATION:TUNKHANNOCK}} PA {{LOCATION:18657}}
PICKUP   {{LOCATION:WYOMING COUNTY}} - RESIDENCE, LOADED MI 0.0
DEST     {{LOCATION:GEISINGER WYOMING VALLEY}}, {{LOCATION:WILKES-BARRE}}    LOADED MILES 27.4
PRIMARY  MEDICARE MBI {{HEALTH_PLAN:4TK9-QA2-MM71}}
SECOND   AARP SUPPL  {{HEALTH_PLAN:00447188201}}
PT ACCT  {{ACCOUNT:TCE-0044718}}   GUARANTOR {{NAME:QUINLAN, DESMOND}} (SON)  {{PHONE:570-555-0122}}
HCPCS    A0427 ALS1 EMERGENCY   A0425 MILEAGE X 27.4     ICD-10 R55, I48.91
NARR     {{AGE_OVER_89:91}} YOF SYNCOPE AT HOME, AFIB RVR 142, IV DILTIAZEM 10 MG PER PROTOCOL, BP 104/60 -> 118/72.
PCS SIGNED BY DR {{NAME:R VASQUEZ-LOWE}} {{DATE:11/03/25}}. FAXED TO {{LOCATION:GEISINGER}} HIM {{FAX:570-555-0199}}.
` },
{ id: 'h9-060', kind: 'OCR of a typewritten immunisation record', text: `
[OCR, scanned school health card, confidence 71%]
C0MM0NWEALTH 0F KENTUCKY - CERTIFICATE 0F IMMUNIZATI0N STATUS
Chi1d: {{NAME:HA RGIS, Rebecca  Lynn}}          Birth date: {{DATE:O8/l9/l96O}}
Parent/Guardian: Mrs. {{NAME:W i1ma Hargis}}     Address: {{LOCATION:Rt. 3, B0x 2l4}}, {{LOCATION:Hazard}}, Ky.
Schoo1: {{LOCATION:Roy G. Eversole Elementary}}
DPT   {{DATE:l0/l2/6O}}  {{DATE:l2/l4/6O}}  {{DATE:2/l6/6l}}   booster {{DATE:9/3/65}}
Polio (Sabin)  {{DATE:3/6l}}  {{DATE:5/6l}}
Smallpox vacc. {{DATE:4/2O/6l}}  - good take
Measles        {{DATE:6/l2/66}}
Physician: {{NAME:C. E. Stamper}}, M.D.   {{LOCATION:Perry County}} Hea1th Dept.
[end OCR]
Attached by HIM clerk {{NAME:tbegley}} to MRN {{MRN:ARH-0044718}} ({{NAME:Rebecca Hargis Combs}}, now 65) for shingles-vaccine history request {{DATE:11/06/2025}}.
` },
{ id: 'h9-061', kind: 'patient complaint e-mail with shouting', text: `
From: {{NAME:Darlene Kowalski-Ibarra}} <{{EMAIL:dkibarra1961@example.net}}>
To: patient relations <{{EMAIL:patientrelations@example.org}}>
Date: Mon, {{DATE:10 Nov 2025}} 23:48:12 -0600
Subject: MY MOTHER WAS LEFT IN THE HALLWAY FOR 9 HOURS!!!

To whom it may concern, I AM WRITING ABOUT MY MOTHER {{NAME:HELEN KOWALSKI}}, AGE {{AGE_OVER_89:93}}, WHO WAS BROUGHT TO YOUR ER AT
{{LOCATION:ST. LUKE'S}} ON {{DATE:NOVEMBER 8}} BY AMBULANCE. she lay on a stretcher in the hallway by the x-ray doors from 2 pm until 11 pm.
NOBODY changed her brief. the nurse (badge said {{NAME:KRISTEN}}) told me "we are doing our best". Her MRN is {{MRN:SL-77120934}} and
her account number on the bill is {{ACCOUNT:1004471882}}. I have photos {{PHOTO:IMG_2231.jpg}} and {{PHOTO:IMG_2232.jpg}} attached.
I WANT A CALL FROM THE CHIEF NURSE, NOT A FORM LETTER. my cell {{PHONE:(314) 555-0176}}. I am her POA, copy attached (scan
{{PHOTO:POA_Kowalski_scan.pdf}}). My brother {{NAME:Stan}} agrees.
-- {{NAME:Darlene}}

[Patient relations, {{DATE:11/11/2025}}: grievance {{OTHER_ID:GRV-25-01182}} opened, acknowledged by {{NAME:Yvette Castellano}}; portal
upload of attachments at {{URL:https://feedback.example.org/case/GRV-25-01182}}.]
` },
{ id: 'h9-062', kind: 'post-extraction instructions (no PHI)', text: `
AFTER YOUR TOOTH EXTRACTION
- Bite firmly on the gauze for 30-45 minutes. Replace if still bleeding; a damp black tea bag can help.
- Do not rinse, spit forcefully, smoke or use a straw for 24 hours (dry socket risk 2-5%, higher in smokers).
- Ice 20 minutes on, 20 off for the first day. After 24 hours, warm salt-water rinses (1/2 teaspoon in 8 oz) 4 times daily.
- Pain: ibuprofen 400-600 mg every 6 hours with food plus acetaminophen 500-1000 mg every 6 hours (max 3,000 mg/day)
  unless your dentist told you otherwise.
- Soft foods for 2-3 days. Sutures, if placed, dissolve in 7-10 days.
- Call the office for bleeding that soaks gauze for over 2 hours, fever over 101 F, or swelling that grows after day 3.
- If you were given amoxicillin 500 mg three times daily or chlorhexidine 0.12% rinse, finish the course as directed.
- Numbness should wear off within 2-4 hours; do not chew until it has. Swelling peaks at 48-72 hours.
- Patients on apixaban or warfarin: restart as instructed; INR under 3.5 is usually acceptable for simple extractions.
Codes for staff: CDT D7140 (simple), D7210 (surgical), D9230 (nitrous). ICD-10 K08.409. Form DX-14, revised 2023, page 1 of 1.
` },
{ id: 'h9-063', kind: 'symptom-checker chatbot JSON lines', text: `
Escalation attached by nurse {{NAME:Faustina Adjei}}, RN, to encounter {{OTHER_ID:ENC-2025-4471882}}:
{"ts":"{{DATE:2025-11-16}}T03:12:08Z","role":"system","session":"{{OTHER_ID:SC-77f1-0a22}}","ip":"{{IP:100.88.41.7}}","auth":"faceid:{{BIOMETRIC:FID-4471-bb20}}"}
{"ts":"{{DATE:2025-11-16}}T03:12:30Z","role":"user","text":"hi its {{NAME:jonah}} {{NAME:whitacre}}, dob {{DATE:4/2/88}}, my chest feels tight"}
{"ts":"{{DATE:2025-11-16}}T03:12:41Z","role":"bot","text":"Are you having chest pain right now? If severe, call 911."}
{"ts":"{{DATE:2025-11-16}}T03:13:02Z","role":"user","text":"kinda, 6/10. on my way home from work at Riverbend Foundry, pulled over on {{LOCATION:Hwy 61}} near {{LOCATION:Festus}}"}
{"ts":"{{DATE:2025-11-16}}T03:13:20Z","role":"bot","text":"Please call 911 now. Share your location?"}
{"ts":"{{DATE:2025-11-16}}T03:13:44Z","role":"user","text":"ok. its a red Ford F-150 plate MO {{VEHICLE:4HK-J22}}, wife {{NAME:Brandi}} {{PHONE:636-555-0109}}"}
{"ts":"{{DATE:2025-11-16}}T03:14:05Z","role":"system","event":"handoff","location":"{{LOCATION:38.2201,-90.3957}}","map":"{{URL:https://maps.example.com/?q=38.2201,-90.3957&s=SC-77f1}}"}
Outcome: EMS took patient to {{LOCATION:Mercy Hospital Jefferson}}; troponin negative x2. Member ID {{HEALTH_PLAN:ANT-W44718820}}.
` },
{ id: 'h9-064', kind: 'RTF export of a clinic letter', text: String.raw`
{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\fs22
{\b {{LOCATION:Cascade Pediatric Pulmonology}}}\par
{{LOCATION:2801 N Gantenbein Ave}}, {{LOCATION:Portland}}, OR {{LOCATION:97227}}\tab Tel {{PHONE:503-555-0162}}\tab Fax {{FAX:503-555-0163}}\par
\par
{{DATE:November 20, 2025}}\par
To: {{NAME:Hollis Ng-Barrett}}, MD, {{LOCATION:Tualatin Valley Pediatrics}}, fax {{FAX:503-555-0170}}\par
Re: {\b {{NAME:Oakley Finch-Mbeki}}}, DOB {{DATE:03/03/2014}}, MRN {{MRN:CPP-204471}}, OHP ID {{HEALTH_PLAN:WX44718J}}\par
\par
Thank you for referring {{NAME:Oakley}} for cystic fibrosis care transfer from {{LOCATION:Seattle Children's}}. Sweat chloride 98 mmol/L (2015) -
genotype F508del/G542X. FEV1 84% predicted today, BMI 42nd percentile. Elexacaftor/tezacaftor/ivacaftor continued;
airway clearance vest SN {{DEVICE:SVX-4471882}} (home). Sputum: MSSA.\par
Mother {{NAME:Juniper Finch}} ({{PHONE:503-555-0184}}; {{EMAIL:juniper.finch@example.com}}) will use the CF portal
{{URL:https://cf.example.org/family/OFM-204471}}. Pharmacy: specialty account {{ACCOUNT:SPX-0044718}}.\par
\par
Sincerely,\par
{{NAME:Anjali Rao-Whitman}}, MD\par
}
` },
];
