/**
 * The shard hash (`fnv1a`) decides which file a search term and a page land in; the build and
 * every browser must agree on it forever, so it is checked against FNV-1a's published test vectors
 * (two of them above 2^31: the hash is unsigned, so `% shards` never goes negative).
 */
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/lib/text/word-hash.ts';

describe('fnv1a', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j as the FNV-1a reference does', (text, expected) => {
    expect(fnv1a(text)).toBe(expected);
  });

});
