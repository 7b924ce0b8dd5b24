import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepRecordedPages, pruneUnclaimed, recordPages, takePageRecord } from './keep-pages.ts';

/**
 * Starts each build in the last build's output folder, cleared of everything but the pages that
 * build finished and nobody touched since (keep-pages.ts). Astro would empty the folder itself,
 * file by file, and then copy every page its cache keeps back from the cache: with an archive
 * (50,000 pages plus the search shards' files) that was most of a rebuild with no change. Kept
 * pages this build does not produce are removed before any other integration reads the output.
 * List it first.
 */
export function keepOutputIntegration(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let kept: string[] = [];
  return {
    name: 'bao-tinh-keep-output',
    hooks: {
      // Astro's own emptying would drop the kept pages.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        kept = await keepRecordedPages(outDir, await takePageRecord(cacheDir, outDir));
        if (kept.length > 0) logger.info(`kept ${kept.length.toLocaleString('en')} pages of the last build in place`);
        // Folders an earlier version set aside (`.dist-old-<pid>`) and a killed build left behind.
        const [parent, prefix] = [dirname(outDir), `.${basename(outDir)}-old-`];
        const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix));
        await Promise.all(leftovers.map((name) => rm(join(parent, name), { recursive: true, force: true })));
      },
      'astro:build:done': async ({ assets, logger }) => {
        const claimed = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const pruned = await pruneUnclaimed(outDir, kept, claimed);
        if (pruned > 0) logger.info(`removed ${pruned} pages of the last build that this one no longer has`);
        kept = [];
        await recordPages(cacheDir, outDir);
      },
    },
  };
}
