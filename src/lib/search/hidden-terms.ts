import { normalizeSyllable, scanWordSpans } from '../text/tokenize.ts';
import { foldD } from '../text/fold.ts';

/**
 * The `đ`-folded bigrams of a text that hold a `đ` word: `Đà Nẵng có mưa` -> `dà nẵng`.
 * Written to a hidden Pagefind meta field so `da nang` and `dan so` find body text too, and
 * phrase searches (`"da nang"`) still see the two syllables side by side. Only pairs with a
 * `đ` are kept: the rest of the body is already searchable as it is, so the index stays small.
 * Pairs never span punctuation; a `đ` word alone in its segment is kept alone.
 *
 * @example dBigrams(['Đà Nẵng mưa']) // ['dà nẵng']
 */
export function dBigrams(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    // Normalisation never makes nor removes a đ: a text without one gives no pair.
    if (!D_RE.test(text)) continue;
    const s = text.normalize('NFC');
    // One walk over word spans; a word is lower-cased and its tone moved only when it is in a pair.
    let prevStart = 0;
    let prevEnd = 0;
    let prevD = false;
    let prevWord = '';
    let inSegment = 0;
    const previous = () => (prevWord ||= normalizeSyllable(s.slice(prevStart, prevEnd)));
    scanWordSpans(
      s,
      (start, end) => {
        const d = spanHasD(s, start, end);
        const word = inSegment > 0 && (prevD || d) ? normalizeSyllable(s.slice(start, end)) : '';
        if (word) seen.add(foldD(`${previous()} ${word}`));
        prevStart = start;
        prevEnd = end;
        prevD = d;
        prevWord = word;
        inSegment++;
      },
      () => {
        if (inSegment === 1 && prevD) seen.add(foldD(previous()));
        inSegment = 0;
      },
    );
  }
  return [...seen];
}

const D_RE = /[đĐ]/;

/** Whether s[start, end) holds a `đ` or `Đ`. */
function spanHasD(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x111 || c === 0x110) return true;
  }
  return false;
}

/** The hidden fields an article page carries for search, ready for `data-pagefind-meta`. */
export interface SearchCopies {
  /** The headline with `đ` -> `d`: matched and weighted like the title. */
  headline: string;
  /** `dBigrams` of lede, body and captions, joined by ` · ` (empty when there is no `đ`). */
  dPairs: string;
}

/** Builds the hidden search copies of one article from its visible text. */
export function buildSearchCopies(headline: string, texts: readonly string[]): SearchCopies {
  return { headline: foldD(headline), dPairs: dBigrams(texts).join(' · ') };
}
