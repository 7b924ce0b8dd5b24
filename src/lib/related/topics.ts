import { forEachPair } from './pair-table.ts';
import { hashPair } from './term-counts.ts';
import { keepHeaviest } from './select.ts';
import type { TopicModel } from './topic-model.ts';
import { sharedFloat32 } from './shared-arrays.ts';

/**
 * Model row of each corpus term id (-1 when the model lacks it). Pairs are hashed into buckets
 * by the ids of their syllables, so a model pair finds its bucket the same way; when two model
 * pairs share a bucket the more frequent one (lower row) keeps it.
 */
export function termRows(model: TopicModel, syllables: Map<string, number>, pairBuckets: number, termCount: number): Int32Array {
  const rows = new Int32Array(termCount).fill(-1);
  const idOf = model.names.map((name) => syllables.get(name) ?? -1);
  idOf.forEach((id, s) => {
    if (id >= 0 && model.syllableRow[s] >= 0) rows[id] = model.syllableRow[s];
  });
  forEachPair(model.pairRows, (x, y, row) => {
    const a = idOf[x];
    const b = idOf[y];
    if (a < 0 || b < 0) return;
    const bucket = hashPair(a, b) & (pairBuckets - 1);
    if (rows[bucket] === -1 || row < rows[bucket]) rows[bucket] = row;
  });
  return rows;
}

/**
 * Every document's topic vector: the sum over its terms that the model knows of
 * (1 + log tf) x the term's latent row (idf is folded into the rows), unit length.
 * Computed from the term counts, so it costs nothing per word.
 */
export class TopicProjector {
  readonly dims: number;
  /** n x dims, row-major; a document with no known term keeps zeros. */
  readonly vectors: Float32Array;
  private rows: Int32Array;
  private q: Int8Array;
  private scale: Float32Array;
  private sum: Float64Array;
  private picked = new Int32Array(1024);
  private pickedWeight = new Float64Array(1024);
  /** Per row: Euclidean length of its quantised vector times its scale. */
  private rowLength: Float64Array;
  private maxRows: number;

  constructor(model: TopicModel, rows: Int32Array, n: number, maxRows: number) {
    this.maxRows = maxRows;
    this.rowLength = new Float64Array(model.scale.length);
    for (let r = 0; r < model.scale.length; r++) {
      let s = 0;
      for (let i = 0; i < model.dims; i++) s += model.q[r * model.dims + i] ** 2;
      this.rowLength[r] = Math.sqrt(s) * model.scale[r];
    }
    this.dims = model.dims;
    this.rows = rows;
    this.q = model.q;
    this.scale = model.scale;
    this.vectors = sharedFloat32(n * model.dims);
    this.sum = new Float64Array(model.dims);
  }

  /** Topic vector of document d from its term ids and frequencies. */
  add(d: number, terms: Int32Array, tf: Float32Array): void {
    const { dims, rows, q, scale, sum, rowLength } = this;
    if (this.picked.length < terms.length) {
      this.picked = new Int32Array(terms.length * 2);
      this.pickedWeight = new Float64Array(terms.length * 2);
    }
    const { picked, pickedWeight } = this;
    let count = 0;
    for (let k = 0; k < terms.length; k++) {
      const r = rows[terms[k]];
      if (r < 0 || rowLength[r] === 0) continue;
      picked[count] = r;
      pickedWeight[count++] = (1 + Math.log(tf[k])) * rowLength[r];
    }
    // The heaviest contributions only: the sum is nearly the same at a fraction of the cost.
    count = keepHeaviest(picked, pickedWeight, count, this.maxRows);
    sum.fill(0);
    for (let k = 0; k < count; k++) {
      const r = picked[k];
      const w = (pickedWeight[k] / rowLength[r]) * scale[r];
      const at = r * dims;
      for (let i = 0; i < dims; i++) sum[i] += w * q[at + i];
    }
    let sumSq = 0;
    for (let i = 0; i < dims; i++) sumSq += sum[i] * sum[i];
    const norm = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
    const out = this.vectors;
    for (let i = 0; i < dims; i++) out[d * dims + i] = sum[i] * norm;
  }
}
