import { describe, expect, it } from 'vitest';
import { extractNames, findTopics } from '../../../src/lib/threads/topics.ts';

describe('extractNames', () => {
  it('finds names of two syllables or more, without the titles, agencies and countries that open them', () => {
    const text = 'Ông Nguyễn Xuân Phúc gặp Tổng thống Nga Vladimir Putin tại Bồ Đào Nha. Bộ Quốc phòng và UBND TP Đà Nẵng cho biết.';
    expect(extractNames(text)).toEqual(['Nguyễn Xuân Phúc', 'Vladimir Putin', 'Bồ Đào Nha', 'Đà Nẵng']);
  });
});

describe('findTopics', () => {
  const doc = (id: string, text: string) => ({ id, text });
  const docs = [
    doc('a', 'Ông Đinh La Thăng nhận nhiệm vụ mới ở Việt Nam.'),
    doc('b', 'Ông Đinh La Thăng phát biểu. Người dân Việt Nam chờ.'),
    doc('c', 'Bí thư Đinh La Thăng và Việt Nam.'),
    doc('d', 'Trận đấu ở Việt Nam, Real Madrid thắng.'),
  ];

  it('keeps names found in enough articles, and drops those found nearly everywhere or on the stop list', () => {
    const topics = findTopics(docs, { minArticles: 2, maxShare: 0.8, max: 10 });
    expect(topics).toEqual([{ key: 'dinh la thang', name: 'Đinh La Thăng', ids: ['a', 'b', 'c'] }]);
  });

  it('keeps the most frequent topics first, up to the limit', () => {
    const more = [...docs, doc('e', 'Real Madrid lại thắng.')];
    expect(findTopics(more, { minArticles: 2, maxShare: 1, max: 1 }).map((t) => t.name)).toEqual(['Đinh La Thăng']);
  });
});
