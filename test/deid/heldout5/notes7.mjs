// heldout5 notes 7: radiology protocolling queue with addendum, frozen-section call log, ethics consult.
// A gold mark is {{TYPE:value}} (see ../heldout-tools.mjs).
export default [
  {
    id: 'h5-061',
    kind: 'radiology-protocol-queue',
    text: `
MRI PROTOCOLLING QUEUE - worklist printed Thu {{DATE:2025-10-09}} 07:15, reader Dr. {{NAME:Anneliese Vukovic}}
ACC {{OTHER_ID:MR2510090114}} | {{NAME:BRIGHTWATER, SAGE}} | {{DATE:1990-06-30}} | MRN {{MRN:G5521078}} | MRI brain w/wo | hx MS, new diplopia | eGFR 98 | PROTOCOL: MS demyelination, gad 0.1 mmol/kg
ACC {{OTHER_ID:MR2510090131}} | {{NAME:ODUYA, EMMANUEL K}} | {{DATE:1948-01-17}} | MRN {{MRN:G4470913}} | MRI L-spine | pacemaker! | -- | HOLD: device check; Medtronic model W1DR01, SN {{DEVICE:RNB447120S}}, MR-conditional per card
ACC {{OTHER_ID:MR2510090140}} | {{NAME:LEAL DA COSTA, IRIS}} | {{DATE:1977-03-05}} | MRN {{MRN:G5003266}} | MRI pelvis | endometriosis | eGFR 110 | PROTOCOL: endometriosis, vaginal gel, no gad
Called ordering NP {{NAME:Farrah Qureshi}} re: 2nd case at 07:40 ({{PHONE:719-555-0132}}); device clinic to reprogram {{DATE:10/10}}.
ADDENDUM {{DATE:10/14/2025}} 16:02 to MRI pelvis for {{NAME:Leal da Costa}}: "no deep infiltrating disease" should read "a 9 mm
nodule of the left uterosacral ligament consistent with deep infiltrating endometriosis". Discussed with Dr. {{NAME:Tobias Fairclough}}, 16:10.
`,
  },
  {
    id: 'h5-062',
    kind: 'frozen-section-call-log',
    text: `
INTRAOPERATIVE CONSULTATION - call log, {{DATE:17-JUN-2025}}
Case {{OTHER_ID:S25-18842}}   Pt {{NAME:Fiorella Quispe Mamani}}   MRN {{MRN:P0662104}}   OR 7, Dr. {{NAME:Elias Grunewald}} (surgical oncology)
FS1 (sentinel node, L axilla) rec'd 10:12 - touch prep and frozen: no carcinoma seen. Called to OR 10:26, read back by circulator {{NAME:Dawn Reichert}}, RN.
FS2 (superior margin) rec'd 10:48 - atypical ductal proliferation 1 mm from ink; defer. Called 11:03, read back by {{NAME:Reichert}}.
FS3 (new superior margin) rec'd 11:20 - benign breast tissue. Called 11:31.
Gross: lumpectomy 6.2 x 4.8 x 3.1 cm, inked (superior blue, inferior green), 1.4 cm firm tan mass 0.4 cm from posterior margin.
Pathologist {{NAME:Nomvula Dlamini}}, MD; PA {{NAME:Trent Okamoto}}. Permanent sections to follow; ER/PR/HER2 on block A3.
`,
  },
  {
    id: 'h5-063',
    kind: 'clinical-ethics-consult',
    text: `
CLINICAL ETHICS CONSULTATION - {{DATE:November 19, 2024}}
Requested by {{NAME:Marisa Okpara}}, RN (nurse manager, 5 South) re: {{NAME:Cornelius Abernathy-Wolfe}}, {{AGE_OVER_89:93}}M, MRN {{MRN:EC-0093317}}.
Question: may the team honour a written request to stop dialysis when his son and legal guardian objects?
Facts: ESRD on HD since {{DATE:2019-08}}; 3 admissions since July for access failure. Pt lacks capacity today (CAM positive) but wrote
in {{DATE:March 2023}} (witnessed at {{LOCATION:Grace Lutheran Village}}) that he would not want dialysis "if I can no longer recognise my family".
Guardian: son {{NAME:Desmond Abernathy-Wolfe}}, {{LOCATION:Elmhurst}}, guardianship order {{OTHER_ID:2024-P-003318}} ({{LOCATION:DuPage County}} probate).
Daughter {{NAME:Felicity Wolfe}} supports stopping. Nephrologist Dr. {{NAME:Oyinkansola Bamgbose}}; palliative Dr. {{NAME:Hugo Lindqvist}}.
Recommendation: time-limited trial of 2 weeks with goals meeting {{DATE:12/03/2024}}; the written directive carries substantial weight.
Consultants: Rev. {{NAME:Beatrix Hollenbeck}} and Dr. {{NAME:Sami Nasser}}, ethics committee. Guardian reachable {{PHONE:630-555-0177}}.
`,
  },
];
