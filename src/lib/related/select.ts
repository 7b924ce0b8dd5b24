/** Linear-time selection: keep the k heaviest of many without sorting them all. */

let scratch = new Float64Array(1024);

/** The value that would sit at `n` if `a` were sorted ascending (Hoare's selection, in place, linear on average). */
function selectNth(a: Float64Array, n: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n];
  }
  return a[n];
}

/**
 * Keep, in place, the `k` of `items[0..count)` whose `values` (same positions) are largest,
 * in their original order; ties go to earlier items, so the choice is deterministic.
 * `values` is compacted alongside. Returns the new count. Linear on average.
 */
export function keepHeaviest(items: Int32Array, values: Float64Array, count: number, k: number): number {
  if (count <= k) return count;
  if (scratch.length < count) scratch = new Float64Array(count * 2);
  const view = scratch.subarray(0, count);
  view.set(values.subarray(0, count));
  const threshold = selectNth(view, count - k);
  let above = 0;
  for (let i = 0; i < count; i++) if (values[i] > threshold) above++;
  let tiesLeft = k - above;
  let out = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (v > threshold || (v === threshold && tiesLeft-- > 0)) {
      items[out] = items[i];
      values[out++] = v;
    }
  }
  return out;
}
