// Stop 27 (ids-more.ts): identifiers, dates and ages in forms the earlier rules did not read. Values are invented; each
// check of a value found fails on stop 26's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('an age of ninety or more beside a name, in brackets, or before a year word of another language', () => {
  typedExactly('3N-07 Washington, Earline 97 - CAP, on ceftriaxone', ['97'], 'AGE_OVER_89');
  typedExactly('Lindqvist, Harald,14/03/1931 (95),Umea,influenza', ['95'], 'AGE_OVER_89');
  typedExactly('Frail gentleman (96), found on the floor by a neighbour.', ['96'], 'AGE_OVER_89');
  typedExactly('Karen Vestergaard     141032-0000  92 aar  -> Plejehjem', ['92'], 'AGE_OVER_89');
  typedExactly('re morwenna pascoe aged ninety four of the old rectory', ['ninety four'], 'AGE_OVER_89');
  untouched('Pain 3/10. SpO2 92, HR 96. Mrs Hallam, 95% on room air. Sintrom: 101 y 104 mg semanal.', ['92', '96', '95', '101']);
  untouched('Dr Jones 90 minutes late. He walked 90 m. Smith, 90 mg aspirin. Aged ninety percent sure.', ['90 minutes', '90 m', '90 mg', 'ninety']);
});

test('a plate after a registration word, a device code after the device, a biometric code', () => {
  typedExactly('Her husband drives a matatu (reg KDQ 517 M).', ['KDQ 517 M'], 'VEHICLE');
  typedExactly('Accidente de moto (placa GHT-72B) del 3 de mayo.', ['GHT-72B'], 'VEHICLE');
  typedExactly('Pacing wires in; tele box TM-4W-3390 on the belt.', ['TM-4W-3390'], 'DEVICE');
  typedExactly('Bed alarm: sensor mat BMT-6610-204 not connected to the call system.', ['BMT-6610-204'], 'DEVICE');
  typedExactly('Recien nacida: ficha RN 4471, huella plantar HPL-3390-QRT.', ['HPL-3390-QRT'], 'BIOMETRIC');
  untouched('Volar plate LCP 3.5 fixation; reg 40 UNITS glargine; agar plate E coli; Plate count 150.', ['LCP', 'UNITS', 'E coli']);
  untouched('BP cuff (Omron BP7350) used; infusion pump PCA-2 settings; patch 25 mcg/h; iris coloboma.', ['BP7350', 'PCA-2', '25']);
});

test('masked social security numbers, national numbers after their labels', () => {
  typedExactly('SSN ON FILE (MASKED) XXX-XX-6182. NOTE: NEW ADDRESS', ['6182'], 'SSN');
  typedExactly('SSN CARD LOST, LAST 4 7723. DOB 2/2/1980.', ['7723'], 'SSN');
  typedExactly('Paciente Ana Lucia Pardo, cedula 1.044.618.229, trabaja en la finca.', ['1.044.618.229'], 'OTHER_ID');
  typedExactly('Referred by the family doctor. T.C. kimlik 281 446 903 17.', ['281 446 903 17'], 'OTHER_ID');
  typedExactly('Karel Dvorak, r.c. 410623/1187, Brno.', ['410623/1187'], 'OTHER_ID');
  untouched('Last 4 weeks poor appetite; last four doses missed. CC 2 tabs; CPF pending; NIS score 12.', ['4 weeks', 'four', '2 tabs', '12']);
});

test('a day and a month after a weekday or a preposition, a month of another language and its year', () => {
  typedExactly('Weekend roster\nSat 13/12  Dispensary: on call', ['13/12'], 'DATE');
  typedExactly('Discharged 03.11.2026. Na 124 on 14.11. On indapamide.', ['14.11'], 'DATE');
  typedExactly('Fever since Thursday 18th, no rash.', ['18th'], 'DATE');
  typedExactly('Skadet i Trysil januar 2025, rehabilitering videre.', ['januar 2025'], 'DATE');
  typedExactly('Coloscopie in het ziekenhuis in oktober 2023 was normaal.', ['oktober 2023'], 'DATE');
  untouched('Pain 3/10, improved from 7/10. BiPAP on 14/8. Hct down from 29.4. Take 1/2 tab on 1/2 days.', ['7/10', '14/8', '29.4', '1/2']);
  untouched('Schedule Mon/Thu 2nd shift; Monday 5th cycle of chemo.', ['2nd', '5th']);
});

test('an identifier found in part: the issuer code before it, a last short group after it', () => {
  typedExactly('Exposure | Thandi Mokoena | intern | C14 theatre | KRH 00517733 | PEP 28d |', ['KRH 00517733'], 'OTHER_ID');
  typedExactly('Medical aid: MEDSHIELD 661930425', ['MEDSHIELD 661930425'], 'HEALTH_PLAN');
  typedExactly('NHIS No: 0661 2958 31   Ghana Card: GHA-700661293-1', ['0661 2958 31'], 'HEALTH_PLAN');
  typedExactly('RM 05  OKAFOR, GRACE ADAEZE    F 95  UTI, FROM HOME', ['95'], 'AGE_OVER_89');
  // (A label abbreviation stays out; a side letter after a serial is no group of it.)
  untouched('MRN 4471920 seen today; NHS 943 555 0231 on file; Dr Amy Lee (GMC 7012345).', ['MRN', 'NHS', 'GMC']);
  untouched('Hearing aids (Phonak, serial PH-1922-77418 L) checked.', [' L)']);
});

