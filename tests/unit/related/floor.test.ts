import { describe, expect, it } from 'vitest';
import { keepRelatedEnough } from '../../../src/lib/related/floor.ts';

const floor = { minScore: 0.35, extraMinScore: 0.42, floorRank: 3 };
const hits = (...scores: number[]) => scores.map((score, i) => ({ id: `h${i}`, score }));

describe('keepRelatedEnough', () => {
  it('keeps a list whose stories all clear the floors', () => {
    expect(keepRelatedEnough(hits(0.9, 0.8, 0.7, 0.6, 0.5), floor)).toHaveLength(5);
  });

  it('drops stories below the floor, so a list can be short or empty', () => {
    expect(keepRelatedEnough(hits(0.5, 0.36, 0.34, 0.2), floor).map((h) => h.id)).toEqual(['h0', 'h1']);
    expect(keepRelatedEnough(hits(0.3, 0.2), floor)).toEqual([]);
  });

  it('asks more of a fourth and fifth story than of the first three', () => {
    expect(keepRelatedEnough(hits(0.5, 0.45, 0.4, 0.4, 0.43), floor).map((h) => h.id)).toEqual(['h0', 'h1', 'h2', 'h4']);
  });

  it('fills the list whatever the scores with the floors at 0', () => {
    expect(keepRelatedEnough(hits(0.1, 0.01), { minScore: 0, extraMinScore: 0, floorRank: 3 })).toHaveLength(2);
  });
});
