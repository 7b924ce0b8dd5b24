import type { Article, ArticleBody } from '../ingest/article.ts';
import { articleBodyTexts } from '../ingest/article-body-text.ts';
import { decodeEntities } from '../text/html-text.ts';
import { truncateText } from '../text/truncate.ts';

/**
 * The visible text of an article that search covers besides the headline: lede, paragraphs
 * and captions, or the sanitised Markdown HTML with its tags dropped.
 */
export function articleSearchTexts(article: Pick<Article, 'lede'>, body: ArticleBody): string[] {
  return [...(article.lede ? [article.lede] : []), ...articleBodyTexts(body)];
}

/** Characters of lede (or first paragraph) shown under a search result. */
export const RESULT_EXCERPT_CHARS = 200;

/** The text shown under a headline-tier search result: the lede, else the first paragraph. */
export function resultExcerpt(article: Pick<Article, 'lede' | 'opening'>): string {
  const first = article.lede ?? article.opening ?? '';
  return truncateText(decodeEntities(first).replace(/\s+/g, ' ').trim(), RESULT_EXCERPT_CHARS);
}

