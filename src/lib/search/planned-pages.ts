/**
 * The article pages a build is about to write, handed from the pages (which know them once the
 * collection is read) to the search integration (which can index the newest shards while older
 * pages are still being rendered). Both run in the build's one Node process but load separate
 * copies of this module, so the hand-over goes through a global, keyed by a registered symbol.
 */

/** An article page as the shard planner orders it: URL as Pagefind names it, and its sort date. */
export interface PlannedPage {
  url: string;
  date?: string;
}

import { newestFirst } from './full-text-shards.ts';

const KEY = Symbol.for('bao-tinh.planned-pages');
type Holder = { [KEY]?: PlannedPage[] };

/**
 * Called by the article route with every page it will write; gives them back in the order the
 * index cuts its shards (newest first, then by URL), the order to render them in so that each
 * shard's pages are complete as early as possible.
 */
export function announcePlannedPages<T>(items: readonly T[], pageOf: (item: T) => PlannedPage): T[] {
  const pages = items.map((item) => ({ item, page: pageOf(item) })).sort((a, b) => newestFirst(a.page, b.page));
  (globalThis as Holder)[KEY] = pages.map((p) => p.page);
  return pages.map((p) => p.item);
}

/** The pages announced in this process, if any yet. */
export function plannedPages(): PlannedPage[] | undefined {
  return (globalThis as Holder)[KEY];
}

/** Forgets the pages, so a second build in the same process waits for its own. */
export function forgetPlannedPages(): void {
  delete (globalThis as Holder)[KEY];
}
