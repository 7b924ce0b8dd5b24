import { assignTermSlugs } from './term-slugs.ts';

/** One source or category with its articles, in the order they were given. */
export interface TermGroup<T> {
  name: string;
  slug: string;
  items: T[];
}

const collator = new Intl.Collator('vi');

/**
 * Groups items by a name (source, category) in one pass, keeping each group in the input
 * order: give it the newest-first list and every group is already sorted, with no per-page
 * work. Items without the name belong to no group. Groups come sorted the Vietnamese way.
 *
 * @example groupByTerm(latest, (a) => a.source) // [{ name: 'Dân trí', slug: 'dan-tri', items: [...] }, ...]
 */
export function groupByTerm<T>(items: readonly T[], nameOf: (item: T) => string | undefined): TermGroup<T>[] {
  const byName = new Map<string, T[]>();
  for (const item of items) {
    const name = nameOf(item)?.trim();
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(item);
    else byName.set(name, [item]);
  }
  const slugs = assignTermSlugs(byName.keys());
  return [...byName]
    .map(([name, list]) => ({ name, slug: slugs.get(name)!, items: list }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
