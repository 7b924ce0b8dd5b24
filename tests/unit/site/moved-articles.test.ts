import { describe, expect, it } from 'vitest';
import { movedPageHtml, planMovedArticles } from '../../../src/lib/site/moved-articles.ts';

describe('planMovedArticles', () => {
  it('redirects every earlier slug of an article to the slug it has now, and remembers the new one', () => {
    const history = { 'a.txt': ['dau-tien-1a2b3c4d', 'thu-hai-1a2b3c4d'] };
    const { history: next, moved } = planMovedArticles(history, [{ file: 'a.txt', slug: 'thu-ba-1a2b3c4d' }]);
    expect(moved).toEqual([
      { from: 'dau-tien-1a2b3c4d', to: 'thu-ba-1a2b3c4d' },
      { from: 'thu-hai-1a2b3c4d', to: 'thu-ba-1a2b3c4d' },
    ]);
    expect(next['a.txt']).toEqual(['dau-tien-1a2b3c4d', 'thu-hai-1a2b3c4d', 'thu-ba-1a2b3c4d']);
  });

  it('needs no redirect for an unchanged or first-seen article', () => {
    const { history, moved } = planMovedArticles({ 'a.txt': ['mot-1a2b3c4d'] }, [
      { file: 'a.txt', slug: 'mot-1a2b3c4d' },
      { file: 'b.txt', slug: 'hai-5e6f7a8b' },
    ]);
    expect(moved).toEqual([]);
    expect(history).toEqual({ 'a.txt': ['mot-1a2b3c4d'], 'b.txt': ['hai-5e6f7a8b'] });
  });

  it('keeps the history of a file not published now, and redirects again when it comes back', () => {
    const gone = planMovedArticles({ 'a.txt': ['cu-1a2b3c4d'] }, []);
    expect(gone).toEqual({ history: { 'a.txt': ['cu-1a2b3c4d'] }, moved: [] });
    expect(planMovedArticles(gone.history, [{ file: 'a.txt', slug: 'moi-1a2b3c4d' }]).moved).toEqual([{ from: 'cu-1a2b3c4d', to: 'moi-1a2b3c4d' }]);
  });

  it('leaves an earlier slug alone when another article is published at it now', () => {
    const { moved } = planMovedArticles({ 'a.txt': ['chung-1a2b3c4d'] }, [
      { file: 'a.txt', slug: 'moi-1a2b3c4d' },
      { file: 'b.txt', slug: 'chung-1a2b3c4d' },
    ]);
    expect(moved).toEqual([]);
  });
});

describe('movedPageHtml', () => {
  it('sends the reader on to the new URL without a script, and names it for search engines', () => {
    const html = movedPageHtml('/bao-tinh/moi-1a2b3c4d/', 'https://example.org/bao-tinh/moi-1a2b3c4d/', { title: 'Đã chuyển', lead: 'Nay ở:' });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/bao-tinh/moi-1a2b3c4d/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/bao-tinh/moi-1a2b3c4d/">');
    expect(html).toContain('<a href="/bao-tinh/moi-1a2b3c4d/">');
    expect(html).not.toContain('<script');
  });
});
