/**
 * The routes of the registry's pages (issue #8), read by app/router.ts before its own: a team's record,
 * imports and exports of teams, trainers, legal supporters, pilot communes, the mediators of a unit and
 * re-homing the teams to the new communes of 2025 (issue #12).
 */
export type RegistryRoute =
  | { page: 'team'; teamId: string }
  | { page: 'imports' }
  | { page: 'trainers' }
  | { page: 'legalSupport' }
  | { page: 'pilotCommunes' }
  | { page: 'mediators' }
  | { page: 'reorganisation' };

export const registryPaths = {
  team: (teamId: string) => `#/ho-so-to/${encodeURIComponent(teamId)}`,
  imports: () => '#/nhap-xuat-tep',
  trainers: () => '#/tap-huan-vien',
  legalSupport: () => '#/ho-tro-phap-ly',
  pilotCommunes: () => '#/xa-diem',
  mediators: () => '#/hoa-giai-vien',
  reorganisation: () => '#/sap-xep-to-hoa-giai',
};

/** Team ids are UUIDs: anything of their alphabet goes to the server, which says 404. */
const TEAM_ID = /^[A-Za-z0-9-]{1,64}$/;

const LISTS: Record<string, RegistryRoute> = {
  'nhap-xuat-tep': { page: 'imports' },
  'tap-huan-vien': { page: 'trainers' },
  'ho-tro-phap-ly': { page: 'legalSupport' },
  'xa-diem': { page: 'pilotCommunes' },
  'hoa-giai-vien': { page: 'mediators' },
  'sap-xep-to-hoa-giai': { page: 'reorganisation' },
};

/** The route if the hash is one of the registry's; null to let the router read it. */
export function parseRegistryRoute(hash: string): RegistryRoute | { page: 'notFound' } | null {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '').replace(/\/+$/, '');
  const [, section = '', ...rest] = path.split('/');
  if (section === 'ho-so-to') {
    const teamId = rest.length === 1 ? decode(rest[0]!) : undefined;
    return teamId !== undefined && TEAM_ID.test(teamId) ? { page: 'team', teamId } : { page: 'notFound' };
  }
  const list = Object.hasOwn(LISTS, section) ? LISTS[section] : undefined;
  if (list) {
    return rest.length === 0 ? list : { page: 'notFound' };
  }
  return null;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
