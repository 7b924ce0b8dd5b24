// The whole build of a folder of articles, as a user runs it: cold, then with no change, then
// after 100 new articles (dated this month, recombined from the folder's own articles when they
// have the baomoi shape). Prints wall time, peak memory summed over every process of the build
// (Node and Pagefind's binary), pages, and the build's own phase summary; rebuilds also as a
// share of the cold build. The folder is copied first, so its own cache and files stay untouched.
//   npx node bench/build.ts <content-dir> [--base /sub/] [--cold-only] [--from BAOMOI_DIR] [--keep-dist DIR]
// (--keep-dist keeps the last build's dist/, e.g. for bench/search-quality.ts --baomoi DIR)
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSiteConfig } from '../src/lib/site/site-config.ts';
import { projectRoot as root, startBuild } from '../tools/harness/build-site.ts';
import { makeArticles, readBaomoi } from './synthetic-articles.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const source = resolve(args[0] ?? 'content');
const basePath = option('--base') ?? '/';
const work = mkdtempSync(join(tmpdir(), 'bao-tinh-bench-'));
const contentDir = join(work, 'content');
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

async function build(label: string, cold?: number): Promise<number> {
  const started = performance.now();
  // The user's environment passes through (SEARCH_SHARD_PAGES, SEARCH_INDEX_JOBS, BUILD_VERBOSE...).
  const run = startBuild({ contentDir, basePath, outDir: work, siteUrl: process.env.SITE_URL ?? 'http://localhost:4321', strict: Boolean(process.env.STRICT) });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(run.child.pid!))), 100);
  const code = await run.exited;
  clearInterval(timer);
  const log = run.output();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${label} build failed:\n${log.slice(-3000)}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const html = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const share = cold ? ` (${((100 * seconds) / cold).toFixed(0)}% of cold)` : '';
  console.log(
    `${label}: ${seconds.toFixed(1)} s wall${share}, peak ${(peak / 2 ** 20).toFixed(0)} MB (all processes); ` +
      `${report.summary.files} files -> ${report.summary.pages} article pages, ${report.summary.skipped} skipped, ${html} HTML files`,
  );
  for (const line of log.split('\n').filter((l) => /\[progress\] wrote|search index: \d+ pages/.test(l))) console.log(`  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`);
  return seconds;
}

console.log(`content: ${source}`);
cpSync(source, contentDir, { recursive: true });
try {
  const cold = await build('cold build');
  if (!args.includes('--cold-only')) {
    await build('rebuild, no change', cold);
    const parts = await readBaomoi(option('--from') ?? contentDir);
    const month = new Date().toISOString().slice(0, 8);
    const fresh = makeArticles(parts, 100, { seed: 7, from: `${month}01`, to: new Date().toISOString().slice(0, 10), prefix: 'moi-' });
    for (const article of fresh) writeFileSync(join(contentDir, article.name), article.text);
    await build('rebuild, 100 new articles', cold);
  }
  const keep = option('--keep-dist');
  if (keep) {
    rmSync(keep, { recursive: true, force: true });
    cpSync(outDir, resolve(keep), { recursive: true });
  }
} finally {
  rmSync(readSiteConfig({ CONTENT_DIR: contentDir }, root).cacheDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
