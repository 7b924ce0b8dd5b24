/** What listings need of an article, so sorting works on any article-like value. */
export interface Listable {
  file: string;
  date?: string;
}

/**
 * Newest first where dates are known; undated articles after them, in file order,
 * so the order is stable from build to build.
 */
export function sortLatest<T extends Listable>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.date !== b.date) {
      if (!a.date) return 1;
      if (!b.date) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

/** Splits a list into numbered pages (1-based); an empty list still has one empty page. */
export function paginate<T>(items: T[], pageSize: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
  }));
}

/** Minutes to read at 200 words a minute, never below one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
