/**
 * URLs that last. An article's URL is its headline's slug plus an id from its file path, so an
 * edited headline gives it a new URL; every slug a file has been published at is kept (in the
 * cache folder, between builds) and each earlier one gets a redirect page to the current URL, so
 * old links and bookmarks still reach the article.
 */

/** The slugs each article file has been published at, oldest first, by file path. */
export type SlugHistory = Record<string, string[]>;

/** An earlier slug of a published article and the slug it has now. */
export interface MovedArticle {
  from: string;
  to: string;
}

/**
 * The history after this build and the redirects it needs. A file not published now (deleted,
 * a draft, skipped) keeps its history, so its earlier URLs redirect again if it comes back; an
 * earlier slug that another article now has is left to that article.
 *
 * @example planMovedArticles({ 'a.txt': ['cu-1a2b3c4d'] }, [{ file: 'a.txt', slug: 'moi-1a2b3c4d' }])
 * // { history: { 'a.txt': ['cu-1a2b3c4d', 'moi-1a2b3c4d'] }, moved: [{ from: 'cu-1a2b3c4d', to: 'moi-1a2b3c4d' }] }
 */
export function planMovedArticles(history: SlugHistory, pages: { file: string; slug: string }[]): { history: SlugHistory; moved: MovedArticle[] } {
  const next: SlugHistory = { ...history };
  const current = new Set(pages.map((p) => p.slug));
  const moved: MovedArticle[] = [];
  for (const { file, slug } of pages) {
    const earlier = (history[file] ?? []).filter((s) => s !== slug);
    for (const from of earlier) if (!current.has(from)) moved.push({ from, to: slug });
    next[file] = [...earlier, slug];
  }
  const sorted = Object.fromEntries(Object.keys(next).sort().map((file) => [file, next[file]!]));
  return { history: sorted, moved: moved.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)) };
}

/** Text of a redirect page, in the site's language. */
export interface MovedPageText {
  title: string;
  /** The sentence before the link to the new address. */
  lead: string;
}

/**
 * A redirect page that works on any static host, with no script: a refresh to the article's
 * current URL, a canonical link for search engines, and a link for a reader whose browser
 * does not follow the refresh.
 */
export function movedPageHtml(url: string, canonical: string, text: MovedPageText): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${attr(text.title)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${attr(url)}">`,
    `<link rel="canonical" href="${attr(canonical)}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    `<body><p>${attr(text.lead)} <a href="${attr(url)}">${attr(canonical)}</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}
