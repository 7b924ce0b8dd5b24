import type { Article } from './article.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The few entities sanitised Markdown HTML holds, as characters again. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

/** Markup dropped, text kept: what a reader sees of sanitised Markdown HTML. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/**
 * The body a reader sees below the headline and lede, one string per paragraph or caption:
 * `.txt` blocks, or the Markdown HTML as text. Search and related stories both read it.
 */
export function articleBodyTexts(article: Pick<Article, 'blocks' | 'html'>): string[] {
  return article.html ? [htmlToText(article.html)] : article.blocks.map((block) => block.text);
}
