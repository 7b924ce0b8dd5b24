import config from 'virtual:bao-tinh/config';
import { storedJson, storeJson } from '../lib/build/cached-json.ts';
import { corpusKey as keyOfCorpus } from '../lib/build/corpus-key.ts';
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

/** `corpusKey` (src/lib/build/corpus-key.ts) for this project's folder. */
export function corpusKey(parts: readonly (string | number)[], articles: readonly Article[], except?: readonly string[]): string {
  return keyOfCorpus(parts, articles, process.cwd(), except);
}
