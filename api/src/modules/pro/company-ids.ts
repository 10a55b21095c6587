/**
 * French company identifiers: SIREN (9 digits, the company) and SIRET (14 digits,
 * one of its establishments: the SIREN then 5 digits). Both carry a Luhn check digit.
 */

/** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Spaces and dots people type between groups of digits are dropped. */
export function normalizeCompanyId(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function isValidSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && isLuhnValid(siren);
}

/** La Poste's establishments share one SIREN and are numbered past what Luhn allows. */
const LA_POSTE_SIREN = '356000000';

/**
 * A SIRET passes the standard Luhn check; La Poste's (prefix 356000000) may instead have a
 * digit sum that is a multiple of 5. The digit sum is a fallback, not a replacement: a La
 * Poste SIRET that passes Luhn (35600000000048) is valid.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (isLuhnValid(siret)) return true;
  if (!siret.startsWith(LA_POSTE_SIREN)) return false;
  const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
  return digitSum % 5 === 0;
}

/** The SIREN a SIRET belongs to. */
export function sirenOfSiret(siret: string): string {
  return siret.slice(0, 9);
}
