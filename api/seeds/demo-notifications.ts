import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClientOfEm } from '../src/db/em-bridge.js';
import { enqueueBookingConfirmed } from '../src/modules/notification/outbox.js';
import { DEMO_EMAILS } from './demo-accounts.js';

/**
 * The demo's emails: the demo pro asks for the daily summary of their venues' bookings, and
 * Camille's latest booking has its confirmation waiting in the outbox (an .eml file under
 * DATA_DIR/mail once the worker runs, listed in the admin's outbox).
 */
export async function seedDemoNotifications(tx: EntityManager): Promise<void> {
  await tx.execute(
    `insert into email_preference (user_id, daily_booking_summary)
     select id, true from app_user where email = ?`,
    [DEMO_EMAILS.pro],
  );
  const [latest] = await tx.execute<{ id: number }[]>(
    `select b.id from booking b join app_user u on u.id = b.user_id
      where u.email = ? and b.status = 'CONFIRMED' order by b.booked_at desc, b.id desc limit 1`,
    [DEMO_EMAILS.beneficiary],
  );
  if (latest) await enqueueBookingConfirmed(sqlClientOfEm(tx), latest.id);
}
