import { foldAll, foldD } from '../text/fold.ts';
import { WORD_RE } from '../text/words.ts';
import { rankByAdjacency, type Scored } from './rank.ts';

/**
 * Most `d`/`đ` spellings probed for a query typed without marks: `dan da` may be `dân đà`, and
 * Pagefind folds tones but not `đ`, so each `d` word is probed both ways (2^3 = 8 at most).
 */
export const MAX_D_WORDS = 3;

/** Whether the reader typed any mark (tone, vowel mark or `đ`): then their spelling is meant. */
export function hasMarks(query: string): boolean {
  return foldAll(query) !== query.normalize('NFC').toLowerCase();
}

/**
 * The whole-phrase probes of a query, quoted for Pagefind's phrase search. Typed with marks, the
 * query is probed as written (`đ` stays: body text holds `đ`, not its `d` copy). Typed without,
 * each word starting with `d` may start with `đ` in the text: every spelling of its first
 * `MAX_D_WORDS` such words is probed. A single word has no phrase.
 *
 * @example phraseProbes('dan da nang') // ['"dan da nang"', '"đan da nang"', '"dan đa nang"', '"đan đa nang"']
 */
export function phraseProbes(query: string): string[] {
  const words = query.normalize('NFC').match(WORD_RE) ?? [];
  if (words.length < 2) return [];
  if (hasMarks(query)) return [`"${words.join(' ')}"`];
  const dWords = words.flatMap((w, i) => (/^[dD]/.test(w) ? [i] : [])).slice(0, MAX_D_WORDS);
  const probes: string[] = [];
  for (let mask = 0; mask < 1 << dWords.length; mask++) {
    const spelled = words.map((w, i) => {
      const bit = dWords.indexOf(i);
      return bit >= 0 && mask & (1 << bit) ? `${w[0] === 'D' ? 'Đ' : 'đ'}${w.slice(1)}` : w;
    });
    probes.push(`"${spelled.join(' ')}"`);
  }
  return probes;
}

/**
 * Whether a page's text holds the query as one passage spelled as typed: same tones and vowel
 * marks, case and `đ`/`d` set aside, whole syllables only (`kích` is not in `kịch`).
 */
export function holdsAsTyped(text: string, query: string): boolean {
  const words = (s: string) => (foldD(s).toLowerCase().match(WORD_RE) ?? []).join(' ');
  const wanted = words(query);
  return wanted !== '' && ` ${words(text)} `.includes(` ${wanted} `);
}

/**
 * Orders full-text results: pages holding the whole query side by side first, then the others;
 * within each group by adjacency of word pairs (`rankByAdjacency`). Pages found only by a
 * probe are not added.
 *
 * @param phraseHits ids of pages holding the whole query as one passage
 * @param pairHits for each word-pair probe, the ids it found
 */
export function rankByPhrase<T extends Scored>(
  results: readonly T[],
  phraseHits: ReadonlySet<string>,
  pairHits: readonly ReadonlySet<string>[],
): T[] {
  const ranked = rankByAdjacency(results, pairHits);
  return [...ranked.filter((r) => phraseHits.has(r.id)), ...ranked.filter((r) => !phraseHits.has(r.id))];
}

/**
 * Moves the first `count` results that hold the passage as typed (per `holds`) before the other
 * results among them, keeping each group's order: `không kích` before `không kịch`.
 */
export function preferAsTyped<T>(results: readonly T[], count: number, holds: readonly boolean[]): T[] {
  const head = results.slice(0, count);
  return [...head.filter((_, i) => holds[i]), ...head.filter((_, i) => !holds[i]), ...results.slice(count)];
}
