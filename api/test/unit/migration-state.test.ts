import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.js';
import { committedMigrationNames } from '../../src/db/migration-state.js';

describe('committedMigrationNames', () => {
  it('lists the migrations of the index, each named after its class, from the folder', () => {
    const indexed = MIGRATIONS.map((migration) => migration.name);
    expect(committedMigrationNames()).toEqual([...indexed].sort());
    for (const migration of MIGRATIONS) expect(migration.class.name).toBe(migration.name);
  });
});
