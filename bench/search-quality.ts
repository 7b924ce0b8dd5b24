/**
 * Search quality and cost, in a real browser over HTTP.
 *
 * Quality (unc-dev, 1,000 dantri articles): for every article, (a) its `# url` slug as a query
 * (the headline without diacritics) and (b) the three rarest syllables of its headline without
 * diacritics; hit@1 and hit@5 of the article's page; (c) a two-syllable word of its headline whose
 * syllables are common alone, with the share of top-5 results holding that pair side by side.
 * Each idea is measured on its own:
 *   raw     the query as typed, Pagefind defaults, on the index without hidden copies (if given)
 *   fold    + `đ` -> `d` in the query, meeting the hidden `kd`/`kdd` copies
 *   weights + the `kd` headline copy weighted like a title (SEARCH_RANKING)
 *   pairs   + phrase probes per adjacent word pair, re-ranked by adjacency
 *   phrase  + the whole query as a phrase first, the reader's spelling first (the full-text tier)
 *   page    the search page itself: headline index first, Pagefind when headlines give < 5
 * Cost (baomoi, 35,440 articles): a first search on a fresh load of /tim-kiem/?q=..., counting
 * requests, bytes as a gzipping static host would send them, and time until the first result list is
 * complete (the page done: its results shown, older shards left for the reader to ask for).
 *
 * Phrases (d): passages of 2 to 6 syllables drawn from the bodies (bench/phrase-set.ts), typed
 * with and without diacritics; hit@1 and hit@5 of the one page holding it.
 *
 * Usage: npx node bench/search-quality.ts [--unc DIST] [--raw DIST] [--baomoi DIST | --no-baomoi] [--limit N] [--boost X]
 *        [--variants raw,fold,weights,pairs,page] [--phrases N] [--only-phrases] [--misses]
 * Without a DIST the site is built from the corpus into /tmp/bao-tinh-bench/ (baomoi takes minutes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/harness/browser.ts';
import { serveStatic } from '../tools/harness/serve.ts';
import { buildSite } from '../tools/harness/build-site.ts';
import { ADJACENCY_BOOST } from '../src/lib/search/rank.ts';
import { drawPhrases, type Phrase } from './phrase-set.ts';
import { readCases, type BuiltCases, type Case } from './search-cases.ts';
import { SEARCH_RANKING } from '../src/lib/search/options.ts';
import { holdsAsTyped } from '../src/lib/search/phrase-rank.ts';
import { firstSearchCost } from './search-cost.ts';
import { top5, top5OnPage, type Variant } from './search-in-page.ts';

const UNC = '/work/shared/corpus/unc-dev';
const BAOMOI = '/work/data/baomoi';
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const limit = Number(arg('--limit') ?? Infinity);
const boost = Number(arg('--boost') ?? ADJACENCY_BOOST);

/** Builds a corpus folder into /tmp/bao-tinh-bench/<name>/dist unless a dist is given. */
async function siteFor(given: string | undefined, contentDir: string, name: string): Promise<string> {
  if (given) return resolve(given);
  const out = `/tmp/bao-tinh-bench/${name}`;
  console.log(`building ${contentDir} -> ${out}/dist ...`);
  return (await buildSite({ contentDir, outDir: out, siteUrl: 'http://localhost:4321' })).distDir;
}

/** The built unc-dev pages and their queries (search-cases.ts), read before any search. */
let built: BuiltCases;

const VARIANTS = (arg('--variants') ?? 'raw,fold,weights,pairs,phrase,page').split(',') as Variant[];

/** The phrase set, drawn once the pages are read. */
let phrases: Phrase[] = [];

/** Searches the page answered from the headline index alone (its status names headlines). */
let answeredByHeadlines = 0;

/** Top-5 page paths for one query as the variant searches, counting the page's headline-only answers. */
async function top5Shown(tab: Page, query: string, variant: Variant): Promise<string[]> {
  if (variant !== 'page') return top5(tab, query, variant, boost);
  const { paths, fromHeadlines } = await top5OnPage(tab, query);
  if (fromHeadlines) answeredByHeadlines++;
  return paths;
}

