// train15 notes7: text written by patients, families and carers (gold marks {{TYPE:value}}).
export default [
  {
    id: 't15-061',
    kind: 'portal-message',
    text: `
Subject: results from the sleep clinic
Good morning, I am {{NAME:Siddharth}} "{{NAME:Sid}}" {{NAME:Raghunathan}}. Dr {{NAME:Ostrowska}} at {{LOCATION:Stanford Sleep Center}} in {{LOCATION:Redwood City}} said results would be online at {{URL:https://mychart.example.org/results/88412}} but the link shows nothing. I moved to {{LOCATION:380 Hamilton Ave #21}}, {{LOCATION:Palo Alto}} {{LOCATION:94301}}. Guarantor account {{ACCOUNT:GA-3308174}}. My wife {{NAME:Meera}} has the same problem with her account.

Sleep study results (copied): AHI 22, moderate OSA, lowest SpO2 84%, periodic limb movements 12/h. Recommend CPAP auto 6-15 cm, ResMed AirSense 11. Epworth 13. Also tried Ambien once. I am Tamil and speak English.

Reply {{DATE:11/24/2026}} from {{NAME:Gabriel Ostrowski}}, sleep tech: results are on {{URL:https://mychart.example.org/results/88412?v=2}} now. CPAP loaner serial {{DEVICE:AS11-2218-90417}}.

From {{NAME:Meera Raghunathan}}: mine works now too. Our IP at home {{IP:198.51.100.23}}, in case.
`,
  },
  {
    id: 't15-062',
    kind: 'chatbot-question',
    text: `
User: my dad {{NAME:Emeka}} is 72 and keeps choking on food since his stroke. we're in {{LOCATION:Enugu}}, the doctor at {{LOCATION:UNTH Ituku-Ozalla}} said speech therapy but there isn't one. anything at home?
Bot: Sitting upright, small mouthfuls and thickened fluids may help; an in-person swallow assessment is still important.
User: thanks. my brother {{NAME:Ikenna}} in {{LOCATION:Houston}} can pay for private. our family friend Dr {{NAME:Chinwe Eze-Okafor}} works at {{LOCATION:Memorial Hermann}}.

User: also my mum {{NAME:Ngozi}} says thank u. she sells at {{LOCATION:Ogbete Main Market}}. dr {{NAME:Eze-Okafor}} says call {{PHONE:+234 803 555 0194}}

User: my cousin {{NAME:Obinna}} will bring dad to {{LOCATION:Park Lane Hospital}} on {{DATE:Dec 2}}.
`,
  },
  {
    id: 't15-063',
    kind: 'memorial-note',
    text: `
Remembering {{NAME:Aleksander Juhani Tamm}}
1931 - 2026
Born in {{LOCATION:Parnu}}, Estonia, fled to Sweden in 1944 and later to {{LOCATION:Lakewood}}, New Jersey. Died at {{LOCATION:Monmouth Medical Center}} on {{DATE:October 31}}, aged {{AGE_OVER_89:95}}. His wife {{NAME:Helju}} died in 2011. He leaves his children {{NAME:Kadri}} and {{NAME:Toomas Tamm}}, and his friend from the choir at {{LOCATION:St. John's Estonian Lutheran Church}}, {{NAME:Vello Saar}}. Donations to the {{LOCATION:Estonian House}} in {{LOCATION:New York}}.

Arrangements: {{LOCATION:Holman Funeral Home}}, {{LOCATION:Freehold}}. Service led by Pastor {{NAME:Kaisa Kask}} on {{DATE:November 12}}.

Placed by {{NAME:Kadri Tamm-Peterson}}, {{EMAIL:kadri.tp@example.com}}.
`,
  },
  {
    id: 't15-064',
    kind: 'letter-to-gp',
    text: `
Dear Dr {{NAME:Balogun}},
I'm writing as the foster carer of {{NAME:Amara}} (9). Social worker {{NAME:Kerry-Ann Blackwood}} ({{EMAIL:k.blackwood@example.gov.uk}}) asked me to share this. {{NAME:Amara}}'s bedwetting started after the move from {{LOCATION:Hackney}} to us in {{LOCATION:Walthamstow}}, {{LOCATION:E17 4PP}}. She attends {{LOCATION:Greenleaf Primary School}}, teacher Mr {{NAME:Ahmed}}. Her local authority reference is {{OTHER_ID:LBWF-CP-2026-0417}}. Her birth mum {{NAME:Shanice}} has contact every other Saturday at the {{LOCATION:Jubilee Family Centre}}. Please fax the referral to {{FAX:020 7946 0852}}.
Best wishes, {{NAME:Grace Ezeh}}, {{PHONE:07700 900783}}

{{NAME:Amara}}'s background: she is on no regular medicines; she had a UTI treated with Nitrofurantoin last year. Her school nurse used the Bristol Stool Chart. Enuresis alarm (Malem) was suggested. She speaks English and some Twi. CAMHS referral is pending.

P.S. {{NAME:Amara}}'s NHS number is {{MRN:485 777 3456}}. Her previous GP was Dr {{NAME:Oyelaran}} at {{LOCATION:Lower Clapton Group Practice}}. I live at {{LOCATION:27 Hoe Street}}, {{LOCATION:Walthamstow}}.

Reply from Dr {{NAME:Balogun}}, {{DATE:26 November}}: I will see {{NAME:Amara}} with you on {{DATE:2 December}}. Please bring {{NAME:Kerry-Ann}}'s letter.
`,
  },
];
