import { describe, expect, it } from 'vitest';
import { beatVectors } from '../../../src/lib/related/beats.ts';
import type { Ranked } from '../../../src/lib/related/first-stage.ts';
import { deskSections, type DeskModel } from '../../../src/lib/related/desks.ts';
import { sectionProfiles } from '../../../src/lib/related/sections.ts';
import { dotDocs as sectionCosine } from '../../../src/lib/related/vectorize.ts';

/** First-stage lists from a symmetric score table (0 = not a candidate). */
function ranked(scores: number[][]): Ranked[] {
  return scores.map((row, d) => {
    const docs = row.map((_, c) => c).filter((c) => c !== d && row[c] > 0).sort((a, b) => row[b] - row[a] || a - b);
    const s = docs.map((c) => row[c]);
    return { docs, scores: s, cosines: s };
  });
}

describe('deskSections', () => {
  // Two desks in a 2-dimensional topic space: x = sport, y = business.
  const desks: DeskModel = { dims: 2, centroids: Float32Array.from([1, 0, 0, 1]) };
  // 0 and 1 are sport, 2 business, 3 leans to business alone but its neighbours are sport.
  const topics = Float32Array.from([1, 0, 0.9, 0.44, 0, 1, 0.6, 0.8]);
  const table = [
    [0, 0.6, 0, 0.5],
    [0.6, 0, 0, 0.5],
    [0, 0, 0, 0.05],
    [0.5, 0.5, 0.05, 0],
  ];

  it('puts each article in the desk nearest to it and its neighbours', () => {
    expect([...deskSections(ranked(table), topics, desks, 20)]).toEqual([0, 0, 1, 0]);
    expect([...deskSections(ranked(table), topics, desks, 0)]).toEqual([0, 0, 1, 1]);
  });

  it("keeps everyone's desk when an unrelated article arrives (no global reshuffle)", () => {
    const grown = [...table.map((row) => [...row, 0]), [0, 0, 0, 0, 0]];
    const more = Float32Array.from([...topics, 0.7, 0.7]);
    expect([...deskSections(ranked(grown), more, desks, 20)].slice(0, 4)).toEqual([...deskSections(ranked(table), topics, desks, 20)]);
  });
});

describe('sectionProfiles', () => {
  // Articles 0-2 are one desk, 3-5 another; 2 and 3 share a little.
  const table = [
    [0, 0.5, 0.4, 0, 0, 0],
    [0.5, 0, 0.45, 0, 0, 0],
    [0.4, 0.45, 0, 0.05, 0, 0],
    [0, 0, 0.05, 0, 0.5, 0.4],
    [0, 0, 0, 0.5, 0, 0.45],
    [0, 0, 0, 0.4, 0.45, 0],
  ];
  const p = sectionProfiles(ranked(table), 20, Int32Array.from([0, 0, 0, 1, 1, 1]));

  it('gives articles of one desk the same profile and articles of two desks different ones', () => {
    expect(sectionCosine(p, 0, 1)).toBeCloseTo(1, 6);
    expect(sectionCosine(p, 4, 5)).toBeCloseTo(1, 6);
    expect(sectionCosine(p, 0, 5)).toBe(0);
  });

  it('lets a story on the border of two desks lean both ways', () => {
    const border = sectionCosine(p, 2, 5);
    expect(border).toBeGreaterThan(0);
    expect(border).toBeLessThan(0.2);
    expect(sectionCosine(p, 2, 0)).toBeGreaterThan(0.9);
  });

  it('leaves an article with no neighbours without a profile', () => {
    const q = sectionProfiles(ranked([[0, 0], [0, 0]]), 20, Int32Array.from([0, 1]));
    expect(sectionCosine(q, 0, 1)).toBe(0);
  });
});

describe('beatVectors', () => {
  // 2-dimensional topics: x = sport, y = business.
  const topics = Float32Array.from([1, 0, 0.6, 0.8, 0, 1, 0, 1, 1, 0, 0.6, 0.8]);
  const dot = (v: Float32Array, a: number, b: number) => v[a * 2] * v[b * 2] + v[a * 2 + 1] * v[b * 2 + 1];

  it("gives every article by a reporter the mean of that reporter's topics", () => {
    const names = [['@an'], ['@an'], ['@binh'], ['@binh'], [], ['@once']];
    const beats = beatVectors(names, topics, 2, 1);
    expect(dot(beats, 0, 1)).toBeCloseTo(1, 6); // same reporter, same beat
    expect(beats[0]).toBeGreaterThan(beats[1]); // an writes more sport than business
    expect(dot(beats, 2, 3)).toBeCloseTo(1, 6);
    expect(beats[3 * 2 + 1]).toBeCloseTo(1, 6);
  });

  it("keeps an article's own topic when its byline is missing, seen once, or on too much of the corpus", () => {
    const names = [['@wire'], ['@wire'], ['@wire'], ['@an'], [], ['@once']];
    const beats = beatVectors(names, topics, 2, 0.4); // @wire signs half the corpus: no beat
    for (const d of [0, 1, 2, 4, 5]) {
      expect(beats[d * 2]).toBeCloseTo(topics[d * 2], 6);
      expect(beats[d * 2 + 1]).toBeCloseTo(topics[d * 2 + 1], 6);
    }
  });
});
