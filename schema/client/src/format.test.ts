import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  centsToInput,
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDay,
  formatEuros,
  formatList,
  formatNumericDate,
  formatNumericDateTime,
  formatPrice,
  formatShortDateTime,
  formatTime,
  parseEuros,
  ofName,
  plural,
  pluralWord,
} from './format';

// Intl fr-FR separates thousands with U+202F and puts U+00A0 before the € sign.
const nbsp = '\u00a0';
const narrowNbsp = '\u202f';

describe('money (integer cents)', () => {
  it('writes French euros, with cents only when there are some', () => {
    expect(formatEuros(50000)).toBe(`500${nbsp}€`);
    expect(formatEuros(1250)).toBe(`12,50${nbsp}€`);
    expect(formatEuros(5)).toBe(`0,05${nbsp}€`);
    expect(formatEuros(0)).toBe(`0${nbsp}€`);
    expect(formatEuros(-1250)).toBe(`-12,50${nbsp}€`);
    expect(formatEuros(123456789)).toBe(`1${narrowNbsp}234${narrowNbsp}567,89${nbsp}€`);
  });

  it('says Gratuit for a price of 0', () => {
    expect(formatPrice(0)).toBe('Gratuit');
    expect(formatPrice(800)).toBe(`8${nbsp}€`);
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatEuros(12.5)).toThrow(RangeError);
    expect(() => formatPrice(Number.NaN)).toThrow(RangeError);
    expect(() => centsToInput(0.5)).toThrow(RangeError);
  });

  it('reads euros typed with a comma, a dot or spaces, as cents', () => {
    expect(parseEuros('12,50')).toBe(1_250);
    expect(parseEuros(' 1 000 ')).toBe(100_000);
    expect(parseEuros('0')).toBe(0);
    expect(parseEuros('7.5')).toBe(750);
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('-1')).toBeNull();
    expect(parseEuros('1,234')).toBeNull();
    expect(parseEuros('douze')).toBeNull();
  });

  it('writes cents back as an editable price that reads the same', () => {
    expect(centsToInput(1_250)).toBe('12,50');
    expect(centsToInput(1_205)).toBe('12,05');
    expect(centsToInput(1_000)).toBe('10');
    for (const cents of [0, 1, 29, 99, 1_250, 123_456]) {
      expect(parseEuros(centsToInput(cents))).toBe(cents);
    }
  });
});

describe('counts and plurals', () => {
  it('groups digits the French way', () => {
    expect(formatCount(12345)).toBe(`12${narrowNbsp}345`);
    expect(formatCount(7)).toBe('7');
  });

  it('elides de before a name starting with a vowel', () => {
    expect(`la demande ${ofName('Inès')}`).toBe("la demande d'Inès");
    expect(ofName('Yanis Benali')).toBe("d'Yanis Benali");
    expect(ofName('Élodie')).toBe("d'Élodie");
    expect(ofName('Camille')).toBe('de Camille');
    expect(ofName('Hugo')).toBe('de Hugo');
  });

  it('agrees a word alone by the French rules (Intl.PluralRules), millions included', () => {
    expect(pluralWord(0, 'peut', 'peuvent')).toBe('peut');
    expect(pluralWord(1, 'peut', 'peuvent')).toBe('peut');
    expect(pluralWord(2, 'peut', 'peuvent')).toBe('peuvent');
    expect(pluralWord(1_000_000, 'réservation')).toBe('réservations');
  });

  it('takes the singular for 0 and 1, the plural from 2', () => {
    expect(plural(0, 'place')).toBe('0 place');
    expect(plural(1, 'place')).toBe('1 place');
    expect(plural(2, 'place')).toBe('2 places');
    expect(plural(1234, 'réservation')).toBe(`1${narrowNbsp}234 réservations`);
    expect(plural(3, 'bijou', 'bijoux')).toBe('3 bijoux');
  });

  it('joins a list the French way', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['moteur'])).toBe('moteur');
    expect(formatList(['moteur', 'auditif'])).toBe('moteur et auditif');
    expect(formatList(['moteur', 'visuel', 'auditif'])).toBe('moteur, visuel et auditif');
  });
});

