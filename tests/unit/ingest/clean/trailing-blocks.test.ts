import { describe, expect, it } from 'vitest';
import { splitTrailingBlocks } from '../../../../src/lib/ingest/clean/trailing-blocks.ts';

describe('splitTrailingBlocks', () => {
  it('keeps related items once, with summaries, and drops a trending list after them', () => {
    const { body, related, removed } = splitTrailingBlocks([
      'Đoạn một.',
      'Xem thêm:',
      'Tin A',
      'Tin A',
      'TTO - Tóm tắt tin A.',
      'Tin B',
      'Tin A',
      'TTO - Tóm tắt tin A.',
      'Đọc nhiều',
      'Tin hot không liên quan',
    ]);
    expect(body).toEqual(['Đoạn một.']);
    expect(related).toEqual([{ headline: 'Tin A', summary: 'Tóm tắt tin A.' }, { headline: 'Tin B' }]);
    expect(removed.map((r) => r.text)).toContain('Tin hot không liên quan');
  });

  it('leaves a body without trailing blocks untouched', () => {
    const lines = ['Tin liên quan đến giá vàng tăng mạnh trong tuần.', 'Đoạn hai.'];
    expect(splitTrailingBlocks(lines)).toEqual({ body: lines, related: [], removed: [] });
  });
});
