#!/usr/bin/env node
// Runs the detector over heldout13.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/heldout13/predict.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict } from '../heldout-tools.mjs';

await predict(dirname(fileURLToPath(import.meta.url)), 'heldout13');
