import type { Article } from '../article.ts';

/**
 * The visible text of an article that search covers besides the headline: lede, paragraphs
 * and captions, or the sanitised Markdown HTML with its tags dropped.
 */
export function articleSearchTexts(article: Pick<Article, 'lede' | 'blocks' | 'html'>): string[] {
  const texts = article.lede ? [article.lede] : [];
  if (article.html) texts.push(article.html.replace(/<[^>]*>/g, ' '));
  else texts.push(...article.blocks.map((block) => block.text));
  return texts;
}
