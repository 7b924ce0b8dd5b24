import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/** A `<div>` to parse fragments in: article HTML is placed inside one. */
const CONTEXT = parseFragment('<div></div>').childNodes[0] as Element;

/**
 * Rebuilds an HTML fragment the way a browser's parser would and writes it back out,
 * so the page holds valid nesting. Astro 7 copies HTML strings through unchanged, and
 * Markdown with raw HTML can nest wrongly: `<p><div>`, `<a>` inside `<a>`, a `<p>` in a
 * `<table>`. Run after sanitising: it only moves and closes elements, it adds none but
 * the ones HTML implies (`<tbody>`).
 *
 * @example normalizeHtmlFragment('<p>a <div>b</div></p>') // '<p>a </p><div>b</div><p></p>'
 */
export function normalizeHtmlFragment(html: string): string {
  return serialize(parseFragment(CONTEXT, html, {}));
}
