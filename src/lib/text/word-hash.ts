/**
 * The hash the word scanner (tokenize.ts) gives each word span: FNV-1a over UTF-16 code units with
 * a final mix. The related engine's SpanTable keys words by it, so both must agree.
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

/** Final mix so that the low bits, which pick the slot, depend on every code unit. */
export function finishHash(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
