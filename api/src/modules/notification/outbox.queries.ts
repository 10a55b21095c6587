import type { SqlClient } from '../../db/sql.js';

/**
 * The facts of one booking `b` that its emails show, as a jsonb object: what the person
 * needs (offer, venue address, date, token, deadline, amount, credit left), nothing more.
 * Needs `b` joined with `s` (stock), `o` (offer), `v` (venue), `u` (user), `d` (deposit).
 */
const BOOKING_FACTS = `jsonb_build_object(
    'bookingId', b.id, 'token', b.token, 'quantity', b.quantity,
    'amountCents', b.amount_cents * b.quantity, 'bookedAt', b.booked_at,
    'cancellationLimitAt', b.cancellation_limit_at, 'cancellationReason', b.cancellation_reason,
    'beginsAt', s.begins_at, 'offerName', o.name, 'offerUrl', o.url,
    'venueName', coalesce(v.public_name, v.name), 'isVirtual', v.is_virtual,
    'venueAddress', v.address, 'venuePostalCode', v.postal_code, 'venueCity', v.city,
    'venueDepartmentCode', v.department_code,
    'firstName', u.first_name,
    'creditLeftCents', case when d.id is null then null else d.amount_cents - d.spent_cents end)`;

/** The person's current deposit, as the booking service picks it. */
const BOOKING_JOINS = `join stock s on s.id = b.stock_id
  join offer o on o.id = b.offer_id
  join venue v on v.id = o.venue_id
  join app_user u on u.id = b.user_id
  left join lateral (
    select * from deposit where user_id = u.id order by created_at desc, id desc limit 1
  ) d on true`;

/** The facts a venue gets about a booking: not the young person's name nor their credit. */
const VENUE_FACTS = `payload - 'firstName' - 'creditLeftCents'`;

/** A plausible address: a venue's free-text booking email must never make a booking fail. */
const LOOKS_LIKE_ADDRESS = `~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'`;

/** Whether the user accepts non-essential emails (no preference row: yes). */
const ACCEPTS_NON_ESSENTIAL = (userColumn: string) =>
  `not exists (select 1 from email_preference p where p.user_id = ${userColumn} and not p.non_essential)`;

/**
 * A booking was made: its ticket to the young person, and a notice to the venue's booking
 * email when the venue has one. One statement, inside the booking's transaction.
 */
export async function enqueueBookingConfirmed(tx: SqlClient, bookingId: number): Promise<void> {
  await tx.query(
    `with facts as (
       select ${BOOKING_FACTS} as payload, u.email, u.id as user_id, v.booking_email
         from booking b ${BOOKING_JOINS}
        where b.id = $1)
     insert into outbox_message (kind, recipient, user_id, payload)
     select 'BOOKING_CONFIRMED', email, user_id, payload from facts
     union all
     select 'VENUE_NEW_BOOKING', btrim(booking_email), null, ${VENUE_FACTS} from facts
      where btrim(booking_email) ${LOOKS_LIKE_ADDRESS}`,
    [bookingId],
  );
}

/**
 * Bookings were cancelled by someone other than their young person (the venue, the
 * pass Culture, expiry): one message each, with the reason their row now carries.
 * Essential: sent whatever the preferences.
 */
export async function enqueueBookingsCancelled(
  tx: SqlClient,
  bookingIds: readonly number[],
): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'BOOKING_CANCELLED', u.email, u.id, ${BOOKING_FACTS}
       from booking b ${BOOKING_JOINS}
      where b.id = any($1::int[]) and b.status = 'CANCELLED'
      order by b.id`,
    [bookingIds],
  );
}

/**
 * An event's date moved: one message to each young person whose booking is live, with the
 * date before (`previousBeginsAt`), the new one and their new cancellation limit. Essential.
 */
export async function enqueueBookingsDateChanged(
  tx: SqlClient,
  bookingIds: readonly number[],
  previousBeginsAt: Date | null,
): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'BOOKING_DATE_CHANGED', u.email, u.id,
            ${BOOKING_FACTS} || jsonb_build_object('previousBeginsAt', $2::timestamptz)
       from booking b ${BOOKING_JOINS}
      where b.id = any($1::int[]) and b.status = 'CONFIRMED'
      order by b.id`,
    [bookingIds, previousBeginsAt],
  );
}

