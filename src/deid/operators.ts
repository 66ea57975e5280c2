// The operators that turn a detected value into its replacement.
import { createHmac, randomBytes } from 'node:crypto';
import { parseDate, shiftDate } from './dates.js';
import { L, lexicons } from './lexicon.js';
import { DeidError, type PhiType } from './types.js';

export const OPERATORS = ['redact', 'token', 'surrogate', 'date-shift', 'generalize', 'keep'] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * Turns values into reversible tokens `[[TYPE_HEX]]`. Batch and async so that a vault can serve a
 * whole text in one round trip. Must return one token per item, in order, the same token for the
 * same (type, value) within a tenant.
 */
export interface Tokenizer {
  tokenize(items: readonly { type: PhiType; value: string }[]): Promise<string[]>;
}

/** A process-local tokenizer: for the library alone and the CLI. Tokens do not outlive the process. */
export class InMemoryTokenizer implements Tokenizer {
  private readonly byValue = new Map<string, string>();
  private readonly byToken = new Map<string, string>();

  async tokenize(items: readonly { type: PhiType; value: string }[]): Promise<string[]> {
    return items.map(({ type, value }) => {
      const key = `${type}\u0000${value}`;
      let token = this.byValue.get(key);
      if (!token) {
        do token = `[[${type}_${randomBytes(4).toString('hex').toUpperCase()}]]`;
        while (this.byToken.has(token));
        this.byValue.set(key, token);
        this.byToken.set(token, value);
      }
      return token;
    });
  }

  /** Puts the original values back in place of the tokens this instance issued. */
  detokenize(text: string): string {
    return text.replace(/\[\[[A-Z][A-Z0-9_]*_[0-9A-F]{6,16}\]\]/g, (t) => this.byToken.get(t) ?? t);
  }

  get size(): number {
    return this.byValue.size;
  }
}

export interface OperatorKeys {
  /** Secret for surrogate values (consistent per tenant). */
  surrogate?: string | Uint8Array;
  /** Secret for date shifts (one offset per patient). */
  dateShift?: string | Uint8Array;
}

export interface OperatorContext {
  keys: OperatorKeys;
  tenantId: string;
  patientId: string;
}

/** Three-digit ZIP areas with 20,000 people or fewer (HHS Safe Harbor guidance, 2000 census). */
export const RESTRICTED_ZIP3 = new Set(['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893']);

export const redactMarker = (type: PhiType): string => `[${type}]`;

