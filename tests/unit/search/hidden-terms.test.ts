import { describe, expect, it } from 'vitest';
import { buildSearchCopies, dBigrams } from '../../../src/lib/search/hidden-terms.ts';

describe('dBigrams', () => {
  it('keeps the folded pairs that hold a đ word', () => {
    expect(dBigrams(['Mưa ở Đà Nẵng rất lớn'])).toEqual(['ở dà', 'dà nẵng']);
  });
  it('never pairs across punctuation, and keeps a lone đ word', () => {
    expect(dBigrams(['Họ đi, đến', 'Đúng.'])).toEqual(['họ di', 'dến', 'dúng']);
  });
  it('lists each pair once', () => expect(dBigrams(['đi học', 'đi học'])).toEqual(['di học']));
  it('is empty for text without đ', () => expect(dBigrams(['không kích'])).toEqual([]));
  it('pairs words as the tokenizer gives them: lower case, tone on the old place, decomposed text composed', () => {
    expect(dBigrams(['ĐÀ NẴNG hoà', 'Đe\u0301n hoà đã'])).toEqual(['dà nẵng', 'dén hòa', 'hòa dã']);
  });
});

describe('buildSearchCopies', () => {
  it('folds the headline and joins the body pairs', () => {
    expect(buildSearchCopies('Đà Nẵng mưa lớn', ['Đường ngập'])).toEqual({ headline: 'Dà Nẵng mưa lớn', dPairs: 'dường ngập' });
  });
});
