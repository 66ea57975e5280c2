// Stop 25: the sender of a message in a thread, named on the line that opens it ("From Summer 12/4: Grandma got her
// shot", "P.S. from Rosemary:", "Follow-up 11/26 from Will:"), when the lexicons know the word as a given name.
// Patient portals and shared inboxes keep threads so, and the sender is a relative or the patient, often by a given
// name that is also an everyday word. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import type { Tok } from './words.js';
import { M, TITLES } from './vocabulary.js';
import { NOT_AUTHOR_25 } from './log-authors.js';
import { KIN_WORDS, NOT_STAFF_INITIALS } from './name-patterns.js';
import { KIN_ROLE_WORDS_22 } from './unknown-names.js';

/**
 * A line that opens a message: an optional "P.S." ("Second P.S.") or "Follow-up" and its date, "from", one or two words
 * (group 1), an optional "again", an optional date (a day and a month in figures, or a day and a month's name), then a
 * colon. (Sticky: tried at the start of the lines that hold the word "from", see messageSenders25.)
 */
const SENDER_LINE_25 = /^[ \t]*(?:(?:(?:second|third|another)[ \t]+)?p\.[ \t]?s\.?,?[ \t]+|follow-?up[ \t]+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+)?)?from[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)(?:[ \t]+again)?(?:,?[ \t]+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}[ \t]+\p{L}{3,9}|\p{L}{3,9}[ \t]+\d{1,2}))?[ \t]*:/imuy;
/** Words of a sender that is no person: a service, a place of care, a team, a kin word, a day. */
const NOT_SENDER_25: ReadonlySet<string> = new Set(('team ward clinic pharmacy office desk reception nurse nurses doctor dr gp ' +
  'staff admin support home school work unit service services lab laboratory radiology billing system portal me us ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow christmas easter').split(' '));

