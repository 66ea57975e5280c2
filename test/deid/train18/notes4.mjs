// train18 notes 4: Japan and Korea in English: family name first, chome/banchi and dong/gu addresses.
export default [
  {
    id: 't18-028',
    kind: 'referral letter (Japan, chome address)',
    text: `
{{LOCATION:Takahashi Naika Clinic}}, {{LOCATION:2-14-7 Nishi-Ogikubo}}, {{LOCATION:Suginami-ku}}, Tokyo {{LOCATION:167-0042}}
{{DATE:November 12, 2026}}
Dear Dr. {{NAME:Ishikawa Haruto}}, Department of Neurology, {{LOCATION:Tokyo Women's Medical University Hospital}}
Thank you for seeing Mrs. {{NAME:WATANABE Sachiko}} ({{NAME:Watanabe}} is the family name), {{AGE_OVER_89:90}} years, with a 4-month history of resting tremor and micrographia. MMSE 25/30. Her son {{NAME:Watanabe Kenji}} lives nearby in {{LOCATION:Kichijoji}}. Insurance: kouki koreisha {{HEALTH_PLAN:39131456-0082211}}. Tel {{PHONE:03-5550-2718}}, fax {{FAX:03-5550-2719}}.
{{NAME:Takahashi Yumiko}}, MD
`,
  },
  {
    id: 't18-029',
    kind: 'home-visit nursing log (rural Japan)',
    text: `
Visit {{DATE:2026/11/06}}, {{NAME:Sasaki}} (visiting nurse, {{LOCATION:Tono Home Nursing Station}})
{{NAME:Kikuchi Tatsuo}}-san, 88, lives alone at {{LOCATION:Aza Kamigo 12-3}}, {{LOCATION:Tsukimoushi-cho}}, {{LOCATION:Tono-shi}}. Snow expected; neighbour {{NAME:Oikawa}} checks on him. Pressure sore sacrum stage 2, DESIGN-R 9. Care manager {{NAME:Abe Michiko}} ({{PHONE:0198-55-5012}}).
`,
  },
  {
    id: 't18-030',
    kind: 'Korean discharge summary (dong/gu)',
    text: `
{{LOCATION:Seoul National University Bundang Hospital}} - Discharge {{DATE:2026.11.09}}
Patient {{NAME:KIM Min-jun}} / {{NAME:Kim Minjun}}, registration {{MRN:12840733}}, RRN {{SSN:000214-1******}}
Address: {{LOCATION:17, Hwangsaeul-ro 200beon-gil}}, {{LOCATION:Bundang-gu}}, {{LOCATION:Seongnam-si}}, Gyeonggi-do {{LOCATION:13595}}
Acute appendicitis, laparoscopic appendectomy {{DATE:2026.11.07}} by Prof. {{NAME:Park Ji-hoon}}. Mother {{NAME:Lee Soo-yeon}}, {{PHONE:010-5550-3391}}. F/U surgery OPD {{DATE:11/20}}.
`,
  },
  {
    id: 't18-031',
    kind: 'KakaoTalk-style family chat (Korean-English)',
    text: `
{{NAME:jiwoo}}: appa is at {{LOCATION:Asan Medical Center}} ER again, bp 190
{{NAME:seo-yeon}} unnie: omg which ward
{{NAME:jiwoo}}: east building 12F. dr {{NAME:choi}} said maybe stroke, mri now
halmeoni {{NAME:Yoon}}: i will come from {{LOCATION:Jamsil}}
{{NAME:jiwoo}}: his patient no {{MRN:3318-0224}}. visitor pass only 1
`,
  },
  {
    id: 't18-032',
    kind: 'occupational injury form (Japan, foreign worker)',
    text: `
Workplace injury report, {{LOCATION:Toyohashi Plant}} of Chubu Auto Parts, {{DATE:2026-10-27}}
Worker: {{NAME:Nguyen Thi Hoa}} (technical intern from Vietnam), residence card {{OTHER_ID:UH55502871EA}}
Dormitory: {{LOCATION:Sun Heights 203}}, {{LOCATION:3-8 Hanada-cho}}, {{LOCATION:Toyohashi}}
Left index finger crush in press; treated at {{LOCATION:Toyohashi Municipal Hospital}} by Dr. {{NAME:Suzuki Ryo}}. Interpreter {{NAME:Tran Van Long}}. Supervisor {{NAME:Mori Kazuya}}, {{EMAIL:k.mori@example.co.jp}}.
`,
  },
  {
    id: 't18-033',
    kind: 'Korean clinic message with app and device',
    text: `
[{{LOCATION:Gangnam Severance}} diabetes app] {{DATE:Nov 15}} 21:08 - sensor {{DEVICE:3MH0055502K1}} disconnected. Patient {{NAME:Jung Ha-eun}} (ID {{OTHER_ID:GS-DM-77120}}) logged in from {{IP:203.0.113.54}}. Portal {{URL:https://care.example.kr/dm/77120}}. Nurse {{NAME:Han Seul-gi}} will call {{PHONE:010-5550-8812}}.
`,
  },
  {
    id: 't18-034',
    kind: 'Japanese dental chart (ID by biometrics after disaster)',
    text: `
Dental identification record, {{LOCATION:Wajima}} city hall gym, {{DATE:January 3, 2024}}
Body no. {{OTHER_ID:WJ-0147}}. Matched to {{NAME:Nakanishi Fumiko}}, born {{DATE:1935-04-18}}, of {{LOCATION:Kawai-machi}}, by dental chart from {{LOCATION:Nakanishi Dental Office}} and fingerprint record {{BIOMETRIC:FP-ISK-558201}}. Identified by nephew {{NAME:Nakanishi Sho}}. Dentist: Dr {{NAME:Hayashi Keiko}}.
`,
  },
];
