import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldChars } from '../../../src/lib/text/fold-chars.ts';
import { foldDiacritics } from '../../../src/lib/text/fold.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));

describe('foldChars', () => {
  it('folds NFC Vietnamese text as foldDiacritics folds it whole', () => {
    for (const file of readdirSync(content).filter((f) => /\.(txt|md)$/.test(f))) {
      const text = readFileSync(join(content, file), 'utf8').normalize('NFC');
      expect(foldChars(text)).toBe(foldDiacritics(text));
    }
    expect(foldChars('Đà Nẵng, ngày 29/9: Ông Ashton Carter đến Syria.')).toBe('Da Nang, ngay 29/9: Ong Ashton Carter den Syria.');
  });

  it('keeps ASCII, emoji and an empty text as they are', () => {
    expect(foldChars('')).toBe('');
    expect(foldChars('plain ASCII 1,8%')).toBe('plain ASCII 1,8%');
    expect(foldChars('Hà 😀 Nội')).toBe('Ha 😀 Noi');
  });
});
