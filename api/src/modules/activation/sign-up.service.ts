import { AppError, ErrorCode } from '../../graphql/errors.js';
import {
  checkSignUpAge,
  isPlausibleEmail,
  normalizeEmail,
  parseCalendarDate,
} from '../identity/eligibility.js';
import type { Caller, OpenedSession } from '../identity/identity.service.js';
import { passwordRuleViolation } from '../identity/password.js';
import { ActivationStatus } from '../identity/user.entity.js';
import type { RegistrationService } from '../registration/registration.service.js';
import { departmentFromPostalCode } from '../territory/departments.js';

/** What a young person gives to sign up (the first step towards their credit). */
export interface SignUpData {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  postalCode: string;
}

/**
 * A young person signs up: checked (every field at once, then the age), pre-registered in
 * the department of their postal code, signed in, unconfirmed until they follow the link
 * emailed to them (the same answer whether the address was free or taken: see
 * RegistrationService). No credit is granted here.
 */
export async function signUpYoungPerson(
  registration: RegistrationService,
  data: SignUpData,
  caller: Caller,
  now = new Date(),
): Promise<OpenedSession> {
  const email = normalizeEmail(data.email);
  const fieldErrors: Record<string, string> = {};
  if (!isPlausibleEmail(email)) fieldErrors.email = "Cette adresse e-mail n'est pas valide.";
  const passwordProblem = passwordRuleViolation(data.password);
  if (passwordProblem) fieldErrors.password = passwordProblem;
  const firstName = data.firstName.trim();
  const lastName = data.lastName.trim();
  if (!firstName || firstName.length > 100) fieldErrors.firstName = 'Indique ton prénom.';
  if (!lastName || lastName.length > 100) fieldErrors.lastName = 'Indique ton nom.';
  const departmentCode = departmentFromPostalCode(data.postalCode.trim());
  if (!departmentCode)
    fieldErrors.postalCode = "Ce code postal n'est pas celui d'un département français.";
  if (!parseCalendarDate(data.birthDate))
    fieldErrors.birthDate = 'La date de naissance doit être au format AAAA-MM-JJ.';
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, Object.values(fieldErrors)[0], {
      fields: fieldErrors,
    });
  }

  const age = checkSignUpAge(data.birthDate, now);
  if (age === 'TOO_YOUNG' || age === 'NOT_BORN') {
    throw new AppError(
      ErrorCode.NOT_ELIGIBLE,
      "Le pass Culture s'adresse aux jeunes à partir de 15 ans : reviens nous voir plus tard !",
    );
  }
  if (age === 'TOO_OLD') {
    throw new AppError(
      ErrorCode.NOT_ELIGIBLE,
      "Le pass Culture s'adresse aux jeunes jusqu'à 18 ans : tu ne peux pas t'inscrire.",
    );
  }

  return registration.signUp(
    {
      email,
      firstName,
      lastName,
      birthDate: data.birthDate,
      postalCode: data.postalCode.trim(),
      departmentCode,
      roles: [],
      activationStatus: ActivationStatus.PRE_REGISTERED,
      createdAt: now,
    },
    data.password,
    caller,
    'young',
  );
}
