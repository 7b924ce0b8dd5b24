import { describe, expect, it } from 'vitest';
import { paginate, sortLatest } from '../../../src/lib/browse/listing.ts';

describe('sortLatest', () => {
  it('puts dated articles newest first, then undated ones in file order', () => {
    const items = [
      { file: 'b.txt' },
      { file: 'c.txt', date: '2020-01-01' },
      { file: 'a.txt' },
      { file: 'd.txt', date: '2021-05-01' },
    ];
    expect(sortLatest(items).map((i) => i.file)).toEqual(['d.txt', 'c.txt', 'a.txt', 'b.txt']);
  });
});

describe('paginate', () => {
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i); // n (newest) .. 1 (oldest)

  it('keeps a short list on its first page, an empty one included', () => {
    expect(paginate(newestFirst(3), 2)).toEqual([{ number: 0, items: [3, 2, 1], older: undefined }]);
    expect(paginate([], 30)).toEqual([{ number: 0, items: [], older: undefined }]);
  });

  it('numbers archive pages from the oldest and links each to its neighbours', () => {
    const pages = paginate(newestFirst(7), 2);
    expect(pages.map((p) => [p.number, p.items])).toEqual([
      [0, [7, 6, 5]],
      [2, [4, 3]],
      [1, [2, 1]],
    ]);
    expect(pages.map((p) => [p.older, p.newer])).toEqual([
      [2, undefined],
      [1, 0],
      [undefined, 2],
    ]);
    expect(paginate(newestFirst(6), 2).map((p) => p.items)).toEqual([[6, 5], [4, 3], [2, 1]]);
  });

  it('leaves the archive in place as new stories arrive', () => {
    const before = paginate(newestFirst(95), 10);
    for (let added = 1; added <= 25; added++) {
      const after = paginate(newestFirst(95 + added), 10);
      const same = after.filter((p) => p.number > 0 && JSON.stringify(p) === JSON.stringify(before.find((q) => q.number === p.number)));
      // Every story is shown once, and at most the two newest archive pages differ from before.
      expect(after.flatMap((p) => p.items).sort((a, b) => a - b)).toEqual(newestFirst(95 + added).reverse());
      expect(same.length).toBeGreaterThanOrEqual(before.length - 1 - 2);
      for (const p of after) expect(p.items.length).toBeLessThanOrEqual(p.number === 0 ? 19 : 10);
    }
  });
});
