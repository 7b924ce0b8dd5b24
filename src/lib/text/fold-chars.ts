import { foldDiacritics } from './fold.ts';

const folded = new Map<string, string>();

/**
 * `foldDiacritics` one character at a time, each character folded once per process: the thread
 * stage folds every headline, lede and opening of the corpus, and NFD + NFC of whole texts is
 * most of its cost. The same result on NFC text, where each Vietnamese letter is one character.
 */
export function foldChars(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (ch) => {
    let f = folded.get(ch);
    if (f === undefined) {
      f = foldDiacritics(ch);
      folded.set(ch, f);
    }
    return f;
  });
}
