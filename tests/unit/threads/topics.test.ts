import { describe, expect, it } from 'vitest';
import { findTopics, topicThresholds, type TopicOptions } from '../../../src/lib/threads/topics.ts';

const doc = (id: string, text: string) => ({ id, text });
const loose: TopicOptions = { minArticles: 2, maxArticles: 100, maxShown: 5, maxFollowShare: 0.5 };

describe('findTopics', () => {
  const docs = [
    doc('a', 'Ông Đinh La Thăng nhận nhiệm vụ mới ở Việt Nam.'),
    doc('b', 'Ông Đinh La Thăng phát biểu. Người dân Việt Nam chờ.'),
    doc('c', 'Bí thư Đinh La Thăng gặp Real Madrid.'),
    doc('d', 'Trận đấu ở Việt Nam, Real Madrid thắng.'),
    doc('e', 'Tổng thống Nga Vladimir Putin nói.'),
  ];

  it('keeps names found in enough articles, each listing its articles in the order given, and drops the stop list', () => {
    const { topics } = findTopics(docs, loose);
    expect(topics.map((t) => [t.name, t.slug, t.ids])).toEqual([
      ['Đinh La Thăng', 'dinh-la-thang', ['a', 'b', 'c']],
      ['Real Madrid', 'real-madrid', ['c', 'd']],
    ]);
  });

  it('drops a name more articles name than the cap: it is the news itself, not a topic', () => {
    expect(findTopics(docs, { ...loose, maxArticles: 2 }).topics.map((t) => t.name)).toEqual(['Real Madrid']);
  });

  it("gives each article its topics in the order its text names them, at most maxShown", () => {
    const { shown } = findTopics(docs, loose);
    expect(shown.get('c')).toEqual(['đinh la thăng', 'real madrid']);
    expect(findTopics(docs, { ...loose, maxShown: 1 }).shown.get('c')).toEqual(['đinh la thăng']);
    expect(shown.has('e')).toBe(false);
  });

  it('drops a phrase cut short: a run nearly always followed by the same lower-case word', () => {
    const holiday = [doc('a', 'Dịp Tết Nguyên đán, Đà Nẵng đông khách.'), doc('b', 'Sau Tết Nguyên đán, Đà Nẵng mưa.'), doc('c', 'Tết Nguyên đán sắp tới.')];
    expect(findTopics(holiday, loose).topics.map((t) => t.name)).toEqual(['Đà Nẵng']);
  });

  it("drops a sentence's first word from a name unless some text writes it inside a sentence", () => {
    const opening = [doc('a', 'Chiều Đà Nẵng mưa to. Mưa ở Quảng Nam.'), doc('b', 'Sáng Đà Nẵng nắng. Tin Quảng Nam Đà Nẵng.'), doc('c', 'Nắng ở Quảng Nam Đà Nẵng.')];
    expect(findTopics(opening, loose).topics.map((t) => [t.name, t.ids])).toEqual([['Quảng Nam Đà Nẵng', ['b', 'c']], ['Đà Nẵng', ['a', 'b']]]);
  });

  it('takes a hyphen for a space, and spells the topic as most mentions do', () => {
    const leader = [doc('a', 'Lãnh đạo Kim Jong-un thị sát.'), doc('b', 'Ông Kim Jong-un nói.'), doc('c', 'Nhà lãnh đạo Kim Jong Un cười.')];
    expect(findTopics(leader, loose).topics.map((t) => [t.name, t.ids])).toEqual([['Kim Jong-un', ['a', 'b', 'c']]]);
  });

  it('keeps two places whose names differ only by their marks apart, with distinct URLs', () => {
    const places = [doc('a', 'Du lịch ở Nha Trang. Tin từ Nhà Trắng.'), doc('b', 'Bãi biển ở Nha Trang đẹp, còn Nhà Trắng nói.')];
    const slugs = findTopics(places, loose).topics.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs.every((s) => s.startsWith('nha-trang-'))).toBe(true);
  });

  it('is the same whatever order the articles come in, but for the order of each topic ids', () => {
    const forward = findTopics(docs, loose).topics.map((t) => [t.name, t.slug, [...t.ids].sort()]);
    const backward = findTopics([...docs].reverse(), loose).topics.map((t) => [t.name, t.slug, [...t.ids].sort()]);
    expect(backward).toEqual(forward);
  });
});

describe('topicThresholds', () => {
  it('asks two articles of a small site and more of a large one, the cap above the floor', () => {
    expect(topicThresholds(2).minArticles).toBe(2);
    expect(topicThresholds(35_440)).toMatchObject({ minArticles: 32, maxArticles: 1024 });
  });

  it('changes only when the corpus doubles, so a hundred new articles keep every old link', () => {
    expect(topicThresholds(35_540)).toEqual(topicThresholds(35_440));
    expect(topicThresholds(65_536).minArticles).toBeGreaterThan(topicThresholds(65_535).minArticles);
  });
});
