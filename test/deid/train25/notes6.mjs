// train25 notes 6: Middle East (Jordan, Egypt, Gulf states, Iran, Turkey): UNRWA/NGO clinic referral, camp
// health-point report, Egyptian rural health unit transfer, Gulf labour-camp clinic sick note, insurance
// approval (UAE), Iranian health house referral, Turkish migrant health centre form, Hajj medical certificate, audit.
export default [
  {
    id: 't25-047',
    kind: 'NGO clinic referral (Jordan, urban refugees)',
    text: `
{{LOCATION:Jordan Health Aid Society clinic}}, {{LOCATION:Jabal al-Nuzha}}, {{LOCATION:Amman}}
Referral to {{LOCATION:Al-Bashir Hospital}}, Surgical OPD        {{DATE:23/02/2025}}
Patient: {{NAME:Umm Ahmad}} ({{NAME:Fatima Hassan al-Hariri}}), 52, Syrian, UNHCR file {{OTHER_ID:555-00187413}}
Address: {{LOCATION:Street 9}}, building {{LOCATION:14}}, 2nd floor, {{LOCATION:Hashmi al-Shamali}}, opposite {{LOCATION:Abu Bakr al-Siddiq Mosque}}
Originally from {{LOCATION:Daraa}} ({{LOCATION:Nawa}}). Dx: symptomatic cholelithiasis (Murphy's sign +). Husband {{NAME:Abu Ahmad}} ({{NAME:Hassan Khalil al-Hariri}}) deceased.
Son {{NAME:Ahmad}} works at {{LOCATION:Sahab Industrial City}}; mobile {{PHONE:079 555 0174}}.
Referring doctor: Dr. {{NAME:Lina Haddad}}   Coordinator: {{NAME:Dana Qasem}}, {{EMAIL:referrals@example.jo}}
Additional: patient is accompanied by her daughter-in-law {{NAME:Rasha}} and granddaughter {{NAME:Joud}}. Prior surgery in Syria by Dr {{NAME:Samer Kabbani}} ({{DATE:2012-05-14}}).
Case worker at UNHCR: {{NAME:Mirela Popescu}}.
`,
  },
  {
    id: 't25-048',
    kind: 'camp health-point weekly report (Jordan, Azraq)',
    text: `
{{LOCATION:AZRAQ CAMP}} - {{LOCATION:VILLAGE 5 HEALTH POINT}}, weekly report wk 37 ({{DATE:8 Sep}} - {{DATE:14 Sep 2025}})
Consultations 1,211. Notable cases:
 - {{NAME:Khaled Ibrahim}}, 8, village {{LOCATION:5}}, block {{LOCATION:3}}, shelter {{LOCATION:V5-03-117}}: suspected measles -> isolation, notified MoH.
 - {{NAME:Amal Darwish}}, 31, shelter {{LOCATION:V5-06-044}}: 34 wk, pre-eclampsia, referred to {{LOCATION:Zarqa Government Hospital}}.
 - Hajjeh {{NAME:Sabha al-Masri}}, age {{AGE_OVER_89:95}}, from {{LOCATION:Homs}}: fall, hip fracture -> {{LOCATION:Azraq Hospital}}.
Iris-scan ID used for food assistance: {{BIOMETRIC:IRIS-JO-55A-771820}} (for Mrs {{NAME:al-Masri}}, needed to release her rations to grandson {{NAME:Yamen}}).
Report by Dr {{NAME:Nour Obeidat}}, health coordinator
Staff on duty: nurse {{NAME:Hala Zoubi}}, midwife {{NAME:Reem Tarawneh}}, CHV {{NAME:Abu Yamen}} (a kunya; his name is {{NAME:Mahmoud Saleh}}). Pharmacy stock-out: Ventolin, Augmentin syrup.
Measles contacts listed by {{NAME:Bashar Nassar}}; vaccination team led by {{NAME:Ingrida Kazlauskiene}} (Lithuanian epidemiologist).
`,
  },
  {
    id: 't25-049',
    kind: 'rural health unit transfer (Egypt, Upper Egypt)',
    text: `
{{LOCATION:Rural Health Unit of Nazlet Emara}}, Markaz {{LOCATION:Tahta}}, Sohag Governorate
Transfer to: {{LOCATION:Sohag University Hospital}}    Date: {{DATE:2025/04/17}}  ({{DATE:19 Shawwal 1446}})
Name: {{NAME:Mahmoud Abdel-Rahim Sayed Hamed}}   Age 11   National ID {{OTHER_ID:31405552601178}}
Father: {{NAME:Abdel-Rahim Sayed}}, farmer; lives in {{LOCATION:Ezbet el-Sheikh Omar}}, near the {{LOCATION:Nazlet Emara}} canal bridge and the {{LOCATION:Mar Girgis church}}
Dx: acute rheumatic fever with carditis (Jones criteria: carditis, polyarthritis, fever, raised ESR). Penicillin given.
Phone: {{PHONE:0100 555 1872}}.  Doctor: {{NAME:Marina Nabil Guirguis}}, resident   Health insurance (students) {{HEALTH_PLAN:SHI-55-2291873}}
Note: the boy's grandfather Hagg {{NAME:Sayed Hamed Abu Zeid}}, {{AGE_OVER_89:93}}, insisted on coming in the tuk-tuk of {{NAME:Mina Fawzy}}. Cardiologist on call at {{LOCATION:Sohag}}: Dr {{NAME:Hany Boutros}}.
Benzathine penicillin monthly to be given at the unit by nurse {{NAME:Samah Abdel-Aal}}.
`,
  },
  {
    id: 't25-050',
    kind: 'labour-camp clinic sick note (UAE/Qatar)',
    text: `
{{LOCATION:Al Quoz Workers Clinic}}, Camp {{LOCATION:4}}, {{LOCATION:Al Quoz Industrial Area 3}}, {{LOCATION:Dubai}}
SICK LEAVE CERTIFICATE   Ref {{OTHER_ID:AQW-SL-25-08817}}
Employee: {{NAME:Sudip Kumar Tharu}}   Nationality: Nepali   Emirates ID {{OTHER_ID:784-1988-5551873-2}}   Labour card {{OTHER_ID:LC-55218834}}
Company: Al Ghurair Construction (site: {{LOCATION:Dubai Creek Harbour tower C4}})
Date of visit: {{DATE:21-07-2025}}. Heat exhaustion after working in 46 C; core 38.9. IV fluids 2 L.
Rest recommended from {{DATE:21/07}} to {{DATE:23/07/2025}}.
Camp boss: {{NAME:Ravindran Pillai}}; roommate who brought him: {{NAME:Dil Bahadur Rai}}.
Daman insurance card {{HEALTH_PLAN:DAM-55-10887342-01}}. Dr {{NAME:Syed Imran Hashmi}}, GP (DHA licence {{LICENSE:DHA-P-5521873}})
Follow-up: returned {{DATE:24/07/2025}}, fit for light duty. Safety officer {{NAME:Joseph Varghese}} moved him to night shift. Brother {{NAME:Bishnu Tharu}} in {{LOCATION:Dhangadhi}} informed by phone {{PHONE:+977 984 5550 117}}.
`,
  },
  {
    id: 't25-051',
    kind: 'insurance approval e-mail (UAE, Abu Dhabi)',
    text: `
From: {{EMAIL:approvals@example.ae}}
To: {{EMAIL:claims.desk@hospital.example.ae}}
Date: Sun, {{DATE:12 Jan 2025}} 09:41
Subject: Approval {{OTHER_ID:AP-2501-55387}} - {{NAME:AL MANSOORI, Sheikha Mohammed}}

Member {{NAME:Sheikha Mohammed Al Mansoori}} (Thiqa {{HEALTH_PLAN:THQ-1005552187}}), DOB {{DATE:03/10/1934}} - age {{AGE_OVER_89:90}}
Approved: home nursing 12 h/day for 30 days from {{DATE:15/01/2025}}, provider {{LOCATION:Manzil Healthcare}}, address {{LOCATION:Villa 17}},
{{LOCATION:Street 22}}, {{LOCATION:Al Bateen}}, {{LOCATION:Abu Dhabi}}.
Requested by Dr {{NAME:Hessa Al Dhaheri}}, {{LOCATION:Sheikh Khalifa Medical City}}. Contact for the family: son {{NAME:Rashid}} {{PHONE:+971 50 555 0178}}.
Note: "{{NAME:Sheikha}}" is part of her given name here, not a title.
Care plan: physiotherapist {{NAME:Grace Ochieng}} twice weekly; nurse {{NAME:Jinky Bautista}} (Filipino) live-in. Her daughter {{NAME:Moza}} and granddaughter {{NAME:Shamma}} are the contacts for refusals.
Hoyer lift and a Drive Medical hospital bed (serial {{DEVICE:DM-HB-55-20931}}) supplied.
`,
  },
  {
    id: 't25-052',
    kind: 'health house referral (Iran, rural)',
    text: `
HEALTH HOUSE OF {{LOCATION:DEH-E NOW}} (behvarz station), {{LOCATION:Bardsir}} county, Kerman province
Referral to {{LOCATION:Bardsir Comprehensive Rural Health Centre}}   Date {{DATE:1404/02/11}} ({{DATE:1 May 2025}})
Behvarz: Mrs. {{NAME:Zahra Rostami-Nejad}}
Patient: {{NAME:Gholamreza Bahrami}}, son of {{NAME:Esmail}}, 58, shepherd. National code {{OTHER_ID:3159-555218-4}}
Household file no. {{MRN:DN-0412}}; lives on the {{LOCATION:Lalehzar}} road, 2 km after the {{LOCATION:Imamzadeh Seyyed Mohammad}} shrine
Complaint: 3 kg weight loss, hemoptysis; smoker (galyan). BMI 19. Salamat insurance {{HEALTH_PLAN:SLM-55-30214877}}.
Wife: {{NAME:Sakineh Afshar}}; daughter {{NAME:Parisa}} in {{LOCATION:Kerman}} city, {{PHONE:0913 555 4412}}.
Referral outcome: seen by Dr {{NAME:Farhad Mohammadi}}, CXR RUL mass, sent to {{LOCATION:Afzalipour Hospital}}. Daughter {{NAME:Parisa Bahrami}} accompanied him; behvarz {{NAME:Rostami-Nejad}} updated the family file on {{DATE:1404/02/25}}.
`,
  },
  {
    id: 't25-053',
    kind: 'migrant health centre form (Turkey, Gaziantep)',
    text: `
GOCMEN SAGLIGI MERKEZI / MIGRANT HEALTH CENTRE - {{LOCATION:Sahinbey}}, {{LOCATION:Gaziantep}}
Protocol no: {{MRN:GSM-2025-118873}}   Date: {{DATE:04.03.2025}}
Patient: {{NAME:AL-HUSSEIN, Rama}}   Sex F   Age 6   YKN (foreigner ID) {{OTHER_ID:99555218730}}
Address: {{LOCATION:Beybahce Mah.}}, {{LOCATION:62017 Sk.}}, No: {{LOCATION:8}}, Daire {{LOCATION:3}}
Mother: {{NAME:Ghalia Suleiman}}; father {{NAME:Mustafa al-Hussein}} works at {{LOCATION:Baspinar OSB}} textile plant
Dx: iron-deficiency anaemia; school: {{LOCATION:Ataturk Ilkokulu}}. Interpreter: {{NAME:Yusuf Demir}} (Arabic-Turkish).
Doctor: Dr. {{NAME:Elif Kaya-Sahin}}; nurse {{NAME:Zeynep Aydogan}}. Next visit {{DATE:1 Nisan}}.
Notes: {{NAME:Rama}}'s teacher {{NAME:Ayse Ogretmen}} ({{NAME:Ogretmen}} is her surname here) referred her for tiredness. Older brother {{NAME:Omar al-Hussein}}, 13, works at a shoe workshop in {{LOCATION:Sehitkamil}}.
Social worker from the NGO: {{NAME:Anahit Sarkisyan}}; e-Nabiz login not available for this family.
`,
  },
  {
    id: 't25-054',
    kind: 'Hajj medical fitness certificate (Pakistan / Saudi)',
    text: `
HAJJ PILGRIM MEDICAL CERTIFICATE   Group no. {{OTHER_ID:HG-LHR-1446-0773}}
Pilgrim: {{NAME:Muhammad Nawaz Cheema}}   Age 89? -> per CNIC born {{DATE:10-03-1935}}, so {{AGE_OVER_89:90}}
Passport {{OTHER_ID:AB5552187}}   Address: {{LOCATION:House 44}}, {{LOCATION:Street 7}}, {{LOCATION:Gulberg III}}, {{LOCATION:Lahore}}
Companion (mahram): son {{NAME:Tariq Nawaz}} {{PHONE:0333 5551288}}
Vaccinations: meningococcal ACWY ({{DATE:02/04/2025}}), influenza, polio. Pacemaker in situ (serial {{DEVICE:PM-5521-VDR-88734}}) - card carried.
Fit to travel with wheelchair at {{LOCATION:Masjid al-Haram}}; camp in {{LOCATION:Mina}}.
Certified by Dr. {{NAME:Saima Rehman}}, {{LOCATION:Services Hospital}}, {{LOCATION:Lahore}} (PMDC {{LICENSE:55218-P}})
Additional: he performed Hajj before in {{DATE:Dec 2007}}. Cardiologist Dr {{NAME:Asad Javed}} at {{LOCATION:Punjab Institute of Cardiology}} cleared him; pacemaker check {{DATE:20/03/2025}}.
Group leader: {{NAME:Qari Abdul Wahid}}, {{PHONE:0300 5550412}}.
`,
  },
  {
    id: 't25-055',
    kind: 'EMR access audit (Gulf hospital)',
    text: `
ACCESS AUDIT - record of VIP patient {{MRN:KFSH-5521873}}
{{DATE:2025-05-03}} 22:14  user {{NAME:a.alotaibi}} ({{NAME:Abdullah Al-Otaibi}}, RN, 7N)   IP {{IP:203.0.113.54}}   action: view
{{DATE:2025-05-03}} 22:19  user {{NAME:m.qahtani}} (ward clerk)                           IP {{IP:203.0.113.61}}   action: print face sheet
{{DATE:2025-05-04}} 01:02  user {{NAME:jmcallister}} ({{NAME:Jean McAllister}}, locum)  IP {{IP:198.51.100.23}} (VPN)  action: view images
Patient home: {{LOCATION:Al Olaya}} district, {{LOCATION:Riyadh}}; visitor badge issued to {{NAME:Faisal Prince}} ({{NAME:Prince}} is his surname).
Reviewed by privacy officer {{NAME:Noura Al-Shehri}} on {{DATE:5 May}}.
Findings: the ward clerk's access was for a printing request by the charge nurse {{NAME:Abdullah Al-Otaibi}}. The locum {{NAME:McAllister}} had a valid consult order from Dr {{NAME:Yousef Al-Harbi}}.
US contractor badge holder {{NAME:Daniel Bishop}} (SSN {{SSN:000-73-1184}}) was cleared. Report to {{EMAIL:privacy.office@example.sa}}.
`,
  },
];
