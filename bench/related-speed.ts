/**
 * Speed and memory of buildRelatedIndex on a large corpus (default: the 35,440 baomoi articles).
 * Prints the time to read and parse the files (the project's parser, as on the site), a separate
 * tokenise pass, then wall time and peak RSS of the build alone, on one thread and on two (as the
 * site builds it, buildRelatedIndexOnThreads), and whether the two give the same lists.
 * Usage: npx node bench/related-speed.ts [dir] [knob=value ...]
 */
import { buildRelatedIndexOnThreads, buildRelatedIndexWithSections } from '../src/lib/related/index.ts';
import { tokenize } from '../src/lib/text/tokenize.ts';
import type { RelatedTuning } from '../src/lib/related/types.ts';
import { readCorpus } from './read-corpus.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.includes('=')) ?? '/work/data/baomoi';
const tuning: Partial<RelatedTuning> = {};
for (const a of args.filter((x) => x.includes('='))) {
  const [k, v] = a.split('=');
  (tuning as Record<string, number>)[k] = Number(v);
}
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

let t0 = performance.now();
const docs = await readCorpus(dir);
const readSeconds = (performance.now() - t0) / 1000;

t0 = performance.now();
let tokens = 0;
for (const d of docs) {
  for (const field of [d.headline, d.lede ?? '', d.text]) {
    const { syllables, pairs } = tokenize(field);
    tokens += syllables.length + pairs.length;
  }
}
const tokenizeSeconds = (performance.now() - t0) / 1000;
const rssBefore = process.memoryUsage().rss;

t0 = performance.now();
const cpu0 = process.cpuUsage();
const { lists: related, sections } = buildRelatedIndexWithSections(docs, { limit: 5, tuning });
const buildSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);

let hits = 0;
for (const list of related.values()) hits += list.length;
console.log(`docs ${docs.length}  load average ${(await import('node:os')).loadavg()[0].toFixed(1)}  tuning ${JSON.stringify(tuning)}`);
console.log(`read+parse ${readSeconds.toFixed(2)} s   tokenise (separate pass) ${tokenizeSeconds.toFixed(2)} s, ${tokens} syllables+pairs`);
console.log(`buildRelatedIndex ${buildSeconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU   hits/doc ${(hits / docs.length).toFixed(2)}`);
console.log(`RSS before build ${mb(rssBefore)} MB   peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB   heap now ${mb(process.memoryUsage().heapUsed)} MB`);

t0 = performance.now();
const cpu1 = process.cpuUsage();
const two = await buildRelatedIndexOnThreads(docs, { limit: 5, tuning }, process.cwd(), 0);
const twoSeconds = (performance.now() - t0) / 1000;
const cpu2 = process.cpuUsage(cpu1);
const same = JSON.stringify([[...two.lists], [...two.sections]]) === JSON.stringify([[...related], [...sections]]);
console.log(`on two threads ${twoSeconds.toFixed(2)} s wall (${(buildSeconds / twoSeconds).toFixed(2)}x), ${((cpu2.user + cpu2.system) / 1e6).toFixed(2)} s CPU   same lists and sections: ${same}`);
