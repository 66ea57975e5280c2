// Stop 31: codes with letters after a label, in texts typed in lower case. The rules read a code's letters in capitals;
// in a lower-case text, letters that are no word (everyday, function or clinical) are read as capitals would be:
// "folder no. kb/26/044172", "mdcn reg. mdcn/r/51876", "dr. anna kowalski, ocp 615447". Words stay out: "rate no.
// ml/hr/2025", "the nmc at 12345", and vitals without a label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const filler = 'pt seen at home today, family at bedside, plan reviewed with the team. ';
/** The spans of a type as [text, offset after the filler]. */
const spans = (s: string, type: string): [string, number][] =>
  detect(filler + s).filter((x) => x.type === type).map((x) => [(filler + s).slice(x.start, x.end), x.start - filler.length]);

test('a record number with letters and slashes after its label, in lower case and in capitals', () => {
  for (const up of [false, true]) {
    const f = (x: string): string => (up ? x.toUpperCase() : x);
    const c = f;
    assert.deepEqual(spans(f('folder no. kb/26/044172, died on the ward'), 'MRN'), [[c('kb/26/044172'), 11]]);
    assert.deepEqual(spans(f('discharge summary   ip no kag/ip/25/03318\nname: masika florence'), 'MRN'), [[c('kag/ip/25/03318'), 26]]);
  }
  // As written.
  assert.deepEqual(spans('Folder no. KB/26/044172, died on the ward', 'MRN'), [['KB/26/044172', 11]]);
});

test('a council register number in lower case', () => {
  assert.deepEqual(spans('dr. temitope folorunsho-alade (mdcn reg. mdcn/r/51876)', 'LICENSE'), [['mdcn/r/51876', 41]]);
  assert.deepEqual(spans('DR. TEMITOPE FOLORUNSHO-ALADE (MDCN REG. MDCN/R/51876)', 'LICENSE'), [['MDCN/R/51876', 41]]);
});

test("a register's acronym and number after a clinician's name in lower case", () => {
  assert.deepEqual(spans('seen by dr. anna kowalski, ocp 615447.', 'LICENSE'), [['615447', 31]]);
  assert.deepEqual(spans('anna kowalski, phd, ocp 615447.', 'LICENSE'), [['615447', 24]]);
  assert.deepEqual(spans('Seen by Dr. Anna Kowalski, OCP 615447.', 'LICENSE'), [['615447', 31]]);
});

test('words, units and vitals in lower case are no code', () => {
  const none = (s: string) => detect(filler + s).filter((x) => ['MRN', 'OTHER_ID', 'LICENSE', 'HEALTH_PLAN'].includes(x.type));
  assert.deepEqual(none('bp 120/80 hr72 o2 4l ns 75/h, rate no. ml/hr/2025 set'), []);
  assert.deepEqual(none('dose no. mg/kg/1000 given'), []);
  assert.deepEqual(none('the nmc at 12345 said'), []);
  assert.deepEqual(none('case no. and/or 20456 pending'), []);
});

test('an identifier after its label word, read in capitals in a lower-case text when its letters are no word', () => {
  assert.deepEqual(spans('somali interpreter ayaan nur (id int-3391). imam', 'OTHER_ID'), [['int-3391', 33]]);
  assert.deepEqual(spans('share code dxc-77q4-p2. mom', 'OTHER_ID'), [['dxc-77q4-p2', 11]]);
  assert.deepEqual(spans('SHARE CODE DXC-77Q4-P2. MOM', 'OTHER_ID'), [['DXC-77Q4-P2', 11]]);
  // A word or a dose's frequency is no code's letters.
  assert.deepEqual(spans('interpreter, id bid-4471 given', 'OTHER_ID'), []);
  assert.deepEqual(spans('ticket for2025 sold', 'OTHER_ID'), []);
});

test("in lower case a register after a name does not retype a record's or a health card's number", () => {
  assert.deepEqual(spans('hemi te rangi paewai, nhi zab4521, lives at home', 'LICENSE'), []);
  assert.deepEqual(spans('josefa maria de los reyes camacho, nhc 1447829, 96 anos', 'LICENSE'), []);
  assert.deepEqual(spans('lekarz: tomasz grabowiecki, pwz 3881204', 'LICENSE'), [['3881204', 32]]);
});

test("a record's number after its word, in lower case: groups with letters that are no word", () => {
  assert.deepEqual(spans('r. (initials per court order)   petition no. 26 jd 01447   judge', 'OTHER_ID'), [['26 jd 01447', 45]]);
  assert.deepEqual(spans('ni number qq 12 34 56 c.\naddress', 'OTHER_ID'), [['qq 12 34 56 c', 10]]);
  assert.deepEqual(spans('my a-number a-000-214-558.', 'OTHER_ID'), [['a-000-214-558', 12]]);
  // A dose or a word after the number is no group of the code.
  assert.deepEqual(spans('case no. 500 mg given', 'OTHER_ID'), []);
  assert.deepEqual(spans('case no. 123 for review', 'OTHER_ID'), []);
});

test("a register's acronym and number in brackets after a name, in lower case; a number typed already keeps its type", () => {
  assert.deepEqual(spans('dr lim wei sheng (mmc 58812), for dr', 'LICENSE'), [['58812', 22]]);
  assert.deepEqual(spans('DR LIM WEI SHENG (MMC 58812), FOR DR', 'LICENSE'), [['58812', 22]]);
  assert.deepEqual(spans('dr lim wei sheng (bp 14120), for dr', 'LICENSE'), []);
  assert.deepEqual(spans('owner panagiotis stathopoulos, amka 01017555123, +30 210 555 4402.', 'LICENSE'), []);
});
