import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleBody } from '../lib/ingest/article.ts';
import { readArticle } from '../lib/ingest/read-article.ts';
import config from 'virtual:bao-tinh/config';
import { readBody } from '../loaders/body-store.ts';

const { cacheDir, contentDir } = config;

/**
 * An article's body, for the one page that shows it (and the related stage when it recomputes):
 * read from the file the loader wrote beside the data store, or, should that be gone, parsed again
 * from the article file itself.
 */
export function readArticleBody(article: Article): ArticleBody {
  const stored = readBody(cacheDir, article.body);
  if (stored) return stored;
  const result = readArticle(article.file, readFileSync(join(contentDir, article.file)));
  if (!result.ok) throw new Error(`${article.file}: the article can no longer be read (${result.reason}); build again`);
  return { blocks: result.article.blocks, html: result.article.html };
}
