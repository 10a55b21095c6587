import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate, openOrm } from '../db/orm.js';

/** Applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
const config = parseConfig();
const database = await openDatabase(config);
try {
  const orm = await openOrm({ url: database.url, poolMax: 2 });
  await migrate(orm);
  await orm.close();
  console.log('Migrations applied.');
} finally {
  await database.stop();
}
