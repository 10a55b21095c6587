import { describe, expect, it } from 'vitest';
import {
  activationRequestRefusal,
  type ActivationFacts,
} from '../../src/modules/identity/activation.rules.js';

const facts: ActivationFacts = {
  activationStatus: 'PRE_REGISTERED',
  isBeneficiary: false,
  birthDate: '2008-06-01',
  departmentOpen: true,
  eligibleAges: [18],
  requiresOpenDepartment: true,
  today: new Date('2026-11-26T12:00:00Z'),
};

describe('activationRequestRefusal', () => {
  it('lets an 18-year-old of an open department ask, again as well', () => {
    expect(activationRequestRefusal(facts)).toBeNull();
    expect(activationRequestRefusal({ ...facts, activationStatus: 'REQUESTED' })).toBeNull();
  });
  it('waits for the department to open (2019 experiment)', () => {
    expect(activationRequestRefusal({ ...facts, departmentOpen: false })).toMatch(
      /pas encore ouvert/,
    );
    expect(
      activationRequestRefusal({ ...facts, departmentOpen: false, requiresOpenDepartment: false }),
    ).toBeNull();
  });
  it('waits for the age of the policy', () => {
    expect(activationRequestRefusal({ ...facts, birthDate: '2009-06-01' })).toMatch(/à 18 ans/);
    expect(
      activationRequestRefusal({ ...facts, birthDate: '2009-06-01', eligibleAges: [17, 18] }),
    ).toBeNull();
  });
  it('refuses activated, rejected and non-young accounts', () => {
    expect(activationRequestRefusal({ ...facts, isBeneficiary: true })).toMatch(/déjà activé/);
    expect(activationRequestRefusal({ ...facts, activationStatus: 'REJECTED' })).toMatch(/refusée/);
    expect(activationRequestRefusal({ ...facts, activationStatus: null })).toMatch(
      /pas un compte jeune/,
    );
  });
});
