import { normalizeSyllable, scanWords } from '../src/lib/text/tokenize.ts';
import { DEFAULT_TUNING as T } from '../src/lib/related/types.ts';

/** Pairs are `first_second` in the keys termCounts gives. */
export const PAIR_JOIN = '_';

/** Field-weighted counts of syllables and `a_b` pairs, exactly as the engine counts them. */
export function termCounts(doc: { headline: string; lede?: string; text: string }): Map<string, number> {
  const tf = new Map<string, number>();
  const fields: [string, number][] = [
    [doc.headline, T.headlineWeight],
    [doc.lede ?? '', T.ledeWeight],
    [doc.text.slice(0, T.maxTextChars), 1],
  ];
  for (const [text, w] of fields) {
    let prev: string | undefined;
    scanWords(
      text,
      (raw) => {
        const syl = normalizeSyllable(raw);
        tf.set(syl, (tf.get(syl) ?? 0) + w);
        if (prev !== undefined) tf.set(`${prev}${PAIR_JOIN}${syl}`, (tf.get(`${prev}${PAIR_JOIN}${syl}`) ?? 0) + w);
        prev = syl;
      },
      () => (prev = undefined),
    );
  }
  return tf;
}
