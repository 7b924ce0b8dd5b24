import { describe, expect, it } from 'vitest';
import { beatVectors } from '../../../src/lib/related/beats.ts';
import type { Ranked } from '../../../src/lib/related/first-stage.ts';
import { graphFromEdges, louvain } from '../../../src/lib/related/louvain.ts';
import { sectionProfiles } from '../../../src/lib/related/sections.ts';
import { dotDocs as sectionCosine } from '../../../src/lib/related/vectorize.ts';

/** Edges of a clique over the given nodes, weight w. */
function clique(nodes: number[], w: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) out.push([nodes[i], nodes[j], w]);
  return out;
}

function graph(n: number, edges: [number, number, number][]) {
  return graphFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1]), edges.map((e) => e[2]));
}

describe('louvain', () => {
  it('finds two dense groups joined by a weak edge, and leaves a lone node alone', () => {
    const edges = [...clique([0, 1, 2, 3], 1), ...clique([4, 5, 6, 7], 1), [3, 4, 0.1] as [number, number, number]];
    const c = louvain(graph(9, edges));
    expect(new Set([c[0], c[1], c[2], c[3]]).size).toBe(1);
    expect(new Set([c[4], c[5], c[6], c[7]]).size).toBe(1);
    expect(c[0]).not.toBe(c[4]);
    expect(c[8]).not.toBe(c[0]);
    expect(c[8]).not.toBe(c[4]);
  });

  it('merges groups in a second level when they are linked more to each other than to the rest', () => {
    // Four triangles; triangles A-B and C-D are strongly tied, the two pairs weakly.
    const tri = (a: number) => clique([a, a + 1, a + 2], 1);
    const edges: [number, number, number][] = [...tri(0), ...tri(3), ...tri(6), ...tri(9)];
    for (const [x, y] of [[0, 3], [1, 4], [2, 5], [6, 9], [7, 10], [8, 11]]) edges.push([x, y, 1]);
    edges.push([5, 6, 0.05]);
    const c = louvain(graph(12, edges));
    expect(new Set(c.slice(0, 6)).size).toBe(1);
    expect(new Set(c.slice(6, 12)).size).toBe(1);
    expect(c[0]).not.toBe(c[6]);
  });

  it('gives the same communities whatever the order edges are listed in', () => {
    const edges = [...clique([0, 1, 2], 1), ...clique([3, 4, 5], 1), [2, 3, 0.2] as [number, number, number]];
    expect(louvain(graph(6, [...edges].reverse()))).toEqual(louvain(graph(6, edges)));
  });

  it('handles a graph with no edges', () => {
    expect([...louvain(graph(3, []))]).toEqual([0, 1, 2]);
  });
});

/** First-stage lists from a symmetric score table (0 = not a candidate). */
function ranked(scores: number[][]): Ranked[] {
  return scores.map((row, d) => {
    const docs = row.map((_, c) => c).filter((c) => c !== d && row[c] > 0).sort((a, b) => row[b] - row[a] || a - b);
    const s = docs.map((c) => row[c]);
    return { docs, scores: s, cosines: s };
  });
}

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
  const p = sectionProfiles(ranked(table), 20);

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
    const q = sectionProfiles(ranked([[0, 0], [0, 0]]), 20);
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
