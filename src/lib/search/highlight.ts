import { foldAll } from '../text/fold.ts';
import { WORD_RE, words } from '../text/words.ts';

/** Entities stay whole; letter runs are the words we may mark. */
const TOKEN_RE = new RegExp(`&#?\\w+;|${WORD_RE.source}`, 'gu');

/**
 * Marks every word of a Pagefind excerpt that equals a query word once both are folded, on
 * top of Pagefind's own marks. Pagefind cannot mark `Đà` for `da` (its match was in the
 * hidden `d` copy), so the reader would not see why the page came up. The excerpt is
 * Pagefind's escaped HTML; only its `<mark>` tags are replaced, entities are kept intact.
 *
 * @example highlightExcerpt('Mưa ở Đà Nẵng', 'da nang') // 'Mưa ở <mark>Đà</mark> <mark>Nẵng</mark>'
 */
export function highlightExcerpt(excerptHtml: string, query: string): string {
  const wanted = new Set(words(foldAll(query)));
  const plain = excerptHtml.replace(/<\/?mark>/g, '');
  return plain.replace(TOKEN_RE, (token) =>
    token.startsWith('&') || !wanted.has(foldAll(token)) ? token : `<mark>${token}</mark>`,
  );
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text as HTML text, for excerpts that do not come from Pagefind already escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
