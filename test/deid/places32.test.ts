// Stop 32: places cut short. A house's number after a place that is no street by its words ("Hlubinska 7", "Toyotamakita
// 5-20-4"), Vietnamese wards, districts and hospitals ("Phuong 7, Quan 3", "Benh vien Cho Ray"), wards of a hospital
// named by one or two words ("Lister Ward"), and facility heads after the name in Nordic and Baltic languages
// ("Kalevan koulu", "Viljandi Haigla"); the look-alikes stay clear (a count by place, a time after a site, a person whose
// surname is Ward, a ward's kind, "Benh nhan"). Every text is synthetic; the rules read text of mixed case only.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

/** A span of `type` at exactly the offsets of `value` (first occurrence) in `text`. */
function exact(text: string, value: string, type: string): void {
  const at = text.indexOf(value);
  assert.ok(at >= 0, value);
  const spans = detect(text);
  assert.ok(
    spans.some((s) => s.start === at && s.end === at + value.length && s.type === type),
    `no ${type} at ${at}-${at + value.length} (${value}) in ${JSON.stringify(text)}: ${JSON.stringify(spans.map((s) => [s.start, s.end, s.type, text.slice(s.start, s.end)]))}`,
  );
}

/** No span touches `word` (first occurrence) in `text`. */
function clear(text: string, word: string): void {
  const at = text.indexOf(word);
  assert.ok(at >= 0, word);
  const hit = detect(text).find((s) => s.start < at + word.length && s.end > at);
  assert.ok(!hit, `${word} flagged as ${hit?.type} ${JSON.stringify(hit && text.slice(hit.start, hit.end))} in ${JSON.stringify(text)}`);
}

test('stop 32: a house number after a place that opens an address field', () => {
  exact('Seen with her grandmother Berta Bandyova at Hlubinska 7 (social housing, block 3).', 'Hlubinska 7', 'LOCATION');
  exact('Current residence: Nankodai 6-21-3, Izumi-ku (with her son).', 'Nankodai 6-21-3', 'LOCATION');
  exact('Clinic visit at Nerima Heart Clinic, Toyotamakita 5-20-4,\nNerima-ku. Call ahead.', 'Toyotamakita 5-20-4', 'LOCATION');
  exact('Home: Koscielisko 1412 (wooden house under the hill)', 'Koscielisko 1412', 'LOCATION');
});

test('stop 32: no number taken after a place in a count by place, nor a time after a site', () => {
  clear('Cases: Kisumu 12, Siaya 7, Nairobi 3.', '12');
  clear('Cases: Kisumu 12, Siaya 7, Nairobi 3.', ' 3.');
  clear('Pastor Ezekiel Summers from Greater Hope Missionary Baptist Church 1400-1530.', '1400-1530');
  clear('She moved to Leeds in 2019, and to Hull 2021.', '2021');
});

test('stop 32: Vietnamese wards, districts and hospitals', () => {
  const t = 'Dia chi: 37/12 hem 184, Phuong 14, Quan 3, TP. Ho Chi Minh\nTai kham: Benh vien Cho Ray, Quan 5\nBenh nhan on dinh.';
  exact(t, 'Phuong 14, Quan 3', 'LOCATION');
  exact(t, 'Benh vien Cho Ray', 'LOCATION');
  exact(t, 'Quan 5', 'LOCATION');
  clear(t, 'Benh nhan');
  exact('Next screening round at Benh vien Pham Ngoc Thach.', 'Benh vien Pham Ngoc Thach', 'LOCATION');
  clear('Dr Quan 3 times a week reviewed the chart.', '3 times');
});

test('stop 32: a ward named by one or two words before "Ward"', () => {
  exact('R: Bed 14 on Hillside Ward, tele. Fluids running.', 'Hillside Ward', 'LOCATION');
  exact('Handover: Precious Moyo on Lister Ward; stable overnight.', 'Lister Ward', 'LOCATION');
  exact('DISCHARGE DESTINATION FORM - St. Brendan\'s Ward, University Hospital Galway', "St. Brendan's Ward", 'LOCATION');
  exact('Transfer to Ward Mandela Ward bed 9 at 1100.', 'Mandela Ward', 'LOCATION');
});

test('stop 32: a ward\'s kind and a person whose surname is Ward are no ward names', () => {
  clear('Place: Female Ward\nCause of death recorded.', 'Female Ward');
  clear('Admitted to the Medical Ward, bed 4.', 'Medical Ward');
  const t = 'Dressing checked by RN Holly Ward: wound clean.';
  const at = t.indexOf('Holly Ward');
  assert.ok(!detect(t).some((s) => s.type === 'LOCATION' && s.start < at + 10 && s.end > at), 'Holly Ward read as a place');
  const u = 'She saw Emma Ward today about the rash.';
  const au = u.indexOf('Emma Ward');
  assert.ok(!detect(u).some((s) => s.type === 'LOCATION' && s.start < au + 9 && s.end > au), 'Emma Ward read as a place');
});

test('stop 32: Nordic and Baltic facility heads after a place', () => {
  exact('From: Terhi Makinen (school nurse, Kalevan koulu, Tampere)', 'Kalevan koulu', 'LOCATION');
  exact('Suunatud: Viljandi Haigla kirurgia.', 'Viljandi Haigla', 'LOCATION');
});

test('stop 32: a known place of several words opened by a word that is no name, after a place word', () => {
  exact('Her daughter moved to Los Angeles last spring.', 'Los Angeles', 'LOCATION');
  exact('Donations to the Estonian House in New York.', 'New York', 'LOCATION');
  exact('Se habia ido a su casa en Dos Hermanas anoche.', 'Dos Hermanas', 'LOCATION');
  clear('LOS 4 days, discharged home today.', 'LOS');
  const t = 'GRANDMOTHER OF THE VILLAGE CHIEF, DM WITH FOOT ULCER.';
  const at = t.indexOf('THE VILLAGE');
  assert.ok(!detect(t).some((s) => s.start < at + 11 && s.end > at), 'THE VILLAGE read as a place');
});
