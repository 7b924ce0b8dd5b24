import type { Article } from './article.ts';
import { slugSyllables } from './headline/recover-headline.ts';

/**
 * When the file had no headline line, its URL slug still spells the real headline (without
 * diacritics): readers searching for that headline should find the page. Empty otherwise.
 */
export function slugHeadline(article: Pick<Article, 'headlineFrom' | 'originalUrl'>): string {
  return article.headlineFrom !== 'first-line' && article.originalUrl ? slugSyllables(article.originalUrl).join(' ') : '';
}
