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
