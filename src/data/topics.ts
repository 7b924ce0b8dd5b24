import type { Article } from '../lib/ingest/article.ts';
import { findTopics, scanNames, threadInput, topicDoc, topicThresholds, type TopicIndex } from '../lib/threads/index.ts';
import { getArticlesByFile, getLatestArticles } from './articles.ts';
import { cachedJson, corpusKey, memoPerArticle } from './build-cache.ts';

/** A topic as its pages show it: its name, its URL segment and its articles, newest first. */
export interface TopicView {
  name: string;
  slug: string;
  items: Article[];
}

/** A topic an article's page links: its name and URL segment. */
export type TopicLink = Pick<TopicView, 'name' | 'slug'>;

interface SiteTopics {
  /** Most articles first. */
  topics: TopicView[];
  linksOf: (article: Article) => TopicLink[];
}

let cache: Promise<SiteTopics> | undefined;

/**
 * The site's topics (people, places, organisations its articles name often enough), computed once
 * per build from every article's headline, lede and first paragraph, and kept between builds under
 * the corpus's key (every article's path and file digest, the code of src/lib and src/data).
 */
export function getTopics(): Promise<SiteTopics> {
  cache ??= Promise.all([getLatestArticles(), getArticlesByFile()]).then(([articles, byFile]) => {
    const key = corpusKey(['topics'], articles);
    const stored = cachedJson('topics', key, () => {
      const docs = articles.map((a) => topicDoc(threadInput(a)));
      // Each article's names are its own: a rebuild scans only the new ones.
      const scanned = memoPerArticle('topic-names', articles, (_, i) => scanNames(docs[i]!.text));
      const index = findTopics(docs, topicThresholds(docs.length), scanned);
      return { topics: index.topics, shown: [...index.shown] };
    }) satisfies { topics: TopicIndex['topics']; shown: [string, string[]][] };
    // Ids follow the newest-first list the topics were found in, so each topic's items are already in listing order.
    const topics = stored.topics.map((t) => ({ name: t.name, slug: t.slug, items: t.ids.map((id) => byFile.get(id)!) }));
    const byKey = new Map(stored.topics.map((t, i) => [t.key, topics[i]!]));
    const shown = new Map(stored.shown.map(([id, keys]) => [id, keys.map((k) => ({ name: byKey.get(k)!.name, slug: byKey.get(k)!.slug }))]));
    return { topics, linksOf: (article) => shown.get(article.file) ?? [] };
  });
  return cache;
}
