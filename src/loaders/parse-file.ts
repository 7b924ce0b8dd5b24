import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ParsedArticle } from '../lib/ingest/article.ts';
import { articleOpening } from '../lib/ingest/article-body-text.ts';
import { readArticle } from '../lib/ingest/read-article.ts';
import { writeBody } from './body-store.ts';

/** One file to bring up to date: where it is, the digest its stored entry has, what salts digests. */
export interface FileJob {
  path: string;
  file: string;
  stored?: string;
  salt: string;
  cacheDir: string;
}

/** What a file gave: unreadable, unchanged, not an article (why), or what the data store takes of it. */
export type FileOutcome =
  | { unreadable: string }
  | { digest: string; unchanged: true }
  | { digest: string; ok: false; reason: string; encoding?: string }
  | { digest: string; ok: true; meta: Omit<ParsedArticle, 'blocks' | 'html'> & { opening?: string } };

/**
 * Reads a file, digests it (its bytes and the parser's `salt`) and, unless the stored entry has that
 * digest, parses it and writes its body to the body store: the whole per-file work of a load but the
 * data store itself, done wherever the job runs (the loader's thread or a worker), so that a cold
 * load reads, parses and writes tens of thousands of files on every core.
 */
export function syncFileJob(job: FileJob): FileOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.path);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  const digest = createHash('sha1').update(job.salt).update(bytes).digest('hex');
  if (digest === job.stored) return { digest, unchanged: true };
  const result = readArticle(job.file, bytes);
  if (!result.ok) return { digest, ok: false, reason: result.reason, encoding: result.encoding };
  const { blocks, html, ...meta } = result.article;
  const body = { blocks, html };
  writeBody(job.cacheDir, digest, body);
  return { digest, ok: true, meta: { ...meta, opening: articleOpening(body) } };
}
