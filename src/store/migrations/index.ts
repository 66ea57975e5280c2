import { createHash } from 'node:crypto';
import { sql as foundation } from './001_foundation.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered, append-only. A migration is never edited once released: add a new one. */
export const migrations: Migration[] = [{ version: 1, name: 'foundation', sql: foundation }];

export const checksum = (m: Migration): string => createHash('sha256').update(m.sql).digest('hex');
