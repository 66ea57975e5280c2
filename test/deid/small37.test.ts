// Stop 37: the smaller types. A date after a name and an everyday word in capitals (no licence), a weekday's month and
// day in one case, ordinals in capitals, a log's "sat" day, an age after the name's identifier, Danish "aar", the plates
// of Japan, Korea and China, a dotted day and month after an everyday word, a slashed one after a participle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const of = (type: string, text: string): string[] => detect(text).filter((s) => s.type === type).map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
const all = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('a year-first date after a name and an everyday word in capitals is a date, not a licence', () => {
  const t = 'EXAMINEE: SEO JUN-HO, BORN 2004.09.03   EXAM NO. MMA-24-555310';
  assert.deepEqual(of('DATE', t), ['2004.09.03@27']);
  assert.deepEqual(of('LICENSE', t), []);
  assert.deepEqual(of('DATE', 'RE: LIN MEI-HUA, F, BORN 1961/06/30, NATIONAL ID A255501234'), ['1961/06/30@25']);
  // (A register's acronym and number after a clinician's name stay a licence; an everyday word before digits alone is none.)
  assert.deepEqual(of('LICENSE', 'Dr Lim Wei Ling, MMC 61127'), ['61127@21']);
  assert.deepEqual(of('LICENSE', 'LEGAL AID: MARK TOBIN, SUITE 1100, MEMPHIS'), []);
});

test("a weekday's month and day in one case, and a log's \"sat\" day", () => {
  for (const t of ['gen med b - night signout  sat 11/15  (from liang to the night team)', 'GEN MED B - NIGHT SIGNOUT  SAT 11/15  (FROM LIANG TO THE NIGHT TEAM)']) assert.deepEqual(of('DATE', t), ['11/15@31']);
  for (const t of ['fri 6/11: bloods done.\nsat 7/11: anand again.', 'FRI 6/11: BLOODS DONE.\nSAT 7/11: ANAND AGAIN.']) assert.deepEqual(of('DATE', t), ['6/11@4', '7/11@27']);
  // (A unit's letters only as a word: "ngt" is a night shift, not nanograms.)
  assert.deepEqual(of('DATE', 'roster\nsat 10/1  ngt  j tipungwuti'), ['10/1@11']);
  // (Not a score after "sat", nor "sat" inside a line before a colon.)
  assert.deepEqual(of('DATE', 'pain diary: sat 7/10 pain all day'), []);
  assert.deepEqual(of('DATE', 'o2 sat 9/10 on room air'), []);
  // (Stop 37: nor a score after "sat" in one case.)
  for (const x of ['pain score this am. sat 3/10 (improving).', 'grip strength: sat 4/5', 'GRIP STRENGTH: SAT 4/5']) assert.deepEqual(of('DATE', x), [], x);
});

test('an ordinal day in capitals after a weekday', () => {
  assert.deepEqual(of('DATE', 'IMPROVING, LIKELY HOME FRIDAY 28TH.'), ['28TH@30']);
  assert.deepEqual(of('DATE', 'BOOK WITH RECEPTION FOR MONDAY 23RD.'), ['23RD@31']);
  assert.deepEqual(of('DATE', 'likely home friday 28th.'), ['28th@19']);
  assert.deepEqual(of('DATE', 'ROTA: MON 2ND SHIFT, TUE 3RD FLOOR'), []);
});

test("an age after the name's identifier in its row, and Danish \"aar\"", () => {
  assert.deepEqual(of('AGE_OVER_89', 'Patient: Tan Ah Kow, NRIC S0055512Z, 91\nBlk 512'), ['91@37']);
  assert.deepEqual(of('AGE_OVER_89', 'INGER MOGENSEN     120331-0000  94 AAR  -> PLEJECENTER'), ['94@32']);
  assert.deepEqual(of('AGE_OVER_89', 'MBAYE | MAME DIARRA | BELLE-MERE, 93 ANS | RUFISQUE'), ['93@34']);
  // (Not a measure after the identifier.)
  assert.deepEqual(of('AGE_OVER_89', 'Patient: John Smith, MRN 1234567, 95%'), []);
  assert.deepEqual(of('AGE_OVER_89', 'Patient: John Smith, MRN 1234567, 94 kg'), []);
  assert.deepEqual(of('AGE_OVER_89', 'Patient: John Smith, MRN 1234567, 94.5'), []);
});

