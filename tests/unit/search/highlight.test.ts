import { describe, expect, it } from 'vitest';
import { highlightExcerpt } from '../../../src/lib/search/highlight.ts';

describe('highlightExcerpt', () => {
  it('marks words equal to the query once folded, đ included', () => {
    expect(highlightExcerpt('Mưa ở <mark>Đà</mark> Nẵng', 'da nang')).toBe('Mưa ở <mark>Đà</mark> <mark>Nẵng</mark>');
  });
  it('drops marks on mere prefixes', () => {
    expect(highlightExcerpt('kéo <mark>dài</mark>', 'da')).toBe('kéo dài');
  });
  it('leaves entities whole', () => {
    expect(highlightExcerpt('R&amp;D amp', 'amp')).toBe('R&amp;D <mark>amp</mark>');
  });
});
