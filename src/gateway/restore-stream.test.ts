import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_TOKEN_LENGTH,
  MAX_TOKEN_TYPE_LENGTH,
  StreamRestorer,
  TOKEN_RE,
  escapeJsonString,
  holdBackIndex,
  isPartialToken,
  restoreText,
  type TokenResolver,
} from './restore-stream.js';

// Synthetic canaries only.
const VALUES = new Map<string, string>([
  ['[[NAME_7F3A9C1B]]', 'Zelda Quuxington'],
  ['[[DATE_00C0FFEE]]', '2031-02-03'],
  ['[[MRN_ABCDEF01]]', 'MRN-CANARY-0001'],
  ['[[A_B_12345678]]', 'multi underscore type'],
]);

function makeResolver(values = VALUES): TokenResolver & { calls: string[][] } {
  const calls: string[][] = [];
  const fn = async (tokens: string[]): Promise<Map<string, string>> => {
    calls.push([...tokens]);
    const out = new Map<string, string>();
    for (const t of tokens) {
      const v = values.get(t);
      if (v !== undefined) out.set(t, v);
    }
    return out;
  };
  return Object.assign(fn, { calls });
}

async function runChunks(chunks: string[], resolve: TokenResolver = makeResolver()): Promise<string> {
  const r = new StreamRestorer(resolve);
  let out = '';
  for (const c of chunks) out += await r.push(c);
  out += await r.flush();
  assert.equal(r.held, 0);
  return out;
}

test('TOKEN_RE and MAX_TOKEN_LENGTH describe the token format', () => {
  const m = [...'x [[NAME_7F3A9C1B]] y'.matchAll(new RegExp(TOKEN_RE))];
  assert.equal(m.length, 1);
  assert.equal(m[0]?.[1], 'NAME');
  assert.equal(m[0]?.[2], '7F3A9C1B');
  const longest = `[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH)}_0123ABCD]]`;
  assert.equal(longest.length, MAX_TOKEN_LENGTH);
  assert.match(longest, new RegExp(TOKEN_RE.source));
  assert.doesNotMatch(`[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH + 1)}_0123ABCD]]`, new RegExp(`^${TOKEN_RE.source}$`));
  assert.doesNotMatch('[[name_7f3a9c1b]]', new RegExp(TOKEN_RE.source));
});

test('isPartialToken recognises exactly the proper prefixes of a token', () => {
  const token = '[[NAME_7F3A9C1B]]';
  for (let i = 1; i < token.length; i++) assert.equal(isPartialToken(token.slice(0, i)), true, token.slice(0, i));
  assert.equal(isPartialToken(token), false, 'a complete token is not partial');
  for (const s of ['', 'a', '[a', '[[a', '[[1', '[[NAME]', '[[NAME_7F3A9C1]', '[[NAME_7F3A9C1B]x', '[[NAME 7', '[ [', '[[NAME_7F3A9C1B]]]']) {
    assert.equal(isPartialToken(s), false, s);
  }
  // Type at the maximum length can still be followed by `_`; one more letter cannot.
  assert.equal(isPartialToken(`[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH)}`), true);
  assert.equal(isPartialToken(`[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH + 1)}`), false);
  assert.equal(isPartialToken(`[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH)}_0123`), true);
  assert.equal(isPartialToken(`[[${'T'.repeat(MAX_TOKEN_TYPE_LENGTH)}_0123ABCD0`), false);
  assert.equal(isPartialToken('[[A_B_1234'), true);
});

test('holdBackIndex holds back only a possible token start', () => {
  assert.equal(holdBackIndex('plain text, no brackets'), 'plain text, no brackets'.length);
  assert.equal(holdBackIndex('abc ['), 4);
  assert.equal(holdBackIndex('abc [['), 4);
  assert.equal(holdBackIndex('abc [[NAM'), 4);
  assert.equal(holdBackIndex('abc [[NAME_7F3A'), 4);
  assert.equal(holdBackIndex('abc [[NAME_7F3A9C1B]'), 4);
  assert.equal(holdBackIndex('abc [[[NAM'), 5, 'the third bracket starts the candidate');
  assert.equal(holdBackIndex('arr[0'), 5);
  assert.equal(holdBackIndex('see [link] ok'), 'see [link] ok'.length);
  assert.equal(holdBackIndex('[[a'), 3);
});

