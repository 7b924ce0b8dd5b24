import type { Ranked } from './first-stage.ts';

/** Ranked lists packed in typed arrays (CSR), which pass between threads in one copy instead of a structured clone of millions of numbers. */
export interface RankedRows {
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float64Array;
  cosines: Float64Array;
}

export function packRanked(lists: readonly Ranked[]): RankedRows {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((r, i) => (offsets[i + 1] = offsets[i] + r.docs.length));
  const total = offsets[lists.length];
  const rows = { offsets, docs: new Int32Array(total), scores: new Float64Array(total), cosines: new Float64Array(total) };
  lists.forEach((r, i) => {
    rows.docs.set(r.docs, offsets[i]);
    rows.scores.set(r.scores, offsets[i]);
    rows.cosines.set(r.cosines, offsets[i]);
  });
  return rows;
}

export function unpackRanked(rows: RankedRows): Ranked[] {
  const out: Ranked[] = [];
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    const [from, to] = [rows.offsets[i], rows.offsets[i + 1]];
    out.push({ docs: Array.from(rows.docs.subarray(from, to)), scores: Array.from(rows.scores.subarray(from, to)), cosines: Array.from(rows.cosines.subarray(from, to)) });
  }
  return out;
}
