import { stripSourcePrefix } from '../outlets.ts';
import type { Removed, SourceRelated } from '../article.ts';

/** Headings that open the source's own related-stories list. */
const RELATED_HEADINGS = /^(?:Tin liên quan|Bài liên quan|Tin bài liên quan|Tin cùng chuyên mục|Bài cùng chuyên mục|Xem thêm|Đọc thêm|Có thể bạn quan tâm)\s*:?$/iu;
/** Headings that open a site-wide trending list: unrelated to the article. */
const TRENDING_HEADINGS = /^(?:MỚI\s*[-–]\s*NÓNG|Tin mới|Tin mới nhất|Tin mới cập nhật|Đọc nhiều|Đọc nhiều nhất|Xem nhiều|Xem nhiều nhất|Tin nổi bật|Tin hot|Tin khác|Tin nóng|Tin tiêu điểm|Tin đọc nhiều)\s*:?$/iu;

export type TrailingResult = { body: string[]; related: SourceRelated[]; removed: Removed[] };

/**
 * Splits off the trailing blocks a scraper leaves behind: the source's related list
 * (kept, de-duplicated) and trending lists (dropped). The body is what comes before
 * the first such heading.
 */
export function splitTrailingBlocks(lines: string[]): TrailingResult {
  const start = lines.findIndex((l, i) => i > 0 && (RELATED_HEADINGS.test(l) || TRENDING_HEADINGS.test(l)));
  if (start < 0) return { body: lines, related: [], removed: [] };
  const related: SourceRelated[] = [];
  const removed: Removed[] = [];
  let mode: 'related' | 'trending' = 'related';
  let current: SourceRelated | undefined;
  for (const line of lines.slice(start)) {
    if (RELATED_HEADINGS.test(line) || TRENDING_HEADINGS.test(line)) {
      mode = RELATED_HEADINGS.test(line) ? 'related' : 'trending';
      current = undefined;
      removed.push({ text: line, reason: `heading of the source's ${mode === 'related' ? 'related list' : 'trending list'}` });
      continue;
    }
    if (mode === 'trending') {
      removed.push({ text: line, reason: "trending list: the site's other stories, unrelated to this article" });
      continue;
    }
    current = addRelatedLine(line, related, current, removed);
  }
  return { body: lines.slice(0, start), related, removed };
}

/** A summary carries an outlet prefix or reads as a sentence; anything else is a headline. */
function addRelatedLine(line: string, items: SourceRelated[], current: SourceRelated | undefined, removed: Removed[]) {
  const { text, prefix } = stripSourcePrefix(line);
  const isSummary = current !== undefined && (prefix !== undefined || (/[.!?…]$/.test(text) && text.length > 90));
  if (isSummary) {
    if (current.summary === undefined) current.summary = text;
    else removed.push({ text: line, reason: 'related list: repeated summary' });
    return current;
  }
  const existing = items.find((item) => item.headline === text);
  if (existing) {
    removed.push({ text: line, reason: 'related list: repeated headline' });
    return existing;
  }
  const item: SourceRelated = { headline: text };
  items.push(item);
  return item;
}
