import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { ApiError, NetworkError, ProblemError } from './problem';
import { registryApi } from './registry';

function respond(status: number, body: unknown, contentType = 'application/json') {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    }),
  );
}

describe('API client', () => {
  it('sends no Authorization header while there is no token, and the token once a provider has one', async () => {
    const fetch = respond(200, []);
    const client = new ApiClient({ fetch });
    await client.get('/api/registry/units', { query: { q: 'nhon binh', level: 'COMMUNE', parent: undefined } });
    const [url, first] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/registry/units?q=nhon+binh&level=COMMUNE');
    expect((first!.headers as Record<string, string>).Authorization).toBeUndefined();

    client.setTokenProvider(async () => 'abc.def');
    await client.get('/api/registry/units');
    expect((fetch.mock.calls[1]![1]!.headers as Record<string, string>).Authorization).toBe('Bearer abc.def');
  });

  it('turns problem details into a ProblemError listing the fields at fault', async () => {
    const problem = {
      type: 'urn:problem:hoa-giai:invalid-request',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      detail: 'Có 2 trường dữ liệu không hợp lệ.',
      errors: [
        { field: 'villageName', message: 'Tên thôn, tổ dân phố là bắt buộc' },
        { field: 'mediators[0].birthYear', message: 'Năm sinh phải từ 1900 đến 2008' },
      ],
    };
    const fetch = respond(422, problem, 'application/problem+json');
    const registry = registryApi(new ApiClient({ fetch }));

    const error = await registry
      .registerTeam({ communeCode: '21550', villageName: '', name: 'Tổ 1', manyEthnicMinorityResidents: false, mediators: [] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    const problemError = error as ProblemError;
    expect(problemError.status).toBe(422);
    expect(problemError.title).toBe('Dữ liệu không hợp lệ');
    expect(problemError.fieldErrors).toEqual(problem.errors);
    const [, init] = fetch.mock.calls[0]!;
    expect(init!.method).toBe('POST');
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(init!.body as string)).toMatchObject({ communeCode: '21550', name: 'Tổ 1' });
  });

  it('says in Vietnamese what went wrong when the answer is not problem details', async () => {
    const error = await new ApiClient({ fetch: respond(502, '<html>Bad gateway</html>', 'text/html') })
      .get('/api/reporting/rollups/52')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ProblemError);
    expect((error as ApiError).message).toBe('Máy chủ gặp lỗi. Vui lòng thử lại sau.');
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await new ApiClient({ fetch }).get('/api/reporting/rollups/52').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/Không kết nối được/);
  });

  it('sends a registration whose answer was lost again with the same Idempotency-Key, and gets the first result', async () => {
    vi.useFakeTimers();
    try {
      const answers = [
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => Promise.resolve(new Response('{"type":"urn:problem:hoa-giai:service-unavailable"}', { status: 503 })),
        () => Promise.resolve(new Response('{"id":"team-1"}', { status: 201, headers: { 'Idempotent-Replayed': 'true' } })),
      ];
      const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => answers.shift()!());
      const sent = new ApiClient({ fetch }).post<{ id: string }>('/api/registry/teams', { name: 'Tổ 1' });
      await vi.runAllTimersAsync();

      expect(await sent).toEqual({ id: 'team-1' });
      expect(fetch).toHaveBeenCalledTimes(3);
      const keys = fetch.mock.calls.map(([, init]) => (init!.headers as Record<string, string>)['Idempotency-Key']);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(keys).size).toBe(1);
    }
    finally {
      vi.useRealTimers();
    }
  });

  it('does not send a POST again after a refusal that is the answer itself, nor a GET after a network error', async () => {
    const conflict = respond(409, { type: 'urn:problem:hoa-giai:conflict', title: 'Xung đột', status: 409 },
      'application/problem+json');
    await new ApiClient({ fetch: conflict }).post('/api/registry/teams', {}).catch(() => undefined);
    expect(conflict).toHaveBeenCalledTimes(1);

    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await new ApiClient({ fetch: down }).get('/api/reporting/rollups/52').catch(() => undefined);
    expect(down).toHaveBeenCalledTimes(1);
  });
});
