import type { Facet } from '../lib/browse/paths.ts';
import { getTermPages } from './listings.ts';
import { listingPageKey } from './page-keys.ts';

/**
 * `getStaticPaths` of a source's or category's listing: its first pages (`first`) at
 * `/nguon/<slug>/`, or the others at `/nguon/<slug>/trang/N/`, each with its cache key.
 */
export async function getTermPaths(facet: Facet, first: boolean) {
  const pages = (await getTermPages(facet)).filter(({ page }) => (page.number === 1) === first);
  return Promise.all(
    pages.map(async (props) => ({
      params: first ? { [facet]: props.group.slug } : { [facet]: props.group.slug, page: String(props.page.number) },
      props,
      cacheKey: await listingPageKey(`${facet}:${props.group.slug}:${props.group.name}`, props.page),
    })),
  );
}
