import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { absolutePaths } from '../../src/cli/index.js';

test('file paths of a forwarded command are made absolute (the server has its own working folder)', () => {
  const out = absolutePaths(['audit', 'export', '--format', 'jsonl', '--out', 'exports/a.jsonl', '--tenant', 'acme']);
  assert.deepEqual(out, ['audit', 'export', '--format', 'jsonl', '--out', resolve('exports/a.jsonl'), '--tenant', 'acme']);
  assert.deepEqual(absolutePaths(['audit', 'purge', '--before', '2019-01-01', '--archive', '/abs/x.jsonl']), ['audit', 'purge', '--before', '2019-01-01', '--archive', '/abs/x.jsonl']);
  // A public key given inline (not an existing file) is left as it is.
  assert.deepEqual(absolutePaths(['audit', 'verify', '--public-key', 'MCowBQYDK2VwAyEA']), ['audit', 'verify', '--public-key', 'MCowBQYDK2VwAyEA']);
  assert.deepEqual(absolutePaths(['audit', 'verify-proof', 'package.json']), ['audit', 'verify-proof', resolve('package.json')]);
  assert.deepEqual(absolutePaths(['tenants', 'create', 'out']), ['tenants', 'create', 'out']);
});
