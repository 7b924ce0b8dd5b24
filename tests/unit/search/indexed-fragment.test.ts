import { describe, expect, it } from 'vitest';
import { extractIndexedFragment } from '../../../src/lib/search/indexed-fragment.ts';

const page = (sidebar: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><header>Báo Tĩnh</header><main>` +
  `<article class="article" data-pagefind-body><h1>Đà Nẵng mưa lớn</h1><p>Mưa.</p>` +
  `<div hidden><span data-pagefind-sort="date:2021-04-22" data-pagefind-meta="date:2021-04-22"></span></div></article>` +
  `<aside>${sidebar}</aside></main></body></html>`;

describe('extractIndexedFragment', () => {
  it('keeps only the indexed article, with the language and the date', () => {
    const fragment = extractIndexedFragment(page('<a href="/x/">Tin khác</a>'))!;
    expect(fragment.date).toBe('2021-04-22');
    expect(fragment.html).toMatch(/^<!DOCTYPE html><html lang="vi"><body><article class="article" data-pagefind-body>/);
    expect(fragment.html).toContain('<h1>Đà Nẵng mưa lớn</h1>');
    expect(fragment.html).not.toMatch(/Tin khác|Báo Tĩnh|<title>/);
  });

  it('is the same when only the sidebar changes', () => {
    expect(extractIndexedFragment(page('<a href="/x/">A</a>'))).toEqual(extractIndexedFragment(page('<a href="/y/">B</a>')));
  });

  it('skips pages that are not indexed', () => {
    expect(extractIndexedFragment('<html lang="vi"><body><h1>Tin mới nhất</h1></body></html>')).toBeNull();
  });
});
