import { describe, expect, it } from 'vitest';
import { hasLetterOrDigit, words } from '../../../src/lib/text/words.ts';

describe('words', () => {
  it('keeps Vietnamese syllables whole, NFD marks included, and drops punctuation', () => {
    expect(words('Đà Nẵng, 2024: mưa!')).toEqual(['Đà', 'Nẵng', '2024', 'mưa']);
    expect(words('Na\u0306\u0303ng')).toEqual(['Na\u0306\u0303ng']);
  });
});

describe('hasLetterOrDigit', () => {
  it('tells a line of text from a line of rules or symbols', () => {
    expect([hasLetterOrDigit('--- * ---'), hasLetterOrDigit('Ảnh 1'), hasLetterOrDigit('')]).toEqual([false, true, false]);
  });
});
