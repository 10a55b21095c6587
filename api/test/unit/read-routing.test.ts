import { GraphQLObjectType, GraphQLSchema, GraphQLString, Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MemoryWriteMarks,
  ReadRouter,
  ReplicaMonitor,
  parseLsn,
  type ReadRouting,
  type RouteReason,
} from '../../src/db/read-routing.js';
import type { Database, SqlClient } from '../../src/db/sql.js';
import { isStaleTolerant } from '../../src/graphql/read-routing.js';
import { ConfigError, parseConfig } from '../../src/config.js';

/** A server answering the probe's one statement with a position that the test moves. */
function fakeServer(name: string) {
  const server = {
    lsn: '0/100' as string | null,
    down: false,
    queries: [] as string[],
    async query<T>(text: string): Promise<T[]> {
      if (server.down)
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      server.queries.push(text);
      if (text.includes('_lsn()')) return [{ lsn: server.lsn }] as T[];
      return [{ from: name }] as T[];
    },
    assertOutsideTransaction() {},
  };
  return server;
}

function setup(options: { maxLagMs?: number } = {}) {
  let now = 1_000_000;
  const primary = fakeServer('primary');
  const replica = fakeServer('replica');
  const monitor = new ReplicaMonitor(primary as SqlClient, replica as SqlClient, {
    intervalMs: 1_000,
    maxLagMs: options.maxLagMs ?? 5_000,
    clock: () => now,
  });
  const routes: [string, RouteReason][] = [];
  const marks = new MemoryWriteMarks(60_000);
  const routing: ReadRouting = {
    primary: primary as unknown as Database,
    replica: replica as unknown as Database,
    monitor,
    marks,
    observe: (target, reason) => routes.push([target, reason]),
  };
  const router = (viewer: number | null = null, staleTolerant = true) => {
    const r = new ReadRouter(routing, primary as unknown as Database, async () => viewer);
    r.staleTolerant = staleTolerant;
    return r;
  };
  return {
    primary,
    replica,
    monitor,
    marks,
    routes,
    router,
    tick: (ms: number) => (now += ms),
  };
}

