// train18 notes 5: China, Taiwan, Mongolia, Central Asia and the Pacific islands in English.
export default [
  {
    id: 't18-035',
    kind: 'Taiwan NHI clinic note',
    text: `
{{LOCATION:Taipei Veterans General Hospital}}, OPD {{DATE:2026/11/10}}
{{NAME:CHEN Wei-Ting}} ({{NAME:Chen Wei-ting}}), F 52, chart {{MRN:48827716}}, ID {{SSN:A000345678}}
Address: {{LOCATION:No. 5, Ln. 28, Sec. 2, Shipai Rd.}}, {{LOCATION:Beitou Dist.}}, {{LOCATION:Taipei City}} {{LOCATION:112}}
Hashimoto thyroiditis on levothyroxine 75 mcg, TSH 3.1. Husband {{NAME:Lin Chih-Hao}} {{PHONE:0912-555-087}}. Copay account {{ACCOUNT:VGH-AC-55021877}}.
`,
  },
  {
    id: 't18-036',
    kind: 'mainland China village doctor note (pinyin)',
    text: `
{{LOCATION:Xiaohe Village Clinic}}, {{LOCATION:Shuangqiao Township}}, {{LOCATION:Guangyuan}}, Sichuan - {{DATE:5 Nov 2026}}
{{NAME:Wang Guifang}}, 74, left-behind grandmother caring for grandson {{NAME:Wang Haoyu}} (parents work in {{LOCATION:Dongguan}}). BP 172/98; amlodipine 5 mg. New rural cooperative card {{HEALTH_PLAN:NCMS-510821-0044127}}. Village doctor {{NAME:Zhao Deming}}; referred to {{LOCATION:Wangcang County People's Hospital}}.
`,
  },
  {
    id: 't18-037',
    kind: 'Mongolian family clinic note (khoroo, ger district)',
    text: `
{{LOCATION:Bayanzurkh District Health Centre}}, {{LOCATION:Ulaanbaatar}}, {{DATE:12.11.2026}}
{{NAME:Bat-Erdene Oyunchimeg}} (patronymic {{NAME:Bat-Erdene}}, given name {{NAME:Oyunchimeg}}), 41, {{LOCATION:khoroo 26}}, ger district, {{LOCATION:Shar Khad}} street 3, ger no. {{LOCATION:118}}. CO poisoning from coal stove; COHb 18%. Husband {{NAME:Ganbold}} and son {{NAME:Temuulen}} also headaches. Register no. {{OTHER_ID:UE81111210}}. Phone {{PHONE:+976 9955 5021}}.
`,
  },
  {
    id: 't18-038',
    kind: 'Central Asia TB note (Kyrgyzstan, Uzbekistan)',
    text: `
{{LOCATION:Osh Oblast TB Centre}}, {{DATE:3 November 2026}}
{{NAME:Abdurakhmonov Ulugbek Karimovich}}, 36, labour migrant returned from {{LOCATION:Yekaterinburg}}; lives in {{LOCATION:Kara-Suu}}, {{LOCATION:Tolikan village}}. MDR-TB, BPaLM started. Wife {{NAME:Dilnoza Rakhimova}}. Passport {{OTHER_ID:AC5550287}}. Video-observed therapy via {{URL:https://vot.example.kg/p/8812}}, palm-vein enrolment {{BIOMETRIC:PV-OSH-00912}}.
Doctor {{NAME:Aizhan Toktogulova}}; e-mail {{EMAIL:a.toktogulova@example.kg}}
`,
  },
  {
    id: 't18-039',
    kind: 'Pacific island outreach (Fiji, Samoa, Tonga)',
    text: `
Outreach clinic, {{LOCATION:Nabouwalu Hospital}}, Vanua Levu, {{DATE:Oct 29, 2026}}
1. Ratu {{NAME:Josefa Nailatikau}}, 58, from {{LOCATION:Nabavatu village}}, {{LOCATION:Dreketi}}. Gout, uric acid 0.61. 
2. {{NAME:Losana Tuilau}}, 33, G3, BP 150/100, referred to {{LOCATION:Labasa Hospital}}.
Samoan patient visiting: {{NAME:Tuiasosopo Faleolo Lemalu}} of {{LOCATION:Falealupo}}, Savai'i, and Tongan cousin {{NAME:Sione Tu'ipulotu Havili}} of {{LOCATION:Kolonga}}, Tongatapu.
Nurse {{NAME:Mereani Vakaloloma}} ({{PHONE:+679 955 5012}})
`,
  },
  {
    id: 't18-040',
    kind: 'Marshall Islands referral (atoll/island)',
    text: `
{{LOCATION:Leroij Atama Zedkaia Hospital}}, {{LOCATION:Majuro}}, {{DATE:16 Nov 2026}}
{{NAME:Jabwe Laijo Kabua}}, 9, from {{LOCATION:Ebon Atoll}}, {{LOCATION:Toka island}}, rheumatic fever, ECHO moderate MR. Off-island referral to {{LOCATION:Straub Benioff Medical Center}} via {{LOCATION:Honolulu}}. Mother {{NAME:Neimon Laijo}}. Fax {{FAX:+692 625 5550}}.
`,
  },
];
