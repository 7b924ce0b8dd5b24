import type { ArticleBody } from './article.ts';
import { articleBodyTexts } from './article-body-text.ts';
import { closingByline } from './clean/attribution.ts';

/**
 * Who signs an article, for readers of the corpus such as related stories (reporters and wire
 * services work for one desk): the attribution the parser took off the body, else the body's last
 * line when it reads as a signature (`Tổng hợp`, `Theo Reuters, Guardian`), which stays on the page.
 */
export function articleByline(article: ArticleBody & { attribution?: string }): string | undefined {
  return article.attribution ?? closingByline(articleBodyTexts(article).join('\n'));
}