test('every split position of one token restores correctly', async () => {
  const text = 'Patient [[NAME_7F3A9C1B]] was seen.';
  const expected = 'Patient Zelda Quuxington was seen.';
  for (let i = 0; i <= text.length; i++) {
    assert.equal(await runChunks([text.slice(0, i), text.slice(i)]), expected, `split at ${i}`);
  }
});

test('every pair of split positions across two adjacent tokens restores correctly', async () => {
  const text = 'A[[NAME_7F3A9C1B]][[DATE_00C0FFEE]]B';
  const expected = 'AZelda Quuxington2031-02-03B';
  for (let i = 0; i <= text.length; i++) {
    for (let j = i; j <= text.length; j++) {
      const out = await runChunks([text.slice(0, i), text.slice(i, j), text.slice(j)]);
      assert.equal(out, expected, `split at ${i},${j}`);
    }
  }
});

test('1-character chunks restore two tokens, and emit each character as soon as it is safe', async () => {
  const text = 'Dear [[NAME_7F3A9C1B]], MRN [[MRN_ABCDEF01]] on [[DATE_00C0FFEE]]. [brackets] stay.';
  const resolver = makeResolver();
  const r = new StreamRestorer(resolver);
  const pieces: string[] = [];
  for (const ch of text) pieces.push(await r.push(ch));
  pieces.push(await r.flush());
  assert.equal(pieces.join(''), 'Dear Zelda Quuxington, MRN MRN-CANARY-0001 on 2031-02-03. [brackets] stay.');
  // The first five characters come out one by one with no delay.
  assert.deepEqual(pieces.slice(0, 5), ['D', 'e', 'a', 'r', ' ']);
  // The resolver only ever sees complete tokens.
  for (const call of resolver.calls) for (const t of call) assert.match(t, new RegExp(`^${TOKEN_RE.source}$`));
});

test('text without tokens passes through with zero hold-back', async () => {
  const r = new StreamRestorer(makeResolver());
  for (const chunk of ['Hello, ', 'world! ', 'x[0] = 1; ', 'see [note] ', 'a ] b', '{"k": [1, 2]}']) {
    assert.equal(await r.push(chunk), chunk);
    assert.equal(r.held, 0);
  }
  assert.equal(await r.flush(), '');
});

test('holds back exactly the partial suffix, then releases it', async () => {
  const r = new StreamRestorer(makeResolver());
  assert.equal(await r.push('abc [[NAM'), 'abc ');
  assert.equal(r.held, 5);
  assert.equal(await r.push('E_7F3A9C1B'), '');
  assert.equal(await r.push(']'), '');
  assert.equal(await r.push('] done'), 'Zelda Quuxington done');
  assert.equal(r.held, 0);
  // A false start is released as soon as it cannot be a token.
  assert.equal(await r.push('[[NAME '), '[[NAME ');
  assert.equal(await r.push('[x'), '[x');
});

test('unknown tokens and tokens the caller may not see are left as they are', async () => {
  const text = 'Known [[NAME_7F3A9C1B]] unknown [[NAME_DEADBEEF]] hidden [[SSN_01234567]].';
  const expected = 'Known Zelda Quuxington unknown [[NAME_DEADBEEF]] hidden [[SSN_01234567]].';
  for (let i = 0; i <= text.length; i++) {
    assert.equal(await runChunks([text.slice(0, i), text.slice(i)]), expected);
  }
  assert.equal(await restoreText(text, makeResolver()), expected);
});

test('a partial token at the end of the stream is emitted as is on flush', async () => {
  assert.equal(await runChunks(['end [[NAME_7F3A']), 'end [[NAME_7F3A');
  assert.equal(await runChunks(['end [[NAME_7F3A9C1B]']), 'end [[NAME_7F3A9C1B]');
  assert.equal(await runChunks(['[']), '[');
});

test('tokens whose type contains underscores restore at every split', async () => {
  const text = 'x[[A_B_12345678]]y';
  for (let i = 0; i <= text.length; i++) {
    assert.equal(await runChunks([text.slice(0, i), text.slice(i)]), 'xmulti underscore typey');
  }
});

