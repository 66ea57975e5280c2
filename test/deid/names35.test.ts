// Stop 35: person names in texts written in one case, and names as written after a few cues. In a text all in lower case
// or all in capitals: the other mentions of a name kept, a name joined by "and" to a name found, a name after an in-law.
// As written: children listed with their ages in brackets, a chat's speaker after a role ("agent joy:"), a surname that is
// a word after a nurse's abbreviation ("RN Bishop,"), a given name set off by commas after a care worker's noun ("the nurse
// in charge, Precious."). All texts synthetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const names = (text: string): string[] => detect(text).filter((s) => s.type === 'NAME').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
/** Whether a NAME span covers every letter of `part` (its first occurrence at or after `from`). */
const covered = (text: string, part: string, from = 0): boolean => {
  const at = text.indexOf(part, from);
  assert.ok(at >= 0, part);
  const spans = detect(text).filter((s) => s.type === 'NAME');
  for (let q = at; q < at + part.length; q++) if (/\p{L}/u.test(text[q] as string) && !spans.some((s) => s.start <= q && s.end > q)) return false;
  return true;
};
const nameAt = (text: string, part: string, from = 0): string => `${text.indexOf(part, from)}:${part}`;
const oneCase = (text: string): string[] => [text.toUpperCase(), text.toLowerCase()];

test('one case: the other mentions of a name kept', () => {
  const chat = 'Tele note.\nPatient: Venkatalakshmi Raghunathan, 71, diabetic foot.\n[25-11-2026 10:42] Venkatalakshmi Raghunathan: sweets only at the festival\n[25-11-2026 10:57] Venkatalakshmi Raghunathan: ok thank you';
  for (const text of oneCase(chat)) {
    const second = text.indexOf('] ') + 2;
    assert.ok(covered(text, text.slice(second, second + 26), second), text);
    const third = text.lastIndexOf('] ') + 2;
    assert.ok(covered(text, text.slice(third, third + 26), third), text);
  }
  const pickup = 'transport log, tuesday.\n06:10 pickup: patient hollis redcloud, 67, at 1140 pine ridge dr.\n11:30 return trip, redcloud dropped at home. odometer checked.';
  for (const text of oneCase(pickup)) assert.ok(covered(text, text.slice(text.lastIndexOf(', ') + 2, text.lastIndexOf(', ') + 10)), text);
});

test('one case: a clinical or a place word found as a name is not repeated', () => {
  // A clinical adjective in the span keeps its words from being repeated ("obstetric theatre" read as a name).
  const theatre = 'sr wilma fortuin (c-section theatre). stock kept in theatre pharmacy only. theatre 4 serviced.';
  for (const text of oneCase(theatre)) {
    const p = text.indexOf('pharmacy') - 'theatre '.length;
    assert.ok(!names(text).includes(`${p}:${text.slice(p, p + 7)}`), text);
  }
  // Nor a repeat before an eponym's head noun.
  for (const eponym of oneCase('patient: francisca das chagas lima, 52, from recife.\nalso chagas disease screen positive.')) {
    const p = eponym.toLowerCase().indexOf('chagas disease');
    assert.ok(!names(eponym).some((x) => x.startsWith(`${p}:`)), eponym);
    assert.ok(covered(eponym, eponym.slice(eponym.indexOf(': ') + 2, eponym.indexOf(', '))));
  }
  // PhysioNet-style shorthand in capitals stays clinical.
  const caps = 'PT RESTING COMFORTABLY. DR KLEIN AWARE. HR 80S SR, NO ECTOPY. CXR DONE. KLEIN TO SEE IN AM. SON DAVID CALLED.';
  assert.deepEqual(names(caps).map((x) => x.split(':')[1]), ['KLEIN', 'KLEIN', 'DAVID']);
});

test('one case: a name joined by "and" to a name found', () => {
  const text = 'funeral notice: she leaves her daughters marjorie vos and annelies brouwer; grandson pastor will brouwer led the service.';
  for (const t of oneCase(text)) {
    const at = t.toLowerCase().indexOf('annelies');
    assert.ok(covered(t, t.slice(at, at + 16)), t);
  }
  const sisters = 'family meeting held. present: wife aroha, sisters mere tane and huia, nephew rawiri ngata.';
  assert.ok(covered(sisters, 'huia'));
  // What follows "and" after a name that is no name stays.
  for (const t of oneCase('dr healey and team aware. son bill and wife in to visit. dr murphy and rn at bedside.')) {
    for (const w of ['team', 'wife', ' rn ']) assert.ok(!covered(t, t.includes(w.toUpperCase()) ? w.toUpperCase() : w), `${t} ${w}`);
  }
});

