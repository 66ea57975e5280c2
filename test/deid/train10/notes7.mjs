// train10 notes7: messages between clinicians (secure chat, e-mail, pager, Teams), and two more assistant prompts.
export default [
{ id: 't10-055', kind: 'secure-chat', text: `
Secure chat (Hospify) - Medical registrar <-> Consultant on call - {{DATE:26/11/2026}}
[21:02] {{NAME:Zainab Mahmood-Oyelaran}} (SpR): Hi Dr {{NAME:Whitfield}}, sorry to bother. 3 to run past you
[21:03] {{NAME:Graham Whitfield}}: go ahead
[21:04] {{NAME:Zainab}}: 1) {{NAME:Dariusz Krol}}, 58, from {{LOCATION:Sighthill}}, NSTEMI, trop 880, already on ticagrelor. Cath lab at {{LOCATION:Royal Infirmary of Edinburgh}} can take him tomorrow am. Happy?
[21:05] {{NAME:Graham Whitfield}}: yes. fondaparinux tonight
[21:07] {{NAME:Zainab}}: 2) Mrs {{NAME:Isobel Cruickshank}}, {{AGE_OVER_89:95}}, from {{LOCATION:Murrayfield House}} care home. Aspiration pneumonia, Rockwood 7, ReSPECT says no ICU. Granddaughter {{NAME:Kirsty}} asking for "everything". Could you speak to her? {{PHONE:07700 900233}}
[21:09] {{NAME:Graham Whitfield}}: will call at 9.30. who's her GP?
[21:10] {{NAME:Zainab}}: Dr {{NAME:Baird}}, {{LOCATION:Stockbridge Health Centre}}
[21:12] {{NAME:Zainab}}: 3) {{NAME:Tendai Chikwanha}}, 23, T1DM, DKA, pH 7.08. Lives with flatmates on {{LOCATION:Dalry Road}}. Mum {{NAME:Rudo}} in {{LOCATION:Harare}} wants updates via WhatsApp {{PHONE:+263 77 555 0148}} - OK to message?
[21:14] {{NAME:Graham Whitfield}}: only with his consent. HDU bed?
[21:15] {{NAME:Zainab}}: ward 118 HDU accepted. Thanks!
[21:15] {{NAME:Graham Whitfield}}: thanks {{NAME:Zee}}. call if worried
[21:40] {{NAME:Zainab}}: update: {{NAME:Kirsty}} is fine with ward care after speaking to you. Also {{NAME:Dariusz}}'s wife {{NAME:Agnieszka}} asked if he can have the Polish priest from {{LOCATION:St Mary's Cathedral}} - sorted with chaplaincy.` },

{ id: 't10-056', kind: 'email-gp-specialist', text: `
From: Dr {{NAME:Ayesha Siddiqui-Holm}} <{{EMAIL:ayesha.siddiqui-holm@example.se}}>
To: {{EMAIL:endokrin.mottagning@example.se}}
Cc: {{NAME:Lena Bergqvist}} <{{EMAIL:lena.bergqvist@example.se}}>
Date: Mon, {{DATE:24 Nov 2026}} 08:51
Subject: Remiss - {{NAME:Johanna Nieminen}} ({{OTHER_ID:19880614-4471}}) - thyroid nodule

Hej colleagues,
I'm referring {{NAME:Johanna Nieminen}}, 38, a Finnish-speaking teacher at {{LOCATION:Fredrika Bremergymnasiet}} in {{LOCATION:Haninge}}, with a 2.8 cm TI-RADS 4 nodule found on ultrasound at {{LOCATION:Capio Vardcentral Handen}} on {{DATE:12 Nov}}. TSH 1.2. She lives at {{LOCATION:Runda vagen 19}}, {{LOCATION:136 40 Haninge}}. Her mother {{NAME:Tuula Nieminen}} had papillary carcinoma treated in {{LOCATION:Tampere}}.
She prefers mornings; mobile {{PHONE:070-555 02 19}}. Images are in PACS, ref {{OTHER_ID:US-2026-114471}}.

Med vanliga halsningar,
{{NAME:Ayesha Siddiqui-Holm}}, specialist i allmanmedicin
{{LOCATION:Capio Vardcentral Handen}} | tel {{PHONE:08-555 010 44}} | fax {{FAX:08-555 010 45}}` },

{ id: 't10-057', kind: 'pager-log', text: `
bleep log, F1 medicine nights, {{DATE:25-26/11}} (copied into handover by {{NAME:raj}})
22:14 from 4471 (ward 9 {{NAME:ciara}}): pls r/v mr {{NAME:obi}} bed 12, nEWS 6, rr 26
22:31 from 4471: also {{NAME:sunita}} bed 3 needs gent level prescribed
23:05 from 6120 (AMU {{NAME:kwame}}): new pt {{NAME:angharad lloyd-rees}} 79 from {{LOCATION:llandaff}}, needs clerking, ?pe
23:40 from 5502 (pharmacy {{NAME:noor}}): {{NAME:giuseppe russo}}'s tacro level 14, hold am dose?
00:12 from 4471: mr {{NAME:obi}} wife {{NAME:chinyere}} on phone asking for update, {{PHONE:07700 900512}}
01:50 from switch: GP OOH re pt {{NAME:dafydd hughes}}, {{AGE_OVER_89:ninety-one}}, at {{LOCATION:ty gwyn care home}}, {{LOCATION:whitchurch}}, fall no injury, advice only
03:22 from 6120: {{NAME:angharad lloyd-rees}} ctpa booked 08:00
04:10 from ward 9: mr {{NAME:obi}} settled. thx {{NAME:raj}}
handed to day team dr {{NAME:olamide ajayi}} 08:00` },

{ id: 't10-058', kind: 'teams-chat-it', text: `
teams chat: clinic manager <-> IT service desk  {{DATE:11/24/2026}}
{{NAME:Marisol Quintanilla}} (manager): hey {{NAME:Devraj}}, the palm scanner at front desk 2 keeps rejecting {{NAME:Gloria Etsitty}}. her enrolment template is {{BIOMETRIC:PV-TPL-0091447}}
{{NAME:Devraj Subramanian}} (IT): checking. scanner asset {{DEVICE:PSN-30-88172}}, ip {{IP:10.44.17.201}}?
{{NAME:Marisol Quintanilla}}: yes that one. she's {{AGE_OVER_89:90}}, hands are cold, poor thing
{{NAME:Devraj Subramanian}}: ok, i re-enrolled with a new template {{BIOMETRIC:PV-TPL-0091998}} and retired the old one. also {{NAME:Harlan Etsitty}} (husband?) has a duplicate record, MRN {{MRN:A00771249}} and {{MRN:A00771250}}
{{NAME:Marisol Quintanilla}}: yes husband. merge pls. his fingerprint id for the pharmacy cabinet is {{BIOMETRIC:FP-55021}}
{{NAME:Devraj Subramanian}}: ticket {{OTHER_ID:INC0447192}}. the kiosk at the {{LOCATION:Shiprock}} clinic shows the same error from {{IP:2001:db8:44::17}}, will look tomorrow
{{NAME:Marisol Quintanilla}}: thx. status page? 
{{NAME:Devraj Subramanian}}: {{URL:https://status.example.org/palmsecure/clinic-nm-07}}` },

{ id: 't10-059', kind: 'midwife-messages', text: `
Messages between community midwives (team app) - {{LOCATION:Tower Hamlets}} team 3 - {{DATE:25/11/2026}}
{{NAME:Fatima-Zahra Benali}}: Morning all. {{NAME:Shirin Akhtar}} (EDD {{DATE:02/12}}) rang at 6, tightenings 1 in 10, primip, lives {{LOCATION:Flat 19, Lanark House}}, {{LOCATION:Old Ford Road}}, {{LOCATION:E3 5SN}}. Advised to ring {{LOCATION:Royal London}} triage.
{{NAME:Chloe Amankwah}}: I'm doing Mrs {{NAME:Nasrin Ahmed}}'s day 5 check in {{LOCATION:Bow}}. Baby {{NAME:Ayat}} weight down 11%, referring to infant feeding team.
{{NAME:Fatima-Zahra Benali}}: thanks {{NAME:Chloe}}. Also can someone see {{NAME:Precious Moyo}} today? Booking bloods, interpreter Shona not needed, she speaks English. Address {{LOCATION:44 Roman Road}}.
{{NAME:Olga Vasylenko}}: I'll take {{NAME:Precious}}. Her partner {{NAME:Tinashe}}'s van reg is {{VEHICLE:LD68 KFP}} if parking warden asks lol
{{NAME:Chloe Amankwah}}: haha. NB {{NAME:Shirin}}'s MRN {{MRN:RLH4401927}} for the triage call.
{{NAME:Fatima-Zahra Benali}}: cheers. Huddle 13:00 at {{LOCATION:Mile End Hospital}}.
{{NAME:Olga Vasylenko}}: FYI {{NAME:Precious}} BP 142/94 at booking, urine protein +, sent to Day Assessment Unit. PIGF requested. Started aspirin 150mg nocte from 12 weeks per NICE.` },

{ id: 't10-060', kind: 'pharmacist-email', text: `
From: {{EMAIL:tomas.ramirez-ibarra@example.com}}
To: Dr. {{NAME:Keisha Dunmore-Osei}} <{{EMAIL:kdunmore@example.org}}>
Sent: {{DATE:November 25, 2026}} 2:14 PM
Subject: Rx {{OTHER_ID:6604471-02}} for {{NAME:Wendell Broadnax}} -- oxycodone quantity

Dr. {{NAME:Dunmore-Osei}},
The PDMP shows Mr. {{NAME:Broadnax}} filled oxycodone 10mg #90 at {{LOCATION:Kroger Pharmacy}} in {{LOCATION:Paducah}} on {{DATE:11/18}} from Dr. {{NAME:Lamar Pettiford}} (DEA {{LICENSE:FP2290417}}). Your script for #120 came today. Please confirm before I fill. His DOB is {{DATE:7/4/1969}}, address {{LOCATION:2207 Jefferson St}}, {{LOCATION:Paducah}} KY {{LOCATION:42001}}.
Also, his daughter {{NAME:Tamika}} picks up; her driver's licence is KY {{LICENSE:D44-201-778}}.

{{NAME:Tomas Ramirez Ibarra}}, PharmD
{{LOCATION:Lourdes Outpatient Pharmacy}} | {{PHONE:270-555-0127}} | fax {{FAX:270-555-0128}}
P.S. Mr. {{NAME:Broadnax}}'s Humana ID {{HEALTH_PLAN:H44719022}} -- the Part D plan will not cover #120 without a PA anyway.` },

{ id: 't10-061', kind: 'lab-message', text: `
Message from laboratory to ward (EPR inbox)  {{DATE:26/11/2026}} 10:22
To: Sister {{NAME:Comfort Asamoah-Boateng}}, ward C5
From: {{NAME:Bogdan Iliescu}}, BMS, Blood Transfusion, {{LOCATION:Leicester Royal Infirmary}}
Re: WRONG BLOOD IN TUBE - sample rejected
Sample {{OTHER_ID:LR26-8817442}} labelled {{NAME:Mohammed Iqbal Patel}} DOB {{DATE:01/01/1950}} grouped as A Pos, but historic group on file for S number {{MRN:S0447129}} is O Neg. There is also a {{NAME:Mohammed Ismail Patel}} DOB {{DATE:10/01/1950}} on your ward (bed 14). Please re-bleed both, two separate samples, different times, signed by the person taking them.
Datix {{OTHER_ID:W-2026-44710}} raised. Ring ext 6044 or {{PHONE:0116 496 0733}}.
Regards, {{NAME:Bogdan}}
P.S. the phlebotomist on the label is HCA {{NAME:Jordan Pryce}}? - initials {{NAME:JP}} only, badge {{OTHER_ID:LRI-44719}}.` },

{ id: 't10-062', kind: 'transfer-request', text: `
Secure e-mail: inter-hospital transfer request
From: Dr. {{NAME:Avraham Ben-David}} <{{EMAIL:a.bendavid@example.co.il}}>, internal medicine B, {{LOCATION:Shaare Zedek Medical Center}}, {{LOCATION:Jerusalem}}
To: Dr. {{NAME:Rivka Halperin-Mizrahi}}, liver transplant unit, {{LOCATION:Beilinson Hospital}}, {{LOCATION:Petah Tikva}}
Date: {{DATE:23.11.2026}}
Patient: {{NAME:Yosef Chaim Rosenzweig}}, 49, ID {{OTHER_ID:000447192}}, Clalit member {{HEALTH_PLAN:CL-9920-4471}}
From {{LOCATION:Beit Shemesh}}, lives at {{LOCATION:Rehov Nahal Dolev 12}}. Alcohol-related? no - autoimmune hepatitis, MELD 31, INR 2.6, bilirubin 24. Wife {{NAME:Chana}}, sons {{NAME:Moshe}} and {{NAME:Eliezer}}; rabbi {{NAME:Shmuel Adler}} involved in decisions.
Family prefers no transfers on Shabbat (sunset Friday {{DATE:28.11}}).
Contact: {{PHONE:02-555-0147}} (ward), mobile {{PHONE:050-555-0193}}.
Referral packet uploaded to {{URL:https://transfer.example.co.il/case/44719}} from {{IP:198.51.100.202}}; coordinator {{NAME:Tamar Levi-Sasson}} {{EMAIL:tlevi@example.co.il}}.` },

{ id: 't10-063', kind: 'research-email', text: `
From: {{NAME:Hina Matsumoto-Clarke}} (research coordinator) <{{EMAIL:hmatsumoto@example.edu}}>
To: Dr {{NAME:Lwazi Ntuli}}
Date: {{DATE:11/25/2026}}
Subject: HEARTWATCH study - participant {{OTHER_ID:HW-0447}} withdrawal and device return

Hi Dr {{NAME:Ntuli}},
Participant {{NAME:Bolat Nurlanovich Akhmetov}} (MRN {{MRN:88201473}}) withdrew yesterday after moving to {{LOCATION:Almaty}}. He returned the chest patch ({{DEVICE:ZIO-XT-5510447}}) by mail from {{LOCATION:Bellevue}}, but his wrist band serial {{DEVICE:WB-22-00719}} is still out. His ECG signature and gait templates ({{BIOMETRIC:ECGSIG-0447-A}}, {{BIOMETRIC:GAIT-0447-02}}) will be deleted per the consent. Upload logs show last sync from {{IP:192.0.2.144}}.
Withdrawal form: {{URL:https://redcap.example.edu/surveys/?s=HW0447WD}}
His wife {{NAME:Aigerim}} can be reached at {{EMAIL:aigerim.akhmetova@example.kz}}.
Stipend account {{ACCOUNT:STP-20447193}} closed.
Thanks, {{NAME:Hina}}
P.S. his ex-employer (Boeing's {{LOCATION:Everett}} site) asked for a return-to-work note; I told them to contact {{LOCATION:Swedish Cherry Hill}} clinic.` },

{ id: 't10-064', kind: 'chat-prompt-condolence', text: `
draft a condolence card from our hospice team, warm but short. details:
deceased: {{NAME:Bernard "Bunny" Achterberg}}, died {{DATE:Nov 22}} at home in {{LOCATION:Pella}}, Iowa, age {{AGE_OVER_89:ninety-seven}}
wife {{NAME:Geertruida}} ({{NAME:Trudy}}), {{AGE_OVER_89:94}}; daughters {{NAME:Marjorie Vos}} and {{NAME:Annelies Brouwer}}; grandson Pastor {{NAME:Will Brouwer}} led the service at {{LOCATION:Third Reformed Church}}
team: nurse {{NAME:Kristen Van Wyk}}, aide {{NAME:Dolores Hernandez-Ruiz}}, chaplain {{NAME:Obinna Eze}}, SW {{NAME:Jill}}
address card to {{LOCATION:1310 Washington St}}, {{LOCATION:Pella}} IA {{LOCATION:50219}}
also remind me to send the bereavement packet link {{URL:https://hospice.example.org/grief/achterberg}} and cancel his SSN-linked billing, {{SSN:000-22-9147}}, account {{ACCOUNT:HSP-0044719}}, and the oxygen concentrator (Inogen SN {{DEVICE:1044719}}) pickup by Lincare in {{LOCATION:Oskaloosa}}
his voiceprint for the phone-refill line was {{BIOMETRIC:VP-7719-ACH}} - ask IT to delete` },
];
