import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleBody } from '../lib/ingest/article.ts';
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
