// Stop 25: the sender of a message in a thread, named on the line that opens it ("From Summer 12/4: Grandma got her
// shot", "P.S. from Rosemary:", "Follow-up 11/26 from Will:"), when the lexicons know the word as a given name.
// Patient portals and shared inboxes keep threads so, and the sender is a relative or the patient, often by a given
// name that is also an everyday word. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { MONTH_WORDS } from './patterns.js';
import { KIN_WORDS } from './name-patterns.js';
import { TITLES } from './vocabulary.js';
import type { Detector } from './detector.js';

/**
 * A line that opens a message: an optional "P.S." ("Second P.S.") or "Follow-up" and its date, "from", one or two words
 * (group 1), an optional "again", an optional date (a day and a month in figures, or a day and a month's name), then a
 * colon.
 */
const SENDER_LINE_25 = /^[ \t]*(?:(?:(?:second|third|another)[ \t]+)?p\.[ \t]?s\.?,?[ \t]+|follow-?up[ \t]+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+)?)?from[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)(?:[ \t]+again)?(?:,?[ \t]+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}[ \t]+\p{L}{3,9}|\p{L}{3,9}[ \t]+\d{1,2}))?[ \t]*:/gimu;
/** Words of a sender that is no person: a service, a place of care, a team, a kin word, a day. */
const NOT_SENDER_25: ReadonlySet<string> = new Set(('team ward clinic pharmacy office desk reception nurse nurses doctor dr gp ' +
  'staff admin support home school work unit service services lab laboratory radiology billing system portal me us ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow christmas easter').split(' '));

export function messageSenders25(d: Detector): void {
  const v = d.v;
  // (Cheap test first: no "from" at all.)
  if (!/from/i.test(v)) return;
  SENDER_LINE_25.lastIndex = 0;
  for (let m = SENDER_LINE_25.exec(v); m !== null; m = SENDER_LINE_25.exec(v)) {
    const name = m[1] as string;
    const s = m.index + m[0].indexOf(name, m[0].search(/from/i) + 4);
    const e = s + name.length;
    if (senderOk(d, name) && !d.anyCand(s, e)) d.add(s, e, 'NAME', 80);
  }
}

/** Whether the words after "from" read as a person's name: each a given name or a surname the lexicons know, a surname
 * that is also an everyday word only when a given name too ("Will", "Summer"; not "Porter", "Church", "Police"), and
 * none a place, a country, a service, a kin word, a title, a month, a feast or a clinical word. A word no lexicon knows
 * is no sender here: departments, firms and insurers are written so ("From Cardiology:", "From Optum:"). */
function senderOk(d: Detector, name: string): boolean {
  const words = name.split(/[ \t]/);
  for (const w of words) {
    const k = w.toLowerCase().replace(/['’]s$/, '');
    if (NOT_SENDER_25.has(k) || KIN_WORDS.has(k) || TITLES.has(k) || MONTH_WORDS.has(k) || clinicalWord(k)) return false;
    const f = d.fl(k);
    if ((f & (L.FIRST | L.LAST)) === 0 || (f & (L.PLACE | L.COUNTRY)) !== 0) return false;
    if ((f & L.WORD) !== 0 && ((f & L.FIRST) === 0 || d.capsDoc || !/\p{Ll}/u.test(w))) return false;
  }
  return true;
}
