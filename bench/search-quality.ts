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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/harness/browser.ts';
import { serveStatic } from '../tools/harness/serve.ts';
import { buildSite } from '../tools/harness/build-site.ts';
import { shortIdFromPath } from '../src/lib/site/slug.ts';
import { foldAll } from '../src/lib/text/fold.ts';
import { decodeEntities } from '../src/lib/text/html-text.ts';
import { words as wordsOf } from '../src/lib/text/words.ts';
import { planSearch } from '../src/lib/search/query.ts';
import { ADJACENCY_BOOST, rankByAdjacency } from '../src/lib/search/rank.ts';
import { SEARCH_RANKING } from '../src/lib/search/options.ts';
import { searchFullText } from '../src/lib/search/full-text-rank.ts';
import { drawPhrases, pageText, type Phrase, type PhrasePage } from './phrase-set.ts';
import { holdsAsTyped } from '../src/lib/search/phrase-rank.ts';

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

interface Case { path: string; slugQuery: string; rareQuery: string; pairQuery: string }

/** Folded article text by page path id, to check whether a result holds a query pair side by side. */
const textById = new Map<string, string>();
/** Every page's `<article>`, for the phrase set, and its text by page path. */
const articles: PhrasePage[] = [];
const pageTextByPath = new Map<string, string>();

