/**
 * Search's full-text tier: Pagefind over headline, lede, body and captions, with filters and
 * sorting. Imported on first use only: its start-up files grow with the size of the site.
 */
import { planSearch } from '../lib/search/query.ts';
import { searchFullText } from '../lib/search/full-text-rank.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search/options.ts';
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

/** Pagefind with every shard merged, and how many there are. */
interface Shards {
  pf: Pagefind;
  count: number;
}

/** A site without articles has no shard: every search finds nothing. */
const NO_PAGES: Shards = {
  pf: { options: async () => {}, mergeIndex: async () => {}, search: async () => ({ results: [] }) },
  count: 0,
};

/** `dist/pagefind/shards.json`: the full-text shards, newest first, relative to `pagefind/`. */
interface ShardList {
  shards: string[];
}

export interface PagefindTier {
  /** Searches; results whose URL is in `skip` (shown by an earlier tier) are left out. */
  search(state: SearchState, skip: ReadonlySet<string>): Promise<ResultFeed>;
}

export function pagefindTier(base: string): PagefindTier {
  let pagefind: Promise<Shards> | undefined;
  const load = () => (pagefind ??= loadShards(base));

  return {
    async search(state, skip) {
      const { pf, count } = await load();
      const plan = planSearch(state.q);
      const filters: Record<string, string> = {};
      if (state.source) filters.source = state.source;
      if (state.category) filters.category = state.category;
      let pending: PagefindResult[];
      if (state.sort === 'newest') {
        // Pagefind merges shards by score, which a date sort does not set. Shards hold contiguous
        // date ranges, newest first: each shard's sorted results, one after the other, are in order.
        const perShard = await Promise.all(
          Array.from({ length: count }, (_, n) => pf.search(plan.query, { filters: { ...filters, [SHARD]: String(n) }, sort: { date: 'desc' } })),
        );
        pending = perShard.flatMap((r) => r.results);
      } else {
        // Ranking (phrase, adjacency, the reader's spelling) lives in src/lib/search/full-text-rank.ts.
        pending = await searchFullText(async (q) => (await pf.search(q, { filters })).results, state.q);
      }
      return {
        count: pending.length,
        get done() {
          return pending.length === 0;
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
    },
  };
}

/**
 * Loads Pagefind from the newest shard and merges the others into it: one WebAssembly module,
 * one start-up file per shard, results ranked across all of them. The list is revalidated on
 * each visit (`no-cache`): shard folders are named by their content, the list is not.
 */
async function loadShards(base: string): Promise<Shards> {
  const response = await fetch(`${base}pagefind/shards.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`search index list: HTTP ${response.status}`);
  const { shards } = (await response.json()) as ShardList;
  if (shards.length === 0) return NO_PAGES;
  const options = { baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING };
  const pf: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/${shards[0]}pagefind.js`);
  const own = (n: number) => ({ ...options, mergeFilter: { [SHARD]: [String(n)] } });
  await pf.options(own(0));
  await Promise.all(shards.slice(1).map((shard, n) => pf.mergeIndex(`${base}pagefind/${shard}`, own(n + 1))));
  return { pf, count: shards.length };
}
