import { describe, expect, it } from 'vitest';
import { createHeadlineMatcher } from '../../../src/lib/related/index.ts';

const docs = [
  { id: 'a', headline: 'Đà Nẵng: Mưa lớn gây ngập nặng' },
  { id: 'b', headline: 'Giá xăng tăng lần thứ ba' },
];

describe('createHeadlineMatcher', () => {
  const match = createHeadlineMatcher(docs);

  it('matches despite accents, case, punctuation and spacing', () => {
    expect(match('da nang mua lon gay ngap nang')).toBe('a');
    expect(match('ĐÀ NẴNG - MƯA LỚN  GÂY NGẬP NẶNG!')).toBe('a');
    expect(match('Giá xăng tăng lần thứ ba'.normalize('NFD'))).toBe('b');
  });

  it('returns undefined for a different headline or an empty one', () => {
    expect(match('Giá xăng giảm lần thứ ba')).toBeUndefined();
    expect(match('Đà Nẵng')).toBeUndefined();
    expect(match(' … ')).toBeUndefined();
  });

  it('picks the smallest id when two articles share a headline', () => {
    const m = createHeadlineMatcher([
      { id: 'z', headline: 'Tin nóng' },
      { id: 'm', headline: 'tin nong' },
    ]);
    expect(m('TIN NÓNG')).toBe('m');
  });
});
