import { describe, expect, it } from 'vitest';
import { MailKind } from '../../src/modules/notification/outbox.entity.js';
import { renderMail } from '../../src/modules/notification/templates.js';
import { backoffMs } from '../../src/modules/notification/outbox.worker.js';
import { previousParisDay } from '../../src/jobs/notification.jobs.js';

const booking = {
  bookingId: 42,
  token: 'ABC234',
  quantity: 2,
  amountCents: 3_000,
  bookedAt: '2026-11-20T10:00:00+00:00',
  cancellationLimitAt: '2026-11-21T10:00:00+00:00',
  cancellationReason: 'OFFERER',
  beginsAt: '2026-12-05T19:30:00+00:00',
  offerName: 'Concert <script>alert(1)</script> & "amis"',
  offerUrl: null,
  venueName: 'La Cigale',
  isVirtual: false,
  venueAddress: '120 boulevard de Rochechouart',
  venuePostalCode: '75018',
  venueCity: 'Paris',
  firstName: 'Léa',
  creditLeftCents: 47_000,
};

/** Each kind with the facts its message must show. */
const CASES: Record<
  MailKind,
  { payload: Record<string, unknown>; subject: RegExp; shows: string[] }
> = {
  [MailKind.BOOKING_CONFIRMED]: {
    payload: booking,
    subject: /^Ta réservation pour « Concert .* » est confirmée$/,
    shows: [
      'Bonjour Léa,',
      'Code de réservation : ABC234',
      'La Cigale, 120 boulevard de Rochechouart, 75018 Paris',
      // 19:30 UTC is 20:30 in Paris in December.
      'samedi 5 décembre 2026 à 20:30',
      "Annulation possible jusqu'au : samedi 21 novembre 2026 à 11:00",
      'Montant : 30,00',
      'Crédit restant : 470,00',
      '2 places',
    ],
  },
  [MailKind.VENUE_NEW_BOOKING]: {
    payload: { ...booking, firstName: undefined, creditLeftCents: undefined },
    subject: /^Nouvelle réservation : Concert/,
    shows: ['Code de réservation : ABC234', 'samedi 5 décembre 2026 à 20:30', 'Montant : 30,00'],
  },
  [MailKind.BOOKING_CANCELLED]: {
    payload: booking,
    subject: /est annulée$/,
    shows: [
      'Le lieu qui propose cette offre a annulé ta réservation.',
      'Montant recrédité : 30,00',
      'Crédit restant : 470,00',
    ],
  },
  [MailKind.BOOKING_DATE_CHANGED]: {
    payload: { ...booking, previousBeginsAt: '2026-12-12T19:30:00+00:00' },
    subject: /^La date de « Concert .* » a changé$/,
    shows: [
      'Bonjour Léa,',
      'Ancienne date : samedi 12 décembre 2026 à 20:30',
      'Nouvelle date : samedi 5 décembre 2026 à 20:30',
      "Annulation possible jusqu'au : samedi 21 novembre 2026 à 11:00",
      'Code de réservation : ABC234',
    ],
  },
  [MailKind.EXPIRY_REMINDER]: {
    payload: { ...booking, expiresAt: '2026-11-30T10:00:00+00:00', reminderDays: 7 },
    subject: /^Plus que 7 jours pour retirer/,
    shows: ['lundi 30 novembre 2026 à 11:00', 'ABC234', 'désactiver ces rappels'],
  },
  [MailKind.PRO_DAILY_SUMMARY]: {
    payload: {
      day: '2026-11-24',
      firstName: 'Marc',
      bookingCount: 3,
      placeCount: 4,
      offers: [{ offerName: 'Visite <guidée>', venueName: 'Musée', bookings: 3, places: 4 }],
    },
    subject: /^Vos réservations du mardi 24 novembre 2026$/,
    shows: [
      '3 réservation(s) pour 4 place(s)',
      '- Visite <guidée> (Musée) : 3 réservation(s), 4 place(s)',
    ],
  },
  [MailKind.ACTIVATION_APPROVED]: {
    payload: { firstName: 'Léa', creditCents: 30_000, expiresAt: '2028-11-26T10:00:00+00:00' },
    subject: /^Ton crédit pass Culture est activé$/,
    shows: ['Crédit : 300,00', "Valable jusqu'au : dimanche 26 novembre 2028"],
  },
  [MailKind.ACTIVATION_REJECTED]: {
    payload: { firstName: 'Léa', reason: 'Justificatif <illisible>' },
    subject: /n'a pas été acceptée$/,
    shows: ["conditions d'éligibilité", 'Motif : Justificatif <illisible>'],
  },
  [MailKind.OFFER_REJECTED]: {
    payload: {
      firstName: 'Marc',
      offerName: 'Atelier',
      venueName: 'Musée',
      cancelledBookings: 2,
      reason: 'Offre hors du champ culturel',
    },
    subject: /^Votre offre « Atelier » a été refusée$/,
    shows: ['2 réservation(s) en cours ont été annulées', 'Motif : Offre hors du champ culturel'],
  },
  [MailKind.OFFERER_DECIDED]: {
    payload: {
      firstName: 'Marc',
      offererName: 'Librairie <b>du Port</b>',
      siren: '123456782',
      decision: 'REJECTED',
      reason: 'SIREN fermé',
    },
    subject: /^Votre structure « Librairie <b>du Port<\/b> » n'a pas été validée$/,
    shows: ['(SIREN 123456782)', 'Motif : SIREN fermé', 'Bonjour Marc,'],
  },
  [MailKind.MEMBERSHIP_DECIDED]: {
    payload: {
      firstName: 'Anne',
      offererName: 'Théâtre du Port',
      decision: 'VALIDATED',
      reason: null,
    },
    subject: /^Vous avez rejoint « Théâtre du Port » sur pass Culture Pro$/,
    shows: ['vous pouvez gérer ses lieux', 'https://pass.example.org/pro/'],
  },
  [MailKind.DEPARTMENT_OPENED]: {
    payload: { firstName: 'Nina', departmentName: 'Rhône', departmentCode: '69' },
    subject: /^Le pass Culture est ouvert dans ton département$/,
    shows: ['(Rhône, 69)', 'demander ton crédit', 'https://pass.example.org/profil'],
  },
  [MailKind.EMAIL_CONFIRMATION]: {
    payload: {
      firstName: 'Léa',
      token: 'abcDEF_-123',
      expiresAt: '2026-12-05T10:00:00+00:00',
      audience: 'young',
    },
    subject: /^Confirme ton adresse e-mail$/,
    shows: [
      'Confirmer mon adresse : https://pass.example.org/confirmer-email?jeton=abcDEF_-123',
      'samedi 5 décembre 2026',
      "ne sert qu'une fois",
    ],
  },
  [MailKind.SIGN_UP_ATTEMPT]: {
    payload: { firstName: 'Louis', audience: 'pro', isPro: true },
    subject: /^Quelqu’un a essayé de créer un compte avec votre adresse$/,
    shows: ['Vous avez déjà un compte', 'https://pass.example.org/pro/connexion', 'Bonjour Louis,'],
  },
};