test('extra brackets around a token do not hide it', async () => {
  const text = '[[[NAME_7F3A9C1B]]]';
  for (let i = 0; i <= text.length; i++) {
    assert.equal(await runChunks([text.slice(0, i), text.slice(i)]), '[Zelda Quuxington]');
  }
});

test('restoreText resolves each distinct token once', async () => {
  const resolver = makeResolver();
  const out = await restoreText('[[NAME_7F3A9C1B]] and [[NAME_7F3A9C1B]] and [[DATE_00C0FFEE]]', resolver);
  assert.equal(out, 'Zelda Quuxington and Zelda Quuxington and 2031-02-03');
  assert.equal(resolver.calls.length, 1);
  assert.deepEqual([...(resolver.calls[0] ?? [])].sort(), ['[[DATE_00C0FFEE]]', '[[NAME_7F3A9C1B]]']);
  const noCall = makeResolver();
  assert.equal(await restoreText('nothing [here]', noCall), 'nothing [here]');
  assert.equal(noCall.calls.length, 0, 'no resolver call without tokens');
});

test('encode option escapes restored values inside JSON strings', async () => {
  const values = new Map([['[[NAME_7F3A9C1B]]', 'O"Quux\\Line\nTwo']]);
  const args = '{"patient":"[[NAME_7F3A9C1B]]"}';
  for (let i = 0; i <= args.length; i++) {
    const r = new StreamRestorer(makeResolver(values), { encode: escapeJsonString });
    const out = (await r.push(args.slice(0, i))) + (await r.push(args.slice(i))) + (await r.flush());
    assert.deepEqual(JSON.parse(out), { patient: 'O"Quux\\Line\nTwo' });
  }
});

test('pushes not awaited one by one still come back in order', async () => {
  const slow: TokenResolver = (tokens) =>
    new Promise((res) => setImmediate(() => res(new Map(tokens.map((t) => [t, VALUES.get(t) ?? t])))));
  const r = new StreamRestorer(slow);
  const text = 'one [[NAME_7F3A9C1B]] two [[DATE_00C0FFEE]] three';
  const parts = await Promise.all([...text].map((c) => r.push(c)).concat([r.flush()]));
  assert.equal(parts.join(''), 'one Zelda Quuxington two 2031-02-03 three');
});

test('a failing resolver rejects that push and the restorer stays usable', async () => {
  let fail = true;
  const r = new StreamRestorer(async (tokens) => {
    if (fail) throw new Error('vault down');
    return new Map(tokens.map((t) => [t, 'V']));
  });
  await assert.rejects(r.push('x [[NAME_7F3A9C1B]] y'), /vault down/);
  fail = false;
  assert.equal(await r.push('[[NAME_7F3A9C1B]]'), 'V');
});

test('random chunkings of random text equal the non-streaming restoration', async () => {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const atoms = ['[[NAME_7F3A9C1B]]', '[[DATE_00C0FFEE]]', '[[MRN_ABCDEF01]]', '[[NAME_DEADBEEF]]', '[', '[[', ']', ' ', 'ab', 'Z_', '7F', 'é', '\n'];
  for (let round = 0; round < 300; round++) {
    let text = '';
    const n = 1 + rand(12);
    for (let k = 0; k < n; k++) text += atoms[rand(atoms.length)];
    const chunks: string[] = [];
    let i = 0;
    while (i < text.length) {
      const len = 1 + rand(6);
      chunks.push(text.slice(i, i + len));
      i += len;
    }
    const expected = await restoreText(text, makeResolver());
    assert.equal(await runChunks(chunks), expected, JSON.stringify(chunks));
  }
});

test('agrees with the vault token format (src/vault/token.ts)', async () => {
  const vault = await import('../vault/token.js');
  assert.equal(MAX_TOKEN_LENGTH, vault.MAX_TOKEN_LENGTH);
  for (const type of ['NAME', 'DATE', 'MRN', 'A', 'ZIP_3', 'T'.repeat(32)]) {
    assert.match(type, vault.TYPE_PATTERN);
    const tok = vault.newToken(type);
    assert.match(tok, new RegExp(`^${TOKEN_RE.source}$`));
    for (let i = 1; i < tok.length; i++) assert.equal(isPartialToken(tok.slice(0, i)), true);
    assert.equal(await restoreText(`x${tok}y`, () => new Map([[tok, 'V']])), 'xVy');
  }
});
