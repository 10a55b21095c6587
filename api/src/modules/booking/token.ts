import { randomInt } from 'node:crypto';

/** A-Z and 2-7 without the ambiguous I and O: 30 symbols. */
export const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ234567';
export const TOKEN_LENGTH = 6;

/** A counter token drawn with the cryptographic RNG (30^6 ≈ 729 million values). */
export function generateToken(draw: (max: number) => number = randomInt): string {
  let token = '';
  for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[draw(TOKEN_ALPHABET.length)];
  return token;
}

const TOKEN_PATTERN = new RegExp(`^[${TOKEN_ALPHABET}]{${TOKEN_LENGTH}}$`);

/** What a person typed or scanned, as a token; null when it cannot be one. */
export function normalizeToken(input: string): string | null {
  const trimmed = input.trim();
  const scanned = /^PASSCULTURE:v3;TOKEN:([A-Za-z0-9]+)$/.exec(trimmed);
  const token = (scanned ? scanned[1]! : trimmed).toUpperCase();
  return TOKEN_PATTERN.test(token) ? token : null;
}

/** The text encoded in the ticket's QR code. */
export function qrCodePayload(token: string): string {
  return `PASSCULTURE:v3;TOKEN:${token}`;
}
