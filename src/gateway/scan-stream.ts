import { PhigateError } from '../common/index.js';
import { normalizeValue } from '../vault/index.js';
import { findIdentifiers, type Detector, type OutputPolicy, type TypeCounts } from './protect.js';

/** Text kept after each cut, so an identifier that ends a delta is seen whole before it is released. */
const LOOKAHEAD = 32;
/** Text already released that is shown to the detector again, as context for what follows. */
const CONTEXT = 64;

/**
 * Scans a streamed answer for identifiers the model was not given, before tokens are restored.
 * It releases text only up to a whitespace that lies at least LOOKAHEAD characters before the end of
 * what it holds, so a name or number that straddles two deltas is judged whole; vault tokens hold no
 * whitespace and are never cut. Policies: flag (count), redact (`[TYPE]`), block (throws before
 * the identifier is released).
 */
export class StreamScanner {
  private pending = '';
  private context = '';
  readonly counts: TypeCounts = {};

  constructor(
    private readonly policy: OutputPolicy,
    private readonly detector: Detector,
    private readonly given?: ReadonlySet<string>,
  ) {}

  /** Adds a delta; returns the text that can be released now. */
  push(delta: string): string {
    this.pending += delta;
    const limit = this.pending.length - LOOKAHEAD;
    if (limit <= 0) return '';
    let cut = -1;
    for (let i = limit; i > 0; i--) {
      if (/\s/.test(this.pending[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut <= 0) return '';
    return this.release(cut);
  }

  /** End of the stream: everything left. */
  flush(): string {
    return this.release(this.pending.length);
  }

  private release(cut: number): string {
    const text = this.context + this.pending;
    const offset = this.context.length;
    const end = offset + cut;
    let spans = findIdentifiers(text, this.detector).filter((s) => s.end > offset && !this.given?.has(normalizeValue(text.slice(s.start, s.end))));
    // An identifier that runs past the cut is released together with the rest of it, later.
    const straddling = spans.find((s) => s.start < end && s.end > end);
    let upto = end;
    if (straddling && cut < this.pending.length) upto = Math.max(offset, straddling.start);
    spans = spans.filter((s) => s.start < upto);
    // Every span left ends at or before `upto` (only the straddling one crossed it).
    let out = '';
    let pos = offset;
    for (const s of spans) {
      this.counts[s.type] = (this.counts[s.type] ?? 0) + 1;
      if (this.policy === 'block') {
        throw new PhigateError('output_phi_blocked', 'the model answer contained identifiers it was not given; the rest was withheld', 502);
      }
      out += `${text.slice(pos, Math.max(s.start, offset))}[${s.type}]`;
      pos = s.end;
    }
    out += text.slice(pos, upto);
    const released = text.slice(offset, upto);
    this.pending = this.pending.slice(upto - offset);
    this.context = (this.context + released).slice(-CONTEXT);
    return this.policy === 'flag' ? released : out;
  }
}
