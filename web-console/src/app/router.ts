import { useEffect, useState } from 'preact/hooks';
import { parseTrainingRoute, trainingPaths, type TrainingRoute } from '../courses/routes';
import { parseRegistryRoute, registryPaths, type RegistryRoute } from '../people/routes';

/**
 * Routes live in the URL's hash (#/tong-quan/540), so the gateway serves one index.html and needs no
 * fallback for deep links.
 */
export type Route =
  | { page: 'overview'; unitCode: string }
  | { page: 'teams'; communeCode: string | null }
  | { page: 'courses' }
  | { page: 'course'; courseId: string }
  | TrainingRoute
  | RegistryRoute
  | { page: 'notFound' };

/** Bình Định, the province the console opens on. */
export const DEFAULT_UNIT = '52';

export const paths = {
  overview: (unitCode?: string) => (unitCode && unitCode !== DEFAULT_UNIT ? `#/tong-quan/${unitCode}` : '#/tong-quan'),
  teams: (communeCode?: string | null) => (communeCode ? `#/to-hoa-giai/${communeCode}` : '#/to-hoa-giai'),
  courses: () => '#/lop-tap-huan',
  course: (courseId: string) => `#/lop-tap-huan/${encodeURIComponent(courseId)}`,
  ...trainingPaths,
  ...registryPaths,
};

const UNIT_CODE = /^\d{1,10}$/;
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
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const [, section = '', id, ...rest] = path.split('/');
  if (rest.length > 0) {
    return { page: 'notFound' };
  }
  switch (section) {
    case '':
    case 'tong-quan':
    case 'to-hoa-giai': {
      if (id && !UNIT_CODE.test(id)) {
        return { page: 'notFound' };
      }
      return section === 'to-hoa-giai'
        ? { page: 'teams', communeCode: id ?? null }
        : { page: 'overview', unitCode: id ?? DEFAULT_UNIT };
    }
    case 'lop-tap-huan': {
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
