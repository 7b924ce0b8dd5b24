/**
 * The one word pattern: letters, marks and digits. Pagefind splits words the same way, and so do
 * our own indexes, the search query and the highlighter. No imports: browser code uses it too.
 */
export const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

/** Runs of WORD_CHAR_RE. */
export const WORD_RE = new RegExp(`${WORD_CHAR_RE.source}+`, 'gu');

/** The words of a text, in order: runs of WORD_RE. */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Whether a text holds any letter or digit: a line of dashes or a lone emoji is no text. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
