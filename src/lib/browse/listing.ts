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

/**
 * One page of a listing. The first page (number 0) lives at the listing's own URL; the archive
 * pages are numbered from the oldest, so a page keeps its stories and its URL as news arrives.
 */
export interface Page<T> {
  /** 0 for the first page, else the archive page's number (1 = the oldest stories). */
  number: number;
  items: T[];
  /** The archive page of the next older stories, if any. */
  older?: number;
  /** The page of the next newer stories (0 = the first page); undefined on the first page. */
  newer?: number;
}

/**
 * Splits a newest-first list into pages that stay put as the list grows: archive page k holds
 * the k-th `pageSize` stories counted from the oldest, and the first page holds everything newer
 * than the archive (between `pageSize` and 2 x `pageSize` - 1 stories, all of a shorter list).
 * A new story then changes the first page and at most two archive pages, not every page after
 * it. An empty list still has its (empty) first page.
 *
 * @example paginate([5, 4, 3, 2, 1], 2).map((p) => [p.number, p.items]) // [[0, [5, 4, 3]], [1, [2, 1]]]
 */
export function paginate<T>(items: T[], pageSize: number): Page<T>[] {
  const n = items.length;
  const archived = n <= pageSize ? 0 : Math.ceil(n / pageSize) - (n % pageSize === 0 ? 1 : 2);
  const pages: Page<T>[] = [{ number: 0, items: items.slice(0, n - archived * pageSize), older: archived || undefined }];
  for (let k = archived; k >= 1; k--) {
    const end = n - (k - 1) * pageSize;
    pages.push({ number: k, items: items.slice(end - pageSize, end), older: k > 1 ? k - 1 : undefined, newer: k === archived ? 0 : k + 1 });
  }
  return pages;
}

/** Minutes to read at 200 words a minute, never below one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
