// train8 notes 5: Indonesian posyandu cadre note, Malaysian discharge summary, Jaffna referral letter, Nepali FCHV
// home visit, Hong Kong discharge summary, Portuguese bereavement note, Brazilian community health agent note,
// Jamaican school letter, Trinidad employer letter with a telehealth log.
export default [
  {
    id: 't8-037',
    kind: 'posyandu cadre home visit (Indonesia)',
    text: `
Catatan kunjungan rumah / home visit - {{LOCATION:Puskesmas Mergangsan}}, {{LOCATION:Kota Yogyakarta}}
Tanggal {{DATE:3 November 2026}}. Kader: Ibu {{NAME:Sri Wahyuningsih}}; bidan {{NAME:Endang Purwaningsih}}, A.Md.Keb.
Keluarga: Bapak {{NAME:Slamet Riyadi}} (ojek driver, plate {{VEHICLE:AB 4417 KL}}) and {{NAME:Siti Nurhaliza}}, {{LOCATION:RT 05/RW 02}},
{{LOCATION:Kampung Brontokusuman}}, {{LOCATION:Kelurahan Keparakan}}. Baby {{NAME:Muhammad Rafi Alfarizi}}, 9 months, weight 6.8 kg (below red line
since {{DATE:September 2026}}). Mother works mornings at the batik workshop of Pak {{NAME:Harjono}} in {{LOCATION:Prawirotaman}}; the baby
stays with grandmother Mbah {{NAME:Tumini}}, who gives rice water. Referred to the nutrition clinic on Senin, {{DATE:9 November 2026}}.
BPJS Kesehatan {{HEALTH_PLAN:0001447182093}}, NIK {{OTHER_ID:3471084501880002}}. WhatsApp {{PHONE:0812 5550 4417}}.
Next posyandu at the {{LOCATION:Masjid Al-Ikhlas}} yard, {{DATE:12 November}}.
`,
  },
  {
    id: 't8-038',
    kind: 'discharge summary (Malaysia)',
    text: `
{{LOCATION:Hospital Raja Perempuan Zainab II}}, {{LOCATION:Kota Bharu}}, Kelantan
RINGKASAN DISCAJ / discharge summary    RN {{MRN:KB26-018834}}
Nama: {{NAME:Nik Aminah binti Nik Mahmud}}   MyKad {{OTHER_ID:540812-03-5518}}   Umur 72
Alamat: {{LOCATION:Lot 1187}}, {{LOCATION:Kampung Pulau Melaka}}, {{LOCATION:16010}} {{LOCATION:Kota Bharu}}.
Tarikh masuk {{DATE:28/10/2026}}, keluar {{DATE:03/11/2026}}. Dx: community-acquired pneumonia, AF, CKD 3.
Waris / next of kin: anak {{NAME:Wan Rosnani binti Wan Ismail}}, {{PHONE:019-555 7812}}; menantu {{NAME:Che Ghani bin Yusof}}.
Her husband Haji {{NAME:Wan Ismail bin Wan Daud}}, {{AGE_OVER_89:92}}, is bedbound at home and cared for by a maid, {{NAME:Siti Aisyah}}
from Madura. INR 2.4 on warfarin 3 mg; CURB-65 2 on admission. Sputum grew Klebsiella pneumoniae. Augmentin to complete 7 days.
Follow up at {{LOCATION:Klinik Kesihatan Bandar Kota Bharu}} in 1/52, warfarin clinic. Dr {{NAME:Lim Wei Sheng}} (MMC {{LICENSE:58812}}),
for Dr {{NAME:Rajeswari a/p Subramaniam}}, Consultant Physician.
`,
  },
  {
    id: 't8-039',
    kind: 'referral letter (Jaffna, Sri Lanka)',
    text: `
{{LOCATION:Teaching Hospital Jaffna}}, Ward 11 (Neurology)
Tel {{PHONE:021 555 2241}}   Fax {{FAX:021 555 2240}}                          {{DATE:05.11.2026}}

To: The Consultant Neurosurgeon, {{LOCATION:National Hospital of Sri Lanka}}, {{LOCATION:Colombo 10}}

Dear Sir,
Re: Mrs. {{NAME:Tharmini Sivakumar}} (BHT {{MRN:TH/J/26/7741}}), 44 years, NIC {{OTHER_ID:198255104471}}
of {{LOCATION:No. 12, Kandy Road}}, {{LOCATION:Chavakachcheri}}. She has a left sphenoid wing meningioma on MRI dated {{DATE:30.10.2026}}.
She will travel by train with her husband Mr. {{NAME:S. Sivakumar}} and her brother {{NAME:K. Ragunathan}}, who lives at
{{LOCATION:Wellawatte}} and will host them. The family speaks Tamil; her niece {{NAME:Abirami}} speaks Sinhala and English.
Kindly accommodate. CD of images enclosed ({{PHOTO:MRI_TS_20261030.iso}}).
Dr. {{NAME:V. Pathmanathan}}, Consultant Neurologist, SLMC {{LICENSE:19982}}
`,
  },
  {
    id: 't8-040',
    kind: 'female community health volunteer home visit (Nepal)',
    text: `
FCHV visit record - {{LOCATION:Bhaktapur Municipality}}, ward 7, {{LOCATION:Taumadhi}}
Date: {{DATE:2083/07/19}} B.S. ({{DATE:4 Nov 2026}}). FCHV: {{NAME:Laxmi Maya Shrestha}}. ANM: {{NAME:Sabina Prajapati}} from {{LOCATION:Byasi Health Post}}.
Visited {{NAME:Ram Bahadur Thapa Magar}}, 67, paralysed on the right since a stroke in {{DATE:Baisakh 2082}}. Lives with wife {{NAME:Dil Maya}}
and grandson {{NAME:Bikash}} (12), who skips school to help him; son {{NAME:Hari}} works in Doha (phone {{PHONE:+974 5555 3184}}), daughter
{{NAME:Sunita Gurung}} married in {{LOCATION:Pokhara}}. Neighbour {{NAME:Krishna Prasad Adhikari}} carried him to the ground floor after the
2015 earthquake damage. Citizenship no. {{OTHER_ID:27-01-76-04471}}. Health insurance {{HEALTH_PLAN:HIB-441870229}}. Referred for physiotherapy at
{{LOCATION:Bhaktapur Hospital}} and disability card at the ward office.
`,
  },
  {
    id: 't8-041',
    kind: 'discharge summary (Hong Kong)',
    text: `
{{LOCATION:Queen Elizabeth Hospital}}, {{LOCATION:Kowloon}} - Department of Medicine
DISCHARGE SUMMARY   HN {{MRN:HN26014477Y}}   HKID {{OTHER_ID:K447182(3)}}
Name: {{NAME:CHAN Tai Man Peter}}   Sex M   Age {{AGE_OVER_89:90}}
Address: {{LOCATION:Flat 12, 18/F, Block C}}, {{LOCATION:Wah Fu Estate}}, {{LOCATION:Pok Fu Lam}}
Admitted {{DATE:24-Oct-2026}}; discharged to {{LOCATION:Tung Wah Group Kwong Wah Care Home}} on {{DATE:02-Nov-2026}}.
Aspiration pneumonia; on thickened fluids (IDDSI level 2). Wife {{NAME:LEUNG Siu Fong}} died in 2024. Son {{NAME:CHAN Ka Wing}} (Vancouver)
and daughter {{NAME:Cherry CHAN}} ({{PHONE:9555 4418}}) are the contacts. Domestic helper {{NAME:Marites Bautista}} knows his routine.
Elderly Health Care Voucher account {{ACCOUNT:EHV-22-1847730}}. Follow-up at {{LOCATION:Kwun Tong Jockey Club GOPC}}.
Dr {{NAME:Wong Hoi Yan}}, MO.
`,
  },
  {
    id: 't8-042',
    kind: 'bereavement note (Portugal)',
    text: `
Nota de luto / bereavement contact - {{LOCATION:Unidade de Saude Familiar Ramalde}}, {{LOCATION:Porto}}
{{DATE:06/11/2026}}, by enf. {{NAME:Ana Rita Fernandes}}.
It is with sadness that we record the death of Sr. {{NAME:Manuel Joaquim de Sousa e Silva}}, retired tram driver, on {{DATE:27 de outubro}},
aged {{AGE_OVER_89:93}}, at home in {{LOCATION:Rua de Requesende 214}}, {{LOCATION:4100-415}} {{LOCATION:Porto}}. Mass was said at the
{{LOCATION:Igreja de Ramalde}} and he rests in the {{LOCATION:Cemiterio de Agramonte}}. His widow, D. {{NAME:Maria da Conceicao Pereira da Silva}},
is alone now; their son {{NAME:Rui}} lives in Luxembourg and daughter {{NAME:Fatima Silva Rocha}} in {{LOCATION:Matosinhos}}. Neighbour
Dona {{NAME:Alzira Teixeira}} of the 2nd floor looks in every day. Utente {{HEALTH_PLAN:183 447 290}}.
Offer: visit by psychologist Dr.a {{NAME:Ines Cardoso}}; day centre at {{LOCATION:Centro Social de Ramalde}}. Daughter phone {{PHONE:912 555 418}}.
`,
  },
  {
    id: 't8-043',
    kind: 'community health agent note (Brazil)',
    text: `
Agente Comunitario de Saude - visita domiciliar   {{DATE:05/11/2026}}
{{LOCATION:UBS Vila Nova Cachoeirinha}}, {{LOCATION:Sao Paulo}}, micro-area 3. ACS: {{NAME:Jose Carlos dos Santos}} ("{{NAME:Zeca}}").
Family: {{NAME:Francisca das Chagas Oliveira}}, 52, hypertensive, and husband {{NAME:Raimundo Nonato}}, ex-bricklayer from {{LOCATION:Crato}}, Ceara.
Address: {{LOCATION:Rua Paulo Eiro, 77, casa 2}}, {{LOCATION:Jardim Peri}}, CEP {{LOCATION:02612-010}}.
BP 164/98 on losartan 50 mg bid and hydrochlorothiazide 25 mg; glicemia capilar 132. Dengue larvae found in a water drum;
the endemic-disease agent {{NAME:Edivaldo Sousa}} will return on {{DATE:12/11/2026}}.
Grandson {{NAME:Kaua Vitor}}, 5, no vaccination record after {{DATE:March 2024}}; the other grandson {{NAME:Davi Lucca}} is up to date.
Their daughter {{NAME:Jessica}} moved to {{LOCATION:Guarulhos}}. Cartao SUS {{HEALTH_PLAN:898 0044 7182 0934}}, CPF {{OTHER_ID:447.182.093-01}}.
Bolsa Familia NIS {{OTHER_ID:1.447.1820.93-4}}. Scheduled with nurse {{NAME:Patricia Amaral}} on {{DATE:10/11}}. Phone of neighbour
Dona {{NAME:Cida}}'s daughter: {{PHONE:(11) 95555-4471}}.
`,
  },
  {
    id: 't8-044',
    kind: 'school letter (Jamaica)',
    text: `
{{LOCATION:Mona Preparatory School}}
{{LOCATION:4 Mona Road}}, {{LOCATION:Kingston 6}}
{{DATE:2nd November, 2026}}

{{LOCATION:University Hospital of the West Indies}}, Paediatric Clinic

Re: {{NAME:Jaheim Akeem Brown}}, Grade 4, DOB {{DATE:14/07/2017}}

Dear Doctor,
{{NAME:Jaheim}}'s class teacher, Miss {{NAME:Hyacinth Campbell}}, reports episodes of staring lasting a few seconds, many times a day, since
the start of the {{DATE:September 2026}} term. His grandmother, Mrs {{NAME:Icilda Brown}} of {{LOCATION:Gordon Town}}, {{LOCATION:St Andrew}}, raises
him; his mother {{NAME:Shaneika}} works on a cruise ship. The guidance counsellor Mr {{NAME:Devon Ellis}} has a video of one episode
({{PHOTO:jaheim_episode_1029.mp4}}) which Mrs {{NAME:Brown}} consents to share. EEG was suggested by the school doctor; no Depakote or other medicine at present. Staring spells
look like absence seizures to us, but we are teachers, not doctors. Please call the school at {{PHONE:876-555-0198}}.

Yours faithfully,
{{NAME:Marcia Whyte-Gordon}} (Principal)
`,
  },
  {
    id: 't8-045',
    kind: 'employer letter with telehealth log (Trinidad and Tobago)',
    text: `
{{LOCATION:Point Lisas Industrial Estate}} - Occupational Health Unit, Plant 4
{{DATE:9 November 2026}}
To: Dr {{NAME:Ramesh Maharaj}}, {{LOCATION:San Fernando General Hospital}}

Re: {{NAME:Kevon Ali-Baptiste}}, employee {{OTHER_ID:PLX-55187}}, BIR {{OTHER_ID:114-471-820}}

Mr {{NAME:Ali-Baptiste}} was exposed to ammonia on {{DATE:31/10/2026}} at the {{LOCATION:Couva}} loading bay. He was reviewed on video from
his home at {{LOCATION:LP 44 Rambert Trace}}, {{LOCATION:Chaguanas}}, on {{DATE:3/11}}: session {{URL:https://tele.plx-health.example.tt/s/8841c}},
client IP {{IP:198.51.100.73}}; PEF 410 L/min. His wife {{NAME:Anjali}} and his tanty {{NAME:Merle Baptiste}} were present.
Spirometry FEV1/FVC 0.71. Chest X-ray clear. He uses a Ventolin inhaler since the exposure and took 3 days of prednisolone 40 mg.
Please advise on fitness for confined-space work. Supervisor: {{NAME:Curtis Ramdass}}. Reply to {{EMAIL:ohu.plant4@plx.example.tt}} or
fax {{FAX:868-555-0147}}.

{{NAME:Nalini Persad-Joseph}}, OH Nurse
`,
  },
];
