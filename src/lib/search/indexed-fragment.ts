/** What Pagefind reads of an article page: the `data-pagefind-body` element and its sort date. */
export interface IndexedFragment {
  /** A small HTML document holding only the indexed element, with the page's language. */
  html: string;
  date?: string;
}

const BODY_MARK = 'data-pagefind-body';

/**
 * Cuts the indexed `<article data-pagefind-body>` out of a built page, so the index (and the key
 * of its shard) depends only on what is searched, not on the sidebar or the header: a new related
 * story changes a page's HTML but not its shard. Pages without the mark are not indexed (null).
 *
 * @example extractIndexedFragment('<html lang="vi">…<article data-pagefind-body>…</article>…')
 */
export function extractIndexedFragment(page: string): IndexedFragment | null {
  const mark = page.indexOf(BODY_MARK);
  if (mark < 0) return null;
  const start = page.lastIndexOf('<article', mark);
  const end = page.indexOf('</article>', mark);
  if (start < 0 || end < 0) return null;
  const element = page.slice(start, end + '</article>'.length);
  const date = /data-pagefind-sort="date:([^"]+)"/.exec(element)?.[1];
  return { html: `<!DOCTYPE html><html lang="vi"><body>${element}</body></html>`, date };
}
