import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { openOrm } from '../db/orm.js';
import { mailTransportFor } from '../jobs/scheduler.js';
import { runBookingJobs } from '../modules/booking/booking.jobs.js';
import { runNotificationJobs } from '../modules/notification/notification.jobs.js';
import { runOutboxWorker } from '../modules/notification/outbox.worker.js';

/** Runs the jobs once (expiry, events marked used, reminders, summaries, emails) and prints what they did. */
const config = parseConfig();
const database = await openDatabase(config);
try {
  const orm = await openOrm({ url: database.url, poolMax: 2 });
  const result = await runBookingJobs(orm.em.fork());
  const notifications = await runNotificationJobs(orm.em.fork());
  const transport = mailTransportFor(config);
  const mail = await runOutboxWorker(orm.em.fork(), {
    transport,
    from: config.MAIL_FROM,
    template: { publicUrl: config.PUBLIC_URL },
  });
  transport.close();
  await orm.close();
  console.log(
    result
      ? `Expired: ${result.expired}, marked used: ${result.markedUsed}`
      : 'Another instance is running the booking jobs.',
  );
  if (notifications)
    console.log(
      `Expiry reminders: ${notifications.reminders}, daily summaries: ${notifications.summaries}`,
    );
  console.log(`Emails sent: ${mail.sent}, to retry: ${mail.retried}, failed: ${mail.failed}`);
} finally {
  await database.stop();
}
