// train28 notes 4: TB directly-observed-therapy logs, in-person and video (t28-028..036).
export default [
  {
    id: 't28-028',
    kind: "TB DOT log (community health worker, India)",
    text: `
DOT CARD - Nikshay ID {{OTHER_ID:NIK-000471128}}   Patient: {{NAME:Lakshmi Venkataramanan}}, 38 F   Regimen: 4FDC (HRZE) x 8 wk, then HRE
Address: {{LOCATION:Door No. 12-4-77}}, {{LOCATION:Gandhi Nagar}}, {{LOCATION:Vijayawada}} {{LOCATION:520003}}. Mobile {{PHONE:+91 98555 01472}}. Aadhaar last 4 on file only.
Treatment supporter: ASHA {{NAME:K. Sujatha}}; TB-HV {{NAME:Md. Irfan Basha}}; STS {{NAME:P. Ravi Teja}}.
{{DATE:03-08-2026}} Mon - dose observed at home, ASHA {{NAME:Sujatha}}. mild nausea.
{{DATE:04-08-2026}} - observed. Husband {{NAME:Srinivas Rao}} asked about DBT payment (Ni-kshay Poshan Yojana), bank a/c {{ACCOUNT:000401557821}}.
{{DATE:05-08-2026}} - MISSED. Pt at sister's in {{LOCATION:Guntur}} ({{NAME:Padmavathi}}, {{LOCATION:Brodipet 4th Line}}). Called - took dose from blister herself.
{{DATE:06-08-2026}} - observed at {{LOCATION:UPHC Gandhi Nagar}}. Sputum for follow-up due {{DATE:29-09-2026}}.
MO Dr {{NAME:Shaik Farzana}} reviewed {{DATE:07/08/26}}: continue.
Pyridoxine 10 mg daily; LFT baseline. Andhra Pradesh state TB cell informed. Nikshay portal {{URL:https://nikshay.example.in/patient/000471128}}.
Card checked {{DATE:08/08/26}} by STS {{NAME:P. Ravi Teja}}; DTO Dr {{NAME:Y. Sreenivasulu}}.
`,
  },
  {
    id: 't28-029',
    kind: "video DOT log (US health department, app-based)",
    text: `
vDOT LOG - {{LOCATION:Hennepin County}} Public Health TB Clinic, {{LOCATION:525 Portland Ave}}, {{LOCATION:Minneapolis}}
Client: {{NAME:Hodan Abdi Ismail}}  DOB {{DATE:1994-03-11}}  Chart {{MRN:HC-TB-018842}}   Regimen 4R (rifampin 600 daily) for LTBI
Device: clinic-loaned Android phone, IMEI {{DEVICE:35-555012-447102-8}}; app login {{NAME:hodan.ismail}}; face match template ID {{BIOMETRIC:FM-77421-HI}}.
Video uploads reviewed by {{NAME:Thao Vang}}, DOT worker:
{{DATE:10/01}} 07:42 - video {{PHOTO:vdot_HAI_20261001_0742.mp4}} - dose swallowed, ok. Upload from {{IP:198.51.100.23}}.
{{DATE:10/02}} 07:50 - ok.
{{DATE:10/03}} - no upload. Called {{PHONE:612-555-0133}}; brother {{NAME:Abdullahi}} answered, she was at work ({{LOCATION:Amazon MSP1 fulfilment center}}, {{LOCATION:Shakopee}}). Took dose at 1300, video {{PHOTO:vdot_HAI_20261003_1304.mp4}}.
{{DATE:10/04}} 08:01 - ok. Orange urine explained again (Somali interpreter line).
Portal: {{URL:https://vdot.example.org/p/HAI-4471}}. MA ID {{HEALTH_PLAN:00055512710}}.
Rifampin lowers combined OCP levels; counselled on condoms. MDH (Minnesota) notified. Back-up device tablet serial {{DEVICE:R9TN60555LM}}.
Log reviewed {{DATE:10/05/2026}} by {{NAME:Thao Vang}}; PHN {{NAME:Ebba Halvorsen}}.
`,
  },
  {
    id: 't28-030',
    kind: "TB DOT log (MDR-TB, South Africa)",
    text: `
DR-TB treatment register extract / DOT - {{LOCATION:Khayelitsha}} Site B CDC
Patient: {{NAME:Siyabonga Mthembu}}, 29 M. Folder {{MRN:KBH-0099173}}. RSA ID {{OTHER_ID:000512 5172 08 1}}.
Address: {{LOCATION:22 Ntlazane Street}}, {{LOCATION:Site C}}, {{LOCATION:Khayelitsha}} {{LOCATION:7784}}. Cell {{PHONE:072 555 0418}}.
Regimen BPaLM from {{DATE:14 July 2026}}. Community DOT supporter: {{NAME:Nomvula "Ma-Nomsa" Dlamini}} (neighbour, {{LOCATION:24 Ntlazane St}}).
{{DATE:20/07}} - dose at home with supporter. ECG QTcF 432 at {{LOCATION:Site B Clinic}}.
{{DATE:21/07}} - patient at his girlfriend {{NAME:Lindiwe Khumalo}}'s place in {{LOCATION:Gugulethu}} ({{LOCATION:NY 78}}); CHW {{NAME:Thandeka Ngcobo}} went there.
{{DATE:22/07}} - missed; father {{NAME:Mandla Mthembu}} says he went to {{LOCATION:Mthatha}} for a funeral. Tracer phoned uncle {{NAME:Xolani}} {{PHONE:+27 47 555 0192}}.
{{DATE:28/07}} - back, doses restarted. Fingerprint on attendance scanner {{BIOMETRIC:FP-SB-004417}}.
Clinician: Sr {{NAME:Phumzile Gqirana}}.
Bedaquiline, pretomanid, linezolid, moxifloxacin (BPaLM). Peripheral neuropathy screen BPNS 0. Western Cape DR-TB register updated. Supporter stipend account {{ACCOUNT:000-4417-5521}}.
Register checked {{DATE:31/07/2026}} by {{NAME:Phumzile Gqirana}}; MO Dr {{NAME:Ashwin Naidoo}}.
`,
  },
  {
    id: 't28-031',
    kind: "DOT log (prison and release, Kyrgyzstan)",
    text: `
DOT card - TB (DS), transferred from penitentiary TB hospital ({{LOCATION:Colony No. 31}}) on release {{DATE:02.04.2026}}.
Patient: {{NAME:Azamat Toktogulov}}, 34. Passport/PIN {{OTHER_ID:20000 5550 4471}}.
Address after release: {{LOCATION:mkr. Dzhal-29, d. 14, kv. 7}}, {{LOCATION:Bishkek}} (with mother {{NAME:Gulmira Toktogulova}}, {{PHONE:+996 555 014 417}}).
DOT point: {{LOCATION:FMC No. 6}}, nurse {{NAME:Ainura Sydykova}}; NGO social worker {{NAME:Nurlan Abdrakhmanov}} (food packages).
{{DATE:03.04}} observed FMC. {{DATE:04.04}} observed. {{DATE:05.04}} Sunday - take-home dose.
{{DATE:07.04}} did not come. Home visit: works at {{LOCATION:Dordoi bazaar}} container 14-B, row 6 (boss {{NAME:Bakyt}}). Dose given at market.
{{DATE:15.04}} moved to uncle in {{LOCATION:Tokmok}}, {{LOCATION:ul. Lenina 88}} -> referral to {{LOCATION:Tokmok TB dispensary}} sent by fax {{FAX:+996 3138 5 55 21}}.
Isoniazid 300, rifampicin 600, pyrazinamide, ethambutol; Xpert Ultra trace. Chuy oblast TB centre informed. Food package voucher account {{ACCOUNT:KG-0044172}}.
Podpis: {{NAME:A. Sydykova}} {{DATE:16.04.2026}}; vrach {{NAME:Cholpon Asanova}}.
`,
  },
  {
    id: 't28-032',
    kind: "DOT log (homeless shelter, Toronto)",
    text: `
TB DOT - {{LOCATION:Seaton House}}, {{LOCATION:339 George St}}, {{LOCATION:Toronto}} {{LOCATION:M5A 2N2}}
Client {{NAME:Kwame Asante-Mensah}} (goes by "{{NAME:KA}}"), 47, OHIP {{HEALTH_PLAN:0004-555-172-AB}}. Bed 3-41.
TPH nurse {{NAME:Marguerite Bouchard}} / shelter worker {{NAME:Jordan Littlechild}}.
{{DATE:Mar 2}} - DOT at shelter clinic 0830. {{DATE:Mar 3}} - same. {{DATE:Mar 4}} - not at shelter; found at {{LOCATION:Allan Gardens}} drop-in, dose taken.
{{DATE:Mar 5}} - moved to {{LOCATION:Fred Victor}} at {{LOCATION:145 Queen St E}}; DOT transferred there, worker {{NAME:Priya Manoharan}}.
Friend {{NAME:Dale "Smokey" Whitlock}} (shares smoking spot) referred for screening.
Client's sister {{NAME:Abena Asante}} in {{LOCATION:Brampton}} {{PHONE:905-555-0147}} - consent to contact.
iPHIS {{OTHER_ID:TPH-TB-26-0331}}. Next CXR {{DATE:April 20, 2026}} at {{LOCATION:St. Michael's Hospital}}.
Rifampin 600 mg, isoniazid 300 mg, B6. Reported to Ontario iPHIS. Shelter clinic fax {{FAX:416-555-0166}}; e-mail {{EMAIL:tb.dot@example.ca}}.
DOT summary {{DATE:Mar 6}} - {{NAME:M. Bouchard}}; supervisor {{NAME:Reuben Gold}}.
`,
  },
  {
    id: 't28-033',
    kind: "DOT log (Pacific, Marshall Islands)",
    text: `
TB DOT register - {{LOCATION:Ebeye}} Health Center, {{LOCATION:Kwajalein Atoll}}
Patient: {{NAME:Jelton Anjain}}, 19 M. Chart {{MRN:EB-44172}}. Lives {{LOCATION:Lojjairok}} section with grandmother {{NAME:Neimoj Lokeijak}}.
Household contacts on TPT: {{NAME:Kiora Anjain}} (4), {{NAME:Bwij Langrine}} (12), uncle {{NAME:Tony deBrum}}.
DOT by health assistant {{NAME:Lisa Jibas}} at home:
{{DATE:6/1}} - ok. {{DATE:6/2}} - ok. {{DATE:6/3}} - ferry to {{LOCATION:Kwajalein}} (work), dose given at dock.
{{DATE:6/8}} - missed; at church youth camp, {{LOCATION:Ebeye Assembly of God}}. Pastor {{NAME:Hemos Jack}} called.
Sputum conversion {{DATE:Jun 30, 2026}}. Referred from {{LOCATION:Majuro Hospital}}; PI-CT phone {{PHONE:+692 555 3391}}.
Isoniazid/rifapentine (3HP) for contacts. RMI Ministry of Health TB program informed. Sputum smear 3+ at baseline.
Register reviewed {{DATE:7/1/2026}} by {{NAME:Lisa Jibas}}; TB coordinator {{NAME:Marlina Capelle}}.
`,
  },
  {
    id: 't28-034',
    kind: "video DOT notes (London, Polish builder)",
    text: `
VOT notes - {{LOCATION:Find and Treat}} team / {{LOCATION:Homerton University Hospital}} TB service
Patient: {{NAME:Grzegorz Wisniewski}}, 44, NHS {{HEALTH_PLAN:000 555 8812}}, hospital no. {{MRN:HUH7720418}}.
Lives {{LOCATION:Flat 9}}, {{LOCATION:Kingsmead House}}, {{LOCATION:Kingsmead Way}}, {{LOCATION:London}} {{LOCATION:E9 5QG}}. Mob {{PHONE:07700 900447}}.
Works cash-in-hand on a site in {{LOCATION:Walthamstow}} (foreman {{NAME:Dariusz}}, no surname known).
{{DATE:12/05/26}} - 3 videos missed; worker {{NAME:Chidi Anyanwu}} visited site; {{NAME:G.}} says phone was stolen. Replacement phone serial {{DEVICE:RF8N30555KX}} loaned.
{{DATE:14/05}} - app videos resumed ({{PHOTO:VOT_GW_140526.mp4}}). Adherence 86%.
Partner {{NAME:Oksana Melnyk}} screened at {{LOCATION:Homerton}} {{DATE:20 May}} (IGRA neg).
Email for reminders: {{EMAIL:g.wisniewski44@example.com}}.
Rifater 5 tabs daily. Video platform login from {{IP:192.0.2.201}}. UKHSA (England) ETS entry updated. Face-verify template {{BIOMETRIC:VOT-FV-004417}}.
VOT summary {{DATE:21/05/2026}}, {{NAME:Chidi Anyanwu}}; TB nurse lead {{NAME:Heather Blessed}}.
`,
  },
  {
    id: 't28-035',
    kind: "TB DOT log (Peru, Spanish double surnames)",
    text: `
Tarjeta de control de tratamiento - ESN PCT
Paciente: {{NAME:Rosa Elvira Huamani de la Cruz}}, 27. DNI {{OTHER_ID:00471552}}. HC {{MRN:ES-18844}}.
Direccion: {{LOCATION:Jr. Los Olivos Mz. K Lt. 14}}, {{LOCATION:AA.HH. Villa Maria del Triunfo}}, {{LOCATION:Lima}}. Cel {{PHONE:955 014 772}}.
Establecimiento: {{LOCATION:C.S. Jose Galvez}}. Enfermera Lic. {{NAME:Milagros Ccori Quispe}}.
{{DATE:02/02/2026}} dosis supervisada, EESS. {{DATE:03/02}} idem. {{DATE:04/02}} no acudio - visita domiciliaria: trabaja en el mercado {{LOCATION:Ciudad de Dios}}, puesto de su tia {{NAME:Juana Quispe Mamani}}.
Contactos: esposo {{NAME:Wilber Choque Apaza}}, hijos {{NAME:Yeferson}} (6) y {{NAME:Nayeli}} (3), suegra Dona {{NAME:Eusebia Apaza Condori}}.
Referencia a {{LOCATION:Hospital Maria Auxiliadora}} por RAM (rash) {{DATE:10/02/2026}}. SIS {{HEALTH_PLAN:000-4417552}}.
Esquema sensible 2HRZE/4HR. Reaccion adversa: rash grado 2. Registro en SIGTB (Peru).
Firma: Lic. {{NAME:M. Ccori Q.}}, {{DATE:11/02/2026}}.
`,
  },
  {
    id: 't28-036',
    kind: "DOT log (Romania, Roma community, mediator)",
    text: `
Fisa DOT - {{LOCATION:Dispensarul TB Sector 5}}, {{LOCATION:Bucuresti}}
Pacient: {{NAME:Florin Caldarar}}, 36. CNP {{OTHER_ID:1900312400000}}. Domiciliu: {{LOCATION:Str. Petre Ispirescu nr. 41}}, {{LOCATION:Ferentari}}.
Mediator sanitar rom: {{NAME:Mirela Stanciu}}; asistenta {{NAME:Doina Vasilescu}}.
{{DATE:01.09.2026}} - doza la dispensar. {{DATE:02.09}} - la domiciliu, sotia {{NAME:Luminita}} prezenta. {{DATE:03.09}} - plecat la {{LOCATION:Craiova}} la fratele {{NAME:Marian Caldarar}}; mediator l-a sunat {{PHONE:+40 755 014 417}}.
{{DATE:08.09}} - revenit. Copii: {{NAME:Ionut}}, {{NAME:Denisa}}, {{NAME:Sorina}} - evaluati la {{LOCATION:Institutul Marius Nasta}} {{DATE:15.09.2026}}.
Medic Dr {{NAME:Cristina Dumitrescu-Pop}}.
HRZE; Xpert MTB/RIF pozitiv. Raportat la PNPSCT (Romania). Fisa trimisa prin fax {{FAX:021 555 0417}}.
Semnat {{DATE:16.09.2026}}: {{NAME:D. Vasilescu}}; mediator {{NAME:Mirela Stanciu}}.
`,
  },
];