describe('read routing', () => {
  it('reads LSNs as byte positions', () => {
    expect(parseLsn('0/100')).toBe(256n);
    expect(parseLsn('1/0')).toBe(4_294_967_296n);
    expect(parseLsn('16/B374D848') > parseLsn('16/B374D847')).toBe(true);
  });

  it('measures no lag when the replica has replayed what the primary wrote', async () => {
    const { monitor } = setup();
    await monitor.probe();
    expect(monitor.state()).toMatchObject({ up: true, lagMs: 0 });
  });

  it('measures the lag from the last primary position the replica had replayed', async () => {
    const t = setup();
    await t.monitor.probe(); // both at 0/100
    t.tick(1_000);
    t.primary.lsn = '0/200';
    await t.monitor.probe();
    t.tick(1_000);
    t.primary.lsn = '0/300';
    await t.monitor.probe();
    // Replayed 0/100, seen 2 s ago: at most 2 s behind.
    expect(t.monitor.state().lagMs).toBe(2_000);
    t.replica.lsn = '0/250';
    t.tick(1_000);
    await t.monitor.probe();
    expect(t.monitor.state().lagMs).toBe(2_000);
    t.replica.lsn = '0/300';
    t.tick(1_000);
    await t.monitor.probe();
    expect(t.monitor.state().lagMs).toBe(0);
  });

  it('sends stale-tolerant reads to a fresh replica, and counts them', async () => {
    const t = setup();
    await t.monitor.probe();
    expect(await t.router().query('select 1')).toEqual([{ from: 'replica' }]);
    expect(t.routes).toEqual([['replica', 'replica']]);
  });

  it('keeps everything else on the primary', async () => {
    const t = setup();
    await t.monitor.probe();
    expect(await t.router(null, false).query('select 1')).toEqual([{ from: 'primary' }]);
    expect(t.routes).toEqual([['primary', 'not_stale_tolerant']]);
  });

  it('goes to the primary when the replica lags beyond the bound', async () => {
    const t = setup({ maxLagMs: 5_000 });
    await t.monitor.probe();
    t.primary.lsn = '0/900';
    for (let i = 0; i < 6; i++) {
      t.tick(1_000);
      await t.monitor.probe();
    }
    expect(await t.router().query('select 1')).toEqual([{ from: 'primary' }]);
    expect(t.routes).toEqual([['primary', 'replica_lagging']]);
  });

  it('goes to the primary when the replica is down, promoted, or not probed lately', async () => {
    const t = setup();
    t.replica.down = true;
    await t.monitor.probe();
    expect(await t.router().query('select 1')).toEqual([{ from: 'primary' }]);
    t.replica.down = false;
    t.replica.lsn = null; // answering, but no longer in recovery
    await t.monitor.probe();
    expect(await t.router().query('select 1')).toEqual([{ from: 'primary' }]);
    t.replica.lsn = '0/100';
    await t.monitor.probe();
    t.tick(10_000);
    expect(await t.router().query('select 1')).toEqual([{ from: 'primary' }]);
    expect(t.routes.map(([, reason]) => reason)).toEqual([
      'replica_down',
      'replica_down',
      'replica_down',
    ]);
  });

  it("reads a person's own writes from the primary until the replica has replayed them", async () => {
    const t = setup();
    await t.monitor.probe();
    await t.marks.set(7, parseLsn('0/180'));
    expect(await t.router(7).query('select 1')).toEqual([{ from: 'primary' }]);
    // Someone else reads from the replica meanwhile.
    expect(await t.router(8).query('select 1')).toEqual([{ from: 'replica' }]);
    t.primary.lsn = '0/180';
    t.replica.lsn = '0/180';
    await t.monitor.probe();
    expect(await t.router(7).query('select 1')).toEqual([{ from: 'replica' }]);
    expect(t.routes.map(([, reason]) => reason)).toEqual([
      'own_recent_write',
      'replica',
      'replica',
    ]);
  });

  it('reads from the primary when the write marks cannot answer', async () => {
    const t = setup();
    await t.monitor.probe();
    Object.assign(t.marks, { get: async () => 'unknown' as const });
    expect(await t.router(7).query('select 1')).toEqual([{ from: 'primary' }]);
    expect(t.routes).toEqual([['primary', 'write_mark_unknown']]);
  });

  it('retries a read the replica failed on the primary, and stays there for the request', async () => {
    const t = setup();
    await t.monitor.probe();
    const router = t.router();
    t.replica.down = true;
    expect(await router.query('select 1')).toEqual([{ from: 'primary' }]);
    expect(await router.query('select 2')).toEqual([{ from: 'primary' }]);
    expect(t.routes).toEqual([
      ['replica', 'replica'],
      ['primary', 'replica_failed'],
    ]);
  });

  it('is the primary, untouched, without a replica', async () => {
    const primary = fakeServer('primary');
    const router = new ReadRouter(null, primary as unknown as Database, async () => 1);
    router.staleTolerant = true;
    expect(await router.query('select 1')).toEqual([{ from: 'primary' }]);
  });
});

describe('stale-tolerant operations', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        search: { type: GraphQLString, extensions: { staleTolerant: true } },
        offer: { type: GraphQLString, extensions: { staleTolerant: true } },
        myBookings: { type: GraphQLString },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: { book: { type: GraphQLString } },
    }),
  });
  const operation = (source: string) =>
    parse(source).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;

  it('are queries whose every root field is declared so', () => {
    expect(isStaleTolerant(schema, operation('{ search offer __typename }'))).toBe(true);
    expect(isStaleTolerant(schema, operation('{ search myBookings }'))).toBe(false);
    expect(isStaleTolerant(schema, operation('mutation { book }'))).toBe(false);
    expect(isStaleTolerant(schema, operation('{ ...F } fragment F on Query { search }'))).toBe(
      false,
    );
  });
});

describe('replica configuration', () => {
  it('needs a primary: the embedded database has no replica', () => {
    expect(() => parseConfig({ DATABASE_REPLICA_URL: 'postgresql://r/db' })).toThrow(ConfigError);
    const config = parseConfig({
      DATABASE_URL: 'postgresql://p/db',
      DATABASE_REPLICA_URL: 'postgresql://r/db',
    });
    expect(config.REPLICA_MAX_LAG_MS).toBe(5_000);
    expect(parseConfig({}).DATABASE_REPLICA_URL).toBeUndefined();
  });
});
