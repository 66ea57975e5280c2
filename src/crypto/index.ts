import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { EnvKeyProvider } from './env-key.js';
import type { KeyProvider } from './key-provider.js';
import { LocalKeyringProvider } from './local-keyring.js';

export type { KeyProvider } from './key-provider.js';
export { KeyService, type KeyPurpose, type KeyStatus } from './keys.js';
export { LocalKeyringProvider } from './local-keyring.js';
export { EnvKeyProvider } from './env-key.js';
export { seal, open, rowAad, sealedKeyVersion, IV_BYTES } from './aead.js';
export { randomBytesPooled } from './random.js';

export const keyringPath = (dataDir: string) => join(dataDir, 'keyring.json');

/** Chooses the key provider named by the configuration. */
export function createKeyProvider(config: Pick<Config, 'keyProvider' | 'dataDir' | 'masterKey' | 'masterKeyPrevious'>): KeyProvider {
  switch (config.keyProvider) {
    case 'env':
      return new EnvKeyProvider(config.masterKey ?? '', config.masterKeyPrevious);
    case 'local':
      return LocalKeyringProvider.openOrCreate(keyringPath(config.dataDir));
  }
}
