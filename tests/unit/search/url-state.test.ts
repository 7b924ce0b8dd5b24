import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

describe('search state in the URL', () => {
  it('reads what the header form sends', () => {
    expect(readSearchState('?q=da+nang')).toEqual({ q: 'da nang', source: '', category: '', sort: 'relevance' });
  });
  it('round-trips filters and sort', () => {
    const state = { q: 'không kích', source: 'Dân trí', category: 'Thế giới', sort: 'newest' } as const;
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
  it('writes short URLs for plain searches', () => {
    expect(writeSearchState({ q: 'da nang', source: '', category: '', sort: 'relevance' })).toBe('?q=da+nang');
  });
});
