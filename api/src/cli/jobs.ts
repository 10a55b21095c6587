import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { openOrm } from '../db/orm.js';
import { runBookingJobs } from '../modules/booking/booking.jobs.js';

/** Runs the booking jobs once (expiry, events marked used) and prints what they did. */
const config = parseConfig();
const database = await openDatabase(config);
try {
  const orm = await openOrm({ url: database.url, poolMax: 2 });
  const result = await runBookingJobs(orm.em.fork());
  await orm.close();
  console.log(
    result
      ? `Expired: ${result.expired}, marked used: ${result.markedUsed}`
      : 'Another instance is running the jobs.',
  );
} finally {
  await database.stop();
}
