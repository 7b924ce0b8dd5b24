import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pageFileOf, planShards, shardKey, type IndexedPage } from '../lib/search/full-text-shards.ts';
import { forgetPlannedPages, plannedPages, type PlannedPage } from '../lib/search/planned-pages.ts';
import { indexShard, indexSalt } from './search-shards.ts';
import { indexedPageOf, rememberedPages, type ReadPage } from './built-pages.ts';
import { fileStamp } from '../lib/build/file-stamp.ts';
import { inParallel } from '../lib/build/in-parallel.ts';

const POLL_MS = 500;
const PAGES_IN_FLIGHT = 32;

/** What the final pass takes from the indexer that ran ahead. */
export interface AheadWork {
  /** The pages read whole so far (by URL): the final pass need not read them again. */
  read: ReadonlyMap<string, ReadPage>;
  /** The shard still being indexed (by key): it goes on, and the final pass waits for it rather than indexing it again. */
  underWay: ReadonlyMap<string, Promise<boolean>>;
  /** The pages the last build read (rememberedPages), read once for both passes. */
  remembered?: Promise<ReadonlyMap<string, ReadPage>>;
}

export interface IndexAhead {
  /** Stops waiting for pages. Says how many shards were indexed, and what the final pass takes over. */
  stop(): Promise<AheadWork & { indexed: number }>;
}

/**
 * Indexes full-text shards while Astro is still writing pages, on the core Astro leaves idle.
 * Article pages are rendered newest first and shards are cut newest first, so each shard's pages
 * are complete long before the last page is written. The plan comes from the pages the article
 * route announces; a shard is indexed once all its pages are written whole (they end in `</html>`)
 * and put into the shard cache under the key the final pass (writeSearchShards) computes from the
 * same pages, which then finds it there. Nothing here decides the output: a wrong guess (a page
 * missing, another date) only means the final pass indexes that shard itself.
 */
export function indexAhead(outDir: string, cacheDir: string, target: number): IndexAhead {
  let stopped = false;
  let indexed = 0;
  const read = new Map<string, ReadPage>();
  const underWay = new Map<string, Promise<boolean>>();
  const stopAsked = Promise.withResolvers<void>();
  // A page kept in place since the last build read it is not read again: a rebuild that renders
  // a few thousand pages of fifty thousand would otherwise read them all on Astro's thread.
  const remembering = rememberedPages(cacheDir);
  const run = async () => {
    let planned: PlannedPage[] | undefined;
    while (!(planned = plannedPages())) {
      if (stopped) return;
      await sleep();
    }
    const salt = indexSalt();
    const store = join(cacheDir, 'search-shards');
    const remembered = await remembering;
    for (const group of planShards(planned.map((p) => ({ ...p, digest: '' })), target, salt)) {
      // Many reads at once: one after another, each waits its turn on the thread Astro renders on.
      const pages: IndexedPage[] = new Array(group.pages.length);
      let missing = false;
      await inParallel(group.pages, PAGES_IN_FLIGHT, async (page, n) => {
        const built = missing ? null : await waitForPage(outDir, page, remembered, () => stopped || missing);
        if (!built?.page) missing = true;
        else {
          pages[n] = built.page;
          read.set(page.url, built);
        }
      });
      if (missing) return;
      const key = shardKey(pages, salt);
      const cached = join(store, key);
      if (existsSync(cached)) continue;
      // Once the pages are all written, the final pass indexes the rest, `jobs` at a time.
      if (stopped) return;
      await mkdir(store, { recursive: true });
      // By digest, not by stamp: a page rewritten with the same indexed part (only its sidebar moved)
      // keeps the shard, and a stamp taken while Astro was still writing the page would not match.
      const unchanged = async () => {
        let same = true;
        await inParallel(pages, PAGES_IN_FLIGHT, async (p) => {
          if ((await readPage(outDir, p.url))?.page?.digest !== p.digest) same = false;
        });
        return same;
      };
      // A failure costs time, not correctness: the final pass indexes the shard itself.
      const indexing = indexShard(outDir, { key, pages }, cached, unchanged).catch(() => false);
      underWay.set(key, indexing);
      await Promise.race([indexing, stopAsked.promise]);
      if (stopped) return;
      underWay.delete(key);
      if (await indexing) indexed++;
    }
  };
  // A failure here costs time, not correctness: the final pass indexes what is missing.
  const running = run().catch(() => {});
  return {
    async stop() {
      stopped = true;
      stopAsked.resolve();
      await running;
      forgetPlannedPages();
      return { indexed, read, underWay, remembered: remembering };
    },
  };
}

/** The page once written whole, or null when it never comes or is not what was announced. */
async function waitForPage(outDir: string, page: PlannedPage, remembered: ReadonlyMap<string, ReadPage>, stopped: () => boolean): Promise<ReadPage | null> {
  for (;;) {
    const built = await readPage(outDir, page.url, remembered);
    if (built !== undefined) return built.page && built.page.url === page.url && built.page.date === page.date ? built : null;
    if (stopped()) return null;
    await sleep();
  }
}

/**
 * A page of `dist/` as indexed (null when it is not indexed) with the file's stamp taken before
 * it was read; undefined until it is written whole. A page kept from the last build may be read
 * before Astro renders it again: its stamp then differs and the final pass reads it again. One
 * with the stamp it had when the last build read it is that read (`remembered`).
 */
async function readPage(outDir: string, url: string, remembered?: ReadonlyMap<string, ReadPage>): Promise<ReadPage | undefined> {
  const file = pageFileOf(outDir, url);
  const stamp = await fileStamp(file);
  const before = remembered?.get(url);
  if (stamp !== null && before?.stamp === stamp) return before;
  const html = await readFile(file, 'utf8').catch(() => '');
  return html.trimEnd().endsWith('</html>') ? { page: indexedPageOf(relative(outDir, file), html), stamp } : undefined;
}

const sleep = () => new Promise((done) => setTimeout(done, POLL_MS));
