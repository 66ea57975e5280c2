// train21 notes 4: Middle East and North Africa, Turkey, Iran, South Asia (Turkey, Iran, Israel, Egypt, Morocco, Jordan, Pakistan, Bangladesh, Sri Lanka, Nepal).
export default [
  {
    id: 't21-029',
    kind: 'sevk formu (Turkey, mahalle/sokak/kapi/daire)',
    text: `
SEVK FORMU  {{DATE:24.11.2026}}
Hasta: {{NAME:Emine Yildirim Kocaoglu}}, TC {{OTHER_ID:10000555432}}
Adres: {{LOCATION:Cumhuriyet Mah. Gul Sok. No:14 D:3}}, {{LOCATION:Sahinbey}}/{{LOCATION:Gaziantep}}
Sevk eden: {{LOCATION:Sahinbey 12 Nolu Aile Sagligi Merkezi}}; sevk edilen: {{LOCATION:Gaziantep Universitesi Sahinbey Arastirma ve Uygulama Hastanesi}}
Tani: KOAH alevlenme. Oglu {{NAME:Mehmet Ali}} {{PHONE:0532 555 18 90}}.
Dr. {{NAME:Selin Aksoy}}, dip. tescil {{LICENSE:TR-55812}}
`,
  },
  {
    id: 't21-030',
    kind: 'referral (Iran, kucheh and plak)',
    text: `
Referral {{DATE:1405/09/05}} ({{DATE:26 Nov 2026}})
Patient: {{NAME:Zahra Mohammadi-Nejad}}, daughter of {{NAME:Hossein}}, national code {{OTHER_ID:000-555012-4}}
Address: {{LOCATION:Shahid Beheshti St., Kucheh Laleh, Plak 22, Vahed 5}}, {{LOCATION:Isfahan}}, postal code {{LOCATION:81746-55531}}
From {{LOCATION:Khorshid Hospital}} to {{LOCATION:Al-Zahra Hospital}} for ERCP.
Brother {{NAME:Reza}} works at {{LOCATION:Mobarakeh Steel Company}}; tel {{PHONE:0913 555 4127}}
Dr {{NAME:Farhad Jalali}}
`,
  },
  {
    id: 't21-031',
    kind: 'home hospitalisation plan (Israel, moshav, kibbutz)',
    text: `
Home hospitalisation - Clalit Southern District   {{DATE:23/11/2026}}
Patient: {{NAME:Shoshana Ben-Haim}}, {{AGE_OVER_89:94}}, ID {{OTHER_ID:000554412}}
Lives at {{LOCATION:Moshav Tkuma}}, {{LOCATION:house 37}}, near the {{LOCATION:Beit Knesset Ohel Yitzhak}}
Granddaughter {{NAME:Noa Friedlander}} lives on {{LOCATION:Kibbutz Saad}}; caregiver {{NAME:Marilou Santos}} (Filipino, live-in).
Nurse visits from {{LOCATION:Netivot}} branch; physician Dr {{NAME:Yevgeny Kogan}}. Oxygen concentrator (Invacare) SN {{DEVICE:IRC5-2204-77813}}
`,
  },
  {
    id: 't21-032',
    kind: 'transfer letter (Egypt, shiakha, building and apartment)',
    text: `
Transfer letter  {{DATE:20/11/2026}}
From {{LOCATION:Ain Shams University Hospital}} to {{LOCATION:Nasser Institute Hospital}}, {{LOCATION:Shubra}}
Name: {{NAME:Mona Abdel-Rahman El-Sayed}}, 45
Address: {{LOCATION:Building 18, Apartment 12, Ahmed Orabi St.}}, {{LOCATION:Al Mohandessin}}, {{LOCATION:Giza}}
Husband {{NAME:Karim Fathy}}, mobile {{PHONE:010 5550 3371}}. Diagnosis: CKD on HD, AV fistula thrombosis.
Signed Dr {{NAME:Hany Soliman}}
`,
  },
  {
    id: 't21-033',
    kind: 'fiche de liaison (Morocco, douar, derb)',
    text: `
Fiche de liaison  {{DATE:22/11/2026}}
{{LOCATION:Centre de sante rural Asni}} -> {{LOCATION:CHU Mohammed VI}}, {{LOCATION:Marrakech}}
Patiente: {{NAME:Fatima Zahra Ait Oufella}}, douar {{LOCATION:Imlil}}, commune {{LOCATION:Asni}}, Al Haouz province
Adresse en ville chez son frere: {{LOCATION:Derb Sidi Bouloukat n 9}}, {{LOCATION:Medina}}, {{LOCATION:Marrakech}}
Accouchement dystocique. Frere {{NAME:Lahcen Ait Oufella}} {{PHONE:0661 55 50 42}}
Sage-femme {{NAME:Khadija Bennani}}
`,
  },
  {
    id: 't21-034',
    kind: 'refugee camp referral (Jordan, camp district and block)',
    text: `
UNHCR/Health partner referral {{DATE:25 Nov 2026}}
Refugee: {{NAME:Abdulkarim Al-Hariri}}, case no. {{OTHER_ID:555-00184223}}
Address: {{LOCATION:Zaatari Camp}}, {{LOCATION:District 8, Block 4, Caravan 117}}
Referred from {{LOCATION:Jordan Health Aid Society clinic, Zaatari}} to {{LOCATION:Mafraq Governmental Hospital}}
Child {{NAME:Rama}} (6) accompanies; wife {{NAME:Hanan}} remains in camp. Iris scan registration {{BIOMETRIC:IRIS-JO-55109384}}
Caseworker {{NAME:Layla Haddadin}}
`,
  },
  {
    id: 't21-035',
    kind: 'referral (Pakistan, mohalla, tehsil)',
    text: `
Referral slip  {{LOCATION:THQ Hospital Samundri}}   {{DATE:21-11-2026}}
Patient {{NAME:Muhammad Arshad}} s/o {{NAME:Ghulam Rasool}}, CNIC {{OTHER_ID:33100-5550123-1}}
Address: {{LOCATION:Mohalla Islampura, Gali No. 3, House 41}}, {{LOCATION:Samundri}}, {{LOCATION:Faisalabad}}
Referred to {{LOCATION:Allied Hospital}}, {{LOCATION:Faisalabad}}, for snake bite with coagulopathy; ASV 10 vials given.
Works at {{LOCATION:Chak 451 GB}} farm. Brother {{NAME:Naveed}} {{PHONE:0300 5551729}}
`,
  },
  {
    id: 't21-036',
    kind: 'discharge (Bangladesh, upazila, para)',
    text: `
DISCHARGE CERTIFICATE - {{LOCATION:Dhaka Medical College Hospital}}  {{DATE:19/11/2026}}
Name: {{NAME:Rokeya Begum}}  w/o {{NAME:Md. Abul Kalam}}  Reg {{MRN:DMCH-55-77104}}
Address: {{LOCATION:Vill: Char Kukri-Mukri}}, {{LOCATION:PO: Kukri Mukri}}, {{LOCATION:Upazila: Char Fasson}}, {{LOCATION:Bhola}}
Dhaka stay: {{LOCATION:House 12, Road 4, Block C}}, {{LOCATION:Mirpur 10}}, {{LOCATION:Dhaka}} {{LOCATION:1216}}
Follow up in {{LOCATION:Char Fasson Upazila Health Complex}}. Burns 18% TBSA, healing.
`,
  },
  {
    id: 't21-037',
    kind: 'clinic transfer (Sri Lanka, lane and division)',
    text: `
Transfer form {{DATE:24.11.2026}}
{{NAME:W. M. Kumari Wijesinghe}}, 62, {{LOCATION:No. 45/2, Temple Lane}}, {{LOCATION:Kandana}}, {{LOCATION:Gampaha}}
From {{LOCATION:Divisional Hospital Kandana}} to {{LOCATION:National Hospital of Sri Lanka}}, {{LOCATION:Colombo 10}}
Diabetic foot, for debridement. Grama Niladhari division {{LOCATION:Nagoda}}. Son {{NAME:Chaminda}} {{PHONE:077 555 0461}}
MO {{NAME:Dilrukshi Fernando}}, SLMC {{LICENSE:28813}}
`,
  },
  {
    id: 't21-038',
    kind: 'referral (Nepal, ward number and tole)',
    text: `
Referral {{DATE:2083-08-11}} BS
Patient: {{NAME:Pemba Dolma Sherpa}}, 37
Address: {{LOCATION:Khumjung-5}}, {{LOCATION:Solukhumbu}}; in {{LOCATION:Kathmandu}} at {{LOCATION:Boudha-6, Phulbari Tole}}
From {{LOCATION:Khunde Hospital}} to {{LOCATION:CIWEC Hospital}} via heli, HAPE.
Husband {{NAME:Ang Tshering}} guides for {{LOCATION:Himalayan Trails Pvt Ltd}}. Phone {{PHONE:+977 98 5550 2211}}
`,
  },
];
