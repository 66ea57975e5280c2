// train10 notes1: prompts typed into a healthcare AI assistant that paste parts of a chart.
export default [
{ id: 't10-001', kind: 'chat-prompt-handover', text: `
can you summarise this for the night handover, 5 lines max please

Pt: {{NAME:Adaeze Okonkwo-Bishop}}  67F  Hosp no {{MRN:K4017732}}  NHS {{OTHER_ID:485 777 3456}}
Adm {{DATE:24/11/2026}} from {{LOCATION:Ashgrove Lodge}} care home, {{LOCATION:Plymouth Road}}, {{LOCATION:Penarth}} {{LOCATION:CF64 3DH}}
?urosepsis. PMH T2DM on Jardiance 10mg, CKD 3b, AF on Eliquis 5mg BD, Parkinson's (on Madopar).
NEWS2 5 on arrival, now 2. CRP 188 -> 96. Cultures: E. coli, sensitive to gent.
NOK son {{NAME:Chidi Okonkwo}} {{PHONE:029 2018 0477}}; daughter-in-law {{NAME:Grace}} also rings.
GP: Dr {{NAME:Rhiannon Pugh}}, {{LOCATION:Stanwell Road Surgery}}.
Seen by Cardiology today re rate control, no change. Welsh speaker, prefers Welsh in the mornings.
thanks!!
also pls flag: she fell at {{LOCATION:Cogan}} station in {{DATE:October}}, seen at {{LOCATION:University Hospital Llandough}}, no fracture.
SW {{NAME:Gethin Morgan}} ({{EMAIL:gethin.morgan@example.wales}}) is sorting CHC funding. Blue badge {{OTHER_ID:BB-44-710293}}.
Her dog Biscuit is with {{NAME:Chidi}} in {{LOCATION:Dinas Powys}}. Chaplain Rev. {{NAME:Nia ap Gwilym}} visited.` },

{ id: 't10-002', kind: 'chat-prompt-letter', text: `
Write a referral letter to rheumatology from this, formal tone, sign it from me (Dr. {{NAME:Kwabena Asante-Mensah}}, MBChB).

Patient: {{NAME:Folasade Adeyemi-Cole}}, DOB {{DATE:03/07/1979}}, Hospital no. {{MRN:LUTH-0093381}}
Address: {{LOCATION:14 Adeola Odeku Street}}, {{LOCATION:Victoria Island}}, {{LOCATION:Lagos}}
Phone: {{PHONE:+234 803 555 0192}}   email: {{EMAIL:fola.adecole@example.ng}}
NHIA no: {{HEALTH_PLAN:NHIA-LG-22019847}}

Hx: 8 months of symmetrical small joint synovitis, morning stiffness 2h, RF +, anti-CCP 340. ESR 62.
Tried naproxen and hydroxychloroquine 200mg. Sister {{NAME:Ronke}} has SLE, followed at {{LOCATION:Lagos University Teaching Hospital}}.
Address the letter to Dr {{NAME:Ngozi Eze}}, Consultant Rheumatologist, {{LOCATION:Reddington Hospital}}, {{LOCATION:Ikeja}}.
Mention she is a teller at Access Bank, {{LOCATION:Adeola Hopewell Street}} branch, and typing is hard now.` },

{ id: 't10-003', kind: 'chat-prompt-caps', text: `
PLEASE REWRITE THIS IN PLAIN ENGLISH FOR THE FAMILY, OUR OLD SYSTEM ONLY PRINTS CAPITALS

ED TRIAGE  {{DATE:11/25/2026}} 0214
PT NAME: {{NAME:HALVORSEN, INGRID M}}   MRN {{MRN:00918273}}   AGE {{AGE_OVER_89:91}}
ARR VIA: {{LOCATION:MINOT}} FIRE EMS UNIT 4, FROM HOME {{LOCATION:1207 4TH AVE NW}} {{LOCATION:MINOT}} ND {{LOCATION:58703}}
CC: FALL, R HIP PAIN, SHORTENED + EXT ROTATED. GCS 15. BP 168/92 HR 88 SPO2 95% RA
MEDS: COUMADIN 3MG, LASIX 40MG, SYNTHROID 75MCG
DAUGHTER {{NAME:SOLVEIG HALVORSEN-BRANDT}} {{PHONE:701-555-0163}} EN ROUTE FROM {{LOCATION:BISMARCK}}
PASTOR {{NAME:ERLING DAHL}} OF {{LOCATION:FIRST LUTHERAN CHURCH}} AT BEDSIDE
TRIAGE RN: {{NAME:K. YELLOWHORSE}}, RN
PREV ADMIT {{DATE:03/2025}} {{LOCATION:TRINITY HEALTH}} - L HIP PINNING BY DR {{NAME:OYELARAN-VOSS}}
MEDICARE {{HEALTH_PLAN:4TN7-QP2-MK81}}   SSN {{SSN:000-31-7742}}
BELONGINGS: HEARING AID R (SER {{DEVICE:OTC-88120447}}), UPPER DENTURES, WALLET TO DAUGHTER
NOTE: PT SAYS NEIGHBOR {{NAME:ARNIE FJELSTAD}} FEEDS THE CATS, KEY UNDER MAT AT {{LOCATION:1207 4TH AVE NW}}` },

{ id: 't10-004', kind: 'chat-prompt-lower', text: `
turn this into a discharge summary pls, the usual headings

mr {{NAME:tomasz wierzbicki}} 93 -- sorry {{AGE_OVER_89:93}}yo -- mrn {{MRN:7730021}}
admitted {{DATE:nov 19}} with ccf exacerbation, diuresed 6 kg on iv furosemide, now on oral 80mg
echo ef 30%, nyha iii. k 3.4 replaced. discharged {{DATE:nov 26}} back to {{LOCATION:st hedwig's residence}} on {{LOCATION:roncesvalles ave}}, {{LOCATION:toronto}}
f/u dr {{NAME:amara nwachukwu}} heart function clinic 2 weeks
wife {{NAME:halina}} died last year, niece {{NAME:bozena kowalczyk}} is poa ({{PHONE:416-555-0128}})
speaks polish mostly, niece interprets. ohip {{HEALTH_PLAN:4417-392-118-KT}}
hospital course: day 1 bnp 4200, cxr bilateral effusions, started iv furosemide 80 bd. day 3 cr rose 128 -> 161, held entresto. day 5 back to baseline, restarted at 24/26 mg bd. bisoprolol 2.5. spironolactone held (k). weight 71.4 -> 65.2 kg.
pt wants to go to the polish mass at {{LOCATION:st stanislaus kostka}} on sundays, niece drives. dietitian {{NAME:maeve}} gave 1.5 l fluid restriction sheet.` },

{ id: 't10-005', kind: 'chat-prompt-results', text: `
I'm a nurse practitioner. Can you draft a short letter explaining these results to my patient in simple Spanish and English?

Name: {{NAME:Maria de los Angeles Ortiz de la Fuente}}
DOB: {{DATE:14-Feb-1962}}   Chart #: {{MRN:FQ-558213}}
Address: {{LOCATION:2240 S Kedzie Ave}}, Apt {{LOCATION:3R}}, {{LOCATION:Chicago}}, IL {{LOCATION:60623}}
Results ({{DATE:11/21/26}}): A1c 8.9%, LDL 162, eGFR 71, urine microalbumin 48.
Plan: start Ozempic 0.25mg weekly, increase atorvastatin to 40mg.
Her husband {{NAME:Jose Luis Ortiz}} reads English; her comadre {{NAME:Dolores}} helps with appointments.
Clinic: {{LOCATION:Alivio Medical Center}}, phone {{PHONE:(773) 555-0147}}.
Sign as {{NAME:Hope Vanterpool}}, FNP-BC.
Also mention: her daughter {{NAME:Itzel Ortiz-Cuauhtle}} lives in {{LOCATION:Cicero}} and can bring her to the lab at {{LOCATION:Mount Sinai Hospital}} on {{LOCATION:California Ave}}. She goes to mass at {{LOCATION:St. Agnes of Bohemia}} on Sundays, so no Sunday appointments. Patient portal e-mail: {{EMAIL:mariaortiz62@example.com}}.` },

{ id: 't10-006', kind: 'chat-prompt-appeal', text: `
Help me write an appeal to the insurer. Denial letter text pasted below, plus my notes.

---- DENIAL ----
Member: {{NAME:Desmond Tallchief}}   Member ID: {{HEALTH_PLAN:XJH884201937}}   Claim: {{OTHER_ID:CLM-2026-0477193}}
Date of service: {{DATE:October 2, 2026}}   Provider account: {{ACCOUNT:PA-00392817}}
Reason: continuous glucose monitor not medically necessary.
---- MY NOTES ----
Type 1 since age 9. Three severe hypos since {{DATE:August}}, one with EMS to {{LOCATION:Claremore Indian Hospital}}.
Dexcom G7 trial showed 14% time below range. SSN on file {{SSN:000-48-2291}} (they asked for it on the form).
He lives at {{LOCATION:Rt 2 Box 118}}, {{LOCATION:Tahlequah}}, OK {{LOCATION:74464}}, no cell signal, landline {{PHONE:918-555-0139}}.
Sign from Dr. {{NAME:Wanda Sixkiller}}, DO, NPI {{OTHER_ID:1942038817}}.
(Portal note: member uploaded the denial from {{IP:192.0.2.77}} on {{DATE:10/29/2026}}; his wife {{NAME:Lorena Tallchief}} is the authorized rep, e-mail {{EMAIL:lorena.tallchief@example.net}}.)` },

{ id: 't10-007', kind: 'chat-prompt-translate', text: `
Summarise in Vietnamese and English for the family meeting tomorrow. Keep it kind.

Patient {{NAME:Nguyen Thi Kim Loan}} ({{NAME:Loan}}), 78, URN {{MRN:2930481}}, {{LOCATION:Bankstown-Lidcombe Hospital}} 7 North.
Lives with daughter {{NAME:Tran Thi Thu Ha}} at {{LOCATION:41 Restwell Street}}, {{LOCATION:Bankstown}} NSW {{LOCATION:2200}}.
Medicare {{HEALTH_PLAN:2953 41827 1}}. Son {{NAME:Minh}} flying in from {{LOCATION:Da Nang}}.
Large L MCA stroke {{DATE:18/11}}; NIHSS 19 now 16. Not for thrombectomy. PEG discussion pending.
Family wants Buddhist monk from {{LOCATION:Phuoc Hue Temple}} to visit. Interpreter booked via TIS, job {{OTHER_ID:TIS-8812045}}.
Contact {{NAME:Ha}} on {{PHONE:0491 570 156}}.
Also: her late husband {{NAME:Le Van Phuc}} died at {{LOCATION:Liverpool Hospital}} in {{DATE:June 2019}}. Granddaughter {{NAME:Jenny Tran}} (speaks English) works at {{LOCATION:Bankstown Central}} and can come after 5. GP is Dr {{NAME:Pham Quoc Bao}} at {{LOCATION:Chapel Road Medical Centre}}, fax {{FAX:(02) 5550 4471}}.` },

{ id: 't10-008', kind: 'chat-prompt-referral', text: `
make a 1-paragraph summary of this transfer note from Poland for the GP here

Pacjent / patient: {{NAME:Oleksandr Hnatyuk}}, ur. {{DATE:09.04.1988}}
Szpital / hospital: {{LOCATION:Szpital Uniwersytecki}}, {{LOCATION:ul. Kopernika 36}}, {{LOCATION:31-501 Krakow}}
Adm {{DATE:02.10.2026}} - discharge {{DATE:16.10.2026}}. Blast injury L hand (Kharkiv oblast, {{DATE:September 2026}}), ray amputation 4th/5th, skin graft.
Wife {{NAME:Iryna Hnatyuk}} tel. {{PHONE:+48 12 555 0184}}. Now living at {{LOCATION:Gartenstrasse 12}}, {{LOCATION:72108 Rottenburg am Neckar}}, Germany.
Temporary protection card {{OTHER_ID:UA-TP 03918277}}. Treating surgeon dr hab. {{NAME:Bartlomiej Zielinski}}.` },

{ id: 't10-009', kind: 'chat-prompt-nz', text: `
Kia ora - could you draft a GP letter from this clinic note, NZ spelling please

Whaiora: {{NAME:Tamati Rangihuna}}  NHI {{HEALTH_PLAN:ZKR4821}}  DOB {{DATE:22/06/1955}}
Address: {{LOCATION:7 Te Rapa Road}}, {{LOCATION:Beerescourt}}, {{LOCATION:Hamilton}} {{LOCATION:3200}}
Seen at {{LOCATION:Waikato Hospital}} renal clinic {{DATE:25 November 2026}}. eGFR 19, Hb 98. Discussed home haemodialysis;
wife {{NAME:Mere}} and moko {{NAME:Aroha Rangihuna-Smith}} keen to train. Marae at {{LOCATION:Turangawaewae}} is where whanau gather.
GP: Dr {{NAME:Sione Tupou}}, {{LOCATION:Dinsdale Medical Centre}}, fax {{FAX:07 555 0193}}.
Kaumatua {{NAME:Hemi Walker}} supports. Next bloods {{DATE:Dec 9}}.
Clinic summary for letter: Hb 98, ferritin 220, TSAT 18% - start IV iron (Ferinject 1g). PTH 41. Phosphate 1.9, start calcium carbonate with meals. Fluid 1.2 L/day. Seen by Renal Dietitian service; Maori Health (Te Puna Oranga) team informed. Fistula L radiocephalic - thrill present. Kt/V not yet relevant. Vaccinations: Hep B series started.` },
];
