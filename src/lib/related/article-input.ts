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
  return {
    id: article.file,
    headline: article.headline,
    lede: article.lede,
    text: articleBodyTexts(article).join('\n'),
    byline: articleByline(article),
    source: article.source,
    category: article.category,
    date: article.date,
  };
}
