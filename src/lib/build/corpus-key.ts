import { digestAll } from './digest.ts';
import { libraryDigest, sourceDigest } from './code-digest.ts';

/** What a corpus key reads of an article: its path and its file's digest (the body store's key). */
type Keyed = Readonly<{ file: string; body: string }>;

const corpusDigests = new WeakMap<readonly Keyed[], string>();

/**
 * The key of a value computed over the whole corpus (related lists, threads, topics): `parts` (its
 * name and settings), the code that computes it (`src/lib` but the rooms in `except`, and
 * `src/data` and `src/loaders`, which feed it) and every article's path and file digest in path
 * order, so that the loader, its related process and the data modules, which hold the articles in
 * different orders, make the same key. The corpus is digested once per array however many ask.
 */
export function corpusKey(parts: readonly (string | number)[], articles: readonly Keyed[], root: string, except: readonly string[] = []): string {
  let corpus = corpusDigests.get(articles);
  if (!corpus) {
    corpus = digestAll(articles.map(articleKey).sort());
    corpusDigests.set(articles, corpus);
  }
  return digestAll([codeKey(parts, root, except), corpus]);
}

/**
 * An article's path and file digest: all a value computed from it depends on (the digest covers
 * the parser's code), and its key in the stores kept per article.
 */
export function articleKey(a: Keyed): string {
  return `${a.file}\0${a.body}`;
}

/** The code part of a corpus key: `parts` and the code that computes and feeds the value. */
export function codeKey(parts: readonly (string | number)[], root: string, except: readonly string[] = []): string {
  return digestAll([...parts, libraryDigest(root, except), sourceDigest(root, 'src/data'), sourceDigest(root, 'src/loaders')]);
}
