import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runDeid, type DeidCommandOptions } from '../../src/cli/commands/deid.js';
import { PhigateError } from '../../src/common/index.js';
import { deidentifyText } from '../../src/deid/index.js';

async function run(opts: DeidCommandOptions, input: string | Buffer): Promise<{ code: number; out: string; err: string }> {
  const output = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  output.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  const code = await runDeid(opts, { input: Readable.from([Buffer.from(input)]), output, stderr });
  return { code, out: Buffer.concat(outChunks).toString('utf8'), err: Buffer.concat(errChunks).toString('utf8') };
}

const jsonLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

test('--jsonl: one output line per input line, in order, with spans into the input and the redacted text', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Seen by Dr. Lewis on 9/19/2015.' }),
    JSON.stringify({ id: 'b', text: 'No identifiers here.' }),
    JSON.stringify({ id: 7, text: 'Call (717) 555-5040.' }),
  ].join('\n');
  const r = await run({ jsonl: true }, `${input}\n`);
  assert.equal(r.code, 0);
  const rows = jsonLines(r.out);
  assert.deepEqual(rows, [
    { id: 'a', spans: [{ start: 12, end: 17, type: 'NAME' }, { start: 21, end: 30, type: 'DATE' }], text: 'Seen by Dr. [NAME] on [DATE].' },
    { id: 'b', spans: [], text: 'No identifiers here.' },
    { id: 7, spans: [{ start: 5, end: 19, type: 'PHONE' }], text: 'Call [PHONE].' },
  ]);
  assert.deepEqual(Object.keys(rows[0]!), ['id', 'spans', 'text']);
  assert.equal(r.err, '');
});

test('--jsonl: bad lines get an error object, processing goes on, exit status 1', async () => {
  const input = [
    JSON.stringify({ id: 'ok1', text: 'Dr. Lewis' }),
    '{not json',
    JSON.stringify({ id: 'no-text', txt: 'Dr. Lewis' }),
    JSON.stringify(['array']),
    JSON.stringify({ id: { nested: true }, text: 'x' }),
    '',
    JSON.stringify({ id: 'ok2', text: 'Dr. Moore' }),
  ].join('\r\n');
  const r = await run({ jsonl: true }, input);
  assert.equal(r.code, 1);
  const rows = jsonLines(r.out);
  assert.equal(rows.length, 6);
  assert.equal(rows[0]!.id, 'ok1');
  assert.deepEqual(rows[1], { error: { code: 'invalid_json', message: 'line is not valid JSON' } });
  assert.deepEqual(rows[2], { id: 'no-text', error: { code: 'invalid_line', message: 'expected an object with a string "text"' } });
  assert.equal((rows[3]!.error as { code: string }).code, 'invalid_line');
  assert.equal((rows[4]!.error as { code: string }).code, 'invalid_line');
  assert.deepEqual(rows[5], { id: 'ok2', spans: [{ start: 4, end: 9, type: 'NAME' }], text: 'Dr. [NAME]' });
});

test('--jsonl handles multi-byte characters split across chunks', async () => {
  const line = JSON.stringify({ id: 'u', text: 'Dr. José García-López, 92 y/o ☃' });
  const bytes = Buffer.from(`${line}\n`);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const pieces = [bytes.subarray(0, 17), bytes.subarray(17, 18), bytes.subarray(18)];
  const code = await runDeid({ jsonl: true }, { input: Readable.from(pieces), output, stderr: new PassThrough() });
  assert.equal(code, 0);
  const row = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.equal(row.text, 'Dr. [NAME], [AGE_OVER_89] y/o ☃');
});

test('plain text mode: text in, transformed text out; safe-harbor policy by name', async () => {
  const r = await run({}, 'Patient: Ana Nguyen\nDOB: 04/26/1963\n');
  assert.equal(r.code, 0);
  assert.equal(r.out, 'Patient: [NAME]\nDOB: [DATE]\n');
  const s = await run({ policy: 'safe-harbor' }, 'DOB: 04/26/1963, ZIP 27853\n');
  assert.equal(s.out, 'DOB: 1963, ZIP 278\n');
});

test('plain text mode streams large inputs in chunks with the same result', async () => {
  const para = 'Seen by Dr. Lewis on 9/19/2015. Call (717) 555-5040.\n\n';
  const r = await run({}, para.repeat(20000));
  assert.equal(r.out, 'Seen by Dr. [NAME] on [DATE]. Call [PHONE].\n\n'.repeat(20000));
});

test('--format fhir: a resource in, a de-identified resource out; with --jsonl, one resource per line', async () => {
  const patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Okafor', given: ['Ngozi'] }], birthDate: '1931-08-18' };
  const r = await run({ format: 'fhir', policy: 'safe-harbor' }, JSON.stringify(patient));
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out), { resourceType: 'Patient', id: 'p1', name: [{ family: '[NAME]', given: ['[NAME]'] }], birthDate: '1931' });
  const lines = `${JSON.stringify(patient)}\n${JSON.stringify({ id: 'x', nope: 1 })}\n`;
  const j = await run({ format: 'fhir', jsonl: true }, lines);
  assert.equal(j.code, 1);
  const rows = jsonLines(j.out);
  assert.equal((rows[0]!.name as { family: string }[])[0]!.family, '[NAME]');
  assert.deepEqual(rows[1], { id: 'x', error: { code: 'invalid_fhir', message: 'line is not a FHIR resource (no resourceType)' } });
});