/** Days before a booking's expiry when its young person is reminded, latest first. */
export const EXPIRY_REMINDER_DAYS = [7, 5] as const;

/**
 * Reminds the young people whose unused bookings expire soon (7 then 5 days before), each
 * reminder once (its dedupe key), unless they turned non-essential emails off.
 * `expiryRows` are [subcategoryId, days] of the expirable subcategories.
 */
export async function enqueueExpiryReminders(
  tx: SqlClient,
  expiryRows: ReadonlyArray<readonly [string, number]>,
  now: Date,
): Promise<number> {
  if (expiryRows.length === 0) return 0;
  const subcategories = expiryRows.map(([id]) => id);
  const days = expiryRows.map(([, value]) => value);
  const rows = await tx.query<{ id: string }>(
    `with expirable as (
       select b.id, b.booked_at + make_interval(days => e.days) as expires_at
         from booking b
         join offer o on o.id = b.offer_id
         join unnest($1::text[], $2::int[]) as e(subcategory_id, days) on e.subcategory_id = o.subcategory_id
        where b.status = 'CONFIRMED'),
     due as (
       select x.id, x.expires_at, r.days, r.until_days
         from expirable x
         join unnest($3::int[], $4::int[]) as r(days, until_days)
           on $5::timestamptz >= x.expires_at - make_interval(days => r.days)
          and $5::timestamptz < x.expires_at - make_interval(days => r.until_days))
     insert into outbox_message (kind, recipient, user_id, payload, dedupe_key)
     select 'EXPIRY_REMINDER', u.email, u.id,
            ${BOOKING_FACTS} || jsonb_build_object('expiresAt', due.expires_at, 'reminderDays', due.days),
            'expiry-reminder-' || due.days || ':' || b.id
       from due join booking b on b.id = due.id ${BOOKING_JOINS}
      where ${ACCEPTS_NON_ESSENTIAL('u.id')}
      order by b.id
     on conflict (dedupe_key) where dedupe_key is not null do nothing
     returning id`,
    [
      subcategories,
      days,
      [...EXPIRY_REMINDER_DAYS],
      // A reminder stops being due when the next one is: 7 days before until 5, then 5 until expiry.
      [...EXPIRY_REMINDER_DAYS.slice(1), 0],
      now,
    ],
  );
  return rows.length;
}

/** A Paris calendar day's bounds, computed by the database (daylight saving included). */
export async function parisDayBounds(
  tx: SqlClient,
  day: string,
): Promise<{ from: Date; to: Date }> {
  const [bounds] = await tx.query<{ from: Date; to: Date }>(
    `select ($1::date::timestamp at time zone 'Europe/Paris') as "from",
            (($1::date + 1)::timestamp at time zone 'Europe/Paris') as "to"`,
    [day],
  );
  return { from: new Date(bounds!.from), to: new Date(bounds!.to) };
}

/**
 * Each pro who asked for it gets, once per day, the bookings their offerers' venues received
 * on the given Paris day [from, to): per offer, the bookings and places (first 50 offers).
 */
