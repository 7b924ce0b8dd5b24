import { readModelAsset } from '../models/model-asset.ts';
import { pairTable, pairValue, setPair, type PairTable } from './pair-table.ts';

/**
 * Document frequencies of syllables and syllable pairs in a background news corpus, built by
 * tools/build-related-weights.ts. Word weights read from them stay put as a site grows: weights
 * counted on the site alone shifted a little with every new article, and those shifts reordered
 * thousands of old related lists (bench/related-drift.ts), each an article page to render again.
 */
export interface BackgroundWeights {
  /** Documents the frequencies were counted on. */
  docs: number;
  /** Syllable text -> index. */
  syllables: Map<string, number>;
  /** Per syllable index: its document frequency. */
  syllableDf: Uint32Array;
  /** Pair frequencies, keyed by syllable indices. */
  pairDf: PairTable;
}

const MAGIC = 0x31575442; // 'BTW1'
const HEAD = 20;

/** Document frequency of the pair of syllable indices (a, b) in the background, 0 when not listed. */
export function pairFrequency(w: BackgroundWeights, a: number, b: number): number {
  return pairValue(w.pairDf, a, b, 0);
}

/**
 * Serialise frequencies: syllables (fewer than 65,536) with theirs, and pairs as
 * `[first syllable, second syllable, frequency]`, both in a stable order.
 */
export function encodeBackgroundWeights(docs: number, syllables: [string, number][], pairs: [string, string, number][]): Uint8Array {
  if (syllables.length >= 0xffff) throw new Error('background weights: too many syllables');
  const index = new Map(syllables.map(([s], i) => [s, i]));
  const text = new TextEncoder().encode(syllables.map(([s]) => s).join('\n'));
  const dfAt = (HEAD + text.length + 3) & ~3;
  const pairsAt = dfAt + syllables.length * 4;
  const out = new Uint8Array(pairsAt + pairs.length * 8);
  const view = new DataView(out.buffer);
  [MAGIC, docs, syllables.length, text.length, pairs.length].forEach((x, i) => view.setUint32(i * 4, x, true));
  out.set(text, HEAD);
  syllables.forEach(([, f], i) => view.setUint32(dfAt + i * 4, f, true));
  pairs.forEach(([a, b, f], i) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) throw new Error(`background weights: pair ${a} ${b} has a syllable not listed`);
    view.setUint16(pairsAt + i * 8, ia, true);
    view.setUint16(pairsAt + i * 8 + 2, ib, true);
    view.setUint32(pairsAt + i * 8 + 4, f, true);
  });
  return out;
}

/** Read frequencies written by encodeBackgroundWeights. */
export function decodeBackgroundWeights(bytes: Uint8Array): BackgroundWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, docs, nSyllables, textLength, nPairs] = [0, 1, 2, 3, 4].map((i) => view.getUint32(i * 4, true));
  if (magic !== MAGIC) throw new Error('background weights: bad file');
  const names = nSyllables === 0 ? [] : new TextDecoder().decode(bytes.subarray(HEAD, HEAD + textLength)).split('\n');
  const dfAt = (HEAD + textLength + 3) & ~3;
  const pairsAt = dfAt + nSyllables * 4;
  const syllableDf = new Uint32Array(nSyllables);
  for (let i = 0; i < nSyllables; i++) syllableDf[i] = view.getUint32(dfAt + i * 4, true);
  const pairDf = pairTable(nPairs);
  for (let i = 0; i < nPairs; i++) {
    setPair(pairDf, view.getUint16(pairsAt + i * 8, true), view.getUint16(pairsAt + i * 8 + 2, true), view.getUint32(pairsAt + i * 8 + 4, true));
  }
  return { docs, syllables: new Map(names.map((s, i) => [s, i])), syllableDf, pairDf };
}

/** The shipped frequencies' file (from the project root) and the format decodeBackgroundWeights reads. */
export const BACKGROUND_WEIGHTS_FILE = 'src/lib/related/data/related-weights.bin';
export const BACKGROUND_WEIGHTS_FORMAT = { format: 'syllable-df', version: 1 };

let shipped: BackgroundWeights | undefined;

/** The shipped frequencies, checked against their manifest (readModelAsset) and decoded once per process. */
export function loadBackgroundWeights(): BackgroundWeights {
  return (shipped ??= decodeBackgroundWeights(readModelAsset(BACKGROUND_WEIGHTS_FILE, BACKGROUND_WEIGHTS_FORMAT)));
}
