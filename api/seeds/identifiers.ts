import { isLuhnValid } from '../src/modules/pro/company-ids.js';
import type { Random } from './random.js';

/** The digit that, appended to `payload`, makes the whole Luhn-valid. */
export function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (isLuhnValid(payload + digit)) return String(digit);
  }
  throw new Error(`No Luhn check digit for ${payload}`);
}

/** A random Luhn-valid SIREN (9 digits, not starting with 0), distinct from `taken`. */
export function generateSiren(random: Random, taken: Set<string>): string {
  for (;;) {
    const payload = String(random.int(1, 9)) + random.digits(7);
    const siren = payload + luhnCheckDigit(payload);
    if (!taken.has(siren)) {
      taken.add(siren);
      return siren;
    }
  }
}

/** A random Luhn-valid SIRET of the given SIREN (SIREN + 5-digit NIC), distinct from `taken`. */
export function generateSiret(random: Random, siren: string, taken: Set<string>): string {
  for (;;) {
    const payload = siren + random.digits(4);
    const siret = payload + luhnCheckDigit(payload);
    if (!taken.has(siret)) {
      taken.add(siret);
      return siret;
    }
  }
}

/** The booking token alphabet: A-Z and 2-7 without the ambiguous I and O. */
export { TOKEN_ALPHABET } from '../src/modules/booking/token.js';
import { TOKEN_ALPHABET } from '../src/modules/booking/token.js';

/**
 * A 6-character booking token distinct from `taken`. The booking engine draws
 * them from a cryptographic source; the seed uses its PRNG to stay reproducible.
 */
export function generateToken(random: Random, taken: Set<string>): string {
  for (;;) {
    let token = '';
    for (let i = 0; i < 6; i++) token += TOKEN_ALPHABET[random.int(0, TOKEN_ALPHABET.length - 1)];
    if (!taken.has(token)) {
      taken.add(token);
      return token;
    }
  }
}
