import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { createSseParser, type SseEvent } from './fetchEventSource';

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(encoder.encode(chunk)));
      controller.close();
    },
  });
}

describe('server-sent events', () => {
  it('parses the event-stream format, whatever the chunks', () => {
    const events: SseEvent[] = [];
    const push = createSseParser((e) => events.push(e));
    for (const chunk of [': keep-alive\n', 'event:rol', 'lup\r', '\nid:0-12\ndata:{"unitCode":', '"52"}\n', '\n', 'data: a\ndata: b\n\n']) {
      push(chunk);
    }
    expect(events).toEqual([
      { event: 'rollup', id: '0-12', data: '{"unitCode":"52"}' },
      { data: 'a\nb' },
    ]);
  });

  it('uses EventSource while there is no token, and fetch with the Authorization header once there is', async () => {
    const eventSource = vi.fn((url: string) => ({ url }) as unknown as EventSource);
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(stream(['event:rollup\nid:1-7\ndata:{"unitCode":"540"}\n\n']), {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream;charset=UTF-8' },
      }),
    );
    const client = new ApiClient({ fetch, eventSource });

    client.events('/api/reporting/rollups/changes');
    expect(eventSource).toHaveBeenCalledWith('/api/reporting/rollups/changes');
    expect(fetch).not.toHaveBeenCalled();

    client.setTokenProvider(() => 'token-1');
    const source = client.events('/api/reporting/rollups/changes');
    const received = new Promise<MessageEvent>((resolve) =>
      source.addEventListener('rollup', (e) => resolve(e as MessageEvent)),
    );
    const message = await received;
    source.close();
    expect(JSON.parse(message.data as string)).toEqual({ unitCode: '540' });
    expect(message.lastEventId).toBe('1-7');
    const init = fetch.mock.calls[0]![1]!;
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    expect((init.headers as Record<string, string>).Accept).toBe('text/event-stream');
  });

  it('gives up like EventSource when the answer is not an event stream (e.g. 401)', async () => {
    const fetch = vi.fn(async () =>
      new Response('{"title":"Chưa xác thực"}', { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    const client = new ApiClient({ fetch, tokenProvider: () => 'expired' });
    const source = client.events('/api/reporting/rollups/changes');
    await new Promise((resolve) => source.addEventListener('error', resolve));
    expect(source.readyState).toBe(2);
  });
});
