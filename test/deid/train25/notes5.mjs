// train25 notes 5: Southeast Asia (Philippines, Indonesia, Malaysia, Vietnam, Myanmar): BHW referral, PhilHealth
// claim form, OFW repatriation transfer, posyandu report, puskesmas-to-RSUD transfer, klinik kesihatan letter,
// commune health station referral, Thai-Myanmar border clinic record, typhoon field hospital list.
export default [
  {
    id: 't25-038',
    kind: 'barangay health worker referral (Philippines, Leyte)',
    text: `
REFERRAL FORM - {{LOCATION:Barangay Health Station, Brgy. San Jose}}, {{LOCATION:Tacloban City}}
Date: {{DATE:March 8, 2025}}   BHW: {{NAME:Marites "Tess" Abarquez}}   Midwife: {{NAME:Jocelyn B. Pacana-Uy}}
Patient: {{NAME:DELA PAZ, Ma. Cristina Ybanez}}   Age 17   Purok {{LOCATION:3}}, {{LOCATION:Sitio Kalipayan}}, {{LOCATION:Brgy. 88 San Jose}}
Landmark: beside the {{LOCATION:Iglesia ni Cristo}} chapel, blue sari-sari store of Aling {{NAME:Nena}}
Reason: teenage pregnancy, 36 wks, BP 150/100, edema. For admission at {{LOCATION:Eastern Visayas Medical Center}}.
Mother: {{NAME:Rosalinda Dela Paz}}   CP no. {{PHONE:0917 555 0183}}
PhilHealth PIN: {{HEALTH_PLAN:01-055521873-4}} (dependent of mother)
Transport: barangay ambulance {{VEHICLE:SJB 4412}}, driver Kuya {{NAME:Boyet}}.
Midwife's note: {{NAME:Cristina}}'s boyfriend {{NAME:Jerome "Jom" Cabrera}} is also 17; barangay captain {{NAME:Rolando Tupaz}} informed; DSWD worker {{NAME:Glenda Mae Orbeta}} will follow up.
Nanay {{NAME:Rosalinda}} asked for PhilHealth Konsulta registration. Dr. {{NAME:Reynaldo Caintic}} received at EVMC.
`,
  },
  {
    id: 't25-039',
    kind: 'PhilHealth claim form 2 extract (Philippines, Mindanao)',
    text: `
PHILHEALTH CLAIM FORM 2 (CF2) - extract
HCI: {{LOCATION:Davao Regional Medical Center}}, {{LOCATION:Apokon}}, {{LOCATION:Tagum City}}   PAN {{OTHER_ID:H11005521}}
Patient: {{NAME:MANGUBAT, Jericho Lumanog}} Jr.   PIN {{HEALTH_PLAN:11-205550123-7}}   Date admitted {{DATE:2025-07-02}}  discharged {{DATE:2025-07-06}}
Address: Blk {{LOCATION:12}} Lot {{LOCATION:8}}, {{LOCATION:Deca Homes}}, {{LOCATION:Visayan Village}}, {{LOCATION:Tagum City}} {{LOCATION:8100}}
Final dx: Dengue with warning signs (A97.1). Case rate 10,000.
Attending: Dr. {{NAME:Anna Liza Sumalinog-Datu}} (PRC Lic. {{LICENSE:0115521}}, PhilHealth accreditation {{OTHER_ID:1302-5551873-2}})
Member (father): {{NAME:Jericho Mangubat}} Sr., OFW in Qatar; authorised representative: tita {{NAME:Lorna Lumanog}}
SOA no. {{ACCOUNT:DRMC-SOA-25-18812}}
Remarks: patient's grandmother Lola {{NAME:Conchita Lumanog}}, {{AGE_OVER_89:91}}, also a member (senior citizen), came to watch him. Claims processor: {{NAME:Mary Grace Dumaguing}}.
Return to sender: CF2 signature of Dr {{NAME:Sumalinog-Datu}} missing on page 2; resubmitted {{DATE:Jul 20, 2025}}.
`,
  },
  {
    id: 't25-040',
    kind: 'repatriation transfer summary (Gulf to Philippines, OWWA)',
    text: `
MEDICAL REPATRIATION SUMMARY   OWWA case {{OTHER_ID:OWWA-RW-25-0432}}
From: {{LOCATION:Hamad General Hospital}}, {{LOCATION:Doha}}   To: {{LOCATION:Philippine General Hospital}}, {{LOCATION:Taft Avenue}}, {{LOCATION:Manila}}
Patient: {{NAME:Rowena Cabahug Macaraeg}}, 44F, domestic worker   Qatar ID {{OTHER_ID:28555060812}}   HC no. {{MRN:HMC-5520178}}
Dx: SAH (Fisher 3), coiled {{DATE:14/09/2025}}; now GCS 14, mild L hemiparesis. Flight {{DATE:30 Sep}} with nurse escort {{NAME:Gilbert Ocampo}}.
Family in {{LOCATION:Brgy. Poblacion}}, {{LOCATION:Bayombong}}, Nueva Vizcaya: husband {{NAME:Dante Macaraeg}} {{PHONE:+63 917 555 0301}}, son {{NAME:JM}} (nickname).
Employer's sponsor: Mr. {{NAME:Khalid bin Hamad Al-Kuwari}}.
Images: CT {{PHOTO:HMC_CT_20250914.dcm}} shared via {{URL:https://share.example.qa/case/5520178}}
Escort handover: nurse {{NAME:Ocampo}} to PGH neuro resident Dr {{NAME:Katrina Villareal}}. Welfare officer at the embassy: Atty. {{NAME:Ramil Santos}}.
Her cousin {{NAME:Lovely Macaraeg}}, also in {{LOCATION:Doha}}, packed her things; employer's wife {{NAME:Maryam Al-Kuwari}} paid the last salary.
Telemedicine handover recorded from {{IP:203.0.113.77}}; family consent by voice, voiceprint ref {{BIOMETRIC:VP-OWWA-25-0432}}.
`,
  },
  {
    id: 't25-041',
    kind: 'posyandu monthly report (Indonesia, Central Java)',
    text: `
LAPORAN POSYANDU (English summary) - {{LOCATION:Posyandu Melati 3}}, {{LOCATION:Dusun Krajan}}, {{LOCATION:Desa Sumberejo}}, {{LOCATION:Kec. Batang}}, {{LOCATION:Kab. Batang}}
Month: {{DATE:Februari 2025}}   Kader: Ibu {{NAME:Sri Wahyuningsih}}, Ibu {{NAME:Endang}}   Bidan desa: {{NAME:Siti Nurhaliza Rahmawati}}, Amd.Keb
Children weighed 52. Below red line (BGM): 
 - {{NAME:Muhammad Rizky Pratama}} (18 mo), RT {{LOCATION:02}}/RW {{LOCATION:05}}, father Pak {{NAME:Slamet}}; referred to {{LOCATION:Puskesmas Batang II}}
 - {{NAME:Aisyah Putri}} (11 mo), mother Bu {{NAME:Wulan Sari}}, {{PHONE:0812-5550-4471}}
Elderly post: Mbah {{NAME:Sukinem}}, age {{AGE_OVER_89:93}}, BP 168/90; Mbah {{NAME:Kartodikromo}}, 88, gout.
Vitamin A capsules given: 47 (blue) / 5 (red).
Notes: {{NAME:Rizky}}'s mother {{NAME:Dwi Lestari}} works in {{LOCATION:Pekalongan}} at a batik workshop; grandmother {{NAME:Painem}} looks after him.
Nutritionist {{NAME:Agus Setiawan}} from the puskesmas gave PMT biscuits. Report sent to Bu Camat (the sub-district head's office).
`,
  },
  {
    id: 't25-042',
    kind: 'puskesmas to regional hospital transfer (Indonesia, NTT)',
    text: `
SURAT RUJUKAN / REFERRAL LETTER   No. {{OTHER_ID:445/112/PKM-OKB/VI/2025}}
From: {{LOCATION:Puskesmas Oekabiti}}, {{LOCATION:Kab. Kupang}}   To: {{LOCATION:RSUD Prof. Dr. W. Z. Johannes}}, {{LOCATION:Kupang}}
Date: {{DATE:16-06-2025}}
Name: {{NAME:Yohanis Ndun}}   Age 9 M   NIK {{OTHER_ID:5301055506160002}}   BPJS/KIS {{HEALTH_PLAN:0001555218733}}
Address: {{LOCATION:Desa Oesusu}}, {{LOCATION:Dusun B}}, near {{LOCATION:GMIT Imanuel}} church
Dx: severe acute malnutrition with oedema + suspected TB. WHZ < -3.
Accompanied by mother {{NAME:Maria Tefa}} and pastor Pdt. {{NAME:Yakobus Selan}}. Ambulance {{VEHICLE:DH 1184 KP}}.
Doctor: dr. {{NAME:Fransiska Bria}}
Follow-up: received by dr. {{NAME:Imelda Nenobais}}, Sp.A; F-75 started. The church deacon {{NAME:Markus Lakapu}} organised food for the mother.
Father {{NAME:Petrus Ndun}} works in {{LOCATION:Tawau}}, Malaysia, as a plantation worker.
`,
  },
  {
    id: 't25-043',
    kind: 'klinik kesihatan letter (Malaysia, Sarawak)',
    text: `
{{LOCATION:Klinik Kesihatan Kapit}}, {{LOCATION:Jalan Airport}}, {{LOCATION:96800}} {{LOCATION:Kapit}}, Sarawak
Ruj. kami: {{OTHER_ID:KKK/RUJ/25/0311}}   Tarikh: {{DATE:11 Mei 2025}}
Kepada: Pakar Perubatan, {{LOCATION:Hospital Sibu}}
Pesakit: {{NAME:Nyalau anak Jimbai}}   MyKad {{OTHER_ID:550712-13-5521}}   Umur 67
Alamat: {{LOCATION:Rumah Panjai Ngemah}}, Bilik {{LOCATION:14}}, {{LOCATION:Sungai Ngemah}}, reached by longboat from {{LOCATION:Kapit}} wharf
Dx: CCF with AF (CHA2DS2-VASc 3), poorly controlled; on warfarin (Marevan) with labile INR.
Son: {{NAME:Robert Nyalau}}, {{PHONE:013-555 8207}}. Interpreter for Iban: staff nurse {{NAME:Mariam binti Sulaiman}}.
Yang benar, Dr. {{NAME:Lim Wei Jie}} (MMC {{LICENSE:55218}})
Background: lives with wife {{NAME:Sendi anak Ugak}} and grandson {{NAME:Jimbai Robert}}. Tuai rumah {{NAME:Jelani anak Sumbang}} arranged the longboat.
INR 4.8 on {{DATE:09/05/2025}}; warfarin held. Please consider apixaban if affordable.
`,
  },
  {
    id: 't25-044',
    kind: 'commune health station referral (Vietnam)',
    text: `
GIAY CHUYEN TUYEN / TRANSFER FORM   {{LOCATION:Tram Y te xa Phong Nam}}, {{LOCATION:huyen Trung Khanh}}, Cao Bang
No. {{OTHER_ID:18/GCT-TYT}}   Date {{DATE:09/01/2025}}
Patient: {{NAME:Nong Thi Mai}}   Female, born {{DATE:1953-03-04}}   Ethnicity: Tay   BHYT card {{HEALTH_PLAN:HT2045551870321}}
Address: {{LOCATION:xom Na Ri}}, {{LOCATION:xa Phong Nam}}
To: {{LOCATION:Trung Khanh District Medical Centre}}
Reason: COPD exacerbation, SpO2 86%. Salbutamol neb x2.
Husband {{NAME:Luc Van Sinh}} (age {{AGE_OVER_89:91}}) cannot travel; grandson {{NAME:Nong Van Hung}} goes, {{PHONE:0915 555 842}}.
Doctor: {{NAME:Hoang Van Duc}}
Commune doctor's addendum: patient's daughter {{NAME:Be Thi Hoa}} works in {{LOCATION:Bac Ninh}} (Samsung factory) and sent money. Village head {{NAME:Ly Van Pao}} lent the motorbike {{VEHICLE:11-B1 555.18}}.
Patient's son-in-law in {{LOCATION:Lowell}}, Massachusetts, {{NAME:Tony Be}} (SSN {{SSN:000-35-2210}}), sent money via a transfer for the hospital fees.
`,
  },
  {
    id: 't25-045',
    kind: 'border clinic record (Myanmar migrants, Thailand)',
    text: `
{{LOCATION:Mae Tao Clinic}} - OPD RECORD   Record no. {{MRN:MTC-25-090817}}
Date: {{DATE:7.10.2025}}   Medic: {{NAME:Saw Eh Htoo}}
Patient: {{NAME:Naw Paw Wah}}, 26F, from {{LOCATION:Hpa-an}} area, now living at {{LOCATION:Huay Muang}} migrant camp, house {{LOCATION:B-22}}, {{LOCATION:Mae Sot}}
Works at a garment factory ({{LOCATION:Tak Garment Co. site 2}}). No ID card; migrant health card {{HEALTH_PLAN:MHI-TAK-55-3021}}.
Dx: malaria P. vivax (smear 2+). Chloroquine + primaquine (G6PD normal).
Husband {{NAME:Maung Kyaw Zin}}; sister Daw {{NAME:Khin Myo}} (Daw is an honorific) brought her.
Follow up {{DATE:14 Oct}}.
Social: {{NAME:Naw Paw Wah}} sends money to her mother {{NAME:Naw Mu Mu}} in {{LOCATION:Myawaddy}}. Clinic social worker {{NAME:Saw Kaw Htoo}} helped with the health card.
Medic supervisor: Dr {{NAME:Cynthia Maung-Aye}}.
`,
  },
  {
    id: 't25-046',
    kind: 'typhoon field hospital patient list (Philippines, Catanduanes)',
    text: `
FIELD HOSPITAL - {{LOCATION:Virac}} sports complex (post-typhoon)   Day 3, {{DATE:Nov 4, 2025}}
Bed  Patient                         Age  Barangay              Dx                         Relative / contact
1    {{NAME:Tabuzo, Ernesto}}                 {{AGE_OVER_89:92}}  {{LOCATION:Palnab del Sur}}       lacerated scalp            granddaughter {{NAME:Kring-Kring}} {{PHONE:0998 555 1120}}
2    {{NAME:Vargas, Hope}}                     34   {{LOCATION:Calatagan Proper}}     leptospirosis?             husband {{NAME:Will Vargas}}
3    {{NAME:Sarmiento}}, Baby Girl (newborn)      0    {{LOCATION:Gogon Centro}}         neonatal sepsis            mother {{NAME:Grace Sarmiento}}
4    {{NAME:Aguilar, Summer Joy}}               8    {{LOCATION:Sto. Domingo}}          fracture R radius          lola {{NAME:Pacita}}
Team: MSF-style NGO (Dr {{NAME:Ikaika Kealoha}}, Dr {{NAME:Wiremu Tane}}, RN {{NAME:Brigid Ni Dhomhnaill}}); DOH liaison {{NAME:Ramon Tablizo}}.
Overnight: {{NAME:Tabuzo}} stable. {{NAME:Hope}} on doxycycline; her husband {{NAME:Will}} brought water. {{NAME:Summer Joy}} had closed reduction by Dr {{NAME:Kealoha}}.
Donations received from {{LOCATION:Bicol Medical Center}} pharmacy (Augmentin, Ceftriaxone, Panadol) via Fr. {{NAME:Jun Tevar}}.
`,
  },
];
