import config from 'virtual:bao-tinh/config';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { articleKey, codeKey, corpusKey as keyOfCorpus } from '../lib/build/corpus-key.ts';
import { memoByDigest } from '../lib/build/memo-by-digest.ts';
import type { Article } from '../lib/ingest/article.ts';

const { cacheDir } = config;

/**
 * A value computed once and kept between builds in Astro's cache folder, under `name`, for as
 * long as `key` (a digest of everything the value depends on) is unchanged. The file is written
 * whole (temporary file, then rename) or not at all, and a file that cannot be read or whose key
 * differs is computed again: a killed build never leaves a value to be trusted.
 */
export function cachedJson<T>(name: string, key: string, compute: () => T): T {
  const slot = cacheSlot<T>(name, key);
  if (slot.stored) return slot.stored.value;
  const value = compute();
  slot.store(value);
  return value;
}

/** A cached value looked up before its inputs are all there: what `name` holds under `key`, and how to store it once computed. */
export interface CacheSlot<T> {
  /** Boxed: a value may be anything. Undefined when missing, unreadable or of another key. */
  stored: { value: T } | undefined;
  store(value: T): void;
}

/** `cachedJson` in two steps, for a value whose lookup runs ahead of its computation (the story threads). */
export function cacheSlot<T>(name: string, key: string): CacheSlot<T> {
  return { stored: storedJson<T>(cacheDir, name, key), store: (value) => storeJson(cacheDir, name, key, value) };
}

/** `corpusKey` (src/lib/build/corpus-key.ts) for this project's folder. */
export function corpusKey(parts: readonly (string | number)[], articles: readonly Article[], except?: readonly string[]): string {
  return keyOfCorpus(parts, articles, process.cwd(), except);
}

/**
 * `memoByDigest` for this project: a value computed from one article alone, kept between builds
 * by the article's path and file digest for as long as the code (as in `corpusKey`) is unchanged.
 */
export function memoPerArticle<T>(name: string, articles: readonly Article[], compute: (article: Article, index: number) => T): T[] {
  return memoByDigest(cacheDir, name, codeKey([name], process.cwd()), articles, articleKey, compute);
}
