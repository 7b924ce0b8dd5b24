/** A Pagefind result reduced to what ranking needs. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * How much holding every query word pair side by side multiplies a page's score (bench:
 * `bench/search-quality.ts`). Strong enough that `không kích` together beats `không ... kích`
 * among similar pages, weak enough not to lift a poor page that happens to hold one pair.
 */
export const ADJACENCY_BOOST = 1;

/**
 * Re-ranks Pagefind's results by adjacency, the signal Pagefind's ranking lacks: a page's
 * score is multiplied by `1 + boost * share of the query's word pairs found as phrases in it`.
 * Pages found only by a phrase probe are not added: the plain query decides what matches,
 * the probes only how it is ordered. Ties keep Pagefind's order.
 *
 * @param results the plain query's results, best first
 * @param phraseHits for each phrase probe, the ids it found
 */
export function rankByAdjacency<T extends Scored>(
  results: readonly T[],
  phraseHits: readonly ReadonlySet<string>[],
  boost = ADJACENCY_BOOST,
): T[] {
  if (phraseHits.length === 0) return [...results];
  const share = (id: string) => phraseHits.reduce((n, hits) => n + (hits.has(id) ? 1 : 0), 0) / phraseHits.length;
  return results
    .map((result, index) => ({ result, index, score: result.score * (1 + boost * share(result.id)) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.result);
}
