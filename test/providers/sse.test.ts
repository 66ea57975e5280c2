import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser, encodeSse, parseSse, type SseEvent } from '../../src/providers/sse.js';

function parseAll(pieces: Array<string | Uint8Array>): SseEvent[] {
  const p = new SseParser();
  const out: SseEvent[] = [];
  for (const x of pieces) out.push(...p.push(x));
  out.push(...p.end());
  return out;
}

test('data lines, event names, comments and [DONE]', () => {
  const evs = parseAll([': comment\n', 'event: message_start\ndata: {"a":1}\n\n', 'data: [DONE]\n\n']);
  assert.deepEqual(evs, [
    { event: 'message_start', data: '{"a":1}' },
    { event: 'message', data: '[DONE]' },
  ]);
});

test('multi-line data is joined with newlines; one leading space is dropped', () => {
  const evs = parseAll(['data: line one\ndata:line two\ndata:  two spaces\n\n']);
  assert.deepEqual(evs, [{ event: 'message', data: 'line one\nline two\n two spaces' }]);
});

test('CRLF, CR and LF line endings, including a CRLF split across chunks', () => {
  assert.deepEqual(parseAll(['data: a\r\n\r\ndata: b\r\rdata: c\n\n']).map((e) => e.data), ['a', 'b', 'c']);
  assert.deepEqual(parseAll(['data: a\r', '\n', '\r', '\ndata: b\r\n\r\n']).map((e) => e.data), ['a', 'b']);
});

test('every split position of a stream gives the same events', () => {
  const stream = 'event: x\r\ndata: {"t":"é→😀"}\r\n: c\r\n\r\nid: 7\ndata: second\n\ndata: [DONE]\n\n';
  const bytes = new TextEncoder().encode(stream);
  const whole = parseAll([bytes]);
  assert.equal(whole.length, 3);
  assert.equal(whole[0]?.data, '{"t":"é→😀"}');
  assert.equal(whole[1]?.id, '7');
  for (let i = 0; i <= bytes.length; i++) {
    assert.deepEqual(parseAll([bytes.slice(0, i), bytes.slice(i)]), whole, `byte split at ${i}`);
  }
  for (let i = 0; i <= stream.length; i++) {
    assert.deepEqual(parseAll([stream.slice(0, i), stream.slice(i)]), whole, `char split at ${i}`);
  }
});

test('events without data are not dispatched; unknown fields are ignored; event name resets', () => {
  assert.deepEqual(parseAll(['event: ping\n\nretry: 10\nfoo: bar\ndata\n\ndata: x\n\n']), [
    { event: 'message', data: '' },
    { event: 'message', data: 'x' },
  ]);
});

test('an unterminated last event is dispatched at the end', () => {
  assert.deepEqual(parseAll(['data: tail']), [{ event: 'message', data: 'tail' }]);
});

test('parseSse over an async byte stream; encodeSse round-trips', async () => {
  const text = encodeSse('{"a":1}', 'content_block_delta') + encodeSse('multi\nline') + encodeSse('[DONE]');
  async function* gen() {
    for (const ch of new TextEncoder().encode(text)) yield new Uint8Array([ch]);
  }
  const evs: SseEvent[] = [];
  for await (const e of parseSse(gen())) evs.push(e);
  assert.deepEqual(evs, [
    { event: 'content_block_delta', data: '{"a":1}' },
    { event: 'message', data: 'multi\nline' },
    { event: 'message', data: '[DONE]' },
  ]);
});