export async function enqueueDailySummaries(
  tx: SqlClient,
  day: string,
  from: Date,
  to: Date,
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `insert into outbox_message (kind, recipient, user_id, payload, dedupe_key)
     select 'PRO_DAILY_SUMMARY', u.email, u.id,
            jsonb_build_object('day', $1::text, 'firstName', u.first_name, 'offers', lines.offers,
                               'bookingCount', lines.bookings, 'placeCount', lines.places),
            'pro-daily-summary:' || u.id || ':' || $1::text
       from email_preference p
       join app_user u on u.id = p.user_id
        -- Already summarised today (the job runs every few minutes): skip the aggregation.
        and not exists (select 1 from outbox_message sent
                         where sent.dedupe_key = 'pro-daily-summary:' || p.user_id || ':' || $1::text)
      cross join lateral (
        select jsonb_agg(jsonb_build_object('offerName', x.offer_name, 'venueName', x.venue_name,
                                            'bookings', x.bookings, 'places', x.places)
                         order by x.bookings desc, x.offer_name) as offers,
               sum(x.bookings)::int as bookings, sum(x.places)::int as places
          from (select o.name as offer_name, coalesce(v.public_name, v.name) as venue_name,
                       count(*) as bookings, sum(b.quantity) as places
                  from offerer_membership m
                  join venue v on v.offerer_id = m.offerer_id
                  join offer o on o.venue_id = v.id
                  join booking b on b.offer_id = o.id
                 where m.user_id = u.id and m.status = 'VALIDATED'
                   and b.booked_at >= $2 and b.booked_at < $3
                 group by o.id, o.name, v.public_name, v.name
                 order by count(*) desc, o.name
                 limit 50) x
      ) lines
      where p.daily_booking_summary and p.non_essential and 'PRO' = any(u.roles)
        and lines.bookings > 0
     on conflict (dedupe_key) where dedupe_key is not null do nothing
     returning id`,
    [day, from, to],
  );
  return rows.length;
}

/** An admin approved a young person's credit: what they got and until when. */
export async function enqueueActivationApproved(tx: SqlClient, userId: number): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'ACTIVATION_APPROVED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'creditCents', d.amount_cents,
                               'expiresAt', d.expires_at)
       from app_user u
       left join lateral (
         select * from deposit where user_id = u.id order by created_at desc, id desc limit 1
       ) d on true
      where u.id = $1`,
    [userId],
  );
}

/** An admin rejected a young person's request for credit, with the reason they gave (if any). */
export async function enqueueActivationRejected(
  tx: SqlClient,
  userId: number,
  reason: string | null = null,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'ACTIVATION_REJECTED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'reason', $2::text)
       from app_user u where u.id = $1`,
    [userId, reason],
  );
}

/**
 * Moderation rejected an offer (and cancelled its bookings, `cancelledBookings` of them), with
 * the moderator's reason:
 * each validated member of its offerer is told. The young people get their own
 * cancellation messages from cancelLiveBookings.
 */
export async function enqueueOfferRejected(
  tx: SqlClient,
  offerId: number,
  cancelledBookings: number,
  reason: string | null = null,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'OFFER_REJECTED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'offerName', o.name,
                               'venueName', coalesce(v.public_name, v.name),
                               'cancelledBookings', $2::int, 'reason', $3::text)
       from offer o
       join venue v on v.id = o.venue_id
       join offerer_membership m on m.offerer_id = v.offerer_id and m.status = 'VALIDATED'
       join app_user u on u.id = m.user_id
      -- API keys act through accounts of their own, which read no mail.
      where o.id = $1 and not exists (select 1 from api_key k where k.account_id = u.id)
      order by u.id`,
    [offerId, cancelledBookings, reason],
  );
}

/** How long sent and failed (or uncertain) messages stay readable by admins before they are deleted. */
export const OUTBOX_RETENTION_DAYS = { sent: 30, failed: 90 } as const;

/**
 * Deletes the messages past their retention: an email holds personal data (address, token),
 * kept only as long as an admin may need it. Reminders and summaries are long past their
 * window by then, so their dedupe keys are no longer needed.
 */
export async function purgeOldMessages(tx: SqlClient, now: Date): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `delete from outbox_message
      where (status = 'SENT' and sent_at < $1::timestamptz - make_interval(days => $2::int))
         or (status in ('FAILED', 'UNCERTAIN') and failed_at < $1::timestamptz - make_interval(days => $3::int))
      returning id`,
    [now, OUTBOX_RETENTION_DAYS.sent, OUTBOX_RETENTION_DAYS.failed],
  );
  return rows.length;
}

/** An admin validated or rejected an offerer: each of its members is told (reason if rejected). */
export async function enqueueOffererDecided(
  tx: SqlClient,
  offererId: number,
  decision: 'VALIDATED' | 'REJECTED',
  reason: string | null,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'OFFERER_DECIDED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'offererName', f.name, 'siren', f.siren,
                               'decision', $2::text, 'reason', $3::text)
       from offerer f
       join offerer_membership m on m.offerer_id = f.id and m.status <> 'REJECTED'
       join app_user u on u.id = m.user_id
      where f.id = $1
      order by u.id`,
    [offererId, decision, reason],
  );
}

