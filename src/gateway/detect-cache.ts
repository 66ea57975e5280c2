import { createHmac, randomBytes } from 'node:crypto';
import type { DetectOptions, Span, detect } from '../deid/index.js';

type DetectFn = typeof detect;

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
    let id = this.fnIds.get(detect);
    if (id === undefined) this.fnIds.set(detect, (id = this.nextFnId++));
    const fn = id;
    return (text, options = {}) => {
      if (this.maxEntries <= 0 || text.length < this.minLength) return detect(text, options);
      const k = createHmac('sha256', this.key).update(`${fn}\u0000${this.optionsTag(options)}\u0000`).update(text).digest('base64');
      const known = this.entries.get(k);
      if (known) {
        this.hits++;
        // Most recently used last (a Map keeps insertion order).
        this.entries.delete(k);
        this.entries.set(k, known);
        return known.map((s) => ({ ...s }));
      }
      this.misses++;
      const spans = detect(text, options);
      this.remember(k, spans.map((s) => Object.freeze({ ...s })));
      return spans;
    };
  }

  clear(): void {
    this.entries.clear();
    this.spansHeld = 0;
  }

  private remember(k: string, spans: readonly Span[]): void {
    if (spans.length > this.maxSpans) return;
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
