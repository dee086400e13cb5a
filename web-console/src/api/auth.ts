/**
 * Where the API client gets its access token. Sign-in through OpenID Connect will install a provider
 * with {@link setTokenProvider}; until then there is no token and requests go without Authorization.
 */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export const noToken: TokenProvider = () => null;
