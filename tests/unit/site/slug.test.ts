import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../src/lib/text/fold.ts';
import { articleSlug, shortIdFromPath, slugify } from '../../../src/lib/site/slug.ts';
import { resolveSlugCollisions } from '../../../src/lib/site/unique-slugs.ts';

describe('slugify', () => {
  it('folds tone marks and maps đ/Đ to d', () => {
    expect(slugify('Đà Nẵng: đường phố ngập')).toBe('da-nang-duong-pho-ngap');
    expect(foldDiacritics('Lầu Năm góc Đ đ')).toBe('Lau Nam goc D d');
  });

  it('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Nga và Pháp sẽ duy trì liên lạc';
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc));
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('Một tiêu đề rất dài '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9-]+[a-z0-9]$/);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('is empty for punctuation only', () => {
    expect(slugify('!!! ??? ... ***')).toBe('');
  });
});

describe('articleSlug', () => {
  it('differs for two files with the same headline', () => {
    expect(articleSlug('Giá vàng hôm nay tăng mạnh', 'a.txt')).not.toBe(articleSlug('Giá vàng hôm nay tăng mạnh', 'b.txt'));
  });

  it('depends only on the headline and the path', () => {
    expect(articleSlug('Giá vàng', 'tin/a.txt')).toBe(`gia-vang-${shortIdFromPath('tin/a.txt')}`);
  });

  it('falls back to a word when the headline has no letters', () => {
    expect(articleSlug('!!!', 'x.txt')).toMatch(/^bai-viet-[0-9a-f]{8}$/);
  });

  it('ends in a hex id, which none of the site routes do', () => {
    for (const route of ['tim-kiem', 'trang', 'nguon', 'chuyen-muc', 'pagefind', '404', 'rss.xml']) {
      expect(articleSlug(route, 'x.txt')).not.toBe(route);
      expect(articleSlug(route, 'x.txt')).toMatch(/-[0-9a-f]{8}$/);
    }
  });
});

describe('resolveSlugCollisions', () => {
  it('lengthens the ids of colliding slugs only', () => {
    const entries = [
      { id: 'a.txt', file: 'a.txt', headline: 'Tin A', slug: 'tin-a-00000000' },
      { id: 'b.txt', file: 'b.txt', headline: 'Tin A', slug: 'tin-a-00000000' },
      { id: 'c.txt', file: 'c.txt', headline: 'Tin C', slug: 'tin-c-11111111' },
    ];
    const renamed = resolveSlugCollisions(entries);
    expect([...renamed.keys()].sort()).toEqual(['a.txt', 'b.txt']);
    expect(renamed.get('a.txt')).not.toBe(renamed.get('b.txt'));
    expect(renamed.get('a.txt')).toMatch(/^tin-a-[0-9a-f]{16}$/);
  });
});