test('the plates of Japan, Korea and China after a vehicle word, in every case', () => {
  for (const f of [(x: string) => x, (x: string) => x.toUpperCase(), (x: string) => x.toLowerCase()]) {
    assert.deepEqual(of('VEHICLE', f('Transfer via ambulance Kanazawa 800 su 55-01.')), [f('Kanazawa 800 su 55-01@23')]);
    assert.deepEqual(of('VEHICLE', f('stopped in his car (Fukuoka 330 ta 55-21).')), [f('Fukuoka 330 ta 55-21@20')]);
    assert.deepEqual(of('VEHICLE', f('Transport: ambulance Jeju 33 ba 5517, O2 15 L.')), [f('Jeju 33 ba 5517@21')]);
  }
  assert.deepEqual(of('VEHICLE', 'driver Wang Dapeng; vehicle Jing A 5X521.'), ['Jing A 5X521@28']);
  assert.deepEqual(of('VEHICLE', 'Ambulance Yue B 5X551 arrived.'), ['Yue B 5X551@10']);
  // (Not an everyday word's number, nor a syllable-less shape.)
  assert.deepEqual(of('VEHICLE', 'left the car park 12 a 1234 times'), []);
  assert.deepEqual(of('VEHICLE', 'ambulance to 24 mo 1234 then home'), []);
  assert.deepEqual(of('VEHICLE', 'the bus 100 a 10-12 minutes'), []);
  assert.deepEqual(of('VEHICLE', 'car Hu 12345 parked'), []);
});

test('no dotted day and month after an everyday word: a value or a time (rule (d) dropped)', () => {
  const head = 'Datum 03.11.2024.\n';
  for (const x of ['sugars 11.10 and rising', 'levels 10.11 in range', 'ventilator pressure 12.10 and peep 5', 'woke 06.10, breakfast 08.10.',
    'medication round 11.10 and', 'seen 10.10, reviewed 11.05 and discharged', 'glucose level 12.10, repeat']) assert.deepEqual(of('DATE', head + x), ['03.11.2024@6'], x);
  assert.deepEqual(of('DATE', 'Letter dated 03.11.2024. Time of arrival 10.05, seen 10.40, discharged 12.10.'), ['03.11.2024@13']);
});

test('a long line of dotted values after a full dotted date stays linear', () => {
  // (Stop 37: a per-line scan for times once made this quadratic; compare a ratio, never an absolute time.)
  const run = (n: number): number => {
    const t = 'Datum 03.11.2024.\n' + 'sugars 11.10 and '.repeat(n);
    const t0 = process.hrtime.bigint();
    detect(t);
    return Number(process.hrtime.bigint() - t0);
  };
  run(500);
  const small = Math.min(run(2000), run(2000));
  const big = Math.min(run(8000), run(8000));
  assert.ok(big / small < 10, `ratio ${big / small}`);
});

test('a slashed day and month after a participle, in a day-first text', () => {
  // (Stop 37: not a British duration after a participle, "18/12 ago" is eighteen months.)
  assert.deepEqual(of('DATE', 'Report 12/11/2026. Warfarin stopped 18/12 ago due to bleed. Seen 25/11.'), ['12/11/2026@7', '25/11@65']);
  assert.deepEqual(of('DATE', 'Report 12/11/2026. Warfarin stopped 18/12 later. Seen 25/11.'), ['12/11/2026@7', '25/11@54']);
  // (Not a day up to twelve, a score or a fraction, nor in a text of American dates.)
  assert.deepEqual(of('DATE', 'Report 12/11/2026. Dose given 1/2 tab.'), ['12/11/2026@7']);
  assert.deepEqual(of('DATE', 'Report 11/28/2026. Sample taken 22/7 by the team.'), ['11/28/2026@7']);
  assert.ok(!all('Report 12/11/2026. Dressing changed 2/7 days ago.').some((x) => x.startsWith('DATE:2/7')));
});

