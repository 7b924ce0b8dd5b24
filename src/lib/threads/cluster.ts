import { countCommonMarkers, countShared, docMarkers, resolveMarkers } from './markers.ts';
import type { Neighbour, ThreadInput, ThreadTuning } from './types.ts';

const DAY_MS = 86_400_000;

/** Days since 1970 of a `YYYY-MM-DD` date, or NaN. */
function dayNumber(date: string | undefined): number {
  return date ? Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS) : NaN;
}

/** A link between two articles (indices into the id-sorted documents) and how close they are. */
interface Link {
  a: number;
  b: number;
  score: number;
}

/** Groups of document indices found by `clusterThreads`, with each member's weight in its group. */
export interface Clusters {
  groups: number[][];
  /** Per document: the sum of its links' scores inside its group (how central it is). */
  centrality: Float64Array;
}

/** A document's markers (`docMarkers`), or the same computed earlier (the site works them out while the related lists are ranked). */
export type MarkersOf = (doc: ThreadInput) => Set<string>;

/**
 * The links that say "same event": a pair from the related engine's neighbour lists (either
 * direction) scoring at least `minScore`, that shares `minShared` telling names or numbers and,
 * when both are dated, lies within `maxGapDays`. Strongest first, ties by position: the order
 * does not depend on the input's.
 */
function findLinks(docs: readonly ThreadInput[], neighboursOf: (id: string) => readonly Neighbour[], t: ThreadTuning, markersOf: MarkersOf): Link[] {
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const markers = resolveMarkers(docs.map(markersOf));
  const common = countCommonMarkers(markers, t.maxMarkerShare, t.maxSize);
  const days = docs.map((d) => dayNumber(d.date));
  const best = new Map<number, Link>();
  docs.forEach((doc, a) => {
    for (const hit of neighboursOf(doc.id)) {
      const b = index.get(hit.id);
      if (b === undefined || b === a || hit.score < t.minScore) continue;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const key = lo * docs.length + hi;
      const seen = best.get(key);
      if (seen) {
        seen.score = Math.max(seen.score, hit.score);
        continue;
      }
      if (Math.abs(days[lo] - days[hi]) > t.maxGapDays) continue; // NaN (undated) never fails this
      if (countShared(markers[lo], markers[hi], common) < t.minShared) continue;
      best.set(key, { a: lo, b: hi, score: hit.score });
    }
  });
  return [...best.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/**
 * Articles that report one event, as groups of indices into `docs` (sort them by id first for a
 * result that does not depend on input order). Links are joined strongest first (union-find),
 * and a join is refused when the group would pass `maxSize` articles, when its dated reports would
 * span more than `maxSpanDays`, or when it joins two groups by a link under `minBridgeScore`: a
 * chain of weaker links does not grow an event into a topic.
 * Cost: the neighbour lists' length times the corpus, plus a sort of the links.
 */
export function clusterThreads(
  docs: readonly ThreadInput[],
  neighboursOf: (id: string) => readonly Neighbour[],
  t: ThreadTuning,
  markersOf: MarkersOf = docMarkers,
): Clusters {
  const n = docs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const first = Float64Array.from(docs, (d) => dayNumber(d.date));
  const last = Float64Array.from(first);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const links = findLinks(docs, neighboursOf, t, markersOf);
  const kept: Link[] = [];
  for (const link of links) {
    let [ra, rb] = [find(link.a), find(link.b)];
    if (ra !== rb) {
      const lo = Number.isNaN(first[ra]) ? first[rb] : Number.isNaN(first[rb]) ? first[ra] : Math.min(first[ra], first[rb]);
      const hi = Number.isNaN(last[ra]) ? last[rb] : Number.isNaN(last[rb]) ? last[ra] : Math.max(last[ra], last[rb]);
      if (size[ra] + size[rb] > t.maxSize || hi - lo > t.maxSpanDays) continue; // NaN: undated, no span
      if (size[ra] > 1 && size[rb] > 1 && link.score < t.minBridgeScore) continue;
      if (size[ra] < size[rb] || (size[ra] === size[rb] && rb < ra)) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra] += size[rb];
      [first[ra], last[ra]] = [lo, hi];
    }
    kept.push(link);
  }
  const centrality = new Float64Array(n);
  for (const { a, b, score } of kept) {
    centrality[a] += score;
    centrality[b] += score;
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (size[root] < 2) continue;
    const group = byRoot.get(root);
    if (group) group.push(i);
    else byRoot.set(root, [i]);
  }
  return { groups: [...byRoot.values()], centrality };
}
