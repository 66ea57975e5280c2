// train30 notes 7 (Ukraine and cross-border): a Lviv e-referral, an evacuation-train medical log, a school shelter
// register in Uzhhorod, a Polish hospital letter for a Ukrainian refugee, an NGO volunteer roster with names from many
// cultures, a Japanese trial screening log with initials, a Hong Kong migrant domestic workers' shelter record, a Seoul
// hospital interpreter roster, a medevac handover to Germany, and a Kyoto hospital invoice for a tour group.
export default [
  {
    id: 't30-055',
    kind: 'e-referral (Ukraine, napravlennia)',
    text: `
E-REFERRAL (napravlennia) no. {{OTHER_ID:5551-7E2K-0C41-PX9M}}   created {{DATE:21.10.2024}}
Primary care: {{LOCATION:KNP Lviv City Center of Primary Care No. 2}}, {{LOCATION:vul. Horodotska 120}}, {{LOCATION:Lviv}} {{LOCATION:79040}}
Family doctor: {{NAME:Hnatyshyn Oksana Mykhailivna}} (declaration with patient since {{DATE:March 2019}})

Patient: {{NAME:Kravets Bohdan Ivanovych}}, born {{DATE:07.01.1958}}, RNOKPP {{OTHER_ID:2125505551}}
Address: {{LOCATION:vul. Naukova 7a, kv. 45}}, {{LOCATION:Lviv}}
Hospital card at the receiving hospital: {{MRN:LOKL-24-055183}}
To: Urology, {{LOCATION:Lviv Regional Clinical Hospital}}, {{LOCATION:vul. Chernihivska 7}}
Reason: PSA 14.2 (was 6.1 in {{DATE:May 2023}}), nodule left lobe on DRE. For MRI and biopsy. He takes Corvalol and
Validol for "heart" (no documented CAD), Omnic 0.4 mg.
Wife {{NAME:Kravets Halyna Petrivna}}, {{PHONE:+380 67 555 0124}}. Son {{NAME:Taras}} serves in the armed forces (call sign "{{NAME:Dub}}");
daughter {{NAME:Solomiia Kravets-Nowak}} lives in {{LOCATION:Rzeszow}}.
Signed with qualified e-signature by {{NAME:O. M. Hnatyshyn}}.
`,
  },
  {
    id: 't30-056',
    kind: 'evacuation-train medical log (Ukraine)',
    text: `
EVACUATION TRAIN {{LOCATION:Pokrovsk}} - {{LOCATION:Lviv}}, medical carriage 3   {{DATE:2024-08-19}}
Team: Dr {{NAME:Serhii Moroz}}, nurses {{NAME:Nadiia Kovalchuk}} and {{NAME:Yuliia Bondar}}, volunteer {{NAME:Mathieu Lefebvre-Diallo}}

Bed 1 - {{NAME:Shapoval Hanna Fedorivna}}, {{AGE_OVER_89:93}}, from {{LOCATION:Myrnohrad}}. Bedridden, stage 3 sacral sore; photo
{{PHOTO:evac_0819_shapoval_01.jpg}}. Daughter {{NAME:Liudmyla}} with her. Destination: {{LOCATION:Dobromyl}} geriatric home.
Bed 2 - {{NAME:Zinchenko Petro}}, 71, from {{LOCATION:Selydove}}. COPD, home concentrator serial {{DEVICE:EV5-5550-8132}} on board, SpO2 90%.
Bed 3 - {{NAME:Mamedov Rauf Aliyevich}}, 66, Azerbaijani-Ukrainian, after stroke; wife {{NAME:Svitlana}}.
Bed 4 - boy {{NAME:Tymofii}} ({{NAME:Tima}}) 8, autism, with grandmother {{NAME:Nina Pavlivna Hrytsenko}}; mother {{NAME:Kateryna Hrytsenko}}
in {{LOCATION:Dnipro}} hospital ({{LOCATION:Mechnikov Hospital}}).
Passenger {{NAME:Roman "Kozak" Lysenko}}, 45, chest pain at 02:10 near {{LOCATION:Poltava}}: ECG no STEMI, aspirin, reassessed.
Hand-over at {{LOCATION:Lviv}} station to {{NAME:Ostap Melnyk}}, city EMS.
`,
  },
  {
    id: 't30-057',
    kind: 'school shelter register (Uzhhorod)',
    text: `
SHELTER REGISTER - gym of {{LOCATION:Uzhhorod School No. 19}}, {{LOCATION:vul. Dobrianskoho 3}}, {{LOCATION:Uzhhorod}}
Medical visit {{DATE:12.04.2025}} by Dr {{NAME:Laszlo Fedak}} (Hungarian/Ukrainian) and paramedic {{NAME:Oleh Popovych}}

- {{NAME:Emine Seitova}} (Crimean Tatar), 70, from {{LOCATION:Kherson}}. Diabetes, glucose 14.8; insulin Protafan restarted.
  Son {{NAME:Server Seitov}} ({{PHONE:+380 50 555 0183}}).
- {{NAME:Ruslan Balog}} (Roma, from {{LOCATION:Mukachevo}} camp area), 34, scabies outbreak in corner 4: permethrin for 9 people.
- {{NAME:Viktoriia Chornomorets}}, 29, 36 weeks pregnant, from {{LOCATION:Nikopol}}. To {{LOCATION:Uzhhorod City Maternity Hospital}}
  if contractions. Husband {{NAME:Andrii}} at the front; sister {{NAME:Iryna}} in {{LOCATION:Kosice}}.
- {{NAME:Vasyl Ivanovych}} (Dido {{NAME:Vasyl}} to the children), 88, hearing loss.
Volunteers: {{NAME:Agnes Toth}}, Father {{NAME:Mykola Popovych}} of {{LOCATION:Holy Cross Cathedral}}.
Dog "Barsyk" registered with owner; vet visit arranged.
`,
  },
  {
    id: 't30-058',
    kind: 'hospital letter for a Ukrainian refugee (Poland)',
    text: `
{{LOCATION:Uniwersytecki Szpital Dzieciecy w Krakowie}}, {{LOCATION:ul. Wielicka 265}}, {{LOCATION:30-663}} {{LOCATION:Krakow}}
Fax {{FAX:+48 12 555 0199}}   {{DATE:02.12.2024}}

To whom it may concern / for the family doctor in {{LOCATION:Wieliczka}}
Patient: {{NAME:Sofiia Melnychenko}} (in Polish documents "{{NAME:Zofia Melniczenko}}"), born {{DATE:11.06.2016}},
PESEL (UKR status) {{OTHER_ID:16261105552}}, hospital no. {{MRN:USD-2024-055127}}
Address: {{LOCATION:ul. Zamkowa 14/3}}, {{LOCATION:32-020}} {{LOCATION:Wieliczka}} (host family {{NAME:Nowicki}})
Diagnosis: Kawasaki disease (incomplete), day 6 fever; IVIG 2 g/kg and aspirin given; echo: coronary Z-score +1.8.
Echo repeat {{DATE:16.12.2024}} at cardiology. Mother {{NAME:Olena Melnychenko}} ({{PHONE:+48 555 014 672}}) - Ukrainian/Russian; interpreter
{{NAME:Alina Wisniewska-Bondarenko}}. Father in {{LOCATION:Zaporizhzhia}}. Paediatrician: dr {{NAME:Joanna Kubiak}}.
Addendum {{DATE:16.12.2024}}: echo normal (Z +0.9). Aspirin stopped after 6 weeks. Host mother {{NAME:Barbara Nowicka}} and school
teacher pani {{NAME:Ewa Sobczak}} informed about sport restrictions. Grandmother {{NAME:Valentyna Melnychenko}} arrives from {{LOCATION:Zaporizhzhia}}.
`,
  },
  {
    id: 't30-059',
    kind: 'NGO volunteer medical roster (Ukraine, many cultures)',
    text: `
MOBILE CLINIC ROSTER - {{LOCATION:Kramatorsk}}/{{LOCATION:Sloviansk}} axis, week of {{DATE:3 March 2025}}
Coordinator: {{NAME:Siobhan Ni Bhriain}} (Ireland)   Logistics: {{NAME:Tariq bin Suleiman Al-Harthy}} (Oman)

Doctors: {{NAME:Adaeze Nwachukwu}} (Nigeria), {{NAME:Joao Pedro Cavalcanti de Albuquerque}} (Brazil), {{NAME:Aroha Te Rangi}} (New Zealand),
{{NAME:Nino Kvaratskhelia}} (Georgia), {{NAME:Anahit Hovhannisyan}} (Armenia)
Nurses: {{NAME:Grace Yellowhorse}} (Dine, USA), {{NAME:Koorine Wallaby-Smith}} (Wiradjuri, Australia), {{NAME:Ingrid Solberg}} (Norway),
{{NAME:Shira Ben-David}} (Israel), {{NAME:Leilani Kahananui}} (Hawaii)
Psychologists: {{NAME:Parisa Ghorbani}}, {{NAME:Emre Yildirim}}; driver {{NAME:Mykyta "Mykh" Savchuk}}
Local liaison: {{NAME:Yevheniia Ostapenko}} ({{PHONE:+380 66 555 0137}})
Sites: {{LOCATION:Mykolaivka}} community centre, {{LOCATION:Sviatohirsk}} monastery hostel, {{LOCATION:Kramatorsk}} railway bomb shelter.
Passports held at base: {{NAME:Ni Bhriain}} {{OTHER_ID:PX5551203}}, {{NAME:Te Rangi}} {{OTHER_ID:LM555078}}.
Vehicle: Toyota Land Cruiser {{VEHICLE:AH 5512 KX}}. Rest day for {{NAME:Will Summers}} (paramedic, UK).
Payroll note for US staff: {{NAME:Grace Yellowhorse}} SSN {{SSN:000-55-7142}}. Emergency contacts: {{NAME:Aroha}}'s partner {{NAME:Tane Walker}};
{{NAME:Adaeze}}'s husband {{NAME:Obinna Nwachukwu}}; {{NAME:Joao Pedro}}'s mother {{NAME:Maria das Gracas Cavalcanti}}.
`,
  },
  {
    id: 't30-060',
    kind: 'clinical trial screening log with initials (Japan)',
    text: `
SCREENING LOG - study JPN-HF-07 (site 05), {{LOCATION:Osaka University Hospital}}, cardiology
PI: Prof. {{NAME:Kenji Hashimoto}}
CRC: {{NAME:Nakano Saki}}   updated {{DATE:2025/02/27}}

Row | Initials | Hospital ID | Screened | Result
1 | {{NAME:T.K.}} | {{MRN:0055512834}} | {{DATE:2025/01/09}} | enrolled, subject {{OTHER_ID:05-001}}
2 | {{NAME:M.Y.}} | {{MRN:0055520017}} | {{DATE:2025/01/15}} | screen fail (eGFR 24)
3 | {{NAME:H.O.}} | {{MRN:0055531102}} | {{DATE:2025/01/22}} | enrolled, subject {{OTHER_ID:05-002}}
4 | {{NAME:A.S.}} | {{MRN:0055540398}} | {{DATE:2025/02/03}} | screen fail (Hashimoto thyroiditis, TSH 12)
5 | {{NAME:R.N.-G.}} | {{MRN:0055558821}} | {{DATE:2025/02/19}} | declined (daughter {{NAME:Reiko}} wants to discuss)
Subject {{OTHER_ID:05-001}} ({{NAME:T.K.}}) device: CardioMEMS sensor {{DEVICE:CM5550172}}. Monitor visit by {{NAME:Chen Yu-ting}} (CRO) on {{DATE:3/12}}.
Exclusion criteria include moyamoya disease, Takayasu arteritis and Brugada syndrome.
`,
  },
  {
    id: 't30-061',
    kind: 'migrant domestic workers\' shelter health record (Hong Kong)',
    text: `
{{LOCATION:Bethune House Migrant Women's Refuge}}, {{LOCATION:Jordan}}, {{LOCATION:Kowloon}} - health desk log, Sunday {{DATE:9 March 2025}}
Volunteer nurse: {{NAME:Marites Cabrera-Dizon}}   Volunteer GP: Dr {{NAME:Wong Chi-keung}}

- {{NAME:Sri Wahyuni}} (Indonesia), 31, passport {{OTHER_ID:C5551087}}. Terminated by employer in {{LOCATION:Tai Koo Shing}}; bruises on
  arms, photos {{PHOTO:BH_0309_SW_arm1.jpg}}, {{PHOTO:BH_0309_SW_arm2.jpg}}. Refer to {{LOCATION:Ruttonjee Hospital}} and Labour Dept.
- {{NAME:Dilrukshi Perera}} (Sri Lanka), 44, hypertension, no medicine for 2 weeks. Amlodipine supply.
- {{NAME:Joy Ann Magbanua}} (Philippines), 27, 10 weeks pregnant; employer Mrs. {{NAME:Lau Wai-man}}.
- {{NAME:Sita Tamang}} (Nepal), 38, back pain after carrying an elderly man of {{AGE_OVER_89:95}} alone.
- {{NAME:Nurul Hidayah binti Ahmad}} (Indonesia), 23, anxiety; counsellor {{NAME:Edwina Salonga}}.
Caseworker: Father {{NAME:Jaime "Jimmy" Lorenzo}}, {{PHONE:+852 5555 0162}}.
`,
  },
  {
    id: 't30-062',
    kind: 'hospital interpreter roster (Seoul)',
    text: `
{{LOCATION:Severance Hospital}} International Health Care Center - medical interpreter roster, {{DATE:April 2025}}
Manager: {{NAME:Yoo Seung-ah}} ({{EMAIL:ihcc.roster@severance.example.kr}}, ext. 5512)

Russian: {{NAME:Olga Pak}} (Koryo-saram, from {{LOCATION:Tashkent}}), {{NAME:Kim Svetlana}}
Mongolian: {{NAME:Enkhtuya Dorj}}, {{NAME:Bolortsetseg Ganbaatar}}
Arabic: {{NAME:Mahmoud El-Sayed}}, {{NAME:Rania Haddad}}
Vietnamese: {{NAME:Le Thi Hong Nhung}}; Thai: {{NAME:Siriporn Wongsawat}}; Indonesian: {{NAME:Bambang Sutrisno}}
Kazakh: {{NAME:Zhanar Tulegenova}}; Uzbek: {{NAME:Dilnoza Rakhimova}}; English/French: {{NAME:Amadou Konate}}
Chinese: {{NAME:Piao Meihua}} (Joseonjok, from {{LOCATION:Yanji}}), {{NAME:Sun Li}}
Tuesday on-call: {{NAME:Olga}} ({{PHONE:010-5555-0178}}), Friday: {{NAME:Mahmoud}} ({{PHONE:010-5555-0153}}).
Today's booking: patient {{NAME:Abdullah Al-Mutairi}}, {{LOCATION:Severance}} no. {{MRN:05551827}}, 10:00 with {{NAME:Rania}}, proton clinic.
`,
  },
  {
    id: 't30-063',
    kind: 'medevac handover (Ukraine to Germany)',
    text: `
MEDEVAC HANDOVER - {{LOCATION:Rzeszow-Jasionka Airport}} hub to {{LOCATION:Universitatsklinikum Hamburg-Eppendorf}}
Flight MEDEVAC 055. {{DATE:14.05.2024}}   Fax to receiving ICU: {{FAX:+49 40 5550 2211}}

Patient: {{NAME:Yaroslav Dmytrovych Tkachuk}}, 24, soldier, ID card {{OTHER_ID:005551273}}, Ukrainian hospital no. {{MRN:KMKL17-24-5512}}
Blast injury {{DATE:05.05.2024}} near {{LOCATION:Chasiv Yar}}: bilateral lower-limb amputations (transfemoral R, transtibial L),
burns 18% TBSA (photos {{PHOTO:UA_TK_burns_0512.jpg}}). Stabilised at {{LOCATION:Kyiv City Clinical Hospital No. 17}}.
VAC dressings x3, wound cultures: Klebsiella pneumoniae NDM, Acinetobacter baumannii - strict contact isolation.
Mother {{NAME:Tkachuk Liubov Mykolaivna}} ({{PHONE:+380 97 555 0191}}) travels separately by bus to {{LOCATION:Hamburg}}.
Girlfriend {{NAME:Mariam Kazaryan}}. Escort: Dr {{NAME:Anna-Lena Vogt}}, flight nurse {{NAME:Janne Virtanen}}.
Receiving consultant: Dr {{NAME:Friedrich Oyelaran-Schmidt}}.
Addendum: prosthetist {{NAME:Bartholomew Grey-Eagle}} to see him at day 10; peer mentor {{NAME:Dmytro Tsybulskyi}} (double amputee) will visit.
Stump photos for the prosthetics team: {{PHOTO:UA_TK_stumps_0514.jpg}}.
`,
  },
  {
    id: 't30-064',
    kind: 'hospital invoice for a tour group (Kyoto)',
    text: `
{{LOCATION:Kyoto Daini Red Cross Hospital}}, {{LOCATION:Kamanza-dori Marutamachi-agaru}}, {{LOCATION:Kamigyo-ku}}, {{LOCATION:Kyoto}}
INVOICE AND MEDICAL SUMMARY (English/Chinese)   Invoice {{ACCOUNT:KD2-25-055901}}   {{DATE:2025.10.03}}

Patient: {{NAME:Zhang Shuhua}}, F, 68, tourist (China), passport {{OTHER_ID:EK5551207}}; travel insurer Ping An policy {{HEALTH_PLAN:PA-TRV-55502881}}
Fell on the stone steps at {{LOCATION:Kiyomizu-dera}} on {{DATE:10/2}}: left distal radius fracture, closed reduction, cast.
Tour group from {{LOCATION:Chengdu}}; guide {{NAME:Li Qiang}} ({{PHONE:+86 135 5555 0172}}); husband {{NAME:He Jianjun}} and friends {{NAME:Deng Xiaoyan}},
{{NAME:Yang Guifen}} waited. Hotel: {{LOCATION:Hotel Granvia Kyoto}}.
Total JPY 58,300 (self-pay, 200%). Paid by card ending {{ACCOUNT:5512}}, receipt to {{EMAIL:zhang.shuhua@mail.example.cn}}.
Follow-up in {{LOCATION:West China Hospital}} in 1 week. Records: {{URL:https://records.kyoto2-rc.example.jp/t/KD255901}}
Doctor: {{NAME:NISHIMURA Aya}}; international coordinator {{NAME:Tanaka-Ferreira Lucia}}.
`,
  },
];
