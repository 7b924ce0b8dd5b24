/**
 * Which full-text shards a search reads. Shards are listed newest first; a search starts with
 * the newest shards that hold `firstPages` pages and widens to older ones only when it runs out of
 * results, doubling the pages searched each time. A reader looking for news gets the recent
 * matches after loading a fraction of the index; an old story costs a few more steps.
 */

/** `dist/pagefind/shards.json`: the shards' folders, newest first, and each one's page count. */
export interface ShardList {
  shards: string[];
  /** Pages in each shard, in the same order. */
  pages: number[];
  /** Pages a search reads first: half the build's shard size, so the newest shard alone. */
  firstPages: number;
}

/**
 * How many of the newest shards to search after `searched` of them: at least one more, and
 * enough that the pages searched reach `firstPages` on the first step and double on each later one.
 *
 * @example widenWindow([1600, 2100, 3400, 3000], 0, 3000) // 2 (3,700 pages)
 * @example widenWindow([1600, 2100, 3400, 3000, 4500], 2, 3000) // 4 (10,100 pages: at least 7,400 wanted)
 */
export function widenWindow(pages: readonly number[], searched: number, firstPages: number): number {
  const count = (n: number) => pages.slice(0, n).reduce((sum, p) => sum + p, 0);
  const want = searched === 0 ? firstPages : 2 * count(searched);
  let next = Math.min(searched + 1, pages.length);
  while (next < pages.length && count(next) < want) next++;
  return next;
}
