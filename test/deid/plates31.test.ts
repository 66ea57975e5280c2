// Stop 31: plates and vehicle codes in texts typed in lower case. The plate rules read capitals ("van LD68 KFP"); in a
// text without capitals `vehicleCodes24` reads the view in capitals (Detector.upperView, same offsets) and `ukPlates20`
// reads a plate's halves in capitals where a vehicle's word occurs and the second half is no word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const vehicles = (s: string): string[] => detect(s).filter((x) => x.type === 'VEHICLE').map((x) => s.slice(x.start, x.end));
const filler = 'pt seen at home today, family at bedside, plan reviewed with the team. ';

test('plates after a vehicle word in lower case', () => {
  assert.deepEqual(vehicles(`${filler}her partner's van reg is ld68 kfp if the warden asks.`), ['ld68 kfp']);
  assert.deepEqual(vehicles(`${filler}vehicle seen: silver vauxhall corsa ma19 xkd.`), ['ma19 xkd']);
  assert.deepEqual(vehicles(`${filler}he must not drive his volvo (abc 12x) for one month.`), ['abc 12x']);
  assert.deepEqual(vehicles(`${filler}ambulance kl-11-av-4471 took her to the medical college.`), ['kl-11-av-4471']);
  assert.deepEqual(vehicles(`${filler}retrieved by fixed wing vh-nao to the base hospital.`), ['vh-nao']);
  // The same text in capitals gives the same spans (the rule reads the lower-case text as it reads this one).
  const up = `${filler}her partner's van reg is ld68 kfp if the warden asks.`.toUpperCase();
  assert.deepEqual(vehicles(up), ['LD68 KFP']);
});

test('offsets in a lower-case text with a letter whose capital is longer stay those of the text', () => {
  const s = `${filler}straße 4, the van (sv21 hrt) is parked outside.`;
  const at = s.indexOf('sv21 hrt');
  assert.deepEqual(detect(s).filter((x) => x.type === 'VEHICLE').map((x) => [x.start, x.end]), [[at, at + 8]]);
});

test('look-alikes in lower case stay unflagged', () => {
  for (const s of [
    `${filler}car seat fitted for the baby, bp 120/80.`,
    `${filler}our ambulance eta 10 mins, van 24 at the door.`,
    `${filler}exercise bike 100w for 20 min, no chest pain.`,
    `${filler}spo2 94 on ra, hr72 reg, bus pass renewed.`,
    `${filler}sa02 low this am, he was on the bus with his sister.`,
    `${filler}car accident 2 days ago, ab12 was the bay.`,
  ]) {
    assert.deepEqual(vehicles(s), [], s);
  }
});

test("a plate in lower case right after a vehicle's word (stop 20 left it unflagged)", () => {
  assert.deepEqual(vehicles('his van is ld68 kfp apparently'), ['ld68 kfp']);
});
