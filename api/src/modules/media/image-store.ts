import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where image files live. Keys are content addresses (`<key>/<width>.<format>`,
 * `originals/<key>.jpg`): a file is written once and never changes, so any copy of it
 * may be cached for ever. Nothing else in the api touches the files.
 *
 * The default keeps them in a folder (`DATA_DIR/images`). An object store (S3, GCS,
 * Scaleway, MinIO…) plugs in as another implementation of this interface: `put` is a
 * PutObject with the content type and `Cache-Control: public, max-age=31536000, immutable`
 * (it is atomic there already), `read` a GetObject stream (or the route redirects to a CDN
 * in front of the bucket), `removeAll` deletes the objects under the key's prefix. It is
 * chosen in `createImageStore` from the configuration; the rest of the module only sees
 * `ImageStore`.
 */
export interface ImageStore {
  /** Writes the file whole or not at all; writing an existing key again is harmless. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** A stream of the file and its size, or null when there is none. */
  read(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Removes every file whose key starts with `prefix/` (or the file `prefix` itself). */
  removeAll(prefix: string): Promise<void>;
  /**
   * Every file kept, with when it was written, for the orphan collector (`orphan-files.ts`).
   * Files a write left half-done (a crash before the rename) are listed under `.tmp/`.
   */
  list(): Promise<StoredFile[]>;
}

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

/** A temporary file of an interrupted write: only the orphan collector names one. */
const TEMPORARY_KEY = /^\.tmp\/[0-9a-f-]+$/;

/** Keys are made by the module from hex digests, widths and formats: nothing else gets in. */
const SAFE_KEY = /^[a-z0-9]+(\/[a-z0-9]+)?(\.[a-z0-9]+)?$/;

function checked(key: string): string {
  if (!SAFE_KEY.test(key) && !TEMPORARY_KEY.test(key)) throw new Error(`unsafe image key: ${key}`);
  return key;
}

/** Files in a folder; each write goes to a temporary file first, then is renamed. */
export class FolderImageStore implements ImageStore {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = join(this.root, checked(key));
    const temporary = join(this.root, '.tmp', randomUUID());
    await mkdir(join(this.root, '.tmp'), { recursive: true });
    await mkdir(join(path, '..'), { recursive: true });
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<{ stream: Readable; size: number } | null> {
    const path = join(this.root, checked(key));
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      return { stream: createReadStream(path), size: info.size };
    } catch {
      return null;
    }
  }

  async removeAll(prefix: string): Promise<void> {
    await rm(join(this.root, checked(prefix)), { recursive: true, force: true });
  }

  async list(): Promise<StoredFile[]> {
    const walk = async (dir: string, prefix: string): Promise<StoredFile[]> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return [];
      }
      const nested = await Promise.all(
        entries.map(async (entry): Promise<StoredFile[]> => {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) return walk(path, `${prefix}${entry.name}/`);
          try {
            return [{ key: `${prefix}${entry.name}`, modifiedAt: (await stat(path)).mtime }];
          } catch {
            return []; // removed meanwhile
          }
        }),
      );
      return nested.flat();
    };
    return walk(this.root, '');
  }

  /** Every file kept, temporaries included (tests check that a refused or aborted upload left none). */
  async files(): Promise<string[]> {
    return (await this.list()).map((f) => f.key);
  }
}
