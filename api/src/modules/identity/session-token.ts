import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the client holds. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database holds: a token this long needs no slow KDF, a SHA-256 suffices. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_COOKIE = 'pc_session';
