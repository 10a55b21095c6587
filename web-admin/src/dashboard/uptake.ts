/** Pure helpers of the dashboard: metrics, sorting, periods, colour scale and CSV export. */

export interface DepartmentRow {
  code: string;
  name: string;
  isOpen: boolean;
  preRegistered: number;
  beneficiaries: number;
  grantedCents: number;
  bookings: number;
  spentCents: number;
}

export type MetricKey =
  | 'preRegistered'
  | 'beneficiaries'
  | 'grantedCents'
  | 'bookings'
  | 'spentCents'
  | 'averageSpentCents';

export interface Metric {
  key: MetricKey;
  label: string;
  money: boolean;
}

export const METRICS: readonly Metric[] = [
  { key: 'preRegistered', label: 'Préinscrits', money: false },
  { key: 'beneficiaries', label: 'Bénéficiaires activés', money: false },
  { key: 'grantedCents', label: 'Crédit accordé', money: true },
  { key: 'bookings', label: 'Réservations', money: false },
  { key: 'spentCents', label: 'Montant dépensé', money: true },
  { key: 'averageSpentCents', label: 'Dépense moyenne par bénéficiaire', money: true },
];

/** Spent per person granted a credit in the same period; null without anyone. */
export function averageSpentCents(row: {
  spentCents: number;
  beneficiaries: number;
}): number | null {
  return row.beneficiaries > 0 ? Math.round(row.spentCents / row.beneficiaries) : null;
}

export function metricValue(row: DepartmentRow, key: MetricKey): number | null {
  return key === 'averageSpentCents' ? averageSpentCents(row) : row[key];
}

export type SortKey = MetricKey | 'code' | 'name';

/** Sorted copy; empty values (no beneficiary) always last. */
export function sortRows(
  rows: readonly DepartmentRow[],
  key: SortKey,
  direction: 'ascending' | 'descending',
): DepartmentRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'code' || key === 'name') return sign * a[key].localeCompare(b[key], 'fr');
    const va = metricValue(a, key);
    const vb = metricValue(b, key);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * (va - vb) || a.code.localeCompare(b.code);
  });
}

/** Five classes from 0 to the maximum: the map's legend and colours. */
export function colourClasses(max: number): { from: number; to: number }[] {
  if (max <= 0) return [{ from: 0, to: 0 }];
  const step = max / 5;
  return Array.from({ length: 5 }, (_, i) => ({ from: step * i, to: step * (i + 1) }));
}

export function classIndex(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(4, Math.floor((value / max) * 5 - 1e-9));
}

export type PeriodPreset = 'ALL' | 'WEEKS_12' | 'WEEKS_52' | 'CUSTOM';

export const PERIOD_PRESETS: { value: PeriodPreset; label: string }[] = [
  { value: 'ALL', label: 'Depuis le début' },
  { value: 'WEEKS_12', label: 'Les 12 dernières semaines' },
  { value: 'WEEKS_52', label: 'Les 52 dernières semaines' },
  { value: 'CUSTOM', label: 'Période choisie' },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The `from` / `to` of a preset on `today`. */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'CUSTOM'>,
  today: Date,
): { from: string | null; to: string | null } {
  if (preset === 'ALL') return { from: null, to: null };
  const weeks = preset === 'WEEKS_12' ? 12 : 52;
  return {
    from: isoDay(new Date(today.getTime() - (weeks * 7 - 1) * 86_400_000)),
    to: isoDay(today),
  };
}

/** Counts from 1 to 9 could single a person out: exports show them as « < 10 ». */
export const SMALL_COUNT = 10;

export function maskedCount(value: number): string {
  return value > 0 && value < SMALL_COUNT ? '< 10' : String(value);
}

/** An amount that only a few people make up is not exported either. */
function maskedAmount(cents: number | null, people: number): string {
  if (cents === null) return '';
  if (people > 0 && people < SMALL_COUNT) return 'secret statistique';
  return (cents / 100).toFixed(2);
}

function csvCell(value: string): string {
  return /[";\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The department table as CSV (semicolons and decimal points open in French
 * spreadsheets), small counts masked, with the figures' date first.
 */
export function departmentsCsv(
  rows: readonly DepartmentRow[],
  context: {
    asOf: string;
    period: string;
    category: string;
    side: string;
    withoutAverage?: boolean;
  },
): string {
  const lines = [
    [
      `Chiffres au ${context.asOf}`,
      `Période : ${context.period}`,
      `Catégorie : ${context.category}`,
      context.side,
    ],
    [
      'Code',
      'Département',
      'Ouvert',
      'Préinscrits',
      'Bénéficiaires activés',
      'Crédit accordé (€)',
      'Réservations',
      'Montant dépensé (€)',
      'Dépense moyenne par bénéficiaire (€)',
    ],
    ...rows.map((r) => [
      r.code,
      r.name,
      r.isOpen ? 'oui' : 'non',
      maskedCount(r.preRegistered),
      maskedCount(r.beneficiaries),
      maskedAmount(r.grantedCents, r.beneficiaries),
      maskedCount(r.bookings),
      maskedAmount(r.spentCents, Math.min(r.bookings, r.beneficiaries || r.bookings)),
      context.withoutAverage ? '' : maskedAmount(averageSpentCents(r), r.beneficiaries),
    ]),
  ];
  return `${lines.map((line) => line.map(csvCell).join(';')).join('\n')}\n`;
}
