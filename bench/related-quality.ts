/**
 * Quality of related stories on a labelled corpus (default: unc-dev, category = `news_<category>_<n>.txt`).
 * Without the floor (every list filled to 5): P@1 / P@5 = share of related articles with the query's
 * category. With the floor (what the site shows, see floor.ts): the precision of the stories shown,
 * P@5 counting a dropped slot as not wrong (1 - wrong shown / 5 per article), and how many articles
 * still show at least three stories, or none. Articles go through
 * the project's parser as on the site; the ranking never sees the category, the source, the URL
 * or the file name: ids are opaque and those fields are dropped (see read-corpus.ts).
 * Usage: npx node bench/related-quality.ts [dir] [knob=value ...]   (knobs: see RelatedTuning)
 */
import { createHash } from 'node:crypto';
import { keepRelatedEnough } from '../src/lib/related/floor.ts';
import { buildRelatedIndex } from '../src/lib/related/index.ts';
import { DEFAULT_TUNING, type RelatedTuning } from '../src/lib/related/types.ts';
import { readCorpus } from './read-corpus.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.includes('=') && !a.startsWith('--')) ?? '/work/shared/corpus/unc-dev';
const tuning: Partial<RelatedTuning> = {};
for (const a of args.filter((x) => x.includes('='))) {
  const [k, v] = a.split('=');
  (tuning as Record<string, number>)[k] = Number(v);
}

const corpus = await readCorpus(dir);
const categoryOf = new Map<string, string>();
const docs = corpus.map(({ file, id: _path, ...input }) => {
  const id = createHash('sha1').update(file).digest('hex').slice(0, 12); // opaque: no category in the id
  categoryOf.set(id, file.replace(/^news_/, '').replace(/_\d+\.txt$/, ''));
  return { ...input, id };
});

const started = performance.now();
const related = buildRelatedIndex(docs, { limit: 5, tuning: { ...tuning, minScore: 0, extraMinScore: 0 } });
const seconds = (performance.now() - started) / 1000;

let at1 = 0, n1 = 0, at5 = 0, n5 = 0;
const perCategory = new Map<string, [number, number]>();
for (const [id, hits] of related) {
  const cat = categoryOf.get(id)!;
  const row = perCategory.get(cat) ?? [0, 0];
  perCategory.set(cat, row);
  row[1] += hits.length;
  row[0] += hits.filter((h) => categoryOf.get(h.id) === cat).length;
  if (hits.length) {
    n1++;
    if (categoryOf.get(hits[0].id) === cat) at1++;
  }
  for (const h of hits) {
    n5++;
    if (categoryOf.get(h.id) === cat) at5++;
  }
}
console.log(`docs ${docs.length}  tuning ${JSON.stringify(tuning)}`);
console.log(`without the floor: P@1 ${(at1 / n1).toFixed(4)}  P@5 ${(at5 / n5).toFixed(4)}  hits/doc ${(n5 / docs.length).toFixed(2)}  build ${seconds.toFixed(2)} s`);
const floor = { ...DEFAULT_TUNING, ...tuning };
let shown = 0, right = 0, atLeast3 = 0, none = 0;
for (const [id, hits] of related) {
  const kept = keepRelatedEnough(hits, floor);
  shown += kept.length;
  right += kept.filter((h) => categoryOf.get(h.id) === categoryOf.get(id)).length;
  if (kept.length >= 3) atLeast3++;
  if (kept.length === 0) none++;
}
const share = (k: number) => (k / docs.length).toFixed(3);
console.log(
  `with the floor (${floor.minScore}, ${floor.extraMinScore} after ${floor.floorRank}): precision of shown ${(right / shown).toFixed(4)}  ` +
    `P@5 (dropped = not wrong) ${(1 - (shown - right) / (5 * docs.length)).toFixed(4)}  shown/doc ${(shown / docs.length).toFixed(2)}  ` +
    `at least 3 shown ${share(atLeast3)}  none ${share(none)}`,
);
if (args.includes('--by-category') || process.env.BY_CATEGORY) {
  for (const [cat, [ok, all]] of [...perCategory].sort()) console.log(`  ${cat.padEnd(14)} P@5 ${(ok / all).toFixed(3)}`);
}
