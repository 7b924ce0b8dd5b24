import { link, mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inParallel } from '../lib/build/in-parallel.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { fileStamp } from './file-stamp.ts';

const recordFile = (cacheDir: string) => join(cacheDir, 'kept-pages.json');
const FILES_IN_FLIGHT = 32;

/** A page file of the output folder, from its path relative to the folder (URL-encoded, as Astro records it). */
const pageFile = (outDir: string, file: string) => fileURLToPath(new URL(file, pathToFileURL(`${outDir}/`)));

/**
 * Records, once a build has finished, every page file Astro's page cache names with its stamp: the
 * next build keeps in place only files that still have it (written by that build and not touched
 * since, or copied with their times, as a CI cache restores them).
 */
export async function recordPages(cacheDir: string, outDir: string): Promise<void> {
  const files = await cachedPageFiles(cacheDir);
  const stamps: (string | null)[] = new Array(files.length);
  await inParallel(files, FILES_IN_FLIGHT, async (file, n) => {
    stamps[n] = await fileStamp(pageFile(outDir, file));
  });
  const pages = Object.fromEntries(files.flatMap((file, n) => (stamps[n] ? [[file, stamps[n]]] : [])));
  writeFileWhole(recordFile(cacheDir), JSON.stringify({ outDir, pages }));
}

/** The last finished build's record, removed as it is read: a build cut short leaves none to trust. */
export async function takeRecord(cacheDir: string, outDir: string): Promise<Map<string, string>> {
  const text = await readFile(recordFile(cacheDir), 'utf8').catch(() => null);
  await rm(recordFile(cacheDir), { force: true });
  try {
    const record = JSON.parse(text ?? 'null') as { outDir: string; pages: Record<string, string> } | null;
    return new Map(record?.outDir === outDir ? Object.entries(record.pages) : []);
  } catch {
    // An unreadable record keeps nothing: every page is copied from Astro's cache as before.
    return new Map();
  }
}

/** The files, relative to the output folder, that Astro's page cache says the last build wrote. */
async function cachedPageFiles(cacheDir: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(await readFile(join(cacheDir, 'incremental-build.json'), 'utf8'));
    const files: string[] = [];
    for (const route of Object.values<{ paths: Record<string, { outputFile: string }> }>(manifest.routes ?? {})) {
      for (const entry of Object.values(route.paths)) files.push(entry.outputFile);
    }
    return files;
  } catch {
    return [];
  }
}

/**
 * Hard-links the recorded pages that still have their stamp from the folder set aside into the new
 * output folder, where Astro keeps a page whose cache key is unchanged instead of copying it from its
 * cache (tens of seconds for an archive). A page rendered again is written over its link. Returns
 * the files linked.
 */
export async function linkPages(aside: string, outDir: string, record: ReadonlyMap<string, string>): Promise<string[]> {
  const linked: string[] = [];
  await inParallel([...record], FILES_IN_FLIGHT, async ([file, stamp]) => {
    const target = pageFile(outDir, file);
    const source = join(aside, relative(outDir, target));
    if (relative(outDir, target).startsWith('..') || (await fileStamp(source)) !== stamp) return;
    await mkdir(dirname(target), { recursive: true });
    if (await link(source, target).then(() => true, () => false)) linked.push(target);
  });
  return linked.sort();
}

/**
 * Removes the linked pages this build did not produce (an article deleted, a listing page gone)
 * and the folders they leave empty, so the output is what a cold build writes.
 */
export async function pruneUnclaimed(outDir: string, linked: readonly string[], claimed: ReadonlySet<string>): Promise<number> {
  let pruned = 0;
  for (const file of linked) {
    if (claimed.has(file)) continue;
    await rm(file, { force: true });
    pruned++;
    for (let folder = dirname(file); folder.startsWith(`${outDir}/`); folder = dirname(folder)) {
      if (!(await rmdir(folder).then(() => true, () => false))) break;
    }
  }
  return pruned;
}
