import config from 'virtual:bao-tinh/config';
import { getCollection } from 'astro:content';
import type { Article } from '../lib/ingest/article.ts';
import { paginate, sortLatest, type Page } from '../lib/browse/listing.ts';
import { readPageCount } from '../loaders/page-count.ts';
import { readOpenings } from '../loaders/opening-store.ts';

export const PAGE_SIZE = 30;

let cache: Promise<Article[]> | undefined;

/** All articles, newest first, each with its opening (kept beside the store); read once per build however many pages ask. */
export function getLatestArticles(): Promise<Article[]> {
  cache ??= loaderFoundPages()
    ? getCollection('articles').then((entries) => {
        const openings = readOpenings(config.cacheDir);
        return sortLatest(entries.map((e) => withOpening(e.data, openings.get(e.data.body))));
      })
    : Promise.resolve([]);
  return cache;
}

function withOpening(article: Article, opening: string | undefined): Article {
  return opening ? { ...article, opening } : article;
}

let byFile: Promise<Map<string, Article>> | undefined;

/** Every article by its file path (the id the related lists, threads and topics use); built once per build. */
export function getArticlesByFile(): Promise<Map<string, Article>> {
  byFile ??= getLatestArticles().then((articles) => new Map(articles.map((a) => [a.file, a])));
  return byFile;
}

/** Whether the loader stored any page (unknown counts as yes): see readPageCount. */
function loaderFoundPages(): boolean {
  return (readPageCount(config.cacheDir) ?? 1) > 0;
}

let homePages: Promise<Page<Article>[]> | undefined;

/** The latest listing's pages: the first at `/` (the home page), the archive at `/trang/N/`; paginated once per build. */
export function getHomePages(): Promise<Page<Article>[]> {
  homePages ??= getLatestArticles().then((articles) => paginate(articles, PAGE_SIZE));
  return homePages;
}
