import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteConfig } from '../lib/site-config.ts';

const { cacheDir } = readSiteConfig(process.env, process.cwd());

/**
 * A value computed once and kept between builds in Astro's cache folder, under `name`, for as
 * long as `key` (a digest of everything the value depends on) is unchanged. The file is written
 * whole (temporary file, then rename) or not at all, and a file that cannot be read or whose key
 * differs is computed again: a killed build never leaves a value to be trusted.
 */
export function cachedJson<T>(name: string, key: string, compute: () => T): { value: T; reused: boolean } {
  const dir = join(cacheDir, 'build');
  const file = join(dir, `${name}.json`);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (stored.key === key) return { value: stored.value, reused: true };
  } catch {
    // Missing or unreadable: computed below.
  }
  const value = compute();
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify({ key, value }));
  renameSync(temp, file);
  return { value, reused: false };
}
