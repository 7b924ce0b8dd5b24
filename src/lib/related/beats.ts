
/** Articles (indices) signed by each byline name. */
export function articlesByName(names: string[][]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  names.forEach((list, d) => {
    for (const name of list) {
      const m = members.get(name);
      if (m) m.push(d);
      else members.set(name, [d]);
    }
  });
  return members;
}

/**
 * A reporter's beat: the mean topic vector of everything their byline signs in the corpus.
 * Two stories by different reporters of one desk then look alike even when their words do not.
 * Returns unit vectors (n x dims): the mean over the article's byline names of their beats, or
 * the article's own topic vector when no name qualifies (seen once only, or on more than
 * `maxShare` of the corpus, as a wire service may be).
 */
export function beatVectors(names: string[][], topics: Float32Array, dims: number, maxShare: number): Float32Array {
  const n = names.length;
  const members = articlesByName(names);
  const beatOf = new Map<string, Float64Array>();
  for (const [name, docs] of members) {
    if (docs.length < 2 || docs.length > maxShare * n) continue;
    const mean = new Float64Array(dims);
    for (const d of docs) for (let i = 0; i < dims; i++) mean[i] += topics[d * dims + i] / docs.length;
    beatOf.set(name, mean);
  }
  const out = new Float32Array(n * dims);
  const sum = new Float64Array(dims);
  for (let d = 0; d < n; d++) {
    sum.fill(0);
    let used = 0;
    for (const name of names[d]) {
      const beat = beatOf.get(name);
      if (!beat) continue;
      used++;
      for (let i = 0; i < dims; i++) sum[i] += beat[i];
    }
    if (!used) for (let i = 0; i < dims; i++) sum[i] = topics[d * dims + i];
    const norm = Math.hypot(...sum) || 1;
    for (let i = 0; i < dims; i++) out[d * dims + i] = sum[i] / norm;
  }
  return out;
}
