import type { Role } from '../auth/user';

/**
 * What the registry's pages let each role do, as docs/SECURITY.md's matrix says (the services decide
 * for real, on every request; this only keeps out of sight what a role cannot use).
 */
export type RegistryCapability =
  /** A team's change history: the province only. */
  | 'teamHistory'
  /** The import template and importing teams from a file: the managers of teams. */
  | 'importTeams'
  /** The teams of a unit as a workbook: whoever reads teams. */
  | 'exportTeams'
  | 'trainers'
  | 'manageTrainers'
  | 'legalSupport'
  | 'manageLegalSupport'
  | 'pilotCommunes'
  /** Designating and withdrawing pilot communes: the province only. */
  | 'managePilotCommunes'
  /** The mediators of a unit as one list (GET /mediators): whoever reads teams. */
  | 'mediators'
  /** Filtering that list by ethnicity (sensitive data): the province and the commune's own officer. */
  | 'filterMediatorsByEthnicity'
  /** Re-homing the province's teams to the communes of the 2025 reorganisation: the province only. */
  | 'reorganiseTeams';

export const REGISTRY_CAPABILITIES: Record<Role, readonly RegistryCapability[]> = {
  PROVINCE_ADMIN: [
    'teamHistory',
    'importTeams',
    'exportTeams',
    'trainers',
    'manageTrainers',
    'legalSupport',
    'manageLegalSupport',
    'pilotCommunes',
    'managePilotCommunes',
    'mediators',
    'filterMediatorsByEthnicity',
    'reorganiseTeams',
  ],
  // A district manages its own district trainers, and the legal supporters of its communes' teams.
  DISTRICT_OFFICER: ['importTeams', 'exportTeams', 'trainers', 'manageTrainers', 'legalSupport', 'manageLegalSupport', 'pilotCommunes',
    'mediators'],
  // Trainers belong to a province or a district, never to a commune: none is in a commune's scope.
  COMMUNE_OFFICER: ['importTeams', 'exportTeams', 'legalSupport', 'manageLegalSupport', 'pilotCommunes', 'mediators',
    'filterMediatorsByEthnicity'],
  TRAINER: ['exportTeams', 'trainers', 'legalSupport', 'pilotCommunes', 'mediators'],
  // Pilot communes are public (no person in them): analysts may read them.
  ANALYST: ['pilotCommunes'],
  DISTRICT_SYSTEM: [],
};

/**
 * Whether a user (through `can`) may open one of the registry's pages; null when the route is not
 * one of them.
 */
export function canOpenRegistry(route: { page: string }, can: (capability: RegistryCapability | 'teams') => boolean): boolean | null {
  switch (route.page) {
    case 'team':
      return can('teams');
    case 'imports':
      return can('importTeams');
    case 'trainers':
      return can('trainers');
    case 'legalSupport':
      return can('legalSupport');
    case 'pilotCommunes':
      return can('pilotCommunes');
    case 'mediators':
      return can('mediators');
    case 'reorganisation':
      return can('reorganiseTeams');
    default:
      return null;
  }
}
