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

/** The openings of a load: read once, changed as files are parsed, written only when they changed. */
export class Openings {
  private changed = false;
  private readonly cacheDir: string;
  private readonly byKey: Map<string, string>;

  private constructor(cacheDir: string, byKey: Map<string, string>) {
    this.cacheDir = cacheDir;
    this.byKey = byKey;
  }

  /** The stored openings, none when the file is missing or unreadable. */
  static read(cacheDir: string): Openings {
    return new Openings(cacheDir, readOpenings(cacheDir));
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  set(key: string, opening: string): void {
    this.byKey.set(key, opening);
    this.changed = true;
  }

  /** Keeps the openings of the entries whose digests are in `keep`, and writes them if that changed anything. */
  save(keep: ReadonlySet<string>): void {
    for (const key of this.byKey.keys()) {
      if (!keep.has(key)) {
        this.byKey.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    writeFileWhole(openingsFile(this.cacheDir), JSON.stringify(Object.fromEntries(this.byKey)));
    this.changed = false;
  }
}

/** The stored openings by digest (the pages' article list joins them back), empty when the file is missing or unreadable. */
export function readOpenings(cacheDir: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(openingsFile(cacheDir), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}
