import { describe, expect, it } from 'vitest';
import { facetValues } from '../../../src/lib/search/facets.ts';

describe('facetValues', () => {
  it('lists distinct values in Vietnamese order', () => {
    expect(facetValues([{ source: 'VnExpress' }, { source: 'Dân trí' }, {}, { source: 'Dân trí' }, { source: 'Đất Việt' }], 'source')).toEqual(['Dân trí', 'Đất Việt', 'VnExpress']);
  });
});
