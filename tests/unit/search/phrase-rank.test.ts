import { describe, expect, it } from 'vitest';
import { hasMarks, holdsAsTyped, phraseProbes, preferAsTyped, rankByPhrase } from '../../../src/lib/search/phrase-rank.ts';

const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('phraseProbes', () => {
  it('probes a query typed with marks as written, đ included', () => {
    expect(phraseProbes('Không kích Đà Nẵng')).toEqual(['"Không kích Đà Nẵng"']);
  });
  it('probes both spellings of each d word of a query typed without marks', () => {
    expect(phraseProbes('nguoi dan da nang')).toEqual([
      '"nguoi dan da nang"',
      '"nguoi đan da nang"',
      '"nguoi dan đa nang"',
      '"nguoi đan đa nang"',
    ]);
  });
  it('caps the spellings at three d words', () => expect(phraseProbes('do da di du de')).toHaveLength(8));
  it('keeps the case typed', () => expect(phraseProbes('Da Nang')).toEqual(['"Da Nang"', '"Đa Nang"']));
  it('has no phrase for one word', () => expect(phraseProbes('Nẵng')).toEqual([]));
});

describe('hasMarks', () => {
  it('tells a query typed with marks from one typed without', () => {
    expect(hasMarks('giá vàng')).toBe(true);
    expect(hasMarks('đi')).toBe(true);
    expect(hasMarks('Gia Vang')).toBe(false);
  });
});

describe('holdsAsTyped', () => {
  it('finds the passage with the same tones, case and đ aside', () => {
    expect(holdsAsTyped('Cuộc KHÔNG KÍCH Đà Nẵng.', 'không kích dà nẵng')).toBe(true);
  });
  it('does not take other tones for the typed ones', () => {
    expect(holdsAsTyped('Kịch bản không kịch tính', 'không kích')).toBe(false);
  });
  it('wants the words side by side and whole', () => {
    expect(holdsAsTyped('không được kích động', 'không kích')).toBe(false);
    expect(holdsAsTyped('giá vàngx', 'giá vàng')).toBe(false);
  });
});

describe('rankByPhrase', () => {
  it('puts the page holding the whole passage first, however weak its score', () => {
    const results = [{ id: 'scattered', score: 50 }, { id: 'passage', score: 1 }];
    expect(ids(rankByPhrase(results, new Set(['passage']), []))).toEqual(['passage', 'scattered']);
  });
  it('orders each group by adjacency of word pairs', () => {
    const results = [{ id: 'apart', score: 1.7 }, { id: 'pair', score: 1.6 }];
    expect(ids(rankByPhrase(results, new Set(), [new Set(['pair'])]))).toEqual(['pair', 'apart']);
  });
  it('never adds pages the plain query did not find', () => {
    expect(ids(rankByPhrase([{ id: 'a', score: 1 }], new Set(['b']), []))).toEqual(['a']);
  });
});

describe('preferAsTyped', () => {
  it('moves pages spelled as typed first among the checked ones, keeping order in each group', () => {
    expect(preferAsTyped(['kịch', 'kích', 'kịch 2', 'kích 2', 'unchecked'], 4, [false, true, false, true])).toEqual([
      'kích',
      'kích 2',
      'kịch',
      'kịch 2',
      'unchecked',
    ]);
  });
});
