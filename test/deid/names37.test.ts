// Stop 37: person names in texts written in one case. A name found in part grown over a name's word beside it ("probation
// officer, hinemoa" -> "hinemoa tapsell"); two name words side by side where a name opens and ends ("the interpreter,
// svetlana kuzmenko, attended"). And the look-alikes left alone: a verb after a given name ("driver dave waits"), a
// street named after a person ("calle mateo inurria"), a letter's greeting ("cher confrere,"), a maiden name's "nee", a
// hyphenated word with a letter alone ("e-mail"), a label's words before a colon. All texts synthetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const names = (text: string): string[] => detect(text).filter((s) => s.type === 'NAME').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
const at = (text: string, part: string): string => `${text.indexOf(part)}:${part}`;
/** Whether a NAME span covers any letter of `part` (its first occurrence). */
const touched = (text: string, part: string): boolean => {
  const s0 = text.indexOf(part);
  assert.ok(s0 >= 0, part);
  return detect(text).some((s) => s.type === 'NAME' && s.start < s0 + part.length && s.end > s0);
};

test('one case: a name found in part grown over the next word', () => {
  const text = 'ward round 12 march.\nthe case was discussed with the probation officer, hinemoa tapsell, who will visit.';
  assert.ok(names(text).includes(at(text, 'hinemoa tapsell')), names(text).join());
  const up = text.toUpperCase();
  assert.ok(names(up).includes(at(up, 'HINEMOA TAPSELL')), names(up).join());
});

test('one case: a name found in part grown over the word before it', () => {
  const text = 'family meeting. present: daughter mahbooba rahimi and the ward nurse.\nsocial worker anahit sarkisyan will call.';
  assert.ok(names(text).includes(at(text, 'anahit sarkisyan')), names(text).join());
  assert.ok(names(text).includes(at(text, 'mahbooba rahimi')), names(text).join());
  const up = text.toUpperCase();
  assert.ok(names(up).includes(at(up, 'ANAHIT SARKISYAN')), names(up).join());
});

test('one case: two name words side by side where a name opens and ends', () => {
  const text = 'the interpreter, svetlana kuzmenko, attended.';
  assert.deepEqual(names(text), [at(text, 'svetlana kuzmenko')]);
  const up = text.toUpperCase();
  assert.ok(names(up).includes(at(up, 'SVETLANA KUZMENKO')), names(up).join());
});

test('one case: the look-alikes beside a name stay outside it', () => {
  const dave = 'transport: taxi co, driver dave waits in car park.';
  for (const t of [dave, dave.toUpperCase()]) assert.ok(!touched(t, t === dave ? 'waits' : 'WAITS'), `${t}: ${names(t)}`);
  const street = 'hospital universitario, calle mateo inurria s/n, 28850 madrid.';
  for (const t of [street, street.toUpperCase()]) assert.ok(!touched(t, t === street ? 'inurria' : 'INURRIA'), `${t}: ${names(t)}`);
  const letter = 'les lilas, le 3 avril 2025\n\ncher confrere,\nje vous adresse mme delpech.';
  for (const t of [letter, letter.toUpperCase()]) assert.ok(!touched(t, t === letter ? 'cher confrere' : 'CHER CONFRERE'), `${t}: ${names(t)}`);
  const nee = 'his sister kirsty mcgarrigle (nee macleod) rang the line at 00:40.';
  assert.ok(!touched(nee, 'nee'), names(nee).join());
  const mail = 'seen with son karthik. son karthik e-mail for reminders only.';
  assert.ok(!touched(mail, 'e-mail'), names(mail).join());
  const label = 'sosyal guvenlik kurumu\nadi soyadi: zeynep karakaya\nt.c. kimlik no on file';
  assert.ok(!touched(label, 'adi soyadi'), names(label).join());
});
