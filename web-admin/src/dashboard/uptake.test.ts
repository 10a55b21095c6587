import { describe, expect, it } from 'vitest';
import {
  averageSpentCents,
  classIndex,
  departmentsCsv,
  maskedCount,
  presetPeriod,
  sortRows,
  type DepartmentRow,
} from './uptake';

const row = (code: string, fields: Partial<DepartmentRow> = {}): DepartmentRow => ({
  code,
  name: `Département ${code}`,
  isOpen: true,
  preRegistered: 0,
  beneficiaries: 0,
  grantedCents: 0,
  bookings: 0,
  spentCents: 0,
  ...fields,
});

describe('dashboard helpers', () => {
  it('masks counts from 1 to 9 only', () => {
    expect([0, 1, 9, 10, 250].map(maskedCount)).toEqual(['0', '< 10', '< 10', '10', '250']);
  });

  it('exports CSV with small counts and the amounts they make up masked', () => {
    const csv = departmentsCsv(
      [
        row('35', { beneficiaries: 3, grantedCents: 150_000, bookings: 4, spentCents: 8_000 }),
        row('93', {
          name: 'Seine-Saint-Denis; nord',
          beneficiaries: 20,
          grantedCents: 1_000_000,
          bookings: 40,
          spentCents: 50_000,
        }),
      ],
      {
        asOf: '26 novembre 2026 à 13:00',
        period: 'Depuis le début',
        category: 'Toutes',
        side: 'Où vivent les jeunes',
      },
    );
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'Chiffres au 26 novembre 2026 à 13:00;Période : Depuis le début;Catégorie : Toutes;Où vivent les jeunes',
    );
    expect(lines[2]).toBe(
      '35;Département 35;oui;0;< 10;secret statistique;< 10;secret statistique;secret statistique',
    );
    expect(lines[3]).toBe('93;"Seine-Saint-Denis; nord";oui;0;20;10000.00;40;500.00;25.00');
  });

  it('sorts by a metric either way, empty averages last, or by name', () => {
    const rows = [
      row('01', { beneficiaries: 2, spentCents: 100 }),
      row('02'),
      row('03', { beneficiaries: 1, spentCents: 500 }),
    ];
    expect(sortRows(rows, 'averageSpentCents', 'descending').map((r) => r.code)).toEqual([
      '03',
      '01',
      '02',
    ]);
    expect(sortRows(rows, 'averageSpentCents', 'ascending').map((r) => r.code)).toEqual([
      '01',
      '03',
      '02',
    ]);
    expect(sortRows(rows, 'code', 'descending').map((r) => r.code)).toEqual(['03', '02', '01']);
    expect(averageSpentCents({ spentCents: 100, beneficiaries: 3 })).toBe(33);
  });

  it('gives five colour classes and whole-week presets', () => {
    expect([0, 1, 20, 21, 100].map((v) => classIndex(v, 100))).toEqual([0, 0, 0, 1, 4]);
    expect(presetPeriod('WEEKS_12', new Date('2026-11-26T10:00:00Z'))).toEqual({
      from: '2026-09-04',
      to: '2026-11-26',
    });
    expect(presetPeriod('ALL', new Date())).toEqual({ from: null, to: null });
  });
});

describe('CSV by venue', () => {
  it('leaves the average out when bookings are counted where the venues are', () => {
    const csv = departmentsCsv(
      [row('93', { beneficiaries: 20, grantedCents: 1_000_000, bookings: 40, spentCents: 50_000 })],
      {
        asOf: 'x',
        period: 'y',
        category: 'z',
        side: 'Où sont les lieux culturels',
        withoutAverage: true,
      },
    );
    expect(csv.trim().split('\n')[2]).toBe('93;Département 93;oui;0;20;10000.00;40;500.00;');
  });
});
