import config from 'virtual:bao-tinh/config';
import type { Article } from '../lib/ingest/article.ts';
import { buildRelatedIndexWithSections, createHeadlineMatcher, type RelatedHit } from '../lib/related/index.ts';
import { getArticlesByFile, getLatestArticles } from './articles.ts';
import { cachedJson } from './build-cache.ts';
import { RELATED_CACHE, relatedInputsOf, relatedKey, relatedStageDone, relatedStageStarted } from '../loaders/related-stage.ts';
import { workWhileRanking } from './while-ranking.ts';

export const RELATED_LIMIT = config.relatedLimit;

export interface SidebarData {
  related: Article[];
  sourceRelated: { headline: string; summary?: string; article?: Article }[];
}

interface RelatedData {
  /** Each article's related stories, by file. */
  lists: Map<string, RelatedHit[]>;
  /** Each article's latent section (a community number), by file. */
  sections: Map<string, number>;
}

let index: Promise<RelatedData> | undefined;

/**
 * Related stories and latent sections for every article, computed once per build over the whole
 * corpus, and kept between builds while the engine's inputs and code are unchanged (a rebuild
 * with no change reads them back instead of computing them again). A build's loader has started
 * the stage in its own process (related-stage.ts), which leaves them in the cache; computed here
 * only should that have failed, and in the dev server.
 */
function getRelatedData(): Promise<RelatedData> {
  index ??= getLatestArticles().then(async (articles) => {
    const key = relatedKey(articles, RELATED_LIMIT, process.cwd());
    if (relatedStageStarted()) await workWhileRanking();
    const failed = await relatedStageDone();
    if (failed) console.warn(`related stage: its own process failed (${failed}); computing the lists in the build's process`);
    const value = cachedJson(RELATED_CACHE, key, () => {
      const inputs = relatedInputsOf(articles, config.cacheDir, config.contentDir);
      const { lists, sections } = buildRelatedIndexWithSections(inputs, { limit: RELATED_LIMIT });
      return { lists: [...lists], sections: [...sections] };
    });
    return { lists: new Map(value.lists), sections: new Map(value.sections) };
  });
  return index;
}

/** Each article's related stories by file, best first: the neighbour lists the story threads start from. */
export async function getRelatedLists(): Promise<Map<string, RelatedHit[]>> {
  return (await getRelatedData()).lists;
}

/** Each article's latent section, for a site whose files name neither category nor source. */
export async function getLatentSectionOf(): Promise<(article: Article) => number | undefined> {
  const { sections } = await getRelatedData();
  return (article) => sections.get(article.file);
}

let cache: Promise<(article: Article) => SidebarData> | undefined;

/** Each article's sidebar: its related stories and the source's own related list, linked where it can be. */
export function getSidebarLookup(): Promise<(article: Article) => SidebarData> {
  cache ??= Promise.all([getLatestArticles(), getArticlesByFile(), getRelatedData()]).then(([articles, byFile, { lists }]) => {
    const match = createHeadlineMatcher(articles.map((a) => ({ id: a.file, headline: a.headline })));
    return (article: Article) => ({
      related: (lists.get(article.file) ?? []).map((hit) => byFile.get(hit.id)).filter((a): a is Article => a !== undefined),
      sourceRelated: article.sourceRelated.map((item) => {
        const id = match(item.headline);
        return { ...item, article: id && id !== article.file ? byFile.get(id) : undefined };
      }),
    });
  });
  return cache;
}
