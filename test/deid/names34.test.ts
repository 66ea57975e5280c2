// Stop 34 (name34): names as written in CSV exports and fixed-width prints (name-columns.ts, the late pass), a subject's
// dotted initials in brackets after its number (initial-names.ts, bracketInitials34), a chat's speakers by their repeated
// labels and a date before a chat handle's time (message-senders.ts, chatLabels34; vocabulary.ts, CHAT_HANDLE); and the
// look-alikes that must stay unflagged. Every example is synthetic (invented names, numbers and places).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

/** The NAME spans of a text, as [start, end, text]. */
const names = (t: string): [number, number, string][] => detect(t).filter((s) => s.type === 'NAME').map((s) => [s.start, s.end, t.slice(s.start, s.end)]);
/** A NAME span covers the value's every letter (its first occurrence, or the n-th). */
const covered = (t: string, v: string, n = 0): void => {
  let at = -1;
  for (let k = 0; k <= n; k++) at = t.indexOf(v, at + 1);
  assert.ok(at >= 0, `test bug: ${v} not in text`);
  const ns = names(t);
  for (let q = at; q < at + v.length; q++) {
    if (!/\p{L}/u.test(t[q] as string)) continue;
    assert.ok(ns.some(([s, e]) => s <= q && e > q), `"${v}" at ${at} should be a name: ${JSON.stringify(ns)}`);
  }
};
/** No NAME span touches the value. */
const noName = (t: string, v: string): void => {
  const at = t.indexOf(v);
  assert.ok(at >= 0, `test bug: ${v} not in text`);
  const hit = names(t).find(([s, e]) => s < at + v.length && e > at);
  assert.ok(!hit, `"${v}" should be no name: ${JSON.stringify(names(t))}`);
};
const cases = (s: string): string[] => [s, s.toUpperCase(), s.toLowerCase()];

test('a column of names in CSV lines: the cells the other rules miss', () => {
  const csv = [
    '2026-03-02,tamsin okoro-vance,61,f,ridgeway,555-0101,copd exac,home',
    '2026-03-02,desmond achterlee,77,m,holloway,555-0102,syncope,admit',
    '2026-03-03,marguerite feeney,58,f,castlebar,555-0103,cellulitis,home',
    '2026-03-03,summer halloran,22,f,dunmore,555-0104,etoh,home w friend',
    '2026-03-04,ignatius mbeki-royce,49,m,kilrush,555-0105,lac repair,home',
  ].join('\n');
  // In lower case: a name no other rule finds, in a column of names.
  covered(csv, 'desmond achterlee');
  // Not the other columns: the diagnosis, the disposition, the sex.
  for (const v of ['copd exac', 'syncope', 'home w friend', ',f,']) noName(csv, v);
  // A placeholder of everyday words and "self" in a column of names stay unflagged.
  const pick = [
    '11/02/26,Okafor-Lindqvist, Petra,RX 5512001,self,TN DL 551200',
    '11/02/26,Brannigan, Oisin,RX 5512002,Fenwick Dalby,TN DL 551201',
    '11/03/26,Tuiavii, Malakai,RX 5512003,Rosalind Yeboah,TN DL 551202',
    '11/03/26,Hollenbeck, Ivo,RX 5512004,Unknown Woman,TN DL 551203',
  ].join('\n');
  for (const t of cases(pick)) {
    noName(t, t === pick ? 'self' : t === pick.toUpperCase() ? 'SELF' : 'self');
    noName(t, t === pick ? 'Unknown Woman' : t === pick.toUpperCase() ? 'UNKNOWN WOMAN' : 'unknown woman');
  }
});

test('a column of names in a fixed-width print', () => {
  const print = [
    'TIME   MRN        PATIENT                  DOB        RESULT',
    '0705   55102201   OKONKWO-BRAY, ADA        03/11/1950  VIEW',
    '0712   55102202   TREMBLAY, JOSEPHINE      07/21/1944  VIEW',
    '0720   55102203   BISHOP, WILL             12/02/1961  PRINT',
    '0731   55102204   HALVERSEN, LIV           01/09/1939  VIEW',
  ].join('\n');
  covered(print, 'BISHOP, WILL');
  // (In lower case the other rules find too few of the column's names for it to count: the print is read as it was.)
  for (const t of [print, print.toLowerCase()]) {
    noName(t, t === print ? 'PRINT' : 'print');
    noName(t, t === print ? 'RESULT' : 'result');
  }
  // A column of towns with no word a lexicon knows as a name's stays unflagged, beside a column of names.
  const visits = [
    '0815  Adaeze Morrow          ring road      oredu',
    '0830  Tobenna Lightfoot      ward 4         ekiadolor',
    '0845  Osaro Whitcombe        main street    ugbowo',
    '0900  Efosa Fairweather      ring road      oredu',
  ].join('\n');
  noName(visits, 'ekiadolor');
});

