// heldout8 notes 7: capitals, lower case, OCR noise, Mexico, a camp log and a note without PHI (h8-059..064).
export default [
  {
    id: 'h8-059',
    kind: 'nursing station medevac request in capitals',
    text: `
MEDEVAC REQUEST - {{LOCATION:POND INLET HEALTH CENTRE}} - NU       {{DATE:02 DEC 2025}} 0415 EST
TO: MEDEVAC COORDINATION {{LOCATION:IQALUIT}} / {{LOCATION:QIKIQTANI GENERAL HOSPITAL}} ER PHYSICIAN ON CALL
PT: {{NAME:QAUNAQ, ELISAPEE}}   AGE {{AGE_OVER_89:90}}   DOB {{DATE:14 MAR 1935}}   NU HEALTH CARE NO {{HEALTH_PLAN:100447182}}   CHART {{MRN:PI-0077812}}
HX: PASSENGER ON GRANDSON'S SNOWMOBILE (REG NU {{VEHICLE:S-40418}}), TIPPED ON SEA ICE APPROX 2300 NEAR {{LOCATION:SALMON RIVER}}.
L HIP SHORTENED + EXT ROTATED. BP 104/60 HR 98 SPO2 93% RA GCS 15. NO HEAD INJURY. TEMP 35.4 - WARMING.
GIVEN: MORPHINE 2 MG SC X2, FASCIA ILIACA BLOCK NOT AVAILABLE. FOLEY NOT INSERTED.
ESCORT: DAUGHTER {{NAME:NAULAQ QAUNAQ}} (SPEAKS INUKTITUT + ENGLISH). GRANDSON {{NAME:JOANASIE}} SEEN - MINOR ABRASIONS ONLY.
NURSE: {{NAME:M. LACHAPELLE-OOLOOYUK}} RN   CALLBACK {{PHONE:867-555-0142}}   FAX {{FAX:867-555-0143}}
WEATHER: VIS 1/2 MI BLOWING SNOW. FLIGHT NOT BEFORE 0900.
`,
  },
  {
    id: 'h8-060',
    kind: 'lower-case clinician chat thread',
    text: `
#5west-hospitalists  (exported {{DATE:2025-10-09}} for the RCA; times local)
07:02 {{NAME:priya.s}}: anyone have bed 14? mr {{NAME:oyelaran}}? his son {{NAME:tunde}} keeps calling {{PHONE:(312) 555-0104}}
07:04 {{NAME:mkowal}}: thats mine. {{NAME:gbenga oyelaran}}, mrn {{MRN:55804417}}, 81, chf. son is hcpoa. ill call him
07:05 {{NAME:priya.s}}: ty. also ms {{NAME:ruiz-tafoya}} in 22 - family wants a meeting tmrw {{DATE:10/10}} at 2
07:09 {{NAME:mkowal}}: fyi the ekg from outside is here {{URL:https://pacs.example.org/v/55804417/ecg-0008}}
07:11 {{NAME:dr_hale_nights}}: signing out. the {{AGE_OVER_89:94}} yo in 9 is not ours, shes ortho. ignore the page
07:12 {{NAME:priya.s}}: lol ok. whos on vpn from home today, theres a login from {{IP:10.212.4.77}} on my account i didnt make
07:15 {{NAME:mkowal}}: report to it. ext 4400
07:40 {{NAME:priya.s}}: ticket filed, said it was {{NAME:jeff}} from it testing. fine
`,
  },
  {
    id: 'h8-061',
    kind: 'OCR of a scanned handwritten referral',
    text: `
[OCR text, low confidence]  REFERRAL FORM   pg l of 2
Pat1ent nam e: {{NAME:Ph1lomena  Okwu-Ogbonna}}     D.O.B: {{DATE:O4/3O/l95l}}
Address : {{LOCATION:l8 Ch estnut Hi1l Rd}}  , {{LOCATION:Ha rtford}}  CT  {{LOCATION:O6lO5}}
Tel : {{PHONE:(86O) 555-Ol73}}      SSN : {{SSN:OOO-4l-7782}}
lnsurance : Connecticare   ID# {{HEALTH_PLAN:CCl448O229}}
Referr ing Dr: {{NAME:J . Wojciechowsk i}}   NPl {{OTHER_ID:l9O44l882O}}   Fax {{FAX:(86O) 555-Ol79}}
Reas on: ? rheumatoid arthr1tis, RF 88, CCP >25O, ESR 6l. Please see w/in 4 wks.
Hx: DM2 (A1c 7.l), HTN l4O/9O on lisin opril 2O mg.
Sig nature: ____ {{NAME:JW}}      Date: {{DATE:l l/O3/2O25}}
`,
  },
  {
    id: 'h8-062',
    kind: 'pre-procedure fasting guideline (no PHI)',
    text: `
PRE-PROCEDURE FASTING AND MEDICATION GUIDANCE - adult elective sedation (unit handout, rev. 2025)
Solids / non-human milk: stop 6 hours before. Clear fluids: allowed until 2 hours before (up to 400 mL).
GLP-1 agonists: hold weekly semaglutide or tirzepatide 7 days before; daily liraglutide the day of. If GI symptoms, discuss with anaesthesia.
SGLT2 inhibitors: hold 3 days (ertugliflozin 4 days). Insulin glargine: 80% of usual dose the evening before.
Anticoagulants: apixaban 48 h (CrCl > 50), warfarin 5 days with INR < 1.5 on the morning (bridging per CHA2DS2-VASc >= 5).
Examples: a 72-year-old on 1 mg semaglutide weekly; a 90 kg patient on 25 mg empagliflozin. ASA III-IV: call the pre-op clinic at ext 2210.
References: ASA Practice Guidelines 2023; ICD-10 Z01.818; CPT 00731.
`,
  },
  {
    id: 'h8-063',
    kind: 'Mexico discharge summary',
    text: `
{{LOCATION:HOSPITAL GENERAL DE ZONA No. 2}} - IMSS - {{LOCATION:Hermosillo}}, Sonora
DISCHARGE SUMMARY (resumen de egreso, English copy requested by the family in Arizona)
Patient: Don {{NAME:Anselmo Villalobos Urquijo}}   Age {{AGE_OVER_89:91}}   NSS (IMSS) {{HEALTH_PLAN:4417 30 1122-8}}   CURP {{OTHER_ID:VIUA340115HSRLRN07}}
Address: {{LOCATION:Calle Jesus Garcia 118}}, {{LOCATION:Col. Centenario}}, C.P. {{LOCATION:83260}}, {{LOCATION:Hermosillo}}, Son.
Admitted {{DATE:21/09/2025}}, discharged {{DATE:30/09/2025}}. Bed 3-14, internal medicine.
Diagnosis: urosepsis (E. coli ESBL), AKI (Cr 2.9 -> 1.3), hypernatraemia (Na 158). ertapenem 1 g/d x 7 d.
Functional: walks with cane; Barthel 70/100. Family: granddaughter {{NAME:Yesenia Villalobos}} in {{LOCATION:Tucson}} ({{PHONE:520-555-0111}}); son {{NAME:Ramiro}} lives with him ({{PHONE:662 555 0148}}).
Treating physician: Dra. {{NAME:Guadalupe Encinas Moreno}}, cedula profesional {{LICENSE:8841172}}. Hospital account {{ACCOUNT:HGZ2-25-0094417}}.
Follow-up at {{LOCATION:UMF No. 37}} on {{DATE:07/10/2025}} ({{DATE:7 October}}).
`,
  },
  {
    id: 'h8-064',
    kind: 'diabetes camp cabin log',
    text: `
{{LOCATION:CAMP KUDZU}} (T1D camp) - CABIN 7 NIGHT LOG   Week 2, {{DATE:June 18, 2025}}   Counselor: {{NAME:Maddie Ferraro}}   Med staff on call: Nurse {{NAME:Ola}}
Campers:
- {{NAME:Elijah Bankole}} (11): Dexcom share to parent ({{URL:https://follow.example.com/c/EB2214}}). 0130 alarm 62 -> 4 glucose tabs -> 0145 104.
- {{NAME:Rhiannon Wuorinen}} (12): Tandem pump SN {{DEVICE:1188204}}, site change 2100 (L arm). 0300 check 188, correction 1 u per pump.
- {{NAME:Lucas Dos Reis}} (10): new dx ({{DATE:Feb 2025}}), MDI; Lantus 9 u at 2030. Homesick - call with mom {{NAME:Fernanda}} tomorrow.
- {{NAME:Kai Nakamura-Briggs}} (11): CGM transmitter {{DEVICE:8GX4T7}} lost signal 0200-0240 (in the lake bag). Fingersticks 140, 151.
Camp store account for {{NAME:Kai}}: {{ACCOUNT:CK-25-0711}} (parents topped up).
Lows: 1. Highs > 300: 0. Ketones: none. Signed {{NAME:MF}} 0645. Reviewed by Dr {{NAME:Temitope Adeyinka}} ({{PHONE:404-555-0185}}).
`,
  },
];
