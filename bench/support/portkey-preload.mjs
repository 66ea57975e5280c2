// Preloaded (`node --import`) into the Portkey gateway child process by bench/gateway.ts.
//
// 1. Loopback only. The gateway's Node server listens on a port without naming a host, which
//    would bind every interface; here any such listen binds 127.0.0.1 instead.
//
// 2. Streaming on current @hono/node-server. Portkey's server replaces the global Response with
//    @hono/node-server's lightweight one; from @hono/node-server 1.14.3 on, `new Response(body,
//    upstreamResponse)` keeps the upstream response's (immutable) Headers, and Portkey then
//    appends its x-portkey-* headers to them: every streamed chat completion fails with
//    `TypeError: immutable` (Portkey issue #1389; a proposed upstream fix copies the headers).
//    npm installs the newest @hono/node-server that Portkey's range allows, so the same copy is
//    made here: when the init of a new Response is a native Response, its status and a copy of
//    its headers are used. Installed when the server starts listening, i.e. after
//    @hono/node-server has replaced the global (it does so while building the listener).
import net from 'node:net';

const NativeResponse = globalThis.Response;
let fixed = false;

function fixResponseInit() {
  if (fixed) return;
  fixed = true;
  const Current = globalThis.Response;
  if (Current === NativeResponse) return;
  class CopyingResponse extends Current {
    constructor(body, init) {
      if (init instanceof NativeResponse) {
        init = { status: init.status, statusText: init.statusText, headers: new Headers(init.headers) };
      }
      super(body, init);
    }
  }
  Object.defineProperty(globalThis, 'Response', { value: CopyingResponse, writable: true, configurable: true });
}

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  fixResponseInit();
  const first = args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (args.length < 2 || args[1] === undefined || args[1] === null) args[1] = '127.0.0.1';
    else if (typeof args[1] === 'function') args.splice(1, 0, '127.0.0.1');
  } else if (first && typeof first === 'object' && first.path === undefined && first.host === undefined && first.fd === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};

// 3. Stops by itself: when the benchmark that forked it goes away, so does the gateway.
if (process.connected) process.on('disconnect', () => process.exit(0));
