import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; warnings: string[] }
  | { ok: false; reason: string };

/** How many control characters (besides tab, CR, LF, FF) a text file may hold before it counts as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Turns a file's bytes into text, once, at the boundary: BOMs decide UTF-8/UTF-16,
 * valid UTF-8 stays UTF-8, anything else is read as Windows-1258 (the legacy Vietnamese
 * code page). Binary content is refused with a reason instead of producing mojibake, and
 * mojibake already in the file (`PhÃ¡p` for `Pháp`) is repaired, with a warning.
 * The result is NFC with `\n` line endings.
 *
 * @example decodeArticleBytes(Buffer.from('Đà Nẵng')) // { ok: true, text: 'Đà Nẵng', encoding: 'utf-8', ... }
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  const warnings: string[] = [];
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary content: the file contains NUL bytes' };
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = hasBom ? 'utf-8-bom' : 'utf-8';
    } catch {
      text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1258');
      encoding = 'windows-1258';
      warnings.push('not valid UTF-8: decoded as Windows-1258 (legacy Vietnamese code page)');
    }
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary content: too many control characters for a text file' };
  const repaired = repairMojibake(text);
  if (repaired) {
    text = repaired.text;
    const [broken, fixed] = repaired.example;
    warnings.push(
      `mojibake repaired: UTF-8 text that was once read as Windows-1252 and saved again ("${broken}" for "${fixed}", ${repaired.sequences} letters or signs); check the page, then save the file with the repaired text to silence this`,
    );
  }
  return { ok: true, text: normalizeText(text), encoding, warnings };
}

/**
 * NFC, `\n` line endings and no zero-width characters (scrapers leave U+200B before
 * headlines): every later step can then compare strings directly.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').normalize('NFC');
}

function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}
