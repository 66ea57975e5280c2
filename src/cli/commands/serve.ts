import type { Command } from 'commander';
import { createServices, startHousekeeping, type Housekeeping } from '../../app/index.js';
import { PhigateError } from '../../common/index.js';
import { checkListenSecurity, loadConfig } from '../../config/index.js';
import { buildServer } from '../../gateway/index.js';
import type { Services } from '../../app/index.js';
import { startControlServer, type ControlRunner } from '../control.js';
import { acquireLock, socketPath } from '../lock.js';
import { deidControlCalls } from './deid.js';
import { io } from '../runtime.js';

/** `phigate serve`: the HTTP server (and, on the embedded store, the control socket for the CLI). */
export function register(program: Command, makeRunner: (s: Services) => ControlRunner): void {
  program
    .command('serve')
    .description('start the phigate server (embedded store unless DATABASE_URL is set)')
    .action(async () => {
      const config = loadConfig();
      checkListenSecurity(config);
      const embedded = !config.databaseUrl;
      const sock = socketPath(config.dataDir);
      const release = embedded ? acquireLock(config.dataDir, 'server', sock) : () => undefined;
      let services;
      try {
        services = await createServices(config);
      } catch (e) {
        release();
        throw e;
      }
      const app = await buildServer(services);
      const control = embedded ? await startControlServer(sock, makeRunner(services), deidControlCalls(services)) : null;
      let stopping: Promise<void> | null = null;
      let housekeeping: Housekeeping | undefined;
      const stop = () =>
        (stopping ??= (async () => {
          housekeeping?.stop();
          await app.close(); // stops accepting, lets in-flight requests finish
          if (control) await new Promise<void>((r) => control.close(() => r()));
          await services.close();
          release();
        })());
      try {
        await app.listen({ host: config.host, port: config.port });
      } catch (e) {
        await stop();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new PhigateError('port_in_use', `${config.host}:${config.port} is already in use (set PHIGATE_PORT)`, 500, { setting: 'PHIGATE_PORT' });
        if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new PhigateError('listen_failed', `cannot listen on ${config.host}:${config.port} (${code})`, 500, { setting: 'PHIGATE_HOST' });
        throw e;
      }
      // Checkpoints signed every 30 s, expired vault entries deleted (PHIGATE_VAULT_PURGE).
      housekeeping = startHousekeeping(services, { info: (obj, msg) => app.log.info(obj, msg), warn: (msg) => app.log.warn(msg) });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      const scheme = config.tls ? 'https' : 'http';
      io().err(
        `phigate listening on ${scheme}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port} ` +
          `(store: ${embedded ? `embedded, ${config.dataDir}` : 'postgresql'})\n`,
      );
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          stop().then(resolve, resolve);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
    });
}
