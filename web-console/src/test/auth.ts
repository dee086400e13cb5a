import { vi } from 'vitest';
import { base64Url } from '../auth/pkce';
import { AuthSession, type AuthEnvironment } from '../auth/session';

export const GATEWAY = 'http://localhost:8080';
export const ISSUER = 'http://localhost:9000';

/** An unsigned JWT with these claims (the console reads claims; the gateway checks signatures). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export const NHON_BINH = {
  sub: 'xa.nhonbinh',
  roles: ['COMMUNE_OFFICER'],
  unit: '21550',
  name: 'Công chức Tư pháp - Hộ tịch Phường Nhơn Bình',
};

export interface FakeProvider {
  issuer?: string;
  discoveryIssuer?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  endSessionEndpoint?: string;
  claims?: Record<string, unknown>;
  tokenStatus?: number;
}

/** fetch answering as the gateway's /config.json and an OpenID Connect provider would. */
export function providerFetch(provider: FakeProvider = {}) {
  const issuer = provider.issuer ?? ISSUER;
  const tokenEndpoint = provider.tokenEndpoint ?? `${issuer}/oauth2/token`;
  return vi.fn(async (input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/config.json') {
      return json({ issuer, clientId: 'web-console', scope: 'openid profile' });
    }
    if (url === `${issuer}/.well-known/openid-configuration`) {
      return json({
        issuer: provider.discoveryIssuer ?? issuer,
        authorization_endpoint: provider.authorizationEndpoint ?? `${issuer}/oauth2/authorize`,
        token_endpoint: tokenEndpoint,
        end_session_endpoint: provider.endSessionEndpoint ?? `${issuer}/connect/logout`,
      });
    }
    if (url === tokenEndpoint) {
      if (provider.tokenStatus && provider.tokenStatus !== 200) {
        return json({ error: 'invalid_grant' }, provider.tokenStatus);
      }
      return json({
        access_token: jwt({ ...(provider.claims ?? NHON_BINH), exp: 2_000_000_000 }),
        id_token: 'id.token.value',
        token_type: 'Bearer',
        expires_in: 1799,
        scope: 'openid profile',
      });
    }
    if (url === `${issuer}/connect/logout`) {
      return new Response(null, { status: 200 });
    }
    return json({ title: 'not found' }, 404);
  });
}

/** A browser tab: its address, history, sessionStorage (jsdom's, cleared) and navigation, faked. */
export function fakeTab(search = '', hash = '') {
  const location = {
    origin: GATEWAY,
    search,
    hash,
    assign: vi.fn((_url: string) => {}),
    replace: vi.fn((_url: string) => {}),
  };
  const history = {
    replaceState: vi.fn((_data: unknown, _unused: string, url?: string | URL | null) => {
      const next = new URL(String(url ?? ''), `${GATEWAY}/${location.search}${location.hash}`);
      location.search = next.search;
      location.hash = next.hash;
    }),
  };
  return { location, history };
}

export function session(
  fetch: ReturnType<typeof providerFetch>,
  tab: ReturnType<typeof fakeTab>,
  extra: Partial<AuthEnvironment> = {},
): AuthSession {
  return new AuthSession({
    fetch,
    storage: window.sessionStorage,
    location: tab.location,
    history: tab.history,
    signOutTimeoutMs: 200,
    ...extra,
  });
}

/** What the console sent to the provider's authorization endpoint. */
export function authorizationParams(tab: ReturnType<typeof fakeTab>): URLSearchParams {
  const url = tab.location.assign.mock.calls.at(-1)?.[0];
  if (!url) {
    throw new Error('the console did not go to the provider');
  }
  return new URL(url).searchParams;
}
