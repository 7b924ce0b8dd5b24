import type { Article } from '../ingest/article.ts';

/** How many articles a feed carries: enough to catch up on, small enough to poll. */
export const FEED_SIZE = 50;

const DESCRIPTION_LENGTH = 300;

/** One `<item>` of an RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  link: string;
  description?: string;
  pubDate?: Date;
  categories?: string[];
}

/**
 * Drops characters XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF): one in a decoded article would make the whole feed unreadable.
 */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * An absolute URL from the site's origin, its base path and a path under it, as feed readers
 * and sitemaps need: `SITE_URL + BASE_PATH + path`.
 *
 * @example toAbsoluteUrl('https://example.org', '/bao-tinh/', 'rss.xml') // 'https://example.org/bao-tinh/rss.xml'
 */
export function toAbsoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${basePath}${path.replace(/^\/+/, '')}`;
}

/** A feed summary: the lede, else the first paragraph, cut at a word near 300 characters. */
function describe(article: Pick<Article, 'lede' | 'opening'>): string | undefined {
  const text = article.lede ?? article.opening;
  if (!text) return undefined;
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2))}…`;
}

/**
 * The feed items of the first `limit` articles of a newest-first list, with absolute links
 * from `linkOf`. Undated articles get no `pubDate` rather than an invented one.
 */
export function buildFeedItems(
  articles: readonly Pick<Article, 'slug' | 'headline' | 'lede' | 'opening' | 'date' | 'category'>[],
  linkOf: (slug: string) => string,
  limit = FEED_SIZE,
): FeedItem[] {
  return articles.slice(0, limit).map((article) => {
    const description = describe(article);
    return {
      title: stripInvalidXmlChars(article.headline),
      link: linkOf(article.slug),
      ...(description && { description: stripInvalidXmlChars(description) }),
      ...(article.date && { pubDate: new Date(`${article.date}T00:00:00Z`) }),
      ...(article.category && { categories: [stripInvalidXmlChars(article.category)] }),
    };
  });
}
