// Stop 16: spoken forms (scribe and dictation transcripts).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { lineEndOf, lineStartOf } from './text.js';
import { type Cand, isDigitCode, isLetterCode, T, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { fromMark, isAsciiLetter, oneSpace } from './shapes.js';

// --- Stop 16 (docs/deid-history.md): spoken forms (scribe and dictation transcripts) -----------------------------------------
// Number words read as digits, after the cues that say what the number is: a date of birth, an identifier's label, a
// street or a town before a ZIP code; names spelled out letter by letter; ages of ninety and over in the future tense;
// and two words of transcripts that are no names (diarisation labels, "Patient: My wife ...").

const SPOKEN_VALUES: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine'.split(' ').map((w, i) => [w, i] as [string, number]),
  ['oh', 0],
  ...'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, 10 + i] as [string, number]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i] as [string, number]),
]);

/** One spoken number: its value, its count of digits as said ("oh" and "seven" one each, "forty-eight" two, "nineteen" two, "one twenty" is two numbers), and where it lies. */
interface SpokenNumber {
  value: number;
  width: number;
  s: number;
  e: number;
}

/** A word of letters at p (ASCII), or ''. */
function letterWordAt(v: string, p: number): string {
  let e = p;
  while (e < v.length && isAsciiLetter(v.charCodeAt(e))) e++;
  return e > p && !(e < v.length && isDigitCode(v.charCodeAt(e))) ? v.slice(p, e) : '';
}

/** The position after the separator between two spoken numbers at p (spaces, a comma, a hyphen, "slash", "dash"), or -1. */
function spokenSeparatorEnd(v: string, p: number, slash: boolean): number {
  let q = p;
  while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q++;
  const c = v.charCodeAt(q);
  if (c === 44 || c === 45 || (slash && c === 47)) {
    q++;
    while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q++;
    return q;
  }
  if (q === p) return -1;
  if (slash) {
    const w = letterWordAt(v, q).toLowerCase();
    if (w === 'slash' || w === 'dash') {
      let r = q + w.length;
      if (v.charCodeAt(r) !== 32 && v.charCodeAt(r) !== 9) return -1;
      while (r < v.length && (v.charCodeAt(r) === 32 || v.charCodeAt(r) === 9)) r++;
      return r;
    }
  }
  return q;
}

/**
 * The spoken numbers from p, at most `max`: "eleven twelve forty-eight" is 11, 12, 48; "oh seven slash fourteen" is
 * 0, 7, 14; "nineteen sixty" is 19, 60; "one hundred twelve" is 112 (width 3). A tens word joins the unit after it
 * ("forty eight" is 48).
 */
function spokenNumbers(v: string, p: number, max: number, slash: boolean): SpokenNumber[] {
  const out: SpokenNumber[] = [];
  let at = p;
  while (out.length < max) {
    const w = letterWordAt(v, at);
    const val = w.length >= 2 ? SPOKEN_VALUES.get(w.toLowerCase()) : undefined;
    if (val === undefined || (w !== w.toLowerCase() && w.slice(1) !== w.slice(1).toLowerCase() && w !== w.toUpperCase())) break;
    let e = at + w.length;
    let value = val;
    let width = val >= 10 ? 2 : 1;
    if (val >= 20 && val % 10 === 0) {
      // "forty-eight", "forty eight".
      const c = v.charCodeAt(e);
      if (c === 45 || c === 32) {
        const u = letterWordAt(v, e + 1);
        const uv = SPOKEN_VALUES.get(u.toLowerCase());
        if (uv !== undefined && uv >= 1 && uv <= 9 && u.toLowerCase() !== 'oh') {
          value += uv;
          e += 1 + u.length;
        }
      }
    } else if (val >= 1 && val <= 9) {
      // "one hundred twelve", "two thousand three".
      const sep = v.charCodeAt(e);
      const h = sep === 32 || sep === 45 ? letterWordAt(v, e + 1).toLowerCase() : '';
      if (h === 'hundred' || h === 'thousand') {
        e += 1 + h.length;
        value = val * (h === 'hundred' ? 100 : 1000);
        width = h === 'hundred' ? 3 : 4;
        const q = spokenSeparatorEnd(v, e, false);
        const rest = q > 0 ? spokenNumbers(v, letterWordAt(v, q).toLowerCase() === 'and' ? q + 4 : q, 2, false) : [];
        const r0 = rest[0];
        if (r0 && r0.value < (h === 'hundred' ? 100 : 1000)) {
          const r1 = rest[1];
          // "one hundred twelve"; "two thousand twenty-four" (a tens word, then its unit: already joined).
          value += r0.value;
          e = r0.e;
          if (r1 && r0.value >= 10 && r0.value % 10 === 0 && r0.value < 100 && r1.value < 10 && h === 'thousand') {
            value += r1.value;
            e = r1.e;
          }
        }
      }
    }
    out.push({ value, width, s: at, e });
    const q = spokenSeparatorEnd(v, e, slash);
    if (q < 0) break;
    at = q;
  }
  return out;
}

