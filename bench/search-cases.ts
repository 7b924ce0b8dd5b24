/** The unc-dev queries of bench/search-quality.ts, made from the corpus files and their built pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortIdFromPath } from '../src/lib/site/slug.ts';
import { foldAll } from '../src/lib/text/fold.ts';
import { decodeEntities } from '../src/lib/text/html-text.ts';
import { words as wordsOf } from '../src/lib/text/words.ts';
import { pageText, type PhrasePage } from './phrase-set.ts';

export interface Case { path: string; slugQuery: string; rareQuery: string; pairQuery: string }

/** The cases, and what the checks read of the built pages. */
export interface BuiltCases {
  cases: Case[];
  /** Folded article text by page path id, to check whether a result holds a query pair side by side. */
  textById: Map<string, string>;
  /** Every page's `<article>`, for the phrase set, and its text by page path. */
  articles: PhrasePage[];
  pageTextByPath: Map<string, string>;
}

/**
 * Pairs each file of the corpus with its page in the built site `dist` (by the path id ending the
 * slug) and makes its queries, for the first `limit` pages.
 */
export function readCases(corpus: string, dist: string, limit: number): BuiltCases {
  const textById = new Map<string, string>();
  const articles: PhrasePage[] = [];
  const pageTextByPath = new Map<string, string>();
  const dirs = new Map(readdirSync(dist).map((d) => [d.slice(-8), d]));
  const pages: { path: string; url: string; headline: string }[] = [];
  const df = new Map<string, number>();
  const pairDf = new Map<string, number>();
  for (const file of readdirSync(corpus).sort()) {
    const dir = dirs.get(shortIdFromPath(file));
    const url = /^# url = (.*)$/m.exec(readFileSync(join(corpus, file), 'utf8'))?.[1];
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
  const cases = pages.slice(0, limit).map(({ path, url, headline }) => {
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
  return { cases, textById, articles, pageTextByPath };
}
/** Folded syllables of a text, entities decoded. */
const syllables = (text: string) => wordsOf(foldAll(decodeEntities(text)));
