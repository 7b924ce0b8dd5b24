import { describe, expect, it } from 'vitest';
import { buildStoryThreads, docMarkers, type Neighbour, type ThreadInput } from '../../../src/lib/threads/index.ts';

/** A report of the typhoon Damrey landfall: names and numbers of one event, worded by `outlet`. */
const damrey = (id: string, date: string, source: string, angle: string): ThreadInput => ({
  id,
  date,
  source,
  headline: `Bão Damrey ${angle}`,
  lede: `Bão số 12 Damrey đổ bộ Khánh Hòa, ${angle}.`,
  opening: `Ông Nguyễn Xuân Phúc chỉ đạo Khánh Hòa và Phú Yên khắc phục hậu quả, 61 người chết.`,
});

const corpus: ThreadInput[] = [
  damrey('a1', '2017-11-04', 'VOV', 'đổ bộ miền Trung'),
  { ...damrey('a1-copy', '2017-11-04', 'Tiền Phong', 'đổ bộ miền Trung') },
  damrey('a2', '2017-11-05', 'Dân trí', 'làm 61 người chết'),
  damrey('a3', '2017-11-06', 'Thanh Niên', 'Thủ tướng thị sát vùng lũ'),
  // The same kind of story a fortnight later: another event.
  {
    id: 'b1',
    date: '2017-11-20',
    source: 'VOV',
    headline: 'Bão Kirogi suy yếu ở Khánh Hòa',
    lede: 'Bão số 14 Kirogi vào Khánh Hòa và Phú Yên.',
    opening: 'Ông Nguyễn Xuân Phúc chỉ đạo Khánh Hòa sơ tán.',
  },
  // Close in words, but no name or number in common: a topic, not an event.
  { id: 'c1', headline: 'Giá xăng tăng mạnh', lede: 'Xăng dầu tăng giá từ chiều nay.', opening: 'Mức tăng cao nhất từ đầu năm.' },
  { id: 'c2', headline: 'Giá xăng giảm nhẹ', lede: 'Xăng dầu giảm giá từ chiều nay.', opening: 'Mức giảm thấp nhất từ đầu năm.' },
];

/** Neighbour lists as the related engine gives them: symmetric here, scores on its scale. */
function neighbours(pairs: [string, string, number][]): (id: string) => Neighbour[] {
  const lists = new Map<string, Neighbour[]>();
  for (const [a, b, score] of pairs) {
    lists.set(a, [...(lists.get(a) ?? []), { id: b, score }]);
    lists.set(b, [...(lists.get(b) ?? []), { id: a, score }]);
  }
  return (id) => lists.get(id) ?? [];
}

const graph = neighbours([
  ['a1', 'a1-copy', 0.95],
  ['a1', 'a2', 0.7],
  ['a2', 'a3', 0.6],
  ['a3', 'b1', 0.58],
  ['c1', 'c2', 0.8],
]);

describe('buildStoryThreads', () => {
  it('groups the reports of one event across sources and days, in date order, reposts folded', () => {
    const threads = buildStoryThreads(corpus, graph);
    expect(threads).toHaveLength(1);
    const [thread] = threads;
    expect(thread.entries).toEqual([
      { id: 'a1', copies: ['a1-copy'] },
      { id: 'a2', copies: [] },
      { id: 'a3', copies: [] },
    ]);
    expect(thread.ids).toEqual(['a1', 'a1-copy', 'a2', 'a3']);
  });

  it('takes the names and numbers of each report from markersOf when given (worked out ahead of the lists)', () => {
    const ahead = new Map(corpus.map((doc) => [doc.id, docMarkers(doc)]));
    expect(buildStoryThreads(corpus, graph, {}, (doc) => ahead.get(doc.id)!)).toEqual(buildStoryThreads(corpus, graph));
    // Reports that share no marker never make a thread, whatever their neighbour scores.
    expect(buildStoryThreads(corpus, graph, {}, () => new Set())).toEqual([]);
  });

  it('keeps apart the same kind of story days later, and stories that share no name or number', () => {
    const threads = buildStoryThreads(corpus, graph);
    const members = threads.flatMap((t) => t.ids);
    expect(members).not.toContain('b1');
    expect(members).not.toContain('c1');
  });

  it('links undated reports on their words, names and numbers alone', () => {
    const undated = corpus.map(({ date: _date, ...doc }) => doc);
    const threads = buildStoryThreads(undated, graph);
    expect(threads[0].ids).toContain('b1');
    expect(threads.flatMap((t) => t.ids)).not.toContain('c1');
  });

  it('does not join two groups by a weak link: a chain of events is a topic', () => {
    const bridged = neighbours([['a1', 'a2', 0.9], ['a3', 'b1', 0.9], ['a2', 'a3', 0.6]]);
    const undated = corpus.map(({ date: _date, ...doc }) => doc);
    expect(buildStoryThreads(undated, bridged).map((t) => t.ids)).toEqual([['a1', 'a2'], ['a3', 'b1']]);
  });

  it('needs a related score above the floor', () => {
    const weak = neighbours([['a1', 'a2', 0.3]]);
    expect(buildStoryThreads(corpus, weak)).toEqual([]);
  });

  it('names a thread after its most central headline and gives it a stable slug', () => {
    const [thread] = buildStoryThreads(corpus, graph);
    // a1 holds the two strongest links (its copy and a2).
    expect(thread.name).toBe('Bão Damrey đổ bộ miền Trung');
    expect(thread.centralId).toBe('a1');
    expect(thread.slug).toMatch(/^bao-damrey-do-bo-mien-trung-[0-9a-f]{6}$/);
  });

  it('does not depend on the order of the files', () => {
    expect(buildStoryThreads([...corpus].reverse(), graph)).toEqual(buildStoryThreads(corpus, graph));
  });

  it('stops a chain of day-by-day links from growing past the size and span limits', () => {
    // Each report shares two numbers with the next: a chain, three days a link.
    const chain = Array.from({ length: 6 }, (_, i): ThreadInput => ({
      id: `d${i}`,
      date: `2017-11-${String(10 + i * 3).padStart(2, '0')}`,
      headline: `Tin thứ ${i}`,
      opening: `Các số ${10 * i + 11}, ${10 * i + 21} và ${10 * i + 31}.`,
    }));
    const links = neighbours(chain.slice(1).map((doc, i) => [chain[i].id, doc.id, 0.9 - i * 0.01] as [string, string, number]));
    expect(buildStoryThreads(chain, links, { maxSpanDays: 100, maxSize: 6 }).map((t) => t.ids.length)).toEqual([6]);
    const bySpan = buildStoryThreads(chain, links, { maxSpanDays: 7 });
    expect(Math.max(...bySpan.map((t) => t.ids.length))).toBe(3);
    const bySize = buildStoryThreads(chain, links, { maxSpanDays: 100, maxSize: 3 });
    expect(bySize.map((t) => t.ids.length)).toEqual([3, 3]);
  });
});
