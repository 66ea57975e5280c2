// train21 notes 5: East and Southeast Asia, Pacific (China, Korea, Vietnam, Thailand, Indonesia, Malaysia, Singapore, Samoa, Fiji).
export default [
  {
    id: 't21-039',
    kind: 'referral (China, road-lane-number-room)',
    text: `
Referral {{DATE:2026-11-22}}
Patient: {{NAME:LIU Guiying}}, F, {{AGE_OVER_89:90}}
Address: {{LOCATION:Room 502, Unit 3, Building 7, Lane 1388 Zhangyang Road}}, {{LOCATION:Pudong New Area}}, {{LOCATION:Shanghai}} {{LOCATION:200135}}
From {{LOCATION:Yangjing Community Health Service Center}} to {{LOCATION:Renji Hospital}} East campus. Hip fracture (Garden III).
Grandson {{NAME:Chen Haoyu}} {{PHONE:+86 138 5550 7712}}, WeChat {{OTHER_ID:chenhy_555}}
`,
  },
  {
    id: 't21-040',
    kind: 'home visit plan (Korea, dong-ho, gu)',
    text: `
Home visit plan {{DATE:2026.11.25}}
{{NAME:Park Soon-ja}} (84), {{LOCATION:Hyundai Apt 103-dong 1205-ho}}, {{LOCATION:Apgujeong-dong}}, {{LOCATION:Gangnam-gu}}, {{LOCATION:Seoul}} {{LOCATION:06000}}
Visiting nurse from {{LOCATION:Gangnam-gu Public Health Center}}; PEG care. Daughter-in-law {{NAME:Kim Mi-kyung}} {{PHONE:010-5550-3829}}
Hospital: {{LOCATION:Samsung Medical Center}}, Dr {{NAME:Lee Jae-hoon}}
`,
  },
  {
    id: 't21-041',
    kind: 'giay chuyen vien (Vietnam, hem, phuong, quan)',
    text: `
Giay chuyen vien {{DATE:20/11/2026}}
Ho ten: {{NAME:Nguyen Thi Thu Hang}}, 55 tuoi. BHYT {{HEALTH_PLAN:GD4795550182244}}
Dia chi: {{LOCATION:So 37/12 hem 184 Le Van Sy}}, {{LOCATION:Phuong 14}}, {{LOCATION:Quan 3}}, {{LOCATION:TP. Ho Chi Minh}}
Tu {{LOCATION:Benh vien Quan 3}} den {{LOCATION:Benh vien Cho Ray}}. Chong {{NAME:Tran Van Minh}} {{PHONE:090 555 8814}}
`,
  },
  {
    id: 't21-042',
    kind: 'transfer (Thailand, moo, tambon, amphoe)',
    text: `
Transfer {{DATE:23/11/2026}}
{{NAME:Somchai Saengthong}}, 67, {{LOCATION:99/3 Moo 7}}, {{LOCATION:Tambon Mae Ka}}, {{LOCATION:Amphoe Mueang Phayao}}, {{LOCATION:56000}}
From {{LOCATION:Mae Ka Subdistrict Health Promoting Hospital}} to {{LOCATION:Phayao Hospital}}; stroke, onset 0630, FAST +.
Wife {{NAME:Boonmee}}; village health volunteer {{NAME:Nong}}. Pickup truck {{VEHICLE:2 kor 5581}} Phayao
`,
  },
  {
    id: 't21-043',
    kind: 'surat rujukan (Indonesia, RT/RW, kelurahan)',
    text: `
Surat rujukan {{DATE:21-11-2026}}
Nama: {{NAME:Siti Nurhaliza binti Abdullah}}, NIK {{OTHER_ID:3201055501230000}}
Alamat: {{LOCATION:Jl. Kenanga No. 8 RT 03/RW 11}}, {{LOCATION:Kelurahan Cibubur}}, {{LOCATION:Kecamatan Ciracas}}, {{LOCATION:Jakarta Timur}} {{LOCATION:13720}}
Dari {{LOCATION:Puskesmas Ciracas}} ke {{LOCATION:RSUD Pasar Rebo}}. BPJS {{HEALTH_PLAN:0001555823411}}
Suami {{NAME:Agus Prasetyo}} kerja di {{LOCATION:Pabrik Indofood Cibitung}}.
`,
  },
  {
    id: 't21-044',
    kind: 'discharge (Malaysia, taman, mukim, kampung)',
    text: `
Discharge note {{DATE:26/11/2026}} - {{LOCATION:Hospital Raja Perempuan Zainab II}}, {{LOCATION:Kota Bharu}}
{{NAME:Wan Aminah binti Wan Ismail}}, IC {{OTHER_ID:550312-03-0000}}
Home: {{LOCATION:Lot 1422, Kampung Pulau Melaka}}, {{LOCATION:16400}} {{LOCATION:Melor}}
Son's house: {{LOCATION:No. 21, Jalan Mawar 3, Taman Desa Jaya}}, {{LOCATION:Kubang Kerian}}
{{LOCATION:Klinik Kesihatan Melor}} for dressing. Son {{NAME:Wan Azrul}} {{PHONE:019-555 2841}}
`,
  },
  {
    id: 't21-045',
    kind: 'polyclinic referral (Singapore, blk/unit)',
    text: `
Referral {{DATE:24 Nov 2026}}  {{LOCATION:Ang Mo Kio Polyclinic}}
{{NAME:Tan Ah Kow}}, NRIC {{OTHER_ID:S0055512Z}}, {{AGE_OVER_89:91}}
{{LOCATION:Blk 512 Ang Mo Kio Ave 8 #05-1234}}, Singapore {{LOCATION:560512}}
To {{LOCATION:Khoo Teck Puat Hospital}}, geriatric clinic. Helper {{NAME:Dewi}} (Indonesian). Daughter {{NAME:Jasmine Tan-Lim}} {{EMAIL:jasmine.tanlim@example.sg}}
Day care at {{LOCATION:Thye Hua Kwan Senior Activity Centre}}.
`,
  },
  {
    id: 't21-046',
    kind: 'referral (Samoa, village and district)',
    text: `
Referral {{DATE:19/11/2026}}
{{NAME:Tauiliili Faamausili Lealaiauloto}}, 48, village {{LOCATION:Satupaitea}}, {{LOCATION:Savaii}}
From {{LOCATION:Malietoa Tanumafili II Hospital}}, {{LOCATION:Tuasivi}} to {{LOCATION:Tupua Tamasese Meaole Hospital}}, {{LOCATION:Moto'otua}}
Stays with aunt {{NAME:Seini}} at {{LOCATION:Vaitele}}. Church: {{LOCATION:EFKS Satupaitea}}, pastor Rev. {{NAME:Iosefa Leavasa}}
`,
  },
  {
    id: 't21-047',
    kind: 'booking (Fiji, settlement and road)',
    text: `
Transport booking {{DATE:27/11/2026}}
{{NAME:Ratu Josaia Vakacegu}}, {{LOCATION:Naduri village}}, Macuata province; pickup {{LOCATION:Labasa}} bus stand
To {{LOCATION:Labasa Hospital}} dialysis then {{LOCATION:CWM Hospital}}, {{LOCATION:Suva}}
Escort niece {{NAME:Mereoni Tuilau}} {{PHONE:+679 555 1932}}. Taxi plate {{VEHICLE:LT 5582}}.
`,
  },
];
