import { useEffect, useState } from 'preact/hooks';
import { parseTrainingRoute, trainingPaths, type TrainingRoute } from '../courses/routes';
import { parseRegistryRoute, registryPaths, type RegistryRoute } from '../people/routes';

/**
 * Routes live in the URL's hash (#/tong-quan/540), so the gateway serves one index.html and needs no
 * fallback for deep links.
 */
export type Route =
  /** `period` ("2025", "2025-Q2", "2025-06"): the indicators' period, from `?ky=` */
  | { page: 'overview'; unitCode: string; period?: string }
  | { page: 'teams'; communeCode: string | null }
  | { page: 'courses' }
  | { page: 'course'; courseId: string }
  | TrainingRoute
  | RegistryRoute
  | { page: 'notFound' };

/** Bình Định, the province the console opens on. */
export const DEFAULT_UNIT = '52';

export const paths = {
  /** A unit's overview; ids stay readable in the hash ("#/tong-quan/21553@2025-07-01"). */
  overview: (unitCode?: string, period?: string | null) =>
    (unitCode && unitCode !== DEFAULT_UNIT ? `#/tong-quan/${unitCode}` : '#/tong-quan') +
    (period ? `?ky=${encodeURIComponent(period)}` : ''),
  teams: (communeCode?: string | null) => (communeCode ? `#/to-hoa-giai/${communeCode}` : '#/to-hoa-giai'),
  courses: () => '#/lop-tap-huan',
  course: (courseId: string) => `#/lop-tap-huan/${encodeURIComponent(courseId)}`,
  ...trainingPaths,
  ...registryPaths,
};

/**
 * A unit's id: its official code, with the version of the hierarchy after '@' for the units of the
 * two-tier hierarchy in force from 2025-07-01 ("21553@2025-07-01"); "%40" is read as '@'.
 */
const UNIT_CODE = /^\d{1,10}(@\d{4}-\d{2}-\d{2})?$/;
/** A reporting period: a year, a quarter or a month ("2025", "2025-Q2", "2025-06"). */
const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
/** Course ids are UUIDs; anything of their alphabet is let through to the server, which says 404. */
const COURSE_ID = /^[A-Za-z0-9-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const training = parseTrainingRoute(hash);
  if (training) {
    return training;
  }
  const registry = parseRegistryRoute(hash);
  if (registry) {
    return registry;
  }
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = (queryAt < 0 ? raw : raw.slice(0, queryAt)).replace(/\/+$/, '');
  const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  const [, section = '', encodedId, ...rest] = path.split('/');
  if (rest.length > 0) {
    return { page: 'notFound' };
  }
  switch (section) {
    case '':
    case 'tong-quan':
    case 'to-hoa-giai': {
      const id = encodedId === undefined ? undefined : safeDecode(encodedId);
      if (encodedId !== undefined && (id === undefined || !UNIT_CODE.test(id))) {
        return { page: 'notFound' };
      }
      if (section === 'to-hoa-giai') {
        return { page: 'teams', communeCode: id ?? null };
      }
      // A period that is not one is left out: the page shows the figures as things stand.
      const period = query.get('ky')?.trim().toUpperCase();
      return period && PERIOD.test(period)
        ? { page: 'overview', unitCode: id ?? DEFAULT_UNIT, period }
        : { page: 'overview', unitCode: id ?? DEFAULT_UNIT };
    }
    case 'lop-tap-huan': {
      const id = encodedId;
      const courseId = id === undefined ? undefined : safeDecode(id);
      if (courseId === undefined) {
        return id === undefined ? { page: 'courses' } : { page: 'notFound' };
      }
      return COURSE_ID.test(courseId) ? { page: 'course', courseId } : { page: 'notFound' };
    }
    default:
      return { page: 'notFound' };
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
