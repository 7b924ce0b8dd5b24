/**
 * The one FNV-1a of the code base, over UTF-16 code units. The word scanner (tokenize.ts) gives
 * each word span this hash with a final mix, and the related engine's SpanTable keys words by it,
 * so both must agree; search uses it unmixed to pick shards (`fnv1a`).
 */

/** Step of the FNV-1a hash over UTF-16 code units that scanWordSpans computes per word. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** Hash of `s.slice(start, end)` as scanWordSpans reports it. */
export function hashSpan(s: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = hashStep(h, s.charCodeAt(k));
  return finishHash(h);
}

/**
 * Plain FNV-1a of a whole string, unsigned, without the final mix: a hash that must stay the same
 * across builds, machines and browsers because it picks a file (a search shard, a shard boundary).
 *
 * @example fnv1a('a') // 0xe40c292c, the published FNV-1a test vector
 */
export function fnv1a(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h >>> 0;
}

/** Final mix so that the low bits, which pick the slot, depend on every code unit. */
export function finishHash(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
