import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Article } from '../lib/ingest/article.ts';
import { articleFileProblem } from '../lib/ingest/read-article.ts';
import { articleSlug } from '../lib/site/slug.ts';
import { resolveSlugCollisions } from '../lib/site/unique-slugs.ts';
import { ReportCollector } from './report-collector.ts';
import { pruneBodies } from './body-store.ts';
import { Openings } from './opening-store.ts';
import { writePageCount } from './page-count.ts';
import { libraryDigest, PARSER_EXCLUDES } from '../lib/build/code-digest.ts';
import { fileStamp } from '../lib/build/file-stamp.ts';
import { inParallel } from '../lib/build/in-parallel.ts';
import { stampEntry, takeStamps, writeStamps, type FileStamps } from './file-stamps.ts';
import { adaptiveRunner, type FileJobRunner } from './parse-pool.ts';
import { syncFileJob } from './parse-file.ts';
import { relatedKey, startRelatedStage } from './related-stage.ts';

/**
 * The parser's own digest (its sources and the shipped models in its data/ folders, src/lib but for the
 * rooms that do not parse): a change of either re-parses every file instead of trusting stored entries.
 */
const PARSER_SALT = libraryDigest(process.cwd(), PARSER_EXCLUDES);
const CONCURRENT_READS = 16;
/** Files read on the loader's own thread before the rest are read and parsed on one worker thread per core. */
const PARSE_INLINE_FIRST = 300;

export interface ArticleLoaderOptions {
  contentDir: string;
  basePath: string;
  reportPath: string;
  strict: boolean;
  /** Where bodies are kept beside the data store (Astro's cache folder for this content folder). */
  cacheDir: string;
  /** The build's clock, for warnings about dates in the future (tests pass a fixed one). */
  now?: () => Date;
  /** Files read on this thread before worker threads take over (tests pass 0 to use them at once). */
  parseInlineFirst?: number;
  /** Related stories per article: given, a build starts the related stage once the folder is read. */
  relatedLimit?: number;
}

/**
 * The Content Layer loader for a folder of article files (`.txt`, `.md`), modelled on
 * Astro's glob loader: a digest per file so unchanged files are not re-parsed, entries
 * of vanished files deleted, and a bad file reported with its reason, never fatal
 * (unless `strict`). Every file found lands in the build report.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'bao-tinh-article-loader',
    load: async (context) => {
      const started = performance.now();
      const report = new ReportCollector(options);
      const files = await listFiles(options.contentDir);
      const untouched = new Set(context.store.keys());
      const seen = { before: await takeStamps(options.cacheDir, PARSER_SALT), now: new Map() as FileStamps };
      const openings = Openings.read(options.cacheDir);
      let parsed = 0;
      const runner = adaptiveRunner({ inlineFirst: options.parseInlineFirst ?? PARSE_INLINE_FIRST });
      try {
        await inParallel(files, CONCURRENT_READS, async (file) => {
          untouched.delete(file);
          if (await syncFile(context, options, file, report, openings, seen, runner)) parsed++;
        });
      } finally {
        await runner.close();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const threads = runner.threads ? ` (on ${runner.threads} worker threads)` : '';
      context.logger.info(`read ${files.length} files in ${seconds} s${threads}: ${parsed} parsed, ${files.length - parsed} unchanged or skipped`);
      for (const id of untouched) context.store.delete(id);
      // The related stage reads only the entries and their bodies: it starts before the report and
      // openings are written (about 3 s on baomoi), which it does not need.
      if (!context.watcher && options.relatedLimit !== undefined) startRelated(context, options, options.relatedLimit);
      await settle(context, options, report, openings);
      writeStamps(options.cacheDir, PARSER_SALT, seen.now);
      if (context.watcher) watchFolder(context, options, report, openings);
    },
  };
}

/**
 * Brings one file's entry up to date; true when the file was (re-)parsed. With `seen`, a file whose
 * stamp and stored entry are as the last load left them is not read at all, and what this load
 * finds is recorded for the next. The opening goes to `openings`, not the entry; an entry whose
 * opening is not there counts as not stored.
 */
