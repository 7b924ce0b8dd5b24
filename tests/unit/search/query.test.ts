import { describe, expect, it } from 'vitest';
import { planSearch } from '../../../src/lib/search/query.ts';

describe('planSearch', () => {
  it('folds đ and probes each adjacent pair as a phrase', () => {
    expect(planSearch('  Đà Nẵng, không kích ')).toEqual({
      query: 'Dà Nẵng không kích',
      phrases: ['"Dà Nẵng"', '"Nẵng không"', '"không kích"'],
    });
  });
  it('drops quotes and punctuation the reader typed', () => {
    expect(planSearch('"da nang"?').query).toBe('da nang');
  });
  it('caps the number of probes', () => {
    expect(planSearch('a b c d e f', 2).phrases).toEqual(['"a b"', '"b c"']);
  });
  it('plans nothing for an empty query', () => expect(planSearch(' ,. ')).toEqual({ query: '', phrases: [] }));
});
