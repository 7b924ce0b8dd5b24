/**
 * The headline index: search's first tier. Pagefind's start-up cost grows with the number of
 * pages (its page list and sort orders load before any result, ~270 KB gzip at 35k articles),
 * while most searches are for a headline. This index holds only headline syllables, split into
 * small files by term, so a first search fetches a few kilobytes; Pagefind's full-text tier is
 * loaded only when headlines are not enough. Shared by the build and the browser: no Node APIs.
 */
import { foldAll, foldD } from '../../text/fold.ts';
import { fnv1a } from '../../text/word-hash.ts';
import { words } from '../../text/words.ts';

/** Where the index lives under the site's base path. */
export const HEADLINE_INDEX_DIR = 'tim-kiem/chi-muc/';

/** What the browser reads first: how to find the shard of a term and of a document. */
export interface HeadlineIndexMeta {
  /** Changes whenever any shard does; appended to shard URLs so caches never mix builds. */
  version: string;
  docs: number;
  termShards: number;
  docsPerShard: number;
}

/**
 * One term shard. `w`: folded syllable -> its spellings (tone marks kept, `đ` -> `d`) -> the
 * documents whose headline has that spelling. `p`: folded adjacent pair -> documents. Document
 * lists are ascending ids as base-36 gaps joined by commas: small, and gzip likes them.
 */
export interface TermShard {
  w: Record<string, Record<string, string>>;
  p: Record<string, string>;
}

/** One result row: path under the base, headline, source, ISO date, excerpt (plain text). */
export type DocRow = [path: string, headline: string, source: string, date: string, excerpt: string];

/** A syllable as matched (`key`: no marks, `đ` -> `d`) and as spelled (`form`: marks kept). */
export interface Syllable {
  key: string;
  form: string;
}

/**
 * The syllables of a headline or a query, lower case, in order.
 *
 * @example headlineSyllables('Đà Nẵng mưa') // [{key:'da',form:'dà'}, {key:'nang',form:'nẵng'}, {key:'mua',form:'mưa'}]
 */
export function headlineSyllables(text: string): Syllable[] {
  return words(text.normalize('NFC').toLowerCase()).map((word) => ({ key: foldAll(word), form: foldD(word) }));
}

/** The pair key of two adjacent syllables. */
export function pairKey(a: Syllable, b: Syllable): string {
  return `${a.key} ${b.key}`;
}

/** FNV-1a over the key's UTF-16 units: the same shard in Node and in every browser. */
export function shardOf(key: string, shards: number): number {
  return fnv1a(key) % shards;
}

/** Ascending ids -> base-36 gaps: `[3, 5, 40]` -> `'3,2,z'`. */
export function encodeIds(ids: readonly number[]): string {
  let previous = 0;
  return ids
    .map((id) => {
      const gap = id - previous;
      previous = id;
      return gap.toString(36);
    })
    .join(',');
}

/** The inverse of `encodeIds`. */
export function decodeIds(text: string): number[] {
  if (!text) return [];
  let id = 0;
  return text.split(',').map((gap) => (id += parseInt(gap, 36)));
}
