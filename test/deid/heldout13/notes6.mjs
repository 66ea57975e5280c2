// heldout13 notes6: social and community notes from the Gulf, Eastern Europe, Latin America and East Asia, in English (h13-051..058). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h13-051',
    kind: 'Kuwait geriatric home-care visit',
    text: `
HOME HEALTH CARE VISIT - {{LOCATION:Mubarak Al-Kabeer Hospital}} home-care team, {{DATE:16/11/2026}}
Patient: {{NAME:Haya Mubarak Al-Enezi}}, female, {{AGE_OVER_89:96}} years, Civil ID {{OTHER_ID:229110400418}}, file no. {{MRN:MK-0441882}}
Address (PACI): {{LOCATION:Block 4, Street 12, Avenue 3, House 19}}, {{LOCATION:Salmiya}}; PACI no. {{OTHER_ID:18820714}}
Lives with son {{NAME:Fahad Al-Enezi}} ({{PHONE:+965 5550 4418}}) and a domestic worker, {{NAME:Maricel Dumalagan}}, Civil ID {{OTHER_ID:288042600771}}, who gives the medicines.
Findings: sacral pressure injury stage 2, 2 x 1.5 cm, photo {{PHOTO:MK0441882_sacrum_1116.jpg}}; Braden 13; BP 128/66; RBS 9.4 mmol/L.
Identity verified at the door by fingerprint on the nurse tablet ({{BIOMETRIC:FP-KW-0441882}}), as the patient cannot sign.
Plan: air mattress, 2-hourly turns, dressing by family; review {{DATE:30/11/2026}}. Nurse {{NAME:Reem Al-Shammari}}; physician {{NAME:Tariq Bukhamseen}}.
`,
  },
  {
    id: 'h13-052',
    kind: 'Qatar antenatal booking',
    text: `
ANTENATAL BOOKING VISIT  {{LOCATION:Al Wakra Health Center}}  {{DATE:02-11-2026}}
Name {{NAME:Noora Khalid Al-Kuwari}}  QID {{OTHER_ID:29563400418}}  Health card {{HEALTH_PLAN:HC-4418827}}  DOB {{DATE:14-06-1995}}
Address: {{LOCATION:Zone 90, Street 1120, Building 41}}, {{LOCATION:Al Wakrah}}. Mobile {{PHONE:+974 5550 4418}}.
Husband {{NAME:Abdulla Al-Kuwari}}, QID {{OTHER_ID:28963400771}}; car plate {{VEHICLE:412877}} (for the parking permit).
G3 P2, LMP {{DATE:20-08-2026}}, EDD {{DATE:27-05-2027}}. BP 112/70, BMI 29, Hb 10.8, GCT planned 24-28 wk.
Check-in at the kiosk by face verification ({{BIOMETRIC:FV-QA-7731-0418}}). Appointment reminders: {{URL:https://app.phcc.example.qa/appt/29563400418}}; portal login from {{IP:203.0.113.71}}.
Midwife {{NAME:Josephine Mensah}}; referral to {{LOCATION:Women's Wellness and Research Center}} if GDM.
`,
  },
  {
    id: 'h13-053',
    kind: 'Hungarian discharge summary (English translation)',
    text: `
DISCHARGE SUMMARY (translated) - {{LOCATION:Szent Janos Korhaz}}, Department of Internal Medicine, {{LOCATION:Budapest}}
Patient: {{NAME:Kovacsne Szabo Erzsebet}}   TAJ {{HEALTH_PLAN:044 188 207}}   ID card {{OTHER_ID:441882AB}}   born {{DATE:1934. 03. 02.}}   age {{AGE_OVER_89:92}}
Address: {{LOCATION:Kossuth Lajos utca 12. 3. em. 4.}}, {{LOCATION:1053}} {{LOCATION:Budapest}}
Admitted {{DATE:2026. 10. 28.}}, discharged {{DATE:2026. 11. 06.}} Diagnosis: community-acquired pneumonia (J18.9), atrial fibrillation (I48.1).
CRP 188 -> 21 mg/L; amoxicillin-clavulanate 1.2 g iv then po; apixaban 2.5 mg bid (age over 80, weight 54 kg).
Social: widow, lives alone on the third floor without a lift; home nursing by the district service twice weekly; her son {{NAME:Kovacs Peter}} lives in {{LOCATION:Debrecen}}.
Contact: daughter {{NAME:Kovacs Anna}}, {{PHONE:+36 1 555 0418}}, {{EMAIL:kovacs.anna@levelezes.example.hu}}.
Physician: dr. {{NAME:Horvath Gabor}}, stamp no. {{LICENSE:44188}}.
`,
  },
  {
    id: 'h13-054',
    kind: 'Serbian referral letter (English translation)',
    text: `
REFERRAL TO SPECIALIST (uput), {{DATE:04.11.2026.}}  {{LOCATION:Dom zdravlja Zvezdara}}, {{LOCATION:Beograd}}
Insured person: {{NAME:Dragica Petrovic}}, JMBG {{OTHER_ID:1503934715018}}, LBO {{HEALTH_PLAN:10441882071}}, age {{AGE_OVER_89:92}}
Address: {{LOCATION:Bulevar kralja Aleksandra 118/7}}, {{LOCATION:11000}} {{LOCATION:Beograd}}; tel. {{PHONE:+381 11 555 0418}}
To: cardiology, {{LOCATION:KBC Zvezdara}}. Reason: syncope x2, Holter showed pauses up to 4.2 s; 2nd degree AV block Mobitz II. Pacemaker evaluation.
Her mother lived to {{AGE_OVER_89:101}}; sister {{NAME:Milica}} ({{AGE_OVER_89:90}}) lives in {{LOCATION:Novi Sad}}.
Escort: grandson {{NAME:Nikola Petrovic}}, {{PHONE:+381 64 555 0771}}.
Chosen doctor: dr {{NAME:Jelena Markovic}}, stamp (faksimil) no. {{LICENSE:400418}}.
`,
  },
  {
    id: 'h13-055',
    kind: 'Guatemalan community health worker home visit',
    text: `
COMMUNITY HEALTH WORKER VISIT (translated from Spanish/K'iche')   {{DATE:12 de noviembre de 2026}}
Household of {{NAME:Tomasa Sic Tzoc}}, aldea {{LOCATION:Chichicaste}}, {{LOCATION:San Juan Ostuncalco}}, Quetzaltenango. GPS {{LOCATION:14.8712, -91.6238}}.
{{NAME:Tomasa}}, 34, DPI {{OTHER_ID:2441 88207 0901}}, IGSS affiliate no. {{HEALTH_PLAN:188441820711}} (through her husband's finca work). Phone {{PHONE:+502 5550 4418}}.
Baby {{NAME:Juana Tzoc Sic}}, born {{DATE:3 de octubre de 2026}} at home; weight today 3.9 kg (-1.8 z); exclusively breastfed; cord healed; no BCG yet.
Husband {{NAME:Diego Tzoc}} working in {{LOCATION:Retalhuleu}} until December.
{{NAME:Tomasa}} cannot sign; consent for the home-visit programme recorded by right thumbprint on the tablet, template {{BIOMETRIC:TP-GT-24418820901}}.
Referred to {{LOCATION:Puesto de Salud Chichicaste}} for BCG and weight check on {{DATE:19/11/2026}}. CHW {{NAME:Magdalena Xum}}; supervisor nurse {{NAME:Ofelia Coyoy}}.
`,
  },
  {
    id: 'h13-056',
    kind: 'Costa Rican home-visit report (EBAIS)',
    text: `
EBAIS {{LOCATION:Escazu Centro}} - home visit by the ATAP, {{DATE:09/11/2026}}
Patient: {{NAME:Rodolfo Jimenez Solis}}, cedula {{OTHER_ID:1-0987-0654}}, insured card {{HEALTH_PLAN:CCSS-109870654-01}}, 67 years.
Address: {{LOCATION:San Rafael de Escazu}}, {{LOCATION:de la iglesia catolica 200 m norte y 50 m oeste, casa esquinera portones negros}}.
Phone {{PHONE:+506 5550 4418}}; daughter {{NAME:Karla Jimenez Mora}}, {{EMAIL:karla.jm@correo.example.cr}}.
Visit: diabetic foot, Wagner 1 ulcer R hallux; HbA1c 9.2%; missed two EBAIS appointments (no bus). Photo {{PHOTO:EBAIS_RJS_0911.jpg}} sent to the doctor by the ATAP app.
Plan: dressing by daughter; appointment {{DATE:16/11/2026}} with Dr {{NAME:Ana Lucia Brenes}} (code {{LICENSE:MED14418}}); referral to {{LOCATION:Hospital Mexico}} vascular if not healing.
ATAP {{NAME:Wilberth Quesada}}.
`,
  },
  {
    id: 'h13-057',
    kind: 'Beijing outpatient record with kiosk audit',
    text: `
OUTPATIENT RECORD - {{LOCATION:Beijing Anzhen Hospital}}, cardiology clinic, {{DATE:2026-11-10}}
Name {{NAME:WANG Shuqin}} (family name first), F, 84; resident ID {{OTHER_ID:110105194203124418}}; medical insurance card {{HEALTH_PLAN:BJ4418820715}}; outpatient no. {{MRN:AZ2026441882}}
Address: {{LOCATION:Room 1204, Building 7, Anzhen Xili}}, {{LOCATION:Chaoyang District}}, {{LOCATION:Beijing}}; mobile {{PHONE:138 5550 4418}}
Accompanied by son {{NAME:WANG Lei}} (mobile {{PHONE:139 5550 0771}}).
HFpEF, NYHA II; NT-proBNP 1,420 pg/mL; BP 146/82; EF 58%. Continue sacubitril-valsartan 50 mg bid.
Self-service kiosk registration: face verification template {{BIOMETRIC:FACE-BJ-77310418}}, fingerprint fallback {{BIOMETRIC:FP-BJ-77310418}}; kiosk IP {{IP:10.8.44.18}}.
Report link sent to son: {{URL:https://mp.anzhen.example.cn/report/AZ2026441882}}. Physician {{NAME:LIU Jianguo}}, practising certificate {{LICENSE:110110000441882}}.
`,
  },
  {
    id: 'h13-058',
    kind: 'Lithuanian nursing-home transfer note',
    text: `
TRANSFER NOTE - {{LOCATION:Vilnius University Hospital Santaros Klinikos}} to {{LOCATION:Antakalnio slaugos namai}}, {{DATE:2026-11-13}}
Patient {{NAME:Ona Jankauskiene}}, personal code {{OTHER_ID:42905140418}}, age {{AGE_OVER_89:97}}, hospital no. {{MRN:SK-26-441882}}
Address before admission: {{LOCATION:Gedimino pr. 44-7}}, {{LOCATION:LT-01110}} {{LOCATION:Vilnius}}
Reason for admission: L hip fracture {{DATE:2026-10-30}}, hemiarthroplasty {{DATE:2026-10-31}}; delirium resolved; mobilising with frame 10 m.
Daughter {{NAME:Rasa Jankauskaite-Paulauskiene}} in {{LOCATION:Kaunas}}, {{PHONE:+370 655 55418}}, {{EMAIL:rasa.jp@pastas.example.lt}}.
Medicines list sent via the e-health system; daughter granted access at {{URL:https://eportal.esveikata.example.lt/access/42905140418}} from {{IP:192.0.2.61}}.
Doctor {{NAME:Vytautas Kazlauskas}}, medical practice licence {{LICENSE:MPL-44188}}.
`,
  },
];
