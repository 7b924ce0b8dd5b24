import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../src/lib/text/fold.ts';
import { tokenize } from '../../../src/lib/text/tokenize.ts';

describe('tokenize', () => {
  it('lower-cases and splits into syllables, keeping numbers', () => {
    const { syllables } = tokenize('Mỹ KHÔNG KÍCH 472 mục tiêu');
    expect(syllables).toEqual(['mỹ', 'không', 'kích', '472', 'mục', 'tiêu']);
  });

  it('keeps thousand separators inside a number but splits dates', () => {
    expect(tokenize('giá 8.700 đồng ngày 29/9').syllables).toEqual(['giá', '8.700', 'đồng', 'ngày', '29', '9']);
  });

  it('builds adjacent pairs that never cross punctuation or sentence ends', () => {
    const { pairs } = tokenize('Không kích, thương vong. Hà Nội');
    expect(pairs).toEqual(['không_kích', 'thương_vong', 'hà_nội']);
    expect(pairs).not.toContain('kích_thương');
    expect(pairs).not.toContain('vong_hà');
  });

  it('gives the same tokens for NFC and NFD input', () => {
    const text = 'Đà Nẵng mưa lớn, người dân sơ tán';
    expect(tokenize(text.normalize('NFD'))).toEqual(tokenize(text.normalize('NFC')));
    expect(tokenize(text.normalize('NFD')).syllables).toContain('đà');
  });

  it('treats old and new tone placement as one syllable', () => {
    expect(tokenize('hoà bình thuỷ lợi').syllables).toEqual(tokenize('hòa bình thủy lợi').syllables);
  });
});

describe('foldDiacritics', () => {
  it('removes tone and vowel marks and maps đ/Đ to d/D', () => {
    expect(foldDiacritics('Đà Nẵng đẹp')).toBe('Da Nang dep');
    expect(foldDiacritics('Nguyễn Thị Ánh')).toBe('Nguyen Thi Anh');
  });

  it('works on decomposed input', () => {
    expect(foldDiacritics('Hồ Chí Minh'.normalize('NFD'))).toBe('Ho Chi Minh');
  });
});
