import type { VNode } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { ApiClient } from '../api/client';
import { planApi } from '../api/reporting';
import { registryApi } from '../api/registry';
import { trainingApi } from '../api/training';
import { SessionProvider } from '../auth/context';
import type { User } from '../auth/user';
import { createServices, ServicesProvider } from '../app/services';
import { fakeReporting, mount } from '../test/fakes';
import type { Rollup } from '../api';

/** A JSON answer, or problem details when the content type says so. */
export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, errors: { field: string; message: string }[], detail?: string): Response {
  return json(status, { title: 'Dữ liệu không hợp lệ', status, detail, errors }, 'application/problem+json');
}

type Handler = (request: { url: URL; init: RequestInit; body: unknown }) => Response | unknown;

/**
 * The gateway as a test sees it: answers by "METHOD /path" (without the query); anything else is a 404
 * with problem details. Every call is kept in `calls`.
 */
export function fakeGateway(handlers: Record<string, Handler>) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost:8080');
    const key = `${init.method ?? 'GET'} ${url.pathname}`;
    const handler = handlers[key];
    if (!handler) {
      return json(404, { title: 'Không tìm thấy', status: 404, detail: `Không có ${key}` }, 'application/problem+json');
    }
    let body: unknown = init.body;
    if (typeof init.body === 'string') {
      body = JSON.parse(init.body);
    }
    const answer = handler({ url, init, body });
    return answer instanceof Response ? answer : json(200, answer);
  });
  const calls = (key: string) =>
    fetch.mock.calls
      .filter(([input, init]) => `${init?.method ?? 'GET'} ${new URL(String(input), 'http://localhost:8080').pathname}` === key)
      .map(([input, init]) => ({
        url: new URL(String(input), 'http://localhost:8080'),
        init: init ?? {},
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      }));
  return { fetch, calls };
}

export const NHON_BINH_UNIT = { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540' };

/** Renders a page with services on a fake gateway, as `user` if given (else outside a session: everything shows). */
export function render(vnode: VNode, gateway: ReturnType<typeof fakeGateway>, options: { user?: User; rollups?: Rollup[]; children?: Record<string, string[]> } = {}) {
  const client = new ApiClient({ fetch: gateway.fetch });
  client.setTokenProvider(() => 'token-1');
  const services = createServices(fakeReporting(options.rollups ?? [], options.children ?? {}), registryApi(client),
    trainingApi(client), planApi(client));
  const page = <ServicesProvider services={services}>{vnode}</ServicesProvider>;
  return mount(options.user ? <SessionProvider value={{ user: options.user, signOut: () => {} }}>{page}</SessionProvider> : page);
}

export function user(role: User['role'], unit: string): User {
  return { subject: `u-${unit}`, name: 'Cán bộ', role, unit };
}

/** Types into an input, textarea or select, as a person would. */
export function type(root: HTMLElement, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  if (!input) {
    throw new Error(`no ${selector}`);
  }
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export function click(element: Element | null | undefined) {
  if (!element) {
    throw new Error('nothing to click');
  }
  act(() => (element as HTMLElement).click());
}

export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
  if (!found) {
    throw new Error(`no button "${text}" among ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  }
  return found;
}

/** The message shown beside a field: the element its input names last in aria-describedby. */
export function messageBeside(root: HTMLElement, inputId: string): string {
  const input = root.querySelector(`#${inputId}`);
  if (!input) {
    throw new Error(`no #${inputId}`);
  }
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const message = document.getElementById(ids[ids.length - 1] ?? '');
  if (!message || !input.closest('.field')!.contains(message)) {
    throw new Error(`no message beside #${inputId}`);
  }
  return message.textContent ?? '';
}
