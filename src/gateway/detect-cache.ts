import { createHmac, randomBytes } from 'node:crypto';
import type { DetectOptions, Span, detect, detectMany } from '../deid/index.js';

type DetectFn = typeof detect;
type DetectManyFn = typeof detectMany;

/**
 * Remembers what the detector found in texts this process has already de-identified, so that a
 * conversation's earlier turns, re-sent with every request (the chat APIs are stateless), and a
 * long system prompt shared by every request are read once rather than on every call.
 *
 * What is kept: per text, the spans (offsets and kinds), never the text. Entries are found by an
 * HMAC-SHA-256 of the text under a key drawn at start and never stored, so a key says nothing
 * about its text, not even in a heap dump. The cache is a plain in-process LRU: nothing is shared
 * between instances, and losing it only costs a detection. Bounded by entries and by the spans held.
 * Texts shorter than `minLength` are not kept: reading them is as cheap as looking them up.
 */
export class DetectionCache {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, readonly Span[]>();
  private spansHeld = 0;
  /** Detector functions and option sets seen, by identity, so that different ones never share an entry. */
  private readonly fnIds = new WeakMap<DetectFn, number>();
  private nextFnId = 0;
  private lastOptions: { types: unknown; allow: unknown; deny: unknown; tag: string } | undefined;
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxSpans = 200_000,
    readonly minLength = 128,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** `detect`, remembered: returns copies of the spans `detect(text, options)` returns. */
  wrap(detect: DetectFn): DetectFn {
    const fn = this.fnId(detect);
    return (text, options = {}) => {
      const k = this.keyOf(fn, text, options);
      if (k === undefined) return detect(text, options);
      const known = this.known(k);
      if (known) return known;
      this.misses++;
      const spans = detect(text, options);
      this.remember(k, spans.map((s) => Object.freeze({ ...s })));
      return spans;
    };
  }

  /**
   * `detectMany`, remembered in the same entries as `wrap(detect)` (`many` must give each text what `detect` gives it):
   * the texts not known are read together, in one call of `many`.
   */
  wrapMany(detect: DetectFn, many: DetectManyFn): DetectManyFn {
    const fn = this.fnId(detect);
    return (texts, options = {}) => {
      const out: Span[][] = new Array(texts.length);
      const keys: (string | undefined)[] = new Array(texts.length);
      // The texts to read, each once: a text given twice (a system prompt shared by requests read together) is read
      // and remembered once; `readAt[i]` is text i's place among them.
      const reads: number[] = [];
      const readAt: number[] = new Array(texts.length);
      const readOfKey = new Map<string, number>();
      texts.forEach((text, i) => {
        const k = (keys[i] = this.keyOf(fn, text, options));
        const known = k === undefined ? undefined : this.known(k);
        if (known) out[i] = known;
        else if (k !== undefined && readOfKey.has(k)) readAt[i] = readOfKey.get(k)!;
        else {
          readAt[i] = reads.push(i) - 1;
          if (k !== undefined) readOfKey.set(k, readAt[i]!);
        }
      });
      if (reads.length === 0) return out;
      const found = many(
        reads.map((i) => texts[i] as string),
        options,
      );
      texts.forEach((_, i) => {
        if (out[i] !== undefined) return;
        const j = readAt[i]!;
        const spans = found[j] as Span[];
        if (reads[j] !== i) {
          // The same text again: copies of what its first reading found.
          out[i] = spans.map((s) => ({ ...s }));
          return;
        }
        out[i] = spans;
        const k = keys[i];
        if (k === undefined) return;
        this.misses++;
        this.remember(k, spans.map((s) => Object.freeze({ ...s })));
      });
      return out;
    };
  }

  private fnId(detect: DetectFn): number {
    let id = this.fnIds.get(detect);
    if (id === undefined) this.fnIds.set(detect, (id = this.nextFnId++));
    return id;
  }

  /** The entry's key of a text (undefined when the cache is off or the text too short to keep). */
  private keyOf(fn: number, text: string, options: DetectOptions): string | undefined {
    if (this.maxEntries <= 0 || text.length < this.minLength) return undefined;
    return createHmac('sha256', this.key).update(`${fn}\u0000${this.optionsTag(options)}\u0000`).update(text).digest('base64');
  }

  /** Copies of the spans of a known entry (a hit, now the most recently used), or undefined. */
  private known(k: string): Span[] | undefined {
    const known = this.entries.get(k);
    if (!known) return undefined;
    this.hits++;
    // Most recently used last (a Map keeps insertion order).
    this.entries.delete(k);
    this.entries.set(k, known);
    return known.map((s) => ({ ...s }));
  }

  clear(): void {
    this.entries.clear();
    this.spansHeld = 0;
  }

  private remember(k: string, spans: readonly Span[]): void {
    if (spans.length > this.maxSpans) return;
    const old = this.entries.get(k);
    if (old) {
      this.entries.delete(k);
      this.spansHeld -= old.length;
    }
    this.entries.set(k, spans);
    this.spansHeld += spans.length;
    for (const [old, s] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.spansHeld <= this.maxSpans) break;
      this.entries.delete(old);
      this.spansHeld -= s.length;
    }
  }

  /** A tag per distinct option set (the gateway's policy passes the same frozen lists every time). */
  private optionsTag(o: DetectOptions): string {
    const last = this.lastOptions;
    if (last && last.types === o.types && last.allow === o.allow && last.deny === o.deny) return last.tag;
    const tag = JSON.stringify([o.types ?? null, o.allow ?? null, o.deny ?? null]);
    this.lastOptions = { types: o.types, allow: o.allow, deny: o.deny, tag };
    return tag;
  }
}
