import type { TokenProvider } from '../api/auth';
import { t } from '../i18n';
import {
  authorizationUrl,
  callbackParams,
  discover,
  exchangeCode,
  loadConfig,
  type CallbackParams,
  type ConsoleConfig,
  type ProviderMetadata,
} from './oidc';
import { codeChallenge, createVerifier, randomString } from './pkce';
import { jwtClaims, landingOf, userOf, type User } from './user';

export type AuthState =
  | { status: 'loading' }
  /** On the way to the provider's sign-in page. */
  | { status: 'redirecting' }
  | { status: 'signedOut'; notice?: 'signedOut' | 'expired'; error?: string }
  | { status: 'signedIn'; user: User };

/** What the session needs from the browser; tests bring fakes. */
export interface AuthEnvironment {
  fetch: typeof fetch;
  /** sessionStorage: the token lives as long as the tab, and no other tab or site reads it. */
  storage: Storage;
  location: { readonly origin: string; readonly search: string; readonly hash: string; assign(url: string): void; replace(url: string): void };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  crypto?: Crypto;
  now?: () => number;
  /**
   * Where the provider sends the code back: a URI registered for the client. The gateway serves the
   * console at / only, so it is the root page (`<origin>/`); Vite's dev server uses `<origin>/callback`.
   */
  redirectUri?: string;
  /** How long sign-out waits for the provider to end its session before leaving the page. */
  signOutTimeoutMs?: number;
}

interface StoredSession {
  accessToken: string;
  idToken?: string;
  /** Epoch milliseconds; null when neither the answer nor the token says. */
  expiresAt: number | null;
  user: User;
}

/** What a sign-in started, kept in sessionStorage across the trip to the provider and back. */
interface PendingSignIn {
  state: string;
  codeVerifier: string;
  redirectUri: string;
  issuer: string;
  /** The console route (hash) to open after sign-in. */
  returnTo: string;
}

export const STORAGE_KEYS = {
  session: 'hoagiai.console.session',
  pending: 'hoagiai.console.signin',
  signedOut: 'hoagiai.console.signedOut',
} as const;

/** A token this close to its expiry is not sent any more. */
const EXPIRY_MARGIN_MS = 15_000;

/**
 * Signing in to the console: OpenID Connect authorization code flow with PKCE (S256), the public
 * client of /config.json, endpoints from the provider's discovery document (Spring Authorization
 * Server in development, Keycloak in production). The access token is kept in sessionStorage and
 * handed to the API client by {@link tokenProvider}.
 */
export class AuthSession {
  private stateValue: AuthState = { status: 'loading' };
  private session: StoredSession | null = null;
  private config: Promise<ConsoleConfig> | null = null;
  private metadata: Promise<ProviderMetadata> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly redirectUri: string;

  constructor(private readonly env: AuthEnvironment) {
    this.now = env.now ?? Date.now;
    this.redirectUri = env.redirectUri ?? `${env.location.origin}/`;
  }

