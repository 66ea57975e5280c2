// Stop 32: names found in part. A name the rules found whole at a lower priority than a part of it keeps the gap between
// two parts kept ("Ortiz de la Fuente"); two names kept with only particles between them on one line are one name
// ("MARIA DE" + "LOS" + "ANGELES ORTIZ DE" ...); the capitalized words of every name kept, whatever rule found it, are
// names where else they stand ("Barty attended ..."). Firms, role words and clinical words stay out. Every text is
// synthetic.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

/** A span of `type` at exactly [at, at + value.length) in `text`. */
function exactAt(text: string, at: number, value: string, type: string): void {
  assert.equal(text.slice(at, at + value.length), value);
  const spans = detect(text);
  assert.ok(
    spans.some((s) => s.start === at && s.end === at + value.length && s.type === type),
    `no ${type} at ${at}-${at + value.length} (${value}) in ${JSON.stringify(text)}: ${JSON.stringify(spans.map((s) => [s.start, s.end, s.type, text.slice(s.start, s.end)]))}`,
  );
}
/** No span touches [at, at + value.length) in `text`. */
function clearAt(text: string, at: number, value: string): void {
  assert.equal(text.slice(at, at + value.length), value);
  const hit = detect(text).find((s) => s.start < at + value.length && s.end > at);
  assert.ok(!hit, `${value} flagged as ${hit?.type} ${JSON.stringify(hit && text.slice(hit.start, hit.end))} in ${JSON.stringify(text)}`);
}

test('a name found whole keeps the particles between two parts kept', () => {
  const t = 'Name: Maria de los Angeles Ortiz de la Fuente\nDOB: 14-Feb-1962';
  exactAt(t, 6, 'Maria de los Angeles Ortiz de la Fuente', 'NAME');
  const u = 'PATIENT: D. JOSE LUIS FERNANDEZ DE CORDOBA Y RUIZ   DNI 50884217-K';
  exactAt(u, 9, 'D. JOSE LUIS FERNANDEZ DE CORDOBA Y RUIZ', 'NAME');
});

test('names kept with only particles between them are one name, in capitals too', () => {
  const t = 'NAME: MARIA DE LOS ANGELES ORTIZ DE LA FUENTE\nDOB: 14-FEB-1962';
  exactAt(t, 6, 'MARIA DE LOS ANGELES ORTIZ DE LA FUENTE', 'NAME');
  // Not over a word that is no particle ("and").
  const l = 'Seen by Maria Ortiz and Jose Ruiz.\nde la Fuente family informed.';
  clearAt(l, 20, 'and');
});

test('the words of a name found late are names where else they stand', () => {
  const t = 'Barty attended with his wife Funmi. Barty still works shifts at the plant.\nPatient Bartholomew Okwuosa, DOB 02/06/1961.';
  exactAt(t, 0, 'Barty', 'NAME');
  exactAt(t, 36, 'Barty', 'NAME');
});

test('repeats leave firms, e-mail addresses and role words alone', () => {
  const t = 'Next of kin: Morwenna Tregenza (daughter), 07700 900123.\nForms to Tregenza & Hocking LLP, Fore Street.';
  exactAt(t, 13, 'Morwenna Tregenza', 'NAME');
  clearAt(t, 66, 'Tregenza');
  const e = 'Interpreter: Sayed Jawad Hashimi, NRPSI 17044. Mail jawad.hashimi@example.org for bookings.';
  exactAt(e, 13, 'Sayed Jawad Hashimi', 'NAME');
  assert.ok(detect(e).some((s) => s.type === 'EMAIL' && e.slice(s.start, s.end) === 'jawad.hashimi@example.org'));
  // In a text in one case the repeats are left to the one-case rules: "hope" stays a word.
  const l = 'daughter hope okafor visited. no hope of discharge this week per team.';
  clearAt(l, 33, 'hope');
});

test('a surname no lexicon knows right after a name kept joins it; not a firm or a label', () => {
  const t = 'Deputy: Ciaran Mac Giolla Phadraig, 3 Wellington Terrace, Clifton.';
  exactAt(t, 8, 'Ciaran Mac Giolla Phadraig', 'NAME');
  const h = 'Re: Lithemba Mbeki-Ntsele (3 yrs), folder no. ZH 0552 7.';
  exactAt(h, 4, 'Lithemba Mbeki-Ntsele', 'NAME');
  const f = 'Solicitors: Okafor Whitlock LLP, instructing Ms Adaeze Okafor.';
  clearAt(f, 19, 'Whitlock');
});

test('a credential in capitals between two names is no particle', () => {
  const t = 'Providers: Mark Johnson DO Sarah Williams MD';
  clearAt(t, 24, 'DO');
  exactAt(t, 11, 'Mark Johnson', 'NAME');
  exactAt(t, 27, 'Sarah Williams', 'NAME');
});