/** Deterministic byte stream from an HMAC of the key and a label. */
class Stream {
  private buf: Buffer;
  private pos = 0;
  private counter = 0;
  constructor(
    private readonly key: string | Uint8Array,
    private readonly label: string,
  ) {
    this.buf = this.block();
  }
  private block(): Buffer {
    return createHmac('sha256', this.key).update(`${this.label}\u0000${this.counter++}`).digest();
  }
  byte(): number {
    if (this.pos >= this.buf.length) {
      this.buf = this.block();
      this.pos = 0;
    }
    return this.buf[this.pos++] as number;
  }
  int(n: number): number {
    const v = (this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte();
    return (v >>> 0) % n;
  }
}

const requireKey = (k: string | Uint8Array | undefined, which: string): string | Uint8Array => {
  if (k === undefined || k.length === 0) throw new DeidError('key_required', `the policy needs a ${which} key`);
  return k;
};

/** The per-patient date offset in days: in [-365, -1] or [1, 365]. */
export function dateOffset(ctx: OperatorContext): number {
  const s = new Stream(requireKey(ctx.keys.dateShift, 'date-shift'), `date\u0000${ctx.tenantId}\u0000${ctx.patientId}`);
  const n = s.int(730);
  return n < 365 ? n - 365 : n - 364;
}

function matchCase(sample: string, word: string): string {
  if (sample.length > 1 && sample === sample.toUpperCase()) return word.toUpperCase();
  if (sample === sample.toLowerCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Replaces each letter and digit by a keyed random one of the same class. */
function scrambleChars(value: string, s: Stream): string {
  let out = '';
  for (const c of value) {
    if (c >= '0' && c <= '9') out += String(s.int(10));
    else if (c >= 'A' && c <= 'Z') out += LETTERS[s.int(LETTERS.length)];
    else if (c >= 'a' && c <= 'z') out += (LETTERS[s.int(LETTERS.length)] as string).toLowerCase();
    else out += c;
  }
  return out;
}

function surrogateName(value: string, ctx: OperatorContext, key: string | Uint8Array): string {
  const lex = lexicons();
  // Each word maps on its own, by a role taken from the word itself (not its position), so that
  // "John Smith", "Smith, John" and "Mr. Smith" all use the same replacements.
  return value.replace(/[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*/g, (w) => {
    const k = w.toLowerCase();
    const s = new Stream(key, `name\u0000${ctx.tenantId}\u0000${k}`);
    if (w.length === 1) return LETTERS[s.int(LETTERS.length)] as string;
    const f = lex.flags.get(k) ?? 0;
    const given = (f & L.FIRST) !== 0 && !(f & L.COMMON_SURNAME);
    const list = given ? lex.firstList : lex.lastList;
    return matchCase(w, list[s.int(list.length)] as string);
  });
}

function surrogatePhone(value: string, s: Stream): string {
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  let replacement: string;
  if (national.length === 10) {
    // Fictional range: NXX-555-01XX.
    const area = String(200 + s.int(800));
    let line = `01${String(s.int(100)).padStart(2, '0')}`;
    // (Never the original's own line number: a real "555-0142" must not reappear in its fake "NXX-555-01XX".)
    if (line === national.slice(6)) line = `01${String((Number(line.slice(2)) + 1) % 100).padStart(2, '0')}`;
    replacement = `${area}555${line}`;
    if (digits.length === 11) replacement = `1${replacement}`;
  } else {
    replacement = Array.from({ length: digits.length }, () => String(s.int(10))).join('');
    // (Never the original number itself.)
    if (replacement === digits) replacement = replacement.slice(0, -1) + String((Number(replacement.slice(-1)) + 1) % 10);
  }
  let i = 0;
  return value.replace(/\d/g, () => replacement[i++] ?? '0');
}

const STREET_SUFFIXES = new Set('street st avenue ave av road rd boulevard blvd drive dr lane ln way court ct place pl terrace ter circle cir parkway pkwy highway hwy square sq trail trl loop plaza route rte pike row alley crescent close'.split(' '));
const STREET_WORDS = ['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Willow', 'Birch', 'Lake', 'Hill', 'River', 'Meadow', 'Spring', 'Sunset', 'Ridge', 'Forest', 'Valley', 'Walnut', 'Cherry', 'Chestnut', 'Laurel'];

function surrogateLocation(value: string, ctx: OperatorContext, key: string | Uint8Array): string {
  const s = new Stream(key, `loc\u0000${ctx.tenantId}\u0000${value.toLowerCase().replace(/\s+/g, ' ')}`);
  if (/^\d{5}(?:-\d{4})?$/.test(value)) return scrambleChars(value, s);
  const lex = lexicons();
  const street = /^(\d+)([A-Za-z]?)(\s+)(.*)$/s.exec(value);
  if (street) {
    // Street address: new number and street name; the suffix word ("Ave") and the unit shape stay.
    const [, num = '1', letter = '', sp = ' ', rest = ''] = street;
    const words = rest.split(/(\s+)/);
    let suffixAt = -1;
    for (let i = 0; i < words.length; i += 2) if (STREET_SUFFIXES.has((words[i] as string).replace(/\.$/, '').toLowerCase())) suffixAt = i;
    const n = String(10 ** (num.length - 1) + s.int(9 * 10 ** (num.length - 1)));
    const name = STREET_WORDS[s.int(STREET_WORDS.length)] as string;
    if (suffixAt < 0) return `${n}${letter}${sp}${name} ${scrambleChars(rest, s)}`;
    const tail = words.slice(suffixAt).join('');
    const [suffix = '', ...unit] = tail.split(/(?=\s)/);
    return `${n}${letter}${sp}${name} ${suffix}${scrambleChars(unit.join(''), s)}`;
  }
  const head = /\b(Hospital|Medical Cent(?:er|re)|Health Cent(?:er|re)|Clinic|Infirmary|Nursing Home|Hospice|Family Practice|Urgent Care|County|Parish|Pharmacy|Health System|Rehabilitation Cent(?:er|re))\b.*$/i.exec(value);
  const city = lex.cityList[s.int(lex.cityList.length)] as string;
  if (head) return `${matchCase(value.split(/\s+/)[0] ?? value, city)} ${head[0]}`;
  return value === value.toUpperCase() && value.length > 1 ? city.toUpperCase() : city;
}

/** A realistic, format-preserving fake value, the same for the same value within a tenant. */
export function surrogate(type: PhiType, value: string, ctx: OperatorContext): string {
  const key = requireKey(ctx.keys.surrogate, 'surrogate');
  const s = () => new Stream(key, `${type}\u0000${ctx.tenantId}\u0000${value.toLowerCase()}`);
  switch (type) {
    case 'NAME':
      return surrogateName(value, ctx, key);
    case 'PHONE':
    case 'FAX':
      return surrogatePhone(value, s());
    case 'SSN': {
      // Area numbers 900-999 are never issued.
      const st = s();
      const digits = `9${String(st.int(100)).padStart(2, '0')}${String(st.int(1_000_000)).padStart(6, '0')}`;
      let i = 0;
      return value.replace(/\d/g, () => digits[i++] ?? '0');
    }
    case 'EMAIL': {
      const st = s();
      const lex = lexicons();
      return `${lex.firstList[st.int(lex.firstList.length)]}.${lex.lastList[st.int(lex.lastList.length)]}${st.int(100)}@example.org`;
    }
    case 'URL':
      return `https://example.org/${scrambleChars('xxxxxxxx', s()).toLowerCase()}`;
    case 'IP': {
      const st = s();
      if (value.includes(':')) return `fd00::${st.int(65536).toString(16)}:${st.int(65536).toString(16)}`;
      return `10.${st.int(256)}.${st.int(256)}.${1 + st.int(254)}`;
    }
    case 'DATE':
      return dateShiftValue(value, { ...ctx, keys: { ...ctx.keys, dateShift: ctx.keys.dateShift ?? key } });
    case 'AGE_OVER_89':
      return '90+';
    case 'LOCATION':
      return surrogateLocation(value, ctx, key);
    case 'PHOTO': {
      const ext = /\.[A-Za-z0-9]+$/.exec(value)?.[0] ?? '.jpg';
      return `photo_${scrambleChars('00000000', s())}${ext}`;
    }
    default:
      return scrambleChars(value, s());
  }
}

/** Shifts a date by the patient's offset, keeping its shape; unparseable dates are redacted. */
export function dateShiftValue(value: string, ctx: OperatorContext): string {
  const p = parseDate(value);
  if (!p) return redactMarker('DATE');
  return shiftDate(p, dateOffset(ctx));
}

/** Safe Harbor generalization: dates to their year, ZIP codes to 3 digits, ages over 89 to "90+". */
export function generalize(type: PhiType, value: string): string {
  if (type === 'DATE') {
    const p = parseDate(value);
    return p?.year !== undefined ? String(p.year) : redactMarker('DATE');
  }
  if (type === 'AGE_OVER_89') return '90+';
  if (type === 'LOCATION') {
    const zip = /^(\d{3})\d{2}(?:-\d{4})?$/.exec(value.trim());
    if (zip) return RESTRICTED_ZIP3.has(zip[1] as string) ? '000' : (zip[1] as string);
  }
  return redactMarker(type);
}
