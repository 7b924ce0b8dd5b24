import { loadBackgroundWeights } from './background-weights.ts';
import type { TokenMemo } from './doc-tokens.ts';
import { keepHeaviest } from './select.ts';
import { bylineTerms, countTerms } from './term-counts.ts';
import { loadTopicModel } from './topic-model.ts';
import { termRows, TopicProjector } from './topics.ts';
import { sharedFloat32, sharedInt32 } from './shared-arrays.ts';
import type { RelatedInput, RelatedTuning } from './types.ts';
import { LENGTH_GRID, onLogGrid, termIdf } from './word-weights.ts';

/**
 * Every document as a sparse unit-length vector, all in one CSR block: document d owns entries
 * [offsets[d], offsets[d + 1]), term ids ascending. One block instead of two typed arrays per
 * document: re-scoring reads thousands of random documents, and each per-object hop was a cache miss.
 */
export interface VectorSet {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  /** Term ids are 0..termCount-1. */
  termCount: number;
  /** Unit topic vectors (n x topicDims), when the tuning asks for the topic model. */
  topics?: Float32Array;
  topicDims: number;
}

/** Growable pair of typed arrays for building the CSR block. */
function grown(ids: Int32Array, weights: Float32Array, need: number): [Int32Array, Float32Array] {
  if (need <= ids.length) return [ids, weights];
  const size = Math.max(need, ids.length * 2);
  const a = new Int32Array(size);
  const b = new Float32Array(size);
  a.set(ids);
  b.set(weights);
  return [a, b];
}

/**
 * Turn documents into BM25-weighted unit vectors. Terms seen in one document only are kept in
 * the norm but dropped from the vector (they can never link two articles); each vector keeps
 * its `keepTerms` heaviest terms so memory stays linear in the corpus.
 */
export function vectorizeDocs(docs: RelatedInput[], t: RelatedTuning, names = bylineTerms(docs), tokens?: TokenMemo): VectorSet {
  const n = docs.length;
  const background = t.backgroundWeights > 0 ? loadBackgroundWeights() : undefined;
  const { counts, df, pairBuckets, termCount, syllables, backgroundDf } = countTerms(docs, t, names, background, tokens);
  const model = t.topicWeight > 0 ? loadTopicModel() : undefined;
  const topics = model && new TopicProjector(model, termRows(model, syllables, pairBuckets, termCount), n, t.topicTerms);
  const idf = termIdf(df, n, t, backgroundDf, background?.docs);
  let totalLength = 0;
  for (const c of counts) totalLength += c.length;
  const meanLength = totalLength / Math.max(1, n) || 1;
  // On a grid with shipped weights: the exact mean moves with every new article, and every length norm with it.
  const avgLength = background ? onLogGrid(meanLength, LENGTH_GRID) : meanLength;

  const offsets = sharedInt32(n + 1);
  let ids: Int32Array = new Int32Array(n * Math.min(t.keepTerms, 64) + 1);
  let weights: Float32Array = new Float32Array(ids.length);
  let kept = new Int32Array(1024);
  let keptW = new Float64Array(1024);
  for (let d = 0; d < n; d++) {
    const { ids: terms, tf, length } = counts[d];
    if (kept.length < terms.length) [kept, keptW] = [new Int32Array(terms.length * 2), new Float64Array(terms.length * 2)];
    const norm = t.k1 * (1 - t.b + (t.b * length) / avgLength);
    let sumSq = 0;
    let count = 0;
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k];
      const f = df[id];
      const x = idf[id] * ((tf[k] * (t.k1 + 1)) / (tf[k] + norm)) * (id < pairBuckets ? t.pairWeight : 1);
      sumSq += x * x;
      if (f > 1 && x > 0) {
        kept[count] = id;
        keptW[count++] = x;
      }
    }
    topics?.add(d, terms, tf);
    count = keepHeaviest(kept, keptW, count, t.keepTerms);
    const scale = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
    const at = offsets[d];
    [ids, weights] = grown(ids, weights, at + count);
    for (let i = 0; i < count; i++) {
      ids[at + i] = kept[i];
      weights[at + i] = keptW[i] * scale;
    }
    offsets[d + 1] = at + count;
    counts[d] = undefined as unknown as (typeof counts)[number]; // free as we go
  }
  const total = offsets[n];
  const set: VectorSet = {
    offsets,
    ids: sharedInt32(total),
    weights: sharedFloat32(total),
    termCount,
    topics: topics?.vectors,
    topicDims: topics?.dims ?? 0,
  };
  set.ids.set(ids.subarray(0, total));
  set.weights.set(weights.subarray(0, total));
  set.termCount = compactTermIds(set);
  return set;
}

/**
 * Renumber the terms the vectors kept as 0..k-1, keeping their order (so ids stay ascending
 * in every vector): scoring then touches a dense row of k terms instead of millions of hash
 * buckets, most of them empty, which keeps it in cache.
 */
function compactTermIds(v: VectorSet): number {
  const map = new Int32Array(v.termCount);
  for (let i = 0; i < v.ids.length; i++) map[v.ids[i]] = 1;
  let next = 0;
  for (let id = 0; id < v.termCount; id++) map[id] = map[id] ? next++ : -1;
  for (let i = 0; i < v.ids.length; i++) v.ids[i] = map[v.ids[i]];
  return next;
}

/** Dot product of rows a and b of a row-major matrix of unit rows (their cosine), floored at 0. */
export function rowCosine(rows: Float32Array, dims: number, a: number, b: number): number {
  let s = 0;
  for (let i = 0; i < dims; i++) s += rows[a * dims + i] * rows[b * dims + i];
  return s > 0 ? s : 0;
}

/** Cosine of the topic vectors of documents a and b, floored at 0 (0 without a topic model). */
export function topicCosine(v: VectorSet, a: number, b: number): number {
  return v.topics ? rowCosine(v.topics, v.topicDims, a, b) : 0;
}

/** Sparse rows in CSR form, ids ascending within a row: document vectors, section profiles. */
export interface SparseRows {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

/** Dot product of rows a and b (merge of ascending ids). */
export function dotDocs(v: SparseRows, a: number, b: number): number {
  const { ids, weights } = v;
  let i = v.offsets[a];
  let j = v.offsets[b];
  const iEnd = v.offsets[a + 1];
  const jEnd = v.offsets[b + 1];
  let s = 0;
  while (i < iEnd && j < jEnd) {
    const x = ids[i];
    const y = ids[j];
    if (x === y) s += weights[i++] * weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}
