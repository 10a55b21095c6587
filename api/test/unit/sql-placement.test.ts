import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives in `*.queries.ts` files of the module that owns the table (docs/architecture.md):
 * no other file of a domain module holds a statement. A statement is recognised in a string
 * literal by its shape (`select … from`, `insert into`, `update … set`, `delete from`,
 * `refresh materialized view`).
 */

const MODULES = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const STRING_LITERAL = /`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
const STATEMENT =
  /\b(select\s[\s\S]*?\bfrom\s|insert\s+into\s|update\s+"?\w+"?\s+(?:as\s+\w+\s+)?set\s|delete\s+from\s|refresh\s+materialized\s+view)/i;

/** The first string literal of a file that reads like SQL, or null. */
function firstStatement(source: string): string | null {
  for (const [literal] of source.matchAll(STRING_LITERAL)) {
    if (STATEMENT.test(literal)) return literal.slice(0, 80).replace(/\s+/g, ' ');
  }
  return null;
}

describe('SQL placement', () => {
  it('keeps every statement of the domain modules in *.queries.ts files', () => {
    const offenders = sourceFiles(MODULES)
      .filter((file) => !file.endsWith('.queries.ts'))
      .map((file) => [relative(MODULES, file), firstStatement(readFileSync(file, 'utf8'))])
      .filter(([, statement]) => statement)
      .map(([file, statement]) => `${file}: ${statement}`);
    expect(offenders).toEqual([]);
  });

  it('recognises a statement, and ignores prose', () => {
    expect(firstStatement('const q = `select id from app_user where id = $1`;')).not.toBeNull();
    expect(firstStatement("run('update insights_refresh set x = 1')")).not.toBeNull();
    expect(firstStatement("const label = 'Choisissez un lieu';")).toBeNull();
  });
});