/** Pairs each corpus file with its built page (by the path id ending the slug) and makes its two queries. */
function readCases(dist: string): Case[] {
  const dirs = new Map(readdirSync(dist).map((d) => [d.slice(-8), d]));
  const pages: { path: string; url: string; headline: string }[] = [];
  const df = new Map<string, number>();
  const pairDf = new Map<string, number>();
  for (const file of readdirSync(UNC).sort()) {
    const dir = dirs.get(shortIdFromPath(file));
    const url = /^# url = (.*)$/m.exec(readFileSync(join(UNC, file), 'utf8'))?.[1];
    if (!dir || !url) continue;
    const html = readFileSync(join(dist, dir, 'index.html'), 'utf8');
    const article = /<article[^]*?<\/article>/.exec(html)?.[0] ?? '';
    const headline = decodeEntities(/<h1>([^<]*)<\/h1>/.exec(article)?.[1] ?? '');
    const words = syllables(article.replace(/<[^>]+>/g, ' '));
    for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
    textById.set(dir.slice(-8), ` ${words.join(' ')} `);
    for (const pair of new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`))) pairDf.set(pair, (pairDf.get(pair) ?? 0) + 1);
    pages.push({ path: `/${dir}/`, url, headline });
    articles.push({ path: `/${dir}/`, html: article });
    pageTextByPath.set(`/${dir}/`, pageText(article));
  }
  return pages.slice(0, limit).map(({ path, url, headline }) => {
    const slug = url.split('/').pop()!.replace(/-\d+\.html?$/, '').replace(/-/g, ' ');
    const words = [...new Set(syllables(headline))].filter((w) => /\p{L}/u.test(w));
    const rare = new Set([...words].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 3));
    // (c) a two-syllable word of the headline whose syllables are both common alone (df >= 20),
    // so other pages hold them apart: the case adjacency ranking is for.
    const seq = syllables(headline);
    const pairs = seq.slice(1).map((w, i) => `${seq[i]} ${w}`).filter((p) => p.split(' ').every((w) => (df.get(w) ?? 0) >= 20 && /\p{L}/u.test(w)));
    const pairQuery = pairs.sort((a, b) => (pairDf.get(a) ?? 0) - (pairDf.get(b) ?? 0))[0] ?? '';
    return { path, slugQuery: slug, rareQuery: words.filter((w) => rare.has(w)).join(' '), pairQuery };
  });
}
const syllables = (text: string) => wordsOf(foldAll(decodeEntities(text)));

type Variant = 'raw' | 'fold' | 'weights' | 'pairs' | 'phrase' | 'page';
const VARIANTS = (arg('--variants') ?? 'raw,fold,weights,pairs,phrase,page').split(',') as Variant[];

/** The phrase set, drawn once the pages are read. */
let phrases: Phrase[] = [];

/** Searches the page answered from the headline index alone (its status names headlines). */
let answeredByHeadlines = 0;

/** Top-5 page paths as the search page shows them: the query typed into its form and submitted. */
async function top5OnPage(tab: Page, query: string): Promise<string[]> {
  await tab.evaluate(() => ((document.querySelector('[data-search]') as HTMLElement).dataset.state = 'stale'));
  await tab.fill('#search-q', query);
  await tab.press('#search-q', 'Enter');
  await tab.waitForSelector('[data-search][data-state="done"], [data-search][data-state="error"], [data-search][data-state="idle"]');
  if (/tiêu đề/.test((await tab.textContent('.search-status')) ?? '')) answeredByHeadlines++;
  return tab.$$eval('.search-result h2 a', (links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Top-5 page paths for one query on the Pagefind JS API in the page, as the variant searches. */
async function top5(tab: Page, query: string, variant: Variant): Promise<string[]> {
  if (variant === 'phrase') return top5ByPhrase(tab, query);
  const plan = variant === 'raw' ? { query, phrases: [] } : planSearch(query);
  const [main, ...probes]: { id: string; score: number }[][] = await tab.evaluate(async ({ q, phrases }) => {
    const pf = (globalThis as any).pf;
    const all = await Promise.all([q, ...phrases].map((x) => pf.search(x)));
    (globalThis as any).last = new Map(all[0].results.map((r: any) => [r.id, r]));
    return all.map((s: any) => s.results.map((r: any) => ({ id: r.id, score: r.score })));
  }, { q: plan.query, phrases: variant === 'pairs' ? plan.phrases : [] });
  const ranked = rankByAdjacency(main, probes.map((p) => new Set(p.map((r) => r.id))), boost).slice(0, 5);
  return pathsOf(tab, ranked.map((r) => r.id));
}

/** The full-text tier's own ranking (searchFullText), each Pagefind search run in the page. */
async function top5ByPhrase(tab: Page, query: string): Promise<string[]> {
  await tab.evaluate(() => ((globalThis as any).last = new Map()));
  const search = async (q: string) => {
    const found: { id: string; score: number }[] = await tab.evaluate(async (q) => {
      const results = (await (globalThis as any).pf.search(q)).results;
      for (const r of results) if (!(globalThis as any).last.has(r.id)) (globalThis as any).last.set(r.id, r);
      return results.map((r: any) => ({ id: r.id, score: r.score }));
    }, q);
    return found.map((r) => ({ ...r, data: () => tab.evaluate(async (id) => ({ content: (await (globalThis as any).last.get(id).data()).content as string }), r.id) }));
  };
  const ranked = await searchFullText(search, query);
  return pathsOf(tab, ranked.slice(0, 5).map((r) => r.id));
}

/** Page paths of results found by the last searches, by id. */
function pathsOf(tab: Page, ids: string[]): Promise<string[]> {
  return tab.evaluate(async (top) => {
    const last = (globalThis as any).last as Map<string, any>;
    return Promise.all(top.map(async (id) => new URL((await last.get(id).data()).url, location.href).pathname));
  }, ids);
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
      const top = variant === 'page' ? await top5OnPage(tab, c[kind]) : await top5(tab, c[kind], variant);
      if (kind === 'pairQuery') {
        shown += top.length;
        adjacent += top.filter((p) => textById.get(p.slice(-9, -1))?.includes(` ${c[kind]} `)).length;
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
      const top = variant === 'page' ? await top5OnPage(tab, query) : await top5(tab, query, variant);
      if (phrase.pages > 1) {
        tally.shared[0]++;
        if (top[0] && textById.get(top[0].slice(-9, -1))?.includes(` ${phrase.folded} `)) tally.shared[1]++;
        if (form === 'typed' && phrase.typedPages < phrase.pages) {
          tally.tones[0]++;
          if (top[0] && holdsAsTyped(pageTextByPath.get(top[0]) ?? '', phrase.typed)) tally.tones[1]++;
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

/**
 * One first search on a fresh page load of the search page (a new browser context: empty cache):
 * requests, gzip bytes, time from navigation to the complete first list. Returns the time.
 */
async function firstSearchCost(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, q: string, quiet: boolean): Promise<number> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const bodies: Promise<{ path: string; bytes: number }>[] = [];
  tab.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    bodies.push(res.body().then((b) => ({ path, bytes: Math.min(b.length, gzipSync(b).length) }), () => ({ path, bytes: 0 })));
  });
  await tab.goto(`${url}tim-kiem/?q=${encodeURIComponent(q)}`);
  const handle = await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done' && performance.now(), null, { polling: 'raf', timeout: 30_000 });
  const shown = await tab.locator('.search-result').count();
  const ms = (await handle.jsonValue()) as number;
  await tab.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  const kb = (filter: (p: string) => boolean) => (all.filter((r) => filter(r.path)).reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1);
  const statusLine = (await tab.textContent('.search-status')) ?? '';
  const tier = /tiêu đề/.test(statusLine) ? 'headline index' : 'full text';
  await context.close();
  if (quiet) return ms;
  console.log(
    `  "${q}" (${tier}): ${all.length} requests, ${kb(() => true)} KB gzip ` +
      `(page ${kb((p) => !p.includes('/chi-muc/') && !p.includes('/pagefind/'))}, headline index ${kb((p) => p.includes('/chi-muc/'))}, pagefind ${kb((p) => p.includes('/pagefind/'))}), ` +
      `${shown} results shown, list complete after ${Math.round(ms)} ms (status: ${statusLine})`,
  );
  return ms;
}

const browser = await launchBrowser();
try {
  const unc = await siteFor(arg('--unc'), UNC, 'unc');
  const cases = readCases(unc);
  phrases = drawPhrases(articles, Number(arg('--phrases') ?? 250));
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
