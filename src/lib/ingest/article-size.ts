/**
 * The most text one page shows: a million characters (about 1.3 MB of Vietnamese in UTF-8,
 * some 220,000 words, hours of reading). Past it a file is a scrape gone wrong more often than
 * an article, and a page of many megabytes freezes a phone and swells the search index.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** How far back from the limit a paragraph or sentence end may be to cut there instead. */
const CUT_WINDOW = 0.1;

export interface LimitedText {
  text: string;
  /** Set when the text was cut: its length before. */
  totalChars?: number;
}

/**
 * Keeps a text within the limit, cut at the last paragraph break, else sentence end, else
 * space before it, so the page ends on a whole sentence. The article is still published, with
 * a note on the page and a warning in the build report.
 *
 * @example limitArticleText('Câu một. Câu hai.', 12) // { text: 'Câu một.', totalChars: 17 }
 */
export function limitArticleText(text: string, limit = MAX_ARTICLE_CHARS): LimitedText {
  if (text.length <= limit) return { text };
  const head = text.slice(0, limit);
  const floor = Math.floor(limit * (1 - CUT_WINDOW));
  const paragraph = head.lastIndexOf('\n');
  const sentence = Math.max(...['. ', '! ', '? ', '… '].map((end) => head.lastIndexOf(end))) + 1;
  const space = head.lastIndexOf(' ');
  const cut = [paragraph, sentence, space].find((at) => at >= floor) ?? limit;
  return { text: head.slice(0, cut).trimEnd(), totalChars: text.length };
}
