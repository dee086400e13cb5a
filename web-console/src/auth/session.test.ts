import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { authorizationParams, fakeTab, ISSUER, NHON_BINH, providerFetch, session } from '../test/auth';
import { codeChallenge } from './pkce';
import { STORAGE_KEYS } from './session';

function pending(): { state: string; codeVerifier: string; redirectUri: string; returnTo: string } {
  return JSON.parse(sessionStorage.getItem(STORAGE_KEYS.pending)!);
}

/** Signs in as far as the provider: returns the tab's state and verifier as stored. */
async function startSignIn(hash = '') {
  const fetch = providerFetch();
  const tab = fakeTab('', hash);
  const auth = session(fetch, tab);
  await auth.start();
  await auth.signIn();
  return { fetch, tab, auth, pending: pending() };
}

/** The page load that brings the code back to the console. */
async function comeBack(search: string, fetch = providerFetch()) {
  const tab = fakeTab(search);
  const auth = session(fetch, tab);
  await auth.start();
  return { fetch, tab, auth };
}

function tokenRequests(fetch: ReturnType<typeof providerFetch>) {
  return fetch.mock.calls.filter(([url]) => String(url) === `${ISSUER}/oauth2/token`);
}

describe('signing in (authorization code flow with PKCE)', () => {
  beforeEach(() => {
    sessionStorage.clear();
    // Failed sign-ins are logged for developers; the tests check what the user is told.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('shows the sign-in screen when no one is signed in, after reading /config.json', async () => {
    const fetch = providerFetch();
    const auth = session(fetch, fakeTab());
    expect(auth.state).toEqual({ status: 'loading' });
    await auth.start();
    expect(auth.state).toEqual({ status: 'signedOut', notice: undefined });
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/config.json']);
    expect(auth.tokenProvider()).toBeNull();
  });

  it('asks for /config.json again when the first answer fails, and says so when the second fails too', async () => {
    const flaky = providerFetch();
    const real = flaky.getMockImplementation()!;
    let configCalls = 0;
    flaky.mockImplementation(async (input, init) => {
      if (String(input) === '/config.json' && configCalls++ === 0) {
        throw new TypeError('Failed to fetch');
      }
      return real(input, init);
    });
    const auth = session(flaky, fakeTab());
    await auth.start();
    expect(auth.state).toEqual({ status: 'signedOut', notice: undefined });
    expect(configCalls).toBe(2);

    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const offline = session(down as unknown as ReturnType<typeof providerFetch>, fakeTab());
    await offline.start();
    expect(offline.state).toMatchObject({ status: 'signedOut', error: expect.stringContaining('cấu hình đăng nhập') });
  });

  it("goes to the provider's authorization endpoint from its discovery document, with state and an S256 challenge", async () => {
    const { fetch, tab, pending } = await startSignIn('#/lop-tap-huan');

    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      '/config.json',
      `${ISSUER}/.well-known/openid-configuration`,
    ]);
    const url = new URL(tab.location.assign.mock.calls[0]![0]);
    expect(`${url.origin}${url.pathname}`).toBe(`${ISSUER}/oauth2/authorize`);
    const params = authorizationParams(tab);
    expect(Object.fromEntries(params)).toEqual({
      response_type: 'code',
      client_id: 'web-console',
      redirect_uri: 'http://localhost:8080/',
      scope: 'openid profile',
      state: pending.state,
      code_challenge: await codeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    expect(pending.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(pending.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pending.returnTo).toBe('#/lop-tap-huan');
  });

  it('a new sign-in has a new state and verifier', async () => {
    const first = (await startSignIn()).pending;
    const second = (await startSignIn()).pending;
    expect(second.state).not.toBe(first.state);
    expect(second.codeVerifier).not.toBe(first.codeVerifier);
  });

  it('exchanges the code with the verifier, keeps the token in sessionStorage and gives it to the API client', async () => {
    const signIn = await startSignIn();
    const { fetch, tab, auth } = await comeBack(`?code=the-code&state=${signIn.pending.state}&iss=${encodeURIComponent(ISSUER)}`);

    const [[, init]] = tokenRequests(fetch) as [[string, RequestInit]];
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(init.body as string))).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'http://localhost:8080/',
      client_id: 'web-console',
      code_verifier: signIn.pending.codeVerifier,
    });

    expect(auth.state).toEqual({
      status: 'signedIn',
      user: { subject: 'xa.nhonbinh', name: NHON_BINH.name, role: 'COMMUNE_OFFICER', unit: '21550' },
    });
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEYS.session)!);
    expect(stored.accessToken).toMatch(/^ey/);
    expect(stored.idToken).toBe('id.token.value');
    expect(sessionStorage.getItem(STORAGE_KEYS.pending)).toBeNull();
    expect(localStorage.length).toBe(0);
    // The code leaves the address bar; a commune officer starts on the commune's teams.
    expect(tab.history.replaceState.mock.calls.map((call) => call[2])).toEqual(['/', '#/to-hoa-giai/21550']);
    expect(tab.location.search).toBe('');

    // Every API request now carries the token.
    const api = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response('[]'));
    const client = new ApiClient({ fetch: api, tokenProvider: auth.tokenProvider });
    await client.get('/api/registry/teams');
    expect((api.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBe(`Bearer ${stored.accessToken}`);
  });

  it('refuses an answer whose state is not the one this tab sent, and never sends the code', async () => {
    await startSignIn();
    const { fetch, tab, auth } = await comeBack('?code=stolen-code&state=someone-elses-state');

    expect(tokenRequests(fetch)).toHaveLength(0);
    expect(auth.state).toMatchObject({ status: 'signedOut', error: expect.stringContaining('không hợp lệ') });
    expect(sessionStorage.getItem(STORAGE_KEYS.session)).toBeNull();
    expect(tab.location.search).toBe('');
    // The sign-in this tab had started is used up: the right state cannot be replayed either.
    expect(sessionStorage.getItem(STORAGE_KEYS.pending)).toBeNull();
  });

  it('refuses a code coming back a second time (no sign-in pending)', async () => {
    const signIn = await startSignIn();
    await comeBack(`?code=the-code&state=${signIn.pending.state}`);
    sessionStorage.removeItem(STORAGE_KEYS.session);
    const again = await comeBack(`?code=the-code&state=${signIn.pending.state}`);
    expect(tokenRequests(again.fetch)).toHaveLength(0);
    expect(again.auth.state.status).toBe('signedOut');
  });

  it('refuses an answer from another issuer (mix-up)', async () => {
    const signIn = await startSignIn();
    const { fetch, auth } = await comeBack(`?code=c&state=${signIn.pending.state}&iss=https%3A%2F%2Fevil.example`);
    expect(tokenRequests(fetch)).toHaveLength(0);
    expect(auth.state.status).toBe('signedOut');
  });

  it('says so when the provider refused, or the token endpoint did', async () => {
    let signIn = await startSignIn();
    const refused = await comeBack(`?error=access_denied&error_description=Kh%C3%B4ng&state=${signIn.pending.state}`);
    expect(refused.auth.state).toMatchObject({ status: 'signedOut', error: expect.stringContaining('từ chối') });

    signIn = await startSignIn();
    const failed = await comeBack(`?code=c&state=${signIn.pending.state}`, providerFetch({ tokenStatus: 400 }));
    expect(failed.auth.state).toMatchObject({ status: 'signedOut', error: expect.stringContaining('Không hoàn tất') });
    expect(sessionStorage.getItem(STORAGE_KEYS.session)).toBeNull();
  });

  it('keeps the session across a reload of the tab, and ends it when the token expires', async () => {
    let now = Date.parse('2026-11-27T08:00:00Z');
    const signIn = await startSignIn();
    const fetch = providerFetch();
    const callbackTab = fakeTab(`?code=c&state=${signIn.pending.state}`);
    await session(fetch, callbackTab, { now: () => now }).start();

    const reloaded = session(fetch, fakeTab('', '#/lop-tap-huan'), { now: () => now });
    await reloaded.start();
    expect(reloaded.state.status).toBe('signedIn');
    expect(reloaded.tokenProvider()).toMatch(/^ey/);

    now += 1799 * 1000;
    const listener = vi.fn();
    reloaded.subscribe(listener);
    expect(reloaded.tokenProvider()).toBeNull();
    expect(reloaded.state).toEqual({ status: 'signedOut', notice: 'expired' });
    expect(listener).toHaveBeenCalled();
    expect(sessionStorage.getItem(STORAGE_KEYS.session)).toBeNull();
  });

  it('signing out forgets the token, ends the provider session, and the next sign-in must give a password', async () => {
    const signIn = await startSignIn();
    const { auth, tab, fetch } = await comeBack(`?code=c&state=${signIn.pending.state}`);

    await auth.signOut();
    expect(auth.state).toEqual({ status: 'signedOut', notice: 'signedOut' });
    expect(auth.tokenProvider()).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEYS.session)).toBeNull();
    const logout = fetch.mock.calls.find(([url]) => String(url) === `${ISSUER}/connect/logout`)!;
    expect(logout[1]).toMatchObject({ method: 'POST', mode: 'no-cors', credentials: 'include' });
    expect(Object.fromEntries(logout[1]!.body as URLSearchParams)).toEqual({
      id_token_hint: 'id.token.value',
      client_id: 'web-console',
    });
    // A fresh page: nothing of the signed-out user stays in memory.
    expect(tab.location.replace).toHaveBeenCalledWith('http://localhost:8080/');

    const next = await startSignIn();
    expect(next.auth.state.status).toBe('redirecting');
    expect(authorizationParams(next.tab).get('prompt')).toBe('login');
    await comeBack(`?code=c&state=${next.pending.state}`);
    expect(sessionStorage.getItem(STORAGE_KEYS.signedOut)).toBeNull();
  });

  it('reads the endpoints of any provider (Keycloak) from discovery, and checks the issuer it names', async () => {
    const realm = 'https://sso.example.gov.vn/realms/hoagiai';
    const keycloak = providerFetch({
      issuer: realm,
      authorizationEndpoint: `${realm}/protocol/openid-connect/auth`,
      tokenEndpoint: `${realm}/protocol/openid-connect/token`,
    });
    const tab = fakeTab();
    const auth = session(keycloak, tab);
    await auth.start();
    await auth.signIn();
    expect(tab.location.assign.mock.calls[0]![0]).toMatch(/^https:\/\/sso\.example\.gov\.vn\/realms\/hoagiai\/protocol\/openid-connect\/auth\?/);

    const impostor = fakeTab();
    const wrong = session(providerFetch({ discoveryIssuer: 'https://evil.example' }), impostor);
    await wrong.start();
    await wrong.signIn();
    expect(impostor.location.assign).not.toHaveBeenCalled();
    expect(wrong.state).toMatchObject({ status: 'signedOut', error: expect.stringContaining('hệ thống xác thực') });
  });

  it('brings the user back to the page they asked for, if their role may open it', async () => {
    let signIn = await startSignIn('#/lop-tap-huan/abc-123');
    let back = await comeBack(`?code=c&state=${signIn.pending.state}`);
    expect(back.tab.location.hash).toBe('#/lop-tap-huan/abc-123');

    sessionStorage.clear();
    signIn = await startSignIn('#/to-hoa-giai/21550');
    back = await comeBack(
      `?code=c&state=${signIn.pending.state}`,
      providerFetch({ claims: { sub: 'phan.tich', roles: ['ANALYST'], unit: '52', name: 'Chuyên viên phân tích' } }),
    );
    // An analyst sees aggregates only: to the province's overview instead.
    expect(back.tab.location.hash).toBe('#/tong-quan');
  });
});
