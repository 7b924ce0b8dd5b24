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
  it('splits into numbered pages and keeps one page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 30)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
});
