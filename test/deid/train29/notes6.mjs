// train29 notes 6: care-home daily records (day and night entries, visitor log, activities, handover,
// end-of-life care, resident of the day, weekly summary, care plan review).
export default [
  {
    id: 't29-046',
    kind: 'care-home daily record (day shift)',
    text: `
{{LOCATION:Bryn Awel Residential Home}} - daily record
Resident: {{NAME:Gwilym Tudor-Amadi}}, room 11. Date: {{DATE:14/02/2026}}
07:40 Assisted to wash and dress by {{NAME:Marites}}. Chose the red jumper his wife {{NAME:Sian}} knitted. Breakfast: porridge, half a Fortisip.
10:15 Sat in the lounge with Mrs {{NAME:Olwen Pritchard}} from room 4; they talked about chapel in {{LOCATION:Bethesda}} when they were young.
12:30 Lunch eaten well. Movicol one sachet given (MAR). Waterlow 14, MUST 1.
14:00 Visit from his granddaughter {{NAME:Ffion}} and her friend {{NAME:Tamar}}. {{NAME:Ffion}} brought photos of the farm at {{LOCATION:Rachub}}. {{NAME:Gwilym}} cried a little and then sang.
16:30 Said he wanted to "go home to {{NAME:Sian}}". Reassured; {{NAME:Sian}} died in 2015. Settled with tea.
Signed: {{NAME:Jomar Villanueva}} (senior carer)
`,
  },
  {
    id: 't29-047',
    kind: 'care-home night record',
    text: `
NIGHT RECORD - {{LOCATION:Heatherbank Care Home}}, {{LOCATION:Blairgowrie}}   {{DATE:19-20 Feb 2026}}
Room 2 {{NAME:Morag Kinnear}} ({{AGE_OVER_89:96}}): slept well. Turned 2-hourly, pressure areas intact. Pad changed 02:00.
Room 5 {{NAME:Alasdair Munro-Okeke}}: awake 01:10 asking for {{NAME:Jessie}} (his sister in {{LOCATION:Pitlochry}}); walked with him to the kitchen, cup of tea, back to bed 01:45.
Room 7 {{NAME:Dorota Gajewska}}: Parkinson's meds given 22:00 and 06:00 on time. Sensor mat alarm ({{DEVICE:CM-4410-2207}}) activated x2; no falls.
Room 9 {{NAME:Hector Lyall}} ({{AGE_OVER_89:90}}): chesty cough, temp 37.6, sats 95% on air. Phoned NHS 24 at 03:30; advised GP review in the morning. Son {{NAME:Struan}} informed at 07:00 ({{PHONE:01250 555 118}}).
Room 12 {{NAME:Bunty}} ({{NAME:Elizabeth}}) {{NAME:Fairweather}}: unsettled, calling out. Abbey Pain 6; paracetamol given.
Night staff: {{NAME:Precious Moyo}}, {{NAME:Kestutis}}
`,
  },
  {
    id: 't29-048',
    kind: 'care-home visitor log',
    text: `
VISITORS BOOK - {{LOCATION:Willowmead Nursing Home}}, {{LOCATION:27 Kingsdown Parade}}, {{LOCATION:Bristol}} {{LOCATION:BS6 5UF}}
Sat {{DATE:21 Feb}}
10:05 {{NAME:Ravi Chaudhuri-Blake}} to see Mum ({{NAME:Kamala Chaudhuri}}) rm 3. Car {{VEHICLE:WU19 XKD}}.
10:40 Fr. {{NAME:Benedict Olisa}} (Communion round) - rooms 3, 8, 14.
11:15 {{NAME:Lotte}} and {{NAME:Hendrik de Boer}} to see Opa {{NAME:Wim}} (rm 8). Brought the dog, Pip.
13:00 Hairdresser ({{NAME:Shaz}}).
14:20 {{NAME:Keturah Bishop}} to see Aunt {{NAME:Ivy}} rm 14 - signed in as next of kin.
15:00 {{NAME:Summer Okoro}}, podiatrist.
16:45 {{NAME:Ravi}} left.
Visitors are reminded that the Wi-Fi login page ({{URL:http://guest.willowmead.example.co.uk}}) logs devices; {{NAME:Ravi}}'s tablet connected as {{IP:192.0.2.66}}.
Door entry by fingerprint for staff only; visitor {{NAME:Keturah}} asked to be enrolled, template {{BIOMETRIC:FP-WM-00917}} created by manager {{NAME:Delphine Acheampong}}.
`,
  },
  {
    id: 't29-049',
    kind: 'care-home activity log',
    text: `
Activities diary, week of {{DATE:23 February 2026}} - {{LOCATION:Sunnyside House}}, {{LOCATION:Harrogate}}
Monday: chair exercise with {{NAME:Ines}} from Oomph. Nine residents. {{NAME:Reginald Oduya}} led the warm-up "like at the barracks in {{LOCATION:Catterick}}".
Tuesday: reminiscence - seaside. {{NAME:Dorothy Ngata}} remembered the pier at {{LOCATION:Saltburn}}; {{NAME:Ivor}} remembered {{LOCATION:Scarborough}} and the Spa. Photographs shared to the families' page ({{PHOTO:Sunnyside_reminisce_240226.jpg}}).
Wednesday: pupils from {{LOCATION:Oatlands Junior School}} sang. Mrs {{NAME:Hester Quarshie}} ({{AGE_OVER_89:101}}) clapped along and asked one boy, {{NAME:Alfie}}, his name three times.
Thursday: church service led by Pastor {{NAME:Emeka}} from {{LOCATION:Kingdom Life Church}}, {{LOCATION:Knaresborough}}.
Friday: pamper afternoon. {{NAME:Hester}} had her nails painted by {{NAME:Jodie}}.
Co-ordinator: {{NAME:Bethan Iwu}}
`,
  },
  {
    id: 't29-050',
    kind: 'care-home shift handover',
    text: `
Handover 14:00 {{DATE:2/3/26}}, {{LOCATION:Rosebank}} unit
- {{NAME:Kalinda}} (rm 1): Aboriginal elder, prefers to be called Aunty {{NAME:Kal}}... no, she asked to be called {{NAME:Kalinda}}. Niece {{NAME:Tjarra}} coming from {{LOCATION:Yuendumu}} next week, staying at {{LOCATION:Desert Palms}} in {{LOCATION:Alice Springs}}.
- {{NAME:Bruno Castagnetti}} (rm 4): C. diff negative, isolation stopped. Wife {{NAME:Nella}} visits daily 3pm.
- {{NAME:Shirley}} and {{NAME:Dale Whitlam}} (rm 6 and 7, married couple): {{NAME:Dale}} fell yesterday, body map done, photo {{PHOTO:DW_bodymap_010326.png}}.
- Mr {{NAME:Nguyen Van Hoa}} (rm 9): new admission from {{LOCATION:Royal Darwin Hospital}}. Medicare {{HEALTH_PLAN:2950 55127 1}}. Son {{NAME:Tuan}} on {{PHONE:0491 570 233}}.
- {{NAME:Winnie}} (rm 10): Norovirus symptoms? Stool sample sent.
RN on: {{NAME:Baraka}}. Agency: {{NAME:Lisiate}}.
`,
  },
  {
    id: 't29-051',
    kind: 'end-of-life care record (care home)',
    text: `
Last days of life - care record
{{NAME:Annunziata "Nancy" Ferraro}}, {{AGE_OVER_89:98}}, room 15, {{LOCATION:Villa Scalabrini}}, {{LOCATION:Drummoyne}}.
{{DATE:26/02/2026}} 09:00 Syringe driver (serial {{DEVICE:NK34-55-0712}}) running: midazolam 10 mg, morphine 5 mg over 24h. Mouth care 2-hourly.
11:30 Daughter {{NAME:Concetta}} and grandson {{NAME:Matteo}} arrived. {{NAME:Concetta}} asked for Father {{NAME:Gianluca}} from {{LOCATION:St Mark's}}, {{LOCATION:Drummoyne}} - phoned, coming at 2.
14:15 Anointing of the sick. {{NAME:Nancy}}'s sister {{NAME:Pina}} joined by video from {{LOCATION:Lipari}}.
19:50 Breathing changed. {{NAME:Concetta}} holding her hand; rosary playing on the speaker.
22:35 {{NAME:Nancy}} died peacefully. Verified by RN {{NAME:Tevita Halaholo}}. GP Dr {{NAME:Ana Lukic}} informed. Funeral director: {{LOCATION:Guardian Funerals}}, {{LOCATION:Five Dock}}.
`,
  },
  {
    id: 't29-052',
    kind: 'resident of the day review',
    text: `
Resident of the day - {{DATE:February 10, 2026}}
Name: {{NAME:Josephine Two Bulls}}   Room 22   DOB {{DATE:09/12/1930}} ({{AGE_OVER_89:95}})
{{LOCATION:Good Samaritan Society - Rapid City}}, {{LOCATION:610 Fairmont Blvd}}, {{LOCATION:Rapid City}}, SD {{LOCATION:57701}}
{{NAME:Josephine}} grew up in {{LOCATION:Porcupine}} on the reservation and taught Lakota at {{LOCATION:Red Cloud Indian School}} for many years. Her granddaughter {{NAME:Tashina}} visits on Saturdays; her great-grandson {{NAME:Wiyaka}} drew the picture above her bed.
Weight stable. Hearing aids (serials {{DEVICE:OT-5512-L}} and {{DEVICE:OT-5512-R}}) cleaned. Medicaid ID {{HEALTH_PLAN:SD55012877}}.
Food preferences updated: wojapi when the kitchen can. Room deep-cleaned. Care plan reviewed with {{NAME:Tashina}} by phone {{PHONE:(605) 555-0139}}.
Reviewer: {{NAME:Kimimela Yellow Horse}}, LPN
`,
  },
  {
    id: 't29-053',
    kind: 'care-home weekly summary to family (e-mail)',
    text: `
From: {{EMAIL:care.team@thelindens.example.co.uk}}
To: {{EMAIL:aleksandra.vuk@mail.example.com}}
Date: {{DATE:27 February 2026}}
Subject: Weekly update - your father

Dear {{NAME:Aleksandra}},
A short note about {{NAME:Dragan}}'s week at {{LOCATION:The Lindens}}. He has been brighter since his friend {{NAME:Milorad}} visited on Sunday; they played chess and argued about the football in {{LOCATION:Belgrade}}.
He had a GP review on Tuesday with Dr {{NAME:Oyinlola}}: his Eliquis was continued and his Furosemide reduced. Podiatry on Thursday.
He asked again about his flat on {{LOCATION:Craigmillar Park}} in {{LOCATION:Edinburgh}}; we told him you are looking after it.
You can see the photos from the St Patrick's day party on our page: {{URL:https://thelindens.example.co.uk/family/dv2217}}.
Kind regards,
{{NAME:Hollie Makarenko}}, Deputy Manager
`,
  },
  {
    id: 't29-054',
    kind: 'care plan review meeting record',
    text: `
Care plan review - {{DATE:4 March 2026}}
Resident: {{NAME:Khurshid Begum}}, room 3, {{LOCATION:Ashlea Court}}, {{LOCATION:Bradford}}. Date of admission {{DATE:September 2023}}.
Present: {{NAME:Khurshid}}, her son {{NAME:Tariq Mahmood}}, daughter-in-law {{NAME:Nasreen}}, key worker {{NAME:Grace Olawale}}, nurse {{NAME:Sipho}}.
{{NAME:Khurshid}} said through {{NAME:Nasreen}} (Punjabi) that she misses the Eid gatherings at {{LOCATION:Jamia Masjid}} on {{LOCATION:Thornton Lane}}. {{NAME:Tariq}} will take her for Eid if the weather allows.
Diet: halal, soft. Continence: pads at night. Falls: none since {{DATE:December}}. Weight 52 kg. Skin intact.
{{NAME:Tariq}} raised the bill for the extra physio; account {{ACCOUNT:ASH-0003-5512}} checked, charge removed.
Next review: {{DATE:June 2026}}. Signed {{NAME:G. Olawale}}.
`,
  },
];
