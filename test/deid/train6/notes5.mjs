// train6 notes, part 5: SMS threads, voicemail transcripts, OCR'd faxes, security/IT logs, vehicles, registration,
// billing, and a no-PHI handout.
export default [
{ id: 't6-043', kind: 'SMS thread (clinic texting platform)', text: `
[Clinic SMS - {{LOCATION:Sunnyvale Pediatrics}}] thread with {{PHONE:408-555-0183}} (parent of {{NAME:Ezra Goldfarb-Nunez}})
{{DATE:11/02}} 7:14 PM  Parent: hi its {{NAME:dana}}, {{NAME:ezra}}'s mom. fever 102.4 since this am, ok to give motrin + tylenol?
{{DATE:11/02}} 7:20 PM  Clinic ({{NAME:Marcy}} RN): Hi {{NAME:Dana}}, yes alternate every 3 hrs. Ibuprofen 10 mg/kg = 200 mg for 20 kg. Any rash or stiff neck?
{{DATE:11/02}} 7:31 PM  Parent: no rash. he says his ear hurts. we r at grandmas in {{LOCATION:los gatos}} this wknd
{{DATE:11/02}} 7:33 PM  Clinic: ok. Open slot tmrw 9:15 w/ Dr {{NAME:Oduya}}. Reply Y to book. STOP to opt out.
{{DATE:11/02}} 7:34 PM  Parent: Y. also pls update my email {{EMAIL:dana.goldfarb@inboxly.example}}
`},
{ id: 't6-044', kind: 'SMS with recovery coach', text: `
Text log exported {{DATE:2025-10-19}} - peer support line
from {{NAME:Rocco}} ({{PHONE:+1 (774) 555-0129}}): day 41 clean. meeting at {{LOCATION:First Congregational}} on {{LOCATION:Elm St}} 7pm
to {{NAME:Rocco}}: proud of u. {{NAME:Deb}} is sponsor now right?
from {{NAME:Rocco}}: yeah {{NAME:Debbie Vanterpool}}. my sister {{NAME:Gina}} picking me up at {{LOCATION:Fall River}} courthouse thurs {{DATE:10/23}}
to {{NAME:Rocco}}: call me after. 988 if it gets bad. -- {{NAME:Hector}}, CRPA
`},
{ id: 't6-045', kind: 'voicemail transcript with spelled numbers', text: `
VOICEMAIL TRANSCRIPTION (auto) - received Tue {{DATE:Oct 14 2025}} 08:03, mailbox 4410
"hi this is {{NAME:bernadette o'rourke}} calling um about my mother {{NAME:agnes mulcahy}} date of birth {{DATE:march third nineteen thirty one}} shes {{AGE_OVER_89:ninety four}} and she fell last night at the {{LOCATION:maple crest}} home, could someone call me back at {{PHONE:six one seven, five five five, oh one nine eight}} or my husband {{NAME:kevin}} at {{PHONE:617 555 0144}}, her medicare number is {{HEALTH_PLAN:one E G four T E five M K seven three}}, thanks, bye"
Routed to: triage RN {{NAME:P. Castellanos-Ruiz}}. Callback done 08:40.
`},
{ id: 't6-046', kind: "OCR'd fax with broken spacing", text: `
F A X   C O V E R    {{DATE:1 0 / 2 7 / 2 0 2 5}}
TO: {{LOCATION:Sacred Hea rt Hospital}} Utilization Review   FAX {{FAX:( 5 4 1 ) 5 5 5 - 0 1 2 2}}
FR: {{LOCATION:Willamette Valley Home Health}}  Ph {{PHONE:541-555-0 131}}  Fx {{FAX:541 555 01 32}}
RE: {{NAME:H O L L I S T E R ,  J U N E}}   DOB {{DATE:0 6 - 1 1 - 1 9 3 0}}   Age {{AGE_OVER_89:9 5}}
M e d i c a r e  I D : {{HEALTH_PLAN:7 F K 2 - W 4 4 - Q T 1 8}}   SSN {{SSN:5 4 0 - 7 7 - 1 9 2 6}}
Pages: 4 (incl cover). Recert period {{DATE:11/O1/2025}} - {{DATE:12/3O/2025}}; OASIS attached.
Please call {{NAME:Trudy Lemaire}}, RN. CONFIDENTIAL.
`},
{ id: 't6-047', kind: 'EHR security / break-the-glass audit', text: `
PRIVACY OFFICE - ACCESS REVIEW {{DATE:2025-11-05}}
Record: VIP {{NAME:Desmond Achebe-Fontaine}} (local news anchor), MRN {{MRN:99210045}}
{{DATE:2025-11-03}} 22:14:07  user {{NAME:jkovacs}} ({{NAME:Jana Kovacs}}, RN, 6W)    ws 6W-PC14  {{IP:10.44.12.87}}    chart open (assigned)
{{DATE:2025-11-03}} 23:51:40  user {{NAME:tbellweather}} (unit clerk, ED)   ws ED-REG2  {{IP:10.44.3.201}}    break-the-glass, reason "curious"
{{DATE:2025-11-04}} 02:11:19  user {{NAME:mpillai2}}                       VPN {{IP:73.158.220.14}}          demographics, photo {{PHOTO:ID_99210045_front.jpg}}
{{DATE:2025-11-04}} 02:12:03  user {{NAME:mpillai2}}                        VPN {{IP:2601:646:8d00:4a1::2c}}   face-match template viewed {{BIOMETRIC:FACE-T-99210045-03}}
Action: referred {{NAME:T. Bellweather}} to HR; {{NAME:M. Pillai}} interview {{DATE:11/7}}. Ticket INC0048812 (not PHI).
`},
{ id: 't6-048', kind: 'patient portal sign-up with identity proofing', text: `
PORTAL ENROLMENT LOG - {{LOCATION:Hollins Creek Medical Group}}
{{DATE:12/01/2025}} 10:02 user "{{NAME:clementine.x.oyelaran}}" created from {{IP:98.207.11.46}}; DOB {{DATE:1987-07-07}}; last-4 SSN {{SSN:4471}}
Identity proofing: driver license {{LICENSE:F255-4471-8820}} (scan {{PHOTO:DL_front_co_20251201.png}}); selfie liveness template {{BIOMETRIC:LV-77120-CO}}
Recovery phone {{PHONE:720-555-0163}}; recovery email {{EMAIL:clem.oyelaran@fastpost.example}}
Activation link sent: {{URL:https://portal.hollinscreek.example/activate?token=8812ffe0a1&u=co1987}}
Proxy access requested for mother {{NAME:Winifred Oyelaran}}, {{AGE_OVER_89:92}}.
`},
{ id: 't6-049', kind: 'ED note after motor vehicle collision with vehicles', text: `
ED PROVIDER NOTE {{DATE:9/14/2025}}
{{NAME:Reginald "Reggie" Blackwood}} III, 33 M, restrained driver, T-boned at {{LOCATION:Route 9}} and {{LOCATION:Pleasant St}}, {{LOCATION:Framingham}}.
His vehicle: 2019 Subaru Outback, MA plate {{VEHICLE:2ZW 481}}, VIN {{VEHICLE:4S4BSANC9K3290118}}. Other driver's truck plate {{VEHICLE:R84 TTQ}} per police.
Police report {{OTHER_ID:FPD-25-018827}}, Officer {{NAME:Castellano}}. Airbag deployed; dashcam video {{PHOTO:dashcam_20250914_1712.mov}} on his phone.
FAST negative. CT C-spine neg. Sternal contusion. Discharged with girlfriend {{NAME:Tiffany Alcott}}.
`},
{ id: 't6-050', kind: 'parking and disability placard paperwork', text: `
DISABILITY PARKING CERTIFICATION - {{DATE:02/18/2025}}
Applicant: {{NAME:Gideon Farraday-Okoro}}; CA DL {{LICENSE:B7730219}}; vehicle plate {{VEHICLE:8KTR552}} and motorcycle plate {{VEHICLE:22M4810}}; prior placard {{OTHER_ID:DP4410982}}
Condition: bilateral BKA (wheelchair). Permanent. Employee garage permit at {{LOCATION:Kaiser Permanente Oakland Medical Center}} (permit no. 771, not PHI).
Also registers his wheelchair-accessible van, VIN {{VEHICLE:2C4RDGCG5HR688102}}.
Certified by {{NAME:Yusuf Abernathy}}, MD.
`},
{ id: 't6-051', kind: 'financial counselling / patient statement', text: `
PATIENT STATEMENT - {{LOCATION:Mercy Ridge Health System}}   Statement date {{DATE:Oct 31, 2025}}
Guarantor: {{NAME:Cornelius Abbott-Vance}}   Guarantor acct {{ACCOUNT:GA-00881247}}   Patient: {{NAME:Lydia Abbott-Vance}} (spouse)
Mail to: {{LOCATION:PO Box 4471}}, {{LOCATION:Sioux Falls}}, SD {{LOCATION:57101}}
Service {{DATE:08/12/2025}} ER visit CPT 99284 $1,842.00; insurance paid $1,210.40; balance $631.60.
Pay online {{URL:https://pay.mercyridge.example/p/GA00881247}} or call {{PHONE:1-888-555-0170}}.
Payment plan: autopay from checking acct ending {{ACCOUNT:6620}}; HSA card {{ACCOUNT:HSA-4471-0921-3304}}.
SSN on file (last 4) {{SSN:8817}}. Financial assistance application sent to {{EMAIL:cabbottvance@prairiemail.example}}.
`},
{ id: 't6-052', kind: 'fundraiser and social-media mention in social work note', text: `
SOCIAL WORK {{DATE:11/21/2025}}: Family of {{NAME:Marisol "Mari" Quispe-Huaman}} started a fundraiser {{URL:https://www.gofundme.com/f/help-mari-quispe-heal}} and posts updates on {{URL:https://instagram.com/mari.strong.2025}}. Uncle {{NAME:Wilber Quispe}} drives from {{LOCATION:Paterson}} daily in a grey Honda, plate NJ {{VEHICLE:Y44-KTR}}. Dad {{NAME:Anibal}} works at a warehouse in {{LOCATION:Secaucus}}; mom {{NAME:Rosa Huaman}} is staying at the {{LOCATION:Ronald McDonald House of New York}}. Referred to Charity Care; app #CC-2025 not yet assigned.
`},
{ id: 't6-053', kind: 'employee health with time-clock biometrics', text: `
EMPLOYEE HEALTH - FIT-FOR-DUTY {{DATE:07/07/2025}}
Employee: {{NAME:Lorraine Beaudoin-Achterberg}}, RN, badge {{OTHER_ID:EH-448120}}; time-clock fingerprint ID {{BIOMETRIC:TC-FP-448120}}; palm-vein template {{BIOMETRIC:PV-2025-44812}}
Needlestick {{DATE:07/05}} from source pt MRN {{MRN:8810244}} (source labs neg). Nursing license {{LICENSE:RN-0771204}}.
Home: {{LOCATION:29 Pickering Ln}}, {{LOCATION:Rochester}}, NH {{LOCATION:03867}}. Cleared to return {{DATE:7/8}}.
`},
{ id: 't6-054', kind: 'voice dictation (no punctuation)', text: `
dictation begins this is doctor {{NAME:imani okwuosa}} dictating on {{DATE:november nineteenth twenty twenty five}} for patient {{NAME:fitzgerald hollowell}} medical record number {{MRN:four four one nine zero two six}} he is a {{AGE_OVER_89:ninety one}} year old retired postman from {{LOCATION:pawtucket}} whose granddaughter {{NAME:brianna}} brought him in for confusion sodium 124 plan fluid restrict one liter end dictation
`},
{ id: 't6-055', kind: 'patient education handout (no PHI)', text: `
AFTER YOUR CARDIAC CATHETERIZATION
Keep the wrist dressing dry for 24 hours. No lifting over 5 lb with that arm for 5 days. Call 911 for bleeding that does not stop with 10 minutes of pressure. Take aspirin 81 mg daily and clopidogrel 75 mg daily unless told otherwise. Hope, Will and Grace are the names of our volunteer therapy dogs who visit on Mondays in May and June. Cardiac rehab: 36 sessions, 3 per week, starting 2-6 weeks after discharge.
`},
];
