import { describe, expect, it } from 'vitest';
import { rankByAdjacency } from '../../../src/lib/search/rank.ts';

const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('rankByAdjacency', () => {
  it('lifts a page holding the pair above a slightly better page holding the words apart', () => {
    const results = [{ id: 'apart', score: 1.7 }, { id: 'together', score: 1.6 }];
    expect(ids(rankByAdjacency(results, [new Set(['together'])]))).toEqual(['together', 'apart']);
  });
  it('does not lift a much weaker page', () => {
    const results = [{ id: 'strong', score: 10 }, { id: 'weak', score: 1 }];
    expect(ids(rankByAdjacency(results, [new Set(['weak'])]))).toEqual(['strong', 'weak']);
  });
  it('never adds pages the plain query did not find', () => {
    expect(ids(rankByAdjacency([{ id: 'a', score: 1 }], [new Set(['b'])]))).toEqual(['a']);
  });
  it('keeps the order without probes', () => {
    expect(ids(rankByAdjacency([{ id: 'b', score: 1 }, { id: 'a', score: 2 }], []))).toEqual(['b', 'a']);
  });
});
