import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from 'virtual:bao-tinh/config';
import { writeFileWhole } from '../lib/build/write-whole.ts';

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
