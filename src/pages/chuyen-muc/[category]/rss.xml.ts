import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/article.ts';
import type { TermGroup } from '../../../lib/browse/group-by-term.ts';
import { termPagePath } from '../../../lib/browse/paths.ts';
import { renderFeed } from '../../../data/feeds.ts';
import { getListings } from '../../../data/listings.ts';
import { vi } from '../../../i18n/vi.ts';

export const getStaticPaths = (async () => {
  const { groups } = await getListings();
  return groups.category.map((group) => ({ params: { category: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: TermGroup<Article> }> = ({ props: { group } }) => {
  const heading = vi.categoryTitle(group.name);
  return renderFeed({
    title: vi.feedTitle(heading),
    description: vi.feedDescription(heading),
    pagePath: termPagePath('category', group.slug),
    articles: group.items,
  });
};
