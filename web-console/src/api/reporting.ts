import type { ApiClient } from './client';
import type { Rollup } from './types';

/** The reporting service's rollup, through the gateway. */
export interface ReportingApi {
  /** A unit's figures (GET /api/reporting/rollups/{unitCode}). */
  rollup(unitCode: string, signal?: AbortSignal): Promise<Rollup>;
  /** The figures of the units directly below (GET /api/reporting/rollups/{unitCode}/children). */
  children(unitCode: string, signal?: AbortSignal): Promise<Rollup[]>;
  /** The live change feed (SSE, event name "rollup"). */
  changes(): EventSource;
}

export function reportingApi(client: ApiClient): ReportingApi {
  const base = '/api/reporting/rollups';
  return {
    rollup: (unitCode, signal) => client.get<Rollup>(`${base}/${encodeURIComponent(unitCode)}`, { signal }),
    children: (unitCode, signal) =>
      client.get<Rollup[]>(`${base}/${encodeURIComponent(unitCode)}/children`, { signal }),
    changes: () => client.events(`${base}/changes`),
  };
}
