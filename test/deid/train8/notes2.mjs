// train8 notes 2: Lahore referral letter, Sylhet discharge summary, Saigon CHW note, Osaka home-visit nursing
// record, Seoul school nurse letter, Izmir social-work family history, Toronto referral for a Persian family,
// Beirut discharge summary, Cairo employer letter.
export default [
  {
    id: 't8-010',
    kind: 'referral letter (Pakistan)',
    text: `
{{LOCATION:Mayo Hospital}}, {{LOCATION:Lahore}} - East Medical Ward
Ref. No. {{OTHER_ID:MHL/EMW/2026/4418}}                                     Dated: {{DATE:29-10-2026}}

The Consultant Oncologist,
{{LOCATION:Shaukat Khanum Memorial Cancer Hospital}}, {{LOCATION:Johar Town}}, {{LOCATION:Lahore}}

Respected Sir/Madam,
Kindly see Mr. {{NAME:Muhammad Arshad}} s/o {{NAME:Ghulam Rasool}}, aged 54, CNIC {{OTHER_ID:35202-5512874-3}}, resident of
{{LOCATION:Mohalla Islampura}}, {{LOCATION:Chak 46/12-L}}, {{LOCATION:Chichawatni}}, District {{LOCATION:Sahiwal}}. He presented with
dysphagia to solids for 3 months and weight loss of 9 kg. OGD on {{DATE:22-10-2026}} showed a fungating lesion at 32 cm;
biopsy sent to {{LOCATION:Chughtai Lab}} (ref {{OTHER_ID:CL-9918420}}). He is accompanied by his son {{NAME:Usman Arshad}},
cell {{PHONE:0300 5550 417}}, and his nephew {{NAME:Hafiz Zubair}}, who will arrange stay at {{LOCATION:Ghousia Colony}}.
Sehat Card no. {{HEALTH_PLAN:SSP-PB-3320 7714}}. Hb 9.8, albumin 2.9; no Virchow node. He is a smoker of 30 pack-years and chews naswar.
He is the sole earner for nine people; the Bait-ul-Maal form has been filled. Kindly expedite, as the family cannot afford
repeated travel from {{LOCATION:Chichawatni}} by Daewoo coach.

Dr. {{NAME:Saima Naz}} (PMDC {{LICENSE:48812-P}}), Senior Registrar
for Prof. {{NAME:Tariq Mehmood Chaudhry}}
`,
  },
  {
    id: 't8-011',
    kind: 'discharge summary (Bangladesh)',
    text: `
{{LOCATION:Sylhet MAG Osmani Medical College Hospital}}
DISCHARGE CERTIFICATE        Reg. No {{MRN:SOMCH-26-220913}}   Bed: Ward 6, B-14
Name: {{NAME:Md. Abdul Kadir Chowdhury}}   Age 61 Y   Sex M
Father: Late Haji {{NAME:Abdul Hamid Chowdhury}}
Address: Vill. {{LOCATION:Lamabazar}}, PO {{LOCATION:Beanibazar}}, PS {{LOCATION:Beanibazar}}, Dist. {{LOCATION:Sylhet}}
Date of admission: {{DATE:14/10/26}}   Date of discharge: {{DATE:20/10/26}}
Diagnosis: Acute ischaemic stroke (L MCA), T2DM, HTN.
He returned from {{LOCATION:Tower Hamlets}}, London, in {{DATE:August 2026}}, where his wife {{NAME:Rahima Begum}} and sons
{{NAME:Shahed}} and {{NAME:Jubair}} live ({{LOCATION:47 Vallance Road}}, {{LOCATION:E1 5AB}}). Brother-in-law {{NAME:Mokhlesur Rahman}}
attended. UK NHS no. {{HEALTH_PLAN:943 476 5919}} noted for the GP at {{LOCATION:Spitalfields Practice}}.
Advice: aspirin 75 mg, atorvastatin 40 mg, physiotherapy at {{LOCATION:CRP Savar}} if possible.
Dr. {{NAME:Nusrat Jahan Mitu}}, Assistant Registrar, Medicine Unit-3
`,
  },
  {
    id: 't8-012',
    kind: 'community health worker note (Vietnam)',
    text: `
PHIEU THAM HO GIA DINH / household visit - {{LOCATION:Tram Y te Phuong 13}}, {{LOCATION:Quan 3}}, {{LOCATION:TP. Ho Chi Minh}}
Ngay {{DATE:05/11/2026}}. Cong tac vien: {{NAME:Tran Thi Bich Ngoc}}.
Patient: {{NAME:Nguyen Van Hung}}, 58, address {{LOCATION:so 45/12 Le Van Sy}}, {{LOCATION:Phuong 13}}, {{LOCATION:Quan 3}}.
TB treatment month 4 (2HRZE/4HR), DOT by wife {{NAME:Le Thi Hoa}}. Adherence card checked; missed 2 doses when he went to
his home village in {{LOCATION:Cao Lanh}}, Dong Thap province, for the death anniversary of his mother {{NAME:Nguyen Thi Sau}}.
Daughter {{NAME:Nguyen Thi Thu Ha}} (called {{NAME:Be Ha}}) works at {{LOCATION:Cho Ray Hospital}}; son-in-law {{NAME:Pham Minh Tuan}}.
Sputum for month-5 smear to {{LOCATION:Benh vien Pham Ngoc Thach}} on {{DATE:12/11/2026}}. BHYT so {{HEALTH_PLAN:DN4797915500112}}.
CCCD {{OTHER_ID:079058004417}}. Dien thoai {{PHONE:0903 555 218}}. Motorbike {{VEHICLE:59-X3 555.18}}.
`,
  },
  {
    id: 't8-013',
    kind: 'home-visit nursing record (Japan)',
    text: `
{{LOCATION:Kita-ku Homon Kango Station}} - home-visit nursing record
Visit: {{DATE:2026/11/06}} 10:00-10:50   Nurse: {{NAME:Sato Megumi}}
User: {{NAME:TANAKA Haruko}} (family name first), {{AGE_OVER_89:97}} years, care level 4
Address: {{LOCATION:530-0041}} {{LOCATION:Osaka-shi}} {{LOCATION:Kita-ku}} {{LOCATION:Tenjinbashi 4-7-12}}, {{LOCATION:Sunny Court 302}}
Insured no. {{HEALTH_PLAN:39271045}} (late-stage elderly). Care manager: {{NAME:Kobayashi Yuto}}, {{LOCATION:Hanazono Care Plan Center}}, tel {{PHONE:06-5555-0172}}.
Pressure injury sacrum DESIGN-R d2-e3s6i0g1n0p0:10, improved. Photo {{PHOTO:tanaka_h_sacrum_20261106.jpg}}.
Lives with daughter {{NAME:Tanaka Emiko}} (72), who is tired; son {{NAME:Hiroshi}} visits from {{LOCATION:Kobe}} on weekends.
Day service at {{LOCATION:Sakura no Sato}} Tue/Fri. Air mattress rental serial {{DEVICE:MX-21-0047718}}. Barthel 15, Braden 12. Care insurance certificate valid until {{DATE:2027/03/31}}.
Daughter asks about short stay at {{LOCATION:Tenma Tokuyo}} in {{DATE:December}}; to discuss at the service meeting on {{DATE:11/20}}.
Home doctor: Dr. {{NAME:Yamamoto Kenji}}, {{LOCATION:Yamamoto Clinic}}. Next visit {{DATE:11/09}}.
`,
  },
  {
    id: 't8-014',
    kind: 'school nurse letter (Seoul)',
    text: `
{{LOCATION:Seoul Daedong Elementary School}} - Health Room
{{LOCATION:25 Seongnae-ro 12-gil}}, {{LOCATION:Gangdong-gu}}, {{LOCATION:Seoul}} {{LOCATION:05397}}
{{DATE:November 3, 2026}}

Dear parents of {{NAME:Park Seo-yeon}} (Grade 3, Class 2),

During lunch on {{DATE:Oct 30}} {{NAME:Seo-yeon}} had hives and lip swelling after the shrimp fried rice. I gave cetirizine per her
action plan and called her mother, Ms. {{NAME:Kim Ji-hye}}, at {{PHONE:010-5555-3719}}. Her grandmother {{NAME:Lee Soon-ja}}
collected her. Please bring an updated allergy action plan from {{LOCATION:Kangdong Sacred Heart Hospital}} and a spare
auto-injector (EpiPen Jr). Her homeroom teacher Mr. {{NAME:Choi Dong-hyun}} and the nutrition teacher Ms. {{NAME:Yoon Ha-eun}}
have been told. The Ministry of Education allergy guideline (2024 edition) applies; Korean, English and Vietnamese
versions of the plan are on the school site, but the class list with student numbers ({{OTHER_ID:DD-2026-0318}}) is kept in the health room.
have been told.

School nurse {{NAME:Jang Mi-ran}}   e-mail {{EMAIL:nurse.jmr@daedong-es.example.kr}}
`,
  },
  {
    id: 't8-015',
    kind: 'social-work family history (Turkey)',
    text: `
SOSYAL HIZMET / social work note - {{LOCATION:Dokuz Eylul Universitesi Hastanesi}}, {{LOCATION:Balcova}}, {{LOCATION:Izmir}}
{{DATE:01.11.2026}}   Protocol {{MRN:DEU-0884127}}
Patient {{NAME:Zeynep Yildirim}}, 29, admitted after a burn at home. Lives at {{LOCATION:Kazim Dirik Mah.}}
{{LOCATION:372/8 Sok. No:14 D:3}}, {{LOCATION:Bornova}}. Married to {{NAME:Emre Yildirim}}; two children, {{NAME:Elif}} (6) and {{NAME:Deniz}} (3).
Her mother {{NAME:Hatice Aksoy}} came from {{LOCATION:Usak}}; father {{NAME:Mustafa}} died in the 2023 earthquake in
{{LOCATION:Antakya}}. A neighbour, {{NAME:Gulsen}} Hanim, raised concern about the husband. T.C. kimlik {{OTHER_ID:100 234 567 90}}.
Referred to {{LOCATION:Bornova Sehit Kemal Ertug Sosyal Hizmet Merkezi}}; shelter option discussed. Safe phone {{PHONE:0532 555 41 07}}.
Social worker {{NAME:Burak Ozturk}}.
`,
  },
  {
    id: 't8-016',
    kind: 'specialist referral for a Persian family (Toronto)',
    text: `
{{LOCATION:Bayview Family Health Team}}, {{LOCATION:3030 Bayview Ave}}, {{LOCATION:Suite 210}}, {{LOCATION:North York}}, ON {{LOCATION:M2N 5L3}}
Tel {{PHONE:416-555-0190}} | Fax {{FAX:416-555-0191}}
{{DATE:2026-11-02}}

Dr. {{NAME:Farhad Nikpour}}, Genetics Clinic, {{LOCATION:North York General Hospital}}

Re: {{NAME:Shirin Mohammadi-Tehrani}}, DOB {{DATE:1991-06-14}}, OHIP {{HEALTH_PLAN:4471-552-918-KT}}

Ms. {{NAME:Mohammadi-Tehrani}} is 12 weeks pregnant. Her husband {{NAME:Arash Ghorbani}} is her first cousin (their mothers,
{{NAME:Parvin}} and {{NAME:Simin}}, are sisters from {{LOCATION:Rasht}}). A nephew in {{LOCATION:Karaj}} has thalassaemia major and a
maternal uncle, {{NAME:Dariush}}, died aged 9. She speaks Farsi; please book a Farsi interpreter (her sister {{NAME:Nasrin}}
has helped, but she prefers not). She lives at {{LOCATION:88 Finch Ave W}}, {{LOCATION:Apt 1404}}, {{LOCATION:Toronto}}.

{{NAME:Hope Addo-Lindqvist}}, MD CCFP
`,
  },
  {
    id: 't8-017',
    kind: 'discharge summary (Lebanon)',
    text: `
{{LOCATION:Hotel-Dieu de France}}, {{LOCATION:Achrafieh}}, {{LOCATION:Beirut}}
Discharge summary, cardiology    File {{MRN:HDF-1120487}}
Patient: {{NAME:Georges Elias Haddad}}, born {{DATE:12/05/1949}}
Residence: {{LOCATION:Rue Mar Mitr}}, {{LOCATION:Immeuble Khoury}}, 3rd floor, {{LOCATION:Achrafieh}}; summer home in {{LOCATION:Zahle}}.
Admitted {{DATE:23/10/2026}} with fast AF; TEE then DC cardioversion on {{DATE:25/10/2026}}. Discharged {{DATE:28/10/2026}}.
Family: wife {{NAME:Mona}} (nee {{NAME:Sfeir}}); son {{NAME:Karim}} in Montreal; daughter {{NAME:Rita Haddad Abi Nader}} at
{{PHONE:+961 3 555 417}}. His brother, {{NAME:Abu Tony}} to everyone, is a pharmacist in {{LOCATION:Jounieh}}.
NSSF (CNSS) no. {{HEALTH_PLAN:88-441207}}. Apixaban 5 mg bid (Eliquis). Follow-up with Dr. {{NAME:Nadim Azar}} at
{{LOCATION:Clinique Azar}}, {{LOCATION:Sin el Fil}}, in 3 weeks.
`,
  },
  {
    id: 't8-018',
    kind: 'employer letter (Egypt)',
    text: `
Nile Delta Textiles - weaving plant, {{LOCATION:El Mahalla El Kubra}}, Gharbia
{{DATE:10 November 2026}}

To: Medical Commission, {{LOCATION:Tanta University Hospital}}

This is to certify that Mr. {{NAME:Mahmoud Abdel-Fattah El-Sayed}}, national ID {{OTHER_ID:27605121600419}}, social insurance no.
{{HEALTH_PLAN:SI-4471093}}, has been employed as a loom supervisor at our {{LOCATION:Shoubra Beltag}} weaving hall since {{DATE:01/03/2001}}.
After his myocardial infarction he was treated at {{LOCATION:Tanta Heart Centre}}. He lives at {{LOCATION:12 Shareh El Geish}},
{{LOCATION:Kafr El Zayat}}. Please assess his fitness to return; his colleague {{NAME:Hamdy Soliman}} can drive him.

Eng. {{NAME:Ashraf Naguib}}, Plant Manager   tel {{PHONE:040 555 3318}}
`,
  },
];
