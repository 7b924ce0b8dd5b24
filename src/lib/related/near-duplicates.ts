import { foldKey } from '../text/fold.ts';
import type { RelatedInput } from './types.ts';
import { dotDocs, type VectorSet } from './vectorize.ts';

/**
 * Key that is equal for reposts of the same story: folded headline plus lede.
 * Empty keys (no headline, no lede) never match anything.
 */
export function computeDuplicateKey(doc: Pick<RelatedInput, 'headline' | 'lede'>): string {
  return foldKey(doc.headline) + '|' + foldKey(doc.lede ?? '');
}

/** Context for near-duplicate tests between any two documents of the corpus. */
export interface DuplicateChecker {
  keys: string[];
  vectors: VectorSet;
  /** Euclidean length of each (truncated) vector. */
  norms: Float64Array;
  cosine: number;
}

export function createDuplicateChecker(docs: readonly Pick<RelatedInput, 'headline' | 'lede'>[], vectors: VectorSet, cosine: number): DuplicateChecker {
  const norms = new Float64Array(docs.length);
  for (let d = 0; d < docs.length; d++) norms[d] = Math.sqrt(dotDocs(vectors, d, d));
  return { keys: docs.map(computeDuplicateKey), vectors, norms, cosine };
}

function sameKey(a: number, b: number, c: DuplicateChecker): boolean {
  return c.keys[a] === c.keys[b] && c.keys[a] !== '|';
}

/**
 * Upper bound on the dot product of hits a and b from their dot products with the query q:
 * the angle between a and b is at least the difference of their angles to q.
 */
function dotBound(q: number, a: number, qa: number, b: number, qb: number, c: DuplicateChecker): number {
  const { norms } = c;
  if (norms[q] === 0) return Infinity;
  const ca = Math.min(1, qa / (norms[q] * norms[a]));
  const cb = Math.min(1, qb / (norms[q] * norms[b]));
  return norms[a] * norms[b] * (ca * cb + Math.sqrt((1 - ca * ca) * (1 - cb * cb)));
}

/**
 * Take hits best first, so that reposts never fill the sidebar: the query's own near-duplicates
 * count once, and a hit that duplicates an already chosen hit is skipped (the better one stays).
 * `dotWithQuery` gives the exact dot product of each ranked hit with the query (known from
 * ranking); between two hits the dot product is computed only when the bound allows a duplicate.
 */
export function selectDistinctHits(
  query: number,
  ranked: number[],
  dotWithQuery: (hit: number) => number,
  limit: number,
  c: DuplicateChecker,
): number[] {
  const chosen: number[] = [];
  let queryDuplicateTaken = false;
  for (const cand of ranked) {
    if (chosen.length >= limit) break;
    const qc = dotWithQuery(cand);
    const dupOfQuery = sameKey(query, cand, c) || qc >= c.cosine;
    if (dupOfQuery && queryDuplicateTaken) continue;
    const isDup = (h: number) =>
      sameKey(h, cand, c) ||
      (dotBound(query, h, dotWithQuery(h), cand, qc, c) >= c.cosine - 1e-6 && dotDocs(c.vectors, h, cand) >= c.cosine);
    if (chosen.some(isDup)) continue;
    if (dupOfQuery) queryDuplicateTaken = true;
    chosen.push(cand);
  }
  return chosen;
}
