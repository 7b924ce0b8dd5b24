import { describe, expect, it } from 'vitest';
import { groupByDay, reportsAround, selectFrontThreads } from '../../../src/lib/threads/index.ts';

const thread = (slug: string, reports: number, latest: string) => ({ slug, reports, latest });

describe('selectFrontThreads', () => {
  it('shows the biggest threads of the last days, the most recent first among equals', () => {
    const threads = [thread('cu', 9, '2017-01-01'), thread('nho', 2, '2017-02-10'), thread('lon', 5, '2017-02-08'), thread('moi', 5, '2017-02-09'), thread('ban-sao', 1, '2017-02-10')];
    const chosen = selectFrontThreads(threads, (t) => t, { count: 3, days: 7 });
    expect(chosen.map((t) => t.slug)).toEqual(['moi', 'lon', 'nho']);
  });

  it('takes the biggest threads of an undated site', () => {
    const threads = [thread('a', 2, ''), thread('b', 4, '')];
    expect(selectFrontThreads(threads, (t) => t, { count: 1, days: 7 }).map((t) => t.slug)).toEqual(['b']);
  });
});

describe('groupByDay', () => {
  it('groups a thread timeline by day, undated reports last in their own group', () => {
    const reports = [{ id: 'a', date: '2017-02-06' }, { id: 'b', date: '2017-02-06' }, { id: 'c', date: '2017-02-07' }, { id: 'd' }];
    expect(groupByDay(reports, (r) => r.date).map((d) => [d.date, d.items.map((r) => r.id)])).toEqual([
      ['2017-02-06', ['a', 'b']],
      ['2017-02-07', ['c']],
      [undefined, ['d']],
    ]);
  });
});

describe('reportsAround', () => {
  const days = [1, 2, 3, 4, 5, 6, 7];
  it('shows a long thread around the article being read, in order', () => {
    expect(reportsAround(days, (d) => d === 4, 3)).toEqual([3, 4, 5]);
    expect(reportsAround(days, (d) => d === 1, 3)).toEqual([1, 2, 3]);
    expect(reportsAround(days, (d) => d === 7, 3)).toEqual([5, 6, 7]);
  });
  it('shows a short thread whole', () => {
    expect(reportsAround(days, (d) => d === 4, 10)).toEqual(days);
  });
});
