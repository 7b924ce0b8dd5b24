import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, normalizeText } from '../../../src/lib/ingest/decode.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/bad-inputs/${name}`, import.meta.url));
const HEADLINE = 'Nga và Pháp sẽ duy trì liên lạc trong chiến dịch chống IS ở Syria';

describe('decodeArticleBytes', () => {
  it.each([
    ['utf8-bom-crlf.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['windows-1258.txt', 'windows-1258'],
    ['nfd-decomposed.txt', 'utf-8'],
  ])('reads %s as %s into the same NFC text', (name, encoding) => {
    const result = decodeArticleBytes(fixture(name));
    expect(result.ok && result.encoding).toBe(encoding);
    if (!result.ok) return;
    expect(result.text.split('\n')[0]).toBe(HEADLINE);
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.text).not.toContain('\r');
  });

  it('says when it fell back to Windows-1258', () => {
    const result = decodeArticleBytes(fixture('windows-1258.txt'));
    expect(result.ok && result.warnings.join()).toMatch(/Windows-1258/);
  });

  it('repairs a file in mojibake, once, at the boundary, and says so with an example', () => {
    const result = decodeArticleBytes(fixture('mojibake.txt'));
    expect(result.ok && result.encoding).toBe('utf-8');
    if (!result.ok) return;
    expect(result.text.split('\n')[0]).toBe('Đà Nẵng đón “siêu trăng” cuối năm – người dân đổ ra bờ biển');
    expect(result.warnings).toEqual([expect.stringMatching(/^mojibake repaired: .*\("ÄÃ" for "Đà", \d+ letters or signs\)/)]);
  });

  it('leaves correct UTF-8 without a warning', () => {
    const result = decodeArticleBytes(Buffer.from('Grüße, café và Đà Nẵng'));
    expect(result.ok && [result.text, result.warnings]).toEqual(['Grüße, café và Đà Nẵng', []]);
  });

  it('decodes UTF-16 big-endian with a BOM', () => {
    const le = Buffer.from('\ufeffĐà Nẵng', 'utf16le');
    const be = Buffer.from(le).swap16();
    const result = decodeArticleBytes(be);
    expect(result.ok && [result.encoding, result.text]).toEqual(['utf-16be', 'Đà Nẵng']);
  });

  it('refuses binary content with a reason', () => {
    const result = decodeArticleBytes(fixture('binary-named.txt'));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it('refuses control-character soup even without NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 7) + 1);
    expect(decodeArticleBytes(bytes).ok).toBe(false);
  });
});

describe('normalizeText', () => {
  it('composes NFD and unifies line endings', () => {
    expect(normalizeText('Đa\u0300 Na\u0306\u0303ng\r\nb\rc')).toBe('Đà Nẵng\nb\nc');
  });
});
