import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

export interface SiteConfig {
  /** Absolute path of the folder of article files. */
  contentDir: string;
  /** Public origin of the site, used for canonical URLs and feeds. */
  siteUrl: string;
  /** Where the site lives on its host, always with leading and trailing `/`. */
  basePath: string;
  /** Fail the build when any file is skipped. */
  strict: boolean;
  /** Where the build report is written (outside `dist/`). */
  reportPath: string;
  /** Astro's cache, one per content folder, so builds of different folders never share stored entries. */
  cacheDir: string;
  /** Pages per full-text search shard: Pagefind's memory follows it, not the size of the site. */
  searchShardPages: number;
}

/** About 1 GB of Pagefind's indexer at baomoi's article length (measured: see README, Large sites). */
const DEFAULT_SHARD_PAGES = 5000;

/**
 * The configuration, all from the environment so the same checkout builds any
 * folder for any host: `CONTENT_DIR`, `SITE_URL`, `BASE_PATH`, `STRICT`, `BUILD_REPORT`,
 * `SEARCH_SHARD_PAGES`.
 */
export function readSiteConfig(env: Record<string, string | undefined>, root: string): SiteConfig {
  const dir = env.CONTENT_DIR || 'content';
  const report = env.BUILD_REPORT || 'build-report.json';
  return {
    contentDir: isAbsolute(dir) ? dir : resolve(root, dir),
    siteUrl: (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, ''),
    basePath: normalizeBasePath(env.BASE_PATH),
    strict: env.STRICT === '1' || env.STRICT === 'true',
    reportPath: isAbsolute(report) ? report : resolve(root, report),
    cacheDir: resolve(root, 'node_modules/.astro', `content-${createHash('sha1').update(resolve(root, dir)).digest('hex').slice(0, 10)}`),
    searchShardPages: Number(env.SEARCH_SHARD_PAGES) > 0 ? Math.floor(Number(env.SEARCH_SHARD_PAGES)) : DEFAULT_SHARD_PAGES,
  };
}

/** `bao-tinh`, `/bao-tinh`, `/bao-tinh/` all mean `/bao-tinh/`. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path under the base path: `withBase('/bao-tinh/', 'tim-kiem/')` -> `/bao-tinh/tim-kiem/`. */
export function withBase(basePath: string, path: string): string {
  return `${basePath}${path.replace(/^\/+/, '')}`;
}
