import { createHash } from 'node:crypto';

/**
 * A short, stable digest of a JSON-serialisable value: keys of caches that must change whenever
 * anything the cached output shows changes. Key order is the value's own (build it the same way).
 *
 * @example digestJson({ slug: 'a', headline: 'Tin' }) // '5f1c…' (40 hex digits)
 */
export function digestJson(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? 'undefined').digest('hex');
}

/** One digest of several, in order: `digestAll([a, b]) !== digestAll([b, a])`. */
export function digestAll(parts: readonly (string | number | undefined)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${part ?? ''}\0`);
  return hash.digest('hex');
}
