import type { ArticleBody } from './article.ts';
import { htmlToText } from '../text/html-text.ts';

/**
 * The body a reader sees below the headline and lede, one string per paragraph or caption:
 * `.txt` blocks, or the Markdown HTML as text. Search and related stories both read it.
 */
export function articleBodyTexts(article: ArticleBody): string[] {
  return article.html ? [htmlToText(article.html)] : article.blocks.map((block) => block.text);
}

/** Longer than any feed summary or search excerpt cut from it. */
const OPENING_CHARS = 1000;

/**
 * The first paragraph a reader sees below the lede (`.txt`), or the first text of the Markdown
 * HTML: what feeds and search excerpts show when an article has no lede. Kept in the data store
 * beside the article, so listings need not read bodies.
 */
export function articleOpening(body: ArticleBody): string | undefined {
  const text = body.html ? htmlToText(body.html).replace(/\s+/g, ' ').trim() : body.blocks.find((b) => b.kind === 'paragraph')?.text;
  return text ? text.slice(0, OPENING_CHARS) : undefined;
}
