import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClusterOptions } from '../../src/cluster/cluster.js';

const API_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The drills' own cluster: its own folder and ports, beside any `npm run cluster`. */
export const DRILL_OPTIONS: ClusterOptions = {
  dir: process.env.DRILL_CLUSTER_DIR ?? join(API_ROOT, '.data/cluster-drills'),
  portBase: Number(process.env.DRILL_PORT_BASE ?? 55500),
  instances: 2,
  apiEnv: {
    // Jobs on and frequent (one instance at a time under their locks; the outbox shared).
    JOBS_INTERVAL_SECONDS: '5',
    OUTBOX_INTERVAL_SECONDS: '1',
    PASSWORD_HASH_COST: '10',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
    DB_ACQUIRE_TIMEOUT_MS: '3000',
  },
  log: (line) => console.log(line),
};

/** Appends one drill's figures (JSON lines) beside the cluster, and prints them. */
export function recordFigures(drill: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ drill, at: new Date().toISOString(), ...figures });
  console.log(`figures ${line}`);
  appendFileSync(join(DRILL_OPTIONS.dir, '..', 'cluster-drills-figures.jsonl'), `${line}\n`);
}
