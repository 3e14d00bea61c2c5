// Facilitator and admin tokens: random, shown once, kept only as a hash, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits: far beyond guessing, so a fast hash at rest is enough (a slow one would only cost every request). */
export function newToken(): string {
  return `seeds_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares the hash of `token` with a stored hash without leaking, through timing, how much matched. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer[ ]+([\x21-\x7e]{1,512})$/i.exec(header?.trim() ?? '');
  return match ? match[1]! : null;
}