/** Between a birth cue and the date: punctuation, a speaker's label ("Patient:"), and filler words. */
const SPOKEN_BIRTH_FILL = /[?:.,]?[ \t]*(?:\r?\n[ \t]*)?(?:(?:\[[\d:.]+\][ \t]*)?[A-Za-z][\w .'-]{0,20}:[ \t]*)?(?:(?:uh|um|er|erm|oh(?=,)|so|yes|yeah|sure|okay|ok|it'?s|it[ \t]+is|that'?s|is|was|on|the|my|date|of|birth|birthday)[ \t]*[,.]?[ \t]+)*/iy;

/** A year of two spoken parts or one: "nineteen sixty" (19, 60), "forty-eight" (48), "two thousand three". */
function spokenYear(ns: SpokenNumber[], i: number): [number, number] | undefined {
  const a = ns[i];
  if (!a) return undefined;
  const b = ns[i + 1];
  if ((a.value === 19 || a.value === 20) && b && b.value >= 10 && b.value <= 99 && b.width === 2) return [a.value * 100 + b.value, i + 2];
  if ((a.value === 19 || a.value === 20) && b && b.value === 0 && ns[i + 2] && (ns[i + 2] as SpokenNumber).value <= 9) return [a.value * 100 + (ns[i + 2] as SpokenNumber).value, i + 3];
  if (a.width === 4 && a.value >= 1900 && a.value <= 2099) return [a.value, i + 1];
  if (a.width === 2 && a.value >= 10) return [a.value, i + 1];
  return undefined;
}

/** "Date of birth? Patient: eleven twelve forty-eight", "DOB is oh seven slash fourteen slash nineteen sixty": a date of birth said as numbers (month, day, year). */
/**
 * The matches of a sticky cue `re` at the word starts where one of `needles` occurs (found with indexOf: no scan of the
 * whole text by a case-insensitive regular expression), in text order, each place once.
 */
function cueMatches16(v: string, needles: readonly string[], re: RegExp): RegExpExecArray[] {
  let at: number[] | undefined;
  for (const n of needles) {
    for (let p = v.indexOf(n); p >= 0; p = v.indexOf(n, p + n.length)) {
      if (p > 0 && isLetterCode(v.charCodeAt(p - 1))) continue;
      (at ??= []).push(p);
    }
  }
  if (at === undefined) return [];
  at.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let last = -1;
  for (const p of at) {
    if (p === last) continue;
    last = p;
    re.lastIndex = p;
    const m = re.exec(v);
    if (m) out.push(m);
  }
  return out;
}

/** The words that open FAMILY_AGE_16 and KIN_AGE_16 (token keys; ageForms16 looks for "at" apart), also trigger words of RARE_16. */
const KIN_AGE_KEYS_16 = new Set('father mother dad mum mom mama papa grandfather grandmother grandma grandpa granddad grandmum grandmom great-grandmother great-grandfather great-grandma great-grandpa nana granny husband wife spouse partner brother sister aunt uncle neighbour neighbor friend mgm mgf pgm pgf'.split(' '));
/** The words of the French health number's labels ("Carte Vitale", "NIR", "n° de sécurité sociale"; RE.nir). */
export const NIR_WORDS = ['vitale', 'nir', 'sécurité', 'securite', 'sécurite', 'securité'];
/** The trigger words of the spoken forms (on the rare-word bit T.NHS: a rule runs only when its word occurs). */
export const RARE_16 = ['social', 'ssn', 'birth', 'born', 'dob', 'birthday', 'birthdate', 'spell', 'spelled', 'spelling', 'spelt', 'speaker', 'spk', ...KIN_AGE_KEYS_16];
const BIRTH_NEEDLES_16 = ['birth', 'Birth', 'BIRTH', 'born', 'Born', 'BORN', 'DOB', 'dob', 'Dob', 'D.O.B', 'd.o.b'];
/** A birth cue at a word start ("date of birth" is read from its "birth"). */
const SPOKEN_BIRTH_CUE_Y = /(?:birth(?:[ \t]?date|day(?:[ \t]+is)?)?|born(?:[ \t]+on)?|d\.?o\.?b\.?)/iy;

function spokenBirthDates16(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare === undefined || !(rare.has('birth') || rare.has('born') || rare.has('dob') || rare.has('birthday') || rare.has('birthdate'))) return;
  for (const m of cueMatches16(v, BIRTH_NEEDLES_16, SPOKEN_BIRTH_CUE_Y)) {
    SPOKEN_BIRTH_FILL.lastIndex = m.index + m[0].length;
    const f = SPOKEN_BIRTH_FILL.exec(v);
    const p = f ? SPOKEN_BIRTH_FILL.lastIndex : m.index + m[0].length;
    const ns = spokenNumbers(v, p, 6, true);
    if (ns.length < 3) continue;
    // The month: "eleven", "oh seven".
    let i = 0;
    let month = (ns[0] as SpokenNumber).value;
    if (month === 0 && (ns[1] as SpokenNumber).width === 1) {
      month = (ns[1] as SpokenNumber).value;
      i = 1;
    }
    i++;
    if (month < 1 || month > 12 || (ns[i - 1] as SpokenNumber).width > 2) continue;
    const dn = ns[i];
    if (!dn) continue;
    let day = dn.value;
    if (day === 0 && ns[i + 1] && (ns[i + 1] as SpokenNumber).width === 1) {
      i++;
      day = (ns[i] as SpokenNumber).value;
    }
    i++;
    if (day < 1 || day > 31 || dn.width > 2) continue;
    const y = spokenYear(ns, i);
    if (!y) continue;
    const last = ns[y[1] - 1] as SpokenNumber;
    if (!d.anyCand((ns[0] as SpokenNumber).s, last.e)) d.add((ns[0] as SpokenNumber).s, last.e, 'DATE', 88);
  }
}

/** Words that open a spoken identifier's letters: a capital alone, or a capital "as in" a word ("W as in William"). */
const SPOKEN_LETTER = /([A-Z])(?:[ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+)?(?![\w'])/y;

/**
 * After an identifier's label (the caller's `from`): digits and capitals said one by one, with numbers of two digits
 * ("one E G four T E five M K seven two", "seven K L M three nine two", "W as in William, one two three, four five
 * six"): the end of the identifier, or -1 when fewer than three numbers or fewer than five characters were said.
 */
export function spokenIdEnd(v: string, from: number): [number, number] {
  let at = from;
  while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9)) at++;
  // "is", "was", "number", ":" before the value.
  for (let k = 0; k < 2; k++) {
    const w = letterWordAt(v, at).toLowerCase();
    if (w === 'is' || w === 'was' || w === 'number' || w === 'its' || w === 'it') {
      at += w.length;
      while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9 || v.charCodeAt(at) === 58)) at++;
    } else if (v.charCodeAt(at) === 58 || v.charCodeAt(at) === 35) {
      at++;
      while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9)) at++;
    }
  }
  const start = at;
  let numbers = 0;
  let chars = 0;
  let end = -1;
  for (let n = 0; n < 24; n++) {
    SPOKEN_LETTER.lastIndex = at;
    const lm = SPOKEN_LETTER.exec(v);
    let e: number;
    if (lm) {
      // A lone "A" or "I" before a lower-case word is English ("... seven two. I will", "is A new").
      if ((lm[1] === 'A' || lm[1] === 'I') && lm[0].length === 1 && /^[ \t]+[a-z]/.test(v.slice(at + 1, at + 3))) break;
      e = at + lm[0].length;
      chars++;
    } else {
      const ns = spokenNumbers(v, at, 1, false);
      const n0 = ns[0];
      if (!n0) break;
      e = n0.e;
      numbers++;
      chars += n0.width;
    }
    end = e;
    const q = spokenSeparatorEnd(v, e, false);
    if (q < 0) break;
    at = q;
  }
  return numbers >= 3 && chars >= 5 && end > start ? [start, end] : [-1, -1];
}

