import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { Database } from '../db/sql.js';
import { mailTransportFor } from '../jobs/scheduler.js';
import { runBookingJobs } from '../modules/booking/booking.jobs.js';
import { runNotificationJobs } from '../jobs/notification.jobs.js';
import { runRegistrationJobs } from '../jobs/registration.jobs.js';
import { runOutboxWorker } from '../modules/notification/outbox.worker.js';

/** Runs the jobs once (expiry, events marked used, reminders, summaries, unconfirmed accounts, emails) and prints what they did. */
const config = parseConfig();
const database = await openDatabase(config);
try {
  const db = new Database(database.url, {
    max: database.embedded ? 1 : 2,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
  });
  const result = await runBookingJobs(db);
  const notifications = await runNotificationJobs(db);
  const registration = await runRegistrationJobs(db);
  const transport = mailTransportFor(config);
  const mail = await runOutboxWorker(db, {
    transport,
    from: config.MAIL_FROM,
    template: { publicUrl: config.PUBLIC_URL },
  });
  transport.close();
  await db.end();
  console.log(
    result
      ? `Expired: ${result.expired}, marked used: ${result.markedUsed}`
      : 'Another instance is running the booking jobs.',
  );
  if (notifications)
    console.log(
      `Expiry reminders: ${notifications.reminders}, daily summaries: ${notifications.summaries}`,
    );
  console.log(`Unconfirmed accounts deleted: ${registration.unconfirmedDeleted}`);
  console.log(
    `Emails sent: ${mail.sent}, to retry: ${mail.retried}, failed: ${mail.failed}, ` +
      `uncertain (left for an admin): ${mail.uncertain}`,
  );
} finally {
  await database.stop();
}
