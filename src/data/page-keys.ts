import type { Article } from '../lib/ingest/article.ts';
import type { Neighbours } from '../lib/browse/neighbours.ts';
import { digestAll, digestJson } from '../lib/build/digest.ts';
import type { Page } from '../lib/browse/listing.ts';
import type { TermGroup } from '../lib/browse/group-by-term.ts';
import { getSectionNavDigest } from './front-page.ts';
import { getListings } from './listings.ts';
import { getPublishedMediaNames } from './media.ts';
import type { SidebarData } from './related.ts';
import type { ThreadView } from './threads.ts';
import type { TopicLink, TopicView } from './topics.ts';

// Each page's `cacheKey` (Astro's incremental build re-renders a page only when its key or its
// code changes): a digest of everything the page shows. Code, `site` and `base` Astro tracks itself.

let shown: Promise<(article: Article) => string> | undefined;

/**
 * What a page shows of an article, digested once per build however many pages show it: its
 * data and the links of its source and category (a slug can change when a new name collides).
 */
function getShownDigest(): Promise<(article: Article) => string> {
  shown ??= getListings().then(({ slugOf }) => {
    const digests = new WeakMap<Article, string>();
    return (article) => {
      let digest = digests.get(article);
      if (!digest) {
        digest = digestAll([digestJson(article), slugOf('source', article.source), slugOf('category', article.category)]);
        digests.set(article, digest);
      }
      return digest;
    };
  });
  return shown;
}

let site: Promise<string> | undefined;

/** What any page may show besides its own articles: the images the site publishes and the header's sections. */
function getSiteDigest(): Promise<string> {
  site ??= Promise.all([getPublishedMediaNames(), getSectionNavDigest()]).then(([media, nav]) => digestJson([[...media], nav.everyPage]));
  return site;
}

/** A thread as a page shows it: its name, its link and every report with its copies. */
async function threadDigest(thread: ThreadView | undefined): Promise<string> {
  if (!thread) return '';
  const articleDigest = await getShownDigest();
  return digestJson([thread.slug, thread.name, thread.size, thread.reports.map((r) => [articleDigest(r.article), ...r.copies.map(articleDigest)])]);
}

/** An article page: the article, its sidebar, its thread's block, its topics' links and its previous/next links. */
export async function articlePageKey(
  article: Article,
  sidebar: SidebarData,
  neighbours: Neighbours<Article>,
  thread: ThreadView | undefined,
  topics: readonly TopicLink[],
): Promise<string> {
  const articleDigest = await getShownDigest();
  const linked = sidebar.sourceRelated.map((item) => [item.headline, item.summary, item.article?.slug]);
  return digestAll([
    await getSiteDigest(),
    articleDigest(article),
    ...sidebar.related.map(articleDigest),
    digestJson(linked),
    neighbours.previous && articleDigest(neighbours.previous),
    neighbours.next && articleDigest(neighbours.next),
    await threadDigest(thread),
    digestJson(topics.map((t) => [t.name, t.slug])),
  ]);
}

/** A thread's page (and its feed's channel): the thread as shown. */
export async function threadPageKey(thread: ThreadView): Promise<string> {
  return digestAll([await getSiteDigest(), await threadDigest(thread)]);
}

/** A page of a listing: its name, its place among the pages and its articles. */
export async function listingPageKey(name: string, page: Page<Article>): Promise<string> {
  const articleDigest = await getShownDigest();
  return digestAll([await getSiteDigest(), name, page.number, page.older ?? 0, page.newer ?? -1, ...page.items.map(articleDigest)]);
}

/** A source's or category's feed: its name and link and every article of it (the feed shows the newest). */
export async function termFeedKey(facet: string, group: TermGroup<Article>): Promise<string> {
  const articleDigest = await getShownDigest();
  return digestAll([facet, group.slug, group.name, ...group.items.map(articleDigest)]);
}

/** A topic's feed: its name and link and every article of it. */
export async function topicFeedKey(topic: TopicView): Promise<string> {
  const articleDigest = await getShownDigest();
  return digestAll(['topic', topic.slug, topic.name, ...topic.items.map(articleDigest)]);
}

/** A data file (the headline index's shards): its content itself. */
export function dataFileKey(value: unknown): string {
  return digestJson(value);
}
