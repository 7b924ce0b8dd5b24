import { findTopics, topicDoc, type ThreadInput, type TopicIndex } from '../src/lib/threads/index.ts';

/** Listing pages of 30 articles, as the site pages them. */
const PAGE_SIZE = 30;

/** What an article's page shows of its topics: names and links, in order. */
function shownOf(index: TopicIndex, id: string): string {
  const byKey = new Map(index.topics.map((t) => [t.key, t]));
  return JSON.stringify((index.shown.get(id) ?? []).map((k) => [byKey.get(k)!.name, byKey.get(k)!.slug]));
}

/**
 * Prints the topic stage's figures on a corpus: topics and their sizes, the pages they add
 * (listing pages, feeds, the index), its CPU time, and how stable the articles' topic links are:
 * the corpus without its `added` newest articles (by date, undated first, then by file name: baomoi
 * is undated and its files are numbered in publication order) against the whole corpus, counting the older
 * articles whose shown topics change, as an incremental build would re-render them.
 */
export function printTopicFigures(inputs: readonly ThreadInput[], added = 100): void {
  // Oldest first: by date (undated first), then by file name.
  const order = (d: ThreadInput) => `${d.date ?? ''}\0${d.id}`;
  const docs = [...inputs].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)).map(topicDoc);
  const cpu0 = process.cpuUsage();
  const all = findTopics(docs);
  const cpu = process.cpuUsage(cpu0);
  const sizes = all.topics.map((t) => t.ids.length);
  const count = (lo: number, hi: number) => sizes.filter((s) => s >= lo && s <= hi).length;
  const listingPages = sizes.reduce((n, s) => n + Math.ceil(s / PAGE_SIZE), 0);
  console.log(`topics ${all.topics.length}  topic stage ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU  articles linking a topic ${all.shown.size} (${((100 * all.shown.size) / docs.length).toFixed(1)}%)`);
  console.log(`topic sizes: <50: ${count(0, 49)}  50-99: ${count(50, 99)}  100-199: ${count(100, 199)}  200-499: ${count(200, 499)}  500+: ${count(500, Infinity)}  largest ${Math.max(0, ...sizes)}`);
  console.log(`pages added: ${listingPages} listing pages + ${all.topics.length} feeds + 1 index = ${listingPages + all.topics.length + 1}`);
  console.log(`most named: ${all.topics.slice(0, 12).map((t) => `${t.name} ${t.ids.length}`).join(', ')}`);
  const older = docs.slice(0, docs.length - added);
  const before = findTopics(older);
  const changed = older.filter((d) => shownOf(before, d.id) !== shownOf(all, d.id)).length;
  const keys = (ix: TopicIndex) => new Set(ix.topics.map((t) => t.key));
  const [was, now] = [keys(before), keys(all)];
  console.log(
    `stability: ${older.length} oldest vs all ${docs.length}: ${changed} older articles' topic links change; topics ${[...now].filter((k) => !was.has(k)).length} new, ${[...was].filter((k) => !now.has(k)).length} gone`,
  );
}
