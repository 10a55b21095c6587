import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The api's import graph, read from the sources with TypeScript's own pre-processor:
 * no file may reach itself through its imports, and no domain module may reach itself
 * through other modules (api/src/modules/<domain>/). Type-only imports count too: a
 * cycle of types is a cycle of meaning.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
}

const FILES = sourceFiles(SRC);
const FILE_GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

function moduleOf(file: string): string | null {
  const match = /^modules\/([^/]+)\//.exec(relative(SRC, file));
  return match ? match[1]! : null;
}

const MODULE_GRAPH = new Map<string, Set<string>>();
for (const [file, imports] of FILE_GRAPH) {
  const from = moduleOf(file);
  if (!from) continue;
  const targets = MODULE_GRAPH.get(from) ?? new Set<string>();
  for (const to of imports.map(moduleOf)) if (to && to !== from) targets.add(to);
  MODULE_GRAPH.set(from, targets);
}

/** Every cycle's path, found by depth-first search (each reported once, from its smallest node). */
function cycles(graph: Map<string, Iterable<string>>): string[][] {
  const found = new Map<string, string[]>();
  const visit = (node: string, path: string[], onPath: Set<string>) => {
    for (const next of graph.get(node) ?? []) {
      if (onPath.has(next)) {
        const cycle = path.slice(path.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!found.has(key)) found.set(key, [...cycle, next]);
        continue;
      }
      if (!graph.has(next) || path.length > 12) continue;
      onPath.add(next);
      visit(next, [...path, next], onPath);
      onPath.delete(next);
    }
  };
  for (const start of graph.keys()) visit(start, [start], new Set([start]));
  return [...found.values()];
}

describe('the module graph', () => {
  it('has no file-level import cycle', () => {
    const named = cycles(FILE_GRAPH).map((cycle) => cycle.map((f) => relative(SRC, f)).join(' → '));
    expect(named).toEqual([]);
  });

  it('has no cycle between domain modules', () => {
    const named = cycles(MODULE_GRAPH).map((cycle) => cycle.join(' → '));
    expect(named).toEqual([]);
  });

  it('reads the graph it checks (a module imports another)', () => {
    expect(MODULE_GRAPH.get('booking')?.size).toBeGreaterThan(0);
  });
});
