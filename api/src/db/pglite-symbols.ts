/**
 * PGlite links an extension's library at run time, and Emscripten's dlsym (the `_dlsym_js`
 * import of PGlite's WebAssembly) finds a symbol's position with
 * `Object.keys(library.exports).indexOf(name)`: a new array of every export of the library for
 * each lookup. PostgreSQL looks a C function up when it is created and when a session first
 * calls it; CREATE EXTENSION postgis creates about 750 of them, over PostGIS's tens of
 * thousands of exports. Measured quiet: 5.1 s of its 5.3 s went to those arrays; with the
 * keys of each exports object listed once and indexed, 0.26 s.
 */

/** The name PGlite's WebAssembly imports Emscripten's dlsym under (`__dlsym_js` in its JavaScript). */
export const DLSYM_IMPORT = '_dlsym_js';

type Lookup = (...args: never[]) => unknown;

/**
 * `lookup` with `Object.keys` answering, while it runs, from a list made once per object,
 * whose `indexOf` reads a map. A name the list lacks (an export added since) lists the keys
 * again. The lookup is synchronous: no other code runs while `Object.keys` is replaced.
 */
export function withIndexedObjectKeys<F extends Lookup>(lookup: F): F {
  const objectKeys = Object.keys;
  const listed = new WeakMap<object, string[]>();
  const indexedKeys = (target: object): string[] => {
    const known = listed.get(target);
    if (known) return known;
    const keys = objectKeys(target);
    const positions = new Map(keys.map((key, position) => [key, position]));
    keys.indexOf = (key: string) => {
      const position = positions.get(key);
      if (position !== undefined) return position;
      listed.delete(target);
      return objectKeys(target).indexOf(key);
    };
    listed.set(target, keys);
    return keys;
  };
  return ((...args: Parameters<F>) => {
    Object.keys = indexedKeys;
    try {
      return lookup(...args);
    } finally {
      Object.keys = objectKeys;
    }
  }) as F;
}

interface WasmImports {
  env: Record<string, unknown>;
}
interface EmscriptenOptions {
  instantiateWasm?: (imports: WasmImports, onInstantiated: (...args: never[]) => void) => unknown;
}

/** PGlite's Emscripten options with its dlsym wrapped by withIndexedObjectKeys. */
export function withFastSymbolLookup<T>(emscriptenOptions: T): T {
  const options = emscriptenOptions as T & EmscriptenOptions;
  const instantiate = options.instantiateWasm;
  if (!instantiate) return emscriptenOptions;
  return {
    ...options,
    instantiateWasm: (imports: WasmImports, onInstantiated: (...args: never[]) => void) => {
      const dlsym = imports.env[DLSYM_IMPORT];
      if (typeof dlsym === 'function')
        imports.env[DLSYM_IMPORT] = withIndexedObjectKeys(dlsym as Lookup);
      return instantiate(imports, onInstantiated);
    },
  };
}
