// detectMany: the identifiers of many texts at once, each text exactly what detect gives it alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeidError, InMemoryTokenizer, deidentifyText, deidentifyTexts, detect, detectMany, type DetectOptions, type Tokenizer } from '../../src/deid/index.js';

const DEV = join(process.cwd(), '..', 'shared', 'corpus', 'dev.jsonl');

/** Synthetic texts of several kinds and lengths: empty, one word, prose, one case, a table, a long one read alone. */
const SYNTHETIC = [
  '',
  'Lewis',
  'Seen by Dr. Lewis on 9/19/2015. Call (717) 555-5040 or email j.lewis@example.org.',
  'PATIENT: MARGARET O\'CONNOR-HAYES  DOB 03/14/1931  MRN 00482291  AGE 93',
  'pt is staying w her daughter tamika in leeds, call 07700 900461',
  'Name\tDOB\tPhone\nAna Nguyen\t04/26/1963\t(617) 555-0142\nRaj Patel\t11/02/1950\t(617) 555-0199\n',
  `${'Follow-up visit, vitals stable, plan unchanged. '.repeat(90)}Seen with her son Harold Whitfield at 42 Larchmont Avenue, Brookline, MA 02446.`,
];

test('detectMany gives each text what detect gives it alone, across groups, in capitals and in lower case too', { skip: !existsSync(DEV) && 'shared corpus not present' }, () => {
  const dev = readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  // More than two groups of texts (a group holds 64 KB), the synthetic ones in between, some in one case.
  const texts: string[] = [];
  let size = 0;
  for (let i = 0; size < 200_000 && i < dev.length; i++) {
    const t = dev[i] as string;
    texts.push(t, SYNTHETIC[i % SYNTHETIC.length] as string);
    if (i % 5 === 0) texts.push(t.toUpperCase(), t.toLowerCase());
    size += t.length;
  }
  assert.ok(size >= 200_000, 'the texts fill several groups');
  const many = detectMany(texts);
  assert.equal(many.length, texts.length);
  let spans = 0;
  texts.forEach((t, i) => {
    assert.deepEqual(many[i], detect(t), `text ${i}`);
    spans += many[i]!.length;
  });
  assert.ok(spans > 1000, 'the texts hold identifiers');
});

test('detectMany honours the detect options (types, allow, deny) as detect does', () => {
  const options: DetectOptions[] = [{ types: ['PHONE', 'DATE'] }, { allow: ['(717) 555-5040'] }, { deny: [{ value: 'Larchmont', type: 'LOCATION' }] }];
  for (const o of options) {
    const many = detectMany(SYNTHETIC, o);
    SYNTHETIC.forEach((t, i) => assert.deepEqual(many[i], detect(t, o), `${JSON.stringify(o)} text ${i}`));
  }
  // The lists did something: the allowed phone is gone, the denied word is found.
  assert.equal(detectMany([SYNTHETIC[2] as string], options[1])[0]!.some((s) => s.type === 'PHONE'), false);
  assert.ok(detectMany(['Larchmont'], options[2])[0]!.some((s) => s.type === 'LOCATION'));
  const phones = detectMany(SYNTHETIC, { types: ['PHONE'] }).flat();
  assert.ok(phones.length >= 3 && phones.every((s) => s.type === 'PHONE'));
});

test('detectMany: an empty list, and a typed error (no text echoed) for anything but an array of strings', () => {
  assert.deepEqual(detectMany([]), []);
  for (const bad of [['Dr. Lewis', 42], 'Dr. Lewis', null, [{ text: 'Dr. Lewis' }]]) {
    assert.throws(
      () => detectMany(bad as unknown as string[]),
      (e: unknown) => e instanceof DeidError && e.code === 'invalid_input' && !e.message.includes('Lewis'),
    );
  }
});

test('deidentifyTexts: each text as deidentifyText gives it, with its own patient for date shifts', async () => {
  const keys = { surrogate: 'k'.repeat(64), dateShift: 'd'.repeat(64) };
  const items = [
    { text: 'Seen by Dr. Lewis on 9/19/2015.', patientId: 'p1' },
    { text: 'Seen by Dr. Lewis on 9/19/2015.', patientId: 'p2' },
    { text: 'No identifiers here.' },
    { text: SYNTHETIC[6] as string, patientId: 'p1' },
  ];
  const policy = { name: 'shift-and-surrogate', default: 'redact', types: { DATE: 'date-shift', NAME: 'surrogate' } } as const;
  const got = await deidentifyTexts(items, { policy, keys, tenantId: 't1', patientId: 'p0' });
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const alone = await deidentifyText(it.text, { policy, keys, tenantId: 't1', patientId: it.patientId ?? 'p0' });
    assert.deepEqual(got[i], alone, `item ${i}`);
  }
  // Two patients, two shifts: the same date came out differently (the check above proves each is that patient's own).
  assert.notEqual((got[0] as { text: string }).text, (got[1] as { text: string }).text);
});

test('deidentifyTexts: an item that fails gets its own error, the others their results', async () => {
  const texts = [{ text: 'Dr. Lewis' }, { text: 7 as unknown as string }, { text: 'Call (717) 555-5040.' }];
  const got = await deidentifyTexts(texts, { policy: 'redact' });
  assert.deepEqual(got[0], { text: 'Dr. [NAME]', spans: [{ start: 4, end: 9, type: 'NAME' }] });
  assert.ok(got[1] instanceof DeidError && got[1].code === 'invalid_input');
  assert.deepEqual(got[2], { text: 'Call [PHONE].', spans: [{ start: 5, end: 19, type: 'PHONE' }] });
  // A tokenizer that fails fails the items that needed it, not the one without identifiers.
  const broken: Tokenizer = { tokenize: async () => Promise.reject(new Error('vault down: Lewis')) };
  const withTokens = await deidentifyTexts([{ text: 'Dr. Lewis' }, { text: 'No identifiers here.' }], { policy: 'token', tokenizer: broken });
  assert.ok(withTokens[0] instanceof Error);
  assert.deepEqual(withTokens[1], { text: 'No identifiers here.', spans: [] });
  const tokens = await deidentifyTexts([{ text: 'Dr. Lewis' }, { text: 'Dr. Lewis again' }], { policy: 'token', tokenizer: new InMemoryTokenizer() });
  assert.equal((tokens[0] as { text: string }).text.slice(4), (tokens[1] as { text: string }).text.slice(4, -6), 'one value, one token');
});
