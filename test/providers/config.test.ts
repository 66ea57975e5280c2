import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhigateError } from '../../src/common/errors.js';
import {
  checkRoutesEnvironment,
  createProvider,
  defaultRoutesConfig,
  isLoopbackHost,
  listModels,
  loadRoutesConfig,
  parseRoutesConfig,
  resolveRoute,
} from '../../src/providers/index.js';

function rejects(input: unknown, code: string, mentions?: string): PhigateError {
  try {
    parseRoutesConfig(input);
  } catch (e) {
    assert.ok(e instanceof PhigateError, 'a PhigateError');
    assert.equal(e.code, code, e.message);
    if (mentions) assert.ok(e.message.includes(mentions), `message "${e.message}" names ${mentions}`);
    return e;
  }
  assert.fail('config accepted');
}

const openaiRoute = { provider: 'openai', upstreamModel: 'gpt-4o-2024-08-06', apiKeyEnv: 'OPENAI_API_KEY', vendor: 'openai' };

test('default config: one model, inspect, offline', () => {
  const c = defaultRoutesConfig();
  assert.deepEqual([...c.routes.keys()], ['inspect']);
  const r = resolveRoute(c, 'inspect', 'chat');
  assert.equal(r.provider, 'inspect');
  assert.deepEqual(r.services, ['chat', 'embeddings']);
  assert.equal(r.self_hosted, true, 'nothing leaves with inspect');
  assert.equal(r.allowHttp, false);
  assert.equal(createProvider(r).kind, 'inspect');
  assert.deepEqual(listModels(c), { object: 'list', data: [{ id: 'inspect', object: 'model', created: 0, owned_by: 'inspect' }] });
});

test('a full routes file validates, with defaults filled in', () => {
  const c = parseRoutesConfig({
    version: 1,
    models: {
      'gpt-4o': openaiRoute,
      claude: { provider: 'anthropic', upstreamModel: 'claude-sonnet-4-5', apiKeyEnv: 'ANTHROPIC_API_KEY', vendor: 'anthropic', timeoutMs: 30000 },
      'azure-gpt': { provider: 'azure-openai', baseUrl: 'https://example-resource.openai.azure.com', upstreamModel: 'my-deploy', apiKeyEnv: 'AZURE_KEY', vendor: 'microsoft', apiVersion: '2024-10-21', services: ['chat', 'embeddings'] },
      llama: { provider: 'openai-compatible', baseUrl: 'http://10.1.2.3:8000/v1', vendor: 'self', self_hosted: true },
      local: { provider: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1', vendor: 'ollama' },
    },
  });
  const gpt = resolveRoute(c, 'gpt-4o');
  assert.equal(gpt.timeoutMs, 60000);
  assert.deepEqual(gpt.services, ['chat']);
  assert.equal(gpt.self_hosted, false);
  assert.equal(gpt.allowHttp, false);
  assert.equal(resolveRoute(c, 'claude').timeoutMs, 30000);
  assert.equal(resolveRoute(c, 'llama').allowHttp, true);
  assert.equal(resolveRoute(c, 'local').allowHttp, true);
  assert.equal(resolveRoute(c, 'local').upstreamModel, 'local', 'upstream model defaults to the route name');
  assert.deepEqual(listModels(c).data.map((m) => [m.id, m.owned_by]), [
    ['gpt-4o', 'openai'],
    ['claude', 'anthropic'],
    ['azure-gpt', 'microsoft'],
    ['llama', 'self'],
    ['local', 'ollama'],
  ]);
  for (const r of c.routes.values()) assert.equal(createProvider(r, { env: {} }).kind, r.provider);
});

test('resolveRoute: unknown model 404, service not offered 400', () => {
  const c = parseRoutesConfig({ models: { 'gpt-4o': openaiRoute } });
  assert.throws(() => resolveRoute(c, 'nope'), (e: unknown) => e instanceof PhigateError && e.code === 'model_not_found' && e.status === 404);
  assert.throws(() => resolveRoute(c, 'gpt-4o', 'embeddings'), (e: unknown) => e instanceof PhigateError && e.code === 'unsupported' && e.status === 400);
});

test('plain http is refused for a non-loopback host unless the route is self_hosted', () => {
  for (const host of ['10.0.0.5:8000', 'vllm.internal', '192.168.1.10', '[fe80::1]', '128.0.0.1']) {
    const e = rejects(
      { models: { m: { provider: 'openai-compatible', baseUrl: `http://${host}/v1`, vendor: 'x' } } },
      'insecure_upstream',
      'models.m.baseUrl',
    );
    assert.equal(e.status, 500);
  }
  for (const host of ['127.0.0.1', '127.8.9.10:9', 'localhost:11434', '[::1]:8000']) {
    const c = parseRoutesConfig({ models: { m: { provider: 'openai-compatible', baseUrl: `http://${host}/v1`, vendor: 'x' } } });
    assert.equal(resolveRoute(c, 'm').allowHttp, true, host);
  }
  const c = parseRoutesConfig({ models: { m: { provider: 'openai-compatible', baseUrl: 'http://10.0.0.5:8000/v1', vendor: 'x', self_hosted: true } } });
  assert.equal(resolveRoute(c, 'm').allowHttp, true);
  rejects({ models: { m: { ...openaiRoute, baseUrl: 'ftp://files.example/v1' } } }, 'insecure_upstream', 'models.m.baseUrl');
  rejects({ models: { m: { ...openaiRoute, baseUrl: 'http://api.example.com/v1' } } }, 'insecure_upstream');
});

test('isLoopbackHost', () => {
  for (const h of ['127.0.0.1', '127.255.255.254', 'localhost', 'LOCALHOST', '::1', '[::1]']) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ['10.0.0.1', '0.0.0.0', 'localhost.example.com', '::2', '1127.0.0.1', 'example.com']) assert.equal(isLoopbackHost(h), false, h);
});

