import { describe, expect, it } from 'vitest';
import { facetIndexPath, homePagePath, termFeedPath, termPagePath } from '../../../src/lib/browse/paths.ts';

describe('browse paths', () => {
  it('puts sources and categories in their own folders, the first page without a number', () => {
    expect(homePagePath()).toBe('');
    expect(homePagePath(0)).toBe('');
    expect(homePagePath(1)).toBe('trang/1/');
    expect(homePagePath(3)).toBe('trang/3/');
    expect(termPagePath('category', 'the-thao', 0)).toBe('chuyen-muc/the-thao/');
    expect(facetIndexPath('category')).toBe('chuyen-muc/');
    expect(termPagePath('source', 'tien-phong')).toBe('nguon/tien-phong/');
    expect(termPagePath('category', 'the-thao', 2)).toBe('chuyen-muc/the-thao/trang/2/');
    expect(termFeedPath('source', 'vov')).toBe('nguon/vov/rss.xml');
  });
});
