#!/usr/bin/env node
// Runs the detector over heldout14.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/heldout14/predict.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict } from '../heldout-tools.mjs';

await predict(dirname(fileURLToPath(import.meta.url)), 'heldout14');
