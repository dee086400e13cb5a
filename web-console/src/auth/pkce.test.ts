import { describe, expect, it } from 'vitest';
import { base64Url, codeChallenge, createVerifier, randomString } from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43 unreserved characters, different every time', () => {
    const verifiers = new Set(Array.from({ length: 50 }, () => createVerifier()));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(randomString(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a verifier the provider would refuse', async () => {
    await expect(codeChallenge('too-short')).rejects.toThrow(/43 to 128/);
    await expect(codeChallenge(`${'a'.repeat(42)}+`)).rejects.toThrow();
  });

  it('writes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});
