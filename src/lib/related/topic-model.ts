import { readModelAsset } from '../models/model-asset.ts';
import { pairTable, pairValue, setPair, type PairTable } from './pair-table.ts';

/**
 * The shipped topic model: for each of the background corpus' most frequent syllables and
 * syllable pairs, a short latent (LSA) vector, built by tools/build-related-model.ts. It tells
 * the engine that two articles sharing no rare word can still be about the same field.
 */
export interface TopicModel {
  dims: number;
  /** Syllable text -> syllable index (syllables that have a row or are part of a pair that has one). */
  syllables: Map<string, number>;
  /** Syllable index -> text. */
  names: string[];
  /** Per syllable index: its row, or -1. */
  syllableRow: Int32Array;
  /** Pair rows, keyed by syllable indices. */
  pairRows: PairTable;
  /** Row r is `q[r * dims ..] * scale[r]`. */
  scale: Float32Array;
  q: Int8Array;
}

const MAGIC = 0x31525442; // 'BTR1'
const NONE = 0xffff;

/** Row of the pair of syllable indices (a, b), or -1. */
export function pairRow(model: TopicModel, a: number, b: number): number {
  return pairValue(model.pairRows, a, b, -1);
}

/** Serialise terms (`syl` or `syl_syl`) with their rows (terms x dims, row-major) to int8 with a scale per row. */
export function encodeTopicModel(terms: string[], dims: number, rows: Float64Array): Uint8Array {
  const parts = terms.map((t) => t.split('_'));
  const syllables = [...new Set(parts.flat())].sort();
  if (syllables.length >= NONE) throw new Error('topic model: too many syllables');
  const index = new Map(syllables.map((s, i) => [s, i]));
  const text = new TextEncoder().encode(syllables.join('\n'));
  const pad = (x: number) => (x + 3) & ~3;
  const head = 20;
  const partsAt = pad(head + text.length);
  const scaleAt = partsAt + pad(terms.length * 4);
  const qAt = scaleAt + terms.length * 4;
  const out = new Uint8Array(qAt + terms.length * dims);
  const view = new DataView(out.buffer);
  [MAGIC, dims, terms.length, syllables.length, text.length].forEach((x, i) => view.setUint32(i * 4, x, true));
  out.set(text, head);
  parts.forEach((p, r) => {
    view.setUint16(partsAt + r * 4, index.get(p[0])!, true);
    view.setUint16(partsAt + r * 4 + 2, p.length > 1 ? index.get(p[1])! : NONE, true);
    let max = 0;
    for (let k = 0; k < dims; k++) max = Math.max(max, Math.abs(rows[r * dims + k]));
    const scale = max / 127 || 1;
    view.setFloat32(scaleAt + r * 4, scale, true);
    for (let k = 0; k < dims; k++) view.setInt8(qAt + r * dims + k, Math.round(rows[r * dims + k] / scale));
  });
  return out;
}

/** Read a model written by encodeTopicModel. */
export function decodeTopicModel(bytes: Uint8Array): TopicModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, dims, nRows, nSyllables, textLength] = [0, 1, 2, 3, 4].map((i) => view.getUint32(i * 4, true));
  if (magic !== MAGIC) throw new Error('topic model: bad file');
  const names = new TextDecoder().decode(bytes.subarray(20, 20 + textLength)).split('\n');
  const syllables = new Map(names.map((s, i) => [s, i]));
  const partsAt = (20 + textLength + 3) & ~3;
  const scaleAt = partsAt + ((nRows * 4 + 3) & ~3);
  const syllableRow = new Int32Array(nSyllables).fill(-1);
  const pairRows = pairTable(nRows);
  const scale = new Float32Array(nRows);
  for (let r = 0; r < nRows; r++) {
    const a = view.getUint16(partsAt + r * 4, true);
    const b = view.getUint16(partsAt + r * 4 + 2, true);
    if (b === NONE) syllableRow[a] = r;
    else setPair(pairRows, a, b, r);
    scale[r] = view.getFloat32(scaleAt + r * 4, true);
  }
  const qAt = scaleAt + nRows * 4;
  const q = new Int8Array(bytes.buffer.slice(bytes.byteOffset + qAt, bytes.byteOffset + qAt + nRows * dims));
  return { dims, syllables, names, syllableRow, pairRows, scale, q };
}

/** The shipped model's file (from the project root) and the format decodeTopicModel reads. */
export const TOPIC_MODEL_FILE = 'src/lib/related/data/related-topics.bin';
export const TOPIC_MODEL_FORMAT = { format: 'topic-lsa-int8', version: 1 };

let shipped: TopicModel | undefined;

/** The shipped model, checked against its manifest (readModelAsset) and decoded once per process. */
export function loadTopicModel(): TopicModel {
  return (shipped ??= decodeTopicModel(readModelAsset(TOPIC_MODEL_FILE, TOPIC_MODEL_FORMAT)));
}
