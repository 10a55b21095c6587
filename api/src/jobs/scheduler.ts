import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { runBookingJobs } from '../modules/booking/booking.jobs.js';
import { refreshUptakeOnce } from '../modules/insights/uptake-dashboard.service.js';

/**
 * Runs the booking jobs, then refreshes the uptake rollups, every `intervalMs` inside
 * the api. Several api instances may run it: advisory locks let one of them work at a time.
 */
export function startScheduler(
  orm: MikroORM,
  logger: Logger,
  intervalMs: number,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runBookingJobs(orm.em.fork())
      .then(async (result) => {
        if (result && (result.expired || result.markedUsed))
          logger.info(result, 'booking jobs ran');
        // The ministry dashboard's figures, as of now (after the jobs changed bookings).
        await refreshUptakeOnce(orm.em.fork());
      })
      .catch((error: unknown) => logger.error({ err: error }, 'scheduled jobs failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 1_000).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
