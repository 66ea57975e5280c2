import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runDeid, type DeidCommandOptions } from '../../src/cli/commands/deid.js';
import { DeidError, deidentifyFhir, deidentifyText, parsePolicy, type Tokenizer } from '../../src/deid/index.js';

// A value that must never come back in any error text.
const CANARY = 'Zebulon Quackenbush 467-19-9732 CANARY7731';

async function cli(opts: DeidCommandOptions, input: string): Promise<{ out: string; err: string; thrown?: string }> {
  const output = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  try {
    await runDeid(opts, { input: Readable.from([Buffer.from(input)]), output, stderr });
    return { out, err };
  } catch (e) {
    return { out, err, thrown: e instanceof Error ? `${e.name} ${e.message} ${(e as { code?: string }).code}` : String(e) };
  }
}

const errorTexts = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { error?: { message: string; code: string } })
    .filter((r) => r.error)
    .map((r) => `${r.error!.code} ${r.error!.message}`);

test('no input text in per-line errors of the CLI', async () => {
  const lines = [
    `{"id": "x", "text": "${CANARY}"`,
    JSON.stringify({ id: 'y', text: 42, note: CANARY }),
    JSON.stringify({ id: { CANARY }, text: CANARY }),
    CANARY,
    JSON.stringify([CANARY]),
  ].join('\n');
  const r = await cli({ jsonl: true }, lines);
  const errors = errorTexts(r.out);
  assert.equal(errors.length, 5);
  for (const e of errors) assert.ok(!e.includes('CANARY') && !e.includes('Quackenbush') && !e.includes('9732'), e);
  assert.ok(!r.err.includes('CANARY'));
  const f = await cli({ jsonl: true, format: 'fhir' }, `${JSON.stringify({ note: CANARY })}\n{${CANARY}\n`);
  for (const e of errorTexts(f.out)) assert.ok(!e.includes('CANARY'), e);
  const doc = await cli({ format: 'fhir' }, `{"resourceType": "Patient", ${CANARY}`);
  assert.ok(doc.thrown && !doc.thrown.includes('CANARY'), doc.thrown);
});

test('no input text in policy errors', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-canary-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bad = [
    { name: 'p', default: CANARY },
    { name: 'p', [CANARY]: 1 },
    { name: 'p', types: { [CANARY]: 'redact' } },
    { name: 'p', types: { NAME: CANARY } },
    { name: 'p', fields: { [CANARY]: { action: CANARY } } },
    { name: 'p', deny: [{ value: CANARY, type: CANARY }] },
    { name: CANARY.repeat(10) },
  ];
  for (const p of bad) {
    assert.throws(
      () => parsePolicy(p),
      (e: unknown) => e instanceof DeidError && e.code === 'invalid_policy' && !e.message.includes('CANARY') && !e.message.includes('Quackenbush'),
    );
    const file = join(dir, 'p.json');
    writeFileSync(file, JSON.stringify(p));
    const r = await cli({ policy: file }, 'x');
    assert.ok(r.thrown && !r.thrown.includes('CANARY'), r.thrown);
  }
  writeFileSync(join(dir, 'q.json'), `{"name": "${CANARY}`);
  const r = await cli({ policy: join(dir, 'q.json') }, 'x');
  assert.ok(r.thrown && !r.thrown.includes('CANARY'));
  const missing = await cli({ policy: join(dir, CANARY) }, 'x');
  assert.ok(missing.thrown && !missing.thrown.includes('CANARY'), missing.thrown);
});

test('no input text in library errors, nor in errors from a failing tokenizer as the CLI reports them', async () => {
  const failing: Tokenizer = {
    tokenize: async (items) => {
      throw new Error(`vault down while storing ${items.map((i) => i.value).join(',')}`);
    },
  };
  await assert.rejects(deidentifyFhir({ note: CANARY }), (e: unknown) => e instanceof DeidError && !e.message.includes('CANARY'));
  await assert.rejects(deidentifyText(42 as unknown as string), (e: unknown) => e instanceof DeidError && e.code === 'invalid_input');
  await assert.rejects(deidentifyText(CANARY, { policy: 'token' }), (e: unknown) => e instanceof DeidError && !e.message.includes('CANARY'));
  await assert.rejects(deidentifyText(CANARY, { policy: 'token', tokenizer: { tokenize: async () => ['x'] } }), (e: unknown) => e instanceof DeidError && !e.message.includes('CANARY'));
  // A foreign error passes through unchanged (not dressed as a DeidError); the CLI reports such errors generically.
  const r = await deidentifyText(CANARY, { policy: 'token', tokenizer: failing }).then(
    () => 'resolved',
    (e: unknown) => (e instanceof DeidError ? e.message : 'foreign'),
  );
  assert.equal(r, 'foreign');
});
