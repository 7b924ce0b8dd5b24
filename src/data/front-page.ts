import type { Article } from '../lib/article.ts';
import { chooseSections, selectFrontPage, type FrontPage, type Sections } from '../lib/browse/front-page.ts';
import { getLatestArticles, PAGE_SIZE } from './articles.ts';
import { getListings } from './listings.ts';

/** Sections in the header's navigation and blocks on the front page: enough to scan, few enough for a phone's swipe. */
const MAX_SECTIONS = 12;
/** A name with a single article is not a section yet (see `chooseSections`). */
const MIN_SECTION_ARTICLES = 2;

let sections: Promise<Sections<Article>> | undefined;

/**
 * The site's sections (categories, else sources, else none), chosen once per build: every
 * page's header links them, so they are also part of every page's cache key.
 */
export function getSections(): Promise<Sections<Article>> {
  sections ??= Promise.all([getLatestArticles(), getListings()]).then(([latest, { groups }]) =>
    chooseSections(latest.length, groups, { max: MAX_SECTIONS, minArticles: MIN_SECTION_ARTICLES }),
  );
  return sections;
}

/** The home page's lead, top stories, section blocks and the rest of the latest listing's first page. */
export async function getFrontPage(): Promise<FrontPage<Article>> {
  return selectFrontPage(await getLatestArticles(), await getSections(), { topCount: 5, perSection: 4, latestWindow: PAGE_SIZE });
}
