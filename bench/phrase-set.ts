/**
 * The phrase set of `bench/search-quality.ts`: passages a reader remembers from an article's body.
 *
 * Procedure (seeded, so every run draws the same phrases from the same build):
 * 1. every page's body paragraphs (`<p>` without a class: not the lede, not a caption) are cut at
 *    punctuation into segments of syllables; only segments of letters alone are kept (a phrase
 *    with a number or a Latin abbreviation is typed many ways);
 * 2. the pages are shuffled by a PRNG seeded with `seed` (mulberry32); the i-th drawn page gives
 *    one phrase of 2 + (i mod 5) syllables (lengths 2 to 6 equally often): a segment at least
 *    that long is picked at random, then a start in it;
 * 3. the phrase is typed in lower case, once as written (with diacritics) and once folded
 *    (no marks, `đ` as `d`); it is counted in every page's whole searchable text (headline,
 *    lede, body, captions, folded): `pages` 1 means one article holds it, the case readers expect
 *    to land on first; `typedPages` counts those spelling it as typed (fewer when other pages
 *    hold the same syllables with other tones).
 */
import { foldAll } from '../src/lib/text/fold.ts';
import { decodeEntities } from '../src/lib/text/html-text.ts';
import { seededRandom } from './seeded-random.ts';
import { holdsAsTyped } from '../src/lib/search/phrase-rank.ts';

/** One page of the built site as the phrase set sees it. */
export interface PhrasePage {
  /** Page path, `/slug-id/`. */
  path: string;
  /** The `<article>` element's HTML. */
  html: string;
}

export interface Phrase {
  /** The page it was drawn from. */
  path: string;
  /** As written, lower case. */
  typed: string;
  /** Folded: no marks, `đ` -> `d`. */
  folded: string;
  syllables: number;
  /** Pages whose folded text holds the folded phrase (1: only the page it came from). */
  pages: number;
  /** Pages holding it spelled as typed (`pages` minus those with other tones). */
  typedPages: number;
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;


/** Body paragraphs cut at punctuation into runs of letter-only syllables, as written. */
function letterSegments(html: string): string[][] {
  const paragraphs = [...html.matchAll(/<p>([^]*?)<\/p>/g)].map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, ' ')));
  const segments: string[][] = [];
  for (const p of paragraphs) {
    for (const piece of p.normalize('NFC').split(/[^\p{L}\p{M}\p{N}\s]+/u)) {
      const words = piece.match(SYLLABLE) ?? [];
      if (words.length >= 2 && words.every((w) => /^[\p{L}\p{M}]+$/u.test(w))) segments.push(words);
    }
  }
  return segments;
}

/** The searchable text of a page: the article without its meta line, tags dropped. */
export function pageText(html: string): string {
  return decodeEntities(html.replace(/<div data-pagefind-ignore[^]*?<\/div>/, ' ').replace(/<[^>]+>/g, ' '));
}

/** The folded searchable text of a page, padded with spaces so ` phrase ` matches whole syllables. */
function foldedPageText(html: string): string {
  return ` ${(foldAll(pageText(html)).match(SYLLABLE) ?? []).join(' ')} `;
}

/** Draws `count` phrases from the pages by the procedure above. */
export function drawPhrases(pages: readonly PhrasePage[], count: number, seed = 13): Phrase[] {
  const random = seededRandom(seed);
  const order = pages.map((page, i) => ({ page, key: random(), i })).sort((a, b) => a.key - b.key || a.i - b.i);
  const texts = pages.map((p) => foldedPageText(p.html));
  const phrases: Phrase[] = [];
  for (const { page } of order) {
    if (phrases.length >= count) break;
    const length = 2 + (phrases.length % 5);
    const segments = letterSegments(page.html).filter((s) => s.length >= length);
    if (segments.length === 0) continue;
    const segment = segments[Math.floor(random() * segments.length)];
    const start = Math.floor(random() * (segment.length - length + 1));
    const typed = segment.slice(start, start + length).join(' ').toLowerCase();
    const folded = foldAll(typed);
    const holding = pages.filter((_, i) => texts[i].includes(` ${folded} `));
    const typedPages = holding.filter((p) => holdsAsTyped(pageText(p.html), typed)).length;
    phrases.push({ path: page.path, typed, folded, syllables: length, pages: holding.length, typedPages });
  }
  return phrases;
}
