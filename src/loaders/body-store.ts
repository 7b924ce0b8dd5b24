import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleBody } from '../lib/ingest/article.ts';
import { readArticle } from '../lib/ingest/read-article.ts';
import { writeFileWhole } from '../lib/build/write-whole.ts';

/**
 * Article bodies, one file each under `<cacheDir>/bodies/`, named by the entry's digest (the file's
 * bytes and the parser): Astro's data store keeps only what listings need, and a page reads its
 * own body. Written whole (temporary file, then rename) or not at all.
 */
export function bodyFile(cacheDir: string, key: string): string {
  return join(cacheDir, 'bodies', `${key}.json`);
}

export function writeBody(cacheDir: string, key: string, body: ArticleBody): void {
  writeFileWhole(bodyFile(cacheDir, key), JSON.stringify(body));
}

/** The stored body, or undefined when it is missing or unreadable (the caller parses the file again). */
export function readBody(cacheDir: string, key: string): ArticleBody | undefined {
  try {
    return JSON.parse(readFileSync(bodyFile(cacheDir, key), 'utf8')) as ArticleBody;
  } catch {
    return undefined;
  }
}

/**
 * An article's body: the stored one, or, should that be gone, parsed again from the article file
 * in `contentDir` (a file that no longer parses is an error: the store is older than the folder).
 */
export function articleBodyOf(article: Pick<Article, 'file' | 'body'>, cacheDir: string, contentDir: string): ArticleBody {
  const stored = readBody(cacheDir, article.body);
  if (stored) return stored;
  const result = readArticle(article.file, readFileSync(join(contentDir, article.file)));
  if (!result.ok) throw new Error(`${article.file}: the article can no longer be read (${result.reason}); build again`);
  return { blocks: result.article.blocks, html: result.article.html };
}

/** Deletes the bodies no stored article names any more, so the folder follows the content. */
export function pruneBodies(cacheDir: string, keep: ReadonlySet<string>): void {
  const dir = join(cacheDir, 'bodies');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
}
