// Child process of bench/gateway.ts: a phigate server started the way `phigate serve` starts one
// (createServices from a loaded configuration, buildServer, listen), from the compiled build in
// dist/ that `npm start` runs (plain JavaScript: no TypeScript loader in the measured process),
// with one route to the mock upstream through the `openai` provider, one tenant and one clinician
// API key.
// Environment (set by the parent):
//   PHIGATE_BENCH_MOCK_URL   base URL of the mock upstream (http on 127.0.0.1)
//   PHIGATE_BENCH_MODEL      public model name of the route
//   PHIGATE_BENCH_UPSTREAM_KEY  the upstream key the route names with apiKeyEnv
//   PHIGATE_DATA_DIR, DATABASE_URL (optional), PHIGATE_RATE_LIMIT, PHIGATE_LOG_LEVEL (optional)
// IPC: -> { op: 'ready', url, key, store }; <- { op: 'stop' } closes and exits (also on disconnect).
import { createServices } from '../../dist/app/index.js';
import { loadConfig } from '../../dist/config/index.js';
import { buildServer } from '../../dist/gateway/index.js';
import { parseRoutesConfig } from '../../dist/providers/index.js';

const mockUrl = process.env.PHIGATE_BENCH_MOCK_URL;
const model = process.env.PHIGATE_BENCH_MODEL;
if (!mockUrl || !model) throw new Error('PHIGATE_BENCH_MOCK_URL and PHIGATE_BENCH_MODEL are required');

const config = loadConfig({ ...process.env, PHIGATE_HOST: '127.0.0.1', PHIGATE_PORT: '0' });
const services = await createServices(config);
const routes = parseRoutesConfig({
  models: {
    [model]: {
      provider: 'openai',
      baseUrl: `${mockUrl}/v1`,
      vendor: 'openai',
      apiKeyEnv: 'PHIGATE_BENCH_UPSTREAM_KEY',
      services: ['chat'],
      timeoutMs: 30_000,
    },
  },
});
const app = await buildServer(services, { routes });
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
const port = typeof addr === 'object' && addr ? addr.port : 0;
const tenant = await services.tenants.create('bench');
const { key } = await services.apiKeys.create(tenant.id, { principal: 'bench-app', role: 'clinician' });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  try {
    await app.close();
    await services.close();
  } finally {
    process.exit(0);
  }
};
process.on('message', (m) => {
  if (m?.op === 'stop') void stop();
});
process.on('disconnect', () => void stop());
process.send({ op: 'ready', url: `http://127.0.0.1:${port}`, key, store: services.store.kind });