/** The spelled form of a name: "W-O-J-C-I-K", "P R Y C E", "P. R. Y. C. E.": its letters in lower case, or ''. */
function spelledLetters(text: string): string {
  let out = '';
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c !== 45 && c !== 46 && c !== 32 && c !== 9) return '';
  }
  return out;
}

/** Capitals said one by one ("W-O-J-C-I-K", "P R Y C E", "T. O. K. A. R. Z.") right after a name and a separator. */
const SPELLED_AFTER_16 = /[ \t]*[,:(\u2013-]?[ \t]*(?:(?:that[ \t]+is|that's|i\.e\.|spelled|spelt|spelling)[ \t]*:?[ \t]*)?([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})(?![A-Za-z])/y;
/** The same right before a name ("it's W-O-J-C-I-K, Wojcik"). */
const SPELLED_BEFORE_16 = /(?<![A-Za-z])([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})\.?[ \t]*[,:\u2013-]?[ \t]*$/;
/** After a spelling cue. */
const SPELL_NEEDLES_16 = ['spell', 'Spell', 'SPELL'];
const SPELL_CUE_16 = /spell(?:ed|ing|s|t)?\b[^.?!\n]{0,40}?(?<![A-Za-z])([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})(?![A-Za-z])/iy;

/**
 * Names spelled out ("it's W-O-J-C-I-K, Wojcik", "Gwendolyn Pryce, P-R-Y-C-E", "Halvorsen, that is H A L V O R S E N"):
 * capitals one by one, joined by hyphens, dots or spaces, right beside a name found whose letters they are, or after
 * "spell", "spelled" or "spelling". (Looked for beside the names found and after the cues only: no pass over every
 * token.)
 */
function spelledNames16(d: Detector): void {
  const v = d.v;
  const mark = (s: number, e: number) => {
    if (!d.anyCand(s, e)) d.add(s, e, 'NAME', 80);
  };
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || c.e - c.s > 40) continue;
    // (Cheap tests first: a capital, a joiner and a capital within a few characters after the name, or a capital
    // right before it and its separator.)
    let after = false;
    for (let p = c.e; p < c.e + 14 && p + 2 < v.length; p++) {
      const ch = v.charCodeAt(p);
      if (ch >= 65 && ch <= 90) {
        const j = v.charCodeAt(p + 1);
        const next = v.charCodeAt(j === 46 && v.charCodeAt(p + 2) === 32 ? p + 3 : p + 2);
        after = (j === 45 || j === 46 || j === 32) && next >= 65 && next <= 90;
        break;
      }
    }
    let q = c.s - 1;
    while (q >= 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 44 || v.charCodeAt(q) === 58 || v.charCodeAt(q) === 45 || v.charCodeAt(q) === 46)) q--;
    const before = q >= 2 && q < c.s - 1 && v.charCodeAt(q) >= 65 && v.charCodeAt(q) <= 90 && (v.charCodeAt(q - 1) === 45 || v.charCodeAt(q - 1) === 32 || v.charCodeAt(q - 1) === 46);
    if (!after && !before) continue;
    const words = v.slice(c.s, c.e).toLowerCase().split(/[^a-z]+/);
    if (after) {
      SPELLED_AFTER_16.lastIndex = c.e;
      const a = SPELLED_AFTER_16.exec(v);
      if (a) {
        const g = a[1] as string;
        if (words.includes(spelledLetters(g))) {
          const st = SPELLED_AFTER_16.lastIndex - g.length;
          mark(st, st + g.length);
        }
      }
    }
    if (before) {
      const b = SPELLED_BEFORE_16.exec(v.slice(Math.max(0, c.s - 48), c.s));
      if (b) {
        const g = b[1] as string;
        if (words.includes(spelledLetters(g))) {
          const st = Math.max(0, c.s - 48) + b.index;
          mark(st, st + g.length);
        }
      }
    }
  }
  const rare = d.rare;
  if (rare === undefined || !(rare.has('spell') || rare.has('spelled') || rare.has('spelling') || rare.has('spelt'))) return;
  for (const m of cueMatches16(v, SPELL_NEEDLES_16, SPELL_CUE_16)) {
    const g = m[1] as string;
    if (spelledLetters(g).length < 3) continue;
    const st = m.index + m[0].length - g.length;
    mark(st, st + g.length);
  }
}