test('in-laws and step-kin before a name', () => {
  const chat = 'customer: lol ok. my sister-in-law kavya might pick up tomorrow';
  assert.deepEqual(names(chat), [nameAt(chat, 'kavya')]);
  for (const text of oneCase('PT RESTING COMFORTABLY, VSS. NEXT OF KIN: MOTHER-IN-LAW NEKESA WEKESA, MALAVA. PLAN TO CONTINUE IV FLUIDS.')) {
    const at = text.toLowerCase().indexOf('nekesa');
    assert.ok(covered(text, text.slice(at, at + 13)), text);
  }
  // An in-law with no name after it.
  assert.deepEqual(names('his sister-in-law is at bedside, brother-in-law called, will visit'), []);
});

test('children listed with their ages in brackets', () => {
  const row = 'RF-26-121  Merry Anne Cooper         Will (9), Faith (7), Rain (1)  Melton Mowbray';
  for (const n of ['Will', 'Faith', 'Rain']) assert.ok(names(row).includes(nameAt(row, n)), n);
  const kids = 'Ali Farah, and their children Sagal (9), Guled (6) and Ayaan (18 months) live with her.';
  for (const n of ['Sagal', 'Guled', 'Ayaan']) assert.ok(names(kids).includes(nameAt(kids, n)), n);
  // Counts in brackets after words that are no given names.
  assert.deepEqual(names('Supplies: Gloves (4), Masks (10), Gowns (2).'), []);
});

test("a chat's speaker named after a role", () => {
  const chat = '[chat started 2025-10-04 19:02] visitor: hi is anyone there\nagent joy: hi, how can i help?\nvisitor: my mom is here';
  assert.ok(names(chat).includes(nameAt(chat, 'joy')));
  for (const text of [chat.toUpperCase()]) assert.ok(names(text).includes(nameAt(text, 'JOY')));
  const ward = 'Nurse Grace: thanks for waiting\nPatient: ok\nTherapist Kaia Whetu: good session';
  assert.ok(names(ward).includes(nameAt(ward, 'Grace')));
  assert.ok(names(ward).includes(nameAt(ward, 'Kaia Whetu')));
  // A label's word after the role, and an acronym in capitals in a text of mixed case.
  for (const text of ['nurse note: pt resting', 'RN assessment: stable', 'agent update: done', 'Tech Support: reboot', 'Crew: paramedic AHPRA: see list']) {
    assert.deepEqual(names(text), [], text);
  }
});

test("a surname that is a word after a nurse's abbreviation", () => {
  const csv = 'WIRRPANDA, Ruby,77,F,Glenorchy,declined,,RN Bishop,Medicare 2555 03987 1';
  assert.ok(names(csv).includes(nameAt(csv, 'Bishop')));
  const faith = 'Interpreter by phone.\nRN Faith and RT educated: PMV on.';
  assert.ok(names(faith).includes(nameAt(faith, 'Faith')));
  const summers = 'Seen by RN Summers.';
  assert.deepEqual(names(summers), [nameAt(summers, 'Summers')]);
  // A verb, a role's title, a score, a word of the language after it.
  for (const text of ['RN Will see pt later.', 'RN Case Manager called.', 'RN Assessment done.', 'EMT Basic crew on scene.', 'Cervix checked, RN Bishop score 8.']) {
    assert.deepEqual(names(text).filter((x) => !x.endsWith(':Stat')), [], text);
  }
});

test("a given name set off by commas after a care worker's noun", () => {
  const text = 'Wound bled freely, washed. Reported to the nurse in charge, Precious.\nSource consented.';
  assert.deepEqual(names(text), [nameAt(text, 'Precious')]);
  const hope = 'Escalated; the charge nurse, Hope, agreed to page.';
  assert.deepEqual(names(hope), [nameAt(hope, 'Hope')]);
  // A verb after the comma, not a name.
  assert.deepEqual(names('Discussed with the registrar, Will follow up.'), []);
  assert.deepEqual(names('Informed the nurse, Patient stable.'), []);
});

test('one case: a given name that is a word and a surname after a title with its point', () => {
  for (const text of oneCase('Keflex 500 mg QID x 7 days. Prescriber Dr. Bill Park DEA SM7667980.\nWound and dressing clean.')) {
    const at = text.toLowerCase().indexOf('bill park');
    assert.ok(covered(text, text.slice(at, at + 9)), text);
  }
  // A word that follows a title as often as a name stays ("dr. will see").
  for (const text of oneCase('Pt stable overnight. Dr. Will see pt in am. Plan per team.')) {
    const at = text.toLowerCase().indexOf('see pt');
    assert.ok(!covered(text, text.slice(at, at + 3)), text);
  }
});
