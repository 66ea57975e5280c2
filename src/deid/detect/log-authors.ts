// Stop 25: the initials of the staff who wrote each entry of a log ("11/25/26 10:05 - KJ: Mom called re: denied claim",
// "| CO-50 not med necessary | mw: need op note"), when the text holds two entries so signed or more. Billing, call
// and handover logs sign each entry with the writer's initials and a colon; one entry alone is as often a label ("10:05
// - BP: 120/80"). Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { NOT_STAFF_INITIALS } from './name-patterns.js';
import { CREDENTIAL_TOKENS, STATE_ABBR_SET } from './vocabulary.js';
import type { Detector } from './detector.js';

/** An entry's signature: after a time (maybe a date before it) and a dash or a bar, or at a table's cell's start after a
 * bar, two or three letters in capitals or in lower case (group 1), then a colon, a blank and words (not a value: "| PEF:
 * 300 |", "10:05 - BP: 120/80" are measures). (Sticky: tried where a match can start, see logAuthors25.) */
const LOG_AUTHOR_25 = /(?:(?:^|\n)[ \t]*(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+)?\d{1,2}:\d{2}[ \t]*[-–|][ \t]*|\|[ \t]*)([A-Z]{2,3}|[a-z]{2,3}):[ \t](?=\p{L}{2})/uy;
/** Labels of a log's entry that look like initials: vitals, findings, plans, parts of a message, services and roles
 * ("DN:" a district nurse, "HV:" a health visitor), kin; besides NOT_STAFF_INITIALS, which every reader of this list
 * tests too ("BP", "PT", "RN", "IV"...). */
export const NOT_AUTHOR_25: ReadonlySet<string> = new Set(('sats spo2 gcs avpu bm bsl temp wt ht dx rx hx sx tx ' +
  'fx cc hpi pmh psh ros a/p ap pe re nb ps bcc att ref tel fax mob ph rm bed dob mrn id ed er icu hdu ccu st ' +
  'slt sw gp hca cna lpn emt op ip opd ipd new old n/a nil tbc tba tbd rv fu f/u plan obs meds labs abx dn hv mh ' +
  'ooh ent mdt cns pcn ccg ics amb dh cpn cmh sab ems fd pd ir gi mum dad gran son dtr sis bro pews news mews').split(' '));

export function logAuthors25(d: Detector): void {
  const v = d.v;
  // (Cheap test first: a colon after letters and a blank, and a line feed or a bar.)
  if (!v.includes(': ') || (!v.includes('\n') && !v.includes('|'))) return;
  let found: [number, string][] | undefined;
  // (Stop 28, speed: the pattern, sticky, is tried where a match can start, at the text's start, a line feed or a bar,
  // found with indexOf, in place of a search over every character; `from` is where the search of old went on.)
  let nl = v.indexOf('\n');
  let bar = v.indexOf('|');
  for (let from = 0; ; ) {
    if (nl >= 0 && nl < from) nl = v.indexOf('\n', from);
    if (bar >= 0 && bar < from) bar = v.indexOf('|', from);
    const p = from === 0 ? 0 : nl < 0 ? bar : bar < 0 ? nl : Math.min(nl, bar);
    if (p < 0) break;
    LOG_AUTHOR_25.lastIndex = p;
    const m = LOG_AUTHOR_25.exec(v);
    if (m === null) {
      from = p + 1;
      continue;
    }
    from = m.index + m[0].length;
    const w = m[1] as string;
    const k = w.toLowerCase();
    if (NOT_AUTHOR_25.has(k) || NOT_STAFF_INITIALS.has(k) || CREDENTIAL_TOKENS.has(k) || STATE_ABBR_SET.has(w.toUpperCase()) || clinicalWord(k)) continue;
    // (A word of the language: "Re:", "Hi:", "Via:".)
    if ((d.fl(k) & L.WORD) !== 0) continue;
    (found ??= []).push([m.index + m[0].length - w.length - 2, w]);
    // (The pattern ends on the blank after the colon; the next entry may start on the next line.)
    from = m.index + m[0].length - 1;
  }
  if (found === undefined || found.length < 2) return;
  for (const [s, w] of found) if (!d.anyCand(s, s + w.length)) d.add(s, s + w.length, 'NAME', 70);
}
