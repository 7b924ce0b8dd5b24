import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildReport } from '../lib/build/build-report.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { movedPageHtml, planMovedArticles, type SlugHistory } from '../lib/site/moved-articles.ts';
import { vi } from '../i18n/vi.ts';

interface Options {
  /** The build report: which file each page was built from, and its URL. */
  reportPath: string;
  basePath: string;
  siteUrl: string;
}

/**
 * After the build, a redirect page at every earlier URL of an article whose headline (so its
 * slug) changed, from the slugs each file was published at, kept in the cache folder. Losing the
 * cache loses the earlier URLs: the README says to keep it between CI runs.
 */
export function movedArticlesIntegration({ reportPath, basePath, siteUrl }: Options): AstroIntegration {
  let historyPath = '';
  return {
    name: 'bao-tinh-moved-articles',
    hooks: {
      'astro:config:done': ({ config }) => {
        historyPath = join(fileURLToPath(config.cacheDir), 'slug-history.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = JSON.parse(readFileSync(reportPath, 'utf8')) as BuildReport;
        const pages = report.files.filter((f) => f.status === 'page' && f.url).map((f) => ({ file: f.file, slug: f.url!.slice(basePath.length, -1) }));
        const history = existsSync(historyPath) ? (JSON.parse(readFileSync(historyPath, 'utf8')) as SlugHistory) : {};
        const { history: next, moved } = planMovedArticles(history, pages);
        const distDir = fileURLToPath(dir);
        for (const { from, to } of moved) {
          const page = join(distDir, from, 'index.html');
          if (existsSync(page)) continue;
          const url = `${basePath}${to}/`;
          writeFileWhole(page, movedPageHtml(url, `${siteUrl}${url}`, { title: vi.movedTitle, lead: vi.movedLead }));
        }
        writeFileWhole(historyPath, `${JSON.stringify(next)}\n`);
        if (moved.length > 0) logger.info(`${moved.length} earlier article URLs redirect to the articles' new URLs (headlines edited)`);
      },
    },
  };
}
