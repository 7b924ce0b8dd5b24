/**
 * One query in the browser, the way each variant of bench/search-quality.ts searches: through the
 * search page's own form, or through Pagefind's API in the page (the `pf` global) step by step.
 */
import type { Page } from 'playwright-core';
import { searchFullText } from '../src/lib/search/full-text-rank.ts';
import { planSearch } from '../src/lib/search/query.ts';
import { rankByAdjacency } from '../src/lib/search/rank.ts';

/** What is searched: see bench/search-quality.ts. */
export type Variant = 'raw' | 'fold' | 'weights' | 'pairs' | 'phrase' | 'page';

/** Top-5 page paths as the search page shows them (the query typed into its form and submitted), and whether the headline index alone answered. */
export async function top5OnPage(tab: Page, query: string): Promise<{ paths: string[]; fromHeadlines: boolean }> {
  await tab.evaluate(() => ((document.querySelector('[data-search]') as HTMLElement).dataset.state = 'stale'));
  await tab.fill('#search-q', query);
  await tab.press('#search-q', 'Enter');
  await tab.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"], [data-search][data-state="idle"]');
  const fromHeadlines = /tiêu đề/.test((await tab.textContent('.search-status')) ?? '');
  const paths = await tab.$$eval('.search-result h2 a', (links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { paths, fromHeadlines };
}

/** Top-5 page paths for one query on the Pagefind JS API in the page, as the variant searches. */
export async function top5(tab: Page, query: string, variant: Variant, boost: number): Promise<string[]> {
  if (variant === 'phrase') return top5ByPhrase(tab, query);
  const plan = variant === 'raw' ? { query, phrases: [] } : planSearch(query);
  const [main, ...probes]: { id: string; score: number }[][] = await tab.evaluate(async ({ q, phrases }) => {
    const pf = (globalThis as any).pf;
    const all = await Promise.all([q, ...phrases].map((x) => pf.search(x)));
    (globalThis as any).last = new Map(all[0].results.map((r: any) => [r.id, r]));
    return all.map((s: any) => s.results.map((r: any) => ({ id: r.id, score: r.score })));
  }, { q: plan.query, phrases: variant === 'pairs' ? plan.phrases : [] });
  const ranked = rankByAdjacency(main, probes.map((p) => new Set(p.map((r) => r.id))), boost).slice(0, 5);
  return pathsOf(tab, ranked.map((r) => r.id));
}

/** The full-text tier's own ranking (searchFullText), each Pagefind search run in the page. */
async function top5ByPhrase(tab: Page, query: string): Promise<string[]> {
  await tab.evaluate(() => ((globalThis as any).last = new Map()));
  const search = async (q: string) => {
    const found: { id: string; score: number }[] = await tab.evaluate(async (q) => {
      const results = (await (globalThis as any).pf.search(q)).results;
      for (const r of results) if (!(globalThis as any).last.has(r.id)) (globalThis as any).last.set(r.id, r);
      return results.map((r: any) => ({ id: r.id, score: r.score }));
    }, q);
    return found.map((r) => ({ ...r, data: () => tab.evaluate(async (id) => ({ content: (await (globalThis as any).last.get(id).data()).content as string }), r.id) }));
  };
  const ranked = await searchFullText(search, query);
  return pathsOf(tab, ranked.slice(0, 5).map((r) => r.id));
}

/** Page paths of results found by the last searches, by id. */
function pathsOf(tab: Page, ids: string[]): Promise<string[]> {
  return tab.evaluate(async (top) => {
    const last = (globalThis as any).last as Map<string, any>;
    return Promise.all(top.map(async (id) => new URL((await last.get(id).data()).url, location.href).pathname));
  }, ids);
}