test('a record code of three groups or more, capitals first, whatever its label', () => {
  typedExactly('Ribavirin started; ZKV-LF-26-0388 isolated.', ['ZKV-LF-26-0388'], 'OTHER_ID');
  typedExactly('Contact register - index Md. Rafiqul Islam (TB-KHL-2025-0417) - Khalishpur', ['TB-KHL-2025-0417'], 'OTHER_ID');
  typedExactly('Residential: NR-071-3390 (GhanaPost GPS), Tamale', ['NR-071-3390'], 'LOCATION');
  untouched('Vaccine lot AB-2025-0417 given. BP-110-130/60, HR-90-104, MAP-75-100. Vent AC-20-50-400-5.', ['AB-2025-0417', 'HR-90-104', 'MAP-75-100', 'AC-20-50-400-5']);
  untouched('Access log | Kowalski, Renata RN | WS-4E-011 | 10.44.8.211 | view', ['WS-4E-011']);
});

test('a scope with its serial, a camera, a template named by its kind, a vehicle after "vehicle="', () => {
  typedExactly('EGD, Barrett surveillance\tscope GIF-Q180 3902558', ['GIF-Q180 3902558'], 'DEVICE');
  typedExactly('CCTV camera CAM-WD-09 at the entrance recorded it.', ['CAM-WD-09'], 'DEVICE');
  typedExactly('pilot scanner: Uwase IRIS-0711-5520, Habimana IRIS-0711-5521', ['IRIS-0711-5520', 'IRIS-0711-5521'], 'BIOMETRIC');
  typedExactly('vehicle=TJ-M58 (red Toyota) parked outside', ['TJ-M58'], 'VEHICLE');
  untouched('The IRIS-2 trial; FACE-Q score; GAIT-12 scale. Insulin pump MMT-780G. Walker model HX-2291.', ['IRIS-2', 'GAIT-12', 'MMT-780G', 'HX-2291']);
  untouched('Voiceprint declined. Walker model HX-2291. Retinal exam normal. Pump MMT-780G.', ['HX-2291', 'MMT-780G']);
});

test('the next dates of a list of days and months, the end of a range of days', () => {
  typedExactly('Attendance: absent 3/11, 4/11, 10/11-17/11. Meals started', ['17/11'], 'DATE');
  typedExactly('Sessoes: 2/12, 9/12, 16/12. Acompanhante: filha', ['16/12'], 'DATE');
  typedExactly('CCU night events Dec 12-13', ['Dec 12-13'], 'DATE');
  untouched('Sat 3/10 pain, sats 94% on RA. Warfarin: Mon 2.5. Tue 3. Fri 10.12 ng/mL level.', ['3/10', '2.5', '10.12']);
});

test('a dictated date with words for its day or its year; an aircraft registration near its word', () => {
  typedExactly('hospital number k four four one comma seen today nineteenth october period new paragraph', ['nineteenth october'], 'DATE');
  typedExactly('she moved from ghent to lyon in june twenty twenty one and works nights', ['june twenty twenty one'], 'DATE');
  typedExactly('Retrieval booked. PC-12 VH-NQR departed 0610.', ['VH-NQR'], 'VEHICLE');
  typedExactly('Accepted. Fixed-wing N733PK ETA 2115.', ['N733PK'], 'VEHICLE');
  untouched('the second may be better; the first march of the season.', ['second may', 'first march']);
  untouched('Flight of stairs; G-CSF given; D-DIMER high; N95 mask. HELICOPTER RETRIEVAL, C-DIFF NEGATIVE.', ['G-CSF', 'D-DIMER', 'N95', 'C-DIFF']);
});

