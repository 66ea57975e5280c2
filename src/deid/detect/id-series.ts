// Stop 24: identifiers that come as a series. A register, a triage list or a log numbers its rows with codes of one shape
// ("#ROI-26-33112 | pt Sven-Olof Bergqvist", "MR/26/1185; Okello Denis; M; 19", "Tag TR-YEL-012  Ayse Nur Celik", "FCN-155-0997 /
// Nur Kalima / 14"), often with no label: three codes or more of one shape, on rows that name a person or hold another
// identifier, are the rows' identifiers. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { type Cand, isDigitCode, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { lineEndOrLength, lineStartOf } from './text.js';

/** A code: a prefix of capitals, then one to four parts of capitals or digits after hyphens or slashes ("ROI-26-33112",
 * "MR/26/1185", "TR-YEL-012", "V-2236"); stop 34: the prefix may end in digits, a batch's or a month's number
 * ("CR2611-0441": a tube's code in a laboratory's list). */
const CODE_24 = /(?<![\p{L}\d/.-])([A-Z]{1,5}\d{0,6}(?:[-/](?:[A-Z]{1,5}|\d{1,8})){1,4})(?![\p{L}\d]|[/-][\p{L}\d])/uy;

export function idSeries24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Stop 32: a text typed in lower case numbers its rows with the same codes in lower case, "mr/26/1185; okello denis":
  // the codes are read through the view in capitals. The series itself, three codes of one shape on rows holding another
  // candidate, is the guard it is in capitals.)
  const one = d.lowerTyped;
  const u = one ? d.upperView() : v;
  let byShape: Map<string, { s: number; e: number; text: string }[]> | undefined;
  // A code opens a token with a capital and goes on with a hyphen or a slash (inside the token or right after it): the
  // pattern is tried there only (speed: not over the whole text).
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    // (Stop 28, speed: a token in lower case opens with no capital; the first character read from the text, where the
    // token's word starts.)
    if (t.shape === 'L' && !one) continue;
    // (Stop 30, speed: the code's prefix is one to five capitals, so a hyphen or a slash must follow the run of capitals
    // that opens the token, inside it or right after it: read from the text, no search of the token's word.)
    let p = t.s;
    for (let c = u.charCodeAt(p); c >= 65 && c <= 90 && p - t.s < 6; c = u.charCodeAt(++p));
    if (p === t.s || p - t.s > 5) continue;
    // (Stop 34: and the prefix's digits, "CR2611-0441".)
    const q = p;
    for (let c = u.charCodeAt(p); c >= 48 && c <= 57 && p - q < 7; c = u.charCodeAt(++p));
    const next = u.charCodeAt(p);
    if (p - q > 6 || (next !== 45 && next !== 47)) continue;
    CODE_24.lastIndex = t.s;
    const m = CODE_24.exec(u);
    if (!m) continue;
    const text = m[1] as string;
    // Three digits at least: "COVID-19" and "HER-2" are no series.
    let digits = 0;
    for (let x = 0; x < text.length && digits < 3; x++) if (isDigitCode(text.charCodeAt(x))) digits++;
    if (digits < 3) continue;
    // The shape: the prefix as written, the rest as letters (A) and digits (9).
    const cut = text.search(/[-/]/);
    const key = text.slice(0, cut) + text.slice(cut).replace(/[A-Z]/g, 'A').replace(/\d/g, '9');
    byShape ??= new Map();
    const list = byShape.get(key);
    const item = { s: m.index, e: m.index + text.length, text };
    if (list === undefined) byShape.set(key, [item]);
    else list.push(item);
    // (The tokens inside the code are not tried again.)
    while (i + 1 < toks.length && (toks[i + 1] as Tok).s < item.e) i++;
  }
  if (byShape === undefined) return;
  for (const list of byShape.values()) {
    if (list.length < 3 || new Set(list.map((x) => x.text)).size < 3) continue;
    // Rows: each code on a line that names a person or holds another identifier, on two lines at least.
    const rows: { s: number; e: number }[] = [];
    const lines = new Set<number>();
    for (const x of list) {
      const ls = lineStartOf(v, x.s);
      const le = lineEndOrLength(v, x.s);
      const other = d.someOverlap(ls, le, (c: Cand) => (c.e <= x.s || c.s >= x.e) && c.t !== 'DATE');
      if (!other) continue;
      rows.push(x);
      lines.add(ls);
    }
    if (rows.length < 3 || lines.size < 2) continue;
    for (const x of rows) if (!d.anyCand(x.s, x.e)) d.add(x.s, x.e, 'OTHER_ID', 60);
  }
}