test('unknown provider, unknown fields and missing fields are refused, naming the field', () => {
  rejects({ models: { m: { provider: 'bedrock', vendor: 'aws' } } }, 'config_invalid', 'models.m.provider');
  rejects({ models: { m: { ...openaiRoute, extra: 1 } } }, 'config_invalid', 'extra');
  rejects({ models: { m: { provider: 'openai', apiKeyEnv: 'K' } } }, 'config_invalid', 'models.m.vendor');
  rejects({ models: { m: { provider: 'openai', vendor: 'openai' } } }, 'config_invalid', 'models.m.apiKeyEnv');
  rejects({ models: { m: { provider: 'azure-openai', vendor: 'm', apiKeyEnv: 'K' } } }, 'config_invalid', 'models.m.baseUrl');
  rejects({ models: { m: { provider: 'openai-compatible', vendor: 'm' } } }, 'config_invalid', 'models.m.baseUrl');
  rejects({ models: { m: { provider: 'inspect', vendor: 'inspect', baseUrl: 'https://x.example' } } }, 'config_invalid', 'models.m.baseUrl');
  rejects({ models: { m: { ...openaiRoute, services: ['audio'] } } }, 'config_invalid', 'models.m.services');
  rejects({ models: { m: { ...openaiRoute, timeoutMs: 0 } } }, 'config_invalid', 'models.m.timeoutMs');
  rejects({ models: { m: { provider: 'anthropic', vendor: 'anthropic', apiKeyEnv: 'K', services: ['embeddings'] } } }, 'config_invalid', 'models.m.services');
  rejects({ models: {} }, 'config_invalid', 'models');
  rejects({ modelz: {} }, 'config_invalid');
  rejects([], 'config_invalid');
  rejects({ models: { m: { ...openaiRoute, baseUrl: 'https://user:pw@api.example.com/v1' } } }, 'config_invalid', 'credentials');
});

test('validation errors never print values, so a secret in the wrong field is not echoed', () => {
  const secret = 'sk-CANARYSECRET1234567890abcdef';
  const attempts: unknown[] = [
    { models: { m: { ...openaiRoute, apiKey: secret } } },
    { models: { m: { ...openaiRoute, apiKeyEnv: secret + '-not-a-name' } } },
    { models: { m: { ...openaiRoute, vendor: secret } } },
    { models: { m: { ...openaiRoute, provider: secret } } },
    { models: { m: { ...openaiRoute, baseUrl: `https://${secret}:x@api.example.com` } } },
    { models: { m: { ...openaiRoute, baseUrl: `http://api.example.com/?key=${secret}` } } },
    { models: { m: { ...openaiRoute, timeoutMs: secret } } },
    { models: { [secret + ' bad name']: openaiRoute } },
  ];
  for (const a of attempts) {
    try {
      parseRoutesConfig(a);
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof PhigateError);
      assert.equal(e.message.includes('CANARYSECRET'), false, e.message);
    }
  }
});

test('loadRoutesConfig reads JSON files; unreadable or invalid JSON gives a clear code without content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-routes-'));
  try {
    const good = join(dir, 'routes.json');
    writeFileSync(good, JSON.stringify({ models: { 'gpt-4o': openaiRoute } }));
    assert.equal(resolveRoute(loadRoutesConfig(good), 'gpt-4o').provider, 'openai');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"models": CANARY-NOT-JSON');
    assert.throws(() => loadRoutesConfig(bad), (e: unknown) => e instanceof PhigateError && e.code === 'config_invalid' && !e.message.includes('CANARY'));
    assert.throws(() => loadRoutesConfig(join(dir, 'absent.json')), (e: unknown) => e instanceof PhigateError && e.code === 'config_unreadable');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('checkRoutesEnvironment names missing key variables, never values', () => {
  const c = parseRoutesConfig({ models: { 'gpt-4o': openaiRoute, inspect: { provider: 'inspect', vendor: 'inspect' } } });
  assert.deepEqual(checkRoutesEnvironment(c, {}), ['model gpt-4o: environment variable OPENAI_API_KEY is not set']);
  assert.deepEqual(checkRoutesEnvironment(c, { OPENAI_API_KEY: 'sk-x' }), []);
});

test('a missing key fails the call with upstream_key_missing, and nothing is sent', async () => {
  const c = parseRoutesConfig({ models: { m: { provider: 'openai', apiKeyEnv: 'PHIGATE_TEST_UNSET_KEY', vendor: 'openai', baseUrl: 'http://127.0.0.1:9/v1' } } });
  const p = createProvider(resolveRoute(c, 'm'), { env: {} });
  await assert.rejects(
    p.chatCompletions({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
    (e: unknown) => e instanceof PhigateError && e.code === 'upstream_key_missing' && e.status === 500 && e.message.includes('PHIGATE_TEST_UNSET_KEY'),
  );
});