test('the review of stop 27: no vehicle, date, record, biometric or device code in clinical shorthand', () => {
  untouched('Retrieval bloods: PT-INR 1.4, HS-CRP 45. Psych: flight of ideas; PT-INR normal.', ['PT-INR', 'HS-CRP']);
  untouched('Retrieval team: analgesia N2O 50% in flight. Medevac: N100 mask for crew.', ['N2O', 'N100']);
  untouched('Dr King reviewed: LV-EDP 22 on cath. Axial plane shows G-TUBE in stomach. RFDS retrieval; I-STAT K 4.1', ['LV-EDP', 'G-TUBE', 'I-STAT']);
  untouched('Admitted 14/11/2026. Hb dropped from 14.2 to 9.8; seen from 13.10 until 14.05; heparin from 18.5 to 16.0 ml/h.', ['14.2', '9.8', '13.10', '14.05', '18.5']);
  untouched('Admitted 14/11/2026. Pain improved from 10/10 to 3/10. BiPAP from 16/6 to 14/5, BiPAP on 20/10 overnight.', ['10/10', '3/10', '16/6', '14/5', '20/10']);
  untouched('Admitted 14/11/2026. Reviewed on 24/11, 3/10 pain. From 22/11, 1/2 tab daily. On 25/11 and 4/5 power.', ['3/10 pain', ' 1/2 tab', '4/5 power']);
  untouched('Pain diary: Mon 7/10, Tue 5/10, Wed 4/10. Tuesday 6/10 pain on movement.', ['4/10', '6/10 pain']);
  untouched('Mon 4/5 power right leg. Wed 3/4 meals eaten, Thu 1/2 meal. Fri 2/3 sessions attended.', ['4/5', '3/4', '1/2', '2/3']);
  untouched('Wed 2nd Floor Ward handover. Mon 1st Dose Pfizer given. Friday 3rd Cycle FOLFOX.', ['2nd', '1st', '3rd']);
  untouched('Enrolled on COG-AALL-0932 maintenance arm. ESRD form CMS-2728-U3 completed. MedWatch FDA-3500-A filed.', ['COG-AALL-0932', 'CMS-2728-U3', 'FDA-3500-A']);
  untouched('Per NCCN-2024-V2, NFPA-99-2021, CLSI-M100-2024, NICE-NG136-2019, IDSA-2019-CAP; RSV-2024-25 season.', ['NCCN-2024-V2', 'NFPA-99-2021', 'CLSI-M100-2024', 'NICE-NG136-2019', 'IDSA-2019-CAP', 'RSV-2024-25']);
  untouched('NPO-2200-0600 prior to procedure. Lot No: FK-2024-0117. Batch No. AB-2025-0012.', ['NPO-2200-0600', 'FK-2024-0117', 'AB-2025-0012']);
  untouched('Responds to voice, GCS E3-V4-M6. Voice message left re results: COVID-19-PCR negative.', ['E3-V4-M6', 'COVID-19-PCR']);
  untouched('Retinal screening: R1-M0-P1 both eyes. Gait: slow, POMA-18-28. Voice prosthesis changed: VEGA-22-8', ['R1-M0-P1', 'POMA-18-28', 'VEGA-22-8']);
  untouched('Fingerprints unobtainable for ID due to eczema, HLA-B27-NEG. Biometrics: Wt 82 kg, HT-178, BMI 26.', ['HLA-B27-NEG', 'HT-178']);
  untouched('BP cuff: HEM-7120 automatic. Scope: EG-3490K used for EUS. Endoscope: OLYMPUS-GIF-H190', ['HEM-7120', 'EG-3490K', 'OLYMPUS-GIF-H190']);
  untouched('Tablet: TEVA-3109 found in pocket. Tablet: AMOX-500-TDS given. Patch: FEN-25-72. Monitor: ECG-12-LEAD done.', ['TEVA-3109', 'AMOX-500-TDS', 'FEN-25-72', 'ECG-12-LEAD']);
  untouched('Home reg: ASA 81 daily. Chemo reg FEC 100 x3. reg. CMF 21 day cycles. Dental: plaque PI 1.5', ['ASA 81', 'FEC 100', 'CMF 21', 'PI 1.5']);
  untouched('CORD PLAQUE T10-T11 ON T2. VEHICLE: QV 500 G CREAM BASE. CHEMO REG FEC 100 X3.', ['ON T2', ' G CREAM', 'FEC 100']);
});

test('the review of stop 27: no age, identifier edge, last four or round number in a result', () => {
  untouched('Creatinine 12/09/2025 (98), 20/10/2025 (110). Last SpO2 12/11/2025 (92) on air.', ['(98)', '(110)', '(92)']);
  untouched('Name | Weight (kg) | Age\nRuth Hallam | 95 | 67\nMary Jones | 102 | 54', ['95', '102']);
  untouched('SMITH, JOHN   M 95  KG\n5 yr survival 95 y', ['95  KG', '95 y']);
  untouched('MRN 00447182 09:30 review. Patient MRN: 0044718 M, bed 12. Acct 88734102 10, balance due', ['09:30', ' M,', ' 10,']);
  untouched('ED 00447182 attendance. GP 0044718 practice.', ['ED ', 'GP ']);
  untouched('Fluid balance card: last 4 were 1250 ml. Glucose card: last four are 7 8 6 5 mmol. CSF cell count: last 4 were 1200, 800.', ['1250', '7 8 6 5', '1200']);
  untouched('CC 1.250.000 IU penicillin. NIS 2.000.000 budget. Mart 2000 ml fluid restriction. Spoke to April nineteen eighty.', ['1.250.000', '2.000.000', '2000 ml', 'nineteen eighty']);
});

test('regular insulin after its dose and a lab reading in capitals are no plate (PhysioNet-like nursing line)', () => {
  untouched('BS 178 AT 3PM COVERED WITH 2U REG. NA LOW 129 HAS HAD ISSUES WITH LOW NA.', ['NA LOW 129']);
  typedExactly('PT LEFT IN OWN CAR, REG KJA 318 XL PER PORTER.', ['KJA 318 XL'], 'VEHICLE');
  untouched('PT LEFT IN OWN CAR, REG KJA 318 XL PER PORTER.', ['PER PORTER']);
});
