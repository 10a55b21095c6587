import {
  ActivationStatus,
  AuditAction,
  BookingStatus,
  CancellationReason,
  OffererStatus,
  Role,
  SearchSuggestionKind,
  ValidationStatus,
} from '@passculture/schema';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_STATUS_LABELS,
  AUDIT_ACTION_LABELS,
  BOOKING_STATUS_LABELS,
  CANCELLATION_REASON_LABELS,
  labelOf,
  OFFER_STATUS_LABELS,
  OFFERER_STATUS_LABELS,
  ROLE_LABELS,
  SEARCH_SUGGESTION_KIND_LABELS,
} from './labels';

const maps: [string, Record<string, string>, Record<string, string>][] = [
  ['BookingStatus', BookingStatus, BOOKING_STATUS_LABELS],
  ['CancellationReason', CancellationReason, CANCELLATION_REASON_LABELS],
  ['Role', Role, ROLE_LABELS],
  ['ActivationStatus', ActivationStatus, ACTIVATION_STATUS_LABELS],
  ['ValidationStatus', ValidationStatus, OFFER_STATUS_LABELS],
  ['OffererStatus', OffererStatus, OFFERER_STATUS_LABELS],
  ['AuditAction', AuditAction, AUDIT_ACTION_LABELS],
  ['SearchSuggestionKind', SearchSuggestionKind, SEARCH_SUGGESTION_KIND_LABELS],
];

describe('labels of the schema enums', () => {
  for (const [name, values, labels] of maps) {
    it(`label every ${name} once, each differently`, () => {
      expect(Object.keys(labels).sort()).toEqual(Object.values(values).sort());
      const texts = Object.values(labels);
      for (const text of texts) expect(text.trim()).not.toBe('');
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  it('call a used booking « Utilisée » everywhere', () => {
    expect(BOOKING_STATUS_LABELS.USED).toBe('Utilisée');
    expect(labelOf(BOOKING_STATUS_LABELS, 'CONFIRMED')).toBe('Confirmée');
  });

  it('show a code they do not know as it is', () => {
    expect(labelOf(BOOKING_STATUS_LABELS, 'ON_HOLD')).toBe('ON_HOLD');
    expect(labelOf(BOOKING_STATUS_LABELS, 'toString')).toBe('toString');
  });
});

describe('clocks', () => {
  it('names a venue’s clock when it is not Paris', async () => {
    const { clockLabel } = await import('./labels');
    expect(clockLabel('Europe/Paris')).toBeNull();
    expect(clockLabel('America/Cayenne')).toBe('heure de Cayenne');
    expect(clockLabel('Indian/Reunion')).toBe('heure de La Réunion');
    expect(clockLabel('America/St_Barthelemy')).toBe('heure de Saint-Barthélemy');
  });
});
