import { decodeArticleBytes } from './decode.ts';
import { parseTextArticle, type ParseResult } from './parse-text-article.ts';
import { parseMarkdownArticle } from './parse-markdown-article.ts';
import { IMAGE_TYPES } from './media.ts';
import { extensionOf } from './file-extension.ts';
import { limitArticleText, MAX_ARTICLE_CHARS } from './article-size.ts';
import { tooLongWarning } from './report-warnings.ts';

export type ReadResult = ParseResult & { encoding?: string };

const TEXT_EXTENSIONS = new Set(['txt']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

/** Why a file is not read as an article (its extension), or undefined when it is. */
export function articleFileProblem(file: string): string | undefined {
  const ext = extensionOf(file);
  if (TEXT_EXTENSIONS.has(ext) || MARKDOWN_EXTENSIONS.has(ext)) return undefined;
  if (ext in IMAGE_TYPES) return `not an article file (.${ext}): an image is published only where a Markdown article shows it`;
  return `not an article file (.${ext || 'no extension'}): only .txt and .md files are read`;
}

/**
 * From a file's bytes to an article or a reason it is skipped: decode once, cut text
 * over the size limit, then parse as text or Markdown by the extension.
 *
 * @example readArticle('tin/a.txt', bytes) // { ok: true, article: {...}, encoding: 'utf-8' }
 */
export function readArticle(file: string, bytes: Uint8Array): ReadResult {
  const problem = articleFileProblem(file);
  if (problem) return { ok: false, reason: problem };
  const ext = extensionOf(file);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  const { text, totalChars } = limitArticleText(decoded.text);
  const warnings = totalChars ? [...decoded.warnings, tooLongWarning(totalChars, text.length, MAX_ARTICLE_CHARS)] : decoded.warnings;
  const input = { file, text, encoding: decoded.encoding, warnings };
  const result = MARKDOWN_EXTENSIONS.has(ext) ? parseMarkdownArticle(input) : parseTextArticle(input);
  if (result.ok && totalChars) result.article.truncated = { shownChars: text.length, totalChars };
  return { ...result, encoding: decoded.encoding };
}
