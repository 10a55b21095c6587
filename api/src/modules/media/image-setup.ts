import { join, resolve } from 'node:path';
import type { Config } from '../../config.js';
import type { Database } from '../../db/sql.js';
import type { RateLimiterFactory } from '../../shared/rate-limiter.js';
import { FolderImageStore, type ImageStore } from './image-store.js';
import { ImageService } from './image.service.js';

/** Where images are kept: the folder under the data directory (or IMAGE_DIR). */
export function createImageStore(config: Pick<Config, 'DATA_DIR' | 'IMAGE_DIR'>): ImageStore {
  return new FolderImageStore(resolve(config.IMAGE_DIR ?? join(config.DATA_DIR, 'images')));
}

export function createImageService(
  config: Config,
  db: Database,
  limiter: RateLimiterFactory,
): ImageService {
  return new ImageService(db, createImageStore(config), {
    uploads: limiter('image:uploads', config.IMAGE_UPLOADS_PER_HOUR, 3_600_000),
    storageBytesPerOfferer: config.IMAGE_QUOTA_BYTES,
  });
}