/** An admin validated or rejected a request to join an offerer: the person is told. */
export async function enqueueMembershipDecided(
  tx: SqlClient,
  membershipId: number,
  decision: 'VALIDATED' | 'REJECTED',
  reason: string | null,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'MEMBERSHIP_DECIDED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'offererName', f.name,
                               'decision', $2::text, 'reason', $3::text)
       from offerer_membership m
       join offerer f on f.id = m.offerer_id
       join app_user u on u.id = m.user_id
      where m.id = $1`,
    [membershipId, decision, reason],
  );
}

/**
 * A department opened to the pass: its pre-registered young people are invited to ask for
 * their credit (an invitation, so only those who did not turn such emails off).
 */
export async function enqueueDepartmentOpened(
  tx: SqlClient,
  departmentCode: string,
): Promise<number> {
  const rows = await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'DEPARTMENT_OPENED', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'departmentName', d.name,
                               'departmentCode', d.code)
       from app_user u
       join department d on d.code = u.department_code
       left join email_preference p on p.user_id = u.id
      where u.department_code = $1 and u.activation_status = 'PRE_REGISTERED'
        and u.email_confirmed_at is not null
        and u.suspended_at is null and u.anonymised_at is null
        and coalesce(p.non_essential, true)
      order by u.id
     returning id`,
    [departmentCode],
  );
  return rows.length;
}

/** Which app a sign-up came from: where its links lead, and « tu » or « vous ». */
export type SignUpAudience = 'young' | 'pro';

/**
 * A new account's confirmation link (its token in clear: the message is the only place it
 * exists, and the link expires within days). Essential.
 */
export async function enqueueEmailConfirmation(
  tx: SqlClient,
  userId: number,
  token: string,
  expiresAt: Date,
  audience: SignUpAudience,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'EMAIL_CONFIRMATION', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'token', $2::text,
                               'expiresAt', $3::timestamptz, 'audience', $4::text)
       from app_user u where u.id = $1`,
    [userId, token, expiresAt, audience],
  );
}

/**
 * Someone signed up with the address of a confirmed account: its owner is told (and how to
 * log in), nothing else happens. The message names no detail the stranger typed.
 */
export async function enqueueSignUpAttempt(
  tx: SqlClient,
  ownerId: number,
  audience: SignUpAudience,
): Promise<void> {
  await tx.query(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'SIGN_UP_ATTEMPT', u.email, u.id,
            jsonb_build_object('firstName', u.first_name, 'audience', $2::text,
                               'isPro', 'PRO' = any(u.roles))
       from app_user u where u.id = $1`,
    [ownerId, audience],
  );
}

/**
 * A deleted account's emails and preferences: messages to the person, sent or waiting, hold
 * their address and go with it (one being handed to the mail server right now finishes,
 * then the retention job removes it).
 */
export async function forgetEmailsOf(tx: SqlClient, userId: number): Promise<void> {
  await tx.query('delete from email_preference where user_id = $1', [userId]);
  await tx.query(`delete from outbox_message where user_id = $1 and status <> 'SENDING'`, [userId]);
}
