import { describe, expect, it } from 'vitest';
import { buildFeedItems, stripInvalidXmlChars, toAbsoluteUrl } from '../../../src/lib/browse/feed-items.ts';

const article = (n: number, extra = {}) => ({ slug: `bai-${n}`, headline: `Bài ${n}`, ...extra });

describe('feed items', () => {
  it('joins site URL, base path and path into one absolute URL', () => {
    expect(toAbsoluteUrl('https://example.org/', '/bao-tinh/', '/rss.xml')).toBe('https://example.org/bao-tinh/rss.xml');
    expect(toAbsoluteUrl('https://example.org', '/', '')).toBe('https://example.org/');
  });

  it('removes characters XML cannot carry and keeps Vietnamese text', () => {
    expect(stripInvalidXmlChars('Đà\u0000 Nẵng\u000B\t\n')).toBe('Đà Nẵng\t\n');
  });

  it('takes the first articles with absolute links, dates only where known', () => {
    const items = buildFeedItems(
      [article(1, { date: '2020-10-01', category: 'Thể thao', lede: 'Mở đầu' }), article(2, { opening: 'Đoạn đầu' }), article(3)],
      (slug) => `https://example.org/${slug}/`,
      2,
    );
    expect(items).toEqual([
      { title: 'Bài 1', link: 'https://example.org/bai-1/', description: 'Mở đầu', pubDate: new Date('2020-10-01T00:00:00Z'), categories: ['Thể thao'] },
      { title: 'Bài 2', link: 'https://example.org/bai-2/', description: 'Đoạn đầu' },
    ]);
  });
});
