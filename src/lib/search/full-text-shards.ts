import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fnv1a } from '../text/word-hash.ts';

/** One page Pagefind indexes: its URL, the digest of what is indexed, and its date for ordering. */
export interface IndexedPage {
  url: string;
  /** Digest of the indexed fragment: the shard is rebuilt when any of its pages' digests changes. */
  digest: string;
  date?: string;
}

/** One full-text shard: a group of pages indexed together, named by the digest of its input. */
export interface FullTextShard {
  key: string;
  pages: IndexedPage[];
}

/**
 * Groups pages into shards of about `target` pages, newest first (undated pages last, by URL),
 * so that a build with new articles changes only the newest shard(s), and unchanged shards keep
 * their key and can be reused. Boundaries are content-defined: a page ends a shard when a hash of
 * its URL says so (once the shard holds half the target), or when the shard reaches 1.5 times the
 * target. Adding or removing a page therefore moves boundaries only around it.
 *
 * @example planShards(pages, 5000, 'pagefind 1.6.0 {...}') // [{ key: 'ab12…', pages: [...] }, ...]
 */
export function planShards(pages: readonly IndexedPage[], target: number, salt: string): FullTextShard[] {
  const ordered = [...pages].sort(newestFirst);
  const size = Math.max(1, Math.floor(target));
  const shards: IndexedPage[][] = [];
  let current: IndexedPage[] = [];
  for (const page of ordered) {
    current.push(page);
    // Past half the target a page ends the shard with odds 2/target (about target pages on
    // average); at 1.5 x target it always does, so an indexer never holds more than that.
    const cut = (current.length >= size / 2 && fnv1a(page.url) % size < 2) || current.length >= (3 * size) / 2;
    if (cut) {
      shards.push(current);
      current = [];
    }
  }
  if (current.length > 0) shards.push(current);
  return shards.map((group) => ({ key: shardKey(group, salt), pages: group }));
}

/** Newest first; undated pages after dated ones; ties by URL, so the order never depends on input order. */
export function newestFirst(a: Pick<IndexedPage, 'url' | 'date'>, b: Pick<IndexedPage, 'url' | 'date'>): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Everything a shard's output depends on: the indexer and its options (`salt`), and each page. */
export function shardKey(pages: readonly IndexedPage[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const page of pages) hash.update('\0').update(page.url).update('\n').update(page.digest);
  return hash.digest('hex').slice(0, 20);
}

/** A built page's file to its URL as Pagefind names pages: `a/index.html` -> `/a/` (the base path is added at search time). */
export function pageUrlOf(file: string): string {
  return `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The other way: `/a/` -> `a/index.html` under `outDir`. */
export function pageFileOf(outDir: string, url: string): string {
  return join(outDir, ...url.split('/').filter(Boolean), 'index.html');
}
