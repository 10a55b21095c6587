import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate, openOrm } from '../db/orm.js';
import { Database } from '../db/sql.js';
import { seedDemo } from '../../seeds/demo.js';
import { createImageStore } from '../modules/media/image-setup.js';
import { DEMO_EMAILS } from '../../seeds/demo-accounts.js';
import { seedDemoImagesIfMissing } from '../../seeds/images.js';

/**
 * Seeds the demo data into DATABASE_URL (or the embedded database under
 * DATA_DIR) after applying pending migrations; does nothing when already seeded.
 */
const config = parseConfig();
const startedAt = performance.now();
const database = await openDatabase(config);
try {
  // MikroORM only applies the migrations; the seed writes through the Database.
  const orm = await openOrm({ url: database.url, poolMax: 1 });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  const db = new Database(database.url, {
    max: 1,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
  });
  try {
    const seedStartedAt = performance.now();
    const summary = await seedDemo(db);
    const images = await seedDemoImagesIfMissing(db, createImageStore(config), DEMO_EMAILS.pro);
    if (images) console.log(`  images: ${images.offers} offers, ${images.venues} venues`);
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
    console.log(
      summary.seeded ? 'Demo data seeded.' : 'Demo data already present: nothing written.',
    );
    console.log(
      `  users ${summary.users}, offerers ${summary.offerers}, venues ${summary.venues}, ` +
        `offers ${summary.offers}, stocks ${summary.stocks}, bookings ${summary.bookings}`,
    );
    console.log(`  seed ${seconds(seedStartedAt)} s, total ${seconds(startedAt)} s`);
  } finally {
    await db.end();
  }
} finally {
  await database.stop();
}
