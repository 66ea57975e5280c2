// Stop 18, caps18 (docs/deid-history.md, "Stop 18: precision in texts of one case"): false spans in texts all in
// capitals or all in lower case, where the rules written for mixed case ran away. Every sentence is invented (the battery
// in one-case-battery.ts and the examples below), none copied from a set.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';
import { has, notFlagged } from '../support/deid.js';
import { ONE_CASE_18, ONE_CASE_PAD, parseBattery } from './one-case-battery.js';

const lower = (s: string): string => (s + ONE_CASE_PAD).toLowerCase();
const caps = (s: string): string => (s + ONE_CASE_PAD).toUpperCase();

test('the battery in both cases: look-alikes unflagged, names and places found', () => {
  let marks = 0;
  let found = 0;
  let keeps = 0;
  let flagged = 0;
  const hits: string[] = [];
  for (const src of ONE_CASE_18) {
    for (const render of [caps, lower]) {
      const { text: plain, marks: ms } = parseBattery(src);
      const text = render(plain);
      const spans = detect(text);
      for (const [s, e, t] of ms) {
        if (t === 'KEEP') {
          keeps++;
          if (spans.some((p) => p.start < e && p.end > s)) {
            flagged++;
            hits.push(text.slice(s, e));
          }
          continue;
        }
        marks++;
        let ok = true;
        for (let x = s; x < e; x++) if (/[\p{L}\p{N}]/u.test(text[x] as string) && !spans.some((p) => p.start <= x && x < p.end)) ok = false;
        if (ok) found++;
      }
    }
  }
  // At the end of caps18: 9 of 230 look-alikes flagged (23 at the start), 70 of 82 names and places found (as at the start).
  assert.ok(flagged <= 9, `${flagged} of ${keeps} look-alikes flagged: ${hits.join(', ')}`);
  assert.ok(found >= 70, `${found} of ${marks} names and places found`);
});

test('in one case, the value after "lives at" ends with the street, not with the sentence', () => {
  for (const t of [caps('patient lives at 12 elm ct. pt resting comfortably, vss, afebrile.'), lower('patient lives at 12 elm ct. pt resting comfortably, vss, afebrile.')]) {
    notFlagged(t, t.includes('PT RESTING') ? 'PT RESTING' : 'pt resting');
    notFlagged(t, t.includes('VSS') ? 'VSS' : 'vss');
    notFlagged(t, t.includes('AFEBRILE') ? 'AFEBRILE' : 'afebrile');
  }
  has(caps('lives at 31 quarry court with his wife and son.'), 'LOCATION', '31 QUARRY COURT');
  notFlagged(caps('lives at 31 quarry court with his wife and son.'), 'WIFE');
  has(lower('address: 9 bellhaven ln apt 6, ridgely, md 21660.'), 'LOCATION', '9 bellhaven ln apt 6');
  notFlagged(lower('lives at 5 tamsin way. family at bedside, questions answered.'), 'family');
});

test('in one case, a service, a drug or a single letter before clinic or hospice names no facility', () => {
  notFlagged(caps('back to the methadone clinic on monday.'), 'METHADONE');
  notFlagged(lower('back to the methadone clinic on monday.'), 'methadone');
  notFlagged(lower('appt at coumadin clinic friday.'), 'coumadin');
  notFlagged(caps('pt met c hospice agency today.'), 'HOSPICE');
  has(caps('transferred from greenspring valley hospital.'), 'LOCATION', 'GREENSPRING VALLEY HOSPITAL');
  has(lower('follows at kernwood family clinic.'), 'LOCATION', 'kernwood family clinic');
});

test('in lower case, a lone listed word after and, for or from is no name; a name stays one', () => {
  notFlagged(lower('pt is afebrile and ota right groin soft.'), 'ota');
  notFlagged(lower('given calcium for ica 1.02 this am.'), 'ica');
  notFlagged(lower('graft from lima to lad, svg to om.'), 'lima');
  has(lower('daughters sarah and margie in to visit.'), 'NAME', 'margie');
  has(lower('note dictated for evangelina marsh by the resident.'), 'NAME', 'evangelina');
});

test('in lower case, a street with a short suffix needs a listed name word, a unit, a cue or a ZIP code', () => {
  notFlagged(lower('2 mediastinal cts draining, 1 pleural ct to 20 cm sxn.'), 'pleural');
  notFlagged(lower('had 2 head ct scans, both negative.'), 'head');
  has(lower('home visit at 44 lincoln ave this afternoon.'), 'LOCATION', '44 lincoln ave');
  has(lower('moved to 34 linden st last month.'), 'LOCATION', '34 linden st');
});