test("a subject's dotted initials in brackets after its number", () => {
  const t = 'Deviations log\n1 | 044-0112 (K.A.P.) | visit 4 out of window\n2 | 044-0117 (F.R.) | ECG repeated\nSubject 3310-008 (M.W.-L.), 15 F, enrolled.';
  for (const x of cases(t)) {
    const up = x === x.toUpperCase();
    const low = x === x.toLowerCase() && x !== t;
    for (const v of ['K.A.P.', 'F.R.', 'M.W.-L.']) {
      const w = low ? v.toLowerCase() : v;
      // (In lower case only where the text is typed in lower case: here it is.)
      if (low && v === 'M.W.-L.') continue;
      const at = x.indexOf(w);
      assert.ok(names(x).some(([s, e]) => s === at && e === at + w.length), `${w} in ${up ? 'UPPER' : 'text'}: ${JSON.stringify(names(x))}`);
    }
  }
  // Not a degree after a name, nor a country's abbreviation after a word or a small number.
  noName('Seen by Dr Farrow (M.D.) in clinic; imported from 2 (U.S.) sites.', 'M.D.');
  noName('Seen by Dr Farrow (M.D.) in clinic; imported from 2 (U.S.) sites.', 'U.S.');
  noName('Dose 500 mg (p.o.) twice daily, 1200 (P.O.) stat.', 'P.O.');
});

test("a chat's speakers by their repeated labels; a date before a chat handle's time", () => {
  const chat = 'seohyun: appa is at Hallym ER again, BP 188\nminjae oppa: which ward?\nseohyun: east wing 9F, dr kang says maybe stroke\ngrandma Lee: coming from Bundang\nseohyun: visitor pass only 1';
  covered(chat, 'seohyun', 0);
  covered(chat, 'seohyun', 1);
  covered(chat, 'seohyun', 2);
  // Labels of sections, roles and relatives repeated in a note stay unflagged.
  const note = 'Neuro: alert, oriented.\nResp: clear.\nPlan: continue.\nNeuro: unchanged at 0400.\nResp: sats fine on RA.\nPlan: review am.';
  for (const v of ['Neuro', 'Resp', 'Plan']) noName(note, v);
  const interview = 'clinician: hi buddy, how are you?\nmother: he coughs at night.\nclinician: any wheeze?\nmother: yes, sometimes.\nclinician: okay, step up the inhaler.';
  for (const v of ['clinician', 'mother']) noName(interview, v);
  // Headings typed in lower case in a note of mixed case, repeated, with no person's label among them.
  const soap = 'Night note, bed 4.\nvitals: stable overnight\ncardio: regular rhythm\ndispo: awaiting transport\nvitals: BP 128/74 at 0600\ncardio: no murmur\ndispo: home with Daughter today';
  for (const v of ['vitals', 'cardio', 'dispo']) noName(soap, v);
  // A given name as a repeated label is left to the other rules (a heading as often: "Mark:", "Will:").
  const log = 'Will: signed by two witnesses.\nMark: left thumb print.\nWill: copy to solicitor.\nMark: scanned to file.';
  noName(log, 'Will');
  const yaml = 'prescription:\n  issued: 2026-11-25\n  prescriber:\n    jmenovka: MUDr. Alena Kostkova\n  patient:\n    jmenovka: Radek Pospisil\n  phone: "+420 555 447 001"';
  noName(yaml, 'jmenovka');
  // A chat handle after a bracketed date and time.
  const dated = '[12/03 20:41] halvard-tore: which ward? i can drive tonight\n[12/03 20:44] nurse desk: ward 7, bed 2\n[13/03 07:10] halvard-tore: thanks, on my way';
  covered(dated, 'halvard-tore', 0);
  covered(dated, 'halvard-tore', 1);
});
