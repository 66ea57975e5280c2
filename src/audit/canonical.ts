import { PhigateError } from '../common/index.js';

/**
 * RFC 8785 JSON Canonicalization Scheme. The RFC defines its serialisation in terms of ECMAScript's
 * own: strings and numbers as JSON.stringify writes them, object members sorted by the UTF-16 code
 * units of their names (the default order of Array.prototype.sort), no whitespace.
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new PhigateError('canonical_json', 'non-finite numbers have no JSON form', 500);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalize(value[i]);
        return out + ']';
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalize(v);
        first = false;
      }
      return out + '}';
    }
    default:
      throw new PhigateError('canonical_json', `a ${typeof value} has no JSON form`, 500);
  }
}
