import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inParallel } from '../lib/build/in-parallel.ts';
import { walkFolder } from '../lib/build/walk-folder.ts';
import { takeRecord } from '../lib/build/take-record.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { fileStamp } from '../lib/build/file-stamp.ts';

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

/** The last finished build's record of its pages, removed as it is read (see takeRecord); another output folder's counts for nothing. */
export async function takePageRecord(cacheDir: string, outDir: string): Promise<Map<string, string>> {
  const record = await takeRecord<{ outDir: string; pages: Record<string, string> }>(recordFile(cacheDir));
  return new Map(record?.outDir === outDir ? Object.entries(record.pages) : []);
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
 * Clears the output folder for a new build except the recorded pages that still have their stamp,
 * which stay where they are: Astro keeps a page whose cache key is unchanged instead of copying it
 * from its cache (tens of seconds for an archive), and writes over one it renders again. Every
 * other file (a page touched since, the search index, Vite's assets) is removed, with the folders
 * left empty. Nothing is moved or linked: creating and deleting tens of thousands of folders on
 * every rebuild cost more than the pages themselves. Returns the files kept.
 */
export async function keepRecordedPages(outDir: string, record: ReadonlyMap<string, string>): Promise<string[]> {
  const stampOf = new Map([...record].map(([file, stamp]) => [pageFile(outDir, file), stamp]));
  const found = await walkFolder(outDir).catch(() => ({ files: [], folders: [] }));
  const files = found.files.map((file) => join(outDir, file));
  const kept: string[] = [];
  const removed: string[] = [];
  await inParallel(files, FILES_IN_FLIGHT, async (file) => {
    const stamp = stampOf.get(file);
    if (stamp !== undefined && (await fileStamp(file)) === stamp) kept.push(file);
    else removed.push(file);
  });
  await inParallel(removed, FILES_IN_FLIGHT, (file) => rm(file, { force: true }));
  // Every folder left without a kept page goes, empty ones a killed build left included.
  const holding = new Set(kept.flatMap((file) => ancestors(outDir, file)));
  const folders = found.folders.map((folder) => join(outDir, folder));
  await removeFolders(folders.filter((folder) => !holding.has(folder)));
  return kept.sort();
}

/** The folders of the output folder that hold `file`, nearest first. */
function ancestors(outDir: string, file: string): string[] {
  const out: string[] = [];
  for (let f = dirname(file); f.startsWith(`${outDir}/`); f = dirname(f)) out.push(f);
  return out;
}

/** Removes the folders that are empty, children before parents (a child's path is longer). */
async function removeFolders(folders: readonly string[]): Promise<void> {
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => {});
}

/**
 * Removes the kept pages this build did not produce (an article deleted, a listing page gone)
 * and the folders they leave empty, so the output is what a cold build writes.
 */
export async function pruneUnclaimed(outDir: string, kept: readonly string[], claimed: ReadonlySet<string>): Promise<number> {
  const unclaimed = kept.filter((file) => !claimed.has(file));
  await removeWithEmptyFolders(outDir, unclaimed);
  return unclaimed.length;
}

/** Removes the files, then each folder of the output folder they leave empty. */
async function removeWithEmptyFolders(outDir: string, files: readonly string[]): Promise<void> {
  await inParallel(files, FILES_IN_FLIGHT, (file) => rm(file, { force: true }));
  await removeFolders([...new Set(files.flatMap((file) => ancestors(outDir, file)))]);
}
