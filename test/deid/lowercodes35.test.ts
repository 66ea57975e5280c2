// Stop 35: plates and clinicians' registrations in a text typed in lower case. The rules that read a plate after a
// vehicle's word by its shape (platesAfterCue), a plate after a state's code (statePlates), a Brazilian council's number
// (councils28) and a registration after an unlisted council's acronym (clinicianRegisters34) read capitals; a text typed
// in lower case is read through its view in capitals, as vehicleCodes24 and the label rules already were, with the
// letters of the value held to no word (Detector.lowerCodeLetters / lowerCodeValue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const of = (type: string) => (text: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const plates = of('VEHICLE');
const licences = of('LICENSE');

// Each text is long enough, and lower case throughout, to be read as a text typed in lower case.
const lower = (line: string): string => `${line}\nseen in clinic today, observations stable, plan discussed with the family.`;

test('a plate after a vehicle word, in a text typed in lower case', () => {
  assert.deepEqual(plates(lower('he drives a white hilux lkm482 to the depot.')), ['lkm482']);
  assert.deepEqual(plates(lower('transport: zambulance (motorbike) alb 3318.')), ['alb 3318']);
  assert.deepEqual(plates(lower('driver: land cruiser baf 2417, guest house on lusaka road.')), ['baf 2417']);
  assert.deepEqual(plates(lower('plate of motorcycle per samu report fqr-2h41.')), ['fqr-2h41']);
  // As written the same plates were read already.
  assert.deepEqual(plates('He drives a white Hilux LKM482 to the depot.'), ['LKM482']);
});

test("a plate after a state's code, in a text typed in lower case", () => {
  assert.deepEqual(plates(lower('black dodge charger ga tag rkl 4417 in the ambulance lane.')), ['rkl 4417']);
  assert.deepEqual(plates(lower('mileage: personal car ma 7gt 381, 46 mi each way.')), ['7gt 381']);
  assert.deepEqual(plates(lower('daughter following in private veh, tag al 2b41k7.')), ['2b41k7']);
});

test('no plate from words, dates, times or the middle of a longer plate in lower case', () => {
  // A state's code that is a function word before a month and a year ("in june 2019" after "van", a name's part).
  assert.deepEqual(plates(lower('van phuc died at liverpool hospital in june 2019. granddaughter visits.')), []);
  // A word after the plate's groups is no group of it.
  assert.ok(!plates(lower('14:15 van pa zkt-4419 to temple episodic.')).some((p) => p.endsWith(' to')));
  // A Scandinavian clock time after "kl".
  assert.deepEqual(plates(lower('ambulance journal 24.11.2026 kl 1405, pasient hentet.')), []);
  // A plate's first group before a shape read alone: the whole plate, not its end.
  assert.deepEqual(plates(lower('ambulance ts 09 ub 4417 (108 service), emt on board.')), ['ts 09 ub 4417']);
  assert.deepEqual(plates(lower('pickup truck 2 kor 5581 phayao, village volunteer.')), ['2 kor 5581']);
  // Vitals and counts beside a vehicle word stay unread.
  assert.deepEqual(plates(lower('the car was parked, bp 120/80, hr 88 on arrival.')), []);
  assert.deepEqual(plates(lower('took the bus 12 to clinic, van 3 bay 4.')), []);
});

test("a clinician's registration in a text typed in lower case", () => {
  assert.deepEqual(licences(lower('dra. luiza albuquerque mendes crm-sp 155021')), ['155021']);
  assert.deepEqual(licences(lower('attending: dr. anil varghese kurian md dm (tcmc reg 45127)')), ['45127']);
  assert.deepEqual(licences(lower('dr siti aziza binti othman, pegawai perubatan, mmc no. 55821')), ['55821']);
  // A word for the acronym, or a clinic's record number after "no.", is no registration.
  assert.deepEqual(licences(lower('dr. anil kurian, the reg 45127 was updated')), []);
  assert.deepEqual(licences(lower('dr. anil kurian saw her; opd no. 45127 on the card.')), []);
});

test("a video's file name with its extension in capitals (a text in capitals)", () => {
  const photos = of('PHOTO');
  assert.deepEqual(photos('VIDEO CLIP OF COLLISION: RCR_VS_LAN_0823_KB_HIT.MP4. AGENT ON SCENE.'), ['RCR_VS_LAN_0823_KB_HIT.MP4']);
  assert.deepEqual(photos('BODY-WORN VIDEO BWV_4411_080226_0131.MP4 WAS RUNNING.'), ['BWV_4411_080226_0131.MP4']);
  assert.deepEqual(photos('see clip.Mp4 now'), ['clip.Mp4']);
  // A device's model with digits is no file: "MP4" alone, "M4V" alone.
  assert.deepEqual(photos('FORMAT MP4 OR M4V ONLY.'), []);
});

test("a clinician's registration after a credential with its specialty in brackets", () => {
  assert.deepEqual(licences('Dr Meenakshi Sundaresan, DM (Hepatology), KMC 71288'), ['71288']);
  assert.deepEqual(licences('Dr Abdul Wahab Siddiqui, MS, MCh (HPB Surgery), KMC 65530'), ['65530']);
  // Not a reading after a credential in brackets.
  assert.deepEqual(licences('Jane Roe, RN (ICU), BP 14120 noted'), []);
});
