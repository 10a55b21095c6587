/** Pure helpers of the diversity section: periods, shares, statistical secrecy. */
import { SMALL_COUNT } from './uptake';
import type { PeriodPreset } from './uptake';

export type DiversityPeriod = 'ALL' | 'WEEKS_12' | 'WEEKS_52';

/** The dashboard's period as the diversity rollup knows it; null for a chosen period. */
export function diversityPeriodOf(preset: PeriodPreset): DiversityPeriod | null {
  return preset === 'CUSTOM' ? null : preset;
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Fewer than 10 people could be singled out: their shares are not shown. */
export function isSecret(bookers: number): boolean {
  return bookers > 0 && bookers < SMALL_COUNT;
}

export function formatShare(share: number | null, bookers: number): string {
  if (share === null || bookers === 0) return '—';
  return isSecret(bookers) ? 'secret statistique' : percent.format(share);
}

export function formatAverage(average: number | null, bookers: number): string {
  if (average === null || bookers === 0) return '—';
  return isSecret(bookers) ? 'secret statistique' : decimal.format(average);
}
