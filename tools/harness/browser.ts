/**
 * Headless Chromium for the e2e tests, with no browser download and no apt.
 *
 * Where the browser comes from, in order:
 *  1. `CHROME_PATH` (any Chromium/Chrome binary, e.g. Debian's /usr/bin/chromium).
 *     Used as is, with the machine's own libraries and fonts. If it is set but
 *     not an executable file, launching fails: it never falls back silently.
 *  2. The npm devDependency `@sparticuz/chromium` (a chrome-headless-shell build
 *     for AWS Lambda, x64 Linux only). We unpack its brotli archives ourselves
 *     (not with its `executablePath()`, see below) into a versioned cache dir:
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
 *
 * Why not `chromium.executablePath()` from the package: it unpacks to the fixed
 * /tmp/chromium with no locking (two Vitest workers starting at once can run a
 * half-written binary, or hit ETXTBSY), it returns an existing /tmp/chromium even
 * when that came from another package version, and on Debian it does not set up
 * the libs or fonts (it only does that on Amazon Linux). Nor do we use its
 * `chromium.args`: they are for Lambda (--single-process, --disable-web-security,
 * --allow-running-insecure-content...), which would make tests lie about CORS etc.
 *
 * Concurrency: one extraction per process (memoised promise); across processes
 * each extractor unpacks into its own staging dir and `rename()`s it into place
 * atomically; the loser deletes its copy and uses the winner's.
 *
 * A fresh --user-data-dir: Playwright's `launch()` always creates a new empty
 * profile dir in os.tmpdir() and deletes it on `browser.close()` (it refuses a
 * --user-data-dir in args), so every launch is fresh.
 */
import { createReadStream, createWriteStream, existsSync, statSync, accessSync, constants as fsc } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Flags that keep Chromium off the network and quiet (the machine has no network). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export interface ResolvedChromium {
  executablePath: string;
  /** Environment for the browser process, or undefined to inherit process.env. */
  env?: Record<string, string>;
  source: 'CHROME_PATH' | '@sparticuz/chromium';
}

const MARKER = '.bao-tinh-complete';
const STALE_STAGING_MS = 15 * 60 * 1000;

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
  return unpackSparticuz();
}

async function unpackSparticuz(): Promise<ResolvedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `@sparticuz/chromium only ships a linux-x64 Chromium (this is ${process.platform}-${process.arch}). ` +
        'Set CHROME_PATH to a local Chromium/Chrome binary to run the e2e tests.',
    );
  }
  let entry: string;
  const require = createRequire(import.meta.url);
  try {
    entry = require.resolve('@sparticuz/chromium'); // <pkg>/build/index.js (v153), build/cjs/index.cjs (v147)
  } catch {
    throw new Error(
      'No browser for the e2e tests: CHROME_PATH is not set and @sparticuz/chromium is not installed. ' +
        'Run `npm install` (it is a devDependency) or set CHROME_PATH to a Chromium binary.',
    );
  }
  // Walk up from the entry file to the package root (its layout changes between versions).
  let pkgDir = dirname(entry);
  while (!existsSync(join(pkgDir, 'bin', 'chromium.br'))) {
    const up = dirname(pkgDir);
    if (up === pkgDir) throw new Error(`@sparticuz/chromium at ${entry} has no bin/chromium.br: reinstall it.`);
    pkgDir = up;
  }
  const binDir = join(pkgDir, 'bin');
  const version = (JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const brSize = statSync(join(binDir, 'chromium.br')).size;

  const finalDir =
    process.env['BAO_TINH_CHROMIUM_DIR'] || join(tmpdir(), `bao-tinh-chromium-${version}-${brSize}`);
  const result = (): ResolvedChromium => ({
    executablePath: join(finalDir, 'chromium'),
    source: '@sparticuz/chromium',
    env: childEnv(finalDir),
  });

  if (existsSync(join(finalDir, MARKER))) return result();

  await sweepStaleStaging(finalDir);
  const staging = `${finalDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(staging, { recursive: true });
    // tar-fs is @sparticuz/chromium's own dependency: resolve it from there.
    const tarFs = createRequire(entry)('tar-fs') as {
      extract(dir: string, opts?: { chown?: boolean }): NodeJS.WritableStream;
    };
    const unbrotli = () => createBrotliDecompress({ chunkSize: 2 ** 21 });
    await Promise.all([
      pipeline(createReadStream(join(binDir, 'chromium.br')), unbrotli(), createWriteStream(join(staging, 'chromium'), { mode: 0o755 })),
      pipeline(createReadStream(join(binDir, 'swiftshader.tar.br')), unbrotli(), tarFs.extract(staging, { chown: false })),
      pipeline(createReadStream(join(binDir, 'al2023.tar.br')), unbrotli(), tarFs.extract(staging, { chown: false })), // -> lib/
      pipeline(createReadStream(join(binDir, 'fonts.tar.br')), unbrotli(), tarFs.extract(join(staging, 'fontpack'), { chown: false })),
    ]);
    // Paths inside point at finalDir: valid once the rename below is done.
    await writeFile(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${xmlEscape(join(finalDir, 'fontpack', 'fonts'))}</dir>
  <cachedir>${xmlEscape(join(finalDir, 'fontconfig-cache'))}</cachedir>
</fontconfig>
`,
    );
    await writeFile(join(staging, MARKER), `${version}\n`);
    try {
      await rename(staging, finalDir);
    } catch (err) {
      // Another process won the race (ENOTEMPTY/EEXIST); use its copy.
      if (!existsSync(join(finalDir, MARKER))) {
        throw new Error(
          `Could not move unpacked Chromium into ${finalDir} (${(err as Error).message}). ` +
            'If that directory is left over from an interrupted run, delete it.',
        );
      }
    }
  } catch (err) {
    throw new Error(`Unpacking @sparticuz/chromium ${version} failed: ${(err as Error).message}`, { cause: err });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return result();
}

function childEnv(dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const lib = join(dir, 'lib');
  env['LD_LIBRARY_PATH'] = env['LD_LIBRARY_PATH'] ? `${lib}:${env['LD_LIBRARY_PATH']}` : lib;
  env['FONTCONFIG_PATH'] = dir;
  delete env['FONTCONFIG_FILE'];
  return env;
}

/** Remove staging dirs of our own that a killed process left behind (~220 MB each). */
async function sweepStaleStaging(finalDir: string): Promise<void> {
  const parent = dirname(finalDir);
  const prefix = `${finalDir.slice(parent.length + 1)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix))
      .map(async (n) => {
        try {
          const s = await stat(join(parent, n));
          if (Date.now() - s.mtimeMs > STALE_STAGING_MS) await rm(join(parent, n), { recursive: true, force: true });
        } catch {
          /* already gone */
        }
      }),
  );
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Launch headless Chromium (playwright-core) with the offline flags.
 * `options` are merged into Playwright's launch options (extra `args` are appended).
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await resolveChromium();
  const { args: extraArgs = [], env, ...rest } = options;
  try {
    return await chromium.launch({
      timeout: 60_000,
      ...rest,
      executablePath: resolved.executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      env: env ?? resolved.env,
    });
  } catch (err) {
    throw new Error(
      `Could not launch Chromium from ${resolved.source} (${resolved.executablePath}): ${(err as Error).message}\n` +
        (resolved.source === 'CHROME_PATH'
          ? 'Check CHROME_PATH, or unset it to use @sparticuz/chromium.'
          : 'Set CHROME_PATH to another Chromium binary, or delete the unpacked dir above and retry.'),
      { cause: err },
    );
  }
}
