#!/usr/bin/env node
// Lists misses (by gold type, with context) and false positives (predicted word characters
// outside every gold span, grouped by predicted type) for train7 (an open set: reading them is expected).
//   node test/deid/train7/analyse.mjs [gold.jsonl pred.jsonl]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../heldout-tools.mjs';

analyse(dirname(fileURLToPath(import.meta.url)), 'train7', process.argv.slice(2));
