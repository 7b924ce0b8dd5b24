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
