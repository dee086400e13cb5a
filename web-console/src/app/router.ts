import { useEffect, useState } from 'preact/hooks';

/**
 * Routes live in the URL's hash (#/tong-quan/540), so the gateway serves one index.html and needs no
 * fallback for deep links.
 */
export type Route =
  | { page: 'overview'; unitCode: string }
  | { page: 'teams'; communeCode: string | null }
  | { page: 'notFound' };

/** Bình Định, the province the console opens on. */
export const DEFAULT_UNIT = '52';

export const paths = {
  overview: (unitCode?: string) => (unitCode && unitCode !== DEFAULT_UNIT ? `#/tong-quan/${unitCode}` : '#/tong-quan'),
  teams: (communeCode?: string | null) => (communeCode ? `#/to-hoa-giai/${communeCode}` : '#/to-hoa-giai'),
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const [, section = '', code] = path.split('/');
  const validCode = code && /^\d{1,10}$/.test(code) ? code : undefined;
  if (code && !validCode) {
    return { page: 'notFound' };
  }
  switch (section) {
    case '':
    case 'tong-quan':
      return { page: 'overview', unitCode: validCode ?? DEFAULT_UNIT };
    case 'to-hoa-giai':
      return { page: 'teams', communeCode: validCode ?? null };
    default:
      return { page: 'notFound' };
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
