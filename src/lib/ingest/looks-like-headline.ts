import { isCaption } from './clean/captions.ts';
import { truncateText } from '../text/truncate.ts';
import { hasLetterOrDigit } from '../text/words.ts';

const MAX_HEADLINE_LENGTH = 250;
const CUT_HEADLINE_AT = 160;

/**
 * Whether a first line reads as a headline: has letters, is not a paragraph
 * (too long, or ending in a full stop) and is not a photo caption.
 */
export function looksLikeHeadline(line: string): boolean {
  return (
    hasLetterOrDigit(line) &&
    line.length <= MAX_HEADLINE_LENGTH &&
    !/[^.]\.$/.test(line) &&
    !isCaption(line)
  );
}

/**
 * The first sentence of a paragraph, cut at a word boundary when still too long:
 * the fallback headline when the file has none.
 *
 * @example firstSentence('Giá vàng tăng. Thị trường sôi động.') // 'Giá vàng tăng'
 */
export function firstSentence(paragraph: string): string {
  const end = /[.!?…](?=\s|$)/u.exec(paragraph);
  const sentence = (end ? paragraph.slice(0, end.index + (end[0] === '.' ? 0 : 1)) : paragraph).trim();
  return truncateText(sentence, CUT_HEADLINE_AT + 1);
}
