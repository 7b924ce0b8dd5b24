import type { Article } from '../ingest/article.ts';
import type { ThreadInput } from './types.ts';

/**
 * What the thread stage reads of an article: its header and first paragraph, all in the data
 * store, so threads need no article body. The site and the bench both call this.
 */
export function threadInput(article: Pick<Article, 'file' | 'headline' | 'lede' | 'opening' | 'date' | 'source'>): ThreadInput {
  return { id: article.file, headline: article.headline, lede: article.lede, opening: article.opening, date: article.date, source: article.source };
}
