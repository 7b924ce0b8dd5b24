import type { RelatedTuning } from './types.ts';

/**
 * `x` rounded to the grid 2^(k / steps): a figure that creeps as a site grows (its article count,
 * their average length) keeps its rounded value for a while, and so does every weight read from it.
 */
export function onLogGrid(x: number, steps: number): number {
  return x > 0 ? 2 ** (Math.round(Math.log2(x) * steps) / steps) : x;
}

/** Steps per doubling of the grids the site's article count and average length are read on. */
export const COUNT_GRID = 8;
export const LENGTH_GRID = 16;

const bm25Idf = (docs: number, f: number, power: number) => Math.log(1 + (docs - f + 0.5) / (f + 0.5)) ** power;

/**
 * Each term's idf (by term id; 0 where the site never uses it). Without background frequencies,
 * BM25's idf of the site's own counts. With them (`background[id]`, 0 = not listed, counted on
 * `backgroundDocs` articles), a listed term weighs by the background, so a new article moves no
 * weight it lists; a term the site uses `t.localShare` times as often as the background (a share
 * of articles), or one the background does not list, weighs by the site's count scaled to the
 * background's size.
 */
export function termIdf(df: Int32Array, docs: number, t: RelatedTuning, background?: Uint32Array, backgroundDocs = 0): Float64Array {
  const idf = new Float64Array(df.length);
  if (!background) {
    const byDf = new Float64Array(docs + 1);
    for (let f = 0; f <= docs; f++) byDf[f] = bm25Idf(docs, f, t.idfPower);
    for (let id = 0; id < df.length; id++) idf[id] = byDf[df[id]];
    return idf;
  }
  const scale = backgroundDocs / onLogGrid(docs, COUNT_GRID);
  for (let id = 0; id < df.length; id++) {
    if (df[id] === 0) continue;
    const own = Math.min(backgroundDocs, df[id] * scale);
    const listed = background[id];
    const f = listed > 0 && own <= t.localShare * listed ? listed : own;
    idf[id] = bm25Idf(backgroundDocs, f, t.idfPower);
  }
  return idf;
}
