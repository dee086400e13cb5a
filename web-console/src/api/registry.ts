import type { ApiClient } from './client';
import type { RegisterTeam, Team, Unit, UnitLevel } from './types';

/** The registry service: administrative units and mediation teams, through the gateway. */
export interface RegistryApi {
  /** Units whose name matches `q`, with or without diacritics (the server folds them). */
  searchUnits(q: string, level?: UnitLevel, signal?: AbortSignal): Promise<Unit[]>;
  unit(code: string, signal?: AbortSignal): Promise<Unit>;
  /** A commune's teams, a page at a time. */
  teams(communeCode: string, page: number, size: number, signal?: AbortSignal): Promise<Team[]>;
  /** Registers a team with its mediators; field errors come back as a ProblemError. */
  registerTeam(request: RegisterTeam): Promise<Team>;
}

export function registryApi(client: ApiClient): RegistryApi {
  return {
    searchUnits: (q, level, signal) =>
      client.get<Unit[]>('/api/registry/units', { query: { q, level, limit: 20 }, signal }),
    unit: (code, signal) => client.get<Unit>(`/api/registry/units/${encodeURIComponent(code)}`, { signal }),
    teams: (communeCode, page, size, signal) =>
      client.get<Team[]>('/api/registry/teams', { query: { commune: communeCode, page, size }, signal }),
    registerTeam: (request) => client.post<Team>('/api/registry/teams', request),
  };
}
