import { link, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Which output folder a finished build left: its inode and birth time. A folder another build
 * wrote (another content folder's cache, a copy, a killed build) does not match, so its pages are
 * never taken for this cache's.
 */
export async function outputStamp(outDir: string): Promise<string | null> {
  const info = await stat(outDir, { bigint: true }).catch(() => null);
  return info?.isDirectory() ? `${outDir}:${info.ino}:${info.birthtimeNs}` : null;
}

const stampFile = (cacheDir: string) => join(cacheDir, 'output-stamp');

/** The stamp the last finished build wrote, removed as it is read: a build cut short leaves none. */
export async function takeStamp(cacheDir: string): Promise<string | null> {
  const stamp = await readFile(stampFile(cacheDir), 'utf8').catch(() => null);
  await rm(stampFile(cacheDir), { force: true });
  return stamp;
}

export async function writeStamp(cacheDir: string, outDir: string): Promise<void> {
  const stamp = await outputStamp(outDir);
  if (stamp) await writeFile(stampFile(cacheDir), stamp);
}

/** The files, relative to the output folder, that Astro's page cache says the last build wrote. */
export async function cachedPageFiles(cacheDir: string): Promise<string[]> {
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
 * Hard-links the last build's pages from the folder set aside into the new output folder, where
 * Astro keeps a page whose cache key is unchanged instead of copying it from its cache (tens of
 * seconds for an archive). A page rendered again is written over its link. Returns the files linked.
 */
export async function linkPages(aside: string, outDir: string, files: readonly string[]): Promise<string[]> {
  const linked: string[] = [];
  const made = new Set<string>();
  for (const file of files) {
    const target = fileURLToPath(new URL(file, pathToFileURL(`${outDir}/`)));
    const source = join(aside, relative(outDir, target));
    if (relative(outDir, target).startsWith('..')) continue;
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    if (await link(source, target).then(() => true, () => false)) linked.push(target);
  }
  return linked;
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
