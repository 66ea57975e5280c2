#!/usr/bin/env node
// Runs the detector over train6.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/train6/predict.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict } from '../heldout-tools.mjs';

await predict(dirname(fileURLToPath(import.meta.url)), 'train6');
