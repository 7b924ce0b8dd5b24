import { foldChars } from '../text/fold-chars.ts';
import type { ThreadInput } from './types.ts';

/** On folded text: a run of capitalised words one space apart, or a number (`29/9`, `1,8`, `6x36`, `10%`). */
const MARKER = /(?<![A-Za-z0-9])(?:([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*)|(\d(?:[A-Za-z0-9.,/%-]*[A-Za-z0-9%])?))/g;
const SENTENCE_END = /(?:^|[.!?:;"“”(…\n–-])\s*$/;

/** A number says something about an event when it is more than a small count: `29/9`, `1,8`, `123`, `6x36`. */
function isTellingNumber(token: string): boolean {
  return token.replace(/\D/g, '').length >= 2 || /\d[/,.]\d/.test(token);
}

/**
 * The names and numbers a text gives: runs of capitalised syllables (`Ashton Carter`, `Lầu Năm`,
 * `Syria`) and numbers of two digits or more or with a separator (`29/9`, `1,8`), folded (no marks,
 * lower case) so `Xi-ri` style spellings aside, two reports of one event share them. A lone
 * capitalised syllable that opens a sentence may be an ordinary word: it is kept as `?word`, for
 * `resolveMarkers` to keep when the corpus writes it capitalised elsewhere (`Nga và Pháp ...`); a longer
 * run there is also kept without its first syllable (`Ông Ashton Carter`), and so is a run of three or
 * more inside a sentence (`Mỹ Ashton Carter` names `Ashton Carter`).
 *
 * @example extractMarkers('Ông Ashton Carter ngày 29/9 đến Syria.') // Set { '?ong ashton carter', 'ashton carter', '29/9', 'syria' }
 */
export function extractMarkers(original: string): Set<string> {
  const text = foldChars(original);
  const markers = new Set<string>();
  for (const match of text.matchAll(MARKER)) {
    const [, name, number] = match;
    if (number !== undefined) {
      if (isTellingNumber(number)) markers.add(number);
      continue;
    }
    const words = name.toLowerCase().split(' ');
    // A run that opens a sentence may owe its first capital to the sentence (`Ông Ashton Carter`).
    const opensSentence = SENTENCE_END.test(text.slice(Math.max(0, match.index - 3), match.index));
    markers.add(opensSentence ? `?${words.join(' ')}` : words.join(' '));
    if (words.length >= (opensSentence ? 2 : 3)) markers.add(words.slice(1).join(' '));
  }
  return markers;
}

/** A report's markers (`extractMarkers`) from its headline, lede and opening: per document, needing no other. */
export function docMarkers(doc: Pick<ThreadInput, 'headline' | 'lede' | 'opening'>): Set<string> {
  return extractMarkers([doc.headline, doc.lede ?? '', doc.opening ?? ''].join('\n'));
}

/**
 * Each document's markers with its sentence-opening words (`?nga`) settled: a name when some
 * document writes it capitalised inside a sentence, else dropped.
 */
export function resolveMarkers(markerSets: readonly Set<string>[]): Set<string>[] {
  const names = new Set<string>();
  for (const set of markerSets) for (const m of set) if (!m.startsWith('?')) names.add(m);
  return markerSets.map((set) => {
    const resolved = new Set<string>();
    for (const m of set) {
      if (!m.startsWith('?')) resolved.add(m);
      else if (names.has(m.slice(1))) resolved.add(m.slice(1));
    }
    return resolved;
  });
}

/**
 * Markers that tell events apart: those in at most `maxShare` of the documents (and never fewer
 * than `minDocs`, so a small site keeps its names). `Việt Nam` or `2017` in a national corpus
 * names no event.
 */
export function countCommonMarkers(markerSets: readonly Set<string>[], maxShare: number, minDocs: number): Set<string> {
  const df = new Map<string, number>();
  for (const set of markerSets) for (const m of set) df.set(m, (df.get(m) ?? 0) + 1);
  const limit = Math.max(minDocs, maxShare * markerSets.length);
  const common = new Set<string>();
  for (const [m, n] of df) if (n > limit) common.add(m);
  return common;
}

/** How many telling markers two documents share. */
export function countShared(a: Set<string>, b: Set<string>, common: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const m of small) if (large.has(m) && !common.has(m)) n++;
  return n;
}