/** "he'll be ninety-four in May", "she will be a hundred", "I'm going to be ninety": an age of ninety or more, said of the future. */
const AGE_FUTURE_16 = /\b(?:(?:he|she|i|they|mom|dad|mum|ma)'ll|(?:he|she|i|mom|dad|mum|mother|father|grandma|grandpa|grandmother|grandfather|nana|granny)[ \t]+will|(?:he'?s|she'?s|i'?m|i[ \t]+am)[ \t]+(?:going[ \t]+to|gonna))[ \t]+be[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:(?:[ \t]+and)?[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?![ \t]*(?:%|percent|mg|milligrams?|minutes?|mins?|seconds?|degrees?|pounds?|lbs?|kilos?|kg|days?|weeks?|months?|units?|dollars?|bucks|feet|meters?|miles?|ml|cc)\b)/gi;

function futureAges16(d: Detector): void {
  if ((d.seen & T.AGE_WORD) === 0) return;
  const v = d.v;
  if (!v.includes(' be ')) return;
  for (const m of v.matchAll(AGE_FUTURE_16)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - g.length;
    d.add(s, s + g.length, 'AGE_OVER_89', 92);
  }
}

/** Street words after a spoken house number: "one twenty two Maplewood Drive". */
const SPOKEN_STREET_LEAD = new Set(['at', 'on', 'is', 'live', 'lives', 'living', 'lived', 'address', 'moved', 'to', 'from', 'stay', 'stays', 'staying']);

/**
 * A street whose house number is said in words ("one twenty two Maplewood Drive", "at four Birch Lane"), and a ZIP code
 * said digit by digit after a town ("Naperville, six oh five four oh").
 */
function spokenAddresses16(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.streetIdx) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    // One to three capitalized words before the street word.
    let j = i - 1;
    let words = 0;
    while (j >= 0 && words < 3 && ((toks[j] as Tok).shape === 'T' || (toks[j] as Tok).shape === 'U') && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s)) {
      j--;
      words++;
    }
    if (words === 0 || j < 0) continue;
    // Number words right before them.
    let k = j;
    let said = 0;
    while (k >= 0 && SPOKEN_VALUES.has((toks[k] as Tok).k) && (toks[k] as Tok).shape === 'L' && /^[ \t-]$/.test(v.slice((toks[k] as Tok).e, (toks[k + 1] as Tok).s))) {
      k--;
      said++;
    }
    if (said === 0) continue;
    if (said === 1 && !(k >= 0 && SPOKEN_STREET_LEAD.has((toks[k] as Tok).k))) continue;
    const s = (toks[k + 1] as Tok).s;
    d.add(s, t.e, 'LOCATION', 80);
  }
  // ZIP codes after a town and a comma.
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 44) continue;
    let p = c.e + 1;
    while (p < v.length && (v.charCodeAt(p) === 32 || v.charCodeAt(p) === 9)) p++;
    if (p === c.e + 1 || !SPOKEN_VALUES.has(letterWordAt(v, p).toLowerCase())) continue;
    const ns = spokenNumbers(v, p, 6, false);
    if (ns.length !== 5 || !ns.every((n) => n.width === 1)) continue;
    d.add(p, (ns[4] as SpokenNumber).e, 'LOCATION', 85);
  }
}

