/** The items just before and after one item in its list. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * Each item's previous and next within its own list (a category's newest-first listing),
 * built once for all lists so an article page looks its neighbours up instead of searching.
 *
 * @example buildNeighbourIndex([[a, b, c]], (x) => x.file).get(b.file) // { previous: a, next: c }
 */
export function buildNeighbourIndex<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => string): Map<string, Neighbours<T>> {
  const index = new Map<string, Neighbours<T>>();
  for (const list of lists) {
    list.forEach((item, i) => index.set(keyOf(item), { previous: list[i - 1], next: list[i + 1] }));
  }
  return index;
}
