import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { parse as parseYaml } from 'yaml';
import type { Article } from './article.ts';
import { htmlToText } from '../text/html-text.ts';
import { categoryFromFolder } from './categories.ts';
import { parseDate } from './dates.ts';
import { canonicalSourceName } from './outlets.ts';
import { countWords, titleFromFileName, type ParseResult, type TextInput } from './parse-text-article.ts';
import { normalizeHtmlFragment } from './normalize-html.ts';
import { articleIdentity } from '../site/slug.ts';
import { publishLocalImages } from './media.ts';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;
const marked = new Marked({ gfm: true, async: false });

/** Only what an article needs; scripts, styles, event handlers and `javascript:` URLs never pass. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'figure', 'figcaption', 'del', 'ins', 'sup', 'sub'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], '*': ['lang'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // An image without alt text is read out as its file name: mark it decorative instead.
  transformTags: { img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, alt: attribs.alt ?? '' } }) },
};

/**
 * Parses a Markdown article with YAML front matter (`title`, `date`, `source`,
 * `category`, `tags`, `summary`, `draft`). The body is rendered with marked and
 * sanitised. Broken front matter is refused with the YAML error, so nothing is
 * published under a wrong title.
 */
export function parseMarkdownArticle(input: TextInput): ParseResult {
  const match = FRONT_MATTER.exec(input.text);
  let data: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      else if (parsed !== null) return { ok: false, reason: 'front matter is not a list of `key: value` fields' };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return { ok: false, reason: `front matter is not valid YAML (${message}): fix it or remove the --- block` };
    }
  }
  if (data.draft === true) return { ok: false, reason: 'draft: true in front matter (not published)' };
  let body = match ? input.text.slice(match[0].length) : input.text;
  const warnings = [...input.warnings];
  let headline = typeof data.title === 'string' ? data.title.trim() : '';
  let headlineFrom: Article['headlineFrom'] = 'front-matter';
  if (!headline) {
    const heading = /^\s*#\s+(.+)$/m.exec(body);
    headline = heading ? heading[1].trim() : titleFromFileName(input.file);
    headlineFrom = heading ? 'first-line' : 'file-name';
    if (heading) body = body.replace(heading[0], '');
    else warnings.push('no title in front matter and no `# heading`: headline taken from the file name');
  }
  if (!body.trim() && !headline) return { ok: false, reason: 'empty Markdown file' };
  const { html, media } = publishLocalImages(normalizeHtmlFragment(sanitizeHtml(marked.parse(body) as string, SANITIZE)), input.file);
  const { date, warning } = parseDate(data.date);
  if (warning) warnings.push(`date: ${warning}`);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : str(data.tags)?.split(',').map((t) => t.trim()) ?? [];
  const source = str(data.source);
  return {
    ok: true,
    article: {
      ...articleIdentity(input.file, headline),
      headlineFrom,
      lede: str(data.summary),
      blocks: [],
      html,
      media,
      source: source ? canonicalSourceName(source) : undefined,
      category: str(data.category) ?? categoryFromFolder(input.file),
      tags,
      date,
      sourceRelated: [],
      wordCount: countWords(`${headline} ${htmlToText(html)}`),
      encoding: input.encoding,
      warnings,
      removed: [],
    },
  };
}
