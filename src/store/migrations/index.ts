import { createHash } from 'node:crypto';
import { sql as foundation } from './001_foundation.js';
import { sql as audit } from './002_audit.js';
import { sql as vendors } from './003_vendors.js';
import { sql as access } from './004_access.js';
import { sql as rateLimits } from './005_rate_limits.js';
import { sql as breakGlassSubject } from './006_break_glass_subject.js';
import { sql as oneRoundTrip } from './007_one_round_trip.js';
import { sql as renewLess } from './008_renew_less.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered, append-only. A migration is never edited once released: add a new one. */
export const migrations: Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'audit', sql: audit },
  { version: 3, name: 'vendors', sql: vendors },
  { version: 4, name: 'access', sql: access },
  { version: 5, name: 'rate_limits', sql: rateLimits },
  { version: 6, name: 'break_glass_subject', sql: breakGlassSubject },
  { version: 7, name: 'one_round_trip', sql: oneRoundTrip },
  { version: 8, name: 'renew_less', sql: renewLess },
].sort((a, b) => a.version - b.version);

export const checksum = (m: Migration): string => createHash('sha256').update(m.sql).digest('hex');
