/**
 * Communities of a weighted undirected graph by the Louvain method (greedy modularity, then
 * merging communities into nodes, repeated). Deterministic: nodes are visited in index order,
 * ties go to the smaller community, communities are numbered by their first node.
 */

/** Undirected graph in CSR form: each edge is listed from both ends; repeated entries add up. */
export interface WeightedGraph {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

const MAX_PASSES = 20;
const MAX_LEVELS = 10;

/** Graph of `n` nodes from a list of edges (each added in both directions). */
export function graphFromEdges(n: number, from: ArrayLike<number>, to: ArrayLike<number>, weight: ArrayLike<number>): WeightedGraph {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e] + 1]++;
    offsets[to[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let e = 0; e < from.length; e++) {
    targets[fill[from[e]]] = to[e];
    weights[fill[from[e]]++] = weight[e];
    targets[fill[to[e]]] = from[e];
    weights[fill[to[e]]++] = weight[e];
  }
  return { offsets, targets, weights };
}

/** One level: move nodes between communities while modularity rises. Returns each node's community. */
function moveNodes(g: WeightedGraph): Int32Array {
  const n = g.offsets.length - 1;
  const degree = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) degree[i] += g.weights[e];
    total += degree[i];
  }
  const community = Int32Array.from({ length: n }, (_, i) => i);
  if (total === 0) return community;
  const communityDegree = Float64Array.from(degree);
  const link = new Float64Array(n); // weight from the current node to each community
  const seen: number[] = [];
  for (let pass = 0, moved = true; pass < MAX_PASSES && moved; pass++) {
    moved = false;
    for (let i = 0; i < n; i++) {
      for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
        const j = g.targets[e];
        if (j === i) continue;
        if (link[community[j]] === 0) seen.push(community[j]);
        link[community[j]] += g.weights[e];
      }
      const own = community[i];
      communityDegree[own] -= degree[i];
      let best = own;
      let bestGain = link[own] - (communityDegree[own] * degree[i]) / total;
      for (const c of seen) {
        const gain = link[c] - (communityDegree[c] * degree[i]) / total;
        if (gain > bestGain + 1e-12 || (gain >= bestGain - 1e-12 && c < best)) {
          best = c;
          bestGain = gain;
        }
      }
      communityDegree[best] += degree[i];
      if (best !== own) {
        community[i] = best;
        moved = true;
      }
      for (const c of seen) link[c] = 0;
      seen.length = 0;
    }
  }
  return community;
}

/** Number communities 0..k-1 in order of their first node; returns k. */
function renumber(community: Int32Array): number {
  const map = new Int32Array(community.length).fill(-1);
  let k = 0;
  for (let i = 0; i < community.length; i++) {
    if (map[community[i]] < 0) map[community[i]] = k++;
    community[i] = map[community[i]];
  }
  return k;
}

/** The graph whose nodes are the communities (edges inside a community become self-loops). */
function aggregate(g: WeightedGraph, community: Int32Array, k: number): WeightedGraph {
  const members: number[][] = Array.from({ length: k }, () => []);
  community.forEach((c, i) => members[c].push(i));
  const offsets = new Int32Array(k + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  const sum = new Float64Array(k);
  const seen: number[] = [];
  for (let c = 0; c < k; c++) {
    for (const i of members[c]) {
      for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
        const d = community[g.targets[e]];
        if (sum[d] === 0) seen.push(d);
        sum[d] += g.weights[e];
      }
    }
    seen.sort((a, b) => a - b);
    for (const d of seen) {
      targets.push(d);
      weights.push(sum[d]);
      sum[d] = 0;
    }
    seen.length = 0;
    offsets[c + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/** Community of every node at the coarsest level the method reaches. */
export function louvain(graph: WeightedGraph): Int32Array {
  const n = graph.offsets.length - 1;
  const result = Int32Array.from({ length: n }, (_, i) => i);
  let g = graph;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const community = moveNodes(g);
    const k = renumber(community);
    if (k === g.offsets.length - 1) break; // nothing merged: done
    for (let i = 0; i < n; i++) result[i] = community[result[i]];
    g = aggregate(g, community, k);
  }
  return result;
}
