import type { Ranked } from './first-stage.ts';
import type { SparseRows } from './vectorize.ts';

/**
 * Latent sections: a newsroom files stories by desk (sport, health, business...), and the sidebar
 * should mostly stay within one, but the files seldom say which. The shipped desks stand in
 * (desks.ts); each article's profile is how its nearest neighbours spread over those sections
 * (sparse, unit length), so a story on the border of two desks leans both ways instead of being
 * forced into one.
 */
/** Article d's entries are [offsets[d], offsets[d + 1]): section ids ascending, unit length (cosine: dotDocs). */
export type SectionProfiles = SparseRows;

/** How many of an article's best candidates count as its neighbours (positive scores only). */
export function neighbourCount(r: Ranked, neighbours: number): number {
  let k = 0;
  while (k < Math.min(neighbours, r.docs.length) && r.scores[k] > 0) k++;
  return k;
}

/** Profiles from each article's `neighbours` best first-stage candidates (weighted by score). */
export function sectionProfiles(first: Ranked[], neighbours: number, section: Int32Array): SectionProfiles {
  const n = first.length;
  const offsets = new Int32Array(n + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  const sum = new Map<number, number>();
  first.forEach((r, d) => {
    sum.clear();
    for (let i = 0, k = neighbourCount(r, neighbours); i < k; i++) {
      const s = section[r.docs[i]];
      sum.set(s, (sum.get(s) ?? 0) + r.scores[i]);
    }
    const entries = [...sum].sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    for (const [s, w] of entries) {
      ids.push(s);
      weights.push(w / norm);
    }
    offsets[d + 1] = ids.length;
  });
  return { offsets, ids: Int32Array.from(ids), weights: Float32Array.from(weights) };
}
