import { describe, expect, it } from 'vitest';
import { foldAll, foldD, hasD } from '../../../src/lib/search/fold.ts';

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
