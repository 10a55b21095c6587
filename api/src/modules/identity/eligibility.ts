/** Pure rules about age and sign-up; dates are calendar dates (YYYY-MM-DD) in UTC. */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a real calendar date (rejects 2024-02-30); null when malformed. */
export function parseCalendarDate(
  value: string,
): { year: number; month: number; day: number } | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** Age in whole years on `on` (UTC calendar day); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, on: Date): number {
  const birth = parseCalendarDate(birthDate);
  if (!birth) throw new RangeError(`Invalid birth date: ${birthDate}`);
  const year = on.getUTCFullYear();
  const month = on.getUTCMonth() + 1;
  const day = on.getUTCDate();
  const hadBirthday = month > birth.month || (month === birth.month && day >= birth.day);
  return year - birth.year - (hadBirthday ? 0 : 1);
}

/** Young people may sign up from this age to pre-register, until the end of this one. */
export const SIGN_UP_MIN_AGE = 15;
export const SIGN_UP_MAX_AGE = 18;

export type SignUpAgeCheck = 'OK' | 'TOO_YOUNG' | 'TOO_OLD' | 'NOT_BORN';

export function checkSignUpAge(birthDate: string, today: Date): SignUpAgeCheck {
  const age = ageOn(birthDate, today);
  if (age < 0) return 'NOT_BORN';
  if (age < SIGN_UP_MIN_AGE) return 'TOO_YOUNG';
  if (age > SIGN_UP_MAX_AGE) return 'TOO_OLD';
  return 'OK';
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 320 && EMAIL_PATTERN.test(email);
}
