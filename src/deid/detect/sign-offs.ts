// Stop 26: the name that signs a message after its closing words, on the closing's line or alone on the next, in the
// cases and the languages the older sign-off rule (Detector.signOffs: "Best regards," then a capitalized name on the
// next line) does not read: "Thank you, Chi", "thanks, hope" in a text in lower case, "GOD BLESS, DOTTIE", "Met
// vriendelijke groet," then "Marloes de Vries-Bakker". Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import type { Tok } from './words.js';
import { M } from './vocabulary.js';
import type { Detector } from './detector.js';
import { lineEndOrLength, skipBlanks } from './text.js';
import { cueWord26, nameOver26 } from './cue-names.js';
import { PARTICLE_31 } from './unknown-names.js';

/** A closing at a line's start, in English and in the languages of Europe, and its mark; sticky, case-blind. */
const CLOSING_26 =
  /(?:thanks(?: again| so much)?|thank you(?: so much| again)?|many thanks|thx|cheers|regards|best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|with (?:love|thanks|best wishes)|lots of love|love|take care|sincerely|yours(?: sincerely| faithfully| truly)?|god bless(?: you)?|blessings|respectfully|cordially|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|(?:bien )?cordialement|bien (?:à|a) vous|salutations|saludos(?: cordiales)?|atentamente|un saludo|cordiali saluti|distinti saluti|med vänlig hälsning|med vanlig halsning|vänliga hälsningar|vanliga halsningar|med venlig hilsen|vennlig hilsen|hilsen|pozdrawiam|z poważaniem|z powazaniem|s pozdravem|s úctou|üdvözlettel|udvozlettel|atenciosamente|abraços|abracos|obrigad[oa]|gracias|merci|danke|grazie|tack|takk)[ \t]*[,!.]?[ \t]*/iy;

/** Words after a closing that are no name although some lexicon lists them as given names ("Thanks, Love", "Regards, All"). */
const NOT_SIGNER_26: ReadonlySet<string> = new Set(
  'love care again all everyone everybody team doc doctor doctors nurse nurses sir madam dear bye you much so mom mum dad friend friends guys folks ladies jesus god lord amen shalom honey hun buddy mate mama papa darling sweetie okay alright yup nope bless blessings cya adios ciao soon xoxo porter ta tata bud hon bro sis amigo amiga bonne journee journée poli rota cote corp inc ltd america baby queen king sunshine angel star princess prince bear man nan insha inshallah allah om shanti nga mihi shukran habibi toda raba dhanyavaad ji alexa mauri ora mylan cruse'.split(' '),
);

export function signOffs26(d: Detector): void {
  const v = d.v;
  const mode: 'T' | 'U' | 'L' = d.capsDoc ? 'U' : d.lowerTyped ? 'L' : 'T';
  const n = v.length;
  for (let ls = 0; ls < n; ) {
    const le = lineEndOrLength(v, ls);
    const p = skipBlanks(v, ls, le);
    ls = le + 1;
    // (Cheap: the closings open with one of these letters.)
    const c = v.charCodeAt(p) | 32;
    if (c !== 116 && c !== 109 && c !== 99 && c !== 114 && c !== 98 && c !== 107 && c !== 119 && c !== 108 && c !== 115 && c !== 121 && c !== 103 && c !== 118 && c !== 104 && c !== 102 && c !== 97 && c !== 117 && c !== 100 && c !== 122 && c !== 112 && c !== 111) continue;
    CLOSING_26.lastIndex = p;
    const m = CLOSING_26.exec(v);
    if (m === null) continue;
    let at = p + m[0].length;
    // The closing's word must end there ("Thanksgiving" is no closing).
    if (at < le && /[\p{L}\d]/u.test(v.charAt(at)) && /[\p{L}]/u.test(v.charAt(at - 1))) continue;
    // The name: on the closing's line after its mark, or alone on the next line.
    if (at >= le) {
      if (le >= n) continue;
      const ne = lineEndOrLength(v, le + 1);
      at = skipBlanks(v, le + 1, ne);
      if (at >= ne) continue;
    } else if (!/[,!]/.test(m[0])) continue;
    const i = d.tokenAtEdge(at, false);
    if (i === undefined) continue;
    // (A closing in capitals in a text of mixed case is signed in capitals: "GOD BLESS, DOTTIE".)
    signer26(d, i, mode === 'T' && m[0] === m[0].toUpperCase() ? 'U' : mode);
  }
}

/** Reads the signer's name from token i: up to four words, particles between, ending its line. */
function signer26(d: Detector, i: number, mode: 'T' | 'U' | 'L'): void {
  const v = d.v;
  const toks = d.toks;
  const cls: number[] = [];
  let j = i;
  let last = i;
  while (j < toks.length && cls.length < 4) {
    const w = toks[j] as Tok;
    if (j > i) {
      const pv = toks[j - 1] as Tok;
      if (w.s - pv.e !== 1 || v.charCodeAt(pv.e) !== 32) break;
      if (mode !== 'L' && w.shape === 'L' && PARTICLE_31.has(w.k)) {
        j++;
        continue;
      }
    }
    if (NOT_SIGNER_26.has(w.k)) return;
    let c = cueWord26(d, w, mode);
    // (In lower case, a given name that is also a word: "thanks, hope".)
    if (c === 0 && mode === 'L' && w.shape === 'L' && (w.f & L.FIRST) !== 0 && (w.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) === 0 && w.e - w.s >= 3) c = 3;
    if (c === 0 || (c === 4 && cls.length > 0)) break;
    cls.push(c);
    last = j;
    j++;
  }
  if (cls.length === 0 || (cls[0] === 4 && cls.length === 1)) return;
  // One word of it a name the lexicons know, no place or country ("Thanks, Ortho", "Cordialement,\nUrgences", "GOD
  // BLESS, AMERICA" are no signers).
  // (One word alone: a given name, "Thank you, Chi"; a surname alone is a firm's as often, "THANKS,\nMOLINA".)
  let known = false;
  for (let x = i; x <= last; x++) {
    const t = toks[x] as Tok;
    if ((t.f & L.COUNTRY) !== 0 || ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0) || clinicalWord(t.k)) return;
    if ((t.f & (last === i ? L.FIRST : NAME_BITS)) !== 0) known = true;
  }
  if (!known) return;
  const s = (toks[i] as Tok).s;
  const e = (toks[last] as Tok).e;
  // The name ends its line (a comma or a full stop may close it).
  let x = e;
  if (v.charCodeAt(x) === 44 || v.charCodeAt(x) === 46) x++;
  x = skipBlanks(v, x, v.length);
  if (x < v.length && v.charCodeAt(x) !== 10 && v.charCodeAt(x) !== 13) return;
  nameOver26(d, s, e, 70);
}
