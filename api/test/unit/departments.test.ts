import { describe, expect, it } from 'vitest';
import {
  DEPARTMENTS,
  EXPERIMENT_DEPARTMENTS_2019,
  OVERSEAS_COLLECTIVITIES,
  departmentFromPostalCode,
  departmentName,
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
    ['97133', '977'],
    ['97150', '978'],
    ['97500', '975'],
    ['97055', '978'],
    ['97079', '978'],
    ['97095', '977'],
    ['98714', '987'],
    ['98800', '988'],
  ])('%s is in department %s', (postalCode, department) => {
    expect(departmentFromPostalCode(postalCode)).toBe(department);
  });

  it.each(['', '9320', '932000', 'ABCDE', '98000', '98600', '97000', '00100', ' 93200'])(
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

  it('knows the overseas collectivities by name, apart from the departments', () => {
    expect(OVERSEAS_COLLECTIVITIES.map(([code]) => code)).toEqual([
      '975',
      '977',
      '978',
      '987',
      '988',
    ]);
    expect(departmentName('977')).toBe('Saint-Barthélemy');
    expect(departmentName('978')).toBe('Saint-Martin');
    expect(departmentName('975')).toBe('Saint-Pierre-et-Miquelon');
    expect(departmentName('987')).toBe('Polynésie française');
    expect(departmentName('988')).toBe('Nouvelle-Calédonie');
    // None is open to the pass by the code: whether it is open is data (department.is_open).
    for (const [code] of OVERSEAS_COLLECTIVITIES) {
      expect(EXPERIMENT_DEPARTMENTS_2019).not.toContain(code);
    }
  });
});
