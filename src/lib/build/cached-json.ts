import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from './write-whole.ts';

// Values kept between builds under `<cacheDir>/build/<name>.json` with the key (a digest of all
// the value depends on) they were computed for. Written whole or not at all; a file that cannot be
// read or whose key differs counts as missing: a killed build never leaves a value to be trusted.

/** Where the build cache keeps `name`: `<cacheDir>/build/<name>.json`. */
export function cacheFile(cacheDir: string, name: string): string {
  return join(cacheDir, 'build', `${name}.json`);
}

/** The stored value (boxed: a value may be anything), or undefined when missing, unreadable or of another key. */
export function storedJson<T>(cacheDir: string, name: string, key: string): { value: T } | undefined {
  try {
    const stored = JSON.parse(readFileSync(cacheFile(cacheDir, name), 'utf8')) as { key: string; value: T };
    if (stored.key === key) return { value: stored.value };
  } catch {
    // Missing or unreadable: computed again.
  }
  return undefined;
}

export function storeJson(cacheDir: string, name: string, key: string, value: unknown): void {
  writeFileWhole(cacheFile(cacheDir, name), JSON.stringify({ key, value }));
}
