import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthDateFromParts,
  departmentOfPostalCode,
  isFrenchPostalCode,
  validateSignUp,
  type SignUpValues,
} from './signup';

const today = new Date('2026-11-26T10:00:00Z');
const valid: SignUpValues = {
  email: 'hugo@exemple.fr',
  password: 'une phrase assez longue',
  firstName: 'Hugo',
  lastName: 'Petit',
  birthDay: '3',
  birthMonth: '5',
  birthYear: '2009',
  postalCode: '75011',
};

describe('sign-up checks', () => {
  it('accepts a 17-year-old with every field right', () => {
    expect(validateSignUp(valid, today)).toEqual({});
  });

  it('says what to type in every empty field', () => {
    const errors = validateSignUp(
      {
        email: '',
        password: '',
        firstName: ' ',
        lastName: '',
        birthDay: '',
        birthMonth: '',
        birthYear: '',
        postalCode: '',
      },
      today,
    );
    expect(errors).toEqual({
      email: 'Saisis ton adresse e-mail.',
      password: 'Choisis un mot de passe.',
      firstName: 'Saisis ton prénom.',
      lastName: 'Saisis ton nom.',
      birthDate: 'Saisis ta date de naissance.',
      postalCode: 'Saisis ton code postal.',
    });
  });

  it('wants a password of at least 12 characters', () => {
    expect(validateSignUp({ ...valid, password: 'court' }, today).password).toBe(
      'Ton mot de passe doit contenir au moins 12 caractères (il en a 5).',
    );
    expect(validateSignUp({ ...valid, password: 'x'.repeat(12) }, today).password).toBeUndefined();
  });

  it('checks the e-mail shape and the postal code', () => {
    expect(validateSignUp({ ...valid, email: 'hugo@exemple' }, today).email).toMatch(/valide/);
    expect(validateSignUp({ ...valid, postalCode: '7501' }, today).postalCode).toMatch(
      /5 chiffres/,
    );
    expect(validateSignUp({ ...valid, postalCode: '99000' }, today).postalCode).toBeDefined();
  });

  it('accepts ages 15 to 18 only, as the server counts them', () => {
    const born = (day: string, month: string, year: string) =>
      validateSignUp({ ...valid, birthDay: day, birthMonth: month, birthYear: year }, today)
        .birthDate;
    expect(born('26', '11', '2011')).toBeUndefined(); // 15 today
    expect(born('27', '11', '2011')).toMatch(/à partir de 15 ans/);
    expect(born('27', '11', '2007')).toBeUndefined(); // still 18
    expect(born('26', '11', '2007')).toMatch(/jusqu'à 18 ans/); // 19 today
    expect(born('1', '1', '2030')).toMatch(/futur/);
    expect(born('30', '2', '2009')).toMatch(/n'existe pas/);
  });
});

describe('birth date and postal code helpers', () => {
  it('builds YYYY-MM-DD from the three boxes', () => {
    expect(birthDateFromParts('3', '5', '2009')).toBe('2009-05-03');
    expect(birthDateFromParts(' 29 ', '2', '2008')).toBe('2008-02-29');
    expect(birthDateFromParts('29', '2', '2009')).toBeNull();
    expect(birthDateFromParts('3', '5', '09')).toBeNull();
    expect(birthDateFromParts('', '5', '2009')).toBeNull();
  });

  it('counts the age on the UTC day', () => {
    expect(ageOn('2008-11-26', today)).toBe(18);
    expect(ageOn('2008-11-27', today)).toBe(17);
  });

  it('knows French postal codes and their departments', () => {
    expect(departmentOfPostalCode('93200')).toBe('93');
    expect(departmentOfPostalCode('20000')).toBe('2A');
    expect(departmentOfPostalCode('20200')).toBe('2B');
    expect(departmentOfPostalCode('97300')).toBe('973');
    expect(isFrenchPostalCode('97500')).toBe(false);
    expect(isFrenchPostalCode('00100')).toBe(false);
    expect(isFrenchPostalCode('96000')).toBe(false);
    expect(departmentOfPostalCode('abcde')).toBeNull();
  });
});
