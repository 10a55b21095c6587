import {
  clusterMemoryKb,
  defaultOptions,
  startCluster,
  stateOf,
  stopCluster,
} from '../cluster/cluster.js';

/**
 * `npm run cluster` (start), `npm run cluster:stop`, `node dist/src/cli/cluster.js status`:
 * the local cluster of api/src/cluster/cluster.ts. Settings: CLUSTER_DIR, CLUSTER_PORT_BASE,
 * CLUSTER_INSTANCES, and for the api instances JOBS_INTERVAL_SECONDS, PASSWORD_HASH_COST,
 * LOG_LEVEL, SEED_DEMO.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'start';
  const options = defaultOptions();
  if (command === 'stop') {
    const stopped = await stopCluster(options);
    console.log(
      stopped.length ? `stopped: ${stopped.join(', ')}` : 'nothing of the cluster was running',
    );
    return;
  }
  if (command === 'status') {
    const state = stateOf(options);
    if (!state) console.log('no cluster started here');
    else
      console.log(JSON.stringify({ url: state.url, memoryKb: clusterMemoryKb(options) }, null, 2));
    return;
  }
  if (command !== 'start') throw new Error(`unknown command ${command} (start, stop, status)`);
  console.log(`starting the cluster in ${options.dir}`);
  const state = await startCluster(options);
  const memory = clusterMemoryKb(options);
  const totalMb = Object.values(memory).reduce((a, b) => a + b, 0) / 1024;
  console.log(
    [
      '',
      `cluster ready in ${(state.startedInMs / 1000).toFixed(1)} s, ${totalMb.toFixed(0)} MB (PSS: ${Object.entries(
        memory,
      )
        .map(([name, kb]) => `${name} ${(kb / 1024).toFixed(0)}`)
        .join(', ')})`,
      `  entry (HAProxy)   ${state.url}/  (GraphQL ${state.url}/graphql)`,
      `  HAProxy stats     ${state.statsUrl}`,
      `  api instances     ${state.apis.map((a) => `${a.name} ${a.url} (/metrics)`).join(', ')}`,
      `  primary           127.0.0.1:${state.primary.port}   replica 127.0.0.1:${state.replica.port}`,
      `  redis             ${state.redis.url}`,
      `  logs              ${state.dir}/logs, ${state.dir}/pg/*.log`,
      'stop it with: npm run cluster:stop',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
