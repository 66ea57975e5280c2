import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as net from 'node:net';
import { startMockUpstream, DEFAULT_FAIL_BODY, type MockUpstream } from '../support/mock-upstream.js';
import { PhigateError } from '../../src/common/errors.js';
import { Transport } from '../../src/providers/http.js';
import { OpenAIProvider, AnthropicProvider, MIN_TLS_VERSION, type Provider } from '../../src/providers/index.js';
import { collect, providerFor } from './fixtures.js';

let mock: MockUpstream;
before(async () => {
  mock = await startMockUpstream();
});
after(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const isErr = (code: string, status: number) => (e: unknown) => {
  assert.ok(e instanceof PhigateError, `PhigateError expected, got ${String(e)}`);
  assert.equal(e.code, code, e.message);
  assert.equal(e.status, status);
  return true;
};

const kinds: Array<{ name: string; make: (timeoutMs?: number) => Provider }> = [
  { name: 'openai', make: (t = 60000) => providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1`, timeoutMs: t }) },
  { name: 'anthropic', make: (t = 60000) => providerFor({ provider: 'anthropic', baseUrl: mock.url, timeoutMs: t }) },
];
const chatBody = { model: 'test-model', messages: [{ role: 'user', content: 'Zelda Quuxington CANARY' }] };
const msgBody = { model: 'test-model', max_tokens: 10, messages: [{ role: 'user' as const, content: 'hi' }] };

for (const k of kinds) {
  test(`${k.name}: upstream 500 -> upstream_error 502, body never echoed`, async () => {
    mock.behave({ mode: 'fail', failStatus: 500 });
    for (const call of [
      () => k.make().chatCompletions(chatBody),
      () => k.make().messages(msgBody),
      () => collect(k.make().chatCompletionsStream({ ...chatBody, stream: true })),
      () => collect(k.make().messagesStream({ ...msgBody, stream: true })),
    ]) {
      await assert.rejects(call(), (e: unknown) => {
        isErr('upstream_error', 502)(e);
        const pe = e as PhigateError;
        assert.equal(pe.message, 'upstream returned 500');
        assert.equal(pe.details?.upstream_status, 500);
        assert.ok(DEFAULT_FAIL_BODY.includes('CANARY'));
        assert.equal(JSON.stringify({ m: pe.message, d: pe.details }).includes('CANARY'), false);
        return true;
      });
    }
  });

  test(`${k.name}: upstream 429 and 401 are upstream errors with their status in details`, async () => {
    for (const status of [401, 429]) {
      mock.behave({ mode: 'fail', failStatus: status });
      await assert.rejects(k.make().chatCompletions(chatBody), (e: unknown) => isErr('upstream_error', 502)(e) && (e as PhigateError).details?.upstream_status === status);
    }
  });

  test(`${k.name}: a hanging upstream times out -> upstream_timeout 504`, async () => {
    mock.behave({ mode: 'hang' });
    await assert.rejects(k.make(150).chatCompletions(chatBody), isErr('upstream_timeout', 504));
    await assert.rejects(collect(k.make(150).messagesStream({ ...msgBody, stream: true })), isErr('upstream_timeout', 504));
    // per-call timeout overrides the route's
    await assert.rejects(k.make(600000).chatCompletions(chatBody, { timeoutMs: 150 }), isErr('upstream_timeout', 504));
  });

  test(`${k.name}: a stream that goes silent mid-way times out after the chunks it sent`, async () => {
    mock.behave({ mode: 'hang-mid-stream', hangAfterChunks: 2, chunks: ['one ', 'two ', 'three'] });
    const got: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const c of k.make(200).chatCompletionsStream({ ...chatBody, stream: true })) got.push(c.choices[0]?.delta.content ?? '');
      })(),
      isErr('upstream_timeout', 504),
    );
    assert.equal(got.join(''), 'one two ');
  });

  test(`${k.name}: a slow consumer does not count as upstream idleness`, async () => {
    mock.behave({ chunks: ['a', 'b', 'c'] });
    let text = '';
    for await (const c of k.make(100).chatCompletionsStream({ ...chatBody, stream: true })) {
      text += c.choices[0]?.delta.content ?? '';
      await new Promise((r) => setTimeout(r, 150)); // longer than the timeout
    }
    assert.equal(text, 'abc');
  });

  test(`${k.name}: aborting the signal aborts the upstream request`, async () => {
    mock.behave({ mode: 'hang' });
    const ac = new AbortController();
    const pending = k.make().chatCompletions(chatBody, { signal: ac.signal });
    while (mock.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    const seen = mock.waitForClientAbort();
    ac.abort();
    await assert.rejects(pending, isErr('aborted', 499));
    await seen; // the upstream saw the connection go away
  });

  test(`${k.name}: aborting mid-stream aborts the upstream stream`, async () => {
    mock.behave({ mode: 'hang-mid-stream', hangAfterChunks: 1, chunks: ['first ', 'never'] });
    const ac = new AbortController();
    const seen = mock.waitForClientAbort();
    await assert.rejects(
      (async () => {
        for await (const c of k.make().chatCompletionsStream({ ...chatBody, stream: true }, { signal: ac.signal })) {
          if (c.choices[0]?.delta.content) ac.abort();
        }
      })(),
      isErr('aborted', 499),
    );
    await seen;
  });

  test(`${k.name}: a consumer that stops reading ends the upstream request`, async () => {
    mock.behave({ mode: 'hang-mid-stream', hangAfterChunks: 1, chunks: ['first ', 'never'] });
    const seen = mock.waitForClientAbort();
    for await (const c of k.make().chatCompletionsStream({ ...chatBody, stream: true })) {
      if (c.choices[0]?.delta.content) break;
    }
    await seen;
  });

  test(`${k.name}: an already aborted signal sends nothing useful and fails`, async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(k.make().chatCompletions(chatBody, { signal: ac.signal }), isErr('aborted', 499));
  });

  test(`${k.name}: a dropped connection -> upstream_error with a cause code`, async () => {
    mock.behave({ mode: 'drop' });
    await assert.rejects(k.make().chatCompletions(chatBody), (e: unknown) => isErr('upstream_error', 502)(e) && typeof (e as PhigateError).details?.cause === 'string');
  });
}

test('connection refused -> upstream_error 502 (cause ECONNREFUSED)', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const p = providerFor({ provider: 'openai', baseUrl: `http://127.0.0.1:${port}/v1` });
  await assert.rejects(p.chatCompletions(chatBody), (e: unknown) => isErr('upstream_error', 502)(e) && (e as PhigateError).details?.cause === 'ECONNREFUSED');
});

test('invalid JSON or a non-stream answer to a stream request -> upstream_error', async () => {
  mock.behave({ rawSse: ['data: {not json\n\n'] });
  await assert.rejects(collect(providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1` }).chatCompletionsStream({ ...chatBody, stream: true })), isErr('upstream_error', 502));
  mock.behave({ rawSse: ['data: {"error":{"message":"CANARY"}}\n\n'] });
  await assert.rejects(collect(providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1` }).chatCompletionsStream({ ...chatBody, stream: true })), (e: unknown) => isErr('upstream_error', 502)(e) && !(e as PhigateError).message.includes('CANARY'));
});

