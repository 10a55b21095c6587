import { describe, expect, it, vi } from 'vitest';
import {
  DLSYM_IMPORT,
  withFastSymbolLookup,
  withIndexedObjectKeys,
} from '../../src/db/pglite-symbols.js';

// The shape of Emscripten's dlsym: the position of a name among a library's exports.
const positionOf = (exports: Record<string, unknown>, name: string) =>
  Object.keys(exports).indexOf(name);

describe('withIndexedObjectKeys', () => {
  it('answers as the lookup does, listing each object once, and restores Object.keys', () => {
    const exports: Record<string, unknown> = { a: 1, b: 2, c: 3 };
    const keys = vi.spyOn(Object, 'keys');
    const lookup = withIndexedObjectKeys(positionOf);
    expect([lookup(exports, 'c'), lookup(exports, 'a'), lookup(exports, 'zz')]).toEqual([2, 0, -1]);
    // One real listing for the first lookup, and one for the missing name.
    expect(keys).toHaveBeenCalledTimes(2);
    keys.mockRestore();
    expect(Object.keys({ x: 1 })).toEqual(['x']);
    expect(Object.keys({ x: 1 }).indexOf('x')).toBe(0);
  });

  it('finds an export added after the object was listed, at its real position', () => {
    const exports: Record<string, unknown> = { a: 1 };
    const lookup = withIndexedObjectKeys(positionOf);
    expect(lookup(exports, 'a')).toBe(0);
    exports.b = 2;
    expect(lookup(exports, 'b')).toBe(1);
    expect(lookup(exports, 'a')).toBe(0);
  });

  it('restores Object.keys when the lookup throws', () => {
    const objectKeys = Object.keys;
    const failing = withIndexedObjectKeys(() => {
      throw new Error('no such library');
    });
    expect(() => failing()).toThrow('no such library');
    expect(Object.keys).toBe(objectKeys);
  });
});

describe('withFastSymbolLookup', () => {
  it('wraps the dlsym import handed to PGlite’s instantiation, and only it', async () => {
    const dlsym = (exports: Record<string, unknown>, name: string) => positionOf(exports, name);
    const other = () => 0;
    const seen: Record<string, unknown>[] = [];
    const options = withFastSymbolLookup({
      other: true,
      instantiateWasm: (imports: { env: Record<string, unknown> }, onReady: () => void) => {
        seen.push({ ...imports.env });
        onReady();
      },
    });
    expect(options.other).toBe(true);
    options.instantiateWasm({ env: { [DLSYM_IMPORT]: dlsym, other } }, () => undefined);
    const wrapped = seen[0]![DLSYM_IMPORT] as typeof dlsym;
    expect(wrapped).not.toBe(dlsym);
    expect(wrapped({ x: 1, y: 2 }, 'y')).toBe(1);
    expect(seen[0]!.other).toBe(other);
  });

  it('leaves options without an instantiation hook as they are', () => {
    const options = { arguments: [] };
    expect(withFastSymbolLookup(options)).toBe(options);
  });
});
