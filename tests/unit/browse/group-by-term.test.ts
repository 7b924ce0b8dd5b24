import { describe, expect, it } from 'vitest';
import { groupByTerm } from '../../../src/lib/browse/group-by-term.ts';

describe('groupByTerm', () => {
  it('puts each named item in exactly one group, in input order, groups sorted the Vietnamese way', () => {
    const items = [
      { id: 1, source: 'VnExpress' },
      { id: 2, source: 'Dân trí' },
      { id: 3 },
      { id: 4, source: ' Dân trí ' },
      { id: 5, source: 'Báo Mới' },
    ];
    const groups = groupByTerm(items, (i) => i.source);
    expect(groups.map((g) => [g.name, g.slug, g.items.map((i) => i.id)])).toEqual([
      ['Báo Mới', 'bao-moi', [5]],
      ['Dân trí', 'dan-tri', [2, 4]],
      ['VnExpress', 'vnexpress', [1]],
    ]);
  });
});
