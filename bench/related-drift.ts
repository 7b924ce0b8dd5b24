/**
 * How many related lists a few new articles move: the engine's share of a rebuild's cost, since
 * each changed list renders an article page again. Builds the lists of a corpus (default: the
 * 35,440 baomoi articles), then of the same corpus with `count` synthetic new articles dated this
 * month (as `bench/build.ts` adds them), both as the site does (`buildRelatedIndexOnThreads`),
 * and counts the old articles whose list changed: in order, as a set, and as a set because a new
 * article entered it; and those whose latent section changed.
 * Usage: npx node bench/related-drift.ts [dir] [count] [knob=value ...]
 */
import { readArticle } from '../src/lib/ingest/read-article.ts';
import { relatedInput } from '../src/lib/related/article-input.ts';
import { buildRelatedIndexOnThreads, type RelatedHit } from '../src/lib/related/index.ts';
import type { RelatedTuning } from '../src/lib/related/types.ts';
import { readCorpus } from './read-corpus.ts';
import { makeArticles, readBaomoi } from './synthetic-articles.ts';

const args = process.argv.slice(2);
const [dir = '/work/data/baomoi', count = '100'] = args.filter((a) => !a.includes('='));
const tuning: Partial<RelatedTuning> = {};
for (const a of args.filter((x) => x.includes('='))) {
  const [k, v] = a.split('=');
  (tuning as Record<string, number>)[k!] = Number(v);
}

const old = await readCorpus(dir);
const month = new Date().toISOString().slice(0, 8);
const fresh = makeArticles(await readBaomoi(dir), Number(count), { seed: 7, from: `${month}01`, to: new Date().toISOString().slice(0, 10), prefix: 'moi-' });
const added = fresh.map(({ name, text }) => {
  const result = readArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  // As readCorpus does: neither category nor source reaches the ranking.
  const { category: _category, source: _source, ...input } = relatedInput(result.article);
  return input;
});
const newIds = new Set(added.map((a) => a.id));

const started = performance.now();
const before = await buildRelatedIndexOnThreads(old, { limit: 5, tuning }, process.cwd());
const after = await buildRelatedIndexOnThreads([...old, ...added], { limit: 5, tuning }, process.cwd());
const seconds = (performance.now() - started) / 1000;

const ids = (list: readonly RelatedHit[]) => list.map((h) => h.id);
let order = 0;
let set = 0;
let entered = 0;
let section = 0;
for (const [id, list] of before.lists) {
  const next = after.lists.get(id)!;
  if (ids(list).join('\n') !== ids(next).join('\n')) order++;
  if ([...ids(list)].sort().join('\n') !== [...ids(next)].sort().join('\n')) {
    set++;
    if (next.some((h) => newIds.has(h.id))) entered++;
  }
  if (before.sections.get(id) !== after.sections.get(id)) section++;
}
const share = (n: number) => `${n.toLocaleString('en')} (${((100 * n) / old.length).toFixed(1)}%)`;
console.log(`${old.length.toLocaleString('en')} articles in ${dir}, ${added.length} new; both builds ${seconds.toFixed(1)} s`);
console.log(`old articles whose related list changed: ${share(order)}`);
console.log(`  as a set: ${share(set)}; a new article entered: ${share(entered)}; the same stories reordered: ${share(order - set)}`);
console.log(`old articles whose latent section changed: ${share(section)}`);
