import { breakOf, tokenizeDoc, Words } from '../src/lib/related/doc-tokens.ts';
import { DEFAULT_TUNING as T } from '../src/lib/related/types.ts';

/** Pairs are `first_second` in the keys termCounts gives. */
export const PAIR_JOIN = '_';

const words = new Words();
const scratch = { localOf: new Int32Array(1024) };

/**
 * Field-weighted counts of syllables and `a_b` pairs, exactly as the engine counts them: from the
 * engine's own tokens (`tokenizeDoc`: the same fields, text length, syllable forms and breaks).
 */
export function termCounts(doc: { headline: string; lede?: string; text: string }): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (term: string, w: number) => tf.set(term, (tf.get(term) ?? 0) + w);
  const { words: ids, stream, ends } = tokenizeDoc({ id: '', ...doc }, T, words, scratch);
  const weights = [T.headlineWeight, T.ledeWeight, 1];
  const brk = breakOf(stream);
  let field = 0;
  let prev: string | undefined;
  for (let k = 0; k < stream.length; k++) {
    while (k >= ends[field]!) field++;
    if (stream[k] === brk) {
      prev = undefined;
      continue;
    }
    const syl = words.list[ids[stream[k]!]!]!;
    add(syl, weights[field]!);
    if (prev !== undefined) add(`${prev}${PAIR_JOIN}${syl}`, weights[field]!);
    prev = syl;
  }
  return tf;
}
