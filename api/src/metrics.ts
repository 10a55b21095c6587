import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReadRouting, RouteReason } from './db/read-routing.js';
import type { Database } from './db/sql.js';
import type { Context } from './graphql/context.js';
import { outboxDepth } from './modules/notification/outbox-admin.queries.js';

/**
 * Prometheus metrics of one api process (prom-client), served at /metrics: GraphQL
 * operations (rate, latency, errors), HTTP answers, pool usage, replica state and read
 * routes, outbox depth, job runs, and Node's own (event loop, memory, GC).
 * One registry per app, so that several apps in one process (tests) do not collide.
 */
export interface Metrics {
  registry: Registry;
  graphqlPlugin: ApolloServerPlugin<Context>;
  httpAnswered(method: string, route: string, status: number, seconds: number): void;
  /** A GraphQL operation answered outside Apollo (the lean search path). */
  operationAnswered(name: string | null, type: string, failed: boolean, seconds: number): void;
  readRouted(target: 'primary' | 'replica', reason: RouteReason): void;
  jobRan(job: string, outcome: 'done' | 'skipped' | 'failed', seconds: number): void;
}

/** Operation names come from clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_NAMES = 300;
const OPERATION_NAME = /^\w{1,64}$/;

export function createMetrics(deps: {
  db: Database;
  routing: ReadRouting | null;
  instance: string;
}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ instance_id: deps.instance });
  collectDefaultMetrics({ register: registry, prefix: 'passculture_' });

  const operations = new Counter({
    name: 'passculture_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const operationSeconds = new Histogram({
    name: 'passculture_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency, from request to response, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const http = new Histogram({
    name: 'passculture_http_request_duration_seconds',
    help: 'HTTP answers by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.025, 0.1, 0.5, 2.5, 10],
    registers: [registry],
  });
  const routes = new Counter({
    name: 'passculture_read_routes_total',
    help: 'Where ctx.dbRead sent a request, and why (replica, or the primary because...)',
    labelNames: ['target', 'reason'] as const,
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'passculture_job_runs_total',
    help: 'Background job runs: done, skipped (another instance holds its lock) or failed',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  const jobSeconds = new Histogram({
    name: 'passculture_job_duration_seconds',
    help: 'Background job run time',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
    registers: [registry],
  });

  const pools: [string, Database][] = [['primary', deps.db]];
  if (deps.routing) pools.push(['replica', deps.routing.replica]);
  new Gauge({
    name: 'passculture_db_pool_connections',
    help: 'Database pool connections by pool and state (total, idle, waiting requests, max)',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [pool, db] of pools) {
        const stats = db.stats();
        for (const state of ['total', 'idle', 'waiting', 'max'] as const)
          this.set({ pool, state }, stats[state]);
      }
    },
  });
  if (deps.routing) {
    const monitor = deps.routing.monitor;
    new Gauge({
      name: 'passculture_replica_up',
      help: '1 when the replica answered the last probe as a replica',
      registers: [registry],
      collect() {
        this.set(monitor.state().up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'passculture_replica_lag_seconds',
      help: 'Replica replay lag measured by this instance (-1: unknown)',
      registers: [registry],
      collect() {
        const lag = monitor.state().lagMs;
        this.set(lag === null ? -1 : lag / 1000);
      },
    });
  }
  const pending = new Gauge({
    name: 'passculture_outbox_pending_messages',
    help: 'Emails waiting in the outbox (-1: the database did not answer)',
    registers: [registry],
  });
  const overdue = new Gauge({
    name: 'passculture_outbox_oldest_due_seconds',
    help: 'How long the oldest waiting email has been due',
    registers: [registry],
  });
  // One query for both gauges, at scrape time.
  new Gauge({
    name: 'passculture_outbox_scrape_ok',
    help: '1 when the outbox depth could be read at this scrape',
    registers: [registry],
    async collect() {
      try {
        const depth = await outboxDepth(deps.db);
        pending.set(depth.pending);
        overdue.set(depth.oldestDueSeconds);
        this.set(1);
      } catch {
        pending.set(-1);
        this.set(0);
      }
    },
  });

  const seenNames = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
    seenNames.add(name);
    return name;
  };

  const operationAnswered = (
    name: string | null | undefined,
    type: string,
    failed: boolean,
    seconds: number,
  ) => {
    const labels = { operation: operationLabel(name), type };
    operations.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
    operationSeconds.observe(labels, seconds);
  };

  return {
    registry,
    operationAnswered,
    graphqlPlugin: {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operation, operationName, errors, response }) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const failed =
              (errors?.length ?? 0) > 0 ||
              (response.body.kind === 'single' &&
                (response.body.singleResult.errors?.length ?? 0) > 0);
            operationAnswered(operationName, operation?.operation ?? 'unresolved', failed, seconds);
          },
        };
      },
    },
    httpAnswered(method, route, status, seconds) {
      http.observe({ method, route, status: String(status) }, seconds);
    },
    readRouted(target, reason) {
      routes.inc({ target, reason });
    },
    jobRan(job, outcome, seconds) {
      jobs.inc({ job, outcome });
      jobSeconds.observe({ job }, seconds);
    },
  };
}