test('transport refuses plain http unless the route allows it', async () => {
  const t = new Transport({ allowHttp: false });
  await assert.rejects(t.postJson({ url: new URL(`${mock.url}/v1/chat/completions`), headers: {}, body: chatBody, timeoutMs: 1000 }), isErr('insecure_upstream', 500));
  assert.equal(mock.requests.length, 0);
  // a provider built without the config's permission refuses too
  const p = new OpenAIProvider({ model: 'm', upstreamModel: 'm', baseUrl: `${mock.url}/v1`, timeoutMs: 1000, allowHttp: false });
  await assert.rejects(p.chatCompletions(chatBody), isErr('insecure_upstream', 500));
  assert.equal(mock.requests.length, 0);
  t.close();
});

test('TLS settings: minimum TLS 1.2 and certificate verification', () => {
  const t = new Transport({ allowHttp: false });
  assert.equal(MIN_TLS_VERSION, 'TLSv1.2');
  assert.deepEqual(t.tls, { minVersion: 'TLSv1.2', rejectUnauthorized: true });
  t.close();
});

// ----------------------------------------------------------------- real HTTPS against a local server

function makeCert(dir: string): { key: Buffer; cert: Buffer } | undefined {
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  }
}

test('HTTPS: an untrusted certificate is refused; trusted through caFile it works', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-tls-'));
  const pair = makeCert(dir);
  if (!pair) {
    rmSync(dir, { recursive: true, force: true });
    t.skip('openssl not available');
    return;
  }
  const tlsMock = await startMockUpstream({ tls: pair });
  try {
    assert.match(tlsMock.url, /^https:/);
    const untrusted = providerFor({ provider: 'anthropic', baseUrl: tlsMock.url });
    await assert.rejects(untrusted.messages(msgBody), (e: unknown) => isErr('upstream_error', 502)(e) && /CERT|SELF_SIGNED/.test(String((e as PhigateError).details?.cause)));
    assert.equal(tlsMock.requests.length, 0, 'nothing sent over an unverified connection');
    const trusted = providerFor({ provider: 'anthropic', baseUrl: tlsMock.url, caFile: join(dir, 'cert.pem') });
    const msg = await trusted.messages(msgBody);
    assert.deepEqual(msg.content, [{ type: 'text', text: 'hi' }]);
    assert.equal(tlsMock.requests.length, 1);
    (trusted as AnthropicProvider).close();
  } finally {
    await tlsMock.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('HTTPS: a server that offers only TLS 1.1 is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-tls-'));
  const pair = makeCert(dir);
  if (!pair) {
    rmSync(dir, { recursive: true, force: true });
    t.skip('openssl not available');
    return;
  }
  const https = await import('node:https');
  const server = https.createServer({ ...pair, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  try {
    // Control: a client that allows TLS 1.1 gets through, so the refusal below is about the version.
    const control = await new Promise<boolean>((resolve) => {
      const req = https.request(
        { host: '127.0.0.1', port, method: 'GET', ca: pair.cert, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' },
        (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        },
      );
      req.on('error', () => resolve(false));
      req.end();
    });
    if (!control) {
      t.skip('this OpenSSL build cannot speak TLS 1.1 at all');
      return;
    }
    const p = providerFor({ provider: 'anthropic', baseUrl: `https://127.0.0.1:${port}`, caFile: join(dir, 'cert.pem') });
    await assert.rejects(p.messages(msgBody), (e: unknown) => isErr('upstream_error', 502)(e) && /SSL|TLS|PROTO/.test(String((e as PhigateError).details?.cause)));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  }
});