async function syncFile(
  context: LoaderContext,
  options: ArticleLoaderOptions,
  file: string,
  report: ReportCollector,
  openings: Openings,
  seen?: { before: FileStamps; now: FileStamps },
  runner?: FileJobRunner,
): Promise<boolean> {
  const { store, logger } = context;
  const problem = articleFileProblem(file);
  if (problem) {
    report.skip(file, problem);
    return false;
  }
  const path = join(options.contentDir, file);
  const stamp = seen && (await fileStamp(path));
  const digest = store.get(file)?.digest?.toString();
  const stored = digest !== undefined && openings.has(digest) ? digest : undefined;
  if (stamp && stored && seen.before.get(file) === stampEntry(stamp, stored)) {
    seen.now.set(file, stampEntry(stamp, stored));
    return false;
  }
  const job = { path, file, stored, salt: PARSER_SALT, cacheDir: options.cacheDir };
  const outcome = runner ? await runner.run(job) : syncFileJob(job);
  if ('unreadable' in outcome) {
    report.skip(file, `cannot read the file: ${outcome.unreadable}`);
    return false;
  }
  // Stamped before the read: a file changed in between has a newer stamp next time and is read again.
  const record = () => stamp && seen!.now.set(file, stampEntry(stamp, outcome.digest));
  if ('unchanged' in outcome) {
    record();
    return false;
  }
  if (!outcome.ok) {
    store.delete(file);
    report.skip(file, outcome.reason, outcome.encoding);
    return true;
  }
  try {
    const { opening, ...meta } = outcome.meta;
    const data = await context.parseData({ id: file, data: { ...meta, body: outcome.digest } });
    openings.set(outcome.digest, opening ?? '');
    store.set({ id: file, data, digest: outcome.digest, filePath: relative(process.cwd(), path) });
    record();
  } catch (error) {
    logger.error(`${file}: ${(error as Error).message}`);
    report.skip(file, `invalid article data: ${(error as Error).message}`);
  }
  return true;
}

/**
 * What follows any change of the folder, in a build and after each event of the dev watcher
 * alike: bodies of vanished entries dropped, slugs made unique, the page count and the report
 * written. A dev
 * server then shows the URLs a build of the same folder would.
 */
async function settle(context: LoaderContext, options: ArticleLoaderOptions, report: ReportCollector, openings: Openings): Promise<void> {
  const bodies = new Set(context.store.entries().map(([, e]) => (e.data as Article).body));
  pruneBodies(options.cacheDir, bodies);
  openings.save(bodies);
  fixSlugCollisions(context);
  const pages = collectPages(context, options.basePath);
  writePageCount(options.cacheDir, pages.length);
  await report.write(context, pages);
}

/** The related stage in its own process, which runs while Astro bundles the site (related-stage.ts). */
function startRelated(context: LoaderContext, options: ArticleLoaderOptions, limit: number) {
  const articles = context.store.values().map((e) => e.data as Article);
  if (articles.length === 0) return;
  const root = process.cwd();
  startRelatedStage({ key: relatedKey(articles, limit, root), limit, cacheDir: options.cacheDir, contentDir: options.contentDir, root, articles });
}

/**
 * Gives colliding slugs their longer ids. Computed from each entry's own slug as parsed
 * (articleSlug), not the stored one, so an entry renamed beside a file that has since gone
 * gets its short slug back: the store always holds what a fresh build would.
 */
function fixSlugCollisions(context: LoaderContext) {
  const entries = context.store.entries().map(([, e]) => e.data as Article);
  const parsed = entries.map((a) => ({ ...a, id: a.file, slug: articleSlug(a.headline, a.file) }));
  const renamed = resolveSlugCollisions(parsed);
  for (const { id, slug } of parsed) {
    const entry = context.store.get(id);
    const wanted = renamed.get(id) ?? slug;
    if (entry && (entry.data as Article).slug !== wanted) context.store.set({ ...entry, data: { ...entry.data, slug: wanted } });
  }
}

function collectPages(context: LoaderContext, basePath: string) {
  return context.store.entries().map(([, e]) => e.data as Article).map((article) => ({ article, url: `${basePath}${article.slug}/` }));
}

/** Every file below the folder; hidden files and folders (`.git`, `.DS_Store`) are not content. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(isContentPath)
    .sort();
}

/** Whether a path under the folder (`/`-separated) can be content: not hidden, not outside. */
function isContentPath(file: string): boolean {
  return !file.startsWith('../') && !file.split('/').some((part) => part.startsWith('.'));
}

function watchFolder(context: LoaderContext, options: ArticleLoaderOptions, report: ReportCollector, openings: Openings) {
  const { watcher, store } = context;
  if (!watcher) return;
  watcher.add(options.contentDir);
  const toFile = (path: string) => relative(options.contentDir, path).split(sep).join('/');
  const refresh = async (path: string) => {
    const file = toFile(path);
    if (!isContentPath(file)) return;
    report.forget(file);
    await syncFile(context, options, file, report, openings);
    await settle(context, options, report, openings);
  };
  watcher.on('change', refresh);
  watcher.on('add', refresh);
  watcher.on('unlink', async (path) => {
    const file = toFile(path);
    if (!isContentPath(file)) return;
    store.delete(file);
    report.forget(file);
    await settle(context, options, report, openings);
  });
}
