import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildReport } from '../../../src/lib/build/build-report.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuiltSite {
  distDir: string;
  reportPath: string;
  /** The parsed `build-report.json` of this build. */
  report: BuildReport;
  output: string;
  /** Deletes the built site (call it in `afterAll`: a site can be hundreds of megabytes). */
  remove(): void;
}

/**
 * Runs a real `astro build` of a content folder into a temporary folder, with the
 * same environment variables a user sets. Rejects with the build's output on failure.
 */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const { child, out, distDir, reportPath } = spawnBuild(options);
  const remove = () => rmSync(out, { recursive: true, force: true });
  const output = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stdout.on('data', (d) => (log += plain(d)));
    child.stderr.on('data', (d) => (log += plain(d)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(log);
      remove();
      reject(new Error(`astro build exited ${code}:\n${log}`));
    });
  });
  const report: BuildReport = JSON.parse(readFileSync(reportPath, 'utf8'));
  return { distDir, reportPath, report, output, remove };
}

/**
 * Starts a build and kills it (SIGKILL, as a crash or a cancelled CI job would) as soon as its
 * output matches `when`; resolves once it is gone, with whether it was cut short.
 */
export function killBuild(options: BuildOptions, when: RegExp): Promise<boolean> {
  const { child, out } = spawnBuild(options);
  let log = '';
  let killed = false;
  const watch = (d: Buffer) => {
    log += plain(d);
    if (!killed && when.test(log)) killed = child.kill('SIGKILL');
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  return new Promise((resolve) =>
    child.on('close', () => {
      rmSync(out, { recursive: true, force: true });
      resolve(killed);
    }),
  );
}

/** Output as text: Astro colours its log where it thinks a terminal or a CI service reads it (`CI=true`). */
function plain(chunk: Buffer): string {
  return String(chunk).replace(/\u001b\[[0-9;]*m/g, '');
}

interface BuildOptions {
  contentDir: string;
  basePath?: string;
  siteUrl?: string;
  strict?: boolean;
  env?: Record<string, string>;
}

function spawnBuild(options: BuildOptions) {
  const out = mkdtempSync(join(tmpdir(), 'bao-tinh-site-'));
  const distDir = join(out, 'dist');
  const reportPath = join(out, 'build-report.json');
  const env = {
    ...withoutTestRunnerVariables(process.env),
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.siteUrl ?? 'https://bao-tinh.example',
    BUILD_REPORT: reportPath,
    STRICT: options.strict ? '1' : '',
    ...options.env,
  };
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', distDir], { cwd: root, env });
  return { child, out, distDir, reportPath };
}

/** Vitest exports Vite's own variables (`BASE_URL`, `MODE`, `NODE_ENV=test`...): a user's build has none of them. */
function withoutTestRunnerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete clean[key];
  for (const key of Object.keys(clean)) if (key.startsWith('VITEST')) delete clean[key];
  return clean;
}
