import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../migrations/index.js';

export interface OrmOptions {
  url: string;
  poolMax: number;
  /** Sees every SQL statement sent (tests count them). */
  onQuery?: (sql: string) => void;
  /** Where the ORM's own messages (the migrator's) go; the console otherwise. */
  log?: (message: string) => void;
}

export function ormConfig({ url, poolMax, onQuery, log }: OrmOptions): Options {
  return {
    clientUrl: url,
    entities: ENTITIES,
    extensions: [Migrator],
    forceUtcTimezone: true,
    colors: false,
    ...(log ? { logger: log } : {}),
    ...(onQuery
      ? {
          debug: ['query' as const],
          logger: (message: string) =>
            message.startsWith('[query]') ? onQuery(message) : log?.(message),
        }
      : {}),
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 10_000 },
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    discovery: { warnWhenNoEntities: true },
    // Identity map per request: every request forks the entity manager.
    allowGlobalContext: false,
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies the committed migrations that have not run yet. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
