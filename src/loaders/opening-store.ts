import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from '../lib/build/write-whole.ts';

/**
 * Each article's opening (its first paragraph, '' when it has none) by the entry's digest, in one
 * file beside the data store: openings are most of an entry's size, and Astro inlines the whole
 * store into the build's bundle, where it is serialized, bundled and compiled again each build.
 * Written whole or not at all; a digest missing here makes the loader parse that file again.
 */
export function openingsFile(cacheDir: string): string {
  return join(cacheDir, 'openings.json');
}

/** The stored openings, or an empty map when the file is missing or unreadable. */
export function readOpenings(cacheDir: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(openingsFile(cacheDir), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** Writes the openings of the entries whose digests are in `keep`, in that order. */
export function writeOpenings(cacheDir: string, openings: ReadonlyMap<string, string>, keep: Iterable<string>): void {
  const kept: Record<string, string> = {};
  for (const key of keep) {
    const opening = openings.get(key);
    if (opening !== undefined) kept[key] = opening;
  }
  writeFileWhole(openingsFile(cacheDir), JSON.stringify(kept));
}
