import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/ingest/article.ts';
import type { TermGroup } from '../../../lib/browse/group-by-term.ts';
import { renderTermFeed } from '../../../data/feeds.ts';
import { getListings } from '../../../data/listings.ts';

export const getStaticPaths = (async () => {
  const { groups } = await getListings();
  return groups.category.map((group) => ({ params: { category: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: TermGroup<Article> }> = ({ props: { group } }) => renderTermFeed('category', group);
