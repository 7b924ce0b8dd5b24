import type { APIRoute } from 'astro';
import { homePagePath } from '../lib/browse/paths.ts';
import { getLatestArticles } from '../data/articles.ts';
import { renderFeed } from '../data/feeds.ts';
import { vi } from '../i18n/vi.ts';

export const GET: APIRoute = async () =>
  renderFeed({
    title: vi.siteFeedTitle,
    description: vi.siteTagline,
    pagePath: homePagePath(),
    articles: await getLatestArticles(),
  });
