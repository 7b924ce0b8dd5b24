/**
 * Builds the shipped word weights of the related-stories engine (src/lib/related/data/related-weights.bin
 * and its manifest): in how many articles of a plain-text news corpus each syllable and each
 * syllable pair occurs, tokenised by the engine's own code, e.g. the 2017 baomoi.com aggregation:
 *
 *   npx node tools/build-related-weights.ts <corpus folder> [out.bin] [--min-df=3]
 *
 * Terms in fewer than `--min-df` articles are left out: the engine weighs them by the site's own
 * counts. Sorted output: reruns give identical bytes. About 30 s on baomoi.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKGROUND_WEIGHTS_FORMAT, encodeBackgroundWeights } from '../src/lib/related/background-weights.ts';
import { writeModelAsset } from '../src/lib/models/model-asset.ts';
import { PAIR_JOIN, termCounts } from './engine-terms.ts';
import { readCorpus } from '../bench/read-corpus.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) throw new Error('usage: build-related-weights.ts <corpus dir> [out.bin] [--min-df=N]');
const out = args.filter((a) => !a.startsWith('-'))[1] ?? fileURLToPath(new URL('../src/lib/related/data/related-weights.bin', import.meta.url));
const MIN_DF = Number(args.find((a) => a.startsWith('--min-df='))?.split('=')[1] ?? 3);

const t0 = performance.now();
const docs = await readCorpus(dir);
const df = new Map<string, number>();
for (const doc of docs) for (const term of termCounts(doc).keys()) df.set(term, (df.get(term) ?? 0) + 1);
const byText = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const kept = [...df].filter(([, f]) => f >= MIN_DF).sort(byText);
const syllables = kept.filter(([term]) => !term.includes(PAIR_JOIN));
const pairs = kept.filter(([term]) => term.includes(PAIR_JOIN)).map(([term, f]) => [...term.split(PAIR_JOIN), f] as [string, string, number]);

const bytes = encodeBackgroundWeights(docs.length, syllables, pairs);
const name = basename(dir.replace(/\/+$/, ''));
const source = `${name}: ${docs.length} articles; document frequencies of ${syllables.length} syllables and ${pairs.length} syllable pairs occurring in at least ${MIN_DF}`;
mkdirSync(dirname(out), { recursive: true });
writeModelAsset(out, bytes, {
  ...BACKGROUND_WEIGHTS_FORMAT,
  source,
  corpus: { name, files: docs.length },
  command: `npx node tools/build-related-weights.ts ${args.join(' ')}`,
});
console.log(`wrote ${out}: ${(bytes.length / 2 ** 20).toFixed(2)} MB (${source}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
