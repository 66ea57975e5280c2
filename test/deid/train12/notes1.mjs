// train12 notes 1: South Asia (India, Pakistan, Bangladesh, Sri Lanka): discharge summaries, referral letters,
// clinic letters and an operation note with S/o and D/o, mohalla, house and plot numbers, landmarks.
export default [
  {
    id: 't12-001',
    kind: 'discharge summary (India, district hospital)',
    text: `
{{LOCATION:GOVERNMENT DISTRICT HOSPITAL, HOSHIARPUR}}
DISCHARGE SUMMARY

Name: {{NAME:Gurpreet Kaur}} W/o {{NAME:Harjinder Singh Dhillon}}    Age/Sex: 47/F
IPD No: {{MRN:IPD/2025/18842}}    Ward: Female Medical, Bed 14
Address: H. No. {{LOCATION:212}}, {{LOCATION:Ward No. 7}}, near {{LOCATION:Gurdwara Singh Sabha}}, Village {{LOCATION:Bajwara}}, Tehsil & Distt. {{LOCATION:Hoshiarpur}}, Punjab - {{LOCATION:146023}}
Mobile: {{PHONE:98555 01274}}
Ayushman Bharat (PM-JAY) ID: {{HEALTH_PLAN:PMJAY-PB-0448-2913}}
Date of Admission: {{DATE:03/11/2025}}    Date of Discharge: {{DATE:09/11/2025}}

Diagnosis: Type 2 DM with diabetic ketoacidosis; UTI (E. coli, ESBL).
Course: Admitted via casualty with vomiting and drowsiness, GBS 1.0 unit/L. Managed with IV fluids, insulin infusion
as per protocol, Inj. Meropenem 1 g TDS. Sugar charting stable from day 3. Shifted to Inj. Mixtard 30/70 18-0-12.
Seen by Dr. {{NAME:Anupama Sood}} (Medicine Unit II) and dietician Ms. {{NAME:Ritika Bhalla}}.
Advice on discharge: Tab. Glycomet 500 mg BD, Inj. Mixtard as above, review in Medicine OPD (Room 11) on {{DATE:16/11/2025}}.
Patient was accompanied by her son {{NAME:Manpreet}} (ph {{PHONE:70555 88213}}).

Signature: Dr. {{NAME:A. Sood}}, MD (Medicine)   PMC Regn. No. {{LICENSE:PMC-38817}}
Family history: father Sardar {{NAME:Balwant Singh}} had CAD; sister {{NAME:Jaswinder Kaur Gill}} (Canada) has DM. Nursing handover by Sr. {{NAME:Paramjit}} to {{NAME:Navneet}}; diet chart checked by {{NAME:Kamaljeet Randhawa}}. Insulin teaching witnessed by daughter-in-law {{NAME:Simranjeet}}.
`,
  },
  {
    id: 't12-002',
    kind: 'referral letter (Pakistan, BHU to DHQ)',
    text: `
Basic Health Unit {{LOCATION:Chak No. 214 RB}}, Tehsil {{LOCATION:Jaranwala}}, District {{LOCATION:Faisalabad}}
Ref. No. BHU/214/{{OTHER_ID:REF-0931}}    Dated: {{DATE:14-10-2025}}

To: The Medical Superintendent, {{LOCATION:DHQ Hospital Faisalabad}}

Respected Sir,
Patient {{NAME:Muhammad Arshad}} S/o {{NAME:Ghulam Rasool}}, aged 62 years, CNIC {{OTHER_ID:33100-5550193-7}},
resident of Mohalla {{LOCATION:Islampura}}, Street No. {{LOCATION:4}}, near {{LOCATION:Jamia Masjid Farooqia}}, {{LOCATION:Jaranwala}}, is
referred for further management of suspected pulmonary Koch's. He has cough for 6 weeks, evening fever, weight loss
4 kg. Sputum GeneXpert sent on {{DATE:9th October}}; MTB detected, rifampicin resistance not detected.
Kindly see him in the Chest OPD and start CAT-I under the NTP. His Sehat Sahulat card no. is {{HEALTH_PLAN:SSP-3310055501937}}.
Contact: son {{NAME:Waqas Arshad}}, {{PHONE:0300-5550471}}.

Thanking you,
Dr. {{NAME:Sadia Noreen}}, MBBS, Medical Officer, BHU {{LOCATION:Chak 214 RB}}
PMDC No. {{LICENSE:58812-P}}
cc: Dr. {{NAME:Asif Iqbal Chaudhry}} (District TB Coordinator); LHW {{NAME:Nusrat Parveen}}; dispenser {{NAME:Allah Ditta}}. Contacts to screen: wife {{NAME:Razia Bibi}}, sons {{NAME:Waqas}} and {{NAME:Usman}}, grandson {{NAME:Ali Raza}}.
`,
  },
  {
    id: 't12-003',
    kind: 'operation note (Bangladesh, medical college hospital)',
    text: `
OPERATION NOTE - {{LOCATION:Sylhet MAG Osmani Medical College Hospital}}, Surgery Unit III
Patient: Mst. {{NAME:Rokeya Begum}}, 38 F, Reg. {{MRN:SOMCH-25-071442}}
Husband: {{NAME:Md. Abdul Kadir}}; Vill. {{LOCATION:Kanaighat Bazar}}, P.O. {{LOCATION:Kanaighat}}, Upazila {{LOCATION:Kanaighat}}, Dist. {{LOCATION:Sylhet}}
Date of operation: {{DATE:21.09.2025}}
Surgeon: Prof. {{NAME:Nurul Islam Chowdhury}}; Asst: Dr. {{NAME:Tanjila Haque}}; Anaesthetist: Dr. {{NAME:Shafiqur Rahman}}
Procedure: Open cholecystectomy (converted from lap) under GA.
Findings: Contracted GB with multiple stones, Mirizzi type I, dense adhesions to duodenum. CBD 6 mm, no stone felt.
Kocher incision. Calot's triangle dissected; cystic artery clipped and divided. Drain (28 Fr) kept in Morison's pouch.
Specimen sent for histopathology, slip no. {{OTHER_ID:HP-8831/25}}.
Blood loss about 150 mL. Post-op orders: NPO 6 h, Inj. Ceftriaxone 1 g BD, Inj. Ketorolac PRN.
Note: Photos of specimen saved as {{PHOTO:SOMCH_GB_rokeya_210925.jpg}}.
Scrub nurse: {{NAME:Shirin Akhter}}. Circulating: {{NAME:Md. Habibur Rahman}}. Count correct x2 ({{NAME:Shirin}}/{{NAME:Habib}}). Consent signed by husband and witnessed by ward boy {{NAME:Kalam}}. Pethidine 50 mg IM given by Sister {{NAME:Dipali Das}}.
`,
  },
  {
    id: 't12-004',
    kind: 'outpatient clinic letter (Sri Lanka)',
    text: `
{{LOCATION:Teaching Hospital Karapitiya}}, {{LOCATION:Galle}} - Diabetes & Endocrine Clinic
Clinic No: {{MRN:THK/END/40917}}                                    {{DATE:02 August 2025}}

Dear Dr. {{NAME:Wickramasinghe}},
Re: Mrs. {{NAME:Hettiarachchige Dona Kumari Perera}}, age 54, of No. {{LOCATION:47/3}}, {{LOCATION:Temple Road}}, {{LOCATION:Unawatuna}}
NIC: {{OTHER_ID:705550213V}}

Thank you for referring this lady with poorly controlled diabetes (HbA1c 10.2%) and a goitre. TSH 0.02, FT4 38.
Ultrasound at {{LOCATION:Asiri Hospital Galle}} showed a multinodular goitre. We started carbimazole 10 mg TDS and
propranolol 20 mg BD, and increased metformin to 1 g BD. Her daughter {{NAME:Nadeesha}} lives in {{LOCATION:Matara}} and
will bring her to the clinic on {{DATE:30/08/2025}}. Kindly repeat FBC at your dispensary in {{LOCATION:Hikkaduwa}}.
Yours sincerely,
Dr. {{NAME:M. R. Jayasuriya}}, MD, MRCP   SLMC Reg. {{LICENSE:18234}}
Consultant Endocrinologist, Tel {{PHONE:091 555 2304}}
Copy to: Dr. {{NAME:S. A. D. Gunawardena}} (VOG, {{LOCATION:Galle}}) and PHM {{NAME:Chandrika Ranasinghe}}. Husband {{NAME:Premadasa}} is a fisherman and is away for weeks; son {{NAME:Kasun Perera}} works in Qatar.
`,
  },
  {
    id: 't12-005',
    kind: 'transfer note (India, private to tertiary)',
    text: `
{{LOCATION:Sri Sai Multispeciality Hospital}}, Plot No. {{LOCATION:14-2-117/B}}, {{LOCATION:Kukatpally}}, {{LOCATION:Hyderabad}} {{LOCATION:500072}}
TRANSFER NOTE  {{DATE:17-Jun-2025}} 2340 hrs

Pt {{NAME:Kondapalli Venkata Ramana Rao}} (surname Kondapalli), 71 M, UHID {{MRN:SSMH0091822}}
R/o Flat {{LOCATION:302}}, {{LOCATION:Sai Krupa Residency}}, opp. {{LOCATION:Ratnadeep Supermarket}}, {{LOCATION:KPHB Colony}}
Transferred to: {{LOCATION:NIMS Punjagutta}}, Neuro ICU, accepted by Dr. {{NAME:Lakshmi Prasanna}} (spoke at 2310 hrs)
Reason: left MCA infarct, NIHSS 14 at 2130, outside thrombolysis window; needs neurosurgery backup for malignant oedema.
Vitals at transfer: BP 168/94, HR 96 AF, GCS E3V1M5. RBS 212. Ryle's tube in situ. Foley catheter 16 Fr.
Ambulance {{VEHICLE:TS 09 UB 4417}} (108 service), EMT {{NAME:Srinivas}}.
Relative: son {{NAME:K. Sai Kiran}}, {{PHONE:+91 90555 61230}}, e-mail {{EMAIL:saikiran.k@example.in}}
Aarogyasri card: {{HEALTH_PLAN:WAP 0555 3319 221}}
Handed over to NIMS team by Dr. {{NAME:Ch. Naga Sravani}} (duty RMO). Nursing: {{NAME:Swapna}}, {{NAME:Bhavani Devi}}. Wife {{NAME:Kondapalli Sarojini}} and daughter {{NAME:Lavanya}} travelling in the ambulance.
`,
  },
  {
    id: 't12-006',
    kind: 'discharge summary (Pakistan, paediatrics)',
    text: `
{{LOCATION:The Children's Hospital & Institute of Child Health, Lahore}}
Unit II Paediatric Medicine - Discharge Slip
Child: {{NAME:Ayesha}} D/o {{NAME:Muhammad Tariq}}    Age 3 y 2 m    MR No. {{MRN:CH-2025-55120}}
Address: House {{LOCATION:118}}, Block {{LOCATION:C}}, {{LOCATION:Gulshan-e-Ravi}}, {{LOCATION:Lahore}}
DOA {{DATE:4 Nov 25}}   DOD {{DATE:11 Nov 25}}
Dx: Typhoid fever (Salmonella Typhi, XDR on blood culture), moderate dehydration.
Treated with Inj. Meropenem then Tab. Azithromycin 20 mg/kg OD. Afebrile from day 5.
Vaccination: Typbar-TCV advised for siblings {{NAME:Hamza}} and {{NAME:Zainab}}.
Follow up: Paeds OPD, Monday. Call {{PHONE:042-555-99210}} (ward) if fever recurs.
Mother's CNIC {{OTHER_ID:35202-5558812-4}}. Father works at {{LOCATION:Sunny Textile Mills, Kot Lakhpat}}.
Dr. {{NAME:Fatima Zahra Bukhari}}, PGR; Dr. {{NAME:Khalid Mehmood}}, Assoc. Prof.
Seen also by Dr. {{NAME:Ammara Javed}} (Paeds ID) and Dr. {{NAME:Usman Ghani Qureshi}} (registrar). Grandmother {{NAME:Naseem Akhtar}} was counselled about boiled water and hand washing by nurse {{NAME:Rukhsana}}.
`,
  },
  {
    id: 't12-007',
    kind: 'referral letter (Bangladesh, NGO clinic, handwritten style)',
    text: `
{{LOCATION:BRAC Health Centre, Korail}}, {{LOCATION:Mohakhali}}, Dhaka-{{LOCATION:1212}}
date {{DATE:5/3/25}}

to
Medical Officer, Gynae OPD
{{LOCATION:Dhaka Medical College Hospital}}

re: {{NAME:Shahida Akter}}, w/o {{NAME:Jalal Mia}}, 24 yrs, G2P1, 34 wks, c/o headache, blurred vision. BP 160/110
twice, urine albumin ++. Suspected severe pre-eclampsia. Given MgSO4 loading (Pritchard) 4 g IV + 10 g IM and
nifedipine 10 mg at 11:40am. Pls admit.
address: {{LOCATION:Korail Bosti}}, Block {{LOCATION:Ja}}, house of {{NAME:Monir}} (tea stall beside {{LOCATION:Korail Jame Mosque}})
contact husband {{PHONE:01755-501883}}
ANC card {{OTHER_ID:BRAC-KOR-2291}}
sd/ {{NAME:Nasrin Sultana}}, SACMO
seen again {{DATE:6/3/25}} by paramedic {{NAME:Rahima Khatun}}; mother-in-law {{NAME:Amena Bibi}} ({{AGE_OVER_89:90}} yrs) lives with them. Bkash account for transport refund {{ACCOUNT:01755501883-BK}}.
`,
  },
  {
    id: 't12-008',
    kind: 'outpatient letter (India, Kerala, geriatric)',
    text: `
{{LOCATION:Amrita Institute of Medical Sciences}}, {{LOCATION:Ponekkara}}, {{LOCATION:Kochi}} - Geriatric Medicine OPD
{{DATE:Tuesday, 14 January 2025}}

To whomsoever it may concern / Dr. {{NAME:Jose Kuriakose}}, {{LOCATION:St. Joseph's Hospital, Kothamangalam}}

This is to certify that Sri {{NAME:Puthenpurackal Mathew Varghese}}, aged {{AGE_OVER_89:93}} years, residing at
{{LOCATION:Puthenpurackal House}}, {{LOCATION:Kottappady}} P.O., {{LOCATION:Kothamangalam}}, {{LOCATION:Ernakulam}} Dist. - {{LOCATION:686692}},
is under our follow up for Parkinson's disease (Hoehn & Yahr 3), BPH and recurrent falls. He lives with his daughter
{{NAME:Annamma Varghese}} and son-in-law {{NAME:Thomas}}; his elder brother {{NAME:Ouseph}} died last year at {{AGE_OVER_89:97}}.
Current meds: Syndopa Plus 1/2 tab TDS, Tamsulosin 0.4 mg HS, Shelcal 500 OD. MMSE 21/30.
He is not fit for long travel. OP No. {{MRN:AIMS-OP-7723014}}.
Dr. {{NAME:Reshmi Nair}}, MD (Geriatrics)  TCMC Reg. {{LICENSE:TCMC 61024}}
Caregiver training done with home nurse {{NAME:Sini Joseph}}. Parish priest Fr. {{NAME:George Thekkekara}} visits weekly. Physiotherapist {{NAME:Anoop}} advised walker use.
`,
  },
  {
    id: 't12-009',
    kind: 'clinic note (Pakistan, telemedicine follow-up)',
    text: `
Sehat Kahani teleconsult - {{DATE:22 Sep 2025}}
Patient: {{NAME:Bibi Gul Nisa}} (w/o {{NAME:Sher Ali Khan}}), 58, from {{LOCATION:Mingora}}, {{LOCATION:Swat}}; joined from {{LOCATION:Basic Health Unit Kanju}}
Nurse at BHU: {{NAME:Shaista}}. Consulting doctor: Dr. {{NAME:Hira Naveed}} (from {{LOCATION:Karachi}})
Known HTN, on Tab. Lowplat 75 and Amlodipine 5. Today BP 150/96 on Omron cuff (device {{DEVICE:HEM-7120 SN 20550917LG}}).
Plan: add HCTZ 12.5 mg; low salt; repeat BP log sent via WhatsApp to {{PHONE:0345 5550932}}.
Video session IP {{IP:203.0.113.48}}; recording ref {{OTHER_ID:SK-TC-880214}}.
Next teleconsult {{DATE:6 October}}.
Previous teleconsult by Dr. {{NAME:Iffat Zehra}} on {{DATE:18 August}}. Husband {{NAME:Sher Ali}} helps with Omron readings; daughter {{NAME:Gul Bano}} types the WhatsApp messages.
`,
  },
];
