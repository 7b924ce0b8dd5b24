import { storedJson, storeJson } from './cached-json.ts';

/**
 * One value per article, computed from the article alone (its names, its markers), kept between
 * builds by a digest of the article (its path and its file's digest): a rebuild after a few new
 * articles computes theirs only. `salt` is the digest of the code that computes the values; a new
 * salt computes them all again. The store keeps the values of this build's articles only, written
 * whole (see cached-json.ts), and is written only when it changes.
 *
 * @example memoByDigest(cacheDir, 'topic-names', salt, articles, articleKey, scanOne)
 */
export function memoByDigest<A, T>(cacheDir: string, name: string, salt: string, items: readonly A[], digestOf: (item: A) => string, compute: (item: A, index: number) => T): T[] {
  const stored = new Map(storedJson<[string, T][]>(cacheDir, name, salt)?.value);
  const kept = new Map<string, T>();
  let computed = 0;
  const values = items.map((item, index) => {
    const digest = digestOf(item);
    let value = kept.get(digest) ?? stored.get(digest);
    if (value === undefined) {
      value = compute(item, index);
      computed++;
    }
    kept.set(digest, value);
    return value;
  });
  if (computed > 0 || kept.size !== stored.size) storeJson(cacheDir, name, salt, [...kept]);
  return values;
}
