import type { SqlClient } from '../src/db/sql.js';
import { enqueueBookingConfirmed } from '../src/modules/notification/outbox.queries.js';
import { DEMO_EMAILS } from './demo-accounts.js';

/**
 * The demo's emails: the demo pro asks for the daily summary of their venues' bookings, and
 * Camille's latest booking has its confirmation waiting in the outbox (an .eml file under
 * DATA_DIR/mail once the worker runs, listed in the admin's outbox).
 */
export async function seedDemoNotifications(tx: SqlClient): Promise<void> {
  await tx.query(
    `insert into email_preference (user_id, daily_booking_summary)
     select id, true from app_user where email = $1`,
    [DEMO_EMAILS.pro],
  );
  const [latest] = await tx.query<{ id: number }>(
    `select b.id from booking b join app_user u on u.id = b.user_id
      where u.email = $1 and b.status = 'CONFIRMED' order by b.booked_at desc, b.id desc limit 1`,
    [DEMO_EMAILS.beneficiary],
  );
  if (latest) await enqueueBookingConfirmed(tx, latest.id);
}
