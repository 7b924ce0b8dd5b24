import type { Article } from '../lib/ingest/article.ts';
import { digestJson } from '../lib/build/digest.ts';
import { chooseSections, selectFrontPage, type FrontPage, type Sections } from '../lib/browse/front-page.ts';
import { nameLatentSections } from '../lib/browse/latent-sections.ts';
import { vi } from '../i18n/vi.ts';
import { getHomePages, getLatestArticles } from './articles.ts';
import { getListings } from './listings.ts';
import { getLatentSectionOf } from './related.ts';
import { getListingPaths } from './term-paths.ts';

/** Sections in the header's navigation and blocks on the front page: enough to scan, few enough for a phone's swipe. */
const MAX_SECTIONS = 12;
/** A name with a single article is not a section yet (see `chooseSections`). */
const MIN_SECTION_ARTICLES = 2;

let sections: Promise<Sections<Article>> | undefined;

/**
 * The site's sections (categories, else sources, else the related engine's latent sections,
 * else none), chosen once per build. The latent ones are read from the related index, which
 * article pages compute anyway, and only when the files name neither category nor source.
 */
export function getSections(): Promise<Sections<Article>> {
  sections ??= Promise.all([getLatestArticles(), getListings()]).then(async ([latest, { groups }]) => {
    const options = { max: MAX_SECTIONS, minArticles: MIN_SECTION_ARTICLES };
    const named = chooseSections(latest.length, groups, options);
    if (named.facet || latest.length === 0) return named;
    const sectionOf = await getLatentSectionOf();
    return chooseSections(latest.length, groups, options, () =>
      nameLatentSections(latest, sectionOf, { minArticles: MIN_SECTION_ARTICLES, unnamed: vi.topicUnnamed }),
    );
  });
  return sections;
}

/**
 * What the header's section row shows, for cache keys. Latent sections move as the corpus grows,
 * so their row is shown only on the home page and their own listings (`showsSectionNav`), and
 * article pages do not depend on it.
 */
export async function getSectionNavDigest(): Promise<{ everyPage: string; topicPages: string }> {
  const { facet, groups } = await getSections();
  const digest = digestJson([facet ?? null, groups.map((g) => [g.name, g.slug])]);
  return facet === 'topic' ? { everyPage: '', topicPages: digest } : { everyPage: digest, topicPages: '' };
}

/** `getStaticPaths` of the latent sections' listings, `muc/<slug>/` (`first`) or `muc/<slug>/trang/N/`. */
export async function getLatentSectionPaths(first: boolean) {
  const { facet, groups } = await getSections();
  if (facet !== 'topic') return [];
  const { topicPages } = await getSectionNavDigest();
  return getListingPaths('section', groups, first, topicPages);
}

/** The home page's lead, top stories, section blocks and the rest of the latest listing's first page. */
export async function getFrontPage(): Promise<FrontPage<Article>> {
  // The home page is the latest listing's first page: its latest list draws from that page's stories.
  const latestWindow = (await getHomePages())[0]!.items.length;
  return selectFrontPage(await getLatestArticles(), await getSections(), { topCount: 5, perSection: 4, latestWindow });
}
