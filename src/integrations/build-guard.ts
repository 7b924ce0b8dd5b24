import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Never trusts the page cache of a build that did not finish. Astro's incremental build writes
 * cached pages while it renders and its manifest at the end: a build killed in between can leave
 * a cached page newer than the manifest says. A marker lives in the cache folder while a build
 * runs; finding it at the start means the last build was cut short, so the manifest is dropped
 * and every page is rendered again (the cold output, never a stale page). List it last.
 */
export function buildGuardIntegration(): AstroIntegration {
  let marker = '';
  let manifest = '';
  return {
    name: 'bao-tinh-build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        marker = join(cacheDir, 'build-in-progress');
        manifest = join(cacheDir, 'incremental-build.json');
      },
      'astro:build:start': ({ logger }) => {
        if (existsSync(marker)) {
          rmSync(manifest, { force: true });
          logger.warn('the previous build did not finish: every page is rendered again');
        }
        mkdirSync(join(marker, '..'), { recursive: true });
        writeFileSync(marker, String(process.pid));
      },
      'astro:build:done': () => {
        rmSync(marker, { force: true });
      },
    },
  };
}
