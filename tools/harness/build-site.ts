/**
 * The one way tests and benchmarks build a site: a real `astro build` in a child process, with the
 * environment variables a user sets. A child process rather than Astro's programmatic `build()`:
 * the configuration is read from the environment when the project's modules load, so two builds in
 * one process would share module state; and a child can be killed (as a crash would) and measured
 * (peak memory of its process tree).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildReport } from '../../src/lib/build/build-report.ts';

/** The project's root folder (where astro.config.mjs is). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Astro's command line, run with this Node. */
export const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  contentDir: string;
  basePath?: string;
  siteUrl?: string;
  strict?: boolean;
  env?: Record<string, string>;
  /** Where dist/ and build-report.json go; a new temporary folder by default. */
  outDir?: string;
}

export interface BuiltSite {
  /** The folder holding dist/ and build-report.json. */
  out: string;
  distDir: string;
  reportPath: string;
  /** The parsed `build-report.json` of this build. */
  report: BuildReport;
  output: string;
  /** Deletes the built site (call it in `afterAll`: a site can be hundreds of megabytes). */
  remove(): void;
}

/** A build under way: its process, where it writes, and its output (without colours) so far. */
export interface RunningBuild {
  child: ChildProcess;
  out: string;
  distDir: string;
  reportPath: string;
  output(): string;
  /** Resolves with the exit code once the process is gone. */
  exited: Promise<number>;
}

/** Starts `astro build` of a content folder; `onOutput` sees the output as it comes. */
export function startBuild(options: BuildOptions, onOutput?: (log: string) => void): RunningBuild {
  const out = options.outDir ?? mkdtempSync(join(tmpdir(), 'bao-tinh-site-'));
  mkdirSync(out, { recursive: true });
  const distDir = join(out, 'dist');
  const reportPath = join(out, 'build-report.json');
  const env = siteEnv(options, reportPath);
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', distDir], { cwd: projectRoot, env });
  let log = '';
  const collect = (chunk: Buffer) => {
    log += plain(chunk);
    onOutput?.(log);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { child, out, distDir, reportPath, output: () => log, exited };
}

/** Builds a content folder; rejects with the build's output on failure (and removes what it wrote). */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const run = startBuild(options);
  const remove = () => rmSync(run.out, { recursive: true, force: true });
  const code = await run.exited;
  if (code !== 0) {
    if (!options.outDir) remove();
    throw new Error(`astro build exited ${code}:\n${run.output()}`);
  }
  const report: BuildReport = JSON.parse(readFileSync(run.reportPath, 'utf8'));
  return { out: run.out, distDir: run.distDir, reportPath: run.reportPath, report, output: run.output(), remove };
}

/**
 * Starts a build and kills it (SIGKILL, as a crash or a cancelled CI job would) as soon as its
 * output matches `when`; resolves once it is gone, with whether it was cut short. What it wrote
 * stays when `outDir` is given, as a crash leaves it for the next build.
 */
export async function killBuild(options: BuildOptions, when: RegExp): Promise<boolean> {
  let killed = false;
  const run = startBuild(options, (log) => {
    if (!killed && when.test(log)) killed = run.child.kill('SIGKILL');
  });
  await run.exited;
  if (!options.outDir) rmSync(run.out, { recursive: true, force: true });
  return killed;
}

/** The environment a user sets for a build (or the dev server) of a content folder. */
export function siteEnv(options: BuildOptions, reportPath: string): NodeJS.ProcessEnv {
  return {
    ...withoutTestRunnerVariables(process.env),
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.siteUrl ?? 'https://bao-tinh.example',
    BUILD_REPORT: reportPath,
    STRICT: options.strict ? '1' : '',
    ...options.env,
  };
}

/** Output as text: Astro colours its log where it thinks a terminal or a CI service reads it (`CI=true`). */
export function plain(chunk: Buffer): string {
  return String(chunk).replace(/\u001b\[[0-9;]*m/g, '');
}

/** Vitest exports Vite's own variables (`BASE_URL`, `MODE`, `NODE_ENV=test`...): a user's build has none of them. */
function withoutTestRunnerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete clean[key];
  for (const key of Object.keys(clean)) if (key.startsWith('VITEST')) delete clean[key];
  return clean;
}
