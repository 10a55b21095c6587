import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/modules/identity/password.js';
import { hashSessionToken, newSessionToken } from '../../src/modules/identity/session-token.js';

describe('password hashing', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('une phrase de passe', 10);
    expect(hash).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('une phrase de passe', hash)).toBe(true);
    expect(await verifyPassword('une phrase de passe ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('même mot de passe', 10)).not.toBe(
      await hashPassword('même mot de passe', 10),
    );
  });

  it('treats composed and decomposed accents alike', async () => {
    const hash = await hashPassword('Éléonore-2008', 10);
    expect(await verifyPassword('E\u0301le\u0301onore-2008', hash)).toBe(true);
  });

  it('refuses a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('session tokens', () => {
  it('are long, random and stored as a hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).toBe(hashSessionToken(a));
  });
});
