import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from 'virtual:bao-tinh/config';
import { writeFileWhole } from '../lib/build/write-whole.ts';
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
  const file = join(cacheDir, 'build', `${name}.json`);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (stored.key === key) return stored.value;
  } catch {
    // Missing or unreadable: computed below.
  }
  const value = compute();
  writeFileWhole(file, JSON.stringify({ key, value }));
  return value;
}

const corpusDigests = new WeakMap<readonly Article[], string>();

/**
 * The key of a value computed over the whole corpus (`parts` name it and what else it reads): the
 * code that computes it (src/lib but the rooms in `except`, and src/data) and every article's path
 * and file digest, the corpus digested once per build however many stages ask.
 */
export function corpusKey(parts: readonly (string | number)[], articles: readonly Article[], except?: readonly string[]): string {
  let corpus = corpusDigests.get(articles);
  if (!corpus) {
    corpus = digestAll(articles.map((a) => `${a.file}\0${a.body}`));
    corpusDigests.set(articles, corpus);
  }
  return digestAll([...parts, libraryDigest(process.cwd(), except), sourceDigest(process.cwd(), 'src/data'), corpus]);
}
