#!/usr/bin/env node
// Builds heldout14.jsonl from the templates in notes*.mjs (a gold mark is {{TYPE:value}}; see ../heldout-tools.mjs).
//   node test/deid/heldout14/make.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../heldout-tools.mjs';

await build(dirname(fileURLToPath(import.meta.url)), 'heldout14');
