/**
 * Where the API client gets its access token. Sign-in through OpenID Connect (`src/auth/session.ts`)
 * installs its provider with `setTokenProvider`; without one, requests go without Authorization.
 */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export const noToken: TokenProvider = () => null;
