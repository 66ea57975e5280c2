// train25 notes 1: West Africa (Nigeria, Ghana, Cameroon): PHC referral slip, mission-hospital letter, NHIS
// claim form, CHPS compound visit, NGO outreach report, transfer form, medicolegal report, HMO pre-auth, VVF camp list.
export default [
  {
    id: 't25-001',
    kind: 'primary health centre referral slip (Nigeria)',
    text: `
REFERRAL SLIP - {{LOCATION:Primary Health Centre Gidan Kwano}}, {{LOCATION:Bosso LGA}}, Niger State
Date: {{DATE:14/03/2025}}   Card No: {{MRN:PHC/GK/2025/0412}}
To: The Medical Officer, {{LOCATION:General Hospital Minna}}
Name of client: {{NAME:Hauwa'u Abubakar Dangana}}   Age: 23 yrs   Sex: F
Husband: Mallam {{NAME:Sani Dangana}}, trader at {{LOCATION:Kure Ultra-Modern Market}}
Address: House {{LOCATION:17}}, {{LOCATION:Tudun Fulani}}, behind {{LOCATION:Jumu'at Mosque Tudun Fulani}}
Phone: {{PHONE:0803 555 0142}} (husband), {{PHONE:0706 555 0199}} (mother-in-law, Hajiya {{NAME:Ladi}})
Reason: G3P2 at 34/40 with BP 160/110 x2, 2+ proteinuria, headache. MgSO4 loading dose given (Pritchard) at 10.20am.
Ambulance: {{VEHICLE:NG-BSO 217 XA}} driver {{NAME:Isah Mohammed}}.
Referred by: CHEW {{NAME:Blessing Ochigbo-Adaji}}   Sign ___
Note: client speaks Hausa and Nupe only; Niger State Contributory Health Scheme enrollee no. {{HEALTH_PLAN:NGSCHS-04-118273}}.
Nurse's note on the back: client's elder co-wife {{NAME:Amina}} came along with the baby {{NAME:Fatima}}; Mallam {{NAME:Sani}} will follow by okada.
Previous deliveries both at home with TBA Mama {{NAME:Talatu}}. Labetalol not in stock; nifedipine 10 mg given. Informed Dr {{NAME:Yahaya}} on call by phone.
`,
  },
  {
    id: 't25-002',
    kind: 'mission hospital letter (Nigeria, Ogbomoso)',
    text: `
{{LOCATION:Baptist Medical Centre}}, P.M.B. {{LOCATION:4031}}, {{LOCATION:Ogbomoso}}, Oyo State
Department of Surgery (Urology Clinic)
{{DATE:2nd April 2025}}

Dear Dr. {{NAME:Adewale}},
RE: Pa {{NAME:Lamidi Ojo Ajibola}}, {{AGE_OVER_89:91}} yrs, Hosp. No. {{MRN:BMC 77-40815}}
Thank you for seeing this nonagenarian farmer from {{LOCATION:Iresa-Adu}}, who was brought by his grandson {{NAME:Oluwaseun 'Seun' Ajibola}} and
his second wife Iya {{NAME:Bose}}. He has had LUTS for 3 years, PSA 46 ng/ml, DRE hard nodular gland. We did a TURP with
bilateral orchidectomy on {{DATE:28/03/2025}}. Histology (lab no. {{OTHER_ID:H/25/1177}}) Gleason 4+4.
He lives at Compound {{LOCATION:Ile Alagbede}}, off {{LOCATION:Takie Road}}, near {{LOCATION:St. Anne's Anglican Church}}. His first son,
Deacon {{NAME:Gbenga Ajibola}}, lives in {{LOCATION:Ikorodu}} and may be reached on {{PHONE:+234 805 555 0138}}.
Yours faithfully,
Dr. {{NAME:Temitope Folorunsho-Alade}} FWACS (MDCN Reg. {{LICENSE:MDCN/R/51876}})
cc: Elder {{NAME:Kunle Ayandokun}}, Chaplaincy
P.S. His granddaughter {{NAME:Grace Ajibola}} (a nurse at {{LOCATION:LAUTECH Teaching Hospital}}) asks that results be sent to her; his pastor, Rev. {{NAME:Samuel Oyewole}},
visits on Sundays. Flutamide and Casodex were discussed but not affordable; bicalutamide started. Next review {{DATE:30/05/2025}} with Dr {{NAME:Ayodeji Oyelami}}.
`,
  },
  {
    id: 't25-003',
    kind: 'NHIS claim form (Ghana)',
    text: `
NATIONAL HEALTH INSURANCE SCHEME - CLAIM FORM (Form A)
Facility: {{LOCATION:Tamale Central Hospital}}   Accreditation No: {{OTHER_ID:NHIA-NR-0331}}
Member name: {{NAME:ALHASSAN Fuseina Wumpini}}   NHIS No: {{HEALTH_PLAN:0553 1847 20}}   Ghana Card: {{OTHER_ID:GHA-700555184-3}}
Date of birth: {{DATE:07-11-1988}}   Residential: {{LOCATION:NS-058-4417}} (GhanaPost GPS), {{LOCATION:Kalpohin Estates}}
Type of service: OPD / Admission {{DATE:02-05-2025}} to {{DATE:05-05-2025}}
Diagnosis: Severe malaria (B50.9) with anaemia, Hb 6.1 g/dl. G-DRG MEDI28A.
Medicines: Artesunate inj 120 mg, Lonart DS, Fefol. Transfusion 1 unit (blood bag {{OTHER_ID:BB-TML-25-0982}}).
Attending: Dr. {{NAME:Ibrahim Mahama Zakaria}}   Claims officer: {{NAME:Abena Serwaa Owusu-Ansah}}
Bill No: {{ACCOUNT:TCH/INV/25/30417}}   Amount GHS 1,245.00
Member signature / thumbprint: [thumbprint captured, ref {{BIOMETRIC:TP-5509312}}]
Remarks: member was referred from {{LOCATION:Kalpohin Health Centre}} by PA {{NAME:Abdul-Rahman Iddrisu}}. Husband {{NAME:Mohammed Awal Zakaria}} is the principal member;
daughter {{NAME:Sumaya}} covered under him. Vetted by {{NAME:Rukaya Salifu}}, claims processing centre, on {{DATE:19/05/2025}}.
`,
  },
  {
    id: 't25-004',
    kind: 'CHPS compound home visit (Ghana, Volta)',
    text: `
CHPS HOME VISIT RECORD  {{LOCATION:Avenui CHPS Compound}}, {{LOCATION:Akatsi South}} district
Visit date: Tue {{DATE:18 Feb 2025}}   CHO: {{NAME:Dzifa Agbenyega}}   Accompanied by CHV {{NAME:Kofi "Teacher" Amegashie}}
Household head: Mr. {{NAME:Godsway Kwame Dotse}}   House no. {{LOCATION:AV/112}}, near the borehole at {{LOCATION:Avenui Junction}}
Members seen:
 - Mama {{NAME:Afiwa Dotse}}, 90+ ("born before the war"), actual age per baptism card {{AGE_OVER_89:94}}; BP 170/96, on nifedipine
 - {{NAME:Mawuli Dotse}}, 4 yrs: MUAC 12.1 cm (yellow), referred to CWC
 - {{NAME:Selasi Dotse}}, 19 yrs, 28/52 pregnant: ANC at {{LOCATION:Akatsi Municipal Hospital}}, next visit {{DATE:4th March}}
Phone (household): {{PHONE:024 555 0187}}.  ITN seen and hung.
Follow-up: Dr {{NAME:Eyram Kudjordji}} to review grandmother at outreach on {{DATE:25/02}}.
Notes: grandmother's helper {{NAME:Esinam}} (neighbour's girl) gives her the pills; she stopped them in January for a week. Amlodipine 5 mg added.
CHV {{NAME:Amegashie}} says {{NAME:Mawuli}} eats once a day. Plumpy'Nut not available; referred to nutrition officer {{NAME:Edem Tsikata}}.
`,
  },
  {
    id: 't25-005',
    kind: 'NGO outreach quarterly report excerpt (Cameroon)',
    text: `
HOPE FOR THE NORTH-WEST (NGO) - Q1 2025 MOBILE CLINIC REPORT, {{LOCATION:Ndop}} and {{LOCATION:Bamessing}} axis
Prepared by {{NAME:Nkwain Sylvie Bih}} (programme lead) for the Board, {{DATE:10 April 2025}}

Summary: 11 outreach days, 1,482 consultations. Three clinics were held at {{LOCATION:Presbyterian Church Bamunka}}, two under the
mango tree at {{LOCATION:Babungo}} market square, and the rest at {{LOCATION:Sacred Heart Health Centre Bamessing}}.
Case stories (with consent):
1. {{NAME:Ngwa Eric Fon}}, 38, motor-taxi rider from {{LOCATION:Bambalang}}, open tibial fracture after an accident on the
   {{LOCATION:Ndop-Bamenda road}}; moved to {{LOCATION:Banso Baptist Hospital}} on {{DATE:22/01/2025}}. Photo {{PHOTO:NWH_case1_leg.jpg}}.
2. Ma {{NAME:Tabi Bridget Kah}}, widow, aged {{AGE_OVER_89:96}}, blind from bilateral cataract; listed for the {{LOCATION:Mbingo}} eye camp.
Volunteer doctor Dr {{NAME:Aoife Ni Bhriain}} (Irish) and nurse {{NAME:Sigrid Halvorsen}} (Norwegian) left on {{DATE:March 3}}.
Donor contact: {{EMAIL:grants@example.org}}.  Funding ref {{OTHER_ID:HNW-GR-2025-07}}.
3. {{NAME:Yuh Divine Chia}}, 11, schoolboy at {{LOCATION:GBHS Ndop}}, sickle cell crisis; his father {{NAME:Chia Emmanuel}} asked that he be seen by Dr {{NAME:Nfor}} again.
4. {{NAME:Kiven Celestine}}, 60, hypertension, lost her card when her house at {{LOCATION:Bamunka}} was burned.
The American volunteer pharmacist {{NAME:Dakota Hollis}} (SSN {{SSN:000-52-1187}} recorded for the visa file only) managed the drug store.
Next board meeting chaired by {{NAME:Fonyuy Joseph}}.
`,
  },
  {
    id: 't25-006',
    kind: 'inter-facility transfer form (Nigeria, teaching hospital)',
    text: `
INTER-HOSPITAL TRANSFER FORM
From: {{LOCATION:Federal Medical Centre, Keffi}}  To: {{LOCATION:University of Abuja Teaching Hospital, Gwagwalada}}
Patient: {{NAME:EZE, Chukwuemeka Ifeanyichukwu}}   Sex M   Age 56   Hosp No {{MRN:FMCK/18/09231}}
Date/time: {{DATE:09.06.2025}} 16:40
Next of kin: wife, Mrs {{NAME:Ngozi Eze}} ({{PHONE:0813 555 0164}}); brother {{NAME:Obinna}} in {{LOCATION:Nsukka}}
Address: Plot {{LOCATION:44}}, {{LOCATION:Angwan Lambu}}, {{LOCATION:Keffi}}; hometown {{LOCATION:Umuahia}}
Reason: needs haemodialysis - creatinine 1,240 umol/L, K+ 6.8. Calcium gluconate and insulin-dextrose given.
Escort: SN {{NAME:Comfort Yakubu}}, RN. Ambulance reg {{VEHICLE:KEF 402 NS}}.
Receiving consultant: Dr {{NAME:Halima Bello-Osagie}} (nephrology), accepted by phone {{PHONE:0703 555 0108}}.
NHIA enrolee ID: {{HEALTH_PLAN:NHIA/FCT/0099281/A}}.
Handover at arrival: Dr {{NAME:Bello-Osagie}} received, with house officer {{NAME:Tochukwu Anyanwu}}. Patient's uncle, Chief {{NAME:Okafor Ezeudu}}, arrived from {{LOCATION:Enugu}} with
a deposit. Dialysis catheter (Quinton-Mahurkar) inserted {{DATE:10.06.2025}} by Dr {{NAME:Ruth Dogo}}; Kt/V not yet measured.
`,
  },
  {
    id: 't25-007',
    kind: 'medicolegal report (Ghana, police form)',
    text: `
POLICE MEDICAL REPORT FORM - {{LOCATION:Ho Teaching Hospital}}
Police station: {{LOCATION:Ho Central Police}}   Case ref: {{OTHER_ID:HO/CR/311/2025}}   Officer: Insp. {{NAME:Yaw Boateng Asante}} (No. {{OTHER_ID:G/41127}})
Examinee: {{NAME:Akosua Mensah}}   Age: 27   Address: near {{LOCATION:Bankoe}} Catholic school, {{LOCATION:Ho}}
Date & time of exam: {{DATE:21/07/2025}}, 11:15am
History: alleged assault by a known person on {{DATE:19th July 2025}} at {{LOCATION:Ho Kpodzi}} lorry station.
Findings: 4 x 2 cm periorbital haematoma (L), abrasions R forearm; GCS 15/15. Skull X-ray no fracture. Photos {{PHOTO:IMG_20250721_1116.jpg}},
{{PHOTO:IMG_20250721_1118.jpg}} filed.
Opinion: injuries consistent with blunt force; classified as harm.
Dr. {{NAME:Selorm Kwaku Adzraku}}, MB ChB (MDC {{LICENSE:MDC/RN/11472}})
Examinee accompanied by her sister {{NAME:Adwoa Mensah}} and Constable {{NAME:Kafui Ahiable}}. Alleged assailant named as {{NAME:Kwame Dogbe}}.
Tetanus toxoid given. Follow-up with Dr {{NAME:Adzraku}} at the {{LOCATION:Ho Teaching Hospital}} surgical OPD in one week.
`,
  },
  {
    id: 't25-008',
    kind: 'HMO pre-authorisation request (Lagos)',
    text: `
PRE-AUTHORISATION REQUEST   To: Hygeia HMO Care Desk   Fax: {{FAX:01-555-0177}}
Provider: {{LOCATION:Reddington Hospital}}, {{LOCATION:12 Idowu Martins Street}}, {{LOCATION:Victoria Island}}, Lagos
Enrollee: {{NAME:Adaeze Nwachukwu-Balogun}}   Member ID: {{HEALTH_PLAN:HYG/PL/552193/02}}   Employer: Seplat (group plan)
DOB: {{DATE:1979-08-30}}   Phone {{PHONE:+234 802 555 0123}}   e-mail {{EMAIL:adaeze.nb@example.com.ng}}
Service requested: laparoscopic myomectomy; admission 3 days. Pre-op Hb 11.2; USS ({{DATE:11 Aug 2025}}) fibroid uterus 18/52 size.
Requesting doctor: Dr {{NAME:Olufemi Akinyemi-Cole}} (Obs & Gyn)
Authorisation code issued: {{OTHER_ID:PA-25-0811-4471}} by {{NAME:Chidinma O.}}, {{DATE:12/08/2025}} 14:02
Note from care desk: enrollee's previous myomectomy at {{LOCATION:St. Nicholas Hospital}} ({{DATE:March 2019}}) documented by Dr {{NAME:Ibukun Adebayo}}.
Husband {{NAME:Tunde Balogun}} is also covered (dependant 01). Approved by medical director Dr {{NAME:Ngozi Okeke-Williams}}.
`,
  },
  {
    id: 't25-009',
    kind: 'VVF repair camp list (Nigeria, Kano)',
    text: `
VVF REPAIR CAMP - {{LOCATION:Murtala Muhammad Specialist Hospital}}, {{LOCATION:Kano}}   {{DATE:3 Nov}} to {{DATE:14 Nov}} list (page 2)
Surgeons: Prof {{NAME:Musa Kabir Tsanyawa}}; Dr {{NAME:Aminu Garba Danbatta}}; visiting Dr {{NAME:Rahel Tesfaye}} ({{LOCATION:Hamlin Fistula Hospital}}).
#  Name                        Age  Village / LGA                          Phone
7  {{NAME:Zainab Yusuf}}              17   {{LOCATION:Dawakin Tofa}}                           {{PHONE:0809 555 0171}}
8  {{NAME:Hadiza "Mama Baby" Bala}}    31   {{LOCATION:Kiru}}, near {{LOCATION:Kiru Central Mosque}}                 -
9  {{NAME:Rakiya Sule}}               24   {{LOCATION:Gwarzo}}                                 {{PHONE:0814 555 0133}}
10 {{NAME:Maryam Idris Kura}}          45   {{LOCATION:Bunkure}} (came with son Mallam {{NAME:Auwal}})         -
Catheters out day 14. Continence assessed by Sister {{NAME:Jummai Audu}}. Shelter: {{LOCATION:Dala Rehabilitation Centre}}.
Also waiting for next camp: {{NAME:Binta Lawan}} (14), {{NAME:Safiya Nuhu}} (22), and {{NAME:Halima}} from {{LOCATION:Rano}} whose husband {{NAME:Usman Rano}} refused consent.
Social welfare officer {{NAME:Aisha Umar Gwadabe}} to counsel. Reintegration kits funded by Mrs {{NAME:Helga Johannesdottir}}.
`,
  },
];
