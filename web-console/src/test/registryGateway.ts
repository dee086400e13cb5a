import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { ApiClient } from '../api/client';
import { registryApi } from '../api/registry';
import { createServices, type Services } from '../app/services';
import { fakeReporting } from './fakes';

/** A request the console sent: its body parsed when JSON, as sent otherwise (FormData). */
export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: Call) => Response | unknown | Promise<Response | unknown>;

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** A 422 (or other) problem-details answer naming the fields at fault, as the services send it. */
export function invalid(errors: { field: string; message: string }[], status = 422): Response {
  return json(
    status,
    {
      type: 'urn:problem:hoa-giai:invalid-request',
      title: 'Dữ liệu không hợp lệ',
      status,
      detail: `Có ${errors.length} trường dữ liệu không hợp lệ.`,
      errors,
    },
    'application/problem+json',
  );
}

export function problem(status: number, title: string, detail: string): Response {
  return json(status, { type: 'urn:problem:hoa-giai:x', title, status, detail }, 'application/problem+json');
}

/**
 * The gateway as the registry's pages see it: answers by method and path (a later `on` wins), every
 * request kept in `calls`, and the services the pages use, with a token.
 */
export function fakeGateway() {
  const handlers: [string, RegExp, Handler][] = [];
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const raw = init?.body;
    let body: unknown = raw;
    if (typeof raw === 'string') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const call: Call = { method, url, headers: (init?.headers ?? {}) as Record<string, string>, body };
    calls.push(call);
    const found = handlers.find(([m, pattern]) => m === method && pattern.test(url));
    if (!found) {
      return problem(404, 'Không tìm thấy', `Không có ${method} ${url}`);
    }
    const answer = await found[2](call);
    return answer instanceof Response ? answer : json(200, answer);
  });
  const gateway = {
    fetch,
    calls,
    /** Answers `method` on URLs matching `path` (a string matches the URL's path exactly, query aside). */
    on(method: string, path: string | RegExp, handler: Handler | unknown) {
      const pattern = typeof path === 'string' ? new RegExp(`^${escape(path)}(\\?.*)?$`) : path;
      handlers.unshift([method, pattern, typeof handler === 'function' ? (handler as Handler) : () => handler]);
      return gateway;
    },
    /** The calls made with this method to URLs starting with this path. */
    sent(method: string, path: string): Call[] {
      return calls.filter((c) => c.method === method && c.url.startsWith(path));
    },
    services(): Services {
      return createServices(fakeReporting([], {}), registryApi(new ApiClient({ fetch, tokenProvider: () => 'token-1' })));
    },
  };
  return gateway;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types a value into a field and lets the page react, as a user would. */
export function fill(root: HTMLElement, id: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  if (!input) {
    throw new Error(`no #${id}`);
  }
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Clicks, as a user would, and lets the page react. */
export function click(element: HTMLElement): void {
  act(() => element.click());
}

/** The button whose text or accessible name is `name`. */
export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
  if (!found) {
    throw new Error(`no button "${name}" among ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(', ')}`);
  }
  return found;
}
