import { getCollection } from 'astro:content';
import type { Article } from '../lib/article.ts';
import { paginate, sortLatest, type Page } from '../lib/listing.ts';

export const PAGE_SIZE = 30;

let cache: Promise<Article[]> | undefined;

/** All articles, newest first; read once per build however many pages ask. */
export function getLatestArticles(): Promise<Article[]> {
  cache ??= getCollection('articles').then((entries) => sortLatest(entries.map((e) => e.data)));
  return cache;
}

/** The home page's pages: page 1 at `/`, the rest at `/trang/N/`. */
export async function getHomePages(): Promise<Page<Article>[]> {
  return paginate(await getLatestArticles(), PAGE_SIZE);
}
