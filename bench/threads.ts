/**
 * Story threads and topics on a corpus (default: the 35,440 baomoi articles): topic counts, sizes,
 * pages, CPU time and the stability of the articles' topic links (bench/topic-figures.ts); thread counts and sizes, the
 * cost of the thread stage alone (the related lists it starts from are computed first, or read
 * back with --lists=FILE, and not timed), and precision and recall on the labelled sample.
 * Usage: npx node bench/threads.ts [dir] [--lists=FILE] [--print-sample] [--topics-only]
 *   --print-sample  prints the sample's pairs (headline, lede, opening) for labelling
 * The sample: bench/threads-sample.ts, seed 16, 50 predicted pairs and 50 near misses (related
 * score >= 0.45); its labels, read by a person, are in bench/data/thread-labels.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildStoryThreads } from '../src/lib/threads/index.ts';
import { readThreadCorpus } from './threads-corpus.ts';
import { printTopicFigures } from './topic-figures.ts';
import { drawSample } from './threads-sample.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/data/baomoi';
const listsFile = args.find((a) => a.startsWith('--lists='))?.slice('--lists='.length);
const labelsFile = new URL('./data/thread-labels.json', import.meta.url);

const { inputs, lists, relatedSeconds } = await readThreadCorpus(dir, listsFile, args.includes('--topics-only'));
printTopicFigures(inputs);
if (args.includes('--topics-only')) process.exit(0);
const rssBefore = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const threads = buildStoryThreads(inputs, (id) => lists.get(id) ?? []);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);

const sizes = threads.map((t) => t.ids.length);
const inThreads = sizes.reduce((a, b) => a + b, 0);
const count = (lo: number, hi: number) => sizes.filter((s) => s >= lo && s <= hi).length;
const reposts = threads.reduce((n, t) => n + t.ids.length - t.entries.length, 0);
console.log(`docs ${inputs.length}  load average ${loadavg()[0].toFixed(1)}  related lists ${relatedSeconds ? `${relatedSeconds.toFixed(1)} s` : `read from ${listsFile}`}`);
console.log(`thread stage ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU   RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`threads ${threads.length}  articles in threads ${inThreads} (${((100 * inThreads) / inputs.length).toFixed(1)}%)  reposts folded ${reposts}  threads of reposts only ${threads.filter((t) => t.entries.length === 1).length}`);
console.log(`sizes: 2: ${count(2, 2)}  3-5: ${count(3, 5)}  6-10: ${count(6, 10)}  11-20: ${count(11, 20)}  21-30: ${count(21, 30)}  largest ${Math.max(0, ...sizes)}`);

const sample = drawSample(threads, lists, { seed: 16, half: 50, nearScore: 0.45 });
const byId = new Map(inputs.map((d) => [d.id, d]));
if (args.includes('--print-sample')) {
  for (const [i, { a, b, predicted }] of sample.entries()) {
    console.log(`\n#${i} ${a} ${b} predicted ${predicted ? 'same' : 'apart'}`);
    for (const d of [byId.get(a)!, byId.get(b)!]) console.log(`  [${d.source ?? '-'}] ${d.headline}\n    ${(d.lede ?? '').slice(0, 260)}\n    ${(d.opening ?? '').slice(0, 260)}`);
  }
}
if (existsSync(labelsFile)) {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { a: string; b: string; same: boolean; why: string }[];
  const same = new Map(labels.map((l) => [`${l.a}\0${l.b}`, l.same]));
  const labelled = sample.filter((p) => same.has(`${p.a}\0${p.b}`));
  const truth = (p: (typeof sample)[number]) => same.get(`${p.a}\0${p.b}`)!;
  const tp = labelled.filter((p) => p.predicted && truth(p)).length;
  const fp = labelled.filter((p) => p.predicted && !truth(p)).length;
  const fn = labelled.filter((p) => !p.predicted && truth(p)).length;
  console.log(`labelled sample: ${labelled.length} of ${sample.length} pairs labelled; precision ${(tp / (tp + fp)).toFixed(2)} (${tp}/${tp + fp})  recall ${(tp / (tp + fn)).toFixed(2)} (${tp}/${tp + fn}, near misses only: an upper bound)`);
}
