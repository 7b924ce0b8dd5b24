import type { Article, ArticleBody } from '../lib/ingest/article.ts';
import config from 'virtual:bao-tinh/config';
import { articleBodyOf } from '../loaders/body-store.ts';

const { cacheDir, contentDir } = config;

/**
 * An article's body, for the one page that shows it: read from the file the loader wrote beside
 * the data store, or, should that be gone, parsed again from the article file itself.
 */
export function readArticleBody(article: Article): ArticleBody {
  return articleBodyOf(article, cacheDir, contentDir);
}
