import type { ParsedArticle } from '../ingest/article.ts';
import { articleBodyTexts } from '../ingest/article-body-text.ts';
import { articleByline } from '../ingest/article-byline.ts';
import type { RelatedInput } from './types.ts';

/**
 * What the related-stories engine reads of a parsed article: the site and the benchmarks both
 * call this, so what is measured is what readers get. The byline is the ingest's (`articleByline`:
 * the attribution, else a closing line that signs the article): reporters work for one desk.
 */
export function relatedInput(article: Omit<ParsedArticle, 'encoding' | 'warnings' | 'removed'>): RelatedInput {
  return { ...relatedFields(article), text: articleBodyTexts(article).join('\n'), byline: articleByline(article) };
}

/**
 * What the engine reads of an article but its body (its text and the byline it may sign with):
 * for an article whose tokens and byline a rebuild kept, whose body it then need not read.
 */
export function relatedFields(article: Pick<ParsedArticle, 'file' | 'headline' | 'lede' | 'source' | 'category' | 'date'>): Omit<RelatedInput, 'text' | 'byline'> {
  return { id: article.file, headline: article.headline, lede: article.lede, source: article.source, category: article.category, date: article.date };
}
