import config from 'virtual:bao-tinh/config';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { digestAll } from '../lib/build/digest.ts';
import { libraryDigest, sourceDigest } from '../lib/build/code-digest.ts';
import type { Article } from '../lib/ingest/article.ts';

const { cacheDir } = config;

/**
 * A value computed once and kept between builds in Astro's cache folder, under `name`, for as
 * long as `key` (a digest of everything the value depends on) is unchanged. The file is written
 * whole (temporary file, then rename) or not at all, and a file that cannot be read or whose key
 * differs is computed again: a killed build never leaves a value to be trusted.
 */
export function cachedJson<T>(name: string, key: string, compute: () => T): T {
  const stored = storedJson<T>(cacheDir, name, key);
  if (stored) return stored.value;
  const value = compute();
  storeJson(cacheDir, name, key, value);
  return value;
}

const corpusDigests = new WeakMap<readonly Article[], string>();

/**
 * The key of a value computed over the whole corpus (`parts` name it and what else it reads): the
 * code that computes it (src/lib but the rooms in `except`, src/data and src/loaders) and every article's path
 * and file digest, the corpus digested once per build however many stages ask.
 */
export function corpusKey(parts: readonly (string | number)[], articles: readonly Article[], except?: readonly string[]): string {
  let corpus = corpusDigests.get(articles);
  if (!corpus) {
    corpus = digestAll(articles.map((a) => `${a.file}\0${a.body}`));
    corpusDigests.set(articles, corpus);
  }
  const root = process.cwd();
  // src/loaders: the related lists, which threads read, come from there in a build.
  return digestAll([...parts, libraryDigest(root, except), sourceDigest(root, 'src/data'), sourceDigest(root, 'src/loaders'), corpus]);
}
