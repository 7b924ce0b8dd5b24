import type { Removed } from '../article.ts';

const MAX_ATTRIBUTION_LENGTH = 80;
/** `Theo Tass`, `Theo Theo Tass`, `Theo VnExpress`, `Nguồn: Reuters`. */
const SOURCE_LINE = /^(?:Theo|Nguồn\s*:|Nguồn)\s+(.+?)\.?$/u;
/** A short author line: two to five capitalised words, optional `(tổng hợp)`-style note. */
const AUTHOR_LINE = /^(?:[\p{Lu}][\p{Ll}]*\.?\s+){1,4}[\p{Lu}][\p{Ll}]*(?:\s*[-–]\s*[\p{Lu}][\p{L}\s]{0,30})?(?:\s*\([^)]{1,30}\))?$/u;

/** Initials bylines: `H.Long`, `T.Đ`, `M.C`. */
const INITIALS_LINE = /^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}*$/u;
/** `Nhật LinhTheo Bloomberg`: a scraper glued the reporter's name to the wire credit. */
const GLUED_AUTHOR_SOURCE = /^((?:[\p{Lu}][\p{Ll}]*\.?\s?){1,4}?\p{Ll})(Theo\s+[^,;:]+?)\.?$/u;

export type AttributionResult = { body: string[]; attribution?: string; removed: Removed[] };

/**
 * Takes the closing attribution off the body: a `Theo ...` / `Nguồn: ...` line
 * (a doubled `Theo Theo` collapsed), a short author line, or the two glued together
 * (`Kim DungTheo Reuters` -> `Kim Dung - Theo Reuters`).
 *
 * @example takeAttribution(['...', 'Theo Theo Tass']) // { attribution: 'Theo Tass', ... }
 */
export function takeAttribution(lines: string[]): AttributionResult {
  const last = lines.at(-1);
  if (last === undefined || lines.length < 2 || last.length > MAX_ATTRIBUTION_LENGTH) return { body: lines, removed: [] };
  const body = lines.slice(0, -1);
  const source = SOURCE_LINE.exec(last);
  if (source && !/[,;:]/.test(source[1])) {
    const collapsed = collapseDoubledWord(last.replace(/\.$/, ''));
    const removed = collapsed === last ? [] : [{ text: last, reason: 'attribution: doubled word collapsed' }];
    return { body, attribution: collapsed, removed };
  }
  if (AUTHOR_LINE.test(last) || INITIALS_LINE.test(last)) return { body, attribution: last, removed: [] };
  const glued = GLUED_AUTHOR_SOURCE.exec(last);
  if (glued) {
    const attribution = `${glued[1]} - ${collapseDoubledWord(glued[2])}`;
    return { body, attribution, removed: [{ text: last, reason: 'attribution: author and source were glued together' }] };
  }
  return { body: lines, removed: [] };
}

/** A closing line of this many words or fewer, with no sentence punctuation at its end, can sign the article. */
const MAX_SIGNATURE_WORDS = 8;

/**
 * The last line of a body when it may sign the article though takeAttribution left it on the page:
 * `Tổng hợp`, `VOV`, `Theo Reuters, Guardian`, `Ảnh: Gia Hưng`, `Lan Hương (tổng hợp) - Trường
 * Thịnh`. At most 80 characters and eight words, with no sentence punctuation at its end. Too loose
 * to take the line off the body, close enough for a hint of the desk that wrote the article.
 *
 * @example closingByline('Đoạn một.\nTheo Reuters, Guardian') // 'Theo Reuters, Guardian'
 */
export function closingByline(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const line = trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim();
  if (line.length > MAX_ATTRIBUTION_LENGTH) return undefined;
  const words = line.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_SIGNATURE_WORDS || /[.!?:;"“”]$/.test(line)) return undefined;
  return line;
}

/**
 * The people and outlets a byline credits, as written: a spaced dash, `/ , ; ( ) &` and `và`
 * separate them, and a leading `Theo` or `Ảnh:` is not part of a name.
 *
 * @example bylineNames('Kim Dung - Theo Reuters, Guardian') // ['Kim Dung', 'Reuters', 'Guardian']
 */
export function bylineNames(byline: string): string[] {
  const names: string[] = [];
  for (const part of byline.normalize('NFC').split(/\s[-–]\s|[\/,;()&]|\s+và\s+/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    const first = words[0]?.toLowerCase();
    if (first === 'theo' || first === 'ảnh:') words.shift();
    if (words.length) names.push(words.join(' '));
  }
  return names;
}

/** `Theo Theo Tass` -> `Theo Tass`: scrapers often glue a label to a text that repeats it. */
export function collapseDoubledWord(text: string): string {
  return text.replace(/^(\p{L}+)(\s+\1)+(?=\s|$)/u, '$1');
}
