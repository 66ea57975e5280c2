// Line index of long texts and character helpers shared by every rule.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.


/**
 * `v.charCodeAt(i)`, NaN outside the text as charCodeAt gives, but without reading out of bounds:
 * optimized code that reads past either end of a string is thrown away (deoptimized), and a hot
 * function that does it at several places ends up no longer optimized at all.
 */
export const codeAt = (v: string, i: number): number => (i >= 0 && i < v.length ? v.charCodeAt(i) : NaN);

/** Texts longer than this answer lineStartOf and lineEndOf from a sorted list of their line feeds. */
let LINE_INDEX_MIN = 4096;
let lineText: string | undefined;
/** Forgets the line feeds kept for the last text (a new Detector calls it). */
export function forgetLineIndex(): void {
  lineText = undefined;
}
let lineFeeds: Int32Array = new Int32Array(0);
let lineFeedCount = 0;

/** The line feeds of a long text, found once per text (the last text asked is kept). */
function lineFeedsOf(v: string): void {
  if (lineText === v) return;
  let n = 0;
  for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
    if (n === lineFeeds.length) {
      const more = new Int32Array(Math.max(1024, n * 2));
      more.set(lineFeeds);
      lineFeeds = more;
    }
    lineFeeds[n++] = i;
  }
  lineFeedCount = n;
  lineText = v;
}

/** The index of the first line feed of the last text asked (lineFeedsOf) at or after x (lineFeedCount when none). */
function feedIndexFrom(x: number): number {
  let lo = 0;
  let hi = lineFeedCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lineFeeds[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The start of the line holding `at`: `v.lastIndexOf('\n', at) + 1`. Rules ask it for every candidate; on a long text without
 * line feeds the backward search would read the whole text each time (time quadratic in its length), so long texts
 * answer from their line feeds by binary search.
 */
export function lineStartOf(v: string, at: number): number {
  if (v.length <= LINE_INDEX_MIN) return v.lastIndexOf('\n', at) + 1;
  lineFeedsOf(v);
  // (After the last line feed at or before `at`.)
  const i = feedIndexFrom(Math.min(Math.max(at, 0), v.length - 1) + 1);
  return i === 0 ? 0 : (lineFeeds[i - 1] as number) + 1;
}

/** The first line feed at or after `at`, or -1: `v.indexOf('\n', at)`, from the line feeds on a long text (see lineStartOf). */
export function lineEndOf(v: string, at: number): number {
  if (v.length <= LINE_INDEX_MIN) return v.indexOf('\n', at);
  lineFeedsOf(v);
  const i = feedIndexFrom(Math.max(at, 0));
  return i === lineFeedCount ? -1 : (lineFeeds[i] as number);
}
/** The end of the line holding `at`: its line feed, or the text's end when no line feed follows. */
export function lineEndOrLength(v: string, at: number): number {
  const e = lineEndOf(v, at);
  return e < 0 ? v.length : e;
}
/** From this many candidates on, anyCand asks an index instead of reading every candidate (a text made of thousands of
 * candidates would otherwise cost time quadratic in its length: see "Worst-case inputs" in docs/deid.md). */
export let CAND_INDEX_MIN = 128;

/**
 * For tests: from how many candidates anyCand and its kin use their index, and above which length a text's line starts
 * come from its list of line feeds (0 and 0: always; Infinity: never). Both paths must give the same answers.
 * Returns the previous values.
 */
export function setScaleThresholds(candIndexMin: number, lineIndexMin: number): [number, number] {
  const was: [number, number] = [CAND_INDEX_MIN, LINE_INDEX_MIN];
  CAND_INDEX_MIN = candIndexMin;
  LINE_INDEX_MIN = lineIndexMin;
  return was;
}
/** Candidates at most this long are filed by the 32-character block of their start; longer ones are read on every query. */
export const CAND_INDEX_LONG = 512;
/** The end of the spaces and tabs from x (at most b). */
export function skipBlanks(v: string, x: number, b: number): number {
  while (x < b) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) break;
    x++;
  }
  return x;
}
/** The last position at or before x that holds no space or tab (-1 if there is none). */
export function skipBlanksBack(v: string, x: number): number {
  while (x >= 0) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) break;
    x--;
  }
  return x;
}
