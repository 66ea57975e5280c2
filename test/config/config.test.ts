import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkListenSecurity, loadConfig } from '../../src/config/index.js';

const fails = (env: Record<string, string>, code: string, setting: string, secret?: string) =>
  assert.throws(
    () => checkListenSecurity(loadConfig(env, '/srv')),
    (e: Error & { code?: string; details?: { setting?: string } }) =>
      e.code === code && e.details?.setting === setting && e.message.includes(setting) && (!secret || !e.message.includes(secret)),
  );

describe('configuration', () => {
  test('defaults', () => {
    const c = loadConfig({}, '/srv');
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.port, 8080);
    assert.equal(c.dataDir, '/srv/.phigate');
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.keyProvider, 'local');
    assert.equal(c.logLevel, 'info');
  });

  test('a wrong value names the setting', () => {
    fails({ PHIGATE_PORT: 'eighty' }, 'config_invalid', 'PHIGATE_PORT');
    fails({ PHIGATE_PORT: '70000' }, 'config_invalid', 'PHIGATE_PORT');
    fails({ PHIGATE_LOG_LEVEL: 'loud' }, 'config_invalid', 'PHIGATE_LOG_LEVEL');
    fails({ PHIGATE_KEY_PROVIDER: 'kms' }, 'config_invalid', 'PHIGATE_KEY_PROVIDER');
    fails({ PHIGATE_TLS_CERT: '/c.pem' }, 'config_invalid', 'PHIGATE_TLS_KEY');
    fails({ PHIGATE_KEY_PROVIDER: 'env' }, 'config_invalid', 'PHIGATE_MASTER_KEY');
  });

  test('binding beyond loopback needs TLS or an explicit TLS proxy', () => {
    fails({ PHIGATE_HOST: '0.0.0.0' }, 'tls_required', 'PHIGATE_HOST');
    fails({ PHIGATE_HOST: '10.1.2.3' }, 'tls_required', 'PHIGATE_HOST');
    assert.doesNotThrow(() => checkListenSecurity(loadConfig({ PHIGATE_HOST: '0.0.0.0', PHIGATE_TLS_PROXY: '1' })));
    assert.doesNotThrow(() =>
      checkListenSecurity(loadConfig({ PHIGATE_HOST: '0.0.0.0', PHIGATE_TLS_CERT: '/c.pem', PHIGATE_TLS_KEY: '/k.pem' })),
    );
    for (const h of ['127.0.0.1', '127.8.9.10', 'localhost', '::1']) {
      assert.doesNotThrow(() => checkListenSecurity(loadConfig({ PHIGATE_HOST: h })));
    }
  });

  test('a remote database must be reached over TLS; the URL (with its password) is never echoed', () => {
    const secret = 'S3cretPassw0rd';
    fails({ DATABASE_URL: `postgres://app:${secret}@db.internal.example:5432/phigate` }, 'database_tls_required', 'DATABASE_URL', secret);
    fails({ DATABASE_URL: `postgres://app:${secret}@db.internal.example/phigate?sslmode=disable` }, 'database_tls_required', 'DATABASE_URL', secret);
    fails({ DATABASE_URL: `postgres://app:${secret}@db.internal.example/phigate?sslmode=prefer` }, 'database_tls_required', 'DATABASE_URL', secret);
    fails({ DATABASE_URL: `mysql://app:${secret}@localhost/x` }, 'config_invalid', 'DATABASE_URL', secret);
    for (const mode of ['require', 'verify-ca', 'verify-full']) {
      assert.equal(loadConfig({ DATABASE_URL: `postgres://app:pw@db.internal.example/p?sslmode=${mode}` }).databaseUrl?.includes(mode), true);
    }
    assert.ok(loadConfig({ DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/p' }).databaseUrl);
    assert.ok(loadConfig({ DATABASE_URL: 'postgres://app@localhost/p' }).databaseUrl);
    assert.ok(loadConfig({ DATABASE_URL: 'postgresql:///p?host=/var/run/postgresql' }).databaseUrl);
  });

  test('the master key is never part of an error message', () => {
    const secret = 'bm90LTMyLWJ5dGVz';
    assert.throws(
      () => loadConfig({ PHIGATE_KEY_PROVIDER: 'env', PHIGATE_MASTER_KEY: secret, PHIGATE_PORT: 'x' }),
      (e: Error) => !e.message.includes(secret),
    );
  });
});
