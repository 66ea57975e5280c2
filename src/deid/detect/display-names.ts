// Stop 17: display names before an e-mail address.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { FACILITY_GENERIC, STATE_WORDS } from './vocabulary.js';
import type { Detector } from './detector.js';
import { isAsciiLetter } from './shapes.js';

// --- Stop 17: display names before an e-mail address -----------------------------------------------------------------

/** Words of a mailbox's display name that name a service, not a person ("Billing Office <...>", "noreply"). */
const MAILBOX_WORDS_17 = new Set('team office department dept desk service services support billing accounts reception admin administrator clinic hospital pharmacy lab laboratory noreply no-reply info help helpdesk portal notifications notification system mailer daemon scheduling appointments referrals records unit ward group practice surgery centre center foundation trust board committee newsletter line hotline nurse nurses inbox mailbox queue intake triage coordinator coordinators'.split(' '));

/**
 * "To: "Yehuda Katz-Rosenthal" <ykatz@...>", "Cc: Apio Ruth <...>; Mugisha Byaruhanga <...>", "Nkemdirim, Obiageli
 * <...>": the display name before an address in angle brackets (mail headers, signatures, address lists) is a person's
 * name when it is one to five capitalized words of letters, none a word of a mailbox that serves a team or a service.
 */
export function displayNames17(d: Detector): void {
  const v = d.v;
  let found: [number, number][] | undefined;
  for (const c of d.cands) {
    if (c.t !== 'EMAIL' || c.p < 0 || v.charCodeAt(c.s - 1) !== 60) continue;
    let b = c.s - 1;
    while (b > 0 && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9)) b--;
    let a = b;
    let e = b;
    if (v.charCodeAt(b - 1) === 34) {
      // A quoted display name: back to the opening quote on the same line.
      e = b - 1;
      a = e;
      while (a > 0 && e - a < 80 && v.charCodeAt(a - 1) !== 34 && v.charCodeAt(a - 1) !== 10) a--;
      if (a === 0 || v.charCodeAt(a - 1) !== 34) continue;
    } else {
      while (a > 0 && b - a < 80 && !DISPLAY_STOP_17.has(v.charCodeAt(a - 1))) a--;
      // "Nkemdirim, Obiageli <...>": one capitalized word before the comma, no address before it, is the surname.
      if (a > 0 && v.charCodeAt(a - 1) === 44) {
        let p = a - 1;
        while (p > 0 && v.charCodeAt(p - 1) === 32) p--;
        let q = p;
        while (q > 0 && isAsciiLetterOrMark(v.charCodeAt(q - 1))) q--;
        const before = q > 0 ? v.charCodeAt(q - 1) : 10;
        if (p - q >= 2 && (before === 32 || before === 58 || before === 10 || before === 34 || before === 9) && (q === 0 || !/[>@]\s*$/.test(v.slice(Math.max(0, q - 3), q)))) {
          const head = v.slice(Math.max(0, q - 12), q);
          if (/(?:^|\n)[ \t]*[A-Za-z-]{2,10}:[ \t]*$|"[ \t]*$/.test(head)) a = q;
        }
      }
    }
    while (a < e && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a++;
    while (e > a && (v.charCodeAt(e - 1) === 32 || v.charCodeAt(e - 1) === 9)) e--;
    // In running text the name is the words next to the address: "Contact Eszter Vamosi <...>" loses "Contact".
    for (;;) {
      const sp = v.indexOf(' ', a);
      if (sp < 0 || sp >= e) break;
      const f = d.fl(v.slice(a, sp).toLowerCase());
      if ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0) break;
      a = sp + 1;
    }
    if (e - a < 3) continue;
    const name = v.slice(a, e);
    if (!DISPLAY_NAME_17.test(name)) continue;
    const words = name.toLowerCase().split(/[ ,]+/).filter(Boolean);
    if (words.length > 5 || words.some((w) => MAILBOX_WORDS_17.has(w) || FACILITY_GENERIC.has(w) || STATE_WORDS.has(w) || (d.fl(w) & L.COUNTRY) !== 0)) continue;
    // Titles and credentials stay out of the span: "Dr. Ana Ruiz, MD".
    const t = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev)\.?[ \t]+)/.exec(name);
    const s0 = a + (t ? t[0].length : 0);
    const cr = /,?[ \t]+(?:MD|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|PharmD|LCSW|MSW|FNP|APRN|CNM|MBBS|FRCS|FRCP|MRCP|BSN|MSN)$/.exec(name);
    const e0 = e - (cr ? cr[0].length : 0);
    if (e0 - s0 < 3 || d.someOverlap(s0, e0, (o) => o.t !== 'NAME')) continue;
    (found ??= []).push([s0, e0]);
  }
  if (found) for (const [s0, e0] of found) d.add(s0, e0, 'NAME', 72);
}
/** Characters that end an unquoted display name going back: a separator of addresses, a header's colon, a line feed. */
const DISPLAY_STOP_17 = new Set([44, 59, 58, 60, 62, 10, 13, 9, 124, 40, 91]);
/** One to five words, each opening with a capital (letters of any script, apostrophes, hyphens, dots of initials). */
const DISPLAY_NAME_17 = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev)\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:,?[ \t]+\p{Lu}[\p{L}'’.-]*){0,4}(?:,?[ \t]+(?:MD|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|PharmD|LCSW|MSW|FNP|APRN|CNM|MBBS|FRCS|FRCP|MRCP|BSN|MSN))?$/u;
/** A letter of ASCII or beyond (accented names). */
const isAsciiLetterOrMark = (c: number) => isAsciiLetter(c) || c >= 192;
