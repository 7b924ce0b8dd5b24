import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleByline } from '../../../src/lib/ingest/article-byline.ts';
import { articleBodyTexts } from '../../../src/lib/ingest/article-body-text.ts';
import { readArticle } from '../../../src/lib/ingest/read-article.ts';

/** A unc-dev article as the parser reads it. */
function parse(file: string) {
  const result = readArticle(file, readFileSync(new URL(`../../fixtures/search/${file}`, import.meta.url)));
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.article;
}

describe('articleByline', () => {
  it('is the attribution the parser took off the body', () => {
    const article = parse('news_business_085.txt');
    expect(article.attribution).toBe('Trường Thịnh');
    expect(articleByline(article)).toBe('Trường Thịnh');
  });

  it('is a closing signature line the parser left on the page, which stays there', () => {
    for (const [file, line] of [['news_travel_146.txt', 'Tổng hợp'], ['news_world_064.txt', 'VOV']]) {
      const article = parse(file);
      expect(article.attribution, file).toBeUndefined();
      expect(articleByline(article), file).toBe(line);
      expect(articleBodyTexts(article).at(-1), file).toBe(line);
    }
  });

  it('is absent when the article ends on a sentence', () => {
    expect(articleByline(parse('news_business_002.txt'))).toBeUndefined();
  });

  it('reads the last line of a Markdown body too', () => {
    expect(articleByline({ blocks: [], html: '<p>Đà Nẵng mưa lớn.</p>\n<p>Theo VnExpress</p>' })).toBe('Theo VnExpress');
  });
});
