// train30 notes 3 (China, Hong Kong, Taiwan): a county-hospital referral slip, a Shanghai family-doctor contract record,
// a cross-border Shenzhen-Hong Kong transfer, a Hong Kong geriatric day-hospital referral, a care-and-attention home
// record, a Taipei clinic letter, a Hualien indigenous township health-station note, a university-hospital e-mail about
// an African student, and a 120 ambulance dispatch record.
export default [
  {
    id: 't30-019',
    kind: 'county-hospital referral slip (China)',
    text: `
ZHUANZHEN DAN (REFERRAL SLIP)   No. {{OTHER_ID:SQ-2024-05531}}
From: {{LOCATION:Shenqiu County People's Hospital}}, {{LOCATION:Shenqiu County}}, {{LOCATION:Zhoukou}}, Henan Province
To: {{LOCATION:First Affiliated Hospital of Zhengzhou University}}, Department of Nephrology
Date: {{DATE:2024 nian 9 yue 3 ri}}

Patient: {{NAME:Zhao Guilan}}, female, 58   ID no. {{OTHER_ID:411624196603155528}}
Address: {{LOCATION:Group 4, Liuzhuang Village}}, {{LOCATION:Huaidian Township}}, {{LOCATION:Shenqiu County}}
Urban-rural resident medical insurance no. {{HEALTH_PLAN:41162455501287}}
Reason: CKD stage 5 (eGFR 8), uraemic symptoms, K 6.1, Hb 71. Needs AV fistula and haemodialysis, which our county
hospital cannot start this month. Temporary femoral catheter placed {{DATE:9/2}}.
Husband {{NAME:Liu Jianguo}} (mobile {{PHONE:138 5555 0147}}); son {{NAME:Liu Wei}} works in {{LOCATION:Guangzhou}}.
Referring doctor: {{NAME:Sun Hongmei}}, attending physician. Accompanied by village doctor {{NAME:Liu Shuanzhu}}.
`,
  },
  {
    id: 't30-020',
    kind: 'family-doctor contract record (Shanghai community health centre)',
    text: `
{{LOCATION:Gumei Community Health Service Center}}, {{LOCATION:Minhang District}}, {{LOCATION:Shanghai}}
Family doctor contract - annual review {{DATE:2025-03-18}}
Family doctor: {{NAME:Qian Yiming}}   Team nurse: {{NAME:Shen Lili}}

Resident: {{NAME:Cao Afeng}}, female, {{AGE_OVER_89:92}} (born {{DATE:1932-11-04}})
Address: {{LOCATION:Room 502, No. 15, Lane 1200 Pingyang Road}}, {{LOCATION:Gumei Street}}, {{LOCATION:Minhang District}}
Medical insurance card {{HEALTH_PLAN:SH5550283716}}; face-recognition enrolment for insurance app: template {{BIOMETRIC:FR-SH-5550-81273}}
Hypertension (amlodipine 5 mg), type 2 DM (acarbose 50 mg tid), HbA1c 7.1. Fall in {{DATE:December 2024}} at the
{{LOCATION:Xinmei Wet Market}}, no fracture. ADL: Barthel 70.
Lives with daughter {{NAME:Zhu Meifang}} (contact {{PHONE:021-5555 0163}}); son-in-law {{NAME:Hiroshi Tanabe}} is Japanese.
Chinese medicine: ginseng decoction; advised to bring all herbs at next visit.
Home visit scheduled {{DATE:April 15}}. Shanghainese spoken; Mandarin understood.
Team meeting note: nurse {{NAME:Shen Lili}} and pharmacist {{NAME:Gu Jiaqi}} reviewed 11 medicines; resident's granddaughter
{{NAME:Zhu Xiaoyu}} (studying in {{LOCATION:Melbourne}}) joins by video. Volunteer Grandma {{NAME:Fang}} ({{NAME:Fang Yuzhen}}) brings lunch daily.
`,
  },
  {
    id: 't30-021',
    kind: 'cross-border transfer (Shenzhen to Hong Kong)',
    text: `
{{LOCATION:The University of Hong Kong-Shenzhen Hospital}}, {{LOCATION:Futian District}}, {{LOCATION:Shenzhen}}
Transfer summary for cross-boundary ambulance, {{DATE:15/08/2024}}

Patient: {{NAME:LEUNG Kwok-wah}} (Mr.), 74, HKID {{OTHER_ID:G555123(4)}}
Hong Kong address: {{LOCATION:Flat 12, 8/F, Block B, Lai Kok Estate}}, {{LOCATION:Cheung Sha Wan}}, {{LOCATION:Kowloon}}
Retired to {{LOCATION:Huizhou}}; admitted here {{DATE:10/08/2024}} with inferior STEMI, primary PCI to RCA (2 DES).
Echo EF 45%. On aspirin, ticagrelor (Brilinta) 90 mg bid, Lipitor 40 mg.
Requests transfer to {{LOCATION:Caritas Medical Centre}} for continued care under the Hospital Authority.
Ambulance {{VEHICLE:Yue B 5X551}} / HK plate {{VEHICLE:FV 5512}} via {{LOCATION:Shenzhen Bay Control Point}}.
Wife {{NAME:Ho Yuk-ying}} travels with him; daughter {{NAME:Leung Wing-sze, Cherry}} {{PHONE:+852 5555 0184}} meets them.
Cardiologist: Dr {{NAME:Tse Ka-lok}}   Nurse escort: {{NAME:Luo Fang}}
`,
  },
  {
    id: 't30-022',
    kind: 'geriatric day-hospital referral (Hong Kong)',
    text: `
REFERRAL TO GERIATRIC DAY HOSPITAL - {{LOCATION:Tuen Mun Hospital}}
From: Medical Department, {{LOCATION:Pok Oi Hospital}}, {{LOCATION:Yuen Long}}   {{DATE:2025-01-07}}
HN {{MRN:HN05553218}}

Name: {{NAME:CHAN Sau-ying, Mary}}   Sex/Age: F/84
Address: {{LOCATION:Room 1607, Yat Tai House}}, {{LOCATION:Tin Yiu (I) Estate}}, {{LOCATION:Tin Shui Wai}}
Problem: recurrent falls, Parkinsonism, orthostatic hypotension (supine 148/80, standing 112/66).
TUG 24 s. MMSE 21/30 (Cantonese version). Madopar 62.5 mg tid.
Lives with her domestic helper {{NAME:Siti Nurhaliza Binti Rahmat}} (Indonesian) and husband {{NAME:CHAN Ping}}, 88.
Son {{NAME:Kenneth Chan}} in {{LOCATION:Toronto}}; local contact niece {{NAME:Wong Mei-kuen}} {{PHONE:+852 9555 0127}}.
Goals: gait training, home safety assessment by OT, carer training for {{NAME:Siti}}.
Transport: Easy-Access Bus from home. Referring MO: Dr {{NAME:Lam Chun-hei}}
`,
  },
  {
    id: 't30-023',
    kind: 'care-and-attention home record (Hong Kong)',
    text: `
{{LOCATION:Sheng Kung Hui Holy Carpenter Home for the Elderly}}, {{LOCATION:Hung Hom}}
Visiting Medical Officer record, {{DATE:3 June 2025}}, Dr {{NAME:Fung Hoi-ting}}

Resident: {{NAME:YIP Tai}}, M, {{AGE_OVER_89:97}}, bed 2-14. Admitted {{DATE:Sept 2019}}.
Advanced dementia, PEG fed since {{DATE:2023.11.20}} (PEG 20 Fr, Freka). Pressure sore heel, healing. Afebrile.
Daughter {{NAME:Yip Suk-fan}} visits every Tuesday; grandson {{NAME:Yip Ho-yin, Ivan}} in {{LOCATION:Manchester}}.
Advance directive signed at {{LOCATION:Queen Elizabeth Hospital}} {{DATE:2024-05-02}}: no CPR, no ICU.
Elderly Health Care Voucher account {{ACCOUNT:EHV-5551-2803}} used for dental visit at {{LOCATION:Ka Wai Dental Clinic}}.
Next VMO round {{DATE:1 July}}. Nurse-in-charge Ms {{NAME:Amor Villanueva}}; PCW {{NAME:Ah Mei}}.
`,
  },
  {
    id: 't30-024',
    kind: 'clinic letter (Taipei)',
    text: `
{{LOCATION:Minsheng Family Clinic}}, {{LOCATION:1F, No. 55, Sec. 4, Minsheng E. Rd.}}, {{LOCATION:Songshan Dist.}}, {{LOCATION:Taipei City}} {{LOCATION:105}}
Tel {{PHONE:(02) 2555-0132}}   Fax {{FAX:(02) 2555-0133}}
{{DATE:2024/12/02}} (Minguo 113)

To: Dr. {{NAME:Hsu Chia-hao}}, Division of Endocrinology, {{LOCATION:Taipei Veterans General Hospital}}
Re: {{NAME:Lin Mei-hua}}, F, born {{DATE:1961/06/30}}, national ID {{SSN:A255501234}}, NHI card {{HEALTH_PLAN:000055501287}}
Address: {{LOCATION:5F-2, No. 12, Ln. 38, Sec. 2, Zhongshan N. Rd.}}, {{LOCATION:Zhongshan Dist.}}

Thank you for seeing Ms. {{NAME:Lin}}: TSH < 0.01, FT4 3.8, TRAb positive, diffuse goitre - Graves disease. Started
methimazole (Methimazole 10 mg tid) and propranolol 10 mg tid on {{DATE:11/28}}. Please advise on RAI vs surgery; she
plans to visit her daughter {{NAME:Annie Lin-Kowalski}} in {{LOCATION:Krakow}} in {{DATE:February 2025}}.
Dr. {{NAME:Chiang Yu-ting}}, family medicine
`,
  },
  {
    id: 't30-025',
    kind: 'indigenous township health-station note (Hualien)',
    text: `
{{LOCATION:Wanrong Township Health Station}}, {{LOCATION:Hualien County}}   Outreach to {{LOCATION:Mingli Village}} (the {{LOCATION:Mqmgi}} settlement)
{{DATE:2025.04.09}}   Nurse {{NAME:Panay Kacaw}}, Dr. {{NAME:Huang Kuo-wei}}

1. {{NAME:Walis Nokan}} (Truku), 61M. Gouty arthritis R 1st MTP, uric acid 10.2. Betel and millet wine reduced. Colchicine.
2. {{NAME:Lituk Tiway}}, 79F, grandmother of the village chief, DM with foot ulcer. Dressing; photo {{PHOTO:wr_tiway_foot_0409.png}}.
   Refer to {{LOCATION:Mennonite Christian Hospital}} wound clinic; grandson {{NAME:Yuma}} drives her on scooter {{VEHICLE:MLK-5512}}.
3. {{NAME:Ingay Temu}}, 35F, antenatal 20 wks; lives in {{LOCATION:Fenglin}}.
4. {{NAME:Ciwang Iyo}}, {{AGE_OVER_89:91}}F, hearing loss, weaving at the {{LOCATION:Mingli Presbyterian Church}}. BP 150/82.
Next outreach {{DATE:5/14}}. Mobile clinic van from {{LOCATION:Wanrong}} station.
Admin: {{NAME:Ciwang Iyo}} national ID {{SSN:U255508812}}, NHI card {{HEALTH_PLAN:000055508812}}. Her daughter {{NAME:Bakan Iyo}} and
son-in-law {{NAME:Chen Chih-ming}} asked for home visits. Pastor {{NAME:Yudaw Pihaw}} will announce the next outreach.
`,
  },
  {
    id: 't30-026',
    kind: 'university-hospital e-mail about a foreign student (China)',
    text: `
From: International Students Office <{{EMAIL:iso-health@whu-zn.example.cn}}>
To: Dr. {{NAME:Ifeoma Chukwuemeka-Obi}} <{{EMAIL:i.chukwuemeka@lagoshealth.example.ng}}>
Date: Mon, {{DATE:21 Oct 2024}} 10:12 +0800

Dear Dr. {{NAME:Chukwuemeka-Obi}},
As requested by your nephew {{NAME:Chinedu Okafor}} (MBBS year 4, student no. {{OTHER_ID:2021305550117}}), we confirm that he
was treated at {{LOCATION:Zhongnan Hospital of Wuhan University}} from {{DATE:10/14}} to {{DATE:10/19}} for Plasmodium
falciparum malaria after a holiday in {{LOCATION:Enugu}}. Artesunate IV then Coartem. Parasitaemia cleared day 3.
He lives in {{LOCATION:Building 7, International Students Apartment}}, {{LOCATION:Wuchang District}}.
His classmates {{NAME:Thandiwe Mokoena}} and {{NAME:Abdoulaye Diallo}} have been looking after him.
Discharge papers were uploaded at {{URL:https://iso.whu-zn.example.cn/docs/5550117}} (log-in from {{IP:198.51.100.27}}).
Counsellor: Ms. {{NAME:Xu Jingjing}}, {{PHONE:+86 27 5555 0196}}
`,
  },
  {
    id: 't30-027',
    kind: '120 ambulance dispatch record (Beijing)',
    text: `
BEIJING 120 EMERGENCY CENTRE - DISPATCH RECORD   Call no. {{OTHER_ID:BJ120-20250211-5557}}
{{DATE:2025-02-11}} 06:48   Caller: neighbour {{NAME:Ma Xiulan}}, {{PHONE:139 5555 0108}}
Scene: {{LOCATION:Unit 3, Building 12}}, {{LOCATION:Tuanjiehu Beili}}, {{LOCATION:Chaoyang District}} (6th floor, no lift)
Patient: {{NAME:Kong Deshan}}, M, {{AGE_OVER_89:90}}. Found on floor by bed, cold room (heating off), T 34.9.
GCS 14, BP 96/60, glucose 4.1. Hypothermia, possible hip fracture L.
Crew: Dr {{NAME:Tian Xu}}, nurse {{NAME:Ren Jia}}, driver {{NAME:Wang Dapeng}}; vehicle {{VEHICLE:Jing A 5X521}}.
Taken to {{LOCATION:Chaoyang Hospital}} ED, arrival 07:31. Son {{NAME:Kong Lingyun}} informed by phone; he lives in
{{LOCATION:Tongzhou}}. Fee receipt {{ACCOUNT:120-FEE-5550213}}.
`,
  },
];
