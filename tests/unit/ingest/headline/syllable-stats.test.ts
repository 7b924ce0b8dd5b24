import { describe, expect, it } from 'vitest';
import { collectStats, END, START } from '../../../../src/lib/ingest/headline/syllable-stats.ts';

describe('collectStats', () => {
  it('counts where sentences end, after their last one and two words', () => {
    const stats = collectStats('Sản phẩm mới lên kệ. Công ty lên kế hoạch.\nĐiện thoại lên kệ');
    expect(stats.ngrams.get(`kệ ${END}`)).toBe(2);
    expect(stats.ngrams.get(`lên kệ ${END}`)).toBe(2);
    expect(stats.ngrams.get(`hoạch ${END}`)).toBe(1);
    expect(stats.ngrams.has(`kế ${END}`)).toBe(false);
    expect(stats.contexts.get('kệ')).toEqual([2, 1]);
  });

  it('does not end a sentence inside a number (1.000 người)', () => {
    const stats = collectStats('Hơn 1.000 người dự lễ.');
    expect(stats.ngrams.get(`1 000`)).toBe(1);
    expect(stats.ngrams.has(`1 ${END}`)).toBe(false);
    expect(stats.ngrams.has(`${START} 000`)).toBe(false);
  });

  it('keeps the end out of the word counts', () => {
    const stats = collectStats('Mưa lớn.');
    expect(stats.total).toBe(2);
    expect(stats.forms.has(END)).toBe(false);
  });
});
