import { describe, expect, it } from 'vitest';
import { parseTimes } from './dates';
import { counterRefusal, tokenFromInput } from './errors';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

describe('recurrence times', () => {
  it('reads the times of a recurrence, French style included', () => {
    expect(parseTimes('20:30, 15h00 9:05')).toEqual(['20:30', '15:00', '09:05']);
    expect(parseTimes('25:00')).toBeNull();
    expect(parseTimes(' ')).toBeNull();
  });
});

describe('counter', () => {
  it('takes a typed token or the text of a ticket QR code', () => {
    expect(tokenFromInput(' abc234 ')).toBe('ABC234');
    expect(tokenFromInput('PASSCULTURE:v3;TOKEN:ABC234')).toBe('ABC234');
    expect(tokenFromInput('ABC23')).toBeNull();
    expect(tokenFromInput('https://exemple.fr')).toBeNull();
  });

  it('explains every refusal in French', () => {
    const refusal = (code: string, message = 'du serveur') =>
      counterRefusal(new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] }));
    for (const code of [
      'NOT_FOUND',
      'BOOKING_ALREADY_USED',
      'BOOKING_CANCELLED',
      'BOOKING_REIMBURSED',
      'BOOKING_NOT_USED',
      'RATE_LIMITED',
    ]) {
      expect(refusal(code)).not.toBe('du serveur');
      expect(refusal(code).length).toBeGreaterThan(30);
    }
    // The api says from when an early booking can be validated: its sentence is kept.
    expect(refusal('TOO_EARLY', 'Cette réservation pourra être validée à partir du 3 mars.')).toBe(
      'Cette réservation pourra être validée à partir du 3 mars.',
    );
  });
});
