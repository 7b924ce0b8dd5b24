import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const cache = new Map<string, string>();

/**
 * Rooms of src/lib the parser (ingest/read-article.ts and all it imports) never reads: ingest/,
 * text/, site/, headline recovery and its models stay in its digest, so a change to any of them
 * parses every file again, and a change here does not (tests/unit/build/code-digest.test.ts
 * checks the import graph against this list).
 */
export const PARSER_EXCLUDES: readonly string[] = ['related', 'search', 'browse', 'build', 'threads'];

/**
 * Rooms the related engine (related/ and the parsed input it reads through ingest/) never reads.
 * site/ changes the parse, which the articles' digests in the related key already follow.
 */
export const RELATED_EXCLUDES: readonly string[] = ['search', 'browse', 'build', 'site', 'threads'];

/**
 * A digest of the project's library sources (`src/lib` under `root`, models included), leaving
 * out the sub-folders named in `except`: part of the key of every value cached between builds,
 * so a change of the code that computed a value means computing it again. The parser's digest
 * (everything but PARSER_EXCLUDES) replaces a version bumped by hand.
 *
 * @example libraryDigest(process.cwd(), PARSER_EXCLUDES) // '9c1f…'
 */
export function libraryDigest(root: string, except: readonly string[] = []): string {
  return sourceDigest(root, 'src/lib', except);
}

/** The same digest over any source folder of the project (`src/data` for what the data modules compute). */
export function sourceDigest(root: string, folder: string, except: readonly string[] = []): string {
  const key = `${root}\0${folder}\0${except.join('\0')}`;
  const known = cache.get(key);
  if (known) return known;
  const dir = join(root, folder);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((file) => !except.some((sub) => file.startsWith(`${sub}/`)))
    .sort();
  // Bytes, not text: the models (src/lib/ingest/headline/data, src/lib/related/data) are part of the code.
  const hash = createHash('sha1');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  const digest = hash.digest('hex');
  cache.set(key, digest);
  return digest;
}
