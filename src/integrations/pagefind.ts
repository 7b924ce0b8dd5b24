import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchShards } from './search-shards.ts';
import { indexAhead, type IndexAhead } from './index-ahead.ts';
import { articlesFirst } from './articles-first.ts';

/**
 * Builds the Pagefind full-text index of `dist/` after Astro writes it, with the Node API so
 * `npm run build` is the only step: in shards of about `shardPages` pages, each indexed on its
 * own (bounded memory) and reused from Astro's cache folder while its pages are unchanged.
 * Every Pagefind response is checked: a broken index fails the build rather than shipping a
 * search that finds nothing.
 */
export function pagefindIntegration(options: { shardPages: number; jobs: number }): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let ahead: IndexAhead | undefined;
  return {
    name: 'bao-tinh-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer(articlesFirst);
        ahead = indexAhead(outDir, cacheDir, options.shardPages);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const early = await ahead?.stop();
        if (early?.indexed) logger.info(`search index: ${early.indexed} shards indexed while pages were written${early.underWay.size ? ', one more under way' : ''}`);
        const started = performance.now();
        logger.info('search index: reading the built pages');
        const done = await writeSearchShards(fileURLToPath(dir), cacheDir, options.shardPages, options.jobs, (line) => logger.info(line), early);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`search index: ${done.pages} pages in ${done.shards} shards (${done.reused} unchanged) in ${seconds} s`);
      },
    },
  };
}
