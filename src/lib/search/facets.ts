/**
 * The distinct values of one field, sorted the Vietnamese way, for the filter menus. Built at
 * build time from the articles so the page needs no request to list them.
 *
 * @example facetValues([{ source: 'VnExpress' }, { source: 'Dân trí' }, {}], 'source') // ['Dân trí', 'VnExpress']
 */
export function facetValues<K extends string>(items: readonly Partial<Record<K, string>>[], key: K): string[] {
  const values = new Set<string>();
  for (const item of items) {
    const value = item[key]?.trim();
    if (value) values.add(value);
  }
  return [...values].sort(new Intl.Collator('vi').compare);
}
