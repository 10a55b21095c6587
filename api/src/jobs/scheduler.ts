import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Database } from '../db/sql.js';
import type { Logger } from '../logger.js';
import { runBookingJobs } from '../modules/booking/booking.jobs.js';
import { refreshUptakeOnce } from '../modules/insights/uptake-dashboard.service.js';
import { refreshSelectionRules } from '../modules/discovery/discovery.service.js';
import { createImageStore } from '../modules/media/image-setup.js';
import { collectOrphanImageFiles } from '../modules/media/orphan-files.js';
import { runNotificationJobs } from './notification.jobs.js';
import { refreshExpiredSearchRows } from '../modules/search/search.queries.js';
import { pruneVenueChanges } from '../modules/search/facet-index.queries.js';
import { CHANGES_KEPT_MINUTES } from '../modules/search/facet-index.js';
import { runRegistrationJobs } from './registration.jobs.js';
import { runOutboxWorker } from '../modules/notification/outbox.worker.js';
import {
  fileTransport,
  smtpTransport,
  type MailTransport,
} from '../modules/notification/transport.js';

/** A job the api runs on a timer: what it did (counts), or null when another instance held it. */
export interface ScheduledJob {
  name: string;
  intervalMs: number;
  run(): Promise<object | null>;
}

/** SMTP when SMTP_URL is set; otherwise .eml files under DATA_DIR/mail. */
export function mailTransportFor(config: Config): MailTransport {
  return config.SMTP_URL
    ? smtpTransport(config.SMTP_URL)
    : fileTransport(join(config.DATA_DIR, 'mail'));
}

/**
 * The api's jobs: booking expiry and events marked used, reminders and summaries, the uptake
 * rollups (each with an advisory lock: one instance at a time), and the outbox worker (every instance; they share
 * the queue with SKIP LOCKED).
 */
export function apiJobs(db: Database, config: Config, transport: MailTransport): ScheduledJob[] {
  const every = config.JOBS_INTERVAL_SECONDS * 1000;
  return [
    { name: 'booking jobs', intervalMs: every, run: () => runBookingJobs(db) },
    { name: 'notification jobs', intervalMs: every, run: () => runNotificationJobs(db) },
    // Accounts left unconfirmed for days (one statement: parallel runs delete each row once).
    { name: 'registration jobs', intervalMs: every, run: () => runRegistrationJobs(db) },
    {
      // Search rows whose first bookable stock closed: searches skip them until recomputed.
      name: 'search expiry',
      intervalMs: Math.min(every, 60_000),
      run: async () => ({ refreshed: await refreshExpiredSearchRows(db) }),
    },
    {
      // The venues changed for the facets' copies (facet-index.ts): kept a quarter of an hour.
      name: 'facet changes',
      intervalMs: Math.min(every, 60_000),
      run: async () => ({ pruned: await pruneVenueChanges(db, CHANGES_KEPT_MINUTES) }),
    },
    {
      // The ministry dashboard's rollups, as of now (materialised views, one refresher at a time).
      name: 'uptake rollups',
      intervalMs: every,
      run: async () => ({ refreshed: Number(await refreshUptakeOnce(db)) }),
    },
    {
      // Editorial selections built on a rule: the offers each matches now, off the home's path.
      name: 'editorial rules',
      intervalMs: every,
      run: () => refreshSelectionRules(db),
    },
    {
      // Image files no row names (a crash between the files and the row, a replaced image),
      // once an hour old: a walk of the store's folder, so not more often than every 10 minutes.
      name: 'image orphans',
      intervalMs: Math.max(every, 10 * 60_000),
      run: () => collectOrphanImageFiles(db, createImageStore(config)),
    },
    {
      name: 'outbox',
      intervalMs: config.OUTBOX_INTERVAL_SECONDS * 1000,
      run: () =>
        runOutboxWorker(db, {
          transport,
          from: config.MAIL_FROM,
          template: { publicUrl: config.PUBLIC_URL },
        }),
    },
  ];
}

/** Runs each job every `intervalMs` inside the api, never two runs of one job at once. */
export function startScheduler(
  jobs: ScheduledJob[],
  logger: Logger,
  onRun?: (job: string, outcome: 'done' | 'skipped' | 'failed', seconds: number) => void,
): { stop(): Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  for (const job of jobs) {
    const tick = () => {
      if (running.has(job.name)) return;
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      running.set(
        job.name,
        job
          .run()
          .then((result) => {
            // null: another instance held the job's lock.
            onRun?.(job.name, result === null ? 'skipped' : 'done', seconds());
            // Only runs that did something are worth a line.
            if (result && Object.values(result).some((count) => count !== 0))
              logger.info(result, `${job.name} ran`);
          })
          .catch((error: unknown) => {
            onRun?.(job.name, 'failed', seconds());
            logger.error({ err: error }, `${job.name} failed`);
          })
          .finally(() => running.delete(job.name)),
      );
    };
    const timer = setInterval(tick, job.intervalMs);
    timer.unref();
    timers.push(timer);
    timers.push(setTimeout(tick, 1_000).unref());
  }
  return {
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
  };
}
