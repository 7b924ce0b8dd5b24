import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/ingest/article.ts';
import type { TermGroup } from '../../../lib/browse/group-by-term.ts';
import { renderTermFeed } from '../../../data/feeds.ts';
import { getListings } from '../../../data/listings.ts';
import { termFeedKey } from '../../../data/page-keys.ts';

export const getStaticPaths = (async () => {
  const { groups } = await getListings();
  return Promise.all(groups.category.map(async (group) => ({ params: { category: group.slug }, props: { group }, cacheKey: await termFeedKey('category', group) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: TermGroup<Article> }> = ({ props: { group } }) => renderTermFeed('category', group);
