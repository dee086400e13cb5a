/**
 * The OpenID Connect pieces the console needs, as plain functions over fetch: the gateway's
 * /config.json, the provider's discovery document, the authorization request and the token request
 * of the authorization code flow with PKCE (public client, no secret).
 */

/** GET /config.json on the gateway: where to sign in. */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
  scope: string;
}

/** The parts of /.well-known/openid-configuration the console uses (Spring Authorization Server, Keycloak). */
export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** The token endpoint's answer (RFC 6749 §5.1). */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in?: number;
  id_token?: string;
  scope?: string;
}

type Fetch = typeof fetch;

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** A JSON document, given up after `timeoutMs` so that a stalled answer does not leave the screen waiting. */
async function getJson(fetchImpl: Fetch, url: string, timeoutMs = 10_000): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!response.ok) {
      throw new Error(`GET ${url}: ${response.status}`);
    }
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

export async function loadConfig(fetchImpl: Fetch, url = '/config.json'): Promise<ConsoleConfig> {
  const body = (await getJson(fetchImpl, url)) as Partial<ConsoleConfig> | null;
  if (!body || typeof body.issuer !== 'string' || typeof body.clientId !== 'string') {
    throw new Error(`${url} names no issuer and client`);
  }
  return { issuer: trimSlash(body.issuer), clientId: body.clientId, scope: body.scope || 'openid' };
}

/**
 * The provider's endpoints from its discovery document. Its `issuer` must be the one the gateway named
 * (OpenID Connect Discovery §4.3), so a wrong document cannot send the code elsewhere.
 */
export async function discover(fetchImpl: Fetch, issuer: string): Promise<ProviderMetadata> {
  const body = (await getJson(fetchImpl, `${trimSlash(issuer)}/.well-known/openid-configuration`)) as
    | Partial<ProviderMetadata>
    | null;
  if (!body || typeof body.authorization_endpoint !== 'string' || typeof body.token_endpoint !== 'string') {
    throw new Error('The discovery document has no authorization or token endpoint');
  }
  if (typeof body.issuer !== 'string' || trimSlash(body.issuer) !== trimSlash(issuer)) {
    throw new Error(`The discovery document is for issuer ${String(body.issuer)}, not ${issuer}`);
  }
  return {
    issuer: body.issuer,
    authorization_endpoint: body.authorization_endpoint,
    token_endpoint: body.token_endpoint,
    end_session_endpoint: typeof body.end_session_endpoint === 'string' ? body.end_session_endpoint : undefined,
  };
}

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  codeChallenge: string;
  /** "login" asks the provider to ask for the password even if it still has a session. */
  prompt?: string;
}

/** The URL that starts the flow at the provider's authorization endpoint. */
export function authorizationUrl(endpoint: string, request: AuthorizationRequest): string {
  const url = new URL(endpoint);
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    prompt: request.prompt,
  };
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      url.searchParams.set(name, value);
    }
  }
  return url.toString();
}

export interface CodeExchange {
  clientId: string;
  code: string;
  codeVerifier: string;
  redirectUri: string;
}

/** Trades the authorization code for tokens: a form-encoded POST, the verifier instead of a secret. */
export async function exchangeCode(fetchImpl: Fetch, tokenEndpoint: string, exchange: CodeExchange): Promise<TokenResponse> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: exchange.code,
    redirect_uri: exchange.redirectUri,
    client_id: exchange.clientId,
    code_verifier: exchange.codeVerifier,
  });
  const response = await fetchImpl(tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: body.toString(),
    cache: 'no-store',
    credentials: 'omit',
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    throw new Error(`The token endpoint answered ${response.status}: ${String(json.error ?? text).slice(0, 200)}`);
  }
  if (typeof json.access_token !== 'string' || typeof json.token_type !== 'string' || json.token_type.toLowerCase() !== 'bearer') {
    throw new Error('The token endpoint answered without a bearer access token');
  }
  return json as unknown as TokenResponse;
}

/** What the provider sent back to the redirect URI, if this page load is such a return. */
export interface CallbackParams {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
  /** RFC 9207: the issuer that answered, when the provider says it. */
  iss?: string;
}

export function callbackParams(search: string): CallbackParams | null {
  const params = new URLSearchParams(search);
  const code = params.get('code') ?? undefined;
  const error = params.get('error') ?? undefined;
  if (!code && !error) {
    return null;
  }
  return {
    code,
    error,
    state: params.get('state') ?? undefined,
    errorDescription: params.get('error_description') ?? undefined,
    iss: params.get('iss') ?? undefined,
  };
}
