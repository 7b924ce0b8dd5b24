import { pairFrequency, type BackgroundWeights } from './background-weights.ts';
import { SpanTable } from './span-table.ts';
import { TermBag } from './term-bag.ts';
import { bylineNames } from '../ingest/clean/attribution.ts';
import { normalizeSyllable, scanWordSpans } from '../text/tokenize.ts';
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
 * field weights; each of the document's byline `names` counts as a term of its own.
 */
export function countTerms(docs: RelatedInput[], t: RelatedTuning, names: string[][], background?: BackgroundWeights): CorpusCounts {
  const surface = new SpanTable(); // raw word -> syllable id
  const syllables = new Map<string, number>();
  // Pairs are feature-hashed into buckets [0, pairBuckets): no table of millions of pairs to
  // build or probe; rare collisions only blur rare pairs. Syllables and names come after.
  const pairBuckets = 2 ** Math.min(23, Math.max(16, Math.ceil(Math.log2(docs.length * 1024))));
  let termCount = pairBuckets;
  // The background's index of each syllable (by id - pairBuckets, -1: not listed) and the
  // background frequency of each pair bucket (-1: not looked up yet): one lookup per distinct pair.
  const backgroundSyllable: number[] = [];
  const bucketDf = background ? new Int32Array(pairBuckets).fill(-1) : undefined;
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
  const bag = new TermBag();

  const counts: RawCounts[] = [];
  docs.forEach((doc, d) => {
    let length = 0;
    const fields: [string, number][] = [
      [doc.headline, t.headlineWeight],
      [doc.lede ?? '', t.ledeWeight],
      [doc.text.length > t.maxTextChars ? doc.text.slice(0, t.maxTextChars) : doc.text, 1],
    ];
    for (const [text, fieldWeight] of fields) {
      const s = text.normalize('NFC');
      let prev = -1;
      scanWordSpans(
        s,
        (start, end, hash) => {
          let syl = surface.get(s, start, end, hash);
          if (syl < 0) {
            syl = termOf(normalizeSyllable(s.slice(start, end)));
            surface.add(s, start, end, hash, syl);
          }
          length += fieldWeight;
          bag.add(syl, fieldWeight);
          if (prev >= 0) {
            const bucket = hashPair(prev, syl) & (pairBuckets - 1);
            bag.add(bucket, fieldWeight);
            if (bucketDf && bucketDf[bucket] < 0) bucketDf[bucket] = pairDf(prev, syl);
          }
          prev = syl;
        },
        () => {
          prev = -1;
        },
      );
    }
    if (t.bylineWeight > 0) for (const name of names[d]) bag.add(termOf(name), t.bylineWeight);
    counts.push({ ...bag.drain(), length });
  });
  const df = new Int32Array(termCount);
  for (const { ids } of counts) for (let k = 0; k < ids.length; k++) df[ids[k]]++;
  let backgroundDf: Uint32Array | undefined;
  if (background && bucketDf) {
    backgroundDf = new Uint32Array(termCount);
    for (let id = 0; id < pairBuckets; id++) if (bucketDf[id] > 0) backgroundDf[id] = bucketDf[id];
    backgroundSyllable.forEach((x, i) => {
      if (x >= 0) backgroundDf![pairBuckets + i] = background.syllableDf[x];
    });
  }
  return { counts, df, pairBuckets, termCount, syllables, backgroundDf };
}
