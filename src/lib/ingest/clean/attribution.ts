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

/** `Theo Theo Tass` -> `Theo Tass`: scrapers often glue a label to a text that repeats it. */
export function collapseDoubledWord(text: string): string {
  return text.replace(/^(\p{L}+)(\s+\1)+(?=\s|$)/u, '$1');
}
