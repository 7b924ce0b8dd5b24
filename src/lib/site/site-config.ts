import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
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
  /** Shards indexed at once, each by its own Pagefind process (two by default: one a core). */
  searchIndexJobs: number;
  /** Most related stories an article lists (`RELATED_LIMIT`, 5 by default). */
  relatedLimit: number;
}

/**
 * Shards of 1,500 to 4,500 pages: Pagefind's indexer measured about 1 GB at 2,000 baomoi pages and
 * 1.5 GB at 5,000 (README, Large sites), so a 35k build stays under 4 GB.
 */
const DEFAULT_SHARD_PAGES = 3000;
/** Related stories listed per article. */
const DEFAULT_RELATED_LIMIT = 5;
/**
 * Two shards at a time once the pages are written (one core each; while pages are written one
 * indexer runs ahead on the core Astro leaves): at most 2.5 shards' worth of pages together
 * (search-shards.ts), so the indexers' memory stays bounded by the shard size.
 */
const DEFAULT_INDEX_JOBS = 2;

/** What is at a path: the one fact about the disk the configuration depends on. */
export type PathKind = 'folder' | 'file' | 'missing';

/** A configuration a build cannot start from: one line per problem, each naming the variable and the fix. */
export class SiteConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SiteConfigError';
    this.problems = problems;
  }
}

/**
 * The configuration, all from the environment so the same checkout builds any
 * folder for any host: `CONTENT_DIR`, `SITE_URL`, `BASE_PATH`, `STRICT`, `BUILD_REPORT`,
 * `SEARCH_SHARD_PAGES`, `SEARCH_INDEX_JOBS`, `RELATED_LIMIT`: read here and only here
 * (astro.config.mjs), then handed on as a value (`BUILD_VERBOSE`: isVerbose). Throws a
 * SiteConfigError naming every variable to fix, rather than failing later with an ENOENT stack
 * trace or an "Invalid URL" that names nothing.
 */
export function readSiteConfig(env: Record<string, string | undefined>, root: string, kindOf: (path: string) => PathKind = pathKind): SiteConfig {
  const problems = checkSiteConfig(env, root, kindOf);
  if (problems.length > 0) throw new SiteConfigError(problems);
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
    searchIndexJobs: Number(env.SEARCH_INDEX_JOBS) > 0 ? Math.floor(Number(env.SEARCH_INDEX_JOBS)) : DEFAULT_INDEX_JOBS,
    relatedLimit: Number(env.RELATED_LIMIT) || DEFAULT_RELATED_LIMIT,
  };
}

/**
 * `BUILD_VERBOSE`: a line per page instead of progress lines. Astro's logger reads it with this
 * rather than through its config: Astro digests its whole config (the logger's included) and
 * clears the content store when the digest changes, so a logging switch would parse every file
 * and render every page again.
 */
export function isVerbose(env: Record<string, string | undefined>): boolean {
  return Boolean(env.BUILD_VERBOSE);
}

/**
 * Every problem of a configuration, one line each, empty when it is usable. Pure but for
 * `kindOf`, which says what is on disk. `SITE_URL` must be an origin: a path there
 * (`https://example.com/bao`) is refused with the `BASE_PATH` that says it, since the
 * sitemap and canonical URLs are built from the origin and the base path.
 */
export function checkSiteConfig(env: Record<string, string | undefined>, root: string, kindOf: (path: string) => PathKind): string[] {
  const problems: string[] = [];
  const dir = env.CONTENT_DIR || 'content';
  const contentDir = isAbsolute(dir) ? dir : resolve(root, dir);
  const kind = kindOf(contentDir);
  const named = env.CONTENT_DIR ? `CONTENT_DIR=${env.CONTENT_DIR}` : `CONTENT_DIR is not set and the default ${contentDir}`;
  if (kind === 'missing') problems.push(`${named}: no such folder; set CONTENT_DIR to the folder of your article files (absolute, or relative to ${root})`);
  if (kind === 'file') problems.push(`${named}: a file, not a folder; set CONTENT_DIR to the folder that holds the article files`);
  if (env.SITE_URL) problems.push(...checkSiteUrl(env.SITE_URL));
  if (env.BASE_PATH && /[:?#\\\s]/.test(env.BASE_PATH)) {
    problems.push(`BASE_PATH=${env.BASE_PATH}: not a path; set it to where the site lives on its host, e.g. BASE_PATH=/bao-tinh/ (or / at the root)`);
  }
  return problems;
}

function checkSiteUrl(value: string): string[] {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    const guess = /^[\w.-]+\.[a-z]{2,}(?::\d+)?(\/.*)?$/i.test(value) ? `https://${value.replace(/\/.*$/, '')}` : 'https://example.com';
    return [`SITE_URL=${value}: not an absolute http(s) URL; write the site's origin with its scheme, e.g. SITE_URL=${guess}`];
  }
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash || url.username) {
    const path = url.pathname.replace(/^\/+|\/+$/g, '');
    const hint = path ? ` and BASE_PATH=/${path}/` : '';
    return [`SITE_URL=${value}: only the origin goes here, the site's place on the host goes in BASE_PATH; set SITE_URL=${url.origin}${hint}`];
  }
  return [];
}

/** What is at a path, following symbolic links. */
export function pathKind(path: string): PathKind {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
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
