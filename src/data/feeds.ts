import rss from '@astrojs/rss';
import type { Article } from '../lib/ingest/article.ts';
import { buildFeedItems, toAbsoluteUrl } from '../lib/browse/feed-items.ts';
import type { TermGroup } from '../lib/browse/group-by-term.ts';
import { termPagePath, type Facet } from '../lib/browse/paths.ts';
import { termTitle, vi } from '../i18n/vi.ts';
import config from 'virtual:bao-tinh/config';

// Astro's `site` and `base`, as urls.ts has them, so feed links match page links.
const { siteUrl, basePath } = config;

/** An absolute URL under `SITE_URL` + `BASE_PATH`, for feeds, which readers fetch out of context. */
export function absoluteHref(path = ''): string {
  return toAbsoluteUrl(siteUrl, basePath, path);
}

/**
 * An RSS response of the newest articles of a list; `pagePath` is the listing the feed
 * follows, its channel link.
 */
export function renderFeed(options: { title: string; description: string; pagePath: string; articles: readonly Article[] }): Promise<Response> {
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteHref(options.pagePath),
    items: buildFeedItems(options.articles, (slug) => absoluteHref(`${slug}/`)),
    customData: '<language>vi</language>',
  });
}

/** The feed of a named list (a source, a category, a topic, a thread), titled after its page's heading. */
export function renderNamedFeed(heading: string, pagePath: string, articles: readonly Article[]): Promise<Response> {
  return renderFeed({ title: vi.feedTitle(heading), description: vi.feedDescription(heading), pagePath, articles });
}

/** The feed of one source's or one category's articles, following its listing. */
export function renderTermFeed(facet: Facet, group: TermGroup<Article>): Promise<Response> {
  return renderNamedFeed(termTitle(facet, group.name), termPagePath(facet, group.slug), group.items);
}
