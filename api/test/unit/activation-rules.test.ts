import { describe, expect, it } from 'vitest';
import {
  activationApprovalRefusal,
  activationObstacle,
  activationRequestRefusal,
  type ActivationFacts,
} from '../../src/modules/activation/activation.rules.js';

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

describe('activationApprovalRefusal', () => {
  const requested: ActivationFacts = { ...facts, activationStatus: 'REQUESTED' };
  it('lets an admin approve an eligible request', () => {
    expect(activationApprovalRefusal(requested)).toBeNull();
    expect(activationObstacle(requested)).toBeNull();
  });
  it('tells the admin to open the department first', () => {
    expect(activationObstacle({ ...requested, departmentOpen: false })).toBe('DEPARTMENT_CLOSED');
    expect(activationApprovalRefusal({ ...requested, departmentOpen: false })).toMatch(/ouvrez-le/);
  });
  it('refuses the day before the 18th birthday and accepts on it', () => {
    const today = new Date('2026-11-26T12:00:00Z');
    expect(activationObstacle({ ...requested, today, birthDate: '2008-11-27' })).toBe('AGE');
    expect(activationObstacle({ ...requested, today, birthDate: '2008-11-26' })).toBeNull();
    expect(activationApprovalRefusal({ ...requested, today, birthDate: '2008-11-27' })).toMatch(
      /n'a pas l'âge/,
    );
  });
});
