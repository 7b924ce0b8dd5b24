/** The two ways to browse besides the latest news: by source and by category. */
export type Facet = 'source' | 'category';

/**
 * What a site's sections are: its categories, its sources, or, when its files name neither,
 * the related engine's latent sections (`topic`, listed under `muc/`; `chu-de/` holds the named
 * topics of src/lib/threads/topics.ts).
 */
export type SectionFacet = Facet | 'topic';

/** Each facet's folder, a word no article URL can be (those end in `-` and 8 hex digits). */
const FOLDERS: Record<SectionFacet, string> = { source: 'nguon', category: 'chuyen-muc', topic: 'muc' };

/** The site-wide feed, next to the home page. */
export const SITE_FEED_PATH = 'rss.xml';

/** A page of the latest news: `''` for the first page (the home page), `trang/N/` for archive page N. */
export function homePagePath(page = 0): string {
  return page === 0 ? '' : `trang/${page}/`;
}

/** The page listing every source or every category: `nguon/`, `chuyen-muc/`. */
export function facetIndexPath(facet: SectionFacet): string {
  return `${FOLDERS[facet]}/`;
}

/**
 * A page of one source or category, relative to the base path: its first page, or archive page N.
 *
 * @example termPagePath('source', 'tien-phong', 2) // 'nguon/tien-phong/trang/2/'
 */
export function termPagePath(facet: SectionFacet, slug: string, page = 0): string {
  return `${FOLDERS[facet]}/${slug}/${page === 0 ? '' : `trang/${page}/`}`;
}

/** One source's or category's RSS feed: `chuyen-muc/the-thao/rss.xml`. */
export function termFeedPath(facet: Facet, slug: string): string {
  return `${FOLDERS[facet]}/${slug}/rss.xml`;
}
