/**
 * A small Server-Sent Events parser (the `text/event-stream` format) and encoder.
 *
 * Parsing follows the WHATWG event-stream rules: lines end in CRLF, LF or CR (also when the CR and
 * LF arrive in different chunks); `data:` lines accumulate, joined with `\n`; `event:` names the
 * event; lines starting with `:` are comments; one space after the colon is dropped; a blank line
 * dispatches the event; an event without data is not dispatched. UTF-8 sequences split across
 * chunks are decoded correctly.
 */

export interface SseEvent {
  /** The `event:` name, 'message' when none was given. */
  event: string;
  data: string;
  id?: string;
}

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private line = '';
  private lastWasCR = false;
  private data: string[] = [];
  private eventName = '';
  private lastId: string | undefined;

  /** Feeds bytes or text; returns the events completed by it. */
  push(chunk: Uint8Array | string): SseEvent[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const out: SseEvent[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* LF */) {
        if (this.lastWasCR) {
          // second half of a CRLF whose CR ended the previous line
          this.lastWasCR = false;
          start = i + 1;
          continue;
        }
        this.line += text.slice(start, i);
        this.endLine(out);
        start = i + 1;
      } else if (c === 13 /* CR */) {
        this.line += text.slice(start, i);
        this.endLine(out);
        this.lastWasCR = true;
        start = i + 1;
        continue;
      }
      this.lastWasCR = false;
    }
    this.line += text.slice(start);
    return out;
  }

  /** Ends the stream: an unterminated last line is taken as a line and a pending event is dispatched. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    const rest = this.decoder.decode();
    if (rest) out.push(...this.push(rest));
    if (this.line !== '') this.endLine(out);
    this.dispatch(out);
    return out;
  }

  private endLine(out: SseEvent[]): void {
    const line = this.line;
    this.line = '';
    if (line === '') {
      this.dispatch(out);
      return;
    }
    if (line.startsWith(':')) return; // comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventName = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      default:
        break; // `retry` and unknown fields are ignored
    }
  }

  private dispatch(out: SseEvent[]): void {
    if (this.data.length > 0) {
      const ev: SseEvent = { event: this.eventName || 'message', data: this.data.join('\n') };
      if (this.lastId !== undefined) ev.id = this.lastId;
      out.push(ev);
    }
    this.data = [];
    this.eventName = '';
  }
}

/** Parses a byte stream into SSE events. */
export async function* parseSse(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<SseEvent> {
  const parser = new SseParser();
  for await (const chunk of body) {
    for (const ev of parser.push(chunk)) yield ev;
  }
  for (const ev of parser.end()) yield ev;
}

/** Encodes one SSE event (`event:` line only when a name is given); multi-line data is split into `data:` lines. */
export function encodeSse(data: string, event?: string): string {
  const head = event ? `event: ${event}\n` : '';
  return `${head}${data
    .split(/\r\n|\r|\n/)
    .map((l) => `data: ${l}`)
    .join('\n')}\n\n`;
}
