import type { Ranked } from './first-stage.ts';
import { graphFromEdges, louvain } from './louvain.ts';

/**
 * Latent sections: a newsroom files stories by desk (sport, health, business...), and the sidebar
 * should mostly stay within one, but the files seldom say which. The communities of the
 * neighbour graph stand in for the desks; each article's profile is how its nearest neighbours
 * spread over those sections (sparse, unit length), so a story on the border of two desks
 * leans both ways instead of being forced into one.
 */
export interface SectionProfiles {
  /** Article d's entries are [offsets[d], offsets[d + 1]), section ids ascending. */
  offsets: Int32Array;
  sections: Int32Array;
  weights: Float32Array;
}

/** Profiles from each article's `neighbours` best first-stage candidates (weighted by score). */
export function sectionProfiles(first: Ranked[], neighbours: number): SectionProfiles {
  const n = first.length;
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  first.forEach((r, d) => {
    for (let i = 0; i < Math.min(neighbours, r.docs.length); i++) {
      if (r.scores[i] <= 0) break;
      from.push(d);
      to.push(r.docs[i]);
      weight.push(r.scores[i]);
    }
  });
  const section = louvain(graphFromEdges(n, from, to, weight));

  const offsets = new Int32Array(n + 1);
  const sections: number[] = [];
  const weights: number[] = [];
  const sum = new Map<number, number>();
  first.forEach((r, d) => {
    sum.clear();
    for (let i = 0; i < Math.min(neighbours, r.docs.length) && r.scores[i] > 0; i++) {
      const s = section[r.docs[i]];
      sum.set(s, (sum.get(s) ?? 0) + r.scores[i]);
    }
    const entries = [...sum].sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    for (const [s, w] of entries) {
      sections.push(s);
      weights.push(w / norm);
    }
    offsets[d + 1] = sections.length;
  });
  return { offsets, sections: Int32Array.from(sections), weights: Float32Array.from(weights) };
}

/** Cosine of two articles' section profiles (0 when either has none). */
export function sectionCosine(p: SectionProfiles, a: number, b: number): number {
  let i = p.offsets[a];
  let j = p.offsets[b];
  let s = 0;
  while (i < p.offsets[a + 1] && j < p.offsets[b + 1]) {
    const x = p.sections[i];
    const y = p.sections[j];
    if (x === y) s += p.weights[i++] * p.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}
