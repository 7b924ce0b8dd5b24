import type { Article } from '../lib/article.ts';
import { digestAll } from '../lib/build/digest.ts';
import { readArticleBody } from './article-body.ts';
import { buildRelatedIndex, createHeadlineMatcher, type RelatedHit } from '../lib/related/index.ts';
import { relatedInput } from '../lib/related/article-input.ts';
import { getLatestArticles } from './articles.ts';
import { cachedJson } from './build-cache.ts';
import { libraryDigest } from '../lib/build/code-digest.ts';

export const RELATED_LIMIT = Number(process.env.RELATED_LIMIT) || 5;

export interface SidebarData {
  related: Article[];
  sourceRelated: { headline: string; summary?: string; article?: Article }[];
}

let cache: Promise<(article: Article) => SidebarData> | undefined;

/**
 * Related stories for every article, computed once per build over the whole corpus, and kept
 * between builds while the engine's inputs and code are unchanged (a rebuild with no change
 * reads them back instead of computing them again).
 */
export function getSidebarLookup(): Promise<(article: Article) => SidebarData> {
  cache ??= getLatestArticles().then((articles) => {
    const started = performance.now();
    const byFile = new Map(articles.map((a) => [a.file, a]));
    // An article's engine input follows from its path and its file's digest (`body`, with the parser's).
    const key = digestAll([libraryDigest(process.cwd()), RELATED_LIMIT, ...articles.map((a) => `${a.file}\0${a.body}`)]);
    const { value, reused } = cachedJson('related', key, () => {
      const inputs = articles.map((a) => relatedInput({ ...a, ...readArticleBody(a) }));
      return [...buildRelatedIndex(inputs, { limit: RELATED_LIMIT })];
    });
    const index = new Map<string, RelatedHit[]>(value);
    const match = createHeadlineMatcher(articles.map((a) => ({ id: a.file, headline: a.headline })));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.info(`[related] ${articles.length} articles in ${seconds} s${reused ? ' (unchanged: read from the cache)' : ''}`);
    return (article: Article) => ({
      related: (index.get(article.file) ?? []).map((hit) => byFile.get(hit.id)).filter((a): a is Article => a !== undefined),
      sourceRelated: article.sourceRelated.map((item) => {
        const id = match(item.headline);
        return { ...item, article: id && id !== article.file ? byFile.get(id) : undefined };
      }),
    });
  });
  return cache;
}
