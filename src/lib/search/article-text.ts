import type { Article } from '../article.ts';
import { articleBodyTexts } from '../article-text.ts';

/**
 * The visible text of an article that search covers besides the headline: lede, paragraphs
 * and captions, or the sanitised Markdown HTML with its tags dropped.
 */
export function articleSearchTexts(article: Pick<Article, 'lede' | 'blocks' | 'html'>): string[] {
  return [...(article.lede ? [article.lede] : []), ...articleBodyTexts(article)];
}
