/**
 * Where the tests' and benches' headless Chromium comes from (launchBrowser in browser.ts runs it),
 * with no browser download and no apt. In order:
 *  1. `CHROME_PATH` (any Chromium/Chrome binary, e.g. Debian's /usr/bin/chromium).
 *     Used as is, with the machine's own libraries and fonts. If it is set but
 *     not an executable file, launching fails: it never falls back silently.
 *  2. The npm devDependency `@sparticuz/chromium` (a chrome-headless-shell build
 *     for AWS Lambda, x64 Linux only). We unpack its brotli archives ourselves
 *     (not with its `executablePath()`: see unpack-sparticuz.ts) into a versioned cache dir:
 *       $BAO_TINH_CHROMIUM_DIR, default <os.tmpdir()>/bao-tinh-chromium-<version>-<size>/
 *         chromium              the browser
 *         lib/                  NSS/NSPR/expat from the package's al2023.tar.br
 *         libEGL.so, ...        SwiftShader, next to the binary (where Chromium looks)
 *         fontpack/fonts/...    Open Sans (Regular/Bold/Italic, has every Vietnamese glyph)
 *         fonts.conf            fontconfig file listing only those fonts
 *     and the browser process gets LD_LIBRARY_PATH=<dir>/lib and
 *     FONTCONFIG_PATH=<dir> (only the child's env; process.env is not touched).
 *     So it needs nothing from the OS beyond glibc/libgcc (Debian's base), and text
 *     renders the same on every machine whatever fonts are installed.
 */
import { accessSync, constants as fsc, statSync } from 'node:fs';
import { unpackSparticuz } from './unpack-sparticuz.ts';

export interface ResolvedChromium {
  executablePath: string;
  /** Environment for the browser process, or undefined to inherit process.env. */
  env?: Record<string, string>;
  source: 'CHROME_PATH' | '@sparticuz/chromium';
}

let resolving: Promise<ResolvedChromium> | undefined;

/** Find (and on first use unpack) the Chromium to run. Safe to call concurrently. */
export function resolveChromium(): Promise<ResolvedChromium> {
  resolving ??= doResolve().catch((err: unknown) => {
    resolving = undefined; // let a later call retry
    throw err;
  });
  return resolving;
}

async function doResolve(): Promise<ResolvedChromium> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    try {
      accessSync(fromEnv, fsc.X_OK);
      if (!statSync(fromEnv).isFile()) throw new Error('not a file');
    } catch (err) {
      throw new Error(
        `CHROME_PATH=${fromEnv} is not an executable file (${(err as Error).message}). ` +
          'Unset CHROME_PATH to use the Chromium from the npm package @sparticuz/chromium.',
      );
    }
    return { executablePath: fromEnv, source: 'CHROME_PATH' };
  }
  return { ...(await unpackSparticuz()), source: '@sparticuz/chromium' };
}
