import { describe, expect, it } from 'vitest';
import { exportUrl, toFilter } from './Bookings';

describe('bookings filter', () => {
  it('turns whole days (Paris) into bounds and the CSV link carries the same filter', () => {
    const filter = toFilter({
      venueId: '7',
      status: 'USED',
      bookedFrom: '2026-11-01',
      bookedTo: '2026-11-30',
      eventFrom: '',
      eventTo: '',
    });
    expect(filter).toMatchObject({ venueId: '7', status: 'USED', eventFrom: null, eventTo: null });
    // Midnight in Paris (UTC+1 in November), whatever the browser's time zone.
    expect(filter.bookedFrom).toBe('2026-10-31T23:00:00.000Z');
    expect(filter.bookedTo).toBe('2026-11-30T23:00:00.000Z');
    // The end day counts whole: the bound is the next midnight.
    expect(new Date(filter.bookedTo!).getTime() - new Date(filter.bookedFrom!).getTime()).toBe(
      30 * 86_400_000,
    );
    const url = new URL(exportUrl(filter), 'http://localhost');
    expect(url.pathname).toBe('/exports/bookings.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      venueId: '7',
      status: 'USED',
      bookedFrom: filter.bookedFrom,
      bookedTo: filter.bookedTo,
    });
    expect(
      exportUrl(
        toFilter({
          venueId: '',
          status: '',
          bookedFrom: '',
          bookedTo: '',
          eventFrom: '',
          eventTo: '',
        }),
      ),
    ).toBe('/exports/bookings.csv');
  });
});
