import type { Database } from '../../db/sql.js';
import type { ImageStore, StoredFile } from './image-store.js';
import { isKeyUsed, lockImageKey, usedKeys } from './image.queries.js';

/**
 * Files of the image store no image row names: left by a crash between writing the files
 * and committing the row, by an interrupted write (a `.tmp/` file), or by a replaced image
 * whose files could not be removed at once. They go only once older than the grace period,
 * so an upload in progress (files written, row not yet committed) is never touched; and each
 * key is checked again under the lock uploads take for it, so a key an upload is reusing
 * right now stays.
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

interface Unit {
  /** The key an image row would name; null for a temporary file. */
  key: string | null;
  /** What `removeAll` takes to remove the unit's files. */
  prefix: string;
  newest: number;
}

/** Files grouped as the service writes them: `<key>/<width>.<format>`, `originals/<key>.jpg`, `.tmp/<id>`. */
function unitsOf(files: readonly StoredFile[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const file of files) {
    const [head, rest] = file.key.split(/\/(.*)/s) as [string, string | undefined];
    let unit: Omit<Unit, 'newest'>;
    if (head === '.tmp') unit = { key: null, prefix: file.key };
    else if (head === 'originals' && rest)
      unit = { key: rest.replace(/\.jpg$/, ''), prefix: file.key };
    else unit = { key: head, prefix: head };
    const known = units.get(unit.prefix);
    const time = file.modifiedAt.getTime();
    if (!known || known.newest < time) units.set(unit.prefix, { ...unit, newest: time });
  }
  return [...units.values()];
}

export async function collectOrphanImageFiles(
  db: Database,
  store: ImageStore,
  now = new Date(),
  graceMs = ORPHAN_GRACE_MS,
): Promise<{ removed: number }> {
  const cutoff = now.getTime() - graceMs;
  const old = unitsOf(await store.list()).filter((unit) => unit.newest < cutoff);
  const used = await usedKeys(
    db,
    old.flatMap((unit) => (unit.key ? [unit.key] : [])),
  );
  let removed = 0;
  for (const unit of old) {
    if (unit.key === null) {
      await store.removeAll(unit.prefix);
      removed++;
      continue;
    }
    if (used.has(unit.key)) continue;
    const key = unit.key;
    const gone = await db.transaction(async (tx) => {
      await lockImageKey(tx, key);
      if (await isKeyUsed(tx, key)) return false;
      await store.removeAll(unit.prefix);
      return true;
    });
    if (gone) removed++;
  }
  return { removed };
}
