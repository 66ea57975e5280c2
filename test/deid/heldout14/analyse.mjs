#!/usr/bin/env node
// Lists misses (by gold type, with context) and false positives (predicted word characters
// outside every gold span, grouped by predicted type) for heldout14. Reading them unblinds the set.
//   node test/deid/heldout14/analyse.mjs [gold.jsonl pred.jsonl]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../heldout-tools.mjs';

analyse(dirname(fileURLToPath(import.meta.url)), 'heldout14', process.argv.slice(2));
