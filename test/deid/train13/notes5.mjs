// train13 notes 5: bed boards and ward lists, theatre lists, clinic lists.
export default [
  {
    id: 't13-037',
    kind: 'ward bed board, pipe table, ages over 89',
    text: `
BED BOARD  Ward 22 (Care of the Elderly)  {{LOCATION:Ninewells Hospital}}, {{LOCATION:Dundee}}   {{DATE:27/11/2026}} 07:30
| Bed | Patient                 | Age | CHI        | Consultant   | Issue / EDD               | Going to                  |
| 1   | {{NAME:MCINTOSH, Agnes}}         | {{AGE_OVER_89:94}}  | {{OTHER_ID:1402320417}} | Dr {{NAME:Farquhar}}  | #NOF d5, EDD {{DATE:30/11}}      | {{LOCATION:Balhousie Coupar Angus}}    |
| 2   | {{NAME:DUNCAN, William "Billy"}} | 87  | {{OTHER_ID:0905390213}} | Dr {{NAME:Farquhar}}  | delirium, UTI             | home {{LOCATION:Broughty Ferry}} + POC |
| 3   | {{NAME:KHAN, Rashida}}           | {{AGE_OVER_89:90}}  | {{OTHER_ID:2111360484}} | Dr {{NAME:Anand}}     | falls, Parkinson's        | ?{{LOCATION:Kingsmead Care Home}}      |
| 4   | {{NAME:O'HARE, Bridget}}         | {{AGE_OVER_89:101}} | {{OTHER_ID:0301250826}} | Dr {{NAME:Anand}}     | pneumonia, for RSCP       | -                         |
| 5   | (closed - norovirus)    |     |            |              |                           |                           |
| 6   | {{NAME:STEWART, Hope}}           | 79  | {{OTHER_ID:1707470311}} | Dr {{NAME:Farquhar}}  | AKI on CKD, stop Ramipril | home {{LOCATION:Forfar}}               |
Nurse in charge: {{NAME:Gillian Rattray}}. Flow: 2 outliers on Ward 7 (Respiratory), 1 in Medical Admissions Unit. Social work: {{NAME:Kenny Dow}}.
`,
  },
  {
    id: 't13-038',
    kind: 'theatre list, numbered, with implants',
    text: `
ELECTIVE ORTHOPAEDIC LIST - {{LOCATION:Hospital Universiti Sains Malaysia}}, {{LOCATION:Kubang Kerian}}, Kelantan  {{DATE:1 Dis 2026}}
Surgeon: Dato' Dr {{NAME:Wan Azman Wan Ismail}}; assistant Dr {{NAME:Siti Khadijah binti Zulkifli}}; anaesthetist Dr {{NAME:Ravindran a/l Subramaniam}}
1. {{NAME:Nik Mohd Faris bin Nik Hassan}}, 58M, RN {{MRN:K0934127}} - TKR right (Zimmer NexGen, lot not PHI), MyKad {{OTHER_ID:680214-03-5561}}
2. {{NAME:Lim Ah Kow}}, 71M, RN {{MRN:K0912288}} - THR left, Corail stem
3. {{NAME:Che Puteh binti Awang}}, 66F, RN {{MRN:K0941503}} - revision TKR, previous surgery at {{LOCATION:Hospital Raja Perempuan Zainab II}}
4. {{NAME:Muthu a/l Karuppiah}}, 49M, RN {{MRN:K0944016}} - ACL reconstruction
Patient 3 from {{LOCATION:Pasir Mas}}; husband {{NAME:Awang bin Deraman}} waiting at Wad Nilam lounge. Post-op to ward 7 Selatan.
5. {{NAME:Tengku Aishah binti Tengku Ibrahim}}, 62F, RN {{MRN:K0947733}} - UKA left; from {{LOCATION:Tumpat}}; daughter {{NAME:Tengku Nurul}} {{PHONE:+60 12-555 0178}}
6. {{NAME:Lee Kah Meng}}, 55M, RN {{MRN:K0948119}} - arthroscopy; MyKad {{OTHER_ID:710902-03-6629}}
Consent witnessed by SN {{NAME:Rohana binti Mat Yusof}}. List sent to OT 3 and Wad Kenanga. Implant rep: {{NAME:Darren Ooi}}, {{EMAIL:darren.ooi@example.com.my}}.
`,
  },
  {
    id: 't13-039',
    kind: 'ED tracking board, lower case, CSV without header',
    text: `
1,{{NAME:begay, harold}},67,m,chest pain,{{NAME:ortega}},{{NAME:kim}},pending trop,{{LOCATION:gallup}}
2,{{NAME:yellowhorse, jolene}},34,f,abd pain,{{NAME:ortega}},{{NAME:mcgee}},ct a/p,{{LOCATION:window rock}}
3,{{NAME:nez, tommy}} jr,8,m,arm fx,{{NAME:fuentes}},{{NAME:kim}},ortho paged,{{LOCATION:tohatchi}}
4,{{NAME:chee, lorraine}},{{AGE_OVER_89:92}},f,weakness,{{NAME:ortega}},{{NAME:mcgee}},admit hosp,{{LOCATION:crownpoint}}
5,doe, trauma 2,?,m,mvc,{{NAME:fuentes}},{{NAME:kim}},trauma bay,i-40 mm 26
6,{{NAME:sandoval, priscilla}},51,f,dizzy,{{NAME:fuentes}},{{NAME:mcgee}},orthostatics,{{LOCATION:zuni}}
`,
  },
  {
    id: 't13-040',
    kind: 'handover list by bay, bulleted, Nordic',
    text: `
Overlapping kveld -> natt, Medisinsk avdeling post 3, {{LOCATION:Sykehuset Innlandet Gjovik}}, {{DATE:26.11.2026}}
Bay A
- A1 {{NAME:Ragnhild Solbakken}}, 88, hjertesvikt, Furix iv, vekt daglig. Datter {{NAME:Sigrid}} ringer kl 21.
- A2 {{NAME:Ole-Petter Haugen}}, 63, KOLS-forverring, BiPAP om natten (ResMed, serienr {{DEVICE:23171849221}}).
- A3 {{NAME:Aslak Ante Gaup}}, 57, fra {{LOCATION:Kautokeino}}, pneumoni; nordsamisk tolk via {{NAME:Elle Marja Eira}} {{PHONE:+47 555 01 283}}
Bay B
- B1 {{NAME:Tone Kristiansen}}, {{AGE_OVER_89:93}}, fall, hoftebrudd venter operasjon pa {{LOCATION:Hamar}}
- B2 {{NAME:Mikkel Vestergaard}}, 45 (dansk, bor i {{LOCATION:Raufoss}}), alkoholabstinens, CIWA
Ansvarlig sykepleier natt: {{NAME:Hanne Lie}}. Lege i vakt: dr. {{NAME:Andrzej Nowicki}}.
`,
  },
  {
    id: 't13-041',
    kind: 'dialysis chair schedule, fixed width',
    text: `
{{LOCATION:Satellite Dialysis Unit Bankstown}} - MWF schedule (updated {{DATE:20/11/2026}})
CHAIR SHIFT  PATIENT                    NEPHROLOGIST      TRANSPORT
1     AM     {{NAME:Nguyen Van Hai}}             Dr {{NAME:Ho}}             son {{NAME:Tuan}}, {{LOCATION:Cabramatta}}
2     AM     {{NAME:Fatima El-Masri}}           Dr {{NAME:Ho}}             community bus
3     AM     {{NAME:Tevita Havili}}             Dr {{NAME:Saleh}}          taxi ({{LOCATION:Revesby}})
1     PM     {{NAME:Georgios Mavromatis}}       Dr {{NAME:Saleh}}          wife {{NAME:Eleni}}
2     PM     {{NAME:Maryam Sultani}}            Dr {{NAME:Ho}}             Uber, from {{LOCATION:Auburn}}
3     PM     {{NAME:Jack "Jacko" Turnbull}}      Dr {{NAME:Saleh}}          own car NSW {{VEHICLE:CK 22 JT}}
Fistula checks: {{NAME:Havili}} (L brachiocephalic), {{NAME:Mavromatis}} (tunnelled line). Mircera monthly. Home HD trainees go to {{LOCATION:Liverpool Hospital}}.
`,
  },
  {
    id: 't13-042',
    kind: 'paediatric ward list with parents and schools',
    text: `
Ward 4C (Paediatric Medicine) - patient list Fri {{DATE:27 Nov}} - {{LOCATION:Starship Children's Hospital}}
Rm 1 {{NAME:Aroha Tamihana}} 6y - bronchiolitis? no, asthma, on Ventolin q2h; mum {{NAME:Kiri Tamihana}} stays, school {{LOCATION:Otahuhu Primary}}
Rm 2 {{NAME:Sefo Leota}} 11m - bronchiolitis, HFNC (Airvo); dad {{NAME:Iosefa Leota}} {{PHONE:021 555 0166}}
Rm 3 {{NAME:Priya Chand}} 14y - new T1DM, DKA resolved; family from {{LOCATION:Suva}}, now {{LOCATION:Papatoetoe}}
Rm 4 {{NAME:Liam O'Connor-Ruatapu}} 3y - febrile seizure; grandmother {{NAME:Moana}} is kin carer (Oranga Tamariki plan)
Rm 5 {{NAME:Zhang Hao}} 9y - cellulitis, IV flucloxacillin; NHI {{OTHER_ID:ZAC1187}}
Charge nurse {{NAME:Fetu Aumua}}; registrar Dr {{NAME:Imogen Hartley-Singh}}.
`,
  },
  {
    id: 't13-043',
    kind: 'labour ward board, abbreviations and midwife initials',
    text: `
LW BOARD {{DATE:28-11-26}} 0200  {{LOCATION:Royal Victoria Infirmary}}
Rm | Woman                  | G/P  | Gest  | Status          | MW  | Notes
1  | {{NAME:Bello, Zainab}}          | G2P1 | 39+4  | 6 cm, epidural  | {{NAME:KR}}  | VBAC, CTG normal
2  | {{NAME:Hartmann, Lena}}         | G1P0 | 41+2  | IOL Propess     | {{NAME:JMc}} | from {{LOCATION:Hexham}}, husband {{NAME:Tobias}}
3  | {{NAME:Ahmadzai, Fereshta}}     | G5P4 | 37+0  | APH, obs        | {{NAME:KR}}  | Dari interpreter booked
4  | {{NAME:Robson, Kayleigh-Mae}}   | G1P0 | 40+0  | 2nd stage       | {{NAME:PS}}  | SpR Dr {{NAME:Eze}} aware
5  | empty - deep clean      |      |       |                 |     |
Coordinator: {{NAME:Pauline Stoddart}} ({{NAME:PS}}). Theatre 2 ready. NICU cot at {{LOCATION:Great North Children's Hospital}}.
`,
  },
  {
    id: 't13-044',
    kind: 'clinic list for the day, tab separated, times and places',
    text: `
08:30	{{NAME:Kowalski, Zofia}}	new	Neurology	headache	{{LOCATION:Mississauga}}
08:50	{{NAME:Ramdial, Sunita}}	f/u	Neurology	MS, Ocrevus	{{LOCATION:Brampton}}
09:10	{{NAME:Abdi, Hodan}}	new	Neurology	seizure	{{LOCATION:Etobicoke}}
09:30	{{NAME:Leblanc, Jean-Francois}}	f/u	Neurology	Parkinson	{{LOCATION:Oakville}}
09:50	{{NAME:Singh Dhillon, Gurpreet}}	new	Neurology	neuropathy	{{LOCATION:Malton}}
10:10	{{NAME:Tremblay, Marie-Eve}}	f/u	Neurology	migraine, Aimovig	{{LOCATION:Milton}}
10:30	{{NAME:Baptiste, Wilner}}	new	Neurology	stroke f/u	{{LOCATION:Rexdale}}
Clinic at {{LOCATION:Credit Valley Hospital}}, Dr {{NAME:Anjali Kapoor}}; OHIP for {{NAME:Baptiste}} expired - {{HEALTH_PLAN:4821-553-019-KT}} on file.
10:50	{{NAME:Mahadeo, Reshma}}	new	Neurology	tremor	{{LOCATION:Scarborough}}
11:10	{{NAME:Okonjo, Chukwudi}}	f/u	Neurology	myasthenia, Mestinon	{{LOCATION:Port Credit}}
11:30	{{NAME:Zielinski, Bogdan}}	f/u	Neurology	ALS, Radicava	{{LOCATION:Streetsville}}
Interpreter requests: Polish ({{NAME:Zielinski}}), Somali ({{NAME:Abdi}}), Haitian Creole ({{NAME:Baptiste}}). Referral letters faxed to {{FAX:905-555-0142}}.
`,
  },
  {
    id: 't13-045',
    kind: 'step-down unit list with devices and telemetry boxes',
    text: `
CVICU step-down 5N - {{DATE:11/29/2026}} - {{LOCATION:Ochsner Medical Center}}, {{LOCATION:Jefferson Highway}}
5N-01 {{NAME:Boudreaux, Clement}} 74 - POD3 CABG x3, pacing wires; tele box {{DEVICE:TX-5N-4471}}
5N-02 {{NAME:Nguyen, Lan}} 66 - TAVR (Sapien 3), groin ok; tele box {{DEVICE:TX-5N-4472}}
5N-03 {{NAME:Robichaux, Ti-Paul}} 58 - LVAD day 12, HeartMate 3 controller SN {{DEVICE:HMC-886124}}; wife {{NAME:Darlene}} trained
5N-04 {{NAME:Washington, Earline}} {{AGE_OVER_89:90}} - AF RVR, amiodarone gtt; daughter in {{LOCATION:Baton Rouge}}
5N-05 {{NAME:Guidry, Lafayette}} 63 - Impella removed, from {{LOCATION:Lafayette General}}
Charge RN {{NAME:Toussaint}}. Transfers pending to {{LOCATION:Ochsner St. Anne}} ({{LOCATION:Raceland}}).
`,
  },
];
