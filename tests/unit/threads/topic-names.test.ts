import { describe, expect, it } from 'vitest';
import { extractNames, isStopName, scanNames } from '../../../src/lib/threads/topic-names.ts';

describe('extractNames', () => {
  it('finds names of two syllables or more, without the titles, agencies and countries that open them', () => {
    const text = 'Ông Nguyễn Xuân Phúc gặp Tổng thống Nga Vladimir Putin tại Bồ Đào Nha. Bộ Quốc phòng và UBND TP Đà Nẵng cho biết.';
    expect(extractNames(text)).toEqual(['Nguyễn Xuân Phúc', 'Vladimir Putin', 'Bồ Đào Nha', 'Đà Nẵng']);
  });

  it('keeps a hyphenated syllable whole and drops an abbreviation before a longer name', () => {
    expect(extractNames('Lãnh đạo Kim Jong-un thăm BV Bạch Mai, nơi TAND TP Hà Nội xử.')).toEqual(['Kim Jong-un', 'Bạch Mai', 'Hà Nội']);
  });

  it('ignores runs in capitals alone and outlets named as such', () => {
    expect(extractNames('TRỰC TIẾP: Theo Báo Thanh Niên, Real Madrid thắng.')).toEqual(['Thanh Niên', 'Real Madrid']);
    expect(isStopName('thanh niên')).toBe(true);
  });

  it('gives the lower-case word after a name, which tells a phrase cut short', () => {
    expect(scanNames('Dịp Tết Nguyên đán, Hồ Gươm đông.')).toEqual([
      { name: 'Dịp Tết Nguyên', next: 'đán', opens: true },
      { name: 'Hồ Gươm', next: 'đông', opens: false },
    ]);
  });
});

describe('isStopName', () => {
  it('stops the country, its capitals, days of the week and the years of the cycle', () => {
    for (const key of ['việt nam', 'tp hcm', 'chủ nhật', 'đinh dậu', 'tết mậu tuất']) expect(isStopName(key)).toBe(true);
    expect(isStopName('đinh la thăng')).toBe(false);
  });
});