/** "my social is zero zero zero, twelve, three four five six": nine digits said after a social security cue, numbers of two digits among them. */
const SPOKEN_SSN_CUE_16 = /(?:social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?|ssn|s\.s\.n\.?)(?=[ \t:,])/iy;
const SOCIAL_NEEDLES_16 = ['social', 'Social', 'SOCIAL'];
const SSN_NEEDLES_16 = ['SSN', 'ssn', 'Ssn', 'S.S.N', 's.s.n'];
const SOCIAL_SSN_NEEDLES_16 = [...SOCIAL_NEEDLES_16, ...SSN_NEEDLES_16];

function spokenSsn16(d: Detector): void {
  const v = d.v;
  if (d.rare === undefined || !(d.rare.has('social') || d.rare.has('ssn'))) return;
  const social = d.rare.has('social');
  const ssn = d.rare.has('ssn');
  for (const m of cueMatches16(v, social && ssn ? SOCIAL_SSN_NEEDLES_16 : social ? SOCIAL_NEEDLES_16 : SSN_NEEDLES_16, SPOKEN_SSN_CUE_16)) {
    const [a, b] = spokenIdEnd(v, m.index + m[0].length);
    if (a < 0 || d.anyCand(a, b)) continue;
    // Nine digits and no letter.
    const ns = spokenNumbers(v, a, 12, false);
    const last = ns[ns.length - 1];
    if (!last || last.e !== b || ns.reduce((n, x) => n + x.width, 0) !== 9) continue;
    d.add(a, b, 'SSN', 100);
  }
}

