import { describe, expect, it } from 'vitest';
import { searchFullText } from '../../../src/lib/search/full-text-rank.ts';
import { foldAll } from '../../../src/lib/text/fold.ts';

/**
 * A tiny stand-in for Pagefind: plain queries match pages holding every word (marks folded, `đ`
 * kept, as Pagefind does; or `đ` as `d`, as the hidden copies allow), quoted ones the words side by
 * side in the text itself; the score is the page's `score`.
 */
function fakeSearch(pages: { id: string; text: string; score: number }[]) {
  const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => foldAll(w.replace(/đ/g, 'ð')));
  const searches: string[] = [];
  const search = async (q: string) => {
    searches.push(q);
    const wanted = words(q);
    return pages
      .filter((p) => {
        const text = words(p.text);
        if (q.startsWith('"')) return ` ${text.join(' ')} `.includes(` ${wanted.join(' ')} `);
        const copies = (p.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldAll);
        return wanted.every((w) => text.includes(w) || copies.includes(w));
      })
      .sort((a, b) => b.score - a.score)
      .map((p) => ({ id: p.id, score: p.score, data: async () => ({ content: p.text }) }));
  };
  return { search, searches };
}

const ids = (results: { id: string }[]) => results.map((r) => r.id);

describe('searchFullText', () => {
  const pages = [
    { id: 'scattered', text: 'Kịch bản không có ai ngờ: người dân đi xem kịch', score: 9 },
    { id: 'passage', text: 'Cuộc không kích làm người dân Đà Nẵng lo lắng', score: 2 },
    { id: 'other-tones', text: 'Vở kịch không kịch tính làm người dân Đà Nẵng chán', score: 5 },
  ];

  it('finds the page holding a remembered passage first, typed with diacritics', async () => {
    const { search } = fakeSearch(pages);
    expect(ids(await searchFullText(search, 'người dân Đà Nẵng lo lắng'))[0]).toBe('passage');
  });

  it('finds it typed without diacritics, đ typed as d', async () => {
    const { search } = fakeSearch(pages);
    expect(ids(await searchFullText(search, 'nguoi dan da nang lo lang'))[0]).toBe('passage');
  });

  it("puts the reader's own tones before other tones of the same passage", async () => {
    const { search } = fakeSearch(pages);
    expect(ids(await searchFullText(search, 'không kích'))).toEqual(['passage', 'other-tones', 'scattered']);
  });

  it('reads each page once when ranking and showing it', async () => {
    let reads = 0;
    const search = async () => [{ id: 'a', score: 1, data: async () => (reads++, { content: 'giá vàng' }) }];
    const [result] = await searchFullText(search, 'giá vàng');
    await result.data();
    expect(reads).toBe(1);
  });

  it('searches a two-word phrase once, as pair and as whole', async () => {
    const { search, searches } = fakeSearch(pages);
    await searchFullText(search, 'lo lang');
    expect(searches).toEqual(['lo lang', '"lo lang"']);
  });

  it('searches nothing for a query without words', async () => {
    const { search, searches } = fakeSearch(pages);
    expect(await searchFullText(search, ' ?! ')).toEqual([]);
    expect(searches).toEqual([]);
  });
});
