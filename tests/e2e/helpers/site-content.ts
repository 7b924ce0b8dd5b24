import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSiteConfig } from '../../../src/lib/site/site-config.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures');

export interface ContentDir {
  dir: string;
  /** Deletes the folder and the Astro cache the builds of it left in node_modules/.astro/. */
  remove(): void;
}

/**
 * A temporary content folder assembled from fixture folders: `bad-inputs` is copied to the
 * top (as build.test.ts does), every other fixture into a sub-folder of its own name.
 * `skip` names files left out (the 9.8 MB article makes every check of every page slower
 * and is covered by build.test.ts).
 */
export function makeContentDir(names: readonly string[], skip: readonly string[] = ['huge-article.txt']): ContentDir {
  const dir = mkdtempSync(join(tmpdir(), 'bao-tinh-content-'));
  copyFixtures(dir, names, skip);
  return removable(dir);
}

/** Copies fixture folders into `dir` the way makeContentDir does. */
export function copyFixtures(dir: string, names: readonly string[], skip: readonly string[] = ['huge-article.txt']): void {
  for (const name of names) {
    cpSync(join(fixtures, name), name === 'bad-inputs' ? dir : join(dir, name), {
      recursive: true,
      filter: (src) => !skip.some((s) => src.endsWith(`/${s}`)),
    });
  }
}

/** A fresh copy of a content folder, as it is now: a new folder has no Astro cache, so it builds cold. */
export function copyContentDir(from: string): ContentDir {
  const dir = mkdtempSync(join(tmpdir(), 'bao-tinh-content-'));
  cpSync(from, dir, { recursive: true });
  return removable(dir);
}

function removable(dir: string): ContentDir {
  return { dir, remove: () => removeContentDir(dir) };
}

/** Deletes a content folder and the Astro cache its builds left in node_modules/.astro/. */
export function removeContentDir(dir: string): void {
  rmSync(readSiteConfig({ CONTENT_DIR: dir }, root).cacheDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