/** Diarisation labels of transcripts ("SPEAKER_01", "Speaker 2", "spk_0"): no one's name, nor is a part of one. */
const SPEAKER_LABEL_16 = /(?:speaker|spk|spkr)[ _-]?\d{1,2}(?!\d)/i;

/** The spoken forms of stop 16 (see the block's head). Run after the name passes; whether it dropped a candidate (a diarisation label). */
export function spokenForms16(d: Detector): boolean {
  spokenBirthDates16(d);
  spelledNames16(d);
  futureAges16(d);
  ageForms16(d);
  spokenSsn16(d);
  // (A transmission header names where it came from: "FROM", "From:".)
  const v = d.v;
  if (fromMark(v)) faxHeaders16(d);
  if (d.streetIdx.length > 0 || d.cands.length > 0) spokenAddresses16(d);
  if (d.rare?.has('speaker') || d.rare?.has('spk')) {
    let dropped = false;
    for (const c of d.cands) {
      if (c.t !== 'NAME' || c.e - c.s > 10) continue;
      const a = Math.max(0, c.s - 8);
      const lm = SPEAKER_LABEL_16.exec(d.v.slice(a, c.e + 2));
      if (lm && a + lm.index <= c.s && a + lm.index + lm[0].length >= c.e) {
        c.p = -1;
        dropped = true;
      }
    }
    return dropped;
  }
  return false;
}

/** A relative's age of ninety or more beside the kin word: "Her father, now 92, lives with them", "Mum (95) is in a
 * care home", "my mother who is 98 cant manage stairs" (a given name may stand between: "Husband Albert, 94"). */