export function messageSenders25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Stop 28, speed: the pattern is tried at the start of each line that holds a token "from", not over the whole text.
  // Its "from" stands between a line's start or a blank and a blank, so it is a token of key "from", and every such
  // token is listed in d.crossIdx (a word of PLACE_PREP); a match lies inside one line and starts at its start. Line
  // starts as the pattern's ^ reads them: after \n, \r, U+2028 or U+2029.)
  let line = -1;
  for (const i of d.crossIdx) {
    const t = toks[i] as Tok;
    if (t.k !== 'from') continue;
    let ls = t.s;
    for (; ls > 0; ls--) {
      const c = v.charCodeAt(ls - 1);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    }
    if (ls === line) continue;
    line = ls;
    SENDER_LINE_25.lastIndex = ls;
    const m = SENDER_LINE_25.exec(v);
    if (m === null) continue;
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

/** Stop 34: a chat's label at a line's start (no indent: a key of YAML is so, "  jmeno: Jaroslav"): one word (group 1),
 * a time or a date in brackets maybe, a colon, a blank and a letter (not a value: "Sats: 94%"). (Sticky: tried at each
 * line's start, see chatLabels34.) */
const CHAT_LABEL_34 = /([A-Za-z][A-Za-z'\u2019-]{2,20})(?:[ \t]+\([\d .:/-]{4,22}\))?:[ \t]+(?=\p{L})/uy;
/** A label of two words (see chatLabels34). */
const CHAT_LABEL2_34 = /([A-Za-z][A-Za-z'\u2019-]{1,20})[ \t]([A-Za-z][A-Za-z'\u2019-]{1,20})(?:[ \t]+\([\d .:/-]{4,22}\))?:[ \t]+(?=\p{L})/uy;
/** Words of kinship and address in chats of family and friends, besides the relatives of KIN_ROLE_WORDS_22: Korean
 * "unnie", "oppa", "halmeoni", Japanese "chan", "san". */
const PEER_WORDS_34: ReadonlySet<string> = new Set('unnie eonni oppa noona nuna hyung halmeoni harabeoji imo samchon chan san kun sama bhai didi bhaiya behen ate kuya tita tito lola lolo'.split(' '));
/** Endings of clinical words and of roles no lexicon knows (see chatLabels34). */
const NOT_SPEAKER_END_34 = /(?:ics|ogy|itis|osis|emia|aemia|al|ic|ory|ary|tion|ment|er|or|ant|ist|ian|ee|ive|ent)$/;

/** Stop 34: a chat's speakers by their handles alone, one word in lower case no lexicon knows at a line's start before a
 * colon, a time in brackets maybe ("jiwoo: east building 12F", "jiwoo (2025.05.02 08:14): ..."), when the same handle
 * opens two lines or more, three lines or more open with a label (a thread), and another label names a person by a name
 * the lexicons know or a relative's word ("halmeoni Yoon:", "seo-yeon unnie:"), in a text of mixed case. Family chats
 * pasted into a note name the speakers so. The handle is no role, clinical word or heading ("clinician:", "dispo:",
 * "Plan:"); a word the lexicons know is left to the other rules (a given name as a label is a heading as often: "Mark:",
 * "Will:", "Nana:"). */
export function chatLabels34(d: Detector): void {
  const v = d.v;
  let lines = 0;
  let people = false;
  let found: [number, number, string][] | undefined;
  for (let p = 0; p < v.length; ) {
    const nl = v.indexOf('\n', p);
    const le = nl < 0 ? v.length : nl;
    const c = v.charCodeAt(p);
    if (le - p >= 6 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      CHAT_LABEL_34.lastIndex = p;
      const m = CHAT_LABEL_34.exec(v);
      if (m !== null && m.index + m[0].length <= le) {
        lines++;
        const h = m[1] as string;
        (found ??= []).push([p, p + h.length, h.toLowerCase()]);
      } else if (!people) {
        // (A label of two words with a name the lexicons know or a relative's word: "halmeoni Yoon:", "seo-yeon unnie:".)
        CHAT_LABEL2_34.lastIndex = p;
        const m2 = CHAT_LABEL2_34.exec(v);
        if (m2 !== null && m2.index + m2[0].length <= le) {
          lines++;
          for (const w of [m2[1] as string, m2[2] as string]) {
            const k = w.toLowerCase();
            const f = d.fl(k);
            if (((f & (L.FIRST | L.LAST)) !== 0 && (f & L.WORD) === 0) || KIN_ROLE_WORDS_22.has(k) || PEER_WORDS_34.has(k)) people = true;
          }
        }
      }
    }
    p = le + 1;
  }
  if (found === undefined || lines < 3 || !people) return;
  const count = new Map<string, number>();
  for (const [, , k] of found) count.set(k, (count.get(k) ?? 0) + 1);
  for (const [s, e, k] of found) {
    if ((count.get(k) as number) < 2) continue;
    const f = d.fl(k);
    // (A known name only as a given name, an everyday word too maybe, "Joy"; a word no lexicon knows only in lower case,
    // as a handle is typed.)
    if (f !== 0) continue;
    if (NOT_SENDER_25.has(k) || KIN_WORDS.has(k) || TITLES.has(k) || MONTH_WORDS.has(k) || NOT_AUTHOR_25.has(k) || NOT_STAFF_INITIALS.has(k) || clinicalWord(k)) continue;
    const i = d.tokenStartingAt(s);
    if (i < 0) continue;
    const t = d.toks[i] as Tok;
    if (t.e !== e || (t.m & (M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.MONTH_WORDS)) !== 0) continue;
    if (f === 0 && (t.shape !== 'L' || k.length < 4 || NOT_SPEAKER_END_34.test(k))) continue;
    // (Over the tagger's guesses only: a rule's candidate there stands.)
    if (d.someOverlap(s, e, (c) => c.p > 1)) continue;
    d.add(s, e, 'NAME', 72);
  }
}

/** Stop 35: the roles that open a chat's line before the speaker's given name ("agent joy:", "Pharmacist Noor:", "RN
 * Faith:"): a help desk's, a clinic's and a ward's staff. */
const CHAT_ROLES_35: ReadonlySet<string> = new Set(('agent rep advisor adviser operator receptionist clerk scheduler dispatcher ' +
  'nurse rn lpn midwife pharmacist tech technician therapist counsellor counselor navigator coordinator interpreter ' +
  'paramedic aide carer caregiver volunteer chaplain dietitian physio doctor dr').split(' '));
/** Words after such a role that are its label's rather than a name ("nurse note:", "agent notes:", "dr orders:"), that
 * the lexicons list as given names or that no list knows. */
const NOT_CHAT_NAMES_35: ReadonlySet<string> = new Set('will may can on off in out note notes review reply response update summary plan'.split(' '));
/** A role (group 1), one blank, one or two words (group 2), a colon, a blank and a letter, at a line's start after a time or a
 * date in brackets maybe ("[16:27] pharmacist noor: yes"). (Sticky.) */
const CHAT_ROLE_LINE_35 = /(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(\p{L}{2,13})[ \t](\p{L}[\p{L}'’-]{1,20}(?:[ \t]\p{L}[\p{L}'’-]{1,20})?):[ \t]+(?=\p{L})/uy;

/**
 * Stop 35 (names35): the speaker of a chat's line named after a role ("agent joy: hi, you're chatting with ...",
 * "[16:27] pharmacist noor: yes i see ...", "Nurse Grace: thanks"), in any case: the role of CHAT_ROLES_35 opens the line
 * and the words before the colon are a given name the lexicons know (an everyday word too, "joy") or a word no list
 * knows, no clinical word, place, title, month or word of a label ("nurse note:", "agent update:", "rn assessment:").
 */
export function chatRoleLabels35(d: Detector): void {
  const v = d.v;
  for (let p = 0; p < v.length; ) {
    const nl = v.indexOf('\n', p);
    const le = nl < 0 ? v.length : nl;
    CHAT_ROLE_LINE_35.lastIndex = p;
    const m = le - p >= 8 ? CHAT_ROLE_LINE_35.exec(v) : null;
    p = le + 1;
    if (m === null || m.index + m[0].length > le || !CHAT_ROLES_35.has((m[1] as string).toLowerCase())) continue;
    const name = m[2] as string;
    const s = m.index + m[0].lastIndexOf(name + ':');
    const e = s + name.length;
    let ok = true;
    for (const w of name.split(/[ \t]/)) {
      const k = w.toLowerCase();
      const f = d.fl(k);
      if (NOT_CHAT_NAMES_35.has(k) || NOT_SENDER_25.has(k) || KIN_WORDS.has(k) || TITLES.has(k) || MONTH_WORDS.has(k) || CHAT_ROLES_35.has(k) || clinicalWord(k)) ok = false;
      else if ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & L.FIRST) === 0) ok = false;
      else if ((f & L.WORD) !== 0 && (f & (L.FIRST | L.LAST)) === 0) ok = false;
      // (A word no list knows: three letters at least, a vowel in it.)
      else if (f === 0 && (k.length < 3 || !/[aeiouy]/.test(k))) ok = false;
    }
    // (A given name or a word no list knows opens it; a surname that is an everyday word only after it: "nurse joy park:".)
    const k0 = (name.split(/[ \t]/)[0] as string).toLowerCase();
    const f0 = d.fl(k0);
    if (!ok || ((f0 & L.WORD) !== 0 && (f0 & L.FIRST) === 0)) continue;
    const i = d.tokenStartingAt(s);
    if (i < 0) continue;
    const t = d.toks[i] as Tok;
    // (In capitals in a text of mixed case, an acronym: "paramedic AHPRA: ...", the registration board.)
    if ((t.shape === 'U' && !d.capsDoc) || (t.m & (M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.MONTH_WORDS | M.ROLE_ABBR)) !== 0) continue;
    if (d.anyName(s, e)) continue;
    d.add(s, e, 'NAME', 72);
  }
}
