/**
 * Search's full-text tier: Pagefind over headline, lede, body and captions, with filters and
 * sorting. Imported on first use only. The index is split into shards, newest first; a search
 * reads the newest ones and merges older shards in only when it runs out of results, so a first
 * search costs a fraction of the index however large the archive.
 */
import { planSearch } from '../lib/search/query.ts';
import { searchFullText } from '../lib/search/full-text-rank.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search/options.ts';
import { widenWindow, type ShardList } from '../lib/search/shard-window.ts';
import type { SearchState } from '../lib/search/url-state.ts';
import type { ResultFeed } from './result-feed.ts';
import type { ResultData } from './search-render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData & { content?: string }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(path: string, o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] }>;
}

/** The filter each shard's results carry (Pagefind's `mergeFilter`), to search one shard at a time. */
const SHARD = 'shard';

/** Full-text results, with how much of the archive they come from. */
export interface FullTextFeed extends ResultFeed {
  /** Pages searched so far, newest first. */
  readonly searched: number;
  /** Pages in the whole index. */
  readonly total: number;
  widen(): Promise<void>;
}

export interface PagefindTier {
  /** Searches; results whose URL is in `skip` (shown by an earlier tier) are left out. */
  search(state: SearchState, skip: ReadonlySet<string>): Promise<FullTextFeed>;
}

/** Pagefind loaded from the newest shard, and how many of the newest shards are merged into it. */
interface Index {
  pf: Pagefind | undefined;
  list: ShardList;
  merged: number;
  /** Merges run one after another: two searches may ask for more shards at once. */
  queue: Promise<void>;
}

export function pagefindTier(base: string): PagefindTier {
  let index: Promise<Index> | undefined;
  const open = () => (index ??= openIndex(base));

  return {
    async search(state, skip) {
      const idx = await open();
      const filters: Record<string, string> = {};
      if (state.source) filters.source = state.source;
      if (state.category) filters.category = state.category;
      // The date sort reads shard after shard: each holds a contiguous date range, newest first.
      // Relevance searches every merged shard at once; older shards join when the reader asks.
      const dateQuery = state.sort === 'newest' ? planSearch(state.q).query : '';
      const step =
        state.sort === 'newest'
          ? (shard: number) => search(idx.pf!, dateQuery, { filters: { ...filters, [SHARD]: String(shard) }, sort: { date: 'desc' } })
          : () => searchFullText((q) => search(idx.pf!, q, { filters }), state.q);
      return feedFrom(idx, base, state.sort === 'newest', step, skip);
    },
  };
}

async function search(pf: Pagefind, query: string, options: object): Promise<PagefindResult[]> {
  return (await pf.search(query, options)).results;
}

/**
 * Results handed out a page at a time. When they run out and older shards remain, the feed is
 * `paused` until the reader asks for more: then the window widens (one shard for the date sort,
 * double the pages for relevance) and the search runs again; results already handed out are not
 * repeated. A query few articles match never loads the whole archive by itself.
 */
async function feedFrom(
  idx: Index,
  base: string,
  oneShardAtATime: boolean,
  step: (shard: number) => Promise<PagefindResult[]>,
  skip: ReadonlySet<string>,
): Promise<FullTextFeed> {
  const pages = idx.list.pages;
  const total = pages.reduce((sum, p) => sum + p, 0);
  const seen = new Set<string>();
  let pending: PagefindResult[] = [];
  let window = 0;
  let found = 0;

  const widen = async (): Promise<boolean> => {
    if (window >= pages.length) return false;
    const shard = window;
    window = oneShardAtATime ? window + 1 : Math.max(widenWindow(pages, window, idx.list.firstPages), idx.merged);
    await mergeUpTo(idx, base, window);
    // Relevance searches whatever is merged, perhaps more than asked for by an earlier search.
    if (!oneShardAtATime) window = idx.merged;
    const results = await step(shard);
    const fresh = results.filter((r) => !seen.has(r.id));
    for (const r of fresh) seen.add(r.id);
    found = oneShardAtATime ? found + results.length : results.length;
    pending.push(...fresh);
    return true;
  };
  await widen();

  return {
    get count() {
      return found;
    },
    get searched() {
      return pages.slice(0, window).reduce((sum, p) => sum + p, 0);
    },
    total,
    get done() {
      return pending.length === 0 && window >= pages.length;
    },
    get paused() {
      return pending.length === 0 && window < pages.length;
    },
    async widen() {
      await widen();
    },
    async take(n) {
      const out: ResultData[] = [];
      while (out.length < n && pending.length > 0) {
        const data = await Promise.all(pending.splice(0, n - out.length).map((r) => r.data()));
        out.push(...data.filter((d) => !skip.has(d.url)));
      }
      return out;
    },
  };
}

/**
 * Reads the shard list and loads Pagefind from the newest shard: one WebAssembly module for all
 * shards. The list is revalidated on each visit (`no-cache`): shard folders are named by their
 * content, the list is not.
 */
async function openIndex(base: string): Promise<Index> {
  const response = await fetch(`${base}pagefind/shards.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`search index list: HTTP ${response.status}`);
  const list = (await response.json()) as ShardList;
  if (list.shards.length === 0) return { pf: undefined, list, merged: 0, queue: Promise.resolve() };
  const pf: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/${list.shards[0]}pagefind.js`);
  await pf.options(shardOptions(base, 0));
  return { pf, list, merged: 1, queue: Promise.resolve() };
}

/** Merges shards into the index until the newest `n` are searchable. */
function mergeUpTo(idx: Index, base: string, n: number): Promise<void> {
  idx.queue = idx.queue.then(async () => {
    const from = idx.merged;
    if (from >= n) return;
    await Promise.all(idx.list.shards.slice(from, n).map((shard, k) => idx.pf!.mergeIndex(`${base}pagefind/${shard}`, shardOptions(base, from + k))));
    idx.merged = n;
  });
  return idx.queue;
}

function shardOptions(base: string, n: number): object {
  return { baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING, mergeFilter: { [SHARD]: [String(n)] } };
}
