// The browser of the journeys, from the package registries only (never a download of its own):
// - CHROMIUM_PATH when set (e.g. Debian's /usr/bin/chromium);
// - otherwise the headless Chromium shipped inside the npm package @sparticuz/chromium (a root
//   devDependency), unpacked once into node_modules/.cache with the few system libraries it
//   needs (NSS, NSPR, expat: from the same package) and a font, so that a machine with nothing
//   but Node and npm can run it.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const PACKAGE = '@sparticuz/chromium';

/**
 * @returns {{ executablePath: string, label: string }} the browser to launch; `label` says
 * which, in one short phrase.
 */
export function resolveChromium() {
  if (process.env.CHROMIUM_PATH) {
    return {
      executablePath: process.env.CHROMIUM_PATH,
      label: `CHROMIUM_PATH (${process.env.CHROMIUM_PATH})`,
    };
  }
  // A root devDependency: npm installs it at the root's node_modules.
  const packageDir = join(root, 'node_modules', PACKAGE);
  if (!existsSync(join(packageDir, 'bin', 'chromium.br'))) {
    throw new Error(
      `${PACKAGE} is not installed: run \`npm install\` at the repository's root, or set CHROMIUM_PATH.`,
    );
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const dir = join(root, 'node_modules', '.cache', `passculture-chromium-${version}`);
  const wrapper = join(dir, 'chromium-headless');
  if (!existsSync(wrapper)) unpack(join(packageDir, 'bin'), dir, wrapper);
  return {
    executablePath: wrapper,
    label: `Chromium ${version.split('.')[0]} du paquet npm ${PACKAGE}`,
  };
}

/** Unpacks into a temporary folder then renames it, so that two runs never see half a browser. */
function unpack(binDir, dir, wrapper) {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(
    join(partial, 'chromium'),
    brotliDecompressSync(readFileSync(join(binDir, 'chromium.br'))),
  );
  chmodSync(join(partial, 'chromium'), 0o755);
  for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
    const tar = spawnSync('tar', ['-x', '--no-same-owner', '-C', partial], {
      input: brotliDecompressSync(readFileSync(join(binDir, archive))),
    });
    if (tar.status !== 0) throw new Error(`tar could not unpack ${archive}: ${tar.stderr}`);
  }
  // The package's own fonts.conf names Lambda's folders: ours names the unpacked font and the
  // system's fonts when there are any.
  writeFileSync(
    join(partial, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${join(dir, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
      `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  // Playwright launches one executable: a wrapper gives it the libraries and fonts beside it.
  writeFileSync(
    join(partial, 'chromium-headless'),
    `#!/bin/sh\n` +
      `export LD_LIBRARY_PATH="${join(dir, 'lib')}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"\n` +
      `export FONTCONFIG_PATH="${dir}"\n` +
      `exec "${join(dir, 'chromium')}" "$@"\n`,
  );
  chmodSync(join(partial, 'chromium-headless'), 0o755);
  try {
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(wrapper)) throw error;
  }
}
