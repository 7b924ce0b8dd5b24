/**
 * The code points a WOFF2 font maps to a glyph, read from its `cmap` table: enough to prove
 * that a shipped font file draws a character (its CSS unicode-range only promises it).
 * WOFF2 (W3C): a header, a table directory, then one Brotli stream holding every table in
 * directory order; `cmap` is never transformed, so it sits in that stream as in a TrueType file.
 */
import { brotliDecompressSync } from 'node:zlib';

const CMAP_TAG_INDEX = 0;
const GLYF_TAG_INDEX = 10;
const LOCA_TAG_INDEX = 11;
const ARBITRARY_TAG = 63;

function readBase128(bytes: Uint8Array, at: { offset: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = bytes[at.offset++]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('woff2: UIntBase128 longer than 5 bytes');
}

/** The raw `cmap` table of a WOFF2 file. */
function cmapTable(file: Uint8Array): DataView {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file (no wOF2 signature)');
  const numTables = view.getUint16(12);
  const compressedSize = view.getUint32(20);
  const at = { offset: 48 };
  let streamOffset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let t = 0; t < numTables; t++) {
    const flags = file[at.offset++]!;
    const tagIndex = flags & 0x3f;
    if (tagIndex === ARBITRARY_TAG) at.offset += 4;
    const transform = flags >> 6;
    const origLength = readBase128(file, at);
    const nullTransform = tagIndex === GLYF_TAG_INDEX || tagIndex === LOCA_TAG_INDEX ? transform === 3 : transform === 0;
    const length = nullTransform ? origLength : readBase128(file, at);
    if (tagIndex === CMAP_TAG_INDEX) cmap = { offset: streamOffset, length };
    streamOffset += length;
  }
  if (!cmap) throw new Error('woff2: no cmap table');
  const stream = brotliDecompressSync(file.subarray(at.offset, at.offset + compressedSize));
  return new DataView(stream.buffer, stream.byteOffset + cmap.offset, cmap.length);
}

/** Every code point the font maps to a glyph other than .notdef. */
export function woff2CodePoints(file: Uint8Array): Set<number> {
  const cmap = cmapTable(file);
  const covered = new Set<number>();
  const records = cmap.getUint16(2);
  for (let r = 0; r < records; r++) {
    const platform = cmap.getUint16(4 + r * 8);
    const offset = cmap.getUint32(4 + r * 8 + 4);
    if (platform !== 0 && platform !== 3) continue; // Unicode and Windows tables only
    const format = cmap.getUint16(offset);
    if (format === 4) readFormat4(cmap, offset, covered);
    else if (format === 12) readFormat12(cmap, offset, covered);
  }
  return covered;
}

function readFormat4(cmap: DataView, table: number, covered: Set<number>): void {
  const segments = cmap.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = cmap.getUint16(starts + s * 2);
    const end = cmap.getUint16(ends + s * 2);
    const delta = cmap.getUint16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
}

function readFormat12(cmap: DataView, table: number, covered: Set<number>): void {
  const groups = cmap.getUint32(table + 12);
  for (let g = 0; g < groups; g++) {
    const start = cmap.getUint32(table + 16 + g * 12);
    const end = cmap.getUint32(table + 16 + g * 12 + 4);
    const firstGlyph = cmap.getUint32(table + 16 + g * 12 + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) covered.add(c);
  }
}
