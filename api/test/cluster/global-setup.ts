import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { clusterMemoryKb, startCluster, stopCluster } from '../../src/cluster/cluster.js';
import { DRILL_OPTIONS, recordFigures } from './support.js';

/** A fresh cluster for the drills, stopped (and its folder removed) when they end. */
export default async function setup(): Promise<() => Promise<void>> {
  await stopCluster(DRILL_OPTIONS);
  rmSync(DRILL_OPTIONS.dir, { recursive: true, force: true });
  const state = await startCluster(DRILL_OPTIONS);
  const memory = clusterMemoryKb(DRILL_OPTIONS);
  const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim();
  recordFigures('cluster start', {
    startedInMs: state.startedInMs,
    memoryMb: Math.round(Object.values(memory).reduce((a, b) => a + b, 0) / 1024),
    memoryKb: memory,
    loadavg: load,
  });
  return async () => {
    if (process.env.DRILL_KEEP_CLUSTER === 'true') return;
    await stopCluster(DRILL_OPTIONS);
    rmSync(DRILL_OPTIONS.dir, { recursive: true, force: true });
  };
}
