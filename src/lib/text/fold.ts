/**
 * The one folding vocabulary, from lightest to strongest. Search, slugs, headline matching,
 * related stories and the reading opening all fold with these, so they agree on what counts as
 * the same word. No imports: the search page's browser code uses it too.
 *
 * Pagefind folds tone and vowel marks itself (`nang` finds `Nẵng`) but treats `đ` as a letter of
 * its own, so search folds only `đ` (foldD) on both sides and keeps tone marks for ranking.
 */

/**
 * Removes tone and vowel marks and maps `đ`/`Đ` to `d`: how Vietnamese is typed
 * without diacritics (`Đà Nẵng` -> `Da Nang`). NFD alone leaves `đ` untouched.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** NFC, with `đ`/`Đ` mapped to `d`/`D` and nothing else changed. */
export function foldD(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Whether a word carries a `đ`/`Đ` (such words need a hidden `d` copy to be found by `d`). */
export function hasD(word: string): boolean {
  return /[đĐ]/.test(word);
}

/**
 * The full fold used to compare words: lower case, no marks, `đ` -> `d`.
 *
 * @example foldAll('Đà Nẵng') // 'da nang'
 */
export function foldAll(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/**
 * foldAll with everything but letters and digits dropped, spaces too: a comparison key that
 * ignores how a headline was retyped (`Đà Nẵng: mưa lớn` and `Da Nang - mua lon` meet).
 *
 * @example foldKey('Đà Nẵng: mưa!') // 'danangmua'
 */
export function foldKey(text: string): string {
  return foldAll(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
