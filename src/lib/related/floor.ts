import type { RelatedHit, RelatedTuning } from './types.ts';

/**
 * Drops the stories that are not related enough to show: below `minScore`, or past the first
 * `floorRank` stories and below `extraMinScore`. A list may end shorter than its limit, or
 * empty, when nothing else in the corpus is close. Calibrated on unc-dev (bench/related-quality.ts):
 * with 0.35 / 0.42 after 3, 90% of the stories shown share the article's category and 92% of
 * articles still show at least three.
 *
 * @example keepRelatedEnough([{ id: 'a', score: 0.5 }, { id: 'b', score: 0.2 }], DEFAULT_TUNING) // [{ id: 'a', score: 0.5 }]
 */
export function keepRelatedEnough(
  hits: readonly RelatedHit[],
  t: Pick<RelatedTuning, 'minScore' | 'extraMinScore' | 'floorRank'>,
): RelatedHit[] {
  return hits.filter((hit, rank) => hit.score >= t.minScore && (rank < t.floorRank || hit.score >= t.extraMinScore));
}
