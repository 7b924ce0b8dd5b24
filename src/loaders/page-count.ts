import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from '../lib/build/write-whole.ts';

/** Kept in Astro's cache folder for this content folder: a place that does not move between builds. */
const pageCountFile = (cacheDir: string) => join(cacheDir, 'pages.json');

/** Records how many pages the loader stored, for the data modules (see readPageCount). */
export function writePageCount(cacheDir: string, pages: number): void {
  writeFileWhole(pageCountFile(cacheDir), JSON.stringify({ pages }));
}

/**
 * How many pages the loader stored in this build, or undefined when it has not said. Asked for a
 * collection with no entry, Astro warns that it "does not exist or is empty. Please check your
 * content config", which misleads: an empty folder is fine, and the loader has said so already.
 */
export function readPageCount(cacheDir: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(pageCountFile(cacheDir), 'utf8')) as { pages: number }).pages;
  } catch {
    return undefined;
  }
}
