#!/usr/bin/env node
// Runs the detector over train4.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/train4/predict.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict } from '../heldout-tools.mjs';

await predict(dirname(fileURLToPath(import.meta.url)), 'train4');
