/**
 * Builds the shipped topic model of the related-stories engine (src/lib/related/data/related-topics.bin
 * and its manifest)
 * from a plain-text news corpus, one article a file (line 1 headline, line 2 lede, then the body),
 * e.g. the 2017 baomoi.com aggregation:
 *
 *   npx node --max-old-space-size=8000 tools/build-related-model.ts <corpus folder> [out.bin] [--terms=30000] [--dims=64]
 *
 * Latent semantic analysis: a randomized truncated SVD of the corpus' tf-idf document-term matrix
 * over its most frequent syllables and syllable pairs (the engine's own features, tokenised by the
 * engine's own code). Each term row is V_k (idf folded in), quantised to int8 with a per-row scale,
 * so an article's topic vector is just the sum of (1 + log tf) x row over its terms. Seeded: reruns
 * give identical bytes. Takes about two minutes on one core. The bytes are written beside a manifest
 * (command, corpus, format version, sha256) that loadTopicModel checks.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeTopicModel, TOPIC_MODEL_FORMAT } from '../src/lib/related/topic-model.ts';
import { writeModelAsset } from '../src/lib/models/model-asset.ts';
import { termCounts } from './engine-terms.ts';
import { readCorpus } from '../bench/read-corpus.ts';
import { orthonormalise, symmetricEigen } from './dense-matrix.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) throw new Error('usage: build-related-model.ts <corpus dir> [out.bin] [--terms=N] [--dims=K]');
const out = args.filter((a) => !a.startsWith('-'))[1] ?? fileURLToPath(new URL('../src/lib/related/data/related-topics.bin', import.meta.url));
const opt = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const TERMS = opt('terms', 30000);
const DIMS = opt('dims', 64);
/** Terms in fewer documents say nothing about topics; in more than this share, nothing either. */
const MIN_DF = 3;
const MAX_DF_SHARE = 0.3;
const OVERSAMPLE = 12;
const POWER_ITERATIONS = 3;

const t0 = performance.now();
const docs = (await readCorpus(dir)).map(termCounts);
const n = docs.length;
const df = new Map<string, number>();
for (const tf of docs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const vocab = [...df]
  .filter(([, f]) => f >= MIN_DF && f <= MAX_DF_SHARE * n)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, TERMS)
  .map(([k]) => k);
const column = new Map(vocab.map((k, i) => [k, i]));
const idf = vocab.map((k) => Math.log(n / df.get(k)!));
const m = vocab.length;

// Sparse rows: (1 + log tf) * idf, unit length; the same weighting the engine applies at run time.
const rowStart = [0];
const cols: number[] = [];
const vals: number[] = [];
for (const tf of docs) {
  const from = cols.length;
  let sumSq = 0;
  for (const [k, f] of tf) {
    const c = column.get(k);
    if (c === undefined) continue;
    const w = (1 + Math.log(f)) * idf[c];
    cols.push(c);
    vals.push(w);
    sumSq += w * w;
  }
  for (let p = from; p < cols.length; p++) vals[p] /= Math.sqrt(sumSq);
  rowStart.push(cols.length);
}
console.log(`${n} docs, ${m} terms, ${cols.length} non-zeros (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const L = DIMS + OVERSAMPLE;
/**
 * A X (X: m x L, result n x L) or, transposed, A^T Y (Y: n x L, result m x L); dense row-major.
 * One walk over A's non-zeros: only which side is read and which is written swaps.
 */
function product(input: Float64Array, transposed: boolean): Float64Array {
  const out = new Float64Array((transposed ? m : n) * L);
  for (let i = 0; i < n; i++) {
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
      const row = i * L;
      const col = cols[p] * L;
      const to = transposed ? col : row;
      const from = transposed ? row : col;
      const x = vals[p];
      for (let l = 0; l < L; l++) out[to + l] += x * input[from + l];
    }
  }
  return out;
}
// Randomized SVD (Halko et al.): range finder with power iterations, then the SVD of Q^T A.
let seed = 42;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32 - 0.5;
};
let Q = orthonormalise(product(new Float64Array(m * L).map(random), false), n, L);
for (let it = 0; it < POWER_ITERATIONS; it++) Q = orthonormalise(product(orthonormalise(product(Q, true), m, L), false), n, L);
const Bt = product(Q, true); // (Q^T A)^T, m x L
const G = new Float64Array(L * L);
for (let i = 0; i < m; i++) {
  for (let a = 0; a < L; a++) {
    const x = Bt[i * L + a];
    if (x !== 0) for (let b = 0; b < L; b++) G[a * L + b] += x * Bt[i * L + b];
  }
}
const { W, values } = symmetricEigen(G, L);
const order = Array.from({ length: L }, (_, a) => a).sort((a, b) => values[b] - values[a] || a - b).slice(0, DIMS);
const singular = order.map((a) => Math.sqrt(Math.max(0, values[a])));
// Term row = V_k (= Bt W / sigma) times the term's idf: weights a document by (1 + log tf) alone.
const rows = new Float64Array(m * DIMS);
for (let i = 0; i < m; i++) {
  for (let k = 0; k < DIMS; k++) {
    let s = 0;
    for (let b = 0; b < L; b++) s += Bt[i * L + b] * W[b * L + order[k]];
    rows[i * DIMS + k] = (s / singular[k]) * idf[i];
  }
}
console.log(`singular values ${singular.slice(0, 5).map((x) => x.toFixed(2)).join(' ')} ... ${singular[DIMS - 1].toFixed(2)}`);

const bytes = encodeTopicModel(vocab, DIMS, rows);
const name = basename(dir.replace(/\/+$/, ''));
const source = `${name}: ${n} articles, ${m} terms, ${DIMS} dimensions (LSA of tf-idf over syllables and syllable pairs, int8 rows)`;
mkdirSync(dirname(out), { recursive: true });
writeModelAsset(out, bytes, {
  ...TOPIC_MODEL_FORMAT,
  source,
  corpus: { name, files: n },
  command: `npx node --max-old-space-size=8000 tools/build-related-model.ts ${args.join(' ')}`,
});
console.log(`wrote ${out}: ${(bytes.length / 2 ** 20).toFixed(2)} MB (${source}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
