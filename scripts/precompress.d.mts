export interface Precompressed {
  file: string;
  raw: number;
  br: number | null;
  gz: number | null;
}
/** Writes `.br` and `.gz` copies beside the compressible files under `dir`. */
export function precompress(dir: string): Promise<Precompressed[]>;
