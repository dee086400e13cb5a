import { t } from '../i18n';
import { noToken, type TokenProvider } from './auth';
import { FetchEventSource } from './fetchEventSource';
import { ApiError, isProblemDetails, NetworkError, ProblemError } from './problem';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Opens a Server-Sent Events stream; the browser's EventSource unless a test brings its own. */
export type EventSourceFactory = (url: string) => EventSource;

export interface ApiClientOptions {
  /** Where the gateway is; '' (the default) is the origin the console was served from. */
  baseUrl?: string;
  tokenProvider?: TokenProvider;
  fetch?: typeof fetch;
  eventSource?: EventSourceFactory;
}

/**
 * The one way the console talks to the gateway. It adds `Authorization: Bearer …` when the token
 * provider has a token, sends and reads JSON, and turns every failure into an {@link ApiError}:
 * a {@link ProblemError} (with the fields at fault) when the server answered with problem details,
 * a {@link NetworkError} when it could not be reached.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private tokenProvider: TokenProvider;
  private readonly fetchImpl: typeof fetch;
  private readonly eventSourceImpl: EventSourceFactory;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
    this.tokenProvider = options.tokenProvider ?? noToken;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.eventSourceImpl = options.eventSource ?? ((url) => new EventSource(url));
  }

  /** Installs the token source (OpenID Connect sign-in, later). */
  setTokenProvider(provider: TokenProvider): void {
    this.tokenProvider = provider;
  }

  url(path: string, query?: Query): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== null && value !== undefined) {
        search.set(key, String(value));
      }
    }
    const qs = search.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  get<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    // A POST carries an Idempotency-Key: when its answer is lost (the network, a time-out, a service
    // briefly away) it is sent again with the same key, and the services answer the first result
    // again instead of doing it twice.
    const post = method === 'POST';
    if (post && !headers['Idempotency-Key']) {
      headers['Idempotency-Key'] = newKey();
    }

    let response: Response | undefined;
    let text: string | undefined;
    for (let attempt = 1; ; attempt++) {
      await this.authorize(headers);
      try {
        response = await this.fetchImpl(this.url(path, options.query), {
          method,
          headers,
          body,
          signal: options.signal,
        });
      } catch (error) {
        if (isAbort(error)) {
          throw error;
        }
        if (!post || attempt >= POST_ATTEMPTS) {
          throw new NetworkError(error);
        }
        await pause(RETRY_DELAY_MS * attempt, options.signal);
        continue;
      }
      if (!post || attempt >= POST_ATTEMPTS || !AGAIN.includes(response.status)) {
        break;
      }
      text = await response.text().catch(() => '');
      if (response.status === 409 && !text.includes('idempotency-key-in-use')) {
        break; // a conflict of the request itself, not of its first copy still being handled
      }
      text = undefined;
      await pause(RETRY_DELAY_MS * attempt, options.signal);
    }

    if (text === undefined) {
      text = await response.text().catch(() => '');
    }
    if (!response.ok) {
      throw errorOf(response.status, text);
    }
    if (!text) {
      return undefined as T;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new ApiError(t.errors.unreadable, response.status, { cause: error });
    }
  }

  /**
   * Opens the SSE stream at `path` on the gateway. Without a token provider it is the browser's
   * EventSource; once sign-in has installed one, the stream is read with fetch instead, because
   * EventSource cannot send an Authorization header (a fresh token is asked for at each reconnect).
   */
  events(path: string): EventSource {
    const url = this.url(path);
    if (this.tokenProvider === noToken) {
      return this.eventSourceImpl(url);
    }
    const source = new FetchEventSource(url, async (signal, lastEventId) => {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId) {
        headers['Last-Event-ID'] = lastEventId;
      }
      await this.authorize(headers);
      return this.fetchImpl(url, { headers, signal, cache: 'no-store' });
    });
    return source as unknown as EventSource;
  }

  /**
   * Sends a multipart form (file uploads: materials, sign-in sheets). The browser sets the
   * Content-Type with its boundary; the answer is read as {@link request} reads it.
   */
  async upload<T>(method: string, path: string, form: FormData, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    const response = await this.send(method, path, form, options);
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw errorOf(response.status, text);
    }
    if (!text) {
      return undefined as T;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new ApiError(t.errors.unreadable, response.status, { cause: error });
    }
  }

  /**
   * A file the API serves (a certificate's PDF, a workbook, a material), fetched with the token, with
   * the name the server gave it in Content-Disposition (null when it gave none).
   */
  async download(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<DownloadedFile> {
    const response = await this.send('GET', path, undefined, {
      ...options,
      headers: { Accept: '*/*', ...options.headers },
    });
    if (!response.ok) {
      throw errorOf(response.status, await response.text().catch(() => ''));
    }
    const blob = await response.blob();
    return { blob, filename: filenameOf(response.headers.get('Content-Disposition')) };
  }

  private async send(method: string, path: string, body: BodyInit | undefined,
      options: Omit<RequestOptions, 'body'>): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    await this.authorize(headers);
    try {
      return await this.fetchImpl(this.url(path, options.query), { method, headers, body, signal: options.signal });
    } catch (error) {
      if (isAbort(error)) {
        throw error;
      }
      throw new NetworkError(error);
    }
  }

  /** The one place a request gets its credentials. */
  private async authorize(headers: Record<string, string>): Promise<void> {
    const token = await this.tokenProvider();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
  }
}

function errorOf(status: number, text: string): ApiError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (isProblemDetails(body)) {
    return new ProblemError(status, { ...body, status: body.status ?? status });
  }
  return new ApiError(t.errors.status(status), status);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : (error as { name?: string } | null)?.name === 'AbortError';
}

/** A file from the API and the name to save it under. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` first, then `filename="…"`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) {
    return null;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || null;
}

/** How many times a POST is sent in all when its answer is lost or the service is briefly away. */
const POST_ATTEMPTS = 3;

/** The wait before sending a POST again, times the attempt. */
const RETRY_DELAY_MS = 1500;

/** Answers after which a POST is sent again with its key: the service (or its answer) was away, or the first copy is still being handled. */
const AGAIN = [409, 502, 503, 504];

function newKey(): string {
  return globalThis.crypto?.randomUUID ? globalThis.crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
