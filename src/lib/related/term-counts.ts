import { pairFrequency, type BackgroundWeights } from './background-weights.ts';
import { breakOf, tokenizeDoc, tokensKey, Words, type TokenMemo } from './doc-tokens.ts';
import { TermBag } from './term-bag.ts';
import { bylineNames } from '../ingest/clean/attribution.ts';
import { normalizeSyllable } from '../text/tokenize.ts';
import type { RelatedInput, RelatedTuning } from './types.ts';

/** Term counts of one document before weighting, term ids ascending. */
export interface RawCounts {
  ids: Int32Array;
  tf: Float32Array;
  /** Field-weighted number of syllables. */
  length: number;
}

/** Every document's counts over one shared vocabulary, with document frequencies. */
export interface CorpusCounts {
  counts: RawCounts[];
  df: Int32Array;
  /** Ids below this are hashed syllable pairs; syllables and byline names come after. */
  pairBuckets: number;
  /** Syllable (or `@byline name`) -> term id. */
  syllables: Map<string, number>;
  termCount: number;
  /** Per term id, its document frequency in the background (0: not listed), when one was given. */
  backgroundDf?: Uint32Array;
}

/**
 * Every document's byline names as `@name` terms (`@kim dung`), each once: a shared byline is a
 * good topical hint. Computed once per build for all who read them.
 */
export function bylineTerms(docs: RelatedInput[]): string[][] {
  return docs.map((doc) => {
    const names = doc.byline === undefined ? [] : bylineNames(doc.byline);
    return [...new Set(names.map((name) => '@' + name.split(' ').map(normalizeSyllable).join(' ')))];
  });
}

/** Mix two syllable ids into well-spread bits (murmur3 finaliser). */
export function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Count syllables and adjacent-syllable pairs of every document (one shared vocabulary), with
 * field weights; each of the document's byline `names` counts as a term of its own. With a
 * `memo`, a document whose tokens it holds is not tokenised again.
 */
export function countTerms(docs: RelatedInput[], t: RelatedTuning, names: string[][], background?: BackgroundWeights, memo?: TokenMemo): CorpusCounts {
  const words = memo?.stored.words ?? new Words();
  const scratch = { localOf: new Int32Array(1024) };
  const syllables = new Map<string, number>();
  // Pairs are feature-hashed into buckets [0, pairBuckets): no table of millions of pairs to
  // build or probe; rare collisions only blur rare pairs. Syllables and names come after.
  const pairBuckets = 2 ** Math.min(23, Math.max(16, Math.ceil(Math.log2(docs.length * 1024))));
  let termCount = pairBuckets;
  // The background's index of each syllable (by id - pairBuckets, -1: not listed) and the
  // background frequency of each pair bucket, looked up once per bucket, for the first pair that
  // falls in it. Whether a bucket was looked up is a bit: read for every pair of the corpus, a
  // 1 MB bitset stays in cache where the 32 MB of frequencies missed it every time.
  const backgroundSyllable: number[] = [];
  const bucketDf = background ? new Uint32Array(pairBuckets) : undefined;
  const lookedUp = new Uint32Array(background ? pairBuckets >>> 5 : 0);
  const termOf = (key: string) => {
    let id = syllables.get(key);
    if (id === undefined) {
      syllables.set(key, (id = termCount++));
      if (background) backgroundSyllable.push(background.syllables.get(key) ?? -1);
    }
    return id;
  };
  const pairDf = (a: number, b: number) => {
    const x = backgroundSyllable[a - pairBuckets];
    const y = backgroundSyllable[b - pairBuckets];
    return x >= 0 && y >= 0 ? pairFrequency(background!, x, y) : 0;
  };
  // Term id of each word id (-1: none yet), and of each of a document's words.
  let termOfWord: Int32Array = new Int32Array(0);
  let local: Int32Array = new Int32Array(1024);
  const bag = new TermBag();
  const weights = [t.headlineWeight, t.ledeWeight, 1];

  const counts: RawCounts[] = [];
  docs.forEach((doc, d) => {
    const key = memo && tokensKey(doc, t);
    const tokens = (key !== undefined && memo!.stored.docs.get(key)) || tokenizeDoc(doc, t, words, scratch);
    if (key !== undefined) memo!.keep(key, tokens);
    if (termOfWord.length < words.list.length) termOfWord = grown(termOfWord, words.list.length);
    if (local.length < tokens.words.length) local = new Int32Array(tokens.words.length * 2);
    // In the order the document first uses them, as its tokens come: ids do not depend on whether they were kept.
    for (let i = 0; i < tokens.words.length; i++) {
      const w = tokens.words[i];
      if (termOfWord[w] < 0) termOfWord[w] = termOf(words.list[w]);
      local[i] = termOfWord[w];
    }
    const { stream, ends } = tokens;
    const brk = breakOf(stream);
    let length = 0;
    let field = 0;
    let prev = -1;
    for (let k = 0; k < stream.length; k++) {
      while (k >= ends[field]) field++;
      const v = stream[k];
      if (v === brk) {
        prev = -1;
        continue;
      }
      const weight = weights[field];
      const syl = local[v];
      length += weight;
      bag.add(syl, weight);
      if (prev >= 0) {
        const bucket = hashPair(prev, syl) & (pairBuckets - 1);
        bag.add(bucket, weight);
        if (bucketDf && (lookedUp[bucket >>> 5] & (1 << (bucket & 31))) === 0) {
          lookedUp[bucket >>> 5] |= 1 << (bucket & 31);
          bucketDf[bucket] = pairDf(prev, syl);
        }
      }
      prev = syl;
    }
    if (t.bylineWeight > 0) for (const name of names[d]) bag.add(termOf(name), t.bylineWeight);
    counts.push({ ...bag.drain(), length });
  });
  if (memo) {
    let used = 0;
    for (let w = 0; w < termOfWord.length; w++) if (termOfWord[w] >= 0) used++;
    memo.close(words, used);
  }
  const df = new Int32Array(termCount);
  for (const { ids } of counts) for (let k = 0; k < ids.length; k++) df[ids[k]]++;
  let backgroundDf: Uint32Array | undefined;
  if (background && bucketDf) {
    backgroundDf = new Uint32Array(termCount);
    backgroundDf.set(bucketDf);
    backgroundSyllable.forEach((x, i) => {
      if (x >= 0) backgroundDf![pairBuckets + i] = background.syllableDf[x];
    });
  }
  return { counts, df, pairBuckets, termCount, syllables, backgroundDf };
}

/** A copy of `a` at least `need` long, the new entries -1. */
function grown(a: Int32Array, need: number): Int32Array {
  const b = new Int32Array(Math.max(need, a.length * 2)).fill(-1);
  b.set(a);
  return b;
}
