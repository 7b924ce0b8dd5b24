import { foldKey } from '../../text/fold.ts';
import { WORD_CHAR_RE, WORD_RE } from '../../text/words.ts';

const WORD = `${WORD_CHAR_RE.source}+`;
/** `200.000`, `GD&ĐT`, `5/10`, `check-in`, `3,7`: slugs may glue these words into one syllable (`200000`, `gddt`). */
const GLUED = new RegExp(`${WORD}(?:(?:[.&/-]|(?<=\\p{N}),(?=\\p{N}))${WORD})+`, 'gu');
/** Where slugs split one word: `MobiFone` -> `mobi-fone`, `42km` -> `42-km`, `U23` -> `u-23` (ASCII camel case only: `ởẤn` is a typo). */
const SPLIT_POINT = /(?<=[a-z])(?=[A-Z])|(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/u;
/** Sentence start, as a history: headlines open like sentences (`Tối 1/10`, not `Tới`). */
export const START = '<s>';
/**
 * Sentence end, as a word that follows: headlines close like sentences (`lên kệ`, not the
 * `lên kế` of `lên kế hoạch`). Counted in contexts and n-grams only, not in forms or the total.
 */
export const END = '</s>';
/** Ends a sentence for the n-gram counts when a space follows (`1.000` goes on); quotes and colons do not. */
const FULL_STOP = /[.!?…]\s+$/;
/** Punctuation after which the next word starts a sentence (so its capital says nothing). */
const SENTENCE_END = /[.!?:…"“”]\s*$/;

/**
 * How often a text spells each syllable each way, alone and next to its
 * neighbours. Counts are numbers, not integers, so an article can outweigh
 * a background collection.
 */
export interface SyllableStats {
  /** folded key -> lower-case form -> count */
  forms: Map<string, Map<string, number>>;
  /** `a b` and `a b c` of lower-case forms -> count */
  ngrams: Map<string, number>;
  /**
   * history `a` or `a b` -> [times followed by a word, distinct words that followed, and in a
   * shipped model the back-off weight]. A shipped model is Kneser-Ney smoothed: its n-gram
   * counts come discounted, so it has no distinct followers to add (0).
   */
  contexts: Map<string, [number, number] | [number, number, number]>;
  /** In a shipped model: the distinct words seen before each form, and their total (Kneser-Ney's unigrams). */
  unigrams?: { counts: Map<string, number>; total: number };
  /** words counted */
  total: number;
  /** `200.000`-like runs, by key: used only when a key has no plain form */
  glued: Map<string, Map<string, number>>;
  /** `mobi fone` (pieces a slug splits a word into) -> lower-case form `mobifone` -> count */
  joins: Map<string, Map<string, number>>;
  /** lower-case form, or `prev form`, -> exact spelling seen mid-sentence -> count */
  spellings: Map<string, Map<string, number>>;
}

export function emptyStats(): SyllableStats {
  return { forms: new Map(), glued: new Map(), joins: new Map(), ngrams: new Map(), contexts: new Map(), total: 0, spellings: new Map() };
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function bumpContext(into: SyllableStats, history: string, next: string): void {
  const key = `${history} ${next}`;
  const ctx = into.contexts.get(history) ?? [0, 0];
  if (!into.ngrams.has(key)) ctx[1]++;
  ctx[0]++;
  into.contexts.set(history, ctx);
  bump(into.ngrams, key);
}

/** Counts END after the sentence's last one or two words; returns the next sentence's history. */
function endSentence(into: SyllableStats, hist: string[]): string[] {
  const last = hist.length - 1;
  bumpContext(into, hist[last], END);
  bumpContext(into, `${hist[last - 1]} ${hist[last]}`, END);
  return [START];
}

function bumpIn<K, L>(map: Map<K, Map<L, number>>, outer: K, inner: L, by = 1): void {
  let m = map.get(outer);
  if (!m) map.set(outer, (m = new Map()));
  bump(m, inner, by);
}

/**
 * Counts a text's own spellings: the slug lost the marks, but the body
 * usually writes the same words, and their neighbours tell homographs apart
 * (`bo` -> `bộ trưởng` vs `con bò`).
 */
export function collectStats(text: string, into: SyllableStats = emptyStats()): SyllableStats {
  for (const line of text.normalize('NFC').split('\n')) {
    let hist = [START];
    for (const m of line.matchAll(WORD_RE)) {
      const word = m[0];
      const form = word.toLowerCase();
      const before = line.slice(0, m.index);
      bumpIn(into.forms, foldKey(word), form);
      const pieces = word.split(SPLIT_POINT);
      if (pieces.length > 1) bumpIn(into.joins, pieces.map(foldKey).join(' '), form);
      if (hist.length > 1 && FULL_STOP.test(before)) hist = endSentence(into, hist);
      if (hist.length > 1 && !SENTENCE_END.test(before)) {
        bumpIn(into.spellings, form, word);
        bumpIn(into.spellings, `${hist[hist.length - 1]} ${form}`, word);
      }
      bumpContext(into, hist[hist.length - 1], form);
      if (hist.length > 1) bumpContext(into, `${hist[hist.length - 2]} ${hist[hist.length - 1]}`, form);
      hist.push(form);
      into.total++;
    }
    if (hist.length > 1) endSentence(into, hist);
    for (const m of line.matchAll(GLUED)) {
      const form = m[0].toLowerCase();
      bumpIn(into.glued, foldKey(m[0]), form);
      // `Covid-19` mid-sentence: the case a glued run is written in, as for single words.
      if (m.index > 0 && !SENTENCE_END.test(line.slice(Math.max(0, m.index - 8), m.index))) bumpIn(into.spellings, form, m[0]);
    }
  }
  return into;
}

/** Adds `source` into `target` with a weight: a collection background under an article. */
export function addStats(target: SyllableStats, source: SyllableStats, weight = 1): SyllableStats {
  for (const key of ['forms', 'glued', 'joins', 'spellings'] as const) {
    for (const [k, m] of source[key]) for (const [f, c] of m) bumpIn(target[key], k, f, c * weight);
  }
  for (const [k, c] of source.ngrams) bump(target.ngrams, k, c * weight);
  for (const [k, [c, t]] of source.contexts) {
    const ctx = target.contexts.get(k) ?? [0, 0];
    target.contexts.set(k, [ctx[0] + c * weight, ctx[1] + t]);
  }
  target.total += source.total * weight;
  return target;
}

/** The spelling most seen under `key`, if it beats the plain lower-case form. */
function majority(stats: SyllableStats, key: string, form: string): string | undefined {
  const seen = stats.spellings.get(key);
  if (!seen) return undefined;
  let [best, bestCount] = [form, seen.get(form) ?? 0];
  for (const [spelling, count] of seen) if (count > bestCount) [best, bestCount] = [spelling, count];
  return best;
}

/**
 * How to write a chosen form: as the text spells it mid-sentence after the
 * same neighbour (`Hà Nội` but `nội dung`), else as it spells it mostly
 * (`TPHCM`), else undefined (caller decides); a sentence-initial capital proves nothing.
 */
export function caseOf(stats: SyllableStats, form: string, prev?: string): string | undefined {
  return (prev !== undefined ? majority(stats, `${prev} ${form}`, form) : undefined) ?? majority(stats, form, form);
}
