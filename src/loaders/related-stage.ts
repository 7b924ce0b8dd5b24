import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Article } from '../lib/ingest/article.ts';
import { relatedFields, relatedInput } from '../lib/related/article-input.ts';
import { articleByline } from '../lib/ingest/article-byline.ts';
import { memoByDigest } from '../lib/build/memo-by-digest.ts';
import type { RelatedInput } from '../lib/related/types.ts';
import { articleBodyOf } from './body-store.ts';
import { RELATED_EXCLUDES } from '../lib/build/code-digest.ts';
import { articleKey, corpusKey } from '../lib/build/corpus-key.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { cacheFile } from '../lib/build/cached-json.ts';

/** The build cache's name for the related lists and sections (`<cacheDir>/build/related.json`). */
export const RELATED_CACHE = 'related';

/** What the related stage's process reads on its standard input. */
export interface RelatedJob {
  key: string;
  limit: number;
  cacheDir: string;
  contentDir: string;
  /** The project's folder: the process and its worker thread run from its source tree. */
  root: string;
  articles: Article[];
}

/**
 * The key of the related lists and sections (see corpusKey): the engine's code (src/lib but the
 * rooms it never reads), the list length and the corpus. The engine sorts its input by path, so
 * the order the articles come in is not an input.
 */
export function relatedKey(articles: readonly Pick<Article, 'file' | 'body'>[], limit: number, root: string): string {
  return corpusKey([RELATED_CACHE, limit], articles, root, RELATED_EXCLUDES);
}

/** The engine's input for each article, its body read from the body store: the same wherever the stage runs. */
export function relatedInputsOf(articles: readonly Article[], cacheDir: string, contentDir: string): RelatedInput[] {
  return articles.map((a) => relatedInput({ ...a, ...articleBodyOf(a, cacheDir, contentDir) }));
}

/**
 * The engine's inputs in the related process: an article whose tokens the store kept (`kept`)
 * comes without its text, and its body is not read; its byline is kept between builds under the
 * same key (`salt`: the digest of the code that computes it).
 */
export function relatedInputsKept(articles: readonly Article[], cacheDir: string, contentDir: string, kept: (key: string) => boolean, salt: string): RelatedInput[] {
  const bodyOf = (a: Article) => articleBodyOf(a, cacheDir, contentDir);
  const bylines = memoByDigest(cacheDir, 'related-bylines', salt, articles, articleKey, (a) => articleByline({ ...a, ...bodyOf(a) }) ?? null);
  return articles.map((a, i) => {
    const key = articleKey(a);
    if (kept(key)) return { ...relatedFields(a), text: '', byline: bylines[i] ?? undefined, key };
    return { ...relatedInput({ ...a, ...bodyOf(a) }), key };
  });
}

const RUNNING = Symbol.for('bao-tinh.related-stage');
type Running = { [RUNNING]?: Promise<string | undefined> };

/**
 * Starts the related stage in a process of its own as soon as the loader knows the corpus: it runs
 * on two threads while Astro bundles the site on one, and its memory (the corpus's vectors and
 * lists, twice over) is the system's again before any page is rendered. It leaves the lists in the
 * build cache under `job.key`, where the pages' data module, which waits for it, reads them; should
 * it fail, that module computes them itself.
 */
export function startRelatedStage(job: RelatedJob): void {
  // The job goes through a file, not a pipe: a pipe drains only when this thread's event loop
  // runs, and the loader's work after this kept the process waiting for its input for 3 s.
  const jobFile = cacheFile(job.cacheDir, 'related-job');
  writeFileWhole(jobFile, JSON.stringify(job));
  const child = spawn(process.execPath, [join(job.root, 'src/loaders/related-child.ts'), jobFile], { cwd: job.root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  (globalThis as Running)[RUNNING] = new Promise((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) => resolve(code === 0 ? undefined : `exit ${code}: ${stderr.trim().split('\n').at(-1)}`));
  });
}

/** Whether this process started the related stage (a build; the dev server computes the lists itself). */
export function relatedStageStarted(): boolean {
  return (globalThis as Running)[RUNNING] !== undefined;
}

/**
 * Waits for the related stage this process started, if any (the loader and the pages' modules are
 * separate module graphs of one process: the promise is shared through a global symbol). Undefined
 * when none ran or it ended well, else why it failed.
 */
export function relatedStageDone(): Promise<string | undefined> {
  return (globalThis as Running)[RUNNING] ?? Promise.resolve(undefined);
}
