import type { Block } from '../article.ts';
import { isCaption } from './captions.ts';

const MAX_SUBHEAD_WORDS = 20;
const MAX_SUBHEAD_LENGTH = 160;

/**
 * Whether a line has the shape of a heading rather than a sentence: short (2 to 20 words),
 * starting with a capital, a digit or a quote, with no sentence punctuation at its end (a
 * closing quote or bracket after a full stop still ends a sentence), and no photo credit.
 *
 * @example isHeadingShaped('Sự phản đối gay gắt của người hâm mộ') // true
 * @example isHeadingShaped('Chelsea thua 0-1.') // false
 */
export function isHeadingShaped(line: string): boolean {
  const words = wordCount(line);
  return (
    words >= 2 &&
    words <= MAX_SUBHEAD_WORDS &&
    line.length <= MAX_SUBHEAD_LENGTH &&
    STARTS_LIKE_A_LINE.test(line) &&
    !ENDS_A_SENTENCE.test(line) &&
    !/[,\-–—]$/u.test(line) &&
    quotesBalanced(line) &&
    (line.match(/,/g)?.length ?? 0) <= 2 && // `Dự bị: Ederson, Ake, Jesus, Aguero` is a list
    !isCaption(line)
  );
}

/** A capital or a digit first, perhaps after an opening quote, bracket or list mark. */
const STARTS_LIKE_A_LINE = /^["“‘'(\-–•*]?\s*[\p{Lu}\p{N}]/u;
/** Sentence punctuation at the end, perhaps before closing quotes or brackets. */
const ENDS_A_SENTENCE = /[.!?…:;]["”’'»)\]]*$/u;

const wordCount = (line: string) => line.split(' ').filter(Boolean).length;

/** `"Cơ hội kinh doanh không phải do` is half of a sentence cut in two, not a heading. */
function quotesBalanced(line: string): boolean {
  const count = (re: RegExp) => line.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g) && count(/\(/g) === count(/\)/g);
}

/** A paragraph that reads as running text: a line of its own, ending a sentence or too long for a heading. */
function readsAsSentence(block: Block | undefined): boolean {
  if (block === undefined || block.kind !== 'paragraph') return false;
  return STARTS_LIKE_A_LINE.test(block.text) && (ENDS_A_SENTENCE.test(block.text) || wordCount(block.text) > MAX_SUBHEAD_WORDS);
}

/**
 * Marks the subheads of a body split one paragraph per line: a heading-shaped paragraph
 * between paragraphs (captions do not count as neighbours) becomes a `subhead`. A run of
 * short lines is a list, not subheads, so both neighbours must read as sentences; at the
 * top of the body, at least two paragraphs must follow (a lede and one body line is the
 * baomoi shape, whose lede can lack its full stop). The last line (often the reporter's
 * name) is never a subhead.
 *
 * @example markSubheads([p('Sự phản đối gay gắt của người hâm mộ'), p('Vào chiều qua, ...'), p('...')])
 * // the first block becomes { kind: 'subhead', ... }
 */
export function markSubheads(blocks: Block[]): void {
  const text = blocks.filter((b) => b.kind !== 'caption');
  for (let i = 0; i < text.length; i++) {
    const block = text[i];
    if (block.kind !== 'paragraph' || !isHeadingShaped(block.text)) continue;
    const previous = text[i - 1];
    if (!readsAsSentence(text[i + 1])) continue;
    if (previous ? !readsAsSentence(previous) : text.length - i < 3) continue;
    block.kind = 'subhead';
  }
}

/**
 * The standfirst: the first paragraph that reads as a sentence, so never a subhead, a caption
 * or a stray short line at the top. With only two paragraphs (the baomoi shape: lede, then the
 * body on one line) the first is the lede whatever its shape. Returns the block's index, or -1
 * when the body has fewer than two paragraphs (a lone paragraph is the body, not a standfirst).
 */
export function ledeIndex(blocks: readonly Block[]): number {
  const paragraphs = blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  if (paragraphs.length < 2) return -1;
  if (paragraphs.length === 2) return paragraphs[0];
  return paragraphs.find((i) => !isHeadingShaped(blocks[i].text)) ?? paragraphs[0];
}
