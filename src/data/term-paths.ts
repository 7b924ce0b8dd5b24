import type { Article } from '../lib/ingest/article.ts';
import type { TermGroup } from '../lib/browse/group-by-term.ts';
import type { Facet } from '../lib/browse/paths.ts';
import { paginate } from '../lib/browse/listing.ts';
import { PAGE_SIZE } from './articles.ts';
import { getListings } from './listings.ts';
import { listingPageKey } from './page-keys.ts';

/**
 * `getStaticPaths` of a source's or category's listing: its first pages (`first`) at
 * `/nguon/<slug>/`, or the others at `/nguon/<slug>/trang/N/`, each with its cache key.
 */
export async function getTermPaths(facet: Facet, first: boolean) {
  const { groups } = await getListings();
  return getListingPaths(facet, groups[facet], first);
}

/**
 * The paged listings of named groups (sources, categories, latent sections) under the route
 * parameter `param`: the first pages, or the others, each keyed by what it shows (and `extra`,
 * anything else its page shows).
 */
export async function getListingPaths(param: string, groups: readonly TermGroup<Article>[], first: boolean, extra = '') {
  const pages = groups.flatMap((group) => paginate(group.items, PAGE_SIZE).map((page) => ({ group, page })));
  return Promise.all(
    pages
      .filter(({ page }) => (page.number === 0) === first)
      .map(async (props) => ({
        params: first ? { [param]: props.group.slug } : { [param]: props.group.slug, page: String(props.page.number) },
        props,
        cacheKey: await listingPageKey(`${param}:${props.group.slug}:${props.group.name}${extra ? `:${extra}` : ''}`, props.page),
      })),
  );
}
