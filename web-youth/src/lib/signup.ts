import { parseDay } from '@passculture/client';

/** The server's rules, checked as the person types (the server has the last word). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const SIGN_UP_MIN_AGE = 15;
export const SIGN_UP_MAX_AGE = 18;

export interface SignUpValues {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  postalCode: string;
}

export type SignUpField =
  'email' | 'password' | 'firstName' | 'lastName' | 'birthDate' | 'postalCode';
export type SignUpErrors = Partial<Record<SignUpField, string>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `YYYY-MM-DD` from the three birth-date boxes; null when they do not make a real day. */
export function birthDateFromParts(day: string, month: string, year: string): string | null {
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseDay(value) ? value : null;
}

/** Age in whole years on the UTC day of `on`, as the server computes it. */
export function ageOn(birthDate: string, on: Date): number {
  const birth = parseDay(birthDate);
  if (!birth) throw new RangeError(`Invalid birth date: ${birthDate}`);
  const month = on.getUTCMonth() + 1;
  const day = on.getUTCDate();
  const hadBirthday = month > birth.month || (month === birth.month && day >= birth.day);
  return on.getUTCFullYear() - birth.year - (hadBirthday ? 0 : 1);
}

/** A French postal code (5 digits, mainland, Corsica or overseas). */
export function isFrenchPostalCode(value: string): boolean {
  const code = value.trim();
  if (!/^\d{5}$/.test(code)) return false;
  const department = Number(code.slice(0, 2));
  if (department === 0) return false;
  if (department === 97) return /^97[1-46]/.test(code);
  if (department === 98) return false;
  return department <= 95;
}

/** Department code of a postal code: `93`, `2A`/`2B` for Corsica, `973` overseas. */
export function departmentOfPostalCode(value: string): string | null {
  const code = value.trim();
  if (!isFrenchPostalCode(code)) return null;
  if (code.startsWith('97')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  return code.slice(0, 2);
}

/** Checks every field; one French sentence per wrong field, saying what to type. */
export function validateSignUp(values: SignUpValues, today: Date = new Date()): SignUpErrors {
  const errors: SignUpErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = 'Saisis ton adresse e-mail.';
  else if (!EMAIL_SHAPE.test(email) || email.length > 320)
    errors.email = 'Saisis une adresse e-mail valide, par exemple nom@exemple.fr.';

  if (!values.password) errors.password = 'Choisis un mot de passe.';
  else if (values.password.length < PASSWORD_MIN_LENGTH)
    errors.password = `Ton mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères (il en a ${values.password.length}).`;
  else if (values.password.length > PASSWORD_MAX_LENGTH)
    errors.password = `Ton mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`;

  const firstName = values.firstName.trim();
  if (!firstName) errors.firstName = 'Saisis ton prénom.';
  else if (firstName.length > 100)
    errors.firstName = 'Ton prénom doit faire au plus 100 caractères.';
  const lastName = values.lastName.trim();
  if (!lastName) errors.lastName = 'Saisis ton nom.';
  else if (lastName.length > 100) errors.lastName = 'Ton nom doit faire au plus 100 caractères.';

  if (!values.birthDay.trim() && !values.birthMonth.trim() && !values.birthYear.trim()) {
    errors.birthDate = 'Saisis ta date de naissance.';
  } else {
    const birthDate = birthDateFromParts(values.birthDay, values.birthMonth, values.birthYear);
    if (!birthDate) {
      errors.birthDate =
        "Cette date n'existe pas. Saisis le jour, le mois et l'année, par exemple 14 juillet 2008.";
    } else {
      const age = ageOn(birthDate, today);
      if (age < 0) errors.birthDate = "Cette date est dans le futur : vérifie l'année.";
      else if (age < SIGN_UP_MIN_AGE)
        errors.birthDate = `Le pass Culture s'adresse aux jeunes à partir de ${SIGN_UP_MIN_AGE} ans : reviens nous voir plus tard !`;
      else if (age > SIGN_UP_MAX_AGE)
        errors.birthDate = `Le pass Culture s'adresse aux jeunes jusqu'à ${SIGN_UP_MAX_AGE} ans : tu ne peux pas t'inscrire.`;
    }
  }

  if (!values.postalCode.trim()) errors.postalCode = 'Saisis ton code postal.';
  else if (!isFrenchPostalCode(values.postalCode))
    errors.postalCode = 'Saisis un code postal français à 5 chiffres, par exemple 93200.';
  return errors;
}

export const SIGN_UP_FIELD_ORDER: readonly SignUpField[] = [
  'firstName',
  'lastName',
  'birthDate',
  'postalCode',
  'email',
  'password',
];
