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

test('--option=value forms are made absolute too', () => {
  assert.deepEqual(absolutePaths(['audit', 'export', '--out=exports/a.jsonl', '--tenant=acme']), ['audit', 'export', `--out=${resolve('exports/a.jsonl')}`, '--tenant=acme']);
  assert.deepEqual(absolutePaths(['audit', 'purge', '--before=2019-01-01', '--archive=old.jsonl']), ['audit', 'purge', '--before=2019-01-01', `--archive=${resolve('old.jsonl')}`]);
  assert.deepEqual(absolutePaths(['audit', 'verify', '--witness=server.log']), ['audit', 'verify', `--witness=${resolve('server.log')}`]);
  assert.deepEqual(absolutePaths(['audit', 'proof', 'e1', '--out=/abs/p.json']), ['audit', 'proof', 'e1', '--out=/abs/p.json']);
  // --public-key=FILE when the file exists; an inline key (base64 may contain '=') is left as it is.
  assert.deepEqual(absolutePaths(['audit', 'verify', '--public-key=package.json']), ['audit', 'verify', `--public-key=${resolve('package.json')}`]);
  assert.deepEqual(absolutePaths(['audit', 'verify', '--public-key=MCowBQYDK2VwAyEA==']), ['audit', 'verify', '--public-key=MCowBQYDK2VwAyEA==']);
  // Not a path option: untouched.
  assert.deepEqual(absolutePaths(['vendors', 'add', 'openai', '--document=contracts/baa.pdf']), ['vendors', 'add', 'openai', '--document=contracts/baa.pdf']);
});

test('the FILE of `policies apply` and `audit verify-proof` is made absolute wherever it stands among the options', () => {
  const apply = ['--tenant', 'acme', '--role', 'clinician', '--purpose', 'TREAT'];
  assert.deepEqual(absolutePaths(['policies', 'apply', 'note.txt', ...apply]), ['policies', 'apply', resolve('note.txt'), ...apply]);
  assert.deepEqual(absolutePaths(['policies', 'apply', ...apply, 'note.txt']), ['policies', 'apply', ...apply, resolve('note.txt')]);
  assert.deepEqual(absolutePaths(['policies', 'apply', '--tenant=acme', 'in/b.json', '--role', 'r', '--purpose=TREAT']), [
    'policies',
    'apply',
    '--tenant=acme',
    resolve('in/b.json'),
    '--role',
    'r',
    '--purpose=TREAT',
  ]);
  assert.deepEqual(absolutePaths(['policies', 'apply', '/abs/note.txt', ...apply]), ['policies', 'apply', '/abs/note.txt', ...apply]);
  assert.deepEqual(absolutePaths(['policies', 'apply', ...apply, '--', '-odd name']), ['policies', 'apply', ...apply, '--', resolve('-odd name')]);
  // A value that looks like a file name is not the FILE.
  assert.deepEqual(absolutePaths(['policies', 'apply', '--tenant', 'acme.txt', 'x.txt']), ['policies', 'apply', '--tenant', 'acme.txt', resolve('x.txt')]);
  assert.deepEqual(absolutePaths(['audit', 'verify-proof', '--public-key', 'MCowBQYDK2VwAyEA', '--json', 'proof.json']), [
    'audit',
    'verify-proof',
    '--public-key',
    'MCowBQYDK2VwAyEA',
    '--json',
    resolve('proof.json'),
  ]);
  // Other positionals (names, ids) are never paths.
  assert.deepEqual(absolutePaths(['policies', 'explain', '--tenant', 't', 'clinician']), ['policies', 'explain', '--tenant', 't', 'clinician']);
  assert.deepEqual(absolutePaths(['audit', 'proof', 'event-id', '--out', 'p.json']), ['audit', 'proof', 'event-id', '--out', resolve('p.json')]);
});