const KIN_AGE_16 = /\b(?:father|mother|dad|mum|mom|mama|papa|grand(?:father|mother|ma|pa|dad|mum|mom)|nana|granny|husband|wife|spouse|partner|brother|sister|aunt|uncle|neighbou?r|friend)(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]*,[ \t]*(?:now|aged?|age)?[ \t]*|[ \t]*\([ \t]*(?:aged?[ \t]+)?|[ \t]+who[ \t]+is[ \t]+(?:now[ \t]+)?|[ \t]+is[ \t]+now[ \t]+)(9\d|1[01]\d)(?![\w.\/%:,-]\d|[\w%\/:-])(?![ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min(?:utes)?|hours?|hrs?|days?|weeks?|months?|am|pm|units?|ml|cc|mmhg|percent|degrees?|bpm|o'?clock|times|miles|km|st|street|rd|road|ave|avenue|dr|drive|ln|lane|blvd|way|ct|court|pl|place)\b)/dgi;
/** Family history shorthand: "MGM 93, alive and well", "PGF d. 95, MI", "mother 94 - dementia", "great-grandmother 99 in
 * a care home", "Mother: alive, 92, HTN"; also "At 91, she still drives" and "92-y-o". */
const FAMILY_AGE_16 = /\b(?:(?:great-)?grand(?:father|mother|ma|pa|dad|mum|mom)|father|mother|dad|mum|mom|brother|sister|aunt|uncle|husband|wife|spouse|[MP]G[MF])(?:[ \t]*[:,-][ \t]*(?:(?:alive|living|deceased|died|d\.|passed(?:[ \t]+away)?)[ \t]*,?[ \t]*)?(?:(?:at|aged?)[ \t]+)?|[ \t]+(?:(?:d\.|died|deceased|passed(?:[ \t]+away)?)[ \t]*)?(?:(?:at|aged?)[ \t]+)?)(9\d|1[01]\d)(?![\w.\/%:]|[ \t]*-?[ \t]*\d)(?=[ \t]*(?:[,;:)\u2013-]|\r?\n|$|(?:in|with|of|and|alive|living|deceased|yo|y\/o|yrs?|years?)\b))/dgi;
const AT_AGE_16 = /\b(?:[Aa]t[ \t]+(9\d|1[01]\d)[ \t]*,[ \t]*(?:she|he|i|they|mom|dad|mum|mother|father|the[ \t]+patient|pt)\b|(9\d|1[01]\d)-y-o\b)/dg;
/** "Grandpa turned ninety-one in March": an age word after a verb of age, whatever follows. */
const AGE_WORD_TURNED_16 = /\b(?:turned|turns|turning|will[ \t]+turn)[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:(?:[ \t]+and)?[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?![ \t]*(?:%|percent|degrees?|minutes?|mins?|seconds?|days?|weeks?|months?|pounds?|lbs?|kg|mg|ml|units?))/gi;
/** An age in a FHIR or JSON element: a value of 90-119 whose element names an age ("url": "...age", "text": "Age",
 * LOINC 30525-0 or 21612-7) or whose unit is years. */
const JSON_AGE_VALUE_16 = /"value(?:Integer|Decimal|Quantity"[ \t]*:[ \t]*\{[ \t]*"value)?"[ \t]*:[ \t]*(9\d|1[01]\d)(?![\d.])/g;
const JSON_AGE_BEFORE_16 = /"(?:url|text|display|code|name|system)"[ \t]*:[ \t]*"[^"]{0,60}?\bage\b[^"]{0,20}"|30525-0|21612-7/i;
const JSON_UNIT_AFTER_16 = /^[^{}]{0,40}?"(?:unit|code)"[ \t]*:[ \t]*"([^"]{0,12})"/;
const YEAR_UNITS_16 = new Set(['a', 'yr', 'yrs', 'year', 'years', 'y', 'ans', 'años', 'anos', 'jahre']);

/** Ages of ninety and over beside a relative, after a verb of age, and in FHIR or JSON elements (stop 16). */
function ageForms16(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  if (d.seen & T.AGE_WORD && (v.includes('turn') || v.includes('Turn'))) {
    for (const m of v.matchAll(AGE_WORD_TURNED_16)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
  }
  // (The token patterns need a kin word (on the rare-word bit), "At " opening a sentence, or "-y-o".)
  const rare = d.rare;
  let kin = false;
  if (rare !== undefined) {
    for (const k of KIN_AGE_KEYS_16) {
      if (rare.has(k)) {
        kin = true;
        break;
      }
    }
  }
  // ("At 91, she ..." is read at the numbers after a token "at", "92-y-o" at the number itself: no scan of the text for
  // them, a search for a string opening with a common letter costs more than the loop below.)
  const json = v.includes('"value');
  /** Whether a number of 90-119 occurs (for the JSON elements). */
  let number = false;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const w = t.w;
    // (A token opening with 90-119 and no third digit: "94", "92-y-o", "101".)
    const c2 = w.length > 2 ? w.charCodeAt(2) : 0;
    const c3 = w.length > 3 ? w.charCodeAt(3) : 0;
    const len = w.charCodeAt(0) === 57 && isDigitCode(w.charCodeAt(1)) && !isDigitCode(c2) ? 2 : w.charCodeAt(0) === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49) && isDigitCode(c2) && !isDigitCode(c3) ? 3 : 0;
    if (len === 0) continue;
    number = true;
    if (len === 2 && w.length === 6 && w.endsWith('-y-o')) {
      if (!d.anyCand(t.s, t.s + 2)) d.add(t.s, t.s + 2, 'AGE_OVER_89', 90);
      continue;
    }
    // A kin word among the five tokens before, or "At" right before: only then are the patterns tried, on a window
    // around it.
    let k = -1;
    const pt = toks[i - 1];
    if (pt !== undefined && pt.k === 'at' && v.charCodeAt(pt.s) === 65) k = i - 1;
    else if (kin) for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (KIN_AGE_KEYS_16.has((toks[j] as Tok).k)) {
        k = j;
        break;
      }
    }
    if (k < 0) continue;
    const ws = (toks[k] as Tok).s;
    const win = v.slice(ws, Math.min(v.length, t.e + 40));
    for (const re of [FAMILY_AGE_16, AT_AGE_16, KIN_AGE_16]) {
      re.lastIndex = 0;
      for (const m of win.matchAll(re)) {
        const ix = (m.indices as ([number, number] | undefined)[])[1] ?? (m.indices as ([number, number] | undefined)[])[2];
        if (ix === undefined || ws + ix[0] !== t.s) continue;
        if (re === KIN_AGE_16) {
          // A capital or a digit after it: a house number ("brother, 94 Elm St"), a list.
          const nx = /^[ \t]+(.)/.exec(v.slice(t.s + len, t.s + len + 4));
          if (nx && /[A-Z0-9]/.test(nx[1] as string)) continue;
        }
        if (!d.anyCand(t.s, t.s + len)) d.add(t.s, t.s + len, 'AGE_OVER_89', 90);
      }
    }
  }
  if (number && json) {
    for (const m of v.matchAll(JSON_AGE_VALUE_16)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      const unit = JSON_UNIT_AFTER_16.exec(v.slice(s + g.length, s + g.length + 60));
      if (unit && !YEAR_UNITS_16.has((unit[1] as string).toLowerCase())) continue;
      if (!unit && !JSON_AGE_BEFORE_16.test(v.slice(Math.max(0, m.index - 160), m.index))) continue;
      if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 90);
    }
  }

}

