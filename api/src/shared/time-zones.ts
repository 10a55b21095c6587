/**
 * A department's (or overseas collectivity's) wall clock: the one definition. Event times,
 * default booking limits, recurrences, emails and counter messages are on the venue's
 * clock; the ministry's uptake weeks stay Paris weeks.
 */
import { PARIS_TIME_ZONE } from './time.js';

export { PARIS_TIME_ZONE } from './time.js';

/** Every territory that is not on metropolitan time. */
export const OVERSEAS_TIME_ZONES: Readonly<Record<string, string>> = {
  '971': 'America/Guadeloupe', // UTC−4
  '972': 'America/Martinique', // UTC−4
  '973': 'America/Cayenne', // UTC−3
  '974': 'Indian/Reunion', // UTC+4
  '975': 'America/Miquelon', // UTC−3, daylight saving UTC−2
  '976': 'Indian/Mayotte', // UTC+3
  '977': 'America/St_Barthelemy', // UTC−4
  '978': 'America/Marigot', // UTC−4
  '987': 'Pacific/Tahiti', // UTC−10
  '988': 'Pacific/Noumea', // UTC+11
};

/** The time zone of a department code; Paris when unknown or absent (a digital venue). */
export function timeZoneOfDepartment(departmentCode: string | null | undefined): string {
  return (departmentCode && OVERSEAS_TIME_ZONES[departmentCode]) || PARIS_TIME_ZONE;
}

/**
 * The same function in SQL, for a department code column (`v.department_code`): built from
 * the table above, so the two cannot disagree (test/integration/overseas-time.test.ts).
 */
export function timeZoneOfDepartmentSql(column: string): string {
  const cases = Object.entries(OVERSEAS_TIME_ZONES)
    .map(([code, zone]) => `when '${code}' then '${zone}'`)
    .join(' ');
  return `(case ${column} ${cases} else '${PARIS_TIME_ZONE}' end)`;
}

/** « heure de Cayenne »: how a message names the clock it speaks in, when not Paris. */
export function clockName(timeZone: string): string | null {
  if (timeZone === PARIS_TIME_ZONE) return null;
  const city = timeZone.split('/').pop()!.replaceAll('_', ' ');
  return `heure de ${CITY_NAMES[city] ?? city}`;
}

const CITY_NAMES: Record<string, string> = {
  Reunion: 'La Réunion',
  'St Barthelemy': 'Saint-Barthélemy',
  Marigot: 'Saint-Martin',
  Miquelon: 'Saint-Pierre-et-Miquelon',
  Tahiti: 'Tahiti',
  Noumea: 'Nouméa',
};
