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

const KEY = Symbol.for('bao-tinh.planned-pages');
type Holder = { [KEY]?: PlannedPage[] };

/** Called by the article route with every page it will write. */
export function announcePlannedPages(pages: PlannedPage[]): void {
  (globalThis as Holder)[KEY] = pages;
}

/** The pages announced in this process, if any yet. */
export function plannedPages(): PlannedPage[] | undefined {
  return (globalThis as Holder)[KEY];
}

/** Forgets the pages, so a second build in the same process waits for its own. */
export function forgetPlannedPages(): void {
  delete (globalThis as Holder)[KEY];
}
