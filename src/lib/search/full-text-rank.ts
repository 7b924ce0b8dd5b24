import { hasMarks, holdsAsTyped, phraseProbes, preferAsTyped, rankByPhrase } from './phrase-rank.ts';
import { planSearch } from './query.ts';
import type { Scored } from './rank.ts';

/** A full-text result as ranking needs it: Pagefind's result (its `data()` has the page's text). */
export interface FullTextResult extends Scored {
  data(): Promise<{ content?: string }>;
}

/** One Pagefind search (filters already applied): its results, best first. */
export type FullTextSearch<T> = (query: string) => Promise<T[]>;

/**
 * How many of the first results are read to put the reader's own spelling first: one page of
 * results, whose data the page loads to show them anyway.
 */
export const SPELLING_CHECKS = 10;

/**
 * Searches the full text and orders it for a reader who types a passage or a word:
 * 1. pages holding the whole query side by side (Pagefind's quoted search, every `d`/`đ`
 *    spelling of a query typed without marks), then the others, each by adjacency of the
 *    query's word pairs (Pagefind alone has no proximity signal: `không ... kích` ties with
 *    `không kích`);
 * 2. when the query has marks, among the first `SPELLING_CHECKS`, pages holding it as typed
 *    (`giá vàng`) before those holding it with other tones (`giá văng`).
 * What matches is the plain query's business; the probes only order it.
 */
export async function searchFullText<T extends FullTextResult>(search: FullTextSearch<T>, input: string): Promise<T[]> {
  const plan = planSearch(input);
  if (!plan.query) return [];
  const ids = (results: readonly T[]) => new Set(results.map((r) => r.id));
  // A two-word query's whole phrase is its one pair: search each distinct probe once.
  const searched = new Map<string, Promise<T[]>>();
  const searchOnce = (q: string) => searched.get(q) ?? searched.set(q, search(q)).get(q)!;
  const [main, pairs, wholes] = await Promise.all([
    searchOnce(plan.query),
    Promise.all(plan.phrases.map(searchOnce)),
    Promise.all(phraseProbes(input).map(searchOnce)),
  ]);
  const ranked = rankByPhrase(main, ids(wholes.flat()), pairs.map(ids)).map(withDataOnce);
  if (!hasMarks(input)) return ranked;
  const count = Math.min(SPELLING_CHECKS, ranked.length);
  const texts = await Promise.all(ranked.slice(0, count).map(async (r) => (await r.data()).content ?? ''));
  return preferAsTyped(ranked, count, texts.map((text) => holdsAsTyped(text, input)));
}

/** The result with its `data()` loaded at most once: ranking reads it, then the page shows it. */
function withDataOnce<T extends FullTextResult>(result: T): T {
  let loaded: ReturnType<T['data']> | undefined;
  return { ...result, data: () => (loaded ??= result.data() as ReturnType<T['data']>) };
}