  get state(): AuthState {
    return this.stateValue;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The API client's token source: the access token while it is valid; null once it has expired,
   * which also signs the user out (the console then asks them to sign in again).
   */
  readonly tokenProvider: TokenProvider = () => {
    const session = this.session;
    if (!session) {
      return null;
    }
    if (this.expired(session)) {
      this.forget({ status: 'signedOut', notice: 'expired' });
      return null;
    }
    return session.accessToken;
  };

  /** On page load: finishes a sign-in coming back from the provider, or restores the tab's session. */
  async start(): Promise<void> {
    this.config = this.loadConfig();
    const callback = callbackParams(this.env.location.search);
    if (callback) {
      await this.completeSignIn(callback);
      return;
    }
    const stored = this.readSession();
    if (stored && !this.expired(stored)) {
      this.session = stored;
      if (!this.env.location.hash || this.env.location.hash === '#') {
        this.env.history.replaceState(null, '', landingOf(stored.user, ''));
      }
      this.set({ status: 'signedIn', user: stored.user });
      return;
    }
    this.env.storage.removeItem(STORAGE_KEYS.session);
    const notice = stored ? 'expired' : this.env.storage.getItem(STORAGE_KEYS.signedOut) ? 'signedOut' : undefined;
    // The sign-in screen does not wait for the network; it says so if the configuration cannot be had.
    this.set({ status: 'signedOut', notice });
    try {
      await this.config;
    } catch {
      this.set({ status: 'signedOut', notice, error: t.auth.configFailed });
    }
  }

  /** "Đăng nhập": to the provider's sign-in page, with a fresh state and PKCE verifier. */
  async signIn(): Promise<void> {
    const previous = this.stateValue;
    this.set({ status: 'redirecting' });
    try {
      const config = await this.configOrRetry();
      const metadata = await this.providerMetadata(config);
      const codeVerifier = createVerifier(this.env.crypto);
      const pending: PendingSignIn = {
        state: randomString(16, this.env.crypto),
        codeVerifier,
        redirectUri: this.redirectUri,
        issuer: config.issuer,
        returnTo: this.env.location.hash,
      };
      const challenge = await codeChallenge(codeVerifier, (this.env.crypto ?? crypto).subtle);
      this.env.storage.setItem(STORAGE_KEYS.pending, JSON.stringify(pending));
      this.env.location.assign(
        authorizationUrl(metadata.authorization_endpoint, {
          clientId: config.clientId,
          redirectUri: pending.redirectUri,
          scope: config.scope,
          state: pending.state,
          codeChallenge: challenge,
          // After "Đăng xuất", whoever signs in next must give their password, whatever the provider remembers.
          prompt: this.env.storage.getItem(STORAGE_KEYS.signedOut) ? 'login' : undefined,
        }),
      );
    } catch (error) {
      console.error('Sign-in could not start', error);
      this.set({
        status: 'signedOut',
        notice: previous.status === 'signedOut' ? previous.notice : undefined,
        error: t.auth.providerUnreachable,
      });
    }
  }

  /**
   * "Đăng xuất": forgets the token at once, asks the provider to end its session too (so that the next
   * person at this computer must sign in with their own password), and opens the console afresh, so
   * nothing the user loaded stays in memory.
   */
  async signOut(): Promise<void> {
    const session = this.session ?? this.readSession();
    this.env.storage.setItem(STORAGE_KEYS.signedOut, '1');
    this.forget({ status: 'signedOut', notice: 'signedOut' });
    if (session?.idToken) {
      await withTimeout(this.endProviderSession(session.idToken), this.env.signOutTimeoutMs ?? 3000).catch((error) =>
        console.warn('The provider session could not be ended', error),
      );
    }
    this.env.location.replace(`${this.env.location.origin}/`);
  }

  /**
   * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) sent in the background: the provider's
   * session cookie goes with it, the answer is not read. The provider does not know the console's
   * address as a post-logout redirect in development, so the console does not navigate there.
   */
  private async endProviderSession(idToken: string): Promise<void> {
    const config = await this.configOrRetry();
    const metadata = await this.providerMetadata(config);
    if (!metadata.end_session_endpoint) {
      return;
    }
    await this.env.fetch(metadata.end_session_endpoint, {
      method: 'POST',
      mode: 'no-cors',
      credentials: 'include',
      keepalive: true,
      body: new URLSearchParams({ id_token_hint: idToken, client_id: config.clientId }),
    });
  }

  private async completeSignIn(callback: CallbackParams): Promise<void> {
    const pending = this.takePending();
    // The code is used once: take it out of the address bar (and the history) whatever happens.
    this.env.history.replaceState(null, '', '/');
    try {
      if (!pending || !callback.state || callback.state !== pending.state) {
        throw new SignInFailure(t.auth.stateMismatch, 'state does not match the sign-in this tab started');
      }
      if (callback.error) {
        throw new SignInFailure(t.auth.providerRefused(callback.errorDescription ?? callback.error), callback.error);
      }
      const config = await this.configOrRetry();
      if (pending.issuer !== config.issuer || (callback.iss && trim(callback.iss) !== trim(config.issuer))) {
        throw new SignInFailure(t.auth.stateMismatch, `issuer ${callback.iss ?? pending.issuer} is not ${config.issuer}`);
      }
      const metadata = await this.providerMetadata(config);
      const tokens = await exchangeCode(this.env.fetch, metadata.token_endpoint, {
        clientId: config.clientId,
        code: callback.code ?? '',
        codeVerifier: pending.codeVerifier,
        redirectUri: pending.redirectUri,
      });
      const claims = jwtClaims(tokens.access_token) ?? (tokens.id_token ? jwtClaims(tokens.id_token) : null);
      if (!claims) {
        throw new SignInFailure(t.auth.exchangeFailed, 'the tokens carry no readable claims');
      }
      const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
      const session: StoredSession = {
        accessToken: tokens.access_token,
        idToken: tokens.id_token,
        expiresAt: typeof tokens.expires_in === 'number' ? this.now() + tokens.expires_in * 1000 : exp,
        user: userOf(claims),
      };
      this.env.storage.setItem(STORAGE_KEYS.session, JSON.stringify(session));
      this.env.storage.removeItem(STORAGE_KEYS.signedOut);
      this.session = session;
      this.env.history.replaceState(null, '', landingOf(session.user, pending.returnTo));
      this.set({ status: 'signedIn', user: session.user });
    } catch (error) {
      console.error('Sign-in failed', error);
      this.set({
        status: 'signedOut',
        error: error instanceof SignInFailure ? error.message : t.auth.exchangeFailed,
      });
    }
  }

  private loadConfig(): Promise<ConsoleConfig> {
    // Asked twice before giving up: a page load should not fail on one dropped answer.
    const config = loadConfig(this.env.fetch).catch(() => loadConfig(this.env.fetch));
    config.catch(() => {}); // awaited where needed
    return config;
  }

  private async configOrRetry(): Promise<ConsoleConfig> {
    try {
      return await (this.config ??= this.loadConfig());
    } catch {
      this.config = this.loadConfig();
      return this.config;
    }
  }

  private providerMetadata(config: ConsoleConfig): Promise<ProviderMetadata> {
    const metadata = (this.metadata ??= discover(this.env.fetch, config.issuer));
    metadata.catch(() => {
      if (this.metadata === metadata) {
        this.metadata = null; // try again next time
      }
    });
    return metadata;
  }

  private takePending(): PendingSignIn | null {
    const text = this.env.storage.getItem(STORAGE_KEYS.pending);
    this.env.storage.removeItem(STORAGE_KEYS.pending);
    try {
      const pending = text ? (JSON.parse(text) as PendingSignIn) : null;
      return pending && typeof pending.state === 'string' && typeof pending.codeVerifier === 'string' ? pending : null;
    } catch {
      return null;
    }
  }

  private readSession(): StoredSession | null {
    const text = this.env.storage.getItem(STORAGE_KEYS.session);
    try {
      const session = text ? (JSON.parse(text) as StoredSession) : null;
      return session && typeof session.accessToken === 'string' && session.user ? session : null;
    } catch {
      return null;
    }
  }

  private expired(session: StoredSession): boolean {
    return session.expiresAt !== null && this.now() >= session.expiresAt - EXPIRY_MARGIN_MS;
  }

  private forget(next: AuthState): void {
    this.session = null;
    this.env.storage.removeItem(STORAGE_KEYS.session);
    this.env.storage.removeItem(STORAGE_KEYS.pending);
    this.set(next);
  }

  private set(state: AuthState): void {
    this.stateValue = state;
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}

class SignInFailure extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
