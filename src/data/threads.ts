import type { Article } from '../lib/ingest/article.ts';
import { buildStoryThreads, docMarkers, selectFrontThreads, threadInput } from '../lib/threads/index.ts';
import { getArticlesByFile, getLatestArticles } from './articles.ts';
import { getRelatedLists } from './related.ts';
import { getThreadsAhead } from './thread-markers.ts';

/** One report of a thread as pages show it: the article and the same text on other outlets. */
export interface ThreadReport {
  article: Article;
  copies: Article[];
}

/** A thread with its articles, for its page, the article pages' "Cùng sự kiện" block and the front page. */
export interface ThreadView {
  slug: string;
  name: string;
  /** Date order, undated last. */
  reports: ThreadReport[];
  /** Articles, reposts included. */
  size: number;
}

let threads: Promise<ThreadView[]> | undefined;

/**
 * The site's story threads, computed once per build from the related lists and each article's
 * markers (worked out while the lists were ranked, thread-markers.ts), and kept between builds under
 * the same key as those lists (every article's path and file digest, the code of src/lib, src/data
 * and src/loaders): what goes into a thread is the article's header, which the file fixes.
 */
export function getThreads(): Promise<ThreadView[]> {
  threads ??= Promise.all([getLatestArticles(), getArticlesByFile(), getThreadsAhead(), getRelatedLists()]).then(([articles, byFile, ahead, lists]) => {
    let value = ahead.cache.stored?.value;
    if (!value) {
      const { markers } = ahead;
      value = buildStoryThreads(articles.map(threadInput), (id) => lists.get(id) ?? [], {}, (doc) => markers?.get(doc.id) ?? docMarkers(doc));
      ahead.cache.store(value);
      ahead.markers = undefined;
    }
    const article = (id: string) => byFile.get(id)!;
    return value.map((t) => ({
      slug: t.slug,
      name: t.name,
      reports: t.entries.map((e) => ({ article: article(e.id), copies: e.copies.map(article) })),
      size: t.ids.length,
    }));
  });
  return threads;
}

let lookup: Promise<(article: Article) => ThreadView | undefined> | undefined;

/** The thread an article belongs to, if any. */
export function getThreadOf(): Promise<(article: Article) => ThreadView | undefined> {
  lookup ??= getThreads().then((all) => {
    const byFile = new Map<string, ThreadView>();
    for (const t of all) for (const r of t.reports) for (const a of [r.article, ...r.copies]) byFile.set(a.file, t);
    return (article) => byFile.get(article.file);
  });
  return lookup;
}

/** Threads the front page shows: the biggest of the last week of the site's news. */
export async function getFrontThreads(): Promise<ThreadView[]> {
  return selectFrontThreads(await getThreads(), (t) => ({
    reports: t.reports.length,
    latest: t.reports.reduce((max, r) => [r.article, ...r.copies].reduce((m, a) => (a.date && a.date > m ? a.date : m), max), ''),
  }), { count: 4, days: 7 });
}
