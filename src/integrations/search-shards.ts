import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { INDEX_OPTIONS } from './index-shard.ts';
import { collectPages } from './built-pages.ts';
import type { AheadWork } from './index-ahead.ts';
import { inParallel, inParallelWithin } from '../lib/build/in-parallel.ts';
import { walkFolder } from '../lib/build/walk-folder.ts';
import { planShards, type FullTextShard } from '../lib/search/full-text-shards.ts';
import type { ShardList } from '../lib/search/shard-window.ts';

const INDEXER = fileURLToPath(new URL('./index-shard.ts', import.meta.url));
/** Files Pagefind writes that the search page never loads (its own UIs). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;
/** Links made at once per shard: one after another, 37,546 of them waited on the disk in turn. */
const LINKS_IN_FLIGHT = 16;
/**
 * Pages indexed at once, in target shards: two of the target size together, or the largest
 * (1.5 targets) with a small one, never two of the largest. An indexer's memory follows its
 * pages (about 1 GB at 4,500 baomoi pages), so this bounds the search index's memory.
 */
const TARGETS_AT_ONCE = 2.5;

export interface ShardReport {
  pages: number;
  shards: number;
  reused: number;
}

/**
 * Indexes `dist/` into full-text shards under `dist/pagefind/s/<key>/` plus `shards.json`, the
 * list the search page merges, newest shard first. Shards are indexed `jobs` at a time (together at
 * most TARGETS_AT_ONCE shards' worth of pages), each by a Pagefind process that ends with it, so
 * memory follows the shard size, not the site. From the indexer that ran ahead (AheadWork): the
 * shard it is still indexing is waited for, not indexed again, and the pages it read are not read
 * again. A shard whose pages are unchanged is copied from `cacheDir`; a new one is written there
 * under a temporary name and renamed, so a killed build never leaves a half-written shard to reuse.
 */
export async function writeSearchShards(
  outDir: string,
  cacheDir: string,
  target: number,
  jobs: number,
  log: (line: string) => void,
  { read: known, underWay, remembered }: AheadWork = { read: new Map(), underWay: new Map() },
): Promise<ShardReport> {
  const { pages, read } = await collectPages(outDir, cacheDir, known, await remembered);
  log(`search index: ${read} pages read, the others unchanged since they were read`);
  const shards = planShards(pages, target, indexSalt());
  const store = join(cacheDir, 'search-shards');
  await mkdir(store, { recursive: true });
  let reused = 0;
  // Each shard in its own process: memory follows the pages under way, not the site.
  // The shard under way first: it holds an indexer already, which `jobs` and the budget count.
  const order = shards.map((shard, n) => ({ shard, n })).sort((a, b) => Number(underWay.has(b.shard.key)) - Number(underWay.has(a.shard.key)));
  await inParallelWithin(order, jobs, target * TARGETS_AT_ONCE, ({ shard }) => shard.pages.length, async ({ shard, n }) => {
    const cached = join(store, shard.key);
    await underWay.get(shard.key);
    const reuse = existsSync(cached);
    if (reuse) reused++;
    else await indexShard(outDir, shard, cached);
    log(`search shard ${n + 1}/${shards.length}: ${shard.pages.length} pages, ${reuse ? 'unchanged (reused)' : 'indexed'}`);
  });
  // Linking is file work, not memory: every shard at once.
  await inParallel(shards, shards.length, (shard) => linkTree(join(store, shard.key), join(outDir, 'pagefind', 's', shard.key)));
  // Half the target: the newest shard alone (each holds at least that), about 100 KB gzip of index
  // per query word on baomoi's articles; the reader asks for older ones.
  const manifest: ShardList = { shards: shards.map((s) => `s/${s.key}/`), pages: shards.map((s) => s.pages.length), firstPages: Math.ceil(target / 2) };
  await mkdir(join(outDir, 'pagefind'), { recursive: true });
  await writeFile(join(outDir, 'pagefind', 'shards.json'), JSON.stringify(manifest));
  // A shard indexed ahead under another key (its pages changed since) must land before the prune.
  await Promise.all(underWay.values());
  await pruneStore(store, new Set(shards.map((s) => s.key)));
  return { pages: pages.length, shards: shards.length, reused };
}

/**
 * Indexes a shard in a child process (index-shard.ts), into a temporary folder renamed into the
 * cache once whole, so a killed build never leaves a half-written shard to reuse; and only if
 * `stillSame` says the pages are still those the key was made from.
 */
export async function indexShard(outDir: string, shard: FullTextShard, target: string, stillSame = async () => true): Promise<boolean> {
  const temp = `${target}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  const child = spawn(process.execPath, [INDEXER], { stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(JSON.stringify({ outDir, urls: shard.pages.map((p) => p.url), output: temp }));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`search index: shard ${shard.key} failed (${code}): ${stderr.trim()}`);
  for (const name of await readdir(temp)) if (UNUSED.test(name)) await rm(join(temp, name));
  // A page rewritten while it was indexed would file its new text under its old key.
  if (!(await stillSame())) {
    await rm(temp, { recursive: true, force: true });
    return false;
  }
  await rename(temp, target);
  return true;
}

/**
 * Puts a cached shard into `dist/` as hard links (no bytes copied: a shard of 5,000 pages is
 * thousands of files), or as copies where links cannot be made (another file system). Nothing
 * writes into either side afterwards: a new shard is a new folder.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const { files, folders } = await walkFolder(from);
  await mkdir(to, { recursive: true });
  // Recursive: a folder's parents are made with it, whatever order the walk gave.
  for (const folder of folders) await mkdir(join(to, folder), { recursive: true });
  await inParallel(files, LINKS_IN_FLIGHT, (file) => link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file))));
}

/** Cached shards this build no longer uses are deleted, so the cache stays the size of one site. */
async function pruneStore(store: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(store)) {
    if (!keep.has(name)) await rm(join(store, name), { recursive: true, force: true });
  }
}

/** Pagefind's version and options, and the indexer's own code: a change to any re-indexes every shard. */
export function indexSalt(): string {
  const pkg = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version as string;
  const indexer = createHash('sha256').update(readFileSync(INDEXER)).digest('hex');
  return `pagefind ${version} ${JSON.stringify(INDEX_OPTIONS)} indexer ${indexer}`;
}

