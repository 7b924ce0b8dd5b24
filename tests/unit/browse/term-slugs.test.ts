import { describe, expect, it } from 'vitest';
import { assignTermSlugs } from '../../../src/lib/browse/term-slugs.ts';

describe('assignTermSlugs', () => {
  it('slugs names in ASCII, đ as d', () => {
    expect(Object.fromEntries(assignTermSlugs(['Tiền Phong', 'Đời sống', 'Ô tô - Xe máy']))).toEqual({
      'Tiền Phong': 'tien-phong',
      'Đời sống': 'doi-song',
      'Ô tô - Xe máy': 'o-to-xe-may',
    });
  });

  it('gives names that fold to the same slug distinct slugs that do not depend on order', () => {
    const forward = assignTermSlugs(['Thể thao', 'Thế thao', 'the thao', 'Xã hội']);
    const backward = assignTermSlugs(['Xã hội', 'the thao', 'Thế thao', 'Thể thao']);
    expect(forward).toEqual(backward);
    expect(new Set(forward.values()).size).toBe(4);
    for (const name of ['Thể thao', 'Thế thao', 'the thao']) expect(forward.get(name)).toMatch(/^the-thao-[0-9a-f]{6}$/);
    expect(forward.get('Xã hội')).toBe('xa-hoi');
  });

  it('keeps a name with no letters or digits addressable', () => {
    expect(assignTermSlugs(['???']).get('???')).toMatch(/^muc-[0-9a-f]{6}$/);
  });
});
