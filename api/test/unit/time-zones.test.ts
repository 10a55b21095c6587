import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { timeZoneOfDepartment } from '../../src/shared/time-zones.js';
import { localDateOf, zonedTime } from '../../src/shared/time.js';

const API = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|json)$/.test(path) ? [path] : [];
  });
}

describe("a department's time zone", () => {
  it.each([
    ['93', 'Europe/Paris'],
    ['2A', 'Europe/Paris'],
    ['971', 'America/Guadeloupe'],
    ['972', 'America/Martinique'],
    ['973', 'America/Cayenne'],
    ['974', 'Indian/Reunion'],
    ['975', 'America/Miquelon'],
    ['976', 'Indian/Mayotte'],
    ['977', 'America/St_Barthelemy'],
    ['978', 'America/Marigot'],
    ['987', 'Pacific/Tahiti'],
    ['988', 'Pacific/Noumea'],
  ])('%s is on %s', (code, zone) => {
    expect(timeZoneOfDepartment(code)).toBe(zone);
  });

  it('is Paris when the department is unknown (a digital venue has none)', () => {
    expect(timeZoneOfDepartment(null)).toBe('Europe/Paris');
    expect(timeZoneOfDepartment(undefined)).toBe('Europe/Paris');
    expect(timeZoneOfDepartment('999')).toBe('Europe/Paris');
  });

  it('puts 20:00 in Cayenne at 23:00 UTC, in Réunion at 16:00 UTC, in Mayotte at 17:00 UTC', () => {
    const day = { year: 2027, month: 1, day: 15 };
    expect(zonedTime(day, 20, 0, timeZoneOfDepartment('973')).toISOString()).toBe(
      '2027-01-15T23:00:00.000Z',
    );
    expect(zonedTime(day, 20, 0, timeZoneOfDepartment('974')).toISOString()).toBe(
      '2027-01-15T16:00:00.000Z',
    );
    expect(zonedTime(day, 20, 0, timeZoneOfDepartment('976')).toISOString()).toBe(
      '2027-01-15T17:00:00.000Z',
    );
    expect(localDateOf(new Date('2027-01-16T02:00:00Z'), timeZoneOfDepartment('971'))).toEqual(day);
  });

  it('is defined once: no other source or seed file holds a table of overseas time zones', () => {
    const holders = [...files(join(API, 'src')), ...files(join(API, 'seeds'))]
      .filter((file) => /America\/Cayenne|Indian\/Reunion/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(API, file));
    expect(holders).toEqual(['src/shared/time-zones.ts']);
  });
});
