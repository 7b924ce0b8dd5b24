import { describe, expect, it } from 'vitest';
import { foldAll, foldD, foldKey, hasD } from '../../../src/lib/text/fold.ts';

describe('foldD', () => {
  it('maps đ to d and keeps tone marks', () => expect(foldD('Đà Nẵng đẹp')).toBe('Dà Nẵng dẹp'));
  it('returns NFC for NFD input', () => expect(foldD('Đa\u0300 Na\u0306\u0303ng')).toBe('Dà Nẵng'));
});

describe('hasD', () => {
  it('spots đ in either case', () => expect([hasD('Đà'), hasD('được'), hasD('da')]).toEqual([true, true, false]));
});

describe('foldAll', () => {
  it('drops every mark and đ', () => expect(foldAll('Đà Nẵng, Thừa Thiên Huế')).toBe('da nang, thua thien hue'));
});

describe('foldKey', () => {
  it('meets a headline retyped without marks, case or punctuation', () =>
    expect(foldKey('Đà Nẵng: mưa lớn!')).toBe(foldKey('da nang - Mua Lon')));
  it('keeps digits and tells different words apart', () => expect(foldKey('Mưa 2024')).not.toBe(foldKey('Múa 2025')));
});