test("a day and a month's word without a year, the month in lower case or of another language", () => {
  assert.deepEqual(of('DATE', 'maarja tamm - arriving 06 jun via the airport'), ['06 jun@23']);
  assert.deepEqual(of('DATE', 'partner screened at homerton 20 may (igra neg).'), ['20 may@29']);
  assert.deepEqual(of('DATE', 'Monitor Ines Goldberg visits on 10 dic.'), ['10 dic@32']);
  assert.deepEqual(of('DATE', 'Bar Trumps em 31 out.'), ['31 out@14']);
  assert.deepEqual(of('DATE', 'Bar Trumps / 31 out / "Rafa"'), ['31 out@13']);
  assert.deepEqual(of('DATE', 'Sie hatte am 3. november in der Turnstunde einen Unfall.'), ['3. november@13']);
  assert.deepEqual(of('DATE', 'Operated at Hospital Kubang Kerian  1 Dis 2026'), ['1 Dis 2026@36']);
  // (Not a verb, a count or a short form after a number, nor a given name in title case after a bed's number.)
  assert.deepEqual(of('DATE', 'about 20 may be eligible'), []);
  assert.deepEqual(of('DATE', 'scored 31 out of 40'), []);
  assert.deepEqual(of('DATE', 'Bed 12 Kasim stable overnight'), []);
  assert.deepEqual(of('DATE', 'given 2 aug 625 bd'), []);
  assert.deepEqual(of('DATE', 'room 4 jun stays'), []);
  // (Stop 37: month words of other languages that are clinical words only with a date's cue.)
  for (const x of ['Drains: 2 in, 1 out.', 'urine 12 out.', 'plt 20 dic screen sent', 'PLT 20 DIC SCREEN SENT', 'discussed with 2 gen med consultants',
    'team 3 gen surg', 'nurse notes: 2 set.', 'Drains | 2 in | 1 out']) assert.deepEqual(of('DATE', x), [], x);
});

test('a FHIR reference in a text typed in one case, and a document that says the age', () => {
  const t = '<- 200 bundle total=1\n   patient/pt-66120: name "tuilagi, losa"\n   generalpractitioner: practitioner/pr-1102 "dr sefo"';
  for (const x of [t, t.toUpperCase()]) assert.deepEqual(of('OTHER_ID', x), [x.slice(33, 41) + '@33', x.slice(101, 108) + '@101']);
  assert.deepEqual(of('OTHER_ID', 'the patient/family were told 2 options and the person/carer agreed to it all, thanks'), []);
  assert.deepEqual(of('AGE_OVER_89', 'Grandfather says he is "over 90"; ID card says 92. CBHI member.'), ['92@47']);
  // (Stop 37: not a drug's or a chart's card.)
  for (const x of ['Insulin card says 100 units per ml.', 'Drug card states 100 micrograms daily.', 'Obs card says 92 sats on air.']) assert.deepEqual(of('AGE_OVER_89', x), [], x);
  // (Stop 37: not a rate per patient in one case.)
  for (const x of ['per patient/4 hrs, 1 per patient/2h', 'PER PATIENT/4 HRS, 1 PER PATIENT/2H']) assert.deepEqual(of('OTHER_ID', x), [], x);
  assert.deepEqual(of('AGE_OVER_89', 'the chart says 92% on room air'), []);
});

test('a spoken phone with "double", and a column of phones with a placeholder cell', () => {
  const t = 'the nurse will phone her on oh seven seven oh oh nine double oh two one four to arrange bloods';
  for (const x of [t, t.toUpperCase()]) assert.deepEqual(of('PHONE', x), [x.slice(28, 76) + '@28']);
  assert.deepEqual(of('PHONE', 'she will phone on a double shift, one two three times a week'), []);
  const rows = ['Nom | Prenom | Lien | Tel | Dernier contact', 'NDIAYE | Fatou | epouse | 77 555 01 42 | 08/07/2025',
    'DIOP | Cheikh | collegue | 78 555 02 18 | 06/07/2025', 'MBAYE | Mame | belle-mere | - | 08/07/2025',
    'GUEYE | Ousmane | ami | 77 555 06 27 | 04/07/2025'].join('\n');
  assert.deepEqual(of('PHONE', rows).map((x) => x.split('@')[0]), ['77 555 01 42', '78 555 02 18', '77 555 06 27']);
  // (A column of doses or scores with a placeholder stays.)
  const doses = ['Drug | Dose | Route', 'Paracetamol | 1 g | PO', 'Enoxaparin | - | SC', 'Insulin | 10 12 14 | SC', 'Heparin | 5000 | SC'].join('\n');
  assert.deepEqual(of('PHONE', doses), []);
});
