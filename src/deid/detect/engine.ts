// detect and detectMany: options, the chunking of long texts, groups of short texts, allow and deny lists.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { DeidError, isPhiType, type PhiType, type Span } from '../types.js';
import { buildView, toOriginal, type View } from '../normalize.js';
import type { TagDoc } from '../tagger.js';
import type { Cand } from './words.js';
import { Detector } from './detector.js';
import { resolve } from './resolve.js';
import { maskMarkers } from './shapes.js';

export interface DetectOptions {
  /** Report only these types (default: all). */
  types?: readonly PhiType[];
  /** Values that are never PHI (compared case-insensitively, e.g. the clinic's own main number). */
  allow?: readonly string[];
  /** Values that are always PHI wherever they occur (case-insensitive), with their type. */
  deny?: readonly { value: string; type: PhiType }[];
}

export function detect(text: string, options: DetectOptions = {}): Span[] {
  if (text.length === 0) return [];
  if (text.length <= CHUNK) return detectChunk(text, options);
  // Long texts go in pieces cut at blank lines (else line ends, sentence ends, spaces): memory stays bounded.
  const out: Span[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start + (CHUNK >> 1), end);
      let at = window.lastIndexOf('\n\n');
      if (at < 0) at = window.lastIndexOf('\n');
      if (at < 0) at = window.lastIndexOf('. ');
      if (at < 0) at = window.lastIndexOf(' ');
      if (at >= 0) end = start + (CHUNK >> 1) + at + 1;
      // Never split a surrogate pair.
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    for (const sp of detectChunk(text.slice(start, end), options)) out.push({ start: sp.start + start, end: sp.end + start, type: sp.type });
    start = end;
  }
  return out;
}

/** Above this length a text is detected in pieces. */
const CHUNK = 256 * 1024;

function detectChunk(text: string, options: DetectOptions): Span[] {
  const view: View = buildView(text);
  const v = maskMarkers(view.text);
  const types = options.types ? new Set(options.types) : null;
  return spansOf(text, view, v, new Detector(v).run(types), types, options);
}

/**
 * The identifiers of several texts: what `detect` gives each (the same spans), faster over many short texts (notes,
 * messages, records): the rules run over a group of texts one rule at a time, so each rule's code and tables stay in the
 * processor's caches from one text to the next (see Detector.runAll). A text longer than MANY_MAX_LEN is read alone.
 */
export function detectMany(texts: readonly string[], options: DetectOptions = {}): Span[][] {
  if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new DeidError('invalid_input', 'texts must be an array of strings');
  const out: Span[][] = new Array(texts.length);
  const types = options.types ? new Set(options.types) : null;
  let group: number[] = [];
  let groupLen = 0;
  const flush = (): void => {
    if (group.length === 0) return;
    const views = group.map((x) => buildView(texts[x] as string));
    const vs = views.map((view) => maskMarkers(view.text));
    const dets = vs.map((v) => new Detector(v));
    const cands = Detector.runAll(dets, types);
    group.forEach((x, y) => {
      out[x] = spansOf(texts[x] as string, views[y] as View, vs[y] as string, cands[y] as Cand[], types, options);
    });
    group = [];
    groupLen = 0;
  };
  for (let x = 0; x < texts.length; x++) {
    const t = texts[x] as string;
    if (t.length === 0) out[x] = [];
    else if (t.length > MANY_MAX_LEN) out[x] = detect(t, options);
    else {
      group.push(x);
      groupLen += t.length;
      if (groupLen >= MANY_GROUP_LEN) flush();
    }
  }
  flush();
  return out;
}

/** Texts longer than this are read alone by detectMany; a group is read once it holds this many characters. */
const MANY_MAX_LEN = 4096;
const MANY_GROUP_LEN = 64 * 1024;

/** The spans of one text from its candidates (view offsets): the deny and allow lists applied, offsets into the text. */
function spansOf(text: string, view: View, v: string, found: Cand[], types: ReadonlySet<PhiType> | null, options: DetectOptions): Span[] {
  const out: Span[] = [];
  let cands = found;
  if (options.deny?.length) cands = applyDeny(v, cands, options.deny);
  const allow = options.allow?.length ? new Set(options.allow.map((a) => a.toLowerCase())) : null;
  for (const c of cands) {
    if (types && !types.has(c.t)) continue;
    const [s, e] = toOriginal(view, text, c.s, c.e);
    if (allow && allow.has(text.slice(s, e).toLowerCase())) continue;
    out.push({ start: s, end: e, type: c.t });
  }
  return out;
}

/**
 * Stop 17, training of the tagger (scripts/train-tagger.mjs): the detector's view of a text, its tokens and the rules'
 * candidates as the tagger sees them (the tagger itself off); `map` tells whether view offsets differ from the text's.
 */
export function taggerInput(text: string): { doc: TagDoc; cands: Cand[]; mapped: boolean } {
  const view: View = buildView(text);
  const v = maskMarkers(view.text);
  const det = new Detector(v);
  const saved = taggerOff;
  taggerOff = true;
  try {
    det.run(null);
  } finally {
    taggerOff = saved;
  }
  return { doc: det, cands: det.cands, mapped: view.map !== null || v.length !== text.length };
}
export let taggerOff = false;

function applyDeny(v: string, cands: Cand[], deny: readonly { value: string; type: PhiType }[]): Cand[] {
  const lower = v.toLowerCase();
  const extra: Cand[] = [...cands];
  for (const d of deny) {
    if (!d.value || !isPhiType(d.type)) continue;
    const needle = d.value.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
      extra.push({ s: i, e: i + needle.length, t: d.type, p: 200 });
    }
  }
  return resolve(extra, v.length);
}
