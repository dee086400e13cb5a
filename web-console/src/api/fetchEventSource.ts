/**
 * Server-Sent Events read with fetch, for when the stream needs an Authorization header (which the
 * browser's EventSource cannot send). It behaves like EventSource where the console relies on it:
 * `open`, named message events and `error` events, `readyState`, `close()`, a reconnect with
 * `Last-Event-ID` after a dropped connection, and giving up (CLOSED) on an answer that is not a 200
 * event stream (401, 503, ...).
 */
export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;

  readyState = FetchEventSource.CONNECTING;
  private readonly controller = new AbortController();
  private lastEventId = '';
  private retryMs: number;

  constructor(
    readonly url: string,
    private readonly connect: (signal: AbortSignal, lastEventId: string) => Promise<Response>,
    retryMs = 3000,
  ) {
    super();
    this.retryMs = retryMs;
    void this.run();
  }

  close(): void {
    this.readyState = FetchEventSource.CLOSED;
    this.controller.abort();
  }

  private async run(): Promise<void> {
    while (this.readyState !== FetchEventSource.CLOSED) {
      let response: Response;
      try {
        response = await this.connect(this.controller.signal, this.lastEventId);
      } catch {
        if (this.readyState === FetchEventSource.CLOSED) {
          return;
        }
        await this.dropped();
        continue;
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || !type.startsWith('text/event-stream') || !response.body) {
        // As EventSource does: a wrong answer is final; whoever opened the stream decides what next.
        this.readyState = FetchEventSource.CLOSED;
        this.dispatchEvent(new Event('error'));
        void response.body?.cancel().catch(() => {});
        return;
      }
      this.readyState = FetchEventSource.OPEN;
      this.dispatchEvent(new Event('open'));
      try {
        await this.read(response.body);
      } catch {
        // The connection dropped: reconnect below.
      }
      if (this.readyState === FetchEventSource.CLOSED) {
        return;
      }
      await this.dropped();
    }
  }

  private async dropped(): Promise<void> {
    this.readyState = FetchEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
    await new Promise((resolve) => setTimeout(resolve, this.retryMs));
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const parser = createSseParser((event) => {
      if (event.id !== undefined) {
        this.lastEventId = event.id;
      }
      if (event.retry !== undefined) {
        this.retryMs = event.retry;
      }
      if (event.data !== undefined && this.readyState !== FetchEventSource.CLOSED) {
        this.dispatchEvent(new MessageEvent(event.event || 'message', { data: event.data, lastEventId: this.lastEventId }));
      }
    });
    const reader = body.getReader();
    const decoder = new TextDecoder('utf-8');
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        parser(decoder.decode());
        return;
      }
      parser(decoder.decode(value, { stream: true }));
    }
  }
}

export interface SseEvent {
  event?: string;
  data?: string;
  id?: string;
  retry?: number;
}

/**
 * The text/event-stream format (HTML Living Standard, 9.2.6): feed it text as it arrives, in chunks of
 * any size; it calls `onEvent` at each blank line that ends an event.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  let buffer = '';
  let event: SseEvent = {};
  let data: string[] | undefined;
  let first = true;

  const line = (text: string) => {
    if (text === '') {
      if (data !== undefined) {
        event.data = data.join('\n');
      }
      if (event.data !== undefined || event.id !== undefined || event.retry !== undefined) {
        onEvent(event);
      }
      event = {};
      data = undefined;
      return;
    }
    if (text.startsWith(':')) {
      return; // a comment (keep-alive)
    }
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    switch (field) {
      case 'event':
        event.event = value;
        break;
      case 'data':
        (data ??= []).push(value);
        break;
      case 'id':
        if (!value.includes('\0')) {
          event.id = value;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) {
          event.retry = Number(value);
        }
        break;
      default:
        break;
    }
  };

  return (chunk) => {
    buffer += chunk;
    if (first && buffer.length > 0) {
      first = false;
      if (buffer.charCodeAt(0) === 0xfeff) {
        buffer = buffer.slice(1);
      }
    }
    let end: RegExpExecArray | null;
    const newline = /\r\n|\r|\n/g;
    let start = 0;
    while ((end = newline.exec(buffer)) !== null) {
      // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (end[0] === '\r' && end.index === buffer.length - 1) {
        break;
      }
      line(buffer.slice(start, end.index));
      start = end.index + end[0].length;
    }
    buffer = buffer.slice(start);
  };
}
