/**
 * Builds the shipped desks of the related-stories engine (src/lib/related/data/related-desks.bin
 * and its manifest) from a plain-text news corpus, in the space of the shipped topic model:
 *
 *   npx node tools/build-desk-model.ts <corpus folder> [out.bin] [--desks=12]
 *
 * Every article's topic vector exactly as the engine computes it (vectorizeDocs), then spherical
 * k-means: seeded k-means++ starts, 30 rounds of assign-and-average. Reruns give identical
 * bytes. Rebuild it whenever the topic model is rebuilt (the engine checks the dimensions).
 * About a minute on one core for 35,000 articles.
 */
import { basename, dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DESK_MODEL_FORMAT, encodeDeskModel, nearestDesk } from '../src/lib/related/desks.ts';
import { writeModelAsset } from '../src/lib/models/model-asset.ts';
import { DEFAULT_TUNING } from '../src/lib/related/types.ts';
import { vectorizeDocs } from '../src/lib/related/vectorize.ts';
import { readCorpus } from '../bench/read-corpus.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) throw new Error('usage: build-desk-model.ts <corpus dir> [out.bin] [--desks=12]');
const out = args.filter((a) => !a.startsWith('-'))[1] ?? fileURLToPath(new URL('../src/lib/related/data/related-desks.bin', import.meta.url));
const DESKS = Number(args.find((a) => a.startsWith('--desks='))?.split('=')[1] ?? 12);
const ROUNDS = 30;

const docs = (await readCorpus(dir)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const vectors = vectorizeDocs(docs, DEFAULT_TUNING);
if (!vectors.topics) throw new Error('the engine computed no topic vectors (topicWeight is 0)');
const { topics: x, topicDims: dims } = vectors;
const n = docs.length;

let seed = 12345;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const centroids = new Float32Array(DESKS * dims);
const copyRow = (k: number, d: number) => centroids.set(x.subarray(d * dims, (d + 1) * dims), k * dims);
const dot = (k: number, d: number) => {
  let s = 0;
  for (let i = 0; i < dims; i++) s += centroids[k * dims + i] * x[d * dims + i];
  return s;
};

// k-means++: each next start is drawn with probability growing with its distance to the nearest start.
copyRow(0, Math.floor(random() * n));
const nearest = new Float64Array(n).fill(Infinity);
for (let k = 1; k < DESKS; k++) {
  let total = 0;
  for (let d = 0; d < n; d++) {
    nearest[d] = Math.min(nearest[d], Math.max(0, 1 - dot(k - 1, d)) ** 2);
    total += nearest[d];
  }
  let r = random() * total;
  let d = 0;
  while (d < n - 1 && (r -= nearest[d]) > 0) d++;
  copyRow(k, d);
}

const desk = new Int32Array(n);
for (let round = 0; round < ROUNDS; round++) {
  for (let d = 0; d < n; d++) desk[d] = nearestDesk(centroids, dims, x, d * dims);
  centroids.fill(0);
  for (let d = 0; d < n; d++) for (let i = 0; i < dims; i++) centroids[desk[d] * dims + i] += x[d * dims + i];
  for (let k = 0; k < DESKS; k++) {
    const row = centroids.subarray(k * dims, (k + 1) * dims);
    const norm = Math.hypot(...row) || 1;
    for (let i = 0; i < dims; i++) row[i] /= norm;
  }
}

const sizes = Array.from({ length: DESKS }, (_, k) => desk.filter((v) => v === k).length);
mkdirSync(dirname(out), { recursive: true });
const manifest = writeModelAsset(out, encodeDeskModel({ dims, centroids }), {
  ...DESK_MODEL_FORMAT,
  source: `${basename(dir)}: ${n} articles, ${DESKS} desks of the shipped topic model's ${dims} dimensions (spherical k-means, ${ROUNDS} rounds, seeded); desk sizes ${sizes.join(' ')}`,
  corpus: { name: basename(dir), files: n },
  command: `npx node tools/build-desk-model.ts ${dir}${DESKS === 12 ? '' : ` --desks=${DESKS}`}`,
});
console.log(`${out}: ${manifest.bytes} bytes, ${DESKS} desks (${sizes.join(', ')} articles)`);
