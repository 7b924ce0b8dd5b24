import { keepHeaviest } from './select.ts';
import type { VectorSet } from './vectorize.ts';

/** Inverted index over each document's heaviest terms only (CSR layout). */
export interface PrunedIndex {
  /** Document d probes with the entries (positions into the vector set) probes[probeOffsets[d]..[d+1]). */
  probeOffsets: Int32Array;
  probes: Int32Array;
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  /** Postings longer than this are skipped when probing. */
  maxPostings: number;
}

/** Positions (ascending) of the `k` heaviest entries of document d; ties by term id, so deterministic. */
function pickHeaviest(v: VectorSet, d: number, k: number, values: Float64Array): Int32Array {
  const from = v.offsets[d];
  const count = v.offsets[d + 1] - from;
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    positions[i] = from + i;
    values[i] = v.weights[from + i];
  }
  return positions.subarray(0, keepHeaviest(positions, values, count, k));
}

/** Concatenate per-document position lists into one CSR block. */
function flatten(lists: Int32Array[]): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, d) => (offsets[d + 1] = offsets[d] + l.length));
  const items = new Int32Array(offsets[lists.length]);
  lists.forEach((l, d) => items.set(l, offsets[d]));
  return { offsets, items };
}

/**
 * Build the pruned index: document d is listed under term t only when t is one of d's
 * `indexTerms` heaviest terms; d later probes with its `probeTerms` heaviest. Size is linear
 * in the corpus (n * indexTerms entries).
 */
export function buildPrunedIndex(v: VectorSet, probeTerms: number, indexTerms: number, maxPostings: number): PrunedIndex {
  const n = v.offsets.length - 1;
  let longest = 0;
  for (let d = 0; d < n; d++) longest = Math.max(longest, v.offsets[d + 1] - v.offsets[d]);
  const values = new Float64Array(longest);
  const indexed: Int32Array[] = [];
  const probeLists: Int32Array[] = [];
  for (let d = 0; d < n; d++) {
    indexed.push(pickHeaviest(v, d, Math.max(indexTerms, probeTerms), values));
    probeLists.push(pickHeaviest(v, d, probeTerms, values));
  }
  const offsets = new Int32Array(v.termCount + 1);
  for (const p of indexed) for (const k of p) offsets[v.ids[k] + 1]++;
  for (let t = 0; t < v.termCount; t++) offsets[t + 1] += offsets[t];
  const fill = offsets.slice(0, v.termCount);
  const docs = new Int32Array(offsets[v.termCount]);
  const weights = new Float32Array(offsets[v.termCount]);
  indexed.forEach((p, d) => {
    for (const k of p) {
      const at = fill[v.ids[k]]++;
      docs[at] = d;
      weights[at] = v.weights[k];
    }
  });
  const { offsets: probeOffsets, items: probes } = flatten(probeLists);
  return { probeOffsets, probes, offsets, docs, weights, maxPostings };
}

/** Reusable per-query buffers, so scoring a document allocates almost nothing. */
export interface Scratch {
  acc: Float64Array;
  touched: Int32Array;
  /** Scores of the touched documents, for selection. */
  values: Float64Array;
  /** The query's term weights as a dense row, and a bitset of its terms. */
  dense: Float32Array;
  mask: Uint32Array;
}

/** Allocate buffers for `n` documents and `termCount` terms. */
export function createScratch(n: number, termCount: number): Scratch {
  return {
    acc: new Float64Array(n),
    touched: new Int32Array(n),
    values: new Float64Array(n),
    dense: new Float32Array(termCount),
    mask: new Uint32Array((termCount >>> 5) + 1),
  };
}

/**
 * Candidate neighbours of document d: accumulate partial dot products over the pruned index,
 * keep the `limit` best (ascending). Long postings (very common terms) are skipped: they cost
 * most and say least.
 */
export function findCandidates(d: number, v: VectorSet, index: PrunedIndex, limit: number, s: Scratch): Int32Array {
  const { acc, touched } = s;
  let nTouched = 0;
  for (let q = index.probeOffsets[d]; q < index.probeOffsets[d + 1]; q++) {
    const k = index.probes[q];
    const t = v.ids[k];
    const from = index.offsets[t];
    const to = index.offsets[t + 1];
    if (to - from > index.maxPostings) continue;
    const w = v.weights[k];
    for (let p = from; p < to; p++) {
      const other = index.docs[p];
      if (other === d) continue;
      if (acc[other] === 0) touched[nTouched++] = other;
      acc[other] += w * index.weights[p];
    }
  }
  // The `limit` best by partial score, ties to the smaller index: a linear selection, not a sort.
  const found = touched.slice(0, nTouched).sort();
  for (let i = 0; i < nTouched; i++) {
    s.values[i] = acc[found[i]];
    acc[found[i]] = 0;
  }
  return found.slice(0, keepHeaviest(found, s.values, nTouched, limit));
}

/** Put a (possibly weighted) document into the dense scratch row, for exact scoring against many docs. */
export function scatterDoc(v: VectorSet, d: number, factor: number, s: Scratch): void {
  for (let i = v.offsets[d]; i < v.offsets[d + 1]; i++) {
    const id = v.ids[i];
    s.dense[id] += v.weights[i] * factor;
    s.mask[id >>> 5] |= 1 << (id & 31);
  }
}

/** Clear what scatterDoc wrote. */
export function clearDoc(v: VectorSet, d: number, s: Scratch): void {
  for (let i = v.offsets[d]; i < v.offsets[d + 1]; i++) {
    const id = v.ids[i];
    s.dense[id] = 0;
    s.mask[id >>> 5] = 0;
  }
}

/**
 * Exact dot product of document d with the scattered query row. The bitset, small enough to
 * stay in cache, skips the dense row's misses for the many terms the query lacks.
 */
export function scoreDoc(v: VectorSet, d: number, s: Scratch): number {
  const { ids, weights } = v;
  const { dense, mask } = s;
  let sum = 0;
  for (let i = v.offsets[d], end = v.offsets[d + 1]; i < end; i++) {
    const id = ids[i];
    if (mask[id >>> 5] & (1 << (id & 31))) sum += weights[i] * dense[id];
  }
  return sum;
}
