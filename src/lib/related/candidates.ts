import { keepHeaviest, type DocVector } from './vectorize.ts';

/** Inverted index over each document's heaviest terms only (CSR layout). */
export interface PrunedIndex {
  /** Per document: positions (into its vector) of its probe terms. */
  probes: Int32Array[];
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  /** Postings longer than this are skipped when probing. */
  maxPostings: number;
}

/** Positions (ascending) of the `k` heaviest entries of a vector; ties by term id, so deterministic. */
function pickHeaviest(v: DocVector, k: number): Int32Array {
  const positions = Array.from(v.ids.keys());
  keepHeaviest(positions, v.weights, k);
  return Int32Array.from(positions);
}

/**
 * Build the pruned index: document d is listed under term t only when t is one of d's
 * `indexTerms` heaviest terms; d later probes with its `probeTerms` heaviest. Size is linear
 * in the corpus (n * indexTerms entries).
 */
export function buildPrunedIndex(
  vectors: DocVector[],
  termCount: number,
  probeTerms: number,
  indexTerms: number,
  maxPostings: number,
): PrunedIndex {
  const indexed = vectors.map((v) => pickHeaviest(v, Math.max(indexTerms, probeTerms)));
  const probes = vectors.map((v) => pickHeaviest(v, probeTerms));
  const offsets = new Int32Array(termCount + 1);
  indexed.forEach((p, d) => {
    for (const k of p) offsets[vectors[d].ids[k] + 1]++;
  });
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
  const fill = offsets.slice(0, termCount);
  const docs = new Int32Array(offsets[termCount]);
  const weights = new Float32Array(offsets[termCount]);
  indexed.forEach((p, d) => {
    for (const k of p) {
      const at = fill[vectors[d].ids[k]]++;
      docs[at] = d;
      weights[at] = vectors[d].weights[k];
    }
  });
  return { probes, offsets, docs, weights, maxPostings };
}

/** Reusable per-query buffers, so scoring a document allocates almost nothing. */
export interface Scratch {
  acc: Float64Array;
  touched: Int32Array;
  dense: Float32Array;
}

/** Allocate buffers for `n` documents and `termCount` terms. */
export function createScratch(n: number, termCount: number): Scratch {
  return { acc: new Float64Array(n), touched: new Int32Array(n), dense: new Float32Array(termCount) };
}

/**
 * Candidate neighbours of document d: accumulate partial dot products over the pruned index,
 * keep the `limit` best. Long postings (very common terms) are skipped: they cost most and say least.
 */
export function findCandidates(d: number, vectors: DocVector[], index: PrunedIndex, limit: number, s: Scratch): number[] {
  const v = vectors[d];
  let nTouched = 0;
  for (const k of index.probes[d]) {
    const t = v.ids[k];
    const from = index.offsets[t];
    const to = index.offsets[t + 1];
    if (to - from > index.maxPostings) continue;
    const w = v.weights[k];
    for (let p = from; p < to; p++) {
      const other = index.docs[p];
      if (other === d) continue;
      if (s.acc[other] === 0) s.touched[nTouched++] = other;
      s.acc[other] += w * index.weights[p];
    }
  }
  const found = Array.from(s.touched.subarray(0, nTouched));
  const score = s.acc;
  if (found.length > limit) {
    found.sort((a, b) => score[b] - score[a] || a - b);
    found.length = limit;
  }
  for (let i = 0; i < nTouched; i++) score[s.touched[i]] = 0;
  return found;
}

/** Put a (possibly weighted) vector into the dense scratch row, for exact scoring against many docs. */
export function scatterVector(v: DocVector, factor: number, s: Scratch): void {
  for (let i = 0; i < v.ids.length; i++) s.dense[v.ids[i]] += v.weights[i] * factor;
}

/** Clear what scatterVector wrote. */
export function clearVector(v: DocVector, s: Scratch): void {
  for (let i = 0; i < v.ids.length; i++) s.dense[v.ids[i]] = 0;
}

/** Exact dot product of a document with the scattered query row. */
export function scoreAgainstDense(v: DocVector, s: Scratch): number {
  let sum = 0;
  for (let i = 0; i < v.ids.length; i++) sum += v.weights[i] * s.dense[v.ids[i]];
  return sum;
}
