import type { Article } from '../lib/article.ts';
import { buildRelatedIndex, createHeadlineMatcher } from '../lib/related/index.ts';
import { relatedInput } from '../lib/related/article-input.ts';
import { getLatestArticles } from './articles.ts';

export const RELATED_LIMIT = Number(process.env.RELATED_LIMIT) || 5;

export interface SidebarData {
  related: Article[];
  sourceRelated: { headline: string; summary?: string; article?: Article }[];
}

let cache: Promise<(article: Article) => SidebarData> | undefined;

/** Related stories for every article, computed once per build over the whole corpus. */
export function getSidebarLookup(): Promise<(article: Article) => SidebarData> {
  cache ??= getLatestArticles().then((articles) => {
    const started = performance.now();
    const byFile = new Map(articles.map((a) => [a.file, a]));
    const index = buildRelatedIndex(articles.map(relatedInput), { limit: RELATED_LIMIT });
    const match = createHeadlineMatcher(articles.map((a) => ({ id: a.file, headline: a.headline })));
    // One line for bench/build.ts to read the related stage's share of the build.
    console.info(`[related] ${articles.length} articles in ${((performance.now() - started) / 1000).toFixed(2)} s`);
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
