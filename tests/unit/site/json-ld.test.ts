import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../../../src/lib/site/json-ld.ts';

describe('newsArticleJsonLd', () => {
  it('names the source as publisher and keeps a known date', () => {
    const data = newsArticleJsonLd({ headline: 'Giá vàng tăng', url: 'https://x.vn/a/', source: 'VOV', datePublished: '2016-03-05' });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Giá vàng tăng',
      datePublished: '2016-03-05',
      publisher: { '@type': 'Organization', name: 'VOV' },
    });
  });

  it('leaves out what is not known instead of guessing', () => {
    const data = newsArticleJsonLd({ headline: 'Tin', url: 'https://x.vn/b/' });
    expect(Object.keys(data)).not.toContain('datePublished');
    expect(Object.keys(data)).not.toContain('publisher');
  });
});

describe('serializeJsonLd', () => {
  it('never lets a headline close the script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});
