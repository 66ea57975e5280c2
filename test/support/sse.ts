/** Server-sent events in tests: reading a gateway's stream, and writing a raw upstream one. */

export type Json = Record<string, any>;

/** The `data:` payloads of an SSE body (without `[DONE]`), with the `event:` name when there is one. */
export function sseEvents(body: string): Array<{ event?: string; data: Json }> {
  const out: Array<{ event?: string; data: Json }> = [];
  for (const block of body.split(/\n\n/)) {
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0 || data.join('\n') === '[DONE]') continue;
    out.push({ ...(event ? { event } : {}), data: JSON.parse(data.join('\n')) as Json });
  }
  return out;
}

/** Raw SSE frames for the mock upstream: each event as JSON (a string as is), named by its type when `named`. */
export const sse = (events: unknown[], named = false): string[] =>
  events.map((e) => `${named ? `event: ${(e as { type: string }).type}\n` : ''}data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`);
