/**
 * Search's full-text tier: Pagefind over headline, lede, body and captions, with filters and
 * sorting. Imported on first use only: its start-up files grow with the size of the site.
 */
import { planSearch } from '../lib/search/query.ts';
import { rankByAdjacency } from '../lib/search/rank.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search/options.ts';
import type { SearchState } from '../lib/search/url-state.ts';
import type { ResultFeed } from './result-feed.ts';
import type { ResultData } from './search-render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] }>;
}

export interface PagefindTier {
  /** Searches; results whose URL is in `skip` (shown by an earlier tier) are left out. */
  search(state: SearchState, skip: ReadonlySet<string>): Promise<ResultFeed>;
}

export function pagefindTier(base: string): PagefindTier {
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING });
      return pf;
    }));

  return {
    async search(state, skip) {
      const pf = await load();
      const plan = planSearch(state.q);
      const filters: Record<string, string> = {};
      if (state.source) filters.source = state.source;
      if (state.category) filters.category = state.category;
      const sort = state.sort === 'newest' ? { date: 'desc' } : undefined;
      const [main, ...probes] = await Promise.all([
        pf.search(plan.query, { filters, sort }),
        ...(sort ? [] : plan.phrases.map((p) => pf.search(p, { filters }))),
      ]);
      const pending = rankByAdjacency(main.results, probes.map((p) => new Set(p.results.map((r) => r.id))));
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
