import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A module writes only its own tables and asks the owner for the rest
 * (docs/architecture.md). Every `insert into`, `update … set`, `delete from` and
 * `select … for update` of a domain module's queries must name a table that module owns.
 */

const MODULES = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/modules');

/** Each table and the one module that writes it. */
const OWNER: Record<string, string> = {
  app_user: 'identity',
  session: 'identity',
  deposit: 'wallet',
  grant_policy: 'wallet',
  offerer: 'catalog',
  offerer_membership: 'catalog',
  venue: 'catalog',
  offer: 'catalog',
  stock: 'catalog',
  favorite: 'catalog',
  booking: 'booking',
  outbox_message: 'notification',
  email_preference: 'notification',
  audit_log: 'audit',
  api_key: 'apikey',
  department: 'territory',
  moderation_rule: 'moderation',
  subcategory_category: 'insights',
  insights_refresh: 'insights',
  image: 'media',
  editorial_selection: 'discovery',
  // Kept by triggers (migrations); the search module only recomputes expired rows.
  offer_search: 'search',
  offer_search_name: 'search',
  offer_search_people: 'search',
  offer_search_person: 'search',
  offer_search_venue_count: 'search',
  offer_search_cell_count: 'search',
  // Written by triggers; the search module's job prunes it.
  offer_search_venue_change: 'search',
};

const WRITE =
  /\b(?:insert\s+into|delete\s+from)\s+"?(\w+)"?|\bupdate\s+"?(\w+)"?\s+(?:as\s+\w+\s+|\w+\s+)?set\b/gi;

function queriesFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return queriesFiles(path);
    return path.endsWith('.queries.ts') ? [path] : [];
  });
}

/** The tables a source text writes. */
export function writtenTables(source: string): string[] {
  return [...source.matchAll(WRITE)].map((m) => (m[1] ?? m[2])!.toLowerCase());
}

describe('table ownership', () => {
  it('lets each module write only the tables it owns', () => {
    const offenders: string[] = [];
    for (const file of queriesFiles(MODULES)) {
      const module = relative(MODULES, file).split(sep)[0]!;
      for (const table of writtenTables(readFileSync(file, 'utf8'))) {
        const owner = OWNER[table];
        if (owner === undefined)
          offenders.push(`${relative(MODULES, file)}: ${table} has no owner`);
        else if (owner !== module)
          offenders.push(`${relative(MODULES, file)} writes ${table}, owned by ${owner}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads writes in the shapes the queries use, and not reads', () => {
    expect(writtenTables('insert into "offerer" (siren) values ($1)')).toEqual(['offerer']);
    expect(writtenTables(`update booking b set status = 'USED'`)).toEqual(['booking']);
    expect(writtenTables('delete from favorite where user_id = $1')).toEqual(['favorite']);
    expect(writtenTables('select id from venue v join offerer f on f.id = v.offerer_id')).toEqual(
      [],
    );
  });
});