async function quality(tab: Page, siteUrl: string, cases: Case[], variant: Variant): Promise<void> {
  await tab.goto(variant === 'page' ? `${siteUrl}tim-kiem/` : siteUrl);
  const base = new URL(siteUrl).pathname;
  await tab.evaluate(async ({ base, ranking }) => {
    // The full text is in shards (dist/pagefind/shards.json), merged as the search page does.
    const { shards } = await (await fetch(`${base}pagefind/shards.json`)).json();
    const pf = await import(`${base}pagefind/${shards[0]}pagefind.js`);
    if (ranking) await pf.options({ ranking });
    for (const shard of shards.slice(1)) await pf.mergeIndex(`${base}pagefind/${shard}`, ranking ? { ranking } : {});
    (globalThis as any).pf = pf;
  }, { base, ranking: variant === 'weights' || variant === 'pairs' || variant === 'phrase' ? SEARCH_RANKING : null });
  const started = performance.now();
  const kinds = args.includes('--only-phrases') ? [] : (['slugQuery', 'rareQuery', 'pairQuery'] as const);
  for (const kind of kinds) {
    let at1 = 0, at5 = 0, adjacent = 0, shown = 0, n = 0;
    answeredByHeadlines = 0;
    for (const c of cases) {
      if (!c[kind]) continue;
      n++;
      const top = await top5Shown(tab, c[kind], variant);
      if (kind === 'pairQuery') {
        shown += top.length;
        adjacent += top.filter((p) => built.textById.get(p.slice(-9, -1))?.includes(` ${c[kind]} `)).length;
      }
      // Compare by the path id ending each slug: the raw build may predate a headline fix.
      const id = c.path.slice(-10);
      if (top[0]?.endsWith(id)) at1++;
      if (top.some((p) => p.endsWith(id))) at5++;
      else if (args.includes('--misses')) console.log(`    miss ${variant} "${c[kind]}" -> ${c.path} got ${top.slice(0, 2).join(' ')}`);
    }
    const label = { slugQuery: '(a) url slug  ', rareQuery: '(b) 3 rare syl', pairQuery: '(c) 2-syl word' }[kind];
    const fromHeadlines = variant === 'page' ? `  headline tier alone ${(answeredByHeadlines / n).toFixed(3)}` : '';
    const extra = (kind === 'pairQuery' ? `  top-5 holding the pair adjacent ${(adjacent / shown).toFixed(3)} (n=${n})` : '') + fromHeadlines;
    console.log(`  ${variant.padEnd(7)} ${label}  hit@1 ${(at1 / n).toFixed(3)}  hit@5 ${(at5 / n).toFixed(3)}${extra}`);
  }
  if (kinds.length) console.log(`  ${variant.padEnd(7)} ${(cases.length * 3)} searches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (phrases.length > 0) await phraseQuality(tab, phrases, variant);
}

/**
 * The phrase set (bench/phrase-set.ts), typed with and without diacritics. For a phrase one page
 * holds: hit@1 and hit@5 of that page, by length (2 syllables; 3 to 6, the target). For a phrase
 * several pages hold: the share whose first result holds it side by side, and, typed with
 * diacritics where some pages hold its syllables with other tones, the share whose first result
 * spells it as typed.
 */
async function phraseQuality(tab: Page, set: readonly Phrase[], variant: Variant): Promise<void> {
  for (const form of ['typed', 'folded'] as const) {
    const tally = { short: [0, 0, 0], long: [0, 0, 0], shared: [0, 0], tones: [0, 0] };
    for (const phrase of set) {
      const query = phrase[form];
      const top = await top5Shown(tab, query, variant);
      if (phrase.pages > 1) {
        tally.shared[0]++;
        if (top[0] && built.textById.get(top[0].slice(-9, -1))?.includes(` ${phrase.folded} `)) tally.shared[1]++;
        if (form === 'typed' && phrase.typedPages < phrase.pages) {
          tally.tones[0]++;
          if (top[0] && holdsAsTyped(built.pageTextByPath.get(top[0]) ?? '', phrase.typed)) tally.tones[1]++;
        }
        continue;
      }
      const t = phrase.syllables === 2 ? tally.short : tally.long;
      t[0]++;
      if (top[0] === phrase.path) t[1]++;
      if (top.includes(phrase.path)) t[2]++;
      else if (args.includes('--misses')) console.log(`    miss ${variant} phrase "${query}" -> ${phrase.path} got ${top.slice(0, 2).join(' ')}`);
    }
    const rate = (a: number, n: number) => (n ? a / n : 0).toFixed(3);
    const label = form === 'typed' ? 'with diacritics   ' : 'without diacritics';
    console.log(
      `  ${variant.padEnd(7)} (d) phrase ${label}  one page, 3-6 syl: hit@1 ${rate(tally.long[1], tally.long[0])} hit@5 ${rate(tally.long[2], tally.long[0])} (n=${tally.long[0]})` +
        `; 2 syl: hit@1 ${rate(tally.short[1], tally.short[0])} hit@5 ${rate(tally.short[2], tally.short[0])} (n=${tally.short[0]})` +
        `; several pages: first result holds it ${rate(tally.shared[1], tally.shared[0])} (n=${tally.shared[0]})` +
        (form === 'typed' ? `, as typed when others have other tones ${rate(tally.tones[1], tally.tones[0])} (n=${tally.tones[0]})` : ''),
    );
  }
}

const browser = await launchBrowser();
try {
  const unc = await siteFor(arg('--unc'), UNC, 'unc');
  built = readCases(UNC, unc, limit);
  const { cases } = built;
  phrases = drawPhrases(built.articles, Number(arg('--phrases') ?? 250));
  const unique = phrases.filter((p) => p.pages === 1);
  console.log(`phrase set: ${phrases.length} phrases of 2-6 syllables from bodies (seed 13), ${unique.length} in one page only, e.g. "${unique[0]?.typed}"`);
  console.log(`unc-dev: ${cases.length} articles, e.g. (a) "${cases[0].slugQuery}" (b) "${cases[0].rareQuery}"`);
  const tab = await browser.newPage();
  const raw = arg('--raw');
  if (raw) {
    const server = await serveStatic(raw);
    await quality(tab, server.url, cases, 'raw');
    await server.close();
  }
  const server = await serveStatic(unc);
  for (const variant of VARIANTS.filter((v) => !(raw && v === 'raw'))) {
    await quality(tab, server.url, cases, variant);
  }
  await server.close();

  if (!args.includes('--no-baomoi')) {
    const baomoi = await siteFor(arg('--baomoi'), BAOMOI, 'baomoi');
    if (!existsSync(join(baomoi, 'pagefind'))) throw new Error(`${baomoi} has no pagefind/ index`);
    const bm = await serveStatic(baomoi);
    const shardCount = JSON.parse(readFileSync(join(baomoi, 'pagefind', 'shards.json'), 'utf8')).shards.length;
    console.log(`baomoi first search (fresh context, ${shardCount} full-text shards):`);
    // Common topics first; then one headline typed without diacritics (a single headline match, so
    // the page fills up from the full text) and words that meet in article text but not in a headline.
    const queries = ['da nang', 'không kích', 'gia vang hom nay', 'bóng đá việt nam', 'con giap so hen luon gap may', 'mưa đá vùng cao tuyết'];
    for (const q of queries) {
      const times = [await firstSearchCost(browser, bm.url, q, false)];
      for (let i = 0; i < 4; i++) times.push(await firstSearchCost(browser, bm.url, q, true));
      times.sort((a, b) => a - b);
      console.log(`    complete list over 5 fresh loads: median ${Math.round(times[2])} ms (${times.map(Math.round).join(', ')})`);
    }
    await bm.close();
  }
} finally {
  await browser.close();
}
