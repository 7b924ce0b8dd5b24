/**
 * Unpacking `@sparticuz/chromium` (see chromium.ts for where the browser comes from).
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
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { randomBytes } from 'node:crypto';

const MARKER = '.bao-tinh-complete';
const STALE_STAGING_MS = 15 * 60 * 1000;

/**
 * The Chromium of `@sparticuz/chromium`, unpacked on first use into a versioned cache folder, with
 * the environment the browser process needs to find its libraries and fonts there.
 */
export async function unpackSparticuz(): Promise<{ executablePath: string; env: Record<string, string> }> {
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
  const result = () => ({ executablePath: join(finalDir, 'chromium'), env: childEnv(finalDir) });

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
