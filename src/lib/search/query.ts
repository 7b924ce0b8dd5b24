import { foldD, WORD_RE } from './fold.ts';


/** A search as it is sent to Pagefind: one plain query plus phrase probes for adjacency. */
export interface SearchPlan {
  /** NFC, `đ` -> `d`, words separated by single spaces; empty when there is nothing to search. */
  query: string;
  /** Quoted two-word phrases, one per adjacent pair of the query (`"khong kich"`). */
  phrases: string[];
}

/** Most pairs a plan probes: long pasted headlines would otherwise cost one search each. */
export const MAX_PHRASES = 8;

/**
 * Turns what a reader typed into Pagefind queries. `đ` becomes `d` so the query meets the
 * hidden `d` copies; each adjacent word pair becomes a phrase probe, because Pagefind's
 * ranking has no proximity signal and Vietnamese words are mostly two syllables.
 *
 * @example planSearch('Không kích  Đà Nẵng') // { query: 'Không kích Dà Nẵng', phrases: ['"Không kích"', '"kích Dà"', '"Dà Nẵng"'] }
 */
export function planSearch(input: string, maxPhrases = MAX_PHRASES): SearchPlan {
  const words = foldD(input).match(WORD_RE) ?? [];
  const phrases: string[] = [];
  for (let i = 1; i < words.length && phrases.length < maxPhrases; i++) {
    phrases.push(`"${words[i - 1]} ${words[i]}"`);
  }
  return { query: words.join(' '), phrases };
}
