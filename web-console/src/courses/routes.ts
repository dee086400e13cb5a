/**
 * The routes of training and the plan (issue #8), read by app/router.ts before its own. Two need no
 * sign-in: a phone's check-in (#/diem-danh?token=…) and the check of a certificate's code
 * (#/kiem-tra-chung-nhan/{code}).
 */
export type PlanTab = 'tasks' | 'annual' | 'funding' | 'inspections';

export type TrainingRoute =
  | { page: 'courseQr'; courseId: string; sessionId: string }
  | { page: 'checkIn'; token: string }
  | { page: 'certificateCheck'; code: string | null }
  | { page: 'materials' }
  | { page: 'material'; materialId: string }
  | { page: 'plan'; tab: PlanTab };

const PLAN_TABS: Record<string, PlanTab> = {
  '': 'tasks',
  'bao-cao-nam': 'annual',
  'kinh-phi': 'funding',
  'kiem-tra': 'inspections',
};

const PLAN_SEGMENTS: Record<PlanTab, string> = {
  tasks: '',
  annual: 'bao-cao-nam',
  funding: 'kinh-phi',
  inspections: 'kiem-tra',
};

export const trainingPaths = {
  courseQr: (courseId: string, sessionId: string) =>
    `#/lop-tap-huan/${encodeURIComponent(courseId)}/ma-qr/${encodeURIComponent(sessionId)}`,
  checkIn: (token: string) => `#/diem-danh?token=${encodeURIComponent(token)}`,
  certificateCheck: (code?: string | null) =>
    code ? `#/kiem-tra-chung-nhan/${encodeURIComponent(code)}` : '#/kiem-tra-chung-nhan',
  materials: () => '#/tai-lieu',
  material: (materialId: string) => `#/tai-lieu/${encodeURIComponent(materialId)}`,
  plan: (tab: PlanTab = 'tasks') => (PLAN_SEGMENTS[tab] ? `#/ke-hoach/${PLAN_SEGMENTS[tab]}` : '#/ke-hoach'),
};

/** Ids are UUIDs or short codes: anything of their alphabet goes to the server, which says 404. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CODE = /^[A-Za-z0-9-]{1,32}$/;

/** The route if the hash is one of training's or the plan's; null to let the router read it. */
export function parseTrainingRoute(hash: string): TrainingRoute | { page: 'notFound' } | null {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = (queryAt < 0 ? raw : raw.slice(0, queryAt)).replace(/\/+$/, '');
  const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  const segments = path.split('/').slice(1).map(decode);
  if (segments.some((s) => s === undefined)) {
    return null;
  }
  const [section, ...rest] = segments as string[];
  const notFound = { page: 'notFound' } as const;
  switch (section) {
    case 'lop-tap-huan':
      if (rest.length === 3 && rest[1] === 'ma-qr') {
        const [courseId = '', , sessionId = ''] = rest;
        return ID.test(courseId) && ID.test(sessionId) ? { page: 'courseQr', courseId, sessionId } : notFound;
      }
      return null;
    case 'diem-danh': {
      const token = query.get('token')?.trim() ?? '';
      return rest.length === 0 ? { page: 'checkIn', token } : notFound;
    }
    case 'kiem-tra-chung-nhan': {
      const code = rest[0] ?? query.get('ma') ?? null;
      if (rest.length > 1 || (code !== null && !CODE.test(code))) {
        return notFound;
      }
      return { page: 'certificateCheck', code };
    }
    case 'tai-lieu':
      if (rest.length === 0) {
        return { page: 'materials' };
      }
      return rest.length === 1 && ID.test(rest[0]!) ? { page: 'material', materialId: rest[0]! } : notFound;
    case 'ke-hoach': {
      const tab = rest.length <= 1 ? PLAN_TABS[rest[0] ?? ''] : undefined;
      return tab ? { page: 'plan', tab } : notFound;
    }
    default:
      return null;
  }
}

/** The pages anyone may open, signed in or not. */
export function isPublicRoute(route: { page: string }): route is Extract<TrainingRoute, { page: 'checkIn' | 'certificateCheck' }> {
  return route.page === 'checkIn' || route.page === 'certificateCheck';
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
