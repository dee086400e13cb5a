import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { ProblemError } from './problem';
import { registryApi } from './registry';
import { hierarchiesApi, reportingApi } from './reporting';

function respond(status: number, body: unknown, contentType = 'application/json') {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  );
}

const GIA_LAI = { code: '52@2025-07-01', name: 'Tỉnh Gia Lai', level: 'PROVINCE', parentCode: null };

describe('the API of the 2025 reorganisation', () => {
  it('asks which version of the hierarchy was in force in a period, or today', async () => {
    const answer = {
      period: '2024',
      inForce: '2025-03-01',
      versions: [
        { version: '2025-03-01', name: 'Ba cấp (tỉnh, huyện, xã)', validFrom: null, validUntil: '2025-07-01',
          provinces: [{ code: '52', name: 'Tỉnh Bình Định', level: 'PROVINCE', parentCode: null }] },
        { version: '2025-07-01', name: 'Hai cấp (tỉnh, xã) từ ngày 01/07/2025', validFrom: '2025-07-01', validUntil: null,
          provinces: [GIA_LAI] },
      ],
      unresolved: [],
    };
    const fetch = respond(200, answer);
    const api = hierarchiesApi(new ApiClient({ fetch }));

    expect(await api.versions('2024')).toEqual(answer);
    await api.versions(null);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/reporting/hierarchies?period=2024', '/api/reporting/hierarchies']);
    // The reporting API the console uses has them.
    expect(reportingApi(new ApiClient({ fetch })).hierarchies).toBeDefined();
  });

  it("sends a new commune's id with its '@' encoded, and reads what it was formed from", async () => {
    const lineage = {
      unit: { code: '21553@2025-07-01', name: 'Phường Quy Nhơn Bắc', level: 'COMMUNE', parentCode: '52@2025-07-01' },
      hierarchy: '2025-07-01',
      formedFrom: [{ unit: { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', parentCode: '540' }, shares: 1 }],
      wentInto: [],
    };
    const fetch = respond(200, lineage);
    const client = new ApiClient({ fetch });

    expect(await hierarchiesApi(client).unit('21553@2025-07-01')).toEqual(lineage);
    expect(fetch.mock.calls[0]![0]).toBe('/api/reporting/hierarchies/units/21553%402025-07-01');

    // The rollups and indicators take the same ids.
    await reportingApi(client).rollup('52@2025-07-01');
    await reportingApi(client).indicators!.ofUnit('52@2025-07-01', '2025-Q2');
    expect(fetch.mock.calls[1]![0]).toBe('/api/reporting/rollups/52%402025-07-01');
    expect(fetch.mock.calls[2]![0]).toBe('/api/reporting/indicators/52%402025-07-01?period=2025-Q2');
  });

  it('lists the new communes of a province from the registry', async () => {
    const fetch = respond(200, [
      { code: '21553@2025-07-01', name: 'Phường Quy Nhơn Bắc', type: 'PHUONG', level: 'COMMUNE',
        parentCode: '52@2025-07-01', hierarchyVersion: '2025-07-01', validUntil: null },
    ]);
    const units = await registryApi(new ApiClient({ fetch })).units({ hierarchy: '2025-07-01', level: 'COMMUNE', parent: '52@2025-07-01' });
    expect(units[0]!.code).toBe('21553@2025-07-01');
    expect(fetch.mock.calls[0]![0]).toBe('/api/registry/units?hierarchy=2025-07-01&level=COMMUNE&parent=52%402025-07-01&limit=500');
  });

  it('runs the reorganisation dry or for real, lists the runs, and names a bad assignment by its team', async () => {
    const run = {
      id: 'r1', provinceCode: '52', hierarchy: '2025-07-01', by: 'so.tuphap', startedAt: '2026-11-20T03:00:00Z',
      finishedAt: null, dryRun: true, teamsToMove: 4, teamsMoved: 0, moves: { '21550>21553@2025-07-01': 4 },
      assumed: [], unresolved: [],
    };
    const fetch = respond(200, run);
    const registry = registryApi(new ApiClient({ fetch }));
    expect(await registry.reorganise({ provinceCode: '52', assignments: { t1: '21601@2025-07-01' }, dryRun: true })).toEqual(run);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/registry/reorganisations');
    expect(init!.method).toBe('POST');
    expect(JSON.parse(init!.body as string)).toEqual({ provinceCode: '52', assignments: { t1: '21601@2025-07-01' }, dryRun: true });

    const runs = respond(200, [run]);
    expect(await registryApi(new ApiClient({ fetch: runs })).reorganisations()).toEqual([run]);
    expect(runs.mock.calls[0]![0]).toBe('/api/registry/reorganisations');
    expect(runs.mock.calls[0]![1]!.method).toBe('GET');

    const refused = respond(422, {
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      errors: [{ field: 'assignments.t1', message: 'Xã 21550 được sắp xếp vào 21553@2025-07-01, không vào 21601@2025-07-01' }],
    }, 'application/problem+json');
    const error = await registryApi(new ApiClient({ fetch: refused }))
      .reorganise({ provinceCode: '52', assignments: { t1: '21601@2025-07-01' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).fieldErrors[0]!.field).toBe('assignments.t1');
  });
});
