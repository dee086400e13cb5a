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
});