describe('dates and times, in Paris unless told otherwise', () => {
  it('writes the day and time as lived in Paris in winter (UTC+1)', () => {
    expect(formatDate('2026-12-01T19:30:00Z')).toBe('1er décembre 2026');
    expect(formatDay('2026-12-01T19:30:00Z')).toBe('mardi 1er décembre 2026');
    expect(formatTime('2026-12-01T19:30:00Z')).toBe(`20${nbsp}h${nbsp}30`);
    expect(formatTime('2026-12-01T19:00:00Z')).toBe(`20${nbsp}h`);
    expect(formatDateTime('2026-12-01T19:30:00Z')).toBe(
      `mardi 1er décembre 2026 à 20${nbsp}h${nbsp}30`,
    );
  });

  it('follows summer time (UTC+2) and the change of day', () => {
    expect(formatDateTime('2026-07-14T20:00:00Z')).toBe(`mardi 14 juillet 2026 à 22${nbsp}h`);
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('1er janvier 2027');
    expect(formatDay(new Date('2026-12-31T23:30:00Z'))).toBe('vendredi 1er janvier 2027');
    expect(formatTime('2026-12-31T23:05:00Z')).toBe(`0${nbsp}h${nbsp}05`);
  });

  it('takes another time zone when given one', () => {
    // 20:30 in Paris is 23:30 in Réunion and 16:30 in Guyane.
    const instant = '2026-12-01T19:30:00Z';
    expect(formatTime(instant, 'Indian/Reunion')).toBe(`23${nbsp}h${nbsp}30`);
    expect(formatDateTime(instant, 'America/Cayenne')).toBe(
      `mardi 1er décembre 2026 à 16${nbsp}h${nbsp}30`,
    );
    expect(formatDate('2026-12-01T22:30:00Z', 'Indian/Reunion')).toBe('2 décembre 2026');
  });

  it('has a short form for cards and a numeric one for tables', () => {
    expect(formatShortDateTime('2026-12-01T19:30:00Z')).toBe(`mar. 1er déc. à 20${nbsp}h${nbsp}30`);
    expect(formatNumericDate('2026-12-04T19:30:00Z')).toBe('04/12/2026');
    expect(formatNumericDateTime('2026-12-04T19:30:00Z')).toBe(`04/12/2026 à 20${nbsp}h${nbsp}30`);
  });

  it('refuses invalid dates', () => {
    expect(() => formatDay('demain')).toThrow(RangeError);
    expect(() => formatDate('2026-13-45')).toThrow(RangeError);
    expect(() => formatTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('date ranges', () => {
  it('says a single day as a day', () => {
    expect(formatDateRange('2026-12-01T08:00:00Z', '2026-12-01T21:00:00Z')).toBe(
      'le 1er décembre 2026',
    );
  });

  it('says the month and year once when they are shared', () => {
    expect(formatDateRange('2026-12-01T10:00:00Z', '2026-12-03T10:00:00Z')).toBe(
      'du 1er au 3 décembre 2026',
    );
    expect(formatDateRange('2026-11-28T10:00:00Z', '2026-12-03T10:00:00Z')).toBe(
      'du 28 novembre au 3 décembre 2026',
    );
    expect(formatDateRange('2026-12-28T10:00:00Z', '2027-01-03T10:00:00Z')).toBe(
      'du 28 décembre 2026 au 3 janvier 2027',
    );
  });

  it('reads both ends in the time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(formatDateRange('2026-12-30T12:00:00Z', '2026-12-31T23:30:00Z')).toBe(
      'du 30 décembre 2026 au 1er janvier 2027',
    );
    expect(formatDateRange('2026-12-30T12:00:00Z', '2026-12-31T23:30:00Z', 'UTC')).toBe(
      'du 30 au 31 décembre 2026',
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatDateRange('2026-12-03T10:00:00Z', '2026-12-01T10:00:00Z')).toThrow(
      RangeError,
    );
  });
});

describe('durations', () => {
  it('says minutes, hours, or both', () => {
    expect(formatDuration(45)).toBe('45\u00a0min');
    expect(formatDuration(60)).toBe('1\u00a0h');
    expect(formatDuration(110)).toBe('1\u00a0h\u00a050');
    expect(formatDuration(125)).toBe('2\u00a0h\u00a005');
  });
});
