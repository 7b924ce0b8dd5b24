/** What an article page tells search engines about itself. */
export interface NewsArticleFacts {
  headline: string;
  /** Absolute canonical URL of the page. */
  url: string;
  description?: string;
  /** `YYYY-MM-DD`, only when the date is known. */
  datePublished?: string;
  /** The outlet that published the story (VOV, Tiền Phong...), only when known. */
  source?: string;
  category?: string;
  tags?: readonly string[];
}

/**
 * A schema.org `NewsArticle` for an article page. Facts that are not known are left
 * out rather than guessed: no date becomes no `datePublished`, no source no `publisher`.
 *
 * @example newsArticleJsonLd({ headline: 'Giá vàng tăng', url: 'https://x.vn/gia-vang/', source: 'VOV' })
 */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: 'vi',
  };
  if (facts.description) data.description = facts.description;
  if (facts.datePublished) data.datePublished = facts.datePublished;
  if (facts.source) data.publisher = { '@type': 'Organization', name: facts.source };
  if (facts.category) data.articleSection = facts.category;
  if (facts.tags?.length) data.keywords = facts.tags.join(', ');
  return data;
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element. A headline may contain
 * `</script>` (the HTML-injection input does): `<`, `>` and `&` are written as `\u003c`...,
 * which JSON parsers read back unchanged but the HTML parser never sees as a tag.
 *
 * @example serializeJsonLd({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]!);
}