/** The page mark of a fax transmission's header line ("P.1/3", "PAGE 001/004", "Pg 2 of 5"). */
const FAX_PAGE_MARK_16 = /\b(?:P\.?|PAGE|Page|PG\.?|Pg\.?)[ \t]*\d{1,3}[ \t]*(?:\/|[ \t]of[ \t]|[ \t]OF[ \t])[ \t]*\d{1,3}\b/g;
/** A number after FROM/TO on such a line: both ends of a transmission are fax machines. */
const FAX_HEADER_NUMBER_16 = /\b(?:FROM|From|from|TO|To|FM|Fm)[ \t]*[:#]?[ \t]*(\+?1?[ \t.-]?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4})(?!\d)/g;

/** "Nov 03 2025 14:22 FROM: 614-555-0199 TO: 6145550142 P.1/3": the numbers of a fax transmission's header line (a page
 * mark and a time of day on the line) are faxes, written with or without separators (stop 16). */
function faxHeaders16(d: Detector): void {
  const v = d.v;
  let lastLine = -1;
  for (const pm of v.matchAll(FAX_PAGE_MARK_16)) {
    const ls = lineStartOf(v, pm.index);
    if (ls === lastLine) continue;
    lastLine = ls;
    let le = lineEndOf(v, pm.index);
    if (le < 0) le = v.length;
    const line = v.slice(ls, le);
    if (line.length > 240 || !/\b\d{1,2}:\d{2}\b/.test(line)) continue;
    for (const m of line.matchAll(FAX_HEADER_NUMBER_16)) {
      const g = m[1] as string;
      const s = ls + m.index + m[0].length - g.length;
      d.add(s, s + g.length, 'FAX', 103);
    }
  }
}

/** Possessive words that open a sentence after a speaker's label ("Patient: My wife is here"): no name alone. */
export const POSSESSIVE_OPENERS_16 = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
