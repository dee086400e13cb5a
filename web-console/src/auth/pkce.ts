/**
 * Proof Key for Code Exchange (RFC 7636) with S256, and the random values of a sign-in (state).
 * Uses the browser's Web Crypto: `crypto.getRandomValues` and `crypto.subtle.digest`, which the
 * browser offers on https and on http://localhost.
 */

/** Base64url without padding (RFC 4648 §5), as PKCE and JWTs write bytes. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `bytes` random bytes, base64url: 32 bytes give 43 characters of [A-Za-z0-9_-]. */
export function randomString(bytes = 32, source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const value = new Uint8Array(bytes);
  source.getRandomValues(value);
  return base64Url(value);
}

/** A code verifier: 43 characters from the unreserved set, 256 bits of randomness. */
export function createVerifier(source?: Pick<Crypto, 'getRandomValues'>): string {
  return randomString(32, source);
}

/** The S256 code challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))). */
export async function codeChallenge(verifier: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new Error('A PKCE code verifier has 43 to 128 unreserved characters');
  }
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}
