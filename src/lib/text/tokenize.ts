/**
 * Vietnamese-aware tokenisation for the related-stories engine.
 * Vietnamese writes one syllable per space-separated word, and most words are
 * two syllables, so we keep syllables plus adjacent-syllable pairs.
 */

/** One token of a segment: the syllable, NFC, lower case, tone placement canonicalised (`hoà` -> `hòa`). */
export interface Token {
  text: string;
}

import { WORD_CHAR_RE as WORD_START_RE } from './words.ts';

/** New-style tone placement at the end of a syllable (`oà`, `uỳ`) mapped to old style (`òa`, `ùy`). */
const TONE_MOVES: Record<string, string> = {};
for (const [pair, marks] of [
  ['oa', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
  ['oe', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
  ['uy', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
] as const) {
  for (const mark of marks) {
    const newStyle = (pair[0] + pair[1] + mark).normalize('NFC');
    const oldStyle = (pair[0] + mark + pair[1]).normalize('NFC');
    TONE_MOVES[newStyle] = oldStyle;
  }
}
const TONE_END_RE = new RegExp(`(${Object.keys(TONE_MOVES).join('|')})$`);

import { finishHash, HASH_SEED, hashStep } from './word-hash.ts';

/** Canonical form of one syllable: lower case, NFC, one tone placement (`thuỷ` -> `thủy`). */
export function normalizeSyllable(raw: string): string {
  const lower = raw.toLowerCase();
  const m = TONE_END_RE.exec(lower);
  return m ? lower.slice(0, m.index) + TONE_MOVES[m[1]] : lower;
}

/**
 * Walk the words of a text without building arrays: the engine's fast path.
 * `onWord` gets the raw NFC word; `onBreak` marks punctuation, so callers never pair words
 * across a comma or a sentence end.
 */
export function scanWords(text: string, onWord: (raw: string) => void, onBreak: () => void): void {
  const s = text.normalize('NFC');
  scanWordSpans(s, (start, end) => onWord(s.slice(start, end)), onBreak);
}

/**
 * Same walk over an NFC string, giving word spans `[start, end)` and their hash (see
 * word-hash.ts) instead of new strings: callers that look words up in a SpanTable never
 * allocate nor read a word twice.
 */
export function scanWordSpans(
  s: string,
  onWord: (start: number, end: number, hash: number) => void,
  onBreak: () => void,
): void {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const kind = classify(s.charCodeAt(i));
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind === BREAK) {
      onBreak();
      i++;
      continue;
    }
    let j = i + 1;
    let h = hashStep(HASH_SEED, s.charCodeAt(i));
    while (j < n) {
      const c = s.charCodeAt(j);
      const k = classify(c);
      // keep 8.700 and 53,17 whole: a separator between two digits stays inside the number
      if (k === WORD || (k !== SPACE && isSeparator(c) && isDigit(s.charCodeAt(j - 1)) && j + 1 < n && isDigit(s.charCodeAt(j + 1)))) {
        h = hashStep(h, c);
        j++;
      } else break;
    }
    onWord(i, j, finishHash(h));
    i = j;
  }
  onBreak();
}

const WORD = 0;
const SPACE = 1;
/** Punctuation, or a line end: no pair spans it. */
const BREAK = 2;
const CLASS_CACHE = new Uint8Array(0x2000);
for (let c = 0; c < CLASS_CACHE.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS_CACHE[c] = WORD_START_RE.test(ch) ? WORD : /\s/.test(ch) && ch !== '\n' ? SPACE : BREAK;
}

/** Character class: word character, space, or break. Table lookup for common scripts. */
function classify(code: number): number {
  if (code < 0x2000) return CLASS_CACHE[code];
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return WORD; // astral letters: rare, keep inside words
  return WORD_START_RE.test(ch) ? WORD : /\s/.test(ch) ? SPACE : BREAK;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSeparator(code: number): boolean {
  return code === 46 || code === 44;
}

/** Split text into punctuation-free segments of tokens, for callers that want arrays. */
export function tokenizeSegments(text: string): Token[][] {
  const segments: Token[][] = [];
  let current: Token[] = [];
  scanWords(
    text,
    (raw) => current.push({ text: normalizeSyllable(raw) }),
    () => {
      if (current.length) segments.push(current);
      current = [];
    },
  );
  return segments;
}

/** Join two syllables into a pair term (`không`, `kích` -> `không_kích`). */
export function joinPair(a: string, b: string): string {
  return `${a}_${b}`;
}

/**
 * Syllables and adjacent-syllable pairs of a text: the features of the similarity model.
 * Pairs stand in for Vietnamese two-syllable words without needing a dictionary.
 */
export function tokenize(text: string): { syllables: string[]; pairs: string[] } {
  const syllables: string[] = [];
  const pairs: string[] = [];
  for (const segment of tokenizeSegments(text)) {
    for (let i = 0; i < segment.length; i++) {
      syllables.push(segment[i].text);
      if (i > 0) pairs.push(joinPair(segment[i - 1].text, segment[i].text));
    }
  }
  return { syllables, pairs };
}
