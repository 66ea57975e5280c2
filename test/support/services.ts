import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openTestStore, type TestStore } from './stores.js';

export interface TestServices extends Services {
  testStore: TestStore;
  dataDir: string;
  dispose(): Promise<void>;
}

/** Services over a fresh test store and a throwaway data folder (for the keyring). */
export async function openTestServices(kind: 'pglite' | 'postgres', env: Record<string, string> = {}): Promise<TestServices> {
  const dataDir = mkdtempSync(join(tmpdir(), 'phigate-test-'));
  const testStore = await openTestStore(kind);
  const config = loadConfig({ PHIGATE_DATA_DIR: dataDir, PHIGATE_KEY_CACHE_SECONDS: '0', ...env });
  const services = await createServices(config, { store: testStore.store });
  return Object.assign(services, {
    testStore,
    dataDir,
    dispose: async () => {
      await services.close();
      await testStore.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
