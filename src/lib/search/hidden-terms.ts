import { tokenizeSegments } from '../text/tokenize.ts';
import { foldD, hasD } from '../text/fold.ts';

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
    for (const segment of tokenizeSegments(text)) {
      const words = segment.map((t) => t.text);
      if (words.length === 1 && hasD(words[0])) seen.add(foldD(words[0]));
      for (let i = 1; i < words.length; i++) {
        if (hasD(words[i - 1]) || hasD(words[i])) seen.add(foldD(`${words[i - 1]} ${words[i]}`));
      }
    }
  }
  return [...seen];
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
