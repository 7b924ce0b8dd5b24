/**
 * Folding for search. Pagefind folds tone and vowel marks itself (`nang` finds `Nẵng`) but
 * treats `đ` as a letter of its own, so `da nang` never reaches `Đà Nẵng`. We fold only
 * `đ`/`Đ` to `d`, on both sides: in hidden copies written at build time and in the query
 * before it reaches Pagefind. Tone marks stay, so Pagefind can still rank an exact-diacritics
 * match (`Dà Nẵng` for `Đà Nẵng`) above a folding-only one (`Da Nang`).
 */

import { foldDiacritics } from '../text/fold.ts';

/** Letters, marks and digits: the runs Pagefind treats as words, and so do our own indexes. */
export const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** NFC, with `đ`/`Đ` mapped to `d`/`D` and nothing else changed. */
export function foldD(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Whether a word carries a `đ`/`Đ` (such words need a hidden `d` copy to be found by `d`). */
export function hasD(word: string): boolean {
  return /[đĐ]/.test(word);
}

/**
 * The full fold used to compare words for highlighting: lower case, no marks, `đ` -> `d`.
 *
 * @example foldAll('Đà Nẵng') // 'da nang'
 */
export function foldAll(text: string): string {
  return foldDiacritics(text).toLowerCase();
}
