import type { Database } from '../db/sql.js';
import { EXPIRY_ROWS } from '../modules/booking/booking.jobs.js';
import { inExclusiveTransaction } from './exclusive.js';
import {
  enqueueDailySummaries,
  enqueueExpiryReminders,
  parisDayBounds,
  purgeOldMessages,
} from '../modules/notification/outbox.queries.js';

export interface NotificationJobsResult {
  reminders: number;
  summaries: number;
  purged: number;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris calendar day before `now` (YYYY-MM-DD). */
export function previousParisDay(now: Date): string {
  const today = PARIS_DAY.format(now);
  const noon = new Date(`${today}T12:00:00Z`);
  return new Date(noon.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Expiry reminders, yesterday's summaries for the pros who asked, and the purge of old
 * messages, in one transaction, by one api instance at a time; each message once whatever the
 * number of runs (dedupe keys). Null when another instance holds the lock.
 */
export async function runNotificationJobs(
  db: Database,
  now = new Date(),
): Promise<NotificationJobsResult | null> {
  return inExclusiveTransaction(db, 'passculture:notification-jobs', async (tx) => {
    const day = previousParisDay(now);
    const bounds = await parisDayBounds(tx, day);
    return {
      reminders: await enqueueExpiryReminders(tx, EXPIRY_ROWS, now),
      summaries: await enqueueDailySummaries(tx, day, bounds.from, bounds.to),
      purged: await purgeOldMessages(tx, now),
    };
  });
}
