/** The session's secrets: a short join code people type, long tokens nobody types. */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: a join code is read off a projector.
const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** 144 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

/** Compares a secret in constant time (a join code is compared without regard to case). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
