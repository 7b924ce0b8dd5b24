// Builds a folder of articles twice (cold, then with no change) and prints wall time,
// peak memory of the whole build (Node plus the Pagefind binary) and page counts.
//   npx node bench/build.ts <content-dir> [--base /sub/]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSiteConfig } from '../src/lib/site-config.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const contentDir = resolve(process.argv[2] ?? 'content');
const baseIndex = process.argv.indexOf('--base');
const basePath = baseIndex > 0 ? process.argv[baseIndex + 1] : '/';
// A folder of its own, so two benchmark runs never write into each other's output.
const work = mkdtempSync(join(tmpdir(), 'bao-tinh-bench-'));
const outDir = join(work, 'dist');
const reportPath = join(work, 'build-report.json');

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const child of children) total += treeRss(Number(child));
  } catch {
    // The process ended between two reads.
  }
  return total;
}

async function build(label: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, BASE_PATH: basePath, BUILD_REPORT: reportPath };
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: root, env });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${label} build failed:\n${log.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const stage = (pattern: RegExp) => Number(pattern.exec(log)?.[1] ?? NaN);
  const read = stage(/read \d+ files in ([\d.]+) s/);
  const related = stage(/\[related\] \d+ articles in ([\d.]+) s/);
  const html = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  console.log(
    `${label}: ${seconds.toFixed(1)} s wall, peak ${(peak / 2 ** 20).toFixed(0)} MB; ` +
      `${report.summary.files} files -> ${report.summary.pages} article pages, ${report.summary.skipped} skipped, ${html} HTML files; ` +
      `read+parse ${read.toFixed(1)} s (${((100 * read) / seconds).toFixed(1)}%), related ${related.toFixed(1)} s (${((100 * related) / seconds).toFixed(1)}%)`,
  );
}

rmSync(readSiteConfig({ CONTENT_DIR: contentDir }, root).cacheDir, { recursive: true, force: true });
console.log(`content: ${contentDir}`);
try {
  await build('cold build');
  await build('rebuild, no change');
} finally {
  rmSync(work, { recursive: true, force: true });
}
