// train10 notes3: patient-portal and SMS threads.
export default [
{ id: 't10-019', kind: 'portal-thread', text: `
MyChart message thread  -  Patient: {{NAME:Rukhsana Begum Chowdhury}}  (MRN {{MRN:E7720194}})
----
From: {{NAME:Rukhsana Chowdhury}}   Sent: {{DATE:11/22/2026}} 9:41 PM
Subject: rash after new pill
Hi Dr {{NAME:Feldman-Oyelaran}}, since I started the Bactrim on Thursday I have red spots on my arms. My husband {{NAME:Md. Shafiqul Islam}} took pictures, attached ({{PHOTO:IMG_4471.HEIC}}, {{PHOTO:IMG_4472.HEIC}}). Should I stop? We are at my sister {{NAME:Nazma}}'s in {{LOCATION:Jackson Heights}} this weekend, {{LOCATION:37-18 73rd Street}}.
----
From: {{NAME:Leah Feldman-Oyelaran}}, MD   Sent: {{DATE:11/23/2026}} 7:05 AM
Please stop the Bactrim now. If you get blisters, mouth sores or fever go to {{LOCATION:Elmhurst Hospital}} ED. I sent cephalexin to {{LOCATION:Duane Reade on 74th St}}. Nurse {{NAME:Marisol}} will call you at {{PHONE:718-555-0129}}.
----
From: {{NAME:Rukhsana Chowdhury}}   Sent: {{DATE:11/23/2026}} 8:12 AM
thank you doctor. no blisters. ok.
----
Billing (auto reply {{DATE:11/23/2026}}): to verify identity for the estimate please confirm the last 4 of the guarantor SSN ({{SSN:8812}}) and account {{ACCOUNT:GX-30918277}}.` },

{ id: 't10-020', kind: 'sms-thread', text: `
sms log export  clinic line {{PHONE:(505) 555-0110}}  <->  pt mobile {{PHONE:(505) 555-0183}}
{{DATE:11/20}} 14:02 clinic: Hi {{NAME:Xochitl}}, this is {{NAME:Bernadette}} from {{LOCATION:First Choice Community Healthcare}} {{LOCATION:South Valley}}. your pap results are normal. reply STOP to opt out
{{DATE:11/20}} 14:09 pt: ok gracias!! can i change my appt on the {{DATE:3rd}}
{{DATE:11/20}} 14:15 clinic: sure, we have {{DATE:dec 4}} 10:30 with Dr {{NAME:Pacheco-Yazzie}} or {{DATE:dec 5}} 2pm with the NP
{{DATE:11/20}} 14:16 pt: {{DATE:dec 5}} pls. also my mom {{NAME:Guadalupe Tafoya}} wants to be a patient, she lives w me at {{LOCATION:1418 Isleta Blvd SW}}
{{DATE:11/20}} 14:20 clinic: sure! have her call {{PHONE:505-555-0110}} option 2. bring her medicaid card (turquoise care)
{{DATE:11/20}} 14:21 pt: ty. shes {{AGE_OVER_89:90}} next month lol
{{DATE:11/20}} 14:21 clinic: wow! happy early birthday to her
{{DATE:11/21}} 09:02 pt: her dob is {{DATE:12/19/1936}} and her ssn {{SSN:000-62-1180}}, is that ok
{{DATE:11/21}} 09:05 clinic: please dont text SSNs, we deleted it. bring the card to {{LOCATION:2001 N Centro Familiar Blvd SW}}
{{DATE:11/21}} 09:06 pt: oops sorry!! my cousin {{NAME:Anselmo}} will drive, his truck is plate NM {{VEHICLE:BKR-447}}` },

{ id: 't10-021', kind: 'forwarded-chat', text: `
(forwarded to the clinic's nurse line by the patient's son - WhatsApp export pasted)
[{{DATE:24/11/26}}, 19:02] {{NAME:Tunde}}: Mummy says the new tablets make her dizzy
[{{DATE:24/11/26}}, 19:03] {{NAME:Yetunde Bakare}}: Which ones? The amlodipine from Dr {{NAME:Chukwuemeka}}?
[{{DATE:24/11/26}}, 19:05] {{NAME:Tunde}}: yes. BP this morning 104/62 on the Omron
[{{DATE:24/11/26}}, 19:06] Auntie {{NAME:Bisi}}: Take her to {{LOCATION:King's College Hospital}} abeg
[{{DATE:24/11/26}}, 19:10] {{NAME:Yetunde Bakare}}: no need, I will call {{LOCATION:Lordship Lane Surgery}} in the morning. She's at mine, {{LOCATION:Flat 4, 22 Upland Road}}, {{LOCATION:East Dulwich}}
[{{DATE:24/11/26}}, 19:11] {{NAME:Tunde}}: ok. her NHS no is {{OTHER_ID:943 476 5919}} if they ask
[{{DATE:24/11/26}}, 19:12] {{NAME:Tunde}}: and my number {{PHONE:07700 900318}}` },

{ id: 't10-022', kind: 'portal-proxy', text: `
Patient portal - proxy message
Proxy: {{NAME:Summer Kealoha-Nakamura}} (mother)   Patient: {{NAME:Kainoa Nakamura}}, age 7   Acct {{ACCOUNT:G-66102847}}
Sent {{DATE:Nov 24 2026}} 6:55 AM from {{IP:203.0.113.58}}
Aloha Dr. {{NAME:Fonoti}}, {{NAME:Kainoa}} fell off the monkey bars at {{LOCATION:Manoa Elementary}} yesterday. Urgent care at {{LOCATION:Straub Kahala}} said buckle fracture and splinted it. I uploaded the x-ray report and two photos ({{PHOTO:kainoa_wrist_1.jpg}}, {{PHOTO:kainoa_wrist_2.jpg}}). Do we need ortho? His dad {{NAME:Kenji}} can bring him, we live in {{LOCATION:Kaimuki}} on {{LOCATION:Waialae Ave}}.
Reply ({{NAME:Tavita Fonoti}}, MD, {{DATE:11/24}} 12:30): Yes, I placed a referral to {{LOCATION:Shriners Children's Hawaii}}. They'll call {{PHONE:808-555-0155}}. Tylenol/Motrin as needed. Mahalo!
[Security: login from new device {{IP:203.0.113.61}}; proxy e-mail {{EMAIL:summer.kn@example.com}} verified {{DATE:11/24/2026}}]` },

{ id: 't10-023', kind: 'sms-bot', text: `
Automated SMS - appointment service
To {{PHONE:+1 604 555 0177}}: Hi {{NAME:Jaswinder}}, your appointment at {{LOCATION:Surrey Memorial Hospital}} Fraser Health MRI is Mon {{DATE:Dec 1}} 07:40. Check in at Lower Level, {{LOCATION:13750 96 Ave}}. Pre-screen form: {{URL:https://forms.example.ca/mri/prescreen?id=FH-883021}}
Reply C to confirm, R to reschedule.
From {{PHONE:+1 604 555 0177}}: C
To {{PHONE:+1 604 555 0177}}: Thanks {{NAME:Jaswinder Kaur Sandhu}}. Parking is paid. Directions: {{URL:https://example.ca/go/srh-mri}}
From {{PHONE:+1 604 555 0177}}: my husband {{NAME:Gurpreet}} will bring me from {{LOCATION:Newton}}, can he wait inside
To {{PHONE:+1 604 555 0177}}: Sorry, this number cannot answer questions. Call {{PHONE:604-555-0132}}.
To {{PHONE:+1 604 555 0177}}: Your parking permit for plate {{VEHICLE:RX7 44K}} is valid {{DATE:Dec 1}} only. Lot B, {{LOCATION:96 Avenue}} entrance.` },

{ id: 't10-024', kind: 'portal-caps', text: `
PORTAL MESSAGE RECEIVED {{DATE:11/25/2026}} 03:17
FROM: {{NAME:DOROTHEA VANDERHOOF}}   DOB {{DATE:01/30/1934}}   MRN {{MRN:55190022}}
TO: DR {{NAME:MBEKI}}
DEAR DOCTOR I AM {{AGE_OVER_89:92}} AND MY GRANDSON {{NAME:BISHOP}} SET UP THIS COMPUTER. I CANNOT SLEEP SINCE THE NEW WATER PILL. I GET UP SIX TIMES. ALSO MY NEIGHBOR MRS. {{NAME:GOLDA PERLMUTTER}} SAYS I SHOULD ASK ABOUT THE SHINGLES SHOT. I STILL LIVE AT {{LOCATION:88 ORCHARD LANE}}, {{LOCATION:RHINEBECK}}, NOT THE HOME. PLEASE CALL {{PHONE:845-555-0190}} IN DAYTIME.
GOD BLESS, {{NAME:DOTTIE}}
---
STAFF NOTE ({{NAME:J. Ferreira-Lopes}}, LPN): called pt, moved furosemide to 8am. Shingrix given at {{LOCATION:CVS Rhinebeck}} last year per NYSIIS.
[message metadata: sent from {{IP:198.51.100.19}}, device "iPad of {{NAME:Bishop Vanderhoof}}"]` },

{ id: 't10-025', kind: 'sms-homecare', text: `
text msgs, home care aide to agency nurse (copied into visit note)
aide ({{NAME:Maricel Dizon}}): gud pm maam {{NAME:Joy}}, lola {{NAME:Remedios}} refused lunch again. temp 37.9
nurse ({{NAME:Joy Villanueva-Santos}}, RN): ok thanks {{NAME:cel}}. is she coughing? any sore on her back?
aide: little cough. sore on sacrum same size, i took pic {{PHOTO:IMG_20261125_1402.jpg}}
nurse: ok i will come 5pm. address still {{LOCATION:Blk 12 Lot 7 Mabini St}}, {{LOCATION:Brgy. San Isidro}}, {{LOCATION:Cainta}} right?
aide: yes maam. her son {{NAME:Boyet}} is in {{LOCATION:Dubai}}, his number {{PHONE:+971 50 555 0147}}
nurse: ok. philhealth no pls for the report
aide: {{HEALTH_PLAN:02-051294873-6}}
nurse (visit note 17:20): T 38.2, RR 24, SpO2 92% RA, crackles R base. Stage 3 PI sacrum 3x2 cm, Braden 11. Called Dr {{NAME:Aurelio Bautista}}, started co-amoxiclav; for CXR at {{LOCATION:Cainta Municipal Hospital}} tomorrow. Family prayer group from {{LOCATION:San Isidro Labrador Parish}} visiting.` },

{ id: 't10-026', kind: 'portal-india', text: `
Patient app chat - {{LOCATION:Manipal Hospital}} {{LOCATION:Old Airport Road}}
[{{DATE:25-11-2026}} 10:14] {{NAME:Venkatalakshmi Raghunathan}}: Good morning doctor. Appa's sugar is 280 fasting. He is taking Glycomet 500 and Januvia. UHID {{MRN:MH01-8827310}}
[{{DATE:25-11-2026}} 10:40] Dr {{NAME:Syed Imtiaz Quadri}}: Good morning. Is he eating sweets? Any fever or burning urine?
[{{DATE:25-11-2026}} 10:42] {{NAME:Venkatalakshmi Raghunathan}}: Deepavali sweets only :( no fever. He is at our house in {{LOCATION:Indiranagar}}, {{LOCATION:12th Main}}
[{{DATE:25-11-2026}} 10:55] Dr {{NAME:Syed Imtiaz Quadri}}: Please increase Glycomet to 1000 twice daily. Send a reading on {{DATE:28th}}. Also book HbA1c at {{LOCATION:Thyrocare Koramangala}}.
[{{DATE:25-11-2026}} 10:57] {{NAME:Venkatalakshmi Raghunathan}}: Ok. Ayushman card {{HEALTH_PLAN:AB-4102-7736-9915}} is linked?
[{{DATE:25-11-2026}} 11:02] Dr {{NAME:Syed Imtiaz Quadri}}: Yes linked. Video review on {{DATE:2 December}}, link {{URL:https://meet.example.in/quadri/88271}}. If his feet get any wound, go to {{LOCATION:Manipal Hospital Whitefield}} emergency.
[{{DATE:25-11-2026}} 11:03] {{NAME:Venkatalakshmi Raghunathan}}: thank you sir. my brother {{NAME:Srinivasan}} from {{LOCATION:Chennai}} will join the call` },

{ id: 't10-027', kind: 'sms-midwife', text: `
SMS between client and midwife, {{LOCATION:Alice Springs Hospital}} outreach
Tue {{DATE:25/11}} 08:10 midwife {{NAME:Kirsten}}: Morning {{NAME:Shaniqua}}, its {{NAME:Kirsten McAllister}} the midwife. How's bub kicking?
08:31 client: good. aunty {{NAME:Rosalie Ngala}} taking me to clinic at {{LOCATION:Ltyentye Apurte}} today
08:33 midwife: Deadly. Can you get the GTT bloods done there? Ask for nurse {{NAME:Dion}}. 
08:40 client: yep. my new number is {{PHONE:0491 570 289}}, old one got smashed
08:41 midwife: Saved. Next scan is {{DATE:3 Dec}} in town. Bus from {{LOCATION:Santa Teresa}} leaves 6am
08:42 client: can my partner {{NAME:Jarrah Campbell}} come too
08:43 midwife: course. Your Medicare is {{HEALTH_PLAN:6104 55892 3}}? Need it for the scan.
08:44 client: yeah thats it
08:50 midwife: Also {{NAME:Shaniqua}}, pharmacy at {{LOCATION:Congress Medical}} on {{LOCATION:Gap Rd}} has your iron tablets. {{NAME:Rosalie}} can pick up.
08:52 client: ok. nan {{NAME:Topsy}} says hi to you` },
];
