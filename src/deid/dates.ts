// Parsing and re-rendering of dates in the formats the detector finds, so that a date can be
// shifted or generalized while keeping its written form ("Sept. 3rd, 2015" stays that shape).

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface ParsedDate {
  /** Full year, when the text has one. */
  year?: number;
  /** 1-12 */
  month: number;
  /** 1-31, when the text has a day. */
  day?: number;
  /** Re-renders the same shape with other values. */
  render(year: number, month: number, day: number): string;
}

interface Part {
  kind: 'num' | 'month' | 'sep';
  text: string;
  role?: 'y' | 'm' | 'd';
}

const monthIndex = (w: string): number => {
  const k = w.toLowerCase().replace(/\.$/, '');
  if (k.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3)) && m.startsWith(k === 'sept' ? 'sep' : k));
};

const expandYear = (t: string): number => {
  const digits = t.replace(/^'/, '');
  if (digits.length === 4) return +digits;
  const n = +digits;
  return n < 50 ? 2000 + n : 1900 + n;
};

const ordinal = (n: number): string => {
  const r = n % 100;
  if (r >= 11 && r <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

function casing(sample: string, word: string): string {
  if (sample === sample.toUpperCase()) return word.toUpperCase();
  if (sample === sample.toLowerCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Parses a date as the detector reports it; undefined when the shape is not understood. */
export function parseDate(text: string): ParsedDate | undefined {
  const parts: Part[] = [];
  for (const m of text.matchAll(/'?\d+(?:st|nd|rd|th)?|[A-Za-z]+\.?|[^A-Za-z\d']+/g)) {
    const t = m[0];
    if (/^'?\d/.test(t)) parts.push({ kind: 'num', text: t });
    else if (/^[A-Za-z]/.test(t)) {
      if (/^of$/i.test(t) || /^the$/i.test(t)) parts.push({ kind: 'sep', text: t });
      else if (monthIndex(t) >= 0) parts.push({ kind: 'month', text: t });
      else return undefined;
    } else parts.push({ kind: 'sep', text: t });
  }
  const nums = parts.filter((p) => p.kind === 'num');
  const monthWord = parts.find((p) => p.kind === 'month');
  let year: number | undefined;
  let month = 0;
  let day: number | undefined;
  const val = (p: Part) => parseInt(p.text.replace(/^'/, ''), 10);
  if (monthWord) {
    month = monthIndex(monthWord.text) + 1;
    monthWord.role = 'm';
    for (const p of nums) {
      const raw = p.text.replace(/(?:st|nd|rd|th)$/, '');
      if (raw.startsWith("'") || raw.length === 4 || (day !== undefined && raw.length === 2)) {
        p.role = 'y';
        year = expandYear(raw);
      } else if (day === undefined && val(p) >= 1 && val(p) <= 31) {
        p.role = 'd';
        day = val(p);
      } else return undefined;
    }
  } else if (nums.length === 1) {
    const t = (nums[0] as Part).text;
    if (!/^\d{8}$/.test(t)) return undefined;
    year = +t.slice(0, 4);
    month = +t.slice(4, 6);
    day = +t.slice(6, 8);
    const y0 = t;
    return check({
      year,
      month,
      day,
      render: (y, mo, d) => (y0.length === 8 ? `${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}` : y0),
    });
  } else if (nums.length === 3) {
    const [a, b, c] = nums as [Part, Part, Part];
    if (a.text.length === 4) {
      a.role = 'y';
      b.role = 'm';
      c.role = 'd';
    } else if (val(a) > 12) {
      a.role = 'd';
      b.role = 'm';
      c.role = 'y';
    } else {
      a.role = 'm';
      b.role = 'd';
      c.role = 'y';
    }
  } else if (nums.length === 2) {
    const [a, b] = nums as [Part, Part];
    if (b.text.length === 4) {
      a.role = 'm';
      b.role = 'y';
    } else {
      a.role = 'm';
      b.role = 'd';
    }
  } else return undefined;
  if (!monthWord) {
    for (const p of nums) {
      if (p.role === 'y') year = expandYear(p.text);
      else if (p.role === 'm') month = val(p);
      else if (p.role === 'd') day = val(p);
    }
  }
  return check({
    year,
    month,
    day,
    render: (y, mo, d) =>
      parts
        .map((p) => {
          if (p.role === 'm' && p.kind === 'month') {
            const name = MONTHS[mo - 1] as string;
            const bare = p.text.replace(/\.$/, '');
            const isAbbr = bare.length < (MONTHS[month - 1] as string).length;
            const abbr = isAbbr ? (bare.length === 4 && mo === 9 ? 'sept' : name.slice(0, 3)) : name;
            return casing(bare, abbr) + (p.text.endsWith('.') && isAbbr ? '.' : '');
          }
          const suffix = /(?:st|nd|rd|th)$/i.exec(p.text)?.[0];
          const raw = suffix ? p.text.slice(0, -suffix.length) : p.text;
          const width = raw.replace(/^'/, '').length;
          const pad = (n: number) => (width >= 2 ? String(n).padStart(width, '0') : String(n));
          if (p.role === 'y') return (raw.startsWith("'") ? "'" : '') + (width === 2 ? String(y % 100).padStart(2, '0') : String(y));
          if (p.role === 'm') return pad(mo);
          if (p.role === 'd') return pad(d) + (suffix ? casing(suffix, ordinal(d)) : '');
          return p.text;
        })
        .join(''),
  });
}

function check(p: ParsedDate): ParsedDate | undefined {
  if (!(p.month >= 1 && p.month <= 12)) return undefined;
  if (p.day !== undefined && !(p.day >= 1 && p.day <= 31)) return undefined;
  return p;
}

const DAY_MS = 86_400_000;

/** Shifts a parsed date by `days`, keeping its shape. Dates without a year shift within a leap reference year. */
export function shiftDate(p: ParsedDate, days: number): string {
  const refYear = p.year ?? 2000;
  const t = Date.UTC(refYear, p.month - 1, p.day ?? 15) + days * DAY_MS;
  const d = new Date(t);
  return p.render(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** FHIR date, dateTime or instant ("2015", "2015-02", "2015-02-07", "2015-02-07T13:28:17-05:00"). */
export const FHIR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Shifts a FHIR date/dateTime by `days`, keeping its precision and time of day. */
export function shiftFhirDate(value: string, days: number): string | undefined {
  const m = FHIR_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, time] = m;
  const t = Date.UTC(+(y as string), mo ? +mo - 1 : 6, d ? +d : 15) + days * DAY_MS;
  const nd = new Date(t);
  const yy = String(nd.getUTCFullYear()).padStart(4, '0');
  if (!mo) return yy;
  const mm = String(nd.getUTCMonth() + 1).padStart(2, '0');
  if (!d) return `${yy}-${mm}`;
  return `${yy}-${mm}-${String(nd.getUTCDate()).padStart(2, '0')}${time ?? ''}`;
}
