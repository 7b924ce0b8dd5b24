import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkPages, pruneUnclaimed, recordPages, takeRecord } from './keep-pages.ts';

/**
 * Starts each build in a fresh output folder without paying for the old one. Astro empties the
 * folder itself, synchronously and file by file, and then copies every page its cache keeps from
 * the cache: with an archive (40,000 pages plus the search shards' files) that took most of a
 * rebuild with no change. Instead the old folder is moved aside and deleted in the background,
 * and the pages this cache's last finished build wrote there, still as it left them, are
 * hard-linked into the new folder, where Astro keeps those whose cache key is unchanged as they
 * are. Linked pages this build does not produce are removed before any other integration reads
 * the output. List it first.
 */
export function setAsideOutputIntegration(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let linked: string[] = [];
  let removing: Promise<unknown> = Promise.resolve();
  return {
    name: 'bao-tinh-set-aside-output',
    hooks: {
      // The folder is new (or emptied below): Astro's own emptying would drop the linked pages.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const record = await takeRecord(cacheDir, outDir);
        const [parent, prefix] = [dirname(outDir), `.${basename(outDir)}-old-`];
        const aside = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
        const target = join(parent, `${prefix}${process.pid}`);
        linked = [];
        if (await rename(outDir, target).then(() => true, () => false)) {
          linked = await linkPages(target, outDir, record);
          aside.push(target);
        } else {
          // A folder that cannot be moved (a mount point) is emptied in place.
          const names = await readdir(outDir).catch(() => []);
          await Promise.all(names.map((name) => rm(join(outDir, name), { recursive: true, force: true })));
        }
        if (linked.length > 0) logger.info(`kept ${linked.length.toLocaleString('en')} pages of the last build in place`);
        removing = Promise.all(aside.map((dir) => rm(dir, { recursive: true, force: true }))).catch(() => {});
      },
      'astro:build:done': async ({ assets, logger }) => {
        const claimed = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const pruned = await pruneUnclaimed(outDir, linked, claimed);
        if (pruned > 0) logger.info(`removed ${pruned} pages of the last build that this one no longer has`);
        linked = [];
        await recordPages(cacheDir, outDir);
        await removing;
      },
    },
  };
}
