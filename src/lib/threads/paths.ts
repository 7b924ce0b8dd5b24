/** Where threads live: `su-kien/`, a word no article URL can be (those end in `-` and 8 hex digits). */
const FOLDER = 'su-kien';

/** A thread's page, relative to the base path: `su-kien/bao-damrey-do-bo-3f2a9c/`. */
export function threadPagePath(slug: string): string {
  return `${FOLDER}/${slug}/`;
}

/** A thread's RSS feed: a reader follows one story as it develops. */
export function threadFeedPath(slug: string): string {
  return `${FOLDER}/${slug}/rss.xml`;
}

/** Where named topics live: `chu-de/`, beside `su-kien/`. */
const TOPICS = 'chu-de';

/** The page listing every topic. */
export const TOPIC_INDEX_PATH = `${TOPICS}/`;

/**
 * A page of a topic's articles, relative to the base path: its first page, or archive page N.
 *
 * @example topicPagePath('vladimir-putin', 2) // 'chu-de/vladimir-putin/trang/2/'
 */
export function topicPagePath(slug: string, page = 0): string {
  return `${TOPICS}/${slug}/${page === 0 ? '' : `trang/${page}/`}`;
}

/** A topic's RSS feed: a reader follows a person or a place. */
export function topicFeedPath(slug: string): string {
  return `${TOPICS}/${slug}/rss.xml`;
}
