// Child process of bench/gateway.ts: the test mock upstream (test/support/mock-upstream.ts) on
// 127.0.0.1, in a process of its own so the load generator and the upstream do not share an
// event loop. Talks to the parent over IPC:
//   -> { op: 'ready', url }
//   <- { op: 'seen', id, texts }   -> { op: 'seen', id, seen: boolean[] }  (did any request carry them?)
//   <- { op: 'clear' }             forget recorded requests (they are kept in memory)
//   <- { op: 'stop' }              close and exit (also on parent disconnect)
import { startMockUpstream } from '../../test/support/mock-upstream.js';

type Msg = { op: 'seen'; id: number; texts: string[] } | { op: 'clear' } | { op: 'stop' };

const mock = await startMockUpstream();
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await mock.close();
  process.exit(0);
};
// Requests are recorded in memory; drop them now and then so a long run stays small.
setInterval(() => {
  if (mock.requests.length > 2000) mock.requests.length = 0;
}, 1000).unref();
process.on('message', (m: Msg) => {
  if (m.op === 'seen') process.send!({ op: 'seen', id: m.id, seen: m.texts.map((t) => mock.receivedAnywhere(t)) });
  else if (m.op === 'clear') mock.requests.length = 0;
  else if (m.op === 'stop') void stop();
});
process.on('disconnect', () => void stop());
process.send!({ op: 'ready', url: mock.url });