describe('the venue’s clock in booking emails', () => {
  it('says the local time overseas, naming it, and Paris time for a digital offer', () => {
    const cayenne = renderMail(MailKind.BOOKING_DATE_CHANGED, {
      ...booking,
      venueDepartmentCode: '973',
      previousBeginsAt: '2026-12-12T23:00:00+00:00',
      beginsAt: '2026-12-05T23:00:00+00:00',
    });
    expect(cayenne.text).toContain(
      'Nouvelle date : samedi 5 décembre 2026 à 20:00 (heure de Cayenne)',
    );
    expect(cayenne.text).toContain(
      'Ancienne date : samedi 12 décembre 2026 à 20:00 (heure de Cayenne)',
    );
    const reunion = renderMail(MailKind.BOOKING_CONFIRMED, {
      ...booking,
      venueDepartmentCode: '974',
    });
    expect(reunion.text).toContain('Quand : samedi 5 décembre 2026 à 23:30 (heure de La Réunion)');
    const online = renderMail(MailKind.BOOKING_CONFIRMED, {
      ...booking,
      isVirtual: true,
      venueDepartmentCode: null,
    });
    expect(online.text).toContain('samedi 5 décembre 2026 à 20:30');
    expect(online.text).not.toContain('heure de');
  });
});

describe('mail templates', () => {
  for (const [kind, { payload, subject, shows }] of Object.entries(CASES)) {
    it(`render ${kind} in French, as text and escaped HTML`, () => {
      const mail = renderMail(kind as MailKind, payload, {
        publicUrl: 'https://pass.example.org/',
      });
      expect(mail.subject).toMatch(subject);
      for (const fact of shows) expect(mail.text.replace(/\u202f|\u00a0/g, ' ')).toContain(fact);
      expect(mail.text).toContain("L'équipe pass Culture");
      expect(mail.html).toMatch(/^<!doctype html><html lang="fr">/);
      // What users typed never reaches the HTML as markup.
      expect(mail.html).not.toMatch(/<script|<guidée|<illisible|<b>du/);
      expect(mail.html).not.toContain('undefined');
      expect(mail.text).not.toContain('undefined');
    });
  }

  it("give a pro the pro app's confirmation link, and the path alone without a public origin", () => {
    const pro = renderMail(MailKind.EMAIL_CONFIRMATION, {
      firstName: 'Louis',
      token: 'tok',
      expiresAt: '2026-12-05T10:00:00+00:00',
      audience: 'pro',
    });
    expect(pro.subject).toBe('Confirmez votre adresse e-mail');
    expect(pro.text).toContain('Confirmer mon adresse : /pro/confirmer-email?jeton=tok');
    const young = renderMail(MailKind.SIGN_UP_ATTEMPT, { firstName: 'Léa', isPro: false });
    expect(young.text).toContain('Tu as déjà un compte');
    expect(young.text).toContain('Se connecter : /connexion');
  });

  it('escape what users typed and link to the booking when the public origin is known', () => {
    const mail = renderMail(MailKind.BOOKING_CONFIRMED, booking, {
      publicUrl: 'https://pass.example.org/',
    });
    expect(mail.html).toContain(
      'Concert &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;amis&quot;',
    );
    expect(mail.html).toContain('<a href="https://pass.example.org/reservations/42">');
    expect(renderMail(MailKind.BOOKING_CONFIRMED, booking).text).not.toContain('http');
  });

  it('show nothing private to the venue: no name, no credit', () => {
    const { firstName: _f, creditLeftCents: _c, ...venueFacts } = booking;
    const mail = renderMail(MailKind.VENUE_NEW_BOOKING, venueFacts);
    expect(mail.text).not.toContain('Léa');
    expect(mail.text).not.toContain('Crédit');
  });

  it('say « En ligne » for a digital offer', () => {
    const mail = renderMail(MailKind.BOOKING_CONFIRMED, {
      ...booking,
      isVirtual: true,
      beginsAt: null,
    });
    expect(mail.text).toContain('Où : En ligne');
    expect(mail.text).not.toContain('Quand');
  });
});

describe('outbox rules', () => {
  it('double the delay at each attempt', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, 60_000))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it('summarise the Paris day before, across midnight and daylight saving', () => {
    expect(previousParisDay(new Date('2026-11-25T06:00:00Z'))).toBe('2026-11-24');
    // 23:30 UTC on the 24th is already the 25th in Paris.
    expect(previousParisDay(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-24');
    expect(previousParisDay(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-29');
  });
});
