import { describe, expect, it } from 'vitest';
import {
  DEPARTMENTS,
  EXPERIMENT_DEPARTMENTS_2019,
  departmentFromPostalCode,
} from '../../src/modules/territory/departments.js';

describe('departmentFromPostalCode', () => {
  it.each([
    ['93200', '93'],
    ['75011', '75'],
    ['01000', '01'],
    ['20000', '2A'],
    ['20199', '2A'],
    ['20200', '2B'],
    ['20600', '2B'],
    ['97300', '973'],
    ['97110', '971'],
    ['97400', '974'],
    ['97600', '976'],
  ])('%s is in department %s', (postalCode, department) => {
    expect(departmentFromPostalCode(postalCode)).toBe(department);
  });

  it.each(['', '9320', '932000', 'ABCDE', '98000', '97500', '00100', ' 93200'])(
    'refuses %j',
    (postalCode) => {
      expect(departmentFromPostalCode(postalCode)).toBeNull();
    },
  );

  it('knows 101 departments, all the experiment ones among them', () => {
    expect(DEPARTMENTS).toHaveLength(101);
    const codes = new Set(DEPARTMENTS.map(([code]) => code));
    expect(codes.size).toBe(101);
    for (const code of EXPERIMENT_DEPARTMENTS_2019) expect(codes.has(code)).toBe(true);
    expect(EXPERIMENT_DEPARTMENTS_2019).toHaveLength(14);
  });
});
