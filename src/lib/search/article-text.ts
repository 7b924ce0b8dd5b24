import type { Article, ArticleBody } from '../article.ts';
import { articleBodyTexts, decodeEntities } from '../article-text.ts';
import { truncateText } from '../listing.ts';
import { slugSyllables } from '../ingest/headline/recover-headline.ts';

/**
 * The visible text of an article that search covers besides the headline: lede, paragraphs
 * and captions, or the sanitised Markdown HTML with its tags dropped.
 */
export function articleSearchTexts(article: Pick<Article, 'lede'>, body: ArticleBody): string[] {
  return [...(article.lede ? [article.lede] : []), ...articleBodyTexts(body)];
}

/**
 * When the file had no headline line, its URL slug still spells the real headline (without
 * diacritics): readers searching for that headline should find the page. Empty otherwise.
 */
export function slugHeadline(article: Pick<Article, 'headlineFrom' | 'originalUrl'>): string {
  return article.headlineFrom !== 'first-line' && article.originalUrl ? slugSyllables(article.originalUrl).join(' ') : '';
}

/** Characters of lede (or first paragraph) shown under a search result. */
export const RESULT_EXCERPT_CHARS = 200;

/** The text shown under a headline-tier search result: the lede, else the first paragraph. */
export function resultExcerpt(article: Pick<Article, 'lede' | 'opening'>): string {
  const first = article.lede ?? article.opening ?? '';
  return truncateText(decodeEntities(first).replace(/\s+/g, ' ').trim(), RESULT_EXCERPT_CHARS);
}

