import { readFileSync } from 'node:fs';
import config from 'virtual:bao-tinh/config';
import { getCollection } from 'astro:content';
import type { Article } from '../lib/ingest/article.ts';
import type { BuildReport } from '../lib/build/build-report.ts';
import { paginate, sortLatest, type Page } from '../lib/browse/listing.ts';

export const PAGE_SIZE = 30;

let cache: Promise<Article[]> | undefined;

/** All articles, newest first; read once per build however many pages ask. */
export function getLatestArticles(): Promise<Article[]> {
  cache ??= loaderFoundPages()
    ? getCollection('articles').then((entries) => sortLatest(entries.map((e) => e.data)))
    : Promise.resolve([]);
  return cache;
}

/**
 * Whether the loader's report of this build lists any page. Asked for a collection with no
 * entry, Astro warns that it "does not exist or is empty. Please check your content config",
 * which misleads: an empty folder is fine, and the loader has already said so in one line.
 */
function loaderFoundPages(): boolean {
  try {
    const report: BuildReport = JSON.parse(readFileSync(config.reportPath, 'utf8'));
    return report.summary.pages > 0;
  } catch {
    return true;
  }
}

/** The home page's pages: page 1 at `/`, the rest at `/trang/N/`. */
export async function getHomePages(): Promise<Page<Article>[]> {
  return paginate(await getLatestArticles(), PAGE_SIZE);
}
