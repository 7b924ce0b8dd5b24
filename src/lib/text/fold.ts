/**
 * Removes tone and vowel marks and maps `đ`/`Đ` to `d`: how Vietnamese is typed
 * without diacritics (`Đà Nẵng` -> `Da Nang`). NFD alone leaves `đ` untouched.
 * No imports: the search page's browser code uses it too.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
