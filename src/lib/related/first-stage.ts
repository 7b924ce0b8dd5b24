import { buildPrunedIndex, clearDoc, findCandidates, scatterDoc, scoreDoc, type Scratch } from './candidates.ts';
import type { RelatedTuning } from './types.ts';
import { topicCosine, type VectorSet } from './vectorize.ts';

/** Candidates of one document with their exact scores, best first. */
export interface Ranked {
  docs: number[];
  scores: number[];
  /** Lexical cosines alone (the scores may mix in the topic cosine), for near-duplicate tests. */
  cosines: number[];
}

/** Sort candidate indices by their scores (same positions), best first; ties go to the smaller index (= smaller id). */
export function rankByScore(docs: ArrayLike<number>, scores: ArrayLike<number>, cosines: ArrayLike<number> = scores): Ranked {
  const order = Array.from({ length: docs.length }, (_, i) => i);
  order.sort((a, b) => scores[b] - scores[a] || docs[a] - docs[b]);
  return { docs: order.map((i) => docs[i]), scores: order.map((i) => scores[i]), cosines: order.map((i) => cosines[i]) };
}

/** Position of `x` in the ascending array `a`, or -1. */
function search(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else if (a[mid] > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * First stage: candidates from the pruned index, re-scored exactly by cosine. Cosine is symmetric
 * and both orders sum the same products in the same (term id) order, so when d is already in an
 * earlier candidate's own list its score is reused, bit for bit, instead of computed again.
 */
export function rankFirstStage(vectors: VectorSet, t: RelatedTuning, s: Scratch, from = 0, to = vectors.offsets.length - 1): Ranked[] {
  const n = vectors.offsets.length - 1;
  const maxPostings = Math.min(t.maxPostings, Math.max(20, Math.ceil(t.maxPostingShare * n)));
  const index = buildPrunedIndex(vectors, t.probeTerms, t.indexTerms, maxPostings);
  const foundOf: Int32Array[] = []; // per document from `from`: candidates, ascending
  const scoresOf: Float64Array[] = []; // ... and their exact scores
  const out: Ranked[] = [];
  // Documents [from, to) only (a part of the corpus for one thread): a score before `from` is computed, not reused, with the same bits.
  for (let d = from; d < to; d++) {
    const found = findCandidates(d, vectors, index, t.candidates, s);
    const scores = new Float64Array(found.length);
    let scattered = false;
    for (let i = 0; i < found.length; i++) {
      const c = found[i];
      const at = c < d && c >= from ? search(foundOf[c - from], d) : -1;
      if (at >= 0) {
        scores[i] = scoresOf[c - from][at];
        continue;
      }
      if (!scattered) scatterDoc(vectors, d, 1, s);
      scattered = true;
      scores[i] = scoreDoc(vectors, c, s);
    }
    if (scattered) clearDoc(vectors, d, s);
    foundOf.push(found);
    scoresOf.push(scores);
    if (vectors.topics) {
      // Topic cosine mixed in: candidates still come from words, so the topic only re-orders them.
      const lam = t.topicWeight;
      const mixed = Float64Array.from(found, (c, i) => (1 - lam) * scores[i] + lam * topicCosine(vectors, d, c));
      out.push(rankByScore(found, mixed, scores));
    } else out.push(rankByScore(found, scores));
  }
  return out;
}
