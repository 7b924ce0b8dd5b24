import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves the last build's output folder aside when a build starts and deletes it in the background.
 * Astro empties the folder itself before writing, synchronously and file by file: with an archive
 * (40,000 pages plus the search shards' files) that held every build, a rebuild with no change
 * included, for tens of seconds before anything else ran. The folder left by a build that ended
 * before its deletion did is deleted by the next one.
 */
export function setAsideOutputIntegration(): AstroIntegration {
  let outDir = '';
  let removing: Promise<unknown> = Promise.resolve();
  return {
    name: 'bao-tinh-set-aside-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
      },
      'astro:build:start': async () => {
        const [parent, prefix] = [dirname(outDir), `.${basename(outDir)}-old-`];
        const aside = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
        const target = join(parent, `${prefix}${process.pid}`);
        // A missing folder, or one that cannot be moved, is left for Astro to empty as before.
        if (await rename(outDir, target).then(() => true, () => false)) aside.push(target);
        removing = Promise.all(aside.map((dir) => rm(dir, { recursive: true, force: true }))).catch(() => {});
      },
      'astro:build:done': async () => {
        await removing;
      },
    },
  };
}
