import { buildHeadlineIndex, type HeadlineIndexFiles } from '../lib/search/headline-index/build.ts';
import { resultExcerpt } from '../lib/search/search-texts.ts';
import { slugHeadline } from '../lib/ingest/slug-headline.ts';
import { getLatestArticles } from './articles.ts';

let cache: Promise<HeadlineIndexFiles> | undefined;

/** The search page's headline index, built once per build for all of its files. */
export function getHeadlineIndex(): Promise<HeadlineIndexFiles> {
  cache ??= getLatestArticles().then((articles) =>
    buildHeadlineIndex(
      articles.map((article) => ({
        path: `${article.slug}/`,
        headline: article.headline,
        alsoMatch: slugHeadline(article),
        source: article.source,
        date: article.date,
        excerpt: resultExcerpt(article),
      })),
    ),
  );
  return cache;
}

/** A JSON file of the index, cacheable: shard names carry the index version in their URL. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
