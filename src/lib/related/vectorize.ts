import { extractBylineNames } from './byline.ts';
import { isEntityWord, normalizeSyllable, scanWords } from './tokenize.ts';
import type { RelatedInput, RelatedTuning } from './types.ts';

/** A document as a sparse unit-length vector, term ids ascending. */
export interface DocVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Term counts of one document before weighting. */
interface RawCounts {
  ids: Int32Array;
  tf: Float32Array;
  length: number;
}

/** Growable Float64Array/Int32Array helpers keep per-term tables dense and cheap. */
function grow<T extends Float64Array | Int32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Mix two syllable ids into well-spread bits (murmur3 finaliser). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Count syllables and adjacent-syllable pairs of every document (one shared vocabulary),
 * with field weights and an optional boost for name-like words.
 */
function countTerms(docs: RelatedInput[], t: RelatedTuning) {
  const surface = new Map<string, number>(); // raw word -> syllable id * 2 + name-like bit
  const syllables = new Map<string, number>();
  // Pairs are feature-hashed into buckets [0, pairBuckets): no table of millions of pairs to
  // build or probe; rare collisions only blur rare pairs. Syllables and names come after.
  const pairBuckets = 2 ** Math.min(23, Math.max(16, Math.ceil(Math.log2(docs.length * 1024))));
  let termCount = pairBuckets;
  let df = new Int32Array(pairBuckets + 1024);
  let tf = new Float64Array(pairBuckets + 1024);
  let touched = new Int32Array(1024);
  let nTouched = 0;
  const entityFactor = 1 + t.entityBoost;

  const add = (id: number, amount: number) => {
    if (tf[id] === 0) {
      touched = grow(touched, nTouched + 1);
      touched[nTouched++] = id;
    }
    tf[id] += amount;
  };
  const newTerm = () => {
    const id = termCount++;
    df = grow(df, termCount);
    tf = grow(tf, termCount);
    return id;
  };

  const counts: RawCounts[] = [];
  for (const doc of docs) {
    let length = 0;
    const fields: [string, number][] = [
      [doc.headline, t.headlineWeight],
      [doc.lede ?? '', t.ledeWeight],
      [doc.text.length > t.maxTextChars ? doc.text.slice(0, t.maxTextChars) : doc.text, 1],
    ];
    for (const [text, fieldWeight] of fields) {
      let prev = -1;
      let prevEntity = false;
      scanWords(
        text,
        (raw, sentenceStart) => {
          let code = surface.get(raw);
          if (code === undefined) {
            const lower = normalizeSyllable(raw);
            let syl = syllables.get(lower);
            if (syl === undefined) syllables.set(lower, (syl = newTerm()));
            code = syl * 2 + (isEntityWord(raw, lower, false) ? 1 : 0);
            surface.set(raw, code);
          }
          const syl = code >> 1;
          const entity = !sentenceStart && (code & 1) === 1;
          length += fieldWeight;
          add(syl, fieldWeight * (entity ? entityFactor : 1));
          if (prev >= 0) {
            const pair = hashPair(prev, syl) & (pairBuckets - 1);
            add(pair, fieldWeight * (entity && prevEntity ? entityFactor : 1));
          }
          prev = syl;
          prevEntity = entity;
        },
        () => {
          prev = -1;
        },
      );
    }
    if (t.bylineWeight > 0) {
      for (const name of extractBylineNames(doc)) {
        let id = syllables.get(name);
        if (id === undefined) syllables.set(name, (id = newTerm()));
        add(id, t.bylineWeight);
      }
    }
    const ids = touched.slice(0, nTouched).sort();
    const counted = new Float32Array(nTouched);
    for (let k = 0; k < nTouched; k++) {
      counted[k] = tf[ids[k]];
      tf[ids[k]] = 0;
      df[ids[k]]++;
    }
    nTouched = 0;
    counts.push({ ids, tf: counted, length });
  }
  return { counts, df, pairBuckets, termCount };
}

let sortScratch = new Float64Array(1024);

/** The value that would sit at `n` if `a` were sorted ascending (Hoare's selection, in place, linear on average). */
function selectNth(a: Float64Array, n: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n];
  }
  return a[n];
}

/**
 * Cut `positions` (ascending) to the `k` with the largest `w[position]`, staying ascending;
 * ties go to lower positions, so the choice is deterministic. Linear on average.
 */
export function keepHeaviest(positions: number[], w: ArrayLike<number>, k: number): void {
  if (positions.length <= k) return;
  if (sortScratch.length < positions.length) sortScratch = new Float64Array(positions.length * 2);
  const view = sortScratch.subarray(0, positions.length);
  for (let i = 0; i < positions.length; i++) view[i] = w[positions[i]];
  const threshold = selectNth(view, view.length - k);
  let above = 0;
  for (const p of positions) if (w[p] > threshold) above++;
  let tiesLeft = k - above;
  let out = 0;
  for (const p of positions) {
    if (w[p] > threshold || (w[p] === threshold && tiesLeft-- > 0)) positions[out++] = p;
  }
  positions.length = out;
}

/**
 * Turn documents into BM25-weighted unit vectors. Terms seen in one document only are kept in
 * the norm but dropped from the vector (they can never link two articles); each vector keeps
 * its `keepTerms` heaviest terms so memory stays linear in the corpus.
 */
export function vectorizeDocs(docs: RelatedInput[], t: RelatedTuning): { vectors: DocVector[]; termCount: number } {
  const { counts, df, pairBuckets, termCount } = countTerms(docs, t);
  const n = docs.length;
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) idf[id] = Math.log(1 + (n - df[id] + 0.5) / (df[id] + 0.5)) ** t.idfPower;
  let totalLength = 0;
  for (const c of counts) totalLength += c.length;
  const avgLength = totalLength / Math.max(1, n) || 1;

  const vectors: DocVector[] = [];
  for (let d = 0; d < n; d++) {
    const { ids, tf, length } = counts[d];
    const norm = t.k1 * (1 - t.b + (t.b * length) / avgLength);
    const w = new Float64Array(ids.length);
    let sumSq = 0;
    const kept: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const x = idf[id] * ((tf[k] * (t.k1 + 1)) / (tf[k] + norm)) * (id < pairBuckets ? t.pairWeight : 1);
      w[k] = x;
      sumSq += x * x;
      if (df[id] > 1 && x > 0) kept.push(k);
    }
    if (kept.length > t.keepTerms) keepHeaviest(kept, w, t.keepTerms);
    const scale = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
    const vIds = new Int32Array(kept.length);
    const vW = new Float32Array(kept.length);
    kept.forEach((k, i) => {
      vIds[i] = ids[k];
      vW[i] = w[k] * scale;
    });
    vectors.push({ ids: vIds, weights: vW });
    counts[d] = undefined as unknown as RawCounts; // free as we go
  }
  return { vectors, termCount: compactTermIds(vectors, termCount) };
}

/**
 * Renumber the terms the vectors kept as 0..k-1, keeping their order (so ids stay ascending
 * in every vector): scoring then touches a dense row of k terms instead of millions of hash
 * buckets, most of them empty, which keeps it in cache.
 */
function compactTermIds(vectors: DocVector[], termCount: number): number {
  const map = new Int32Array(termCount);
  for (const v of vectors) for (const id of v.ids) map[id] = 1;
  let next = 0;
  for (let id = 0; id < termCount; id++) map[id] = map[id] ? next++ : -1;
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) v.ids[i] = map[v.ids[i]];
  return next;
}

/** Dot product of two sparse vectors (ids ascending). */
export function dotVectors(a: DocVector, b: DocVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) s += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}