test('--policy FILE: a JSON policy; a bad policy is a typed error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-deid-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'policy.json');
  writeFileSync(file, JSON.stringify({ name: 'mine', default: 'redact', types: { DATE: 'keep' }, allow: ['800-555-0100'] }));
  const r = await run({ policy: file }, 'Dr. Lewis on 9/19/2015; clinic 800-555-0100\n');
  assert.equal(r.out, 'Dr. [NAME] on 9/19/2015; clinic 800-555-0100\n');
  writeFileSync(file, JSON.stringify({ name: 'bad', default: 'shred' }));
  await assert.rejects(run({ policy: file }, ''), (e: unknown) => e instanceof PhigateError && e.code === 'invalid_policy');
  await assert.rejects(run({ policy: join(dir, 'missing.json') }, ''), (e: unknown) => e instanceof PhigateError && e.code === 'unknown_policy');
});

test('--policy token uses the in-memory tokenizer: same value, same token', async () => {
  const r = await run({ jsonl: true, policy: 'token' }, `${JSON.stringify({ id: 1, text: 'Dr. Lewis and Dr. Lewis' })}\n`);
  const row = jsonLines(r.out)[0]!;
  const tokens = (row.text as string).match(/\[\[NAME_[0-9A-F]{8}\]\]/g) ?? [];
  assert.equal(tokens.length, 2);
  assert.equal(tokens[0], tokens[1]);
});

test('the built command: exit status 1 when a line fails, 0 otherwise (spawned)', () => {
  const entry = "import('./src/cli/index.ts').then(async (m) => { process.exitCode = await m.main(process.argv); })";
  const good = spawnSync(process.execPath, ['--import', 'tsx', '-e', entry, 'phigate', 'deid', '--jsonl'], { input: `${JSON.stringify({ id: 'a', text: 'Dr. Lewis' })}\n`, encoding: 'utf8' });
  assert.equal(good.status, 0, good.stderr);
  assert.deepEqual(JSON.parse(good.stdout), { id: 'a', spans: [{ start: 4, end: 9, type: 'NAME' }], text: 'Dr. [NAME]' });
  const bad = spawnSync(process.execPath, ['--import', 'tsx', '-e', entry, 'phigate', 'deid', '--jsonl'], { input: 'oops\n', encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, '', 'no progress output when stderr is not a terminal');
});

test('--jsonl: a line over the size limit gets line_too_long and the next line is still processed', async () => {
  const { MAX_LINE_BYTES } = await import('../../src/cli/commands/deid.js');
  const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(MAX_LINE_BYTES + 10) });
  const r = await run({ jsonl: true }, `${huge}\n${JSON.stringify({ id: 'after', text: 'Dr. Lewis' })}\n`);
  assert.equal(r.code, 1);
  const rows = jsonLines(r.out);
  assert.deepEqual(rows[0], { error: { code: 'line_too_long', message: `line longer than ${MAX_LINE_BYTES} bytes` } });
  assert.equal(rows[1]!.id, 'after');
  assert.equal(rows[1]!.text, 'Dr. [NAME]');
});

test('--jsonl in groups: a large input in one chunk, bad lines among good ones, every line as alone and in order', async () => {
  const texts = [
    'Seen by Dr. Lewis on 9/19/2015.',
    'Call (717) 555-5040 about Ana Nguyen, DOB 04/26/1963.',
    'No identifiers here.',
    'pt staying w daughter tamika in leeds',
    `${'Vitals stable overnight, plan unchanged. '.repeat(40)}Son Harold Whitfield visited.`,
  ];
  const input: string[] = [];
  const expected: (Record<string, unknown> | string)[] = [];
  // Over 64 KB of text and 1,024 lines: several groups, cut by size and by count.
  for (let i = 0; i < 1500; i++) {
    const t = texts[i % texts.length] as string;
    input.push(JSON.stringify({ id: i, text: t }));
    const alone = await deidentifyText(t);
    expected.push({ id: i, spans: alone.spans, text: alone.text });
    if (i % 97 === 0) {
      input.push('{not json');
      expected.push('invalid_json');
    }
    if (i % 131 === 0) {
      input.push(JSON.stringify({ id: `x${i}`, txt: t }));
      expected.push('invalid_line');
    }
  }
  const r = await run({ jsonl: true }, `${input.join('\n')}\n`);
  assert.equal(r.code, 1);
  const rows = jsonLines(r.out);
  assert.equal(rows.length, expected.length);
  rows.forEach((row, i) => {
    const e = expected[i]!;
    if (typeof e === 'string') assert.equal((row.error as { code: string }).code, e, `line ${i}`);
    else assert.deepEqual(row, e, `line ${i}`);
  });
});

test('--jsonl answers each line as it comes: a caller that writes one line and waits gets its answer', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const answers: string[] = [];
  let buffered = '';
  let wake: (() => void) | undefined;
  output.on('data', (c: Buffer) => {
    buffered += c.toString('utf8');
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      answers.push(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
    }
    wake?.();
  });
  const done = runDeid({ jsonl: true }, { input, output, stderr: new PassThrough() });
  const next = async (n: number): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 10_000;
    while (answers.length < n) {
      if (Date.now() > deadline) assert.fail(`no answer to line ${n} while the input stays open`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
    return JSON.parse(answers[n - 1]!) as Record<string, unknown>;
  };
  input.write(`${JSON.stringify({ id: 'a', text: 'Seen by Dr. Lewis.' })}\n`);
  assert.equal((await next(1)).text, 'Seen by Dr. [NAME].');
  input.write('{not json\n');
  assert.equal(((await next(2)).error as { code: string }).code, 'invalid_json');
  input.write(`${JSON.stringify({ id: 'b', text: 'Call (717) 555-5040.' })}\n`);
  assert.equal((await next(3)).text, 'Call [PHONE].');
  input.end();
  assert.equal(await done, 1);
});
